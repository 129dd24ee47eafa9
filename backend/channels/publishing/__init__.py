"""Publishing Cradle products to the marketplaces: a product (SPU and its SKUs, prices, images, the platform
category and its attributes) becomes a listing on a shop through that platform's own product API, and the
platform's SKU ids become SKU mappings, so stock sync pushes to the new listing.

- ``listing``: the platform-neutral listing and what a platform answers (item id, SKU ids by our SKU code);
- ``taobao`` ... ``wechat_shop``: one module per platform, the listing in the platform's wire format;
- ``service``: publication records, idempotent re-publish, mappings, audit; what the back office calls.
"""
