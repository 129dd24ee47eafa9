"""Stock error messages shown to staff and shoppers."""

INSUFFICIENT = "库存不足"
INSUFFICIENT_AT = "{sku} 在 {location} 的可用库存不足（需要 {need}，可用 {available}）"
NEGATIVE_ON_HAND = "调整后库存将为负数（当前 {on_hand}，调整 {delta}）"
BELOW_RESERVED = "调整后库存将少于已预留数量"
