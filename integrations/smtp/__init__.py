"""Outgoing e-mail over SMTP (mailer.py, aiosmtplib)."""
