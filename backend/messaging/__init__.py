"""Messages to staff: the notification outbox (notifications.py, table staff_notifications) and the messenger
port it sends through (messenger.py; the WeCom implementation is integrations.wecom, installed by
backend.wiring). Any domain may queue a notification; this package imports no domain."""
