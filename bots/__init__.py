"""The WeCom (企业微信) bot: callback crypto, command parser, replies and the dispatcher."""
