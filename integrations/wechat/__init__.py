"""WeChat (微信): the mini-program server API (login, phone number, subscribe messages) and WeChat Pay v2 (the
counter's micropay, the mini-program's JSAPI payment, refunds), each behind a port of the core that
backend.wiring fills."""
