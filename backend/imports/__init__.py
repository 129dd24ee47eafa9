"""Legacy import: moving a store system into Cradle (products, stock with batches, members with points)."""
