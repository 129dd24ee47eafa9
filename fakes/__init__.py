"""Local fakes of outside services (WeChat, WeCom, channel platforms) speaking their real wire formats.

Each fake is a Sanic app factory; ``fakes.server.run_fake`` serves one on 127.0.0.1 for tests, and
``python -m fakes.server <name>`` serves one standalone for ``make run``.
"""
