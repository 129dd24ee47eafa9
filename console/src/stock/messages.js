// The stock pages' text.
// Each entry: [Simplified Chinese, English].
export default {
  stockOnHand: ['库存查询', 'Stock on hand'],
  movements: ['库存流水', 'Stock movements'],
  transfers: ['调拨', 'Transfers'],
  stocktakes: ['盘点', 'Stocktakes'],
  stocktake: ['盘点单', 'Stocktake'],
  adjustments: ['库存调整', 'Stock adjustments'],
}
