"""百望云 (Baiwang Cloud) open platform: the e-invoice (数电票 / 全电发票) client behind backend.invoicing.provider."""
