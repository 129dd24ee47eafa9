"""Operations: scheduled, verified backups (backups.py) and the alert channel to staff on WeCom (alerts.py)."""
