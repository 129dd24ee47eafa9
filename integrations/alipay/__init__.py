"""Alipay (支付宝) 当面付 barcode pay, behind the core's payment-gateway port (backend.orders.gateways)."""
