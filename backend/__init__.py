"""Cradle: the shared core behind the mini-program, the WeCom bot and the back office."""
