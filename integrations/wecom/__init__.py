"""WeCom (企业微信): the server API client, the template-card layouts and the staff messenger built on them."""
