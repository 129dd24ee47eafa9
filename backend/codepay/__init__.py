"""Charging the shopper's payment code at the counter (付款码: WeChat Pay micropay, Alipay 当面付 barcode pay).

- providers.py: the common outcome type and routing by the code's prefix (WeChat 10-15, Alipay 25-30)
- wechat.py:    WeChat Pay v2 micropay / orderquery / reverse through wechatpy, answers' signatures checked
- alipay.py:    alipay.trade.pay (bar_code) / query / cancel through python-alipay-sdk (RSA2)
- counter.py:   the counter sale: place the order, charge the code, poll while the shopper enters the password,
                then pay the order (and complete it) or reverse the charge and cancel the order
"""
