"""WeCom wire level: callback message crypto, replay guard and the API client."""
