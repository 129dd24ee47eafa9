"""Alibaba Cloud APIs (sms.py: Dysmsapi SendSms / SendBatchSms)."""
