"""Charging the shopper's payment code at the counter (付款码: WeChat Pay micropay, Alipay 当面付 barcode pay).

- providers.py: routing by the code's prefix (WeChat 10-15, Alipay 25-30) to the payment-gateway port
                (backend.orders.gateways; the clients are integrations.wechat.pay and integrations.alipay.barcode)
- counter.py:   the counter sale: place the order, charge the code, poll while the shopper enters the password,
                then pay the order (and complete it) or reverse the charge and cancel the order
"""
