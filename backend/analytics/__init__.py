"""Sales analytics: trend and per-SKU forecast, best/slow sellers, stock turnover, expiry risk, repurchase."""
