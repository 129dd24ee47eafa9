from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_notifications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "user_ids" JSON NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nSENT: sent\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "invalid_users" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* The notification outbox (backend.messaging.notifications): a WeCom message to staff, written in the business */;
CREATE INDEX IF NOT EXISTS "idx_staff_notif_status_590518" ON "staff_notifications" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "phone" VARCHAR(255),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "is_active" INT NOT NULL,
    "token_version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "brands" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "sort" INT NOT NULL,
    "parent_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_categories_parent__6ffc71" UNIQUE ("parent_id", "name")
);
CREATE TABLE IF NOT EXISTS "products" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "age_min_months" INT,
    "age_max_months" INT,
    "formula_stage" INT,
    "shelf_life_days" INT,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "brand_id" INT REFERENCES "brands" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "skus" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(160) NOT NULL,
    "spec" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(32) UNIQUE,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "pinyin_initials" VARCHAR(64) NOT NULL,
    "low_stock_threshold" INT NOT NULL,
    "batch_tracked" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_skus_pinyin__abd349" ON "skus" ("pinyin_initials");
CREATE TABLE IF NOT EXISTS "batches" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "production_date" DATE,
    "expiry_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_batches_sku_id_c64a3c" UNIQUE ("sku_id", "batch_no")
) /* A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry. */;
CREATE INDEX IF NOT EXISTS "idx_batches_expiry__327d88" ON "batches" ("expiry_date");
CREATE TABLE IF NOT EXISTS "locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* WAREHOUSE: warehouse\nSTORE: store */,
    "address" VARCHAR(255) NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "priority" INT NOT NULL,
    "is_active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_clock_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(4) NOT NULL /* IN: in\nOUT: out */,
    "clocked_at" TIMESTAMP NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "distance_m" INT,
    "within_range" INT,
    "source" VARCHAR(16) NOT NULL,
    "unverified" INT NOT NULL,
    "confirmed_at" TIMESTAMP,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "confirmed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_staff_clock_clocked_5fdaed" ON "staff_clock_records" ("clocked_at");
CREATE TABLE IF NOT EXISTS "staff_shifts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_staff_shift_user_id_22cdd4" UNIQUE ("user_id", "date", "starts_at")
) /* One scheduled shift of one staff member at one location (times are aware datetimes). */;
CREATE INDEX IF NOT EXISTS "idx_staff_shift_date_29e832" ON "staff_shifts" ("date");
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "is_active" INT NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
) /* A price list applies to a channel, a location, or both; the most specific active list wins. */;
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stock_adjustment_cost_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "expiry_date" DATE,
    "unit_cost_fen" BIGINT NOT NULL,
    "reference_cost_fen" BIGINT,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A stock increase whose unit cost is outside the band around the SKU's last purchase cost: it moves no */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_status_56d796" ON "stock_adjustment_cost_requests" ("status");
CREATE TABLE IF NOT EXISTS "stocks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stocks_sku_id_57296b" UNIQUE ("sku_id", "location_id", "batch_id")
) /* On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0. */;
CREATE TABLE IF NOT EXISTS "stock_adjustments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per batch touched; the rows of one request share adjustment_no (and one journal entry). */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_adjustm_ed2669" ON "stock_adjustments" ("adjustment_no");
CREATE TABLE IF NOT EXISTS "stock_movements" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RECEIPT: receipt\nSALE: sale\nRETURN: return\nADJUSTMENT: adjustment\nWRITE_OFF: write_off\nTRANSFER_OUT: transfer_out\nTRANSFER_IN: transfer_in\nSTOCKTAKE: stocktake\nRESERVE: reserve\nRELEASE: release\nIMPORT: import */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved. */;
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_eabb66" ON "stock_movements" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_ref_typ_376566" ON "stock_movements" ("ref_type", "ref_id");
CREATE TABLE IF NOT EXISTS "stocktakes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stocktake_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nSUBMITTED: submitted\nPOSTED: posted\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "posted_at" TIMESTAMP,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "stocktake_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "system_qty" INT NOT NULL,
    "counted_qty" INT,
    "variance_posted" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stocktake_id" INT NOT NULL REFERENCES "stocktakes" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_stocktake_l_stockta_5ef71e" UNIQUE ("stocktake_id", "sku_id", "batch_id")
);
CREATE TABLE IF NOT EXISTS "transfers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "transfer_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "approved_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "received_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipped_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "transfer_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfers" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "coupon_templates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* AMOUNT: amount\nDISCOUNT: discount */,
    "amount_fen" BIGINT NOT NULL,
    "discount_bp" INT NOT NULL,
    "max_discount_fen" BIGINT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "valid_days" INT,
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "total_quota" INT NOT NULL,
    "issued_count" INT NOT NULL,
    "per_member_limit" INT NOT NULL,
    "claimable" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "members" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "member_code" VARCHAR(16) NOT NULL UNIQUE,
    "nickname" VARCHAR(64) NOT NULL,
    "avatar_url" VARCHAR(255) NOT NULL,
    "phone" VARCHAR(255),
    "phone_hash" VARCHAR(64) UNIQUE,
    "openid" VARCHAR(64) UNIQUE,
    "unionid" VARCHAR(64) UNIQUE,
    "level" VARCHAR(16) NOT NULL,
    "points" INT NOT NULL,
    "balance_fen" BIGINT NOT NULL,
    "total_spent_fen" BIGINT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "deleted_at" TIMESTAMP,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
    "merged_into_id" INT REFERENCES "members" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "channel" VARCHAR(16) NOT NULL /* POS: pos\nMINIPROGRAM: miniprogram\nPHONE: phone\nTAOBAO: taobao\nJD: jd\nPDD: pdd\nDOUYIN: douyin\nKUAISHOU: kuaishou\nWECHAT_SHOP: wechat_shop\nLIVE: live */,
    "external_id" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPAID: paid\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned */,
    "subtotal_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "shipping_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "paid_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "pickup" INT NOT NULL,
    "receiver_name" VARCHAR(64) NOT NULL,
    "receiver_phone" VARCHAR(255) NOT NULL,
    "receiver_address" TEXT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "placed_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    "seller_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
CREATE TABLE IF NOT EXISTS "order_discounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "coupon_id" INT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* One saving on the order's receipt, as pricing applied it (backend.orders.pricing `ctx.discounts`): */;
CREATE TABLE IF NOT EXISTS "order_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* Status history: every transition and notable action, who did it and when. */;
CREATE TABLE IF NOT EXISTS "order_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_name" VARCHAR(160) NOT NULL,
    "qty" INT NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "line_total_fen" BIGINT NOT NULL,
    "qty_shipped" INT NOT NULL,
    "qty_returned" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "reservations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "qty" INT NOT NULL,
    "qty_consumed" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nCONSUMED: consumed\nRELEASED: released */,
    "expires_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "order_item_id" INT REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_reservation_expires_cb98ec" ON "reservations" ("expires_at");
CREATE TABLE IF NOT EXISTS "order_payments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "external_ref" VARCHAR(64) UNIQUE,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "prepay_closes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nDONE: done\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An outbox row: close the WeChat Pay prepay order of a cancelled unpaid mini-program order (closeorder), so */;
CREATE INDEX IF NOT EXISTS "idx_prepay_clos_next_at_d10d24" ON "prepay_closes" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "refund_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected */,
    "reason" VARCHAR(255) NOT NULL,
    "auto_approved" INT NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* The shopper asks for the money back of a paid order that has not started shipping (backend.orders. */;
CREATE TABLE IF NOT EXISTS "return_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rma_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nRECEIVED: received\nREFUNDED: refunded */,
    "reason" VARCHAR(255) NOT NULL,
    "refund_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back. */;
CREATE TABLE IF NOT EXISTS "order_exchanges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "exchange_no" VARCHAR(32) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nSETTLED: settled\nREJECTED: rejected */,
    "credit_fen" BIGINT NOT NULL,
    "new_total_fen" BIGINT NOT NULL,
    "transferred_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "request_key" VARCHAR(128),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "new_sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_excha_order_i_75aee7" UNIQUE ("order_id", "request_key")
) /* 换货 (backend.orders.exchanges): units of one shipped line go back (an RMA on the original order) and a */;
CREATE TABLE IF NOT EXISTS "order_messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author_kind" VARCHAR(8) NOT NULL /* SHOPPER: shopper\nSTAFF: staff */,
    "body" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP,
    "member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One message of an order's after-sales thread between its shopper and the store (backend.orders.aftersales). */;
CREATE INDEX IF NOT EXISTS "idx_order_messa_created_ba0de4" ON "order_messages" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_order_messa_order_i_f59f4c" ON "order_messages" ("order_id", "author_kind", "read_at");
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "from_advances_fen" BIGINT NOT NULL,
    "revenue_parts" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSUCCEEDED: succeeded\nFAILED: failed */,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "trade_total_fen" BIGINT NOT NULL,
    "provider_refund_id" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "payment_id" INT REFERENCES "order_payments" ("id") ON DELETE SET NULL,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
) /* Money going back for one tender of an order (backend.orders.refunds). Cash, stored value and hand-recorded */;
CREATE INDEX IF NOT EXISTS "idx_refunds_status_d72c91" ON "refunds" ("status");
CREATE INDEX IF NOT EXISTS "idx_refunds_next_at_164aa0" ON "refunds" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "return_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "restock" INT NOT NULL,
    "cost_fen" BIGINT NOT NULL,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL REFERENCES "return_requests" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL UNIQUE,
    "carrier" VARCHAR(32) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "shipped_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipment_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "qty_returned" INT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "shipment_id" INT NOT NULL REFERENCES "shipments" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "member_balance_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta_fen" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* TOPUP: topup\nPAY: pay\nREFUND: refund\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "method" VARCHAR(16) NOT NULL,
    "location_id" INT,
    "balance_after_fen" BIGINT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_bala_member__7ad734" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's stored-value balance (fen). */;
CREATE INDEX IF NOT EXISTS "idx_member_bala_order_i_65cd97" ON "member_balance_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "care_reminder_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "child_id" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "due_on" DATE NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nSKIPPED: skipped */,
    "attempts" INT NOT NULL,
    "msgid" VARCHAR(64),
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_care_remind_member__5ca6fd" UNIQUE ("member_id", "child_id", "kind", "due_on")
) /* One care reminder for one child on one date, sent as a WeChat subscribe message at most once. */;
CREATE INDEX IF NOT EXISTS "idx_care_remind_due_on_b693f6" ON "care_reminder_deliveries" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_care_remind_status_809185" ON "care_reminder_deliveries" ("status");
CREATE TABLE IF NOT EXISTS "member_children" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birthday" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_member_chil_birthda_bc8ca3" ON "member_children" ("birthday");
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "seq" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* UNUSED: unused\nUSED: used\nEXPIRED: expired */,
    "valid_from" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "order_id" INT,
    "used_at" TIMESTAMP,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "coupon_templates" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_coupons_templat_9f48c1" UNIQUE ("template_id", "member_id", "seq")
) /* A coupon held by one member. `seq` numbers a member's coupons of one template (unique), which makes the */;
CREATE INDEX IF NOT EXISTS "idx_coupons_status_9fa747" ON "coupons" ("status");
CREATE INDEX IF NOT EXISTS "idx_coupons_expires_10b317" ON "coupons" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_i_480491" ON "coupons" ("order_id");
CREATE TABLE IF NOT EXISTS "member_aliases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "card_no" VARCHAR(32) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* Another card number of a member: an older card of the same shopper merged into it (the legacy import */;
CREATE TABLE IF NOT EXISTS "member_pay_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "order_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* A one-time stored-value payment code the member's mini-program shows (backend.members.paycode). Only its */;
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_phone_claims" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "phone_hash" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nCONFIRMED: confirmed\nVERIFIED: verified\nREFUSED: refused */,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "claimant_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "holder_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_member_phon_claiman_0b71d2" UNIQUE ("claimant_id", "holder_id")
) /* A WeChat user verified a phone number held by a member with stored value or points: not merged */;
CREATE INDEX IF NOT EXISTS "idx_member_phon_status_ee2f0d" ON "member_phone_claims" ("status");
CREATE TABLE IF NOT EXISTS "member_points_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out\nFORFEIT: forfeit */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "expires_on" DATE,
    "balance_after" INT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_poin_member__511782" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's points. Positive entries with `expires_on` are lots that expire FIFO. */;
CREATE INDEX IF NOT EXISTS "idx_member_poin_order_i_61f6ce" ON "member_points_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "member_subscribe_consents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACCEPT: accept\nREJECT: reject\nBAN: ban\nFILTER: filter */,
    "credits" INT NOT NULL,
    "accepted_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_subs_member__821418" UNIQUE ("member_id", "template_id")
) /* A member's answer to a subscribe-message template. WeChat's one-time subscriptions allow one message per */;
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */
);
CREATE TABLE IF NOT EXISTS "inventory_valuations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "sku_id" INT NOT NULL UNIQUE REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* Moving-average cost per SKU across the chain: value_fen \/ qty is the unit cost. */;
CREATE TABLE IF NOT EXISTS "journal_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_journal_ent_source__fef9e5" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_journal_ent_date_0a19df" ON "journal_entries" ("date");
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "channel" VARCHAR(16),
    "partner" VARCHAR(64),
    "memo" VARCHAR(255) NOT NULL,
    "account_id" INT NOT NULL REFERENCES "accounts" ("id") ON DELETE RESTRICT,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel. */;
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
CREATE TABLE IF NOT EXISTS "finance_manual_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "lines" JSON NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* An adjusting entry keyed by finance (backend.finance.manual_entries): drafted by one user, posted to the */;
CREATE INDEX IF NOT EXISTS "idx_finance_man_status_cf7dc5" ON "finance_manual_entries" ("status");
CREATE TABLE IF NOT EXISTS "closed_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" VARCHAR(7) NOT NULL UNIQUE,
    "closed_at" TIMESTAMP NOT NULL,
    "closed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A closed month: no entry may be dated inside it. */;
CREATE TABLE IF NOT EXISTS "settlement_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "date_from" DATE,
    "date_to" DATE,
    "lines_total" INT NOT NULL,
    "matched" INT NOT NULL,
    "differences" INT NOT NULL,
    "settled_fen" BIGINT NOT NULL,
    "fees_fen" BIGINT NOT NULL,
    "expected_fen" BIGINT NOT NULL,
    "posted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* One platform settlement file reconciled against our orders. */;
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
CREATE TABLE IF NOT EXISTS "settled_orders" (
    "order_id" INT NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE RESTRICT
) /* An order whose platform receivable a settlement run cleared: unique, so no order is settled twice */;
CREATE TABLE IF NOT EXISTS "settlement_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "external_id" VARCHAR(64) NOT NULL,
    "order_id" INT,
    "platform_amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "settled_fen" BIGINT NOT NULL,
    "our_amount_fen" BIGINT NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE CASCADE
) /* A line of the file or an order the file left out, with what was found. */;
CREATE TABLE IF NOT EXISTS "audit_logs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "via" VARCHAR(16) NOT NULL,
    "ip" VARCHAR(45) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_logs_action_4eb755" ON "audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_entity__893447" ON "audit_logs" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_created_bdaee3" ON "audit_logs" ("created_at");
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "status" INT NOT NULL,
    "response" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_idempotency_scope_bab602" UNIQUE ("scope", "key")
);
CREATE TABLE IF NOT EXISTS "promotions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* FULL_REDUCTION: full_reduction\nPERCENT_OFF: percent_off\nBUY_N_GET_M: buy_n_get_m\nMEMBER_PRICE: member_price */,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREJECTED: rejected\nENDED: ended */,
    "threshold_fen" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "repeat" INT NOT NULL,
    "percent_off_bp" INT NOT NULL,
    "buy_qty" INT NOT NULL,
    "free_qty" INT NOT NULL,
    "member_only" INT NOT NULL,
    "channels" JSON NOT NULL,
    "location_ids" JSON NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "submitted_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_promotions_status_a6393f" ON "promotions" ("status");
CREATE INDEX IF NOT EXISTS "idx_promotions_starts__5ad7f3" ON "promotions" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_promotions_ends_at_f473b4" ON "promotions" ("ends_at");
CREATE TABLE IF NOT EXISTS "promotion_applications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE RESTRICT
) /* What one promotion saved on one order: a discount line on the receipt. */;
CREATE TABLE IF NOT EXISTS "promotion_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_promotion_i_promoti_69bb48" UNIQUE ("promotion_id", "sku_id")
) /* The SKUs a promotion covers (none: every SKU, or the category), with the member price where it is one. */;
CREATE TABLE IF NOT EXISTS "import_column_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
    "filename" VARCHAR(255) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* CHECKING: checking\nCHECK_FAILED: check_failed\nCHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "checked_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "rolled_back_at" TIMESTAMP,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "import_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" BIGINT NOT NULL,
    "extra" JSON NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
) /* One thing an import created or changed, in creation order; rollback undoes them newest first. */;
CREATE TABLE IF NOT EXISTS "import_rows" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "ok" INT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "data" JSON NOT NULL,
    "imported" INT NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_rows_job_id_8a3952" UNIQUE ("job_id", "row_no")
);
CREATE TABLE IF NOT EXISTS "auth_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "mfa" INT NOT NULL,
    "generation" INT NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "refreshed_at" TIMESTAMP,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "revoked_reason" VARCHAR(32) NOT NULL,
    "member_id" INT REFERENCES "members" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
) /* One login (a token family): its access tokens carry its id ("sid"), its refresh token the generation. */;
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_expires_37837b" ON "auth_sessions" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_member__cad6aa" ON "auth_sessions" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_user_id_287ae8" ON "auth_sessions" ("user_id");
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "failures" INT NOT NULL,
    "last_failed_ms" BIGINT NOT NULL,
    "blocked_until_ms" BIGINT NOT NULL,
    CONSTRAINT "uid_login_failu_usernam_1df575" UNIQUE ("username", "address")
) /* Failed password logins per (username, client address): the progressive delay of backend.staff.auth. */;
CREATE TABLE IF NOT EXISTS "security_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_mfa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" INT NOT NULL,
    "last_step" BIGINT NOT NULL,
    "enabled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "channel_accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "app_key" VARCHAR(128) NOT NULL,
    "app_secret" VARCHAR(255) NOT NULL,
    "access_token" VARCHAR(255) NOT NULL,
    "webhook_token" VARCHAR(128) NOT NULL,
    "base_url" VARCHAR(255) NOT NULL,
    "sign_method" VARCHAR(16) NOT NULL,
    "shop_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "push_enabled" INT NOT NULL,
    "pull_cursor" TEXT,
    "pulled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Our shop on one marketplace (one shop per platform: orders are unique per (channel, platform order id)). */;
CREATE TABLE IF NOT EXISTS "channel_platform_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "platform_status" VARCHAR(32) NOT NULL,
    "event_ms" BIGINT NOT NULL,
    "items" JSON,
    "total_fen" BIGINT,
    "error" VARCHAR(255) NOT NULL,
    "deliveries" INT NOT NULL,
    "sources" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_pla_platfor_db716b" UNIQUE ("platform", "platform_order_id")
) /* A platform order as ingested (webhook or pull), the state it has reached on the platform, and the Cradle */;
CREATE TABLE IF NOT EXISTS "channel_push_states" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "desired_seq" BIGINT NOT NULL,
    "pushed_seq" BIGINT NOT NULL,
    "pushed_qty" INT,
    "status" VARCHAR(16) NOT NULL /* OK: ok\nPENDING: pending\nRETRYING: retrying\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "enqueued_at" TIMESTAMP,
    "pushed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pus_account_6cd112" UNIQUE ("account_id", "sku_id")
) /* Per (channel account, sku): the sequence we want on the platform and the one it has. Every stock event */;
CREATE TABLE IF NOT EXISTS "channel_reconciliations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "trigger" VARCHAR(16) NOT NULL,
    "skus_checked" INT NOT NULL,
    "stock_fixed" INT NOT NULL,
    "orders_checked" INT NOT NULL,
    "orders_fixed" INT NOT NULL,
    "errors" INT NOT NULL,
    "details" JSON NOT NULL
) /* One pass of the reconciliation job: what it compared, what it corrected, what it could not. */;
CREATE TABLE IF NOT EXISTS "channel_shipment_pushes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL,
    "carrier" VARCHAR(16) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDONE: done\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "pushed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_shi_account_8563b8" UNIQUE ("account_id", "shipment_no")
) /* The transactional outbox of shipments of platform orders: written by the orders' SHIPPED_HOOKS in the */;
CREATE INDEX IF NOT EXISTS "idx_channel_shi_status_d6faf3" ON "channel_shipment_pushes" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "channel_dead_letters" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "sku_id" INT,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "qty" INT,
    "attempts" INT NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nREPLAYING: replaying\nRESOLVED: resolved */,
    "replay_count" INT NOT NULL,
    "replayed_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "replayed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipment_push_id" BIGINT REFERENCES "channel_shipment_pushes" ("id") ON DELETE CASCADE
) /* A push that failed too often. Stock: at most one open letter per (account, sku); shipment: per shipment */;
CREATE TABLE IF NOT EXISTS "channel_sku_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sku_account_d19f32" UNIQUE ("account_id", "sku_id"),
    CONSTRAINT "uid_channel_sku_account_ddf031" UNIQUE ("account_id", "platform_sku_id")
) /* Our SKU listed on a platform under the platform's SKU id. */;
CREATE TABLE IF NOT EXISTS "channel_outbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One row per stock change of (sku, location) that moved the available quantity, written by */;
CREATE TABLE IF NOT EXISTS "channel_stock_policies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "share_bp" INT NOT NULL,
    "safety_buffer" INT NOT NULL,
    "location_codes" JSON,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sto_account_1f9476" UNIQUE ("account_id", "sku_id")
) /* How much of our available stock a channel may sell. sku null: the account's default; a row with a sku */;
CREATE TABLE IF NOT EXISTS "live_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SCHEDULED: scheduled\nLIVE: live\nENDED: ended */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "price_approval" VARCHAR(16) NOT NULL /* NOT_NEEDED: \nPENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "price_decided_at" TIMESTAMP,
    "price_reject_reason" VARCHAR(255) NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "price_decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
    "floor_fen" BIGINT NOT NULL,
    "qty_set_aside" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_buyer_limit" INT NOT NULL,
    "closed" INT NOT NULL,
    "qty_returned" INT NOT NULL,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_live_sessio_session_fca6dc" UNIQUE ("session_id", "sku_id")
) /* One SKU of a session. `sold` only grows through the guarded UPDATE of the order fast path */;
CREATE TABLE IF NOT EXISTS "live_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "buyer" VARCHAR(80) NOT NULL,
    "request_key" VARCHAR(128),
    "claim_id" VARCHAR(40) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "item_id" INT NOT NULL REFERENCES "live_session_items" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_live_orders_session_0d6839" UNIQUE ("session_id", "buyer", "request_key")
) /* An order taken by a session: who bought (buyer identity), under which request key, from which Redis claim. */;
CREATE INDEX IF NOT EXISTS "idx_live_orders_created_c7cfbf" ON "live_orders" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_live_orders_item_id_1193cc" ON "live_orders" ("item_id", "buyer");
CREATE TABLE IF NOT EXISTS "purchasing_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Chain-wide purchasing policy, one row per key (see backend.purchasing.policy). */;
CREATE TABLE IF NOT EXISTS "suppliers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "email" VARCHAR(128) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "payment_terms_days" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "purchase_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "po_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nSUBMITTED: submitted\nAPPROVED: approved\nREJECTED: rejected\nSENT: sent\nCONFIRMED: confirmed\nPARTIALLY_RECEIVED: partially_received\nRECEIVED: received\nCLOSED: closed\nCANCELLED: cancelled */,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "approver_role" VARCHAR(20) NOT NULL,
    "approvals_required" SMALLINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "first_approved_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "first_approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_status_22918e" ON "purchase_orders" ("status");
CREATE TABLE IF NOT EXISTS "purchase_order_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "qty_rejected" INT NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_purchase_or_po_id_6324c4" UNIQUE ("po_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "purchase_receipts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "client_ref" VARCHAR(64),
    "on_time" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "received_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_purchase_re_po_id_4d161d" UNIQUE ("po_id", "client_ref")
) /* One delivery received against a purchase order (posted to stock and to the ledger when written). */;
CREATE TABLE IF NOT EXISTS "purchase_receipt_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty_accepted" INT NOT NULL,
    "qty_rejected" INT NOT NULL,
    "reject_reason" VARCHAR(128) NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "po_line_id" INT NOT NULL REFERENCES "purchase_order_lines" ("id") ON DELETE RESTRICT,
    "receipt_id" INT NOT NULL REFERENCES "purchase_receipts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "supplier_products" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "lead_time_days" INT NOT NULL,
    "min_order_qty" INT NOT NULL,
    "is_preferred" INT NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_7fcc3f" UNIQUE ("supplier_id", "sku_id")
) /* A SKU a supplier sells us: net unit price (excluding VAT), lead time and minimum order quantity. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztvWtz4za2LvxXUP4Su47i03FuvZ05u0q21YnStuWR7CRzoimGkiCLMQWoScpuvWfPf3"
    "8B8CJeQImgSIpkr117kpjEAqkHILAuz1r4fydLOsOmfX5t0unLEE+pNTu5RP/vhOhLzP5D"
    "druDTvTVanuTX3D0iSna244+n2tT3lyzRHtxX5/YjqVPHdZkrps2Zpdm2J5axsoxKGFXyd"
    "o0+UU6ZQ0N8ry9tCbGpzXWHPqMnQW22I0//80uG2SGP2Pb/3P1os0NbEZf3hAvK65rzmYl"
    "rl0Zz33ifBBt+QMn2pSa6yXZtl9tnAUlgYBBHH71GRNs6Q7mT3CsNf8F/AW93+3/KPdlt0"
    "3ctwzJzPBcX5tO6BdPtO21E027Hzxqo96jpp0oYDSlhOPLXtUWADzzV/j6vy4uvv32x4t3"
    "3/7w/vvvfvzx+/fv3rO24n2Tt378j/syW7TcrgRm/Z/794/8hSgbRHeg+YX/CBnd0V0pMR"
    "hb9F/Yj0/if73QrR5ZL8UI9Nlr62SKEyPhy8bGgv3I+Fj4yO8aDP/CdjS2kzD/cDAILpFB"
    "xmTw9HiJ6FpMkwyDs9Q/ayYmz86C/fndDth/6w6vf+kOT787i0J/79244Hf4GGwxFx8enm"
    "m6k0T+hiHmGEssn/tRyRjuM0/03P+PYkahym9iB86P/bve6LF798C7X9r2J1PA1X3s8TsX"
    "4uomdvX0h9igBJ2g3/uPvyD+J/q/g/ueQJPazrMlnrht9/h/T/g76WuHaoS+afosDKR/2b"
    "8UGWVTOrx4aix1Uz66pnxYXZFzTzTDoHojVvKXVcSg3vSu+3fd29P/6rgjxcbPcHDks3oX"
    "/3pM9ihFXF0JwHUnrjPDXea1ZRLe1M04KrR/U64/qt62fPHNdz9+9/7bH74LduPgyq5N2N"
    "9wt7C+Gc7CIJqlk2csUXQoNbFO5ODGRWPwTphs8/DdpcEMBreR1f2qH9Nn7p/urnrD029i"
    "kzqJuk3X1lSCN1ds5GBvJapTZ4SKXtY8jmgw3/yQQYX5Jr5dbnUYfiuK8Jq8Ystg3cnU91"
    "2zOiqYb07nQju40thZzR46N6xlPtUxJluA8ticlaVxyuMMz9YrrL3gjcoaFpUqZh07ro0c"
    "WcR+yGKH/ZBuiP2QtMSCj2Ky0WSOiFTFRyIJ2k9yxWL2qs7fQQ3cmBQAmwR2bWNLDdSQRC"
    "5AK3LYVIood0rOX6SOMQ5XEt0P1MLGM/mINwnXWAxUzyf75HXTMHD/488e/+r2i7L0t8CL"
    "G55U7LezX4xd3eW6O7ru3vROpItBAbDehrpq1kKQFdnYGhhBl70Dun+6vT1J3cyqm7kNhV"
    "eyf6dAzNeIiT59edOtmRZZLPgdekFjV4K2yVvLi2X8ik70Z4ES/zn85T30Rwtj7pxIgjzu"
    "jc7+8I7NG2aL65wMCEb2dMHURxPPkJBEdI4ov8w7Q0u8nGAL6Y645s9NdMotBRvpFkb6G/"
    "+nbz3YZ+dxR3tpD5HEnv4Mlm/eVphVjm45Nrd9/n1IYOpLiUodqKekx5v88Uiarikmjdd+"
    "l7naqjgHNz/jzqxg7kqBS7f5I4LVRIvA4u/ks/gxmeUZ4pAYDHCtB3hqYQ68uqchLgfmcJ"
    "38DHX7ZMDRUEdEwdHQfkdDU6Hd5WkYsm1v2L9+PEnZysDPsM/PEN+96+Vl4Hb3PXWMueFN"
    "c5nHIdGos9/7QELtMzohHhcYhcU4W29CP6NT/luZnnsuej6P9Hx2iXT0O76mS7TEts1+JX"
    "Ko607ooDfLcBxMkEGQw/qerG2DsEYJx0RVDx4ThgCxGQj8ITqZIQae8YotPEOTjduUPfHZ"
    "omt27286SXNvxDwYf3LMnbX4YQR/dpg94ODlygm8HcC7bRDvVo5+E7i2OcO6315kCOt+e5"
    "Ea1uW3YlQ2iJ4nYf7m4n0WDtDF+3QSEL8ntQ7sJM6/jgb3O+0DW+azMKYO+h9kGnYTDYUd"
    "8HI0Io4KH9XTu+4fccCvbwdXcQ8E7+AqBv5K35hUlywj6diHRAD6A6Dfbrh5Eie20hVyDV"
    "dMkzFcJrRK/sRD7/6mf//zJfLkx2TUu3+8RDYmzph86PZvezf8eYbpEvpUl6Usi1L6kpRY"
    "kDzVRzI0qYpNWKQ6h8W7ctWbwvw/cYUygetu/7REHJiHdXZTm7rtaNiyqMQpla47RaUqXN"
    "UUl7OcutPF999nWKZYq9SFStyLflkGedVNY6ZxfUhJgUoIVr+Vn/xjviauHTtZG6ZjEPuc"
    "P++/yxqPyjd4tr3libhuxWCZq/My5/vlchDpI5ItDLqesB84GxBz483Ahgy797HsHPX1ap"
    "Zz1KOSMOp1GXXJxy7ePhFwO6KD/cGic0P8arlv3b/f2e9WX7lNa1au4UvxGZfGimPWkUk3"
    "GLMZrKJ1x8Rap3YX7xleGBbWVDmIEaEDiYjNUekkRMQpXS4N2+axYv4TtclKYS2QCwOZSe"
    "JyobL5mb4M+O1b9/2XYnbXgNDU+L3sIO1qH/VpQPAjZf8omfh01EEojPZUsKo6wo7jvrdc"
    "VfXvZ1BVbbfpEVVVxfhvWwO/RaVNp6uvr7q5luxY6R7MQACCkAf4KMGbkf4FgDejBG+G2G"
    "olW4O/BadvCUGoApwWjVL0dq36fEzFfyvssWEZ2GhTNtpITbaVqW80VZjjci1kDRYP9kq3"
    "7TfK1siFbi9U0E4IthDuUkxxi5op03o/h8qXrTPWJ6NfBg8PveElshd0tcLWmFzf9oYfLx"
    "FDx3oZk9HjYNjT7rr33Z9FK4daWHO3X9b24YlDN+J3VmtrymYXv/qhf9+9v+6xNzQIR2ZM"
    "fvmn1r2544VuF5+YIrHk5W5v+7/12Gvd3nJpTjJn9phpejnxqmP/LsvQv0sf+UStyRUbMq"
    "UFLRDINdx18xeW/2W94SldCoKITPVJxzkuVwjcrd6iGWIL3dHoChNlqKOCgPU+rA1b48kz"
    "r6qFVCNyFVac9LFvbMFJh75gor0y202aTZlqQiXkgFebqOUJBKSWOW/SCEgKzpvYGQHhwz"
    "liy50n/uHjEJtBUqY8QBI7FqRhkyEtUhJlawa1rvLDFBTWaiNAfo73gRhxR18LM+KjGSSz"
    "v9e2s8Tk4AnlsO+uG/TWPDslE1xL+oqLAuvO66ulULEFWMr0V8FpwPtoKT6em0JwhA6E6Z"
    "Z1NXJ7atM6pRTcCblbtgRTOaQ+5SLLdxolrLZwGi7nemFI3bl9tQSlHOHCQFtICRuGtYnd"
    "4UMtosMUG0fc1gsNSgdBmdBjxhahnhvUc6szogmbHuq5QT23mkC7q56bnDdaGYHoytJJdP"
    "eM3NipA0x4E+AQtWufVyW2AHeosytYlsvVzKzD2Xp6qAPnwe2lZdZOWQvhNYPnmVob2VoY"
    "3Nu5HE7dVkYZuaB/nqx0y/PDiZcDY+jLXSSPra2XzCmwqSWJwKbOWb85BLTjhqW7ZKiZlh"
    "EZSAXda1tul+UDzaDwHtMshLNaQZGplVLTOlMgfmGYM9bVgTH41uEd/fYrViHrtkkdRYd8"
    "sIwpvuWpchIlcntzpxa54s00nm+XsUh3FwkRkaKHWL8mU0B55WsdTRc6IZiBowdHd3UQtd"
    "CEOoufRHHrJWUy9gpPeRlt5DLy3I7eeP2wkxjUZT8LfAGg5tZmBSn9pGP3i1HBNyTSQtZ9"
    "4TkNbk3GuUWXSZB3EzqjklA3sD7Jty6BMznKjqRMU5YxdmR1mmCEazXCkGRQcZIBnBFfjf"
    "MAjt+uLogaWk4cvDzYLvZsuT7rq4G67XGtYwHaLgvZRzWLlawFw1l4xCV4hlgvX9YQdDmq"
    "NeqOx1zq+NtxSlZErE10qUrOy4rD735yShGFuFybxqCwWA1bXtRg3QoAnhnCNJG1/EBdK+"
    "LJbRjOmYM18a92PyeQ75CHgztye2kprNuvtk4kQD/MI9XJggjQLm1sG2wCKmCj1sxdCteU"
    "jbSSe9pr3zoqYPFVzyGyUu4pmOE3S8D8iD+nrAwxsRaU797lB+798RhxGCYqoAZu4NvB/c"
    "9+83hZ1Nhpf89YWxpEW1LiLJTO/EsIggMxaSYIlNjXkw/eiCDAm4R3Tq3l2tQ1pqQ+S9bn"
    "VHQTcgCuxMRdYHPOTIo5P7pjozJ5JZIAcBJgiJNVHCeDilHpc7tdFaPCoy7S3tScdWERWL"
    "kkH5JHxlVDNSYFftD9ftCJn9V5oJcuyA5t1rzN6qYLf68pTHXZ9C0AWAVaet2mblZwY5/t"
    "AZkA9sv60CJXrfI2lxq+51BJHMQegjvOHvIGCRzDjdpEOuAYBsfwcR3DP2RhhLNW6Y7hHx"
    "KccJ6AooKv374FruCyExomuqW6MIRE2lZrvfilgf1KiZ9hx8k+XvsKp+54/R2e/1DNBM4S"
    "NUqPGSUiRsAuOyq7zGFDq36CcUyqOvy/+fZdY6oAGGRjEM1gq4GhmxJ7accZL0nRshaTxE"
    "Ld2G3QpG+azWsna87CwvaCmmpJFFLpCmd2U+b1RHemC42blC9YgvDOiEdCFqIe2aMeEGaC"
    "MFNtlJX2hpk8UqUq2T4s1CZ9tDxmeEBwPZgW3rZiKZ0EKTw8uw5w3AteuTCdIBFP7slPaD"
    "qHInXFO2krQkJjLuK8k7YCdMQjdBqJ15HO0GkkVuIQHa2ArGpxkk7bFnKlkGykqsk6pTaA"
    "+sEnffLK5h+1Nr+Fe20HdUP1CJTt2nXN9PUhZj9OXq9N3rCzM9QtHDfbtZa9LdNzLFc0cz"
    "k30QsyCDfebIzeFpT9kzvzEe8OGTaia8c2ZliUVZvoZIZ0i67Zv/jfo49PX9nI1FlL/4hq"
    "IXeJWAd8WbMRETVvYoXdKnjqmLgP4bLcWOLXnAV7A/YcxzDRL/9EpzZdYkowojzQz7rWCe"
    "vBRkv9BVtnvOScJTpjvZ7ybwiT2bno9FxAzdSk6csZ1JKrIWfA+wo0IinUlO6BjkoBf2Bv"
    "kJAZqY6MFMUh7pH1MmHLRqPdgXR1fv4V+4Y5YmqAnzz07m/69z9fIk9+TLoPD8PBb72bS3"
    "+ZmI3JsPdr7/qRX7Pw33jquN5edSZCJiLCDh5CfJg+ORtuPDuSc81SV5qIDLh2JI5SvnXJ"
    "NKZsk38rXWcyzclN9677c+8SzfQl03DGpPfHQ3/4r0uEP68MazMmt4PR6BKZ1LbH5MPg6Z"
    "7N/Tnfp8fkejAcsq+hP7i/ZJuzZbHvgfU5JqPu3cMt69HWlyuT9Tj6ZTB8/NC9vWWXFtRy"
    "2GubYzJ4/KU3vHQ35np8REx7UONKee1bx+W5+P77DNiyVunFM/k9WXxNbbsOy7QO5e+yME"
    "6+S6ecfJfgnLifrMbjL/LIjhzlmNiusE5j7TwZxjwqI+FEuVaWMnMnIdqmLbVi9o6F59jC"
    "bFPNORZy+RZlSlU8HjM8ZZZ6nohxVBLq4ta5Lq5r0mi7tN60zy0m2Lq9uhSNKOTYU1OLEo"
    "Ktw7t4RwaQXtKhby/pxd9+JoqpwAm5FukOhblH4Ajv8hxPwk2dY+JKJGHqQnnUL6IQfd1A"
    "zkqD21WJXl4gAEqj5i6NKgc0vGwWgOyTjRt4flJWZCV7TARi9h7o/un29iRFFQOA9wCc0D"
    "5T4E2nxpZZuMFlfkoYLgElNJ3REqKeZjuJUBCE2d/IpA6ic8S5HKOPT+f8HzbnczhItzAn"
    "fiDR99deEg5a6K9YtBaX0ZvhLFgrL6olP4mwxGdJD4TwVvEgyAHHQRyTUNKc+FRldJLiI1"
    "Tbj0w5SiUR/ZIjVQ2J9VW5QqgBCA7B9FWgvQ5BMPxLNfzBMC3AMM1Uqg4ylCBDCTKUapp3"
    "o2hRBz5OiVEd9n+m29W+CxEqI7bLKIXKiFAZsYlFi14MWVnobLx5X7bOQJ/83h32fhk8jX"
    "qXiK3/eEHXNme6Pw6GnPjuMI037mI8DqedWUbMeFKq0hUSaR2vqBQelyl1IeCpsdTNFA6E"
    "3HXgipx7ou3yYPWu+3fd29P/6vwQq08U+BETtVVNN4tLBVdXAnDdievKMqhlOJI43K6ylI"
    "FIlbXjmlI8DmqYVVDDLOF3yuYo0efzw2xaHmxuIQ0lviZ45/MWVUGpscsslAYCxxs43mqJ"
    "lfj4HP3l0OJlI7+ftgLF7hB7ji1bo2uJcaKC1aPXVfuhMnYURwKkvMJcRdTkaqlqYDI9Xr"
    "OxbfuO+Pww3bKuRm5PbZpNZQZRhpip6a+pcZTw7c6uUIq1bVizaMqujOeWBVQqyW/eVVxq"
    "7oKYGINdSbBbmQr9ptRfUJsYg+GYyWb6bpSlc735vuniozCflHx8n6p279U+Lhutr8UfsV"
    "5ilTB3XKw6bJviOK17fTnJarB12KoEDLvXj/3fepfIlebFs+5HT3e8kpw/QXh1udted+RW"
    "lzN52cyaVJcTpGFs56DKRiUrKf9RE8ZxnYixPkg7mbHAh07/vtrLh94W21ajRSfkIMtctr"
    "nx+s1qdPOQCGhiGQjnfijlUMp5y0IynTjpPDSvMuRDbz/vArBVqcNfsxUhK7yJ5VCZ2l+m"
    "a8yd3BKnWDDr99Sgz5iwOyBoIQq5s/+5bjQ8Q3Nq+Zm0HeTzlEUTkT15jvRX3RDDj/4Pa6"
    "iJHr4O5DuI4FdsoX+gd8ms3SoeuCt1N1znQnQOObxHpUt7o6mix2wlwDhPliFyPwkFPMMi"
    "AGgc0PVqltPGikqCjVUXG0tiWsvPW1MzA8IiYAZA7TkojdYoPCFD+jBjVaV0F9SaU4FWvd"
    "bcxK/qdCC4bTswNI5seMs+ILE/Tj/JzyGKMV5aAjtwZxWwKt2pFKJnp7mXogzu7IcdZvY5"
    "YWTRN7TClld+zaHr6QLPfhIHCbJbtl/LzatbiOwFL+MWKaKOTrkTiDf6m64topuIXbc2Zz"
    "KXU+nPgyT8enmV6l+nP3kKniI9oTaMMDjIrrgZDQfZwUF2cJDdfmwV0/35UdpY/UyqiFhr"
    "XOPVHwzWFGJ2U3dg4GSXyskGml069M0MAWWh2UEICEJAzUEWQkDF4rm2OTlMBdCQBBBr4b"
    "ihTCCXFwKCmGXBMUuIqRUWU4uvswWg2u7DhUJbS62OFYoG4dKiSeEo3b5YUiQ6qBZJmi50"
    "8ox5IEdH4rnsbZcTbLlBHnu9tBHlJGH/LpfDn9a6iQzHDkjFYVry7khSSc/bH0n6M+Ie8S"
    "z5f0NZglqWJWh9Vd1h77rXf3jk+a9TzC5zF7zrgOfu92Hv8Wl4z286a4uMSffm16fR413v"
    "nglsQ21j8vuw/9jTBh8+XKI3y3CwRufzMXkcdu9HH3pDbfD0yCePW6uH10cK3evfh24ZRF"
    "T0vf742P3oVvV1i0bxNxn1hjyb1/vagtTdIHN3TPp3D4Mhe5KxXFHLqUdgwFsolCNsCbnW"
    "+K8L58orY5sUBHBV4pdpqFYfs2ysyx/ihWXGCyFmBTEriFlVF7Oq1C6AkBWErCBkdXxkIW"
    "RVMJ5QugTCgHUEFGrBpMJbUi0YiP5BxmKjwtUQXYXoKkRXJdFVceJFWmTVPw5jT1Q1OH2j"
    "PnXRv5ToY2kJbsHAKua3xeXg1Nm9nsoG1jumKzdnRSWQO3jo3V8iLjkmo6eru/7jIy9rbK"
    "8nS8NxeK3jh8FIXOJeK/73dff+und7Kwoi899umnWpfgzRkTKjI83yLUM+RDHO5WAhyDHu"
    "cdlKqoofQ9ms+0D7mOwcaXd9zzHMEUEY4zqPMTMZLMopLJONmn8zKQhuzqTfeMp++TO1FL"
    "GNSQGwEmA9DUJ12ibkAFyIdUL2Ux320xLcyf5CWgC+16GumrU6ZIU3tutkgTdYTMG5vA/c"
    "+L6T4mJO0c0A3z34JtVRZR9++DRYUtgx1besrxatyeXXJQxA2xXt8FHNEPHQgtEsNuzx5/"
    "YRvHMv1A5HSdQgJrKx+WkuakdoRoVAeZXZXHRN+B6mBmxMCuytJLCvumXwzVtzHWcK4Eok"
    "IQUpCS9UfTtW1TegogNhuvZ4BqqiOmk6JAbYZuT5+ipzEVxfv6+GwazE9w3NsYhRe90dXX"
    "dvekD5hYI/NQD1oEM0yvQqPHpFIU4kDoXgXmeXL8EvKwHkyXY5CoJyIWrcyZgYUCfF724Z"
    "ddI7AQT7w69QCOefTz2XIBn0MSbdh4fh4Dd+0fdU88Izv/auvYZ/46loN/ql//Ag+JYLY7"
    "VyW133+r+5rabYeAXG5ZfLuAyiHOqcrJgosLLqzMryPv48DMuIJIxynUfZX89zDHNMFMa5"
    "zuMMPPn0PbO9PHk4MLxtoy752BPHWgKfulRX/dyiSy0fPVUmCi57acVGT7dQncJJQZjCMn"
    "g9p0AOfBOSALAknOeZQKrwJuQA3CS4bOfLt/wmBWHx3R8vjWxaBQShvoAsAdk+nyHMF5qf"
    "gHMWnJMfdAaUw1tYATC3m9Mu2e8ha6BQhDNnDcj1C8B3H9EirlJlgDdkRQC+e1eIuMV13K"
    "wXn04BSS/q9JS0nJc4pvtpKmVlvABX5YhcFbWkC0hjSTdhGTaav3CqQRoRa01GQGHAHoPr"
    "X7ONG6j+9cZze0CYku8qKgXI7ndcOSFi7YEqfJij2zCQM/tSohMMWP6tZ/nXbN9qPMm/99"
    "k9h/VEYkEF9zq7rCdqzdgHiL22GQ+eHa9/+PaHi/H6/eziR3TKfwoms3PRlX0e9HV2idhA"
    "89Ne54gS7HN7EbfT0DNFXA6d6gQN77qsgTg4llrGs0F0E4nOzsQBseKIwchBtBU/f0wsvD"
    "L1qTib172D5tRiNyk3EtHo41OH9/rCOmd/M8AMOzjWtoNWujFDb4azEE9wzwJlLcW7fYVE"
    "vq14jvd+P40Jb7eyjClGM2POFkjMPj7ep+hpsnGP2F3QFT+I13vx6BuyP+dr9k3N4r8r7Z"
    "DdP92JwO96/lftBW+gosNRjV9/JismasTEIFFD/O5diRrgZSguqRhSXpIpL6yHR5G2YmPH"
    "MeVJMPFN7jiJLFMLzwxHvWpEVK5Nn0bFlSMIfmMbs6Ob6mOQEIVhyD0MvmnKprX6QEiEW+"
    "M2rXgcfD1WfRDikjACeUcATjIv+7jtrcGlBHNELBfWNfPHxLSbi/dZ1JuL9+n6Db8Hp3e0"
    "Oz8FspK+xFHPkpUUqj68xMuJavwrTRwitkktYaGTmZkj+yAhB+DKbULlkHhUqE2mYGG4ur"
    "EPJVTDIoBpOqa8qHAeYLdygK7MGFvqislzgUAxeLYg3hI2vIKYmWpKYlwQ0N1HjQniiwdS"
    "DQZ+Pw1bCrJyDcI7zH5GzHbZLAravtdXu+Hd7jMZWDKeKlUAwu2mHkVVTqWTdDwLqwCI74"
    "KOmmU0ZAU5zSrNkGO0NbYKwLndKUYJu1Q5wyhJ+4qocckRGBD8SNk/MuI/FDyioesEbpyy"
    "kTnVK9BfM6XZBmrZwfDmVjOaAWtCgc1CazyIqugCKuEpBkjvISmWcpgRZ0oRbPKu8WcHW0"
    "Q3OSDAezsm783V0dRIb2EZYLzF4mBJxlto3uchaoXEy4rxFoD2ycNgdIlW1B6Tu/59/2E4"
    "+HnYvbtES4MYK4s+W/pyTB5+Gdz3WCv2I/CYPHYHV90Be7pOJzodk19vLtHfM9bqhv3Has"
    "b+62bw9K/+/SWa0fXGIGPy8anbH/0yeLpEL2vdsBd0PSa/9xju7LV+GTxcojfM0HI0ztcd"
    "k9v+b+xhpvHqYnp0vld40VP42mJi7Ys9//BdBqR/+C4VaX6rWczIxPd2ssJkxhFT/eh69z"
    "f9+5/Z5+LKs4+n2+dfj25weuTt7eC6K5iPuikqqXA65EP/+qMrY0xfhEyyIvhNj388Q36N"
    "KQjsC7JETfDB3cNtT/Q3pcsV12BSKoVz0uXj0/DeJV26JPx6fIT2epKT8heXBJJTPpLTzL"
    "DFgX3qIxCXhBHINwLiM2evleMbiEnCCOSkvOZbgmD9KQB7vjeqQx+WAuSBYNzMEVjpG+GH"
    "WmKGn5IVkpRsHeG4eGWTa9jrlWSqU2pinaQgHQjFEJ4wqbIgDq5Ue9DC1WBwy3sOCI5X/d"
    "gcvn+6u+ox2AXqrJHhpC4uonCOpYkLCjM7Idi6iV28gR1gJlw5udAOJFsHd0mJCx5u+mxm"
    "YVvi3HjEn3dXTY/ItgD1Xezp3h+PkXXFx/b0rvuHgD0gT98O7n/2m4fG4vp2cAUHj1U4wU"
    "WQLE/WQESwmqSBSqMTzcwZyJIpImyqHAO+FYNTqeqTEpIcXzhj7ksY5SAUkCfPLyYLI13r"
    "kfbDO3lGOiYLI13nkYYczrbpY5Jh35XDmTd5ExIL0xJg8p1pVMSBRi0HNk+6MeQY7wHV5n"
    "u1IqgRGQB1b5YWpGH4M2gPgzo990LOTT/OKVsNBVf9hK3tdl8AwO1ObUloRlkOfxLLKEC7"
    "r/Z2eLc54EyiSDnmWJhW4VyicAXohlk0aYhLWXsHwiQSUG68vtqKFX7FxQDVe8XtRYnnBR"
    "cBUsuSqGO2jW3rB69NAqY7t6u2IuXxk4pA6sHtqq1IuVy6A4Eaik7aDZHmVX0sBKoDkoeb"
    "gRhP8jgYqQPTrJuAFA9tFrBSjbxu2gRTMo1/R0q05OgGOk/H1E9JL1STb4jpFN0oLcz2Sm"
    "1qUlvCZlKH60H0d+131xLE8iTcB2ZNWuJ92O7Zd0pQxN7af0rQgJ+5o7+y37o9hYZ18xU/"
    "G2eKWbsO0m1xzg1vwh5uGniGDCdxoo/f5K+p8/k8eIm/zi5PYoBW8Mgx0Zk8XVL+K1lviN"
    "1ZsWdRC60oH8KOe9QPP3eITTBsukcILbk8MgiaY3KOfrcMx8FMiJ/rozsoKMaQdjzPIeUI"
    "duUwtKwiQSWZC+l1C14MopS/4LevjoxZ5hCUfTIJW5VUwPXbt47pWjxzXqxTKtgGAm2cuW"
    "VUnXfXf/Ucs6hcm0qiVp1kJvZmhcDxVqA1eX2FBeJdlUeRjxOWgUA8FKM+ArkBStBmC2Pu"
    "L0GrUvaw4BJybvwpzZwNolN7T7wN4mH7DdmRKL6DFobtUGtziZistUHilC+DtxEmHqHiCY"
    "j1JCzDtwVFM0MYl/z224IZfgl7tdCewW6stTKSbjfOLbrUdtWHkg9CTKx1hk7xNqRDc8Ac"
    "EQKQ94IMKallpqTC+WXp6DczCyJLVioYB8UbXGtbFdKQBFiwYG1VZm3FZ20BoLabhxv6UA"
    "uo21+wASu4gWn2q08c3Ge+BkTFYguiH2IvfinGYmllz/nRKaqFosIybQzG/PAuk3nybod9"
    "8i6uQn9yJEkiqbPXaw0qlEyFIoajcaoEVg9tJWXbBDHULz52tKviETANwrfSXCV0k7LwKe"
    "QeCLZea16pHrVVPizVmq+gsKWeAxSumq+Aa1gMgE0G059t9SUjLNUaTCteKcCpVkKNBtVj"
    "yuGIcvCpHdunBme7Zkht33eua5a8dgvb2HoVyRsHp2UFPbXHjSnJXtO4bVBICtutQZoY1F"
    "PKXysCLT+JrW14le7X9pO501zboWTvfd7tcIp5tjwjTwLROdJJkPSjzx1sfW3rJraRs+Dh"
    "YTTBzhvGROTn8CP5VtgSLCqeK8RJWDiRCiQ6EX2cJQlcFT57TP7ivWi68xcybEH7cjOcuP"
    "Me2cYMo7lh2Q4SzzKcS9anPp+jOWVP8Z/HXsx73Y77WO81vEZCgBKckU/251Yh0dfsY7I0"
    "P6XFe1P3IFWgnNWOchYbrmS4Yf+RhLEu6hx9OOEncT70hpf+fB+T0WP3wwfvE4l/1VkiE1"
    "mSRNJTRBIJIhM6kwQl0uM+fvs6o54z5vP9uywxH9YqFV1xr8m0KajlXwhryt+EFEc8JAYV"
    "oetTGjg5vlBlFfKQGoGptdTVEN0KwBQF5iZ4mevhQ+kc5GWG0soZYU0vrSwvTguU2EIosb"
    "ENqwBEVWunNRTa7WZdP7KxXzcyzSkbqiu5zykbrmYJrONG7fWdHZ5A9WOXj3HccoWM46Lz"
    "IaH2y5F5Pvizgy2im5qFJcUY0+d5XC7XbI/vacddS0ouJPXMcHjTlRzZIZHWJQAXv5bQta"
    "Oxx82wRqgKynG51kFd/FxuVsSg2mW8vSED8H6Cd6kmZuUhVZiOVVm/IRZ8qWSocPFpidkd"
    "q02dbnWHi2JnZEJ1CWI7/YR+RhZ9u0RCVNB8fsdMN3AQs/aR261LUxKUJRQcg4vWhJ9jjp"
    "YGMb5eWfTZ0pdew1PRl/jvsw6yhRIRIUJV9+gxCROXWA+EOoj3K+phbdCSLSTbEsuGS5Ly"
    "HsRLOovqWn4tLRsTB002oo33qaC/6aSMelrgqTjQU9E85bfBptyuOln7uWFHKZi1wmTGIV"
    "ND/OShd3/Tv//5EnnyY3LDdMtLNKMEj8mHbv+2d8OfZ5huCtuRmWI6W9aWK6VatmGR1iSL"
    "FRZNJvizo3kQ5bD2JOKVsIaqXNkbYuBlIg2Zuu1o2LKoxAbZVfE8LNU690kpperYoPFXVk"
    "B5K9E6hL+9yADwtxep+PJb4KACB9V6Ncs56lFJGPW6jLpk10okuNXCLdl44zLhlFQhZux1"
    "YPrHk5XtvjzqMJTkvDzI4eZ5JyW+tq3fMt3NFnKQ7new3TGbcIOeKfcj8ZcXeXPsGnKY7e"
    "g5tYjvt4rl8nkPOjtH17q96LgZfzP0qptrLNIAF+wfX1t4ytsnLM0KHz0mPtUH2evpFLOW"
    "uiPOKvsJ6ci7x3Ma6fp5Efbv/W/UNQ3hibM9ZxoT9ZxrK4u+GvzdeNVydoU3oW9jcsqTIe"
    "mb7z28RH/FDKq/0Iy9JGtrI93CaQ67syCRklnpz+wxrJklXoSvxNitku96DoM3YZN4blhL"
    "G5x9NXT2ecfdqnn6IkLFmBA14msUb0IANenI1KRmkO8aS5dhBoFNJXN71wriS7QO3lJ8PO"
    "IMEn32ynXdHGXMpOKtcVFXvJhY/EwjpsOsdEsWHvh1NLhPm/QxwbhzwJg66H+QaZR3AvrJ"
    "P9jOLWKyaLI2TMcg9jl/3n+X9W3sQJsDFfEL+F/A6V33j/jHcX07uIob/LyDq4bF0xJqzY"
    "mn++OZ4hBIAmqjp+vrXu+Gx9GCXosIrRW/YwCDFRisbWGwunDlrEksEYZ9Od++7DscNM88"
    "lfkL0ie+XBqm/97pb68nS84ByxMrictCHZD6BEeSMTGgxAAlBigxQImpv7vECznkY23EZG"
    "FPqvM3Beyc9O+smTwNYOd8iaOehZ3jf7GTjRpFJyEHtamgHl0VmHocDjVUo0IwVaHMH+QN"
    "H0E7LrgqHVT6KrLSl2SRLWrGhip1tRPc6P6SAeCt+lQAxu2u/pfQNGtVqc6l6fqrRyqPN7"
    "S87KPzapbbNiOt9zGUUK7bL7bg1nKu6FKQbgXdVuSrixx1l2PrcNbrQrcRTz9ns8viLFNx"
    "hCRn6MYZuCex4azgkWMSw+LsEjHcLPq6JfSiN8NZ+CnyCzaBvrLZJTKjbx3EkMU+09Y9nc"
    "QdQAv4sjXky9adXyLx43rzUp1gMuz984nZ7Jw7EvQxJt2Hh+HgN37Rn+VjMuz92rv2Gv6N"
    "p/6zjs6CAGJi2Z524a/xJ0IS6CtKTayTlOBgXDYG+YQJl4V5cKVa//rVYHAb8bZd9WO8hv"
    "unu6sem+ZiEFgjw9UdJGeR46lhszfT2C6FVaZ4QhBmeqaYEkQaWuZzzhJp4B/LLNeoRyUh"
    "ilifwEJ6FJHZbXkOu0kTB29jctviKZBmjiBOQg7AhSAOuMdr6wpTc48nVtACEG77+S1pu0"
    "4Gl+52MQWX7h6UE/tOzVy6wZnjUn9u+ETyXc7c6BnocOxIo3arzg5/5SdH8omnouq1Bj1A"
    "mvZpO3T6oujjCklV6N3yZ3BjnVtTZuCpJ1OFpVqTbVBxFpWntzl4mcuO2MrBIlID6lIb8d"
    "xhnB2HZVM3kA+k2UgNtO3nXZTt2/f6aim4ifUwgvGwN3oc9q8fj2s37KSCxL6BvdaDGhWk"
    "S9DwrnuJnBg/gxdN0+dzP7bcQc+Uzmw0pUvskjVOPY0KUQu9WQxfROfzs47H53im2Bbtkk"
    "yQSp4I5k+9zB++xCnWNgskoLBZLCiaLGwGbJhsbBh+7brX/829NsWG1+7D0/2Ne82t4hhf"
    "tIA1004ugccYVDZwo3Jg4uYzcYHJkT4g7WVyQM5o20ZdQu3YlTMKzA5gdjQWXGB2ALOjXp"
    "4tYHYAs6PRKB/O7AgXGLdt/RkfeP6vWDnu3K7ag7vE8oVzktMRClg4h+AT5v20ZBtSO0x6"
    "iyf+PGVf+rMkRcaH1D9RaD+wvVBfLZl6ioGj0cJYifx4ScwouNfZFS6yvVbANGtXqMUfV8"
    "V4S0wMgi57gy5T3bIMmR6dDnJIpHUO+uIB5ivSC3sBxZkcE2sd0CWUjuY1FfIVjo5Igku2"
    "Li7ZLI54KONXop/QpFOhw6pBG5MCbyF4YMEDWx8jrXOQB9b/uAsA9jbUVUuxjS2FKaxNqI"
    "92pPpohfrJfIfFF+0py+kASss5jGO63xEEeYct9AZB3mFReueUPuc48TMsBTzBfDxBNis1"
    "N7lBVtps12SOiLUG/sKm9ER3pgs1UyosAssE5G1WjG6gqyhhG5MCZPe7AOxQDPFAUyocjm"
    "wYyFntqdgEgzTOslwte9M4E9tbAfhe+f20FNvwnl6r7Ngr3eQj0yOOtTmR2LiR+51dNq5H"
    "35u4Ahr7VC0jo617MiCiWDh5xm6Fcrevr2y3Svjs61fdXPMUVdE1OmXK/lky6zVvJxJ7+s"
    "+TLYHzxXD5Vxaen/z7EEN7lw3TMlu7Eusl3SJnc5PfUTUkI2Jt0mAqNib9LyZPoqwvWx2l"
    "QB3+k8fBw9MD+7Doar0ak4fuvy7RSt/4Wa5+juuYdG9+fRo9XiJ99vfadsbkrjf8uaf17y"
    "/Z2mQ9Y80g/rXB06N/ka6d+NKWhbIAubGlMkK+uXifBd+L9+kA83vHj7PW68zj4iuXzdUm"
    "7Dz3bK1ZXKpsAtOSKUc0ZVmXg7uVaN9qUPhiezwyS93mceEOWNce0ecOWziVdUKpOOiGuX"
    "VDYMSVGT+Dag9fIMk0T7L/4Rn+tRvgcp311Sf01g3grK7O9DTeY/s6r3ULD/GS42fdYNN4"
    "xXKfp7RdZ5fvc8okNMsT4b+Yy6h5P1kPyO9BnNxIhTvTMGfsv8QffPXtIBsTB+k20tHv+J"
    "qf3mivJ7y3CUZeZi4/iXHJlhhxHGOKm7TMp+3xp4qneNPD9/bMWHuGBbhXa6SzpbtXwyOY"
    "VX0LicB2o+QzlQPaBD9pbYxrb3mR6sQpoYBAYpcuXAzUVS4gO5Dlqmw8OxAvVyb7bdJvfU"
    "d2YFSshVO0hPzAmpcXTUzSkxUmM46YGuAnD737m/79z5fIkx+TkX/FDl15FH86Y/Kh27/l"
    "dUPnumHySqKjj/2HB37BfhF5kfWIlegOn/SOZABTt8SwCPAm4/vh0n5WW3QCAXDm719tTN"
    "12NGxZVCm1PirVOqd+KeVv+SKWJ+l7KwbHqdan5mbS+QYu1/Svq70uVyiw27ZRl3zsiXJl"
    "4GgvStMDR3upjvaAD38kPzt39p3IHOviRicDi1j4Cy032g6pso36tjs7PMfi3wlY0y0Ov3"
    "0LXUjF1/JicEhriqTDu5VonTGXha2ZztVMMDUnhuUsZrok0TvdhxyW+ZK9yGAipc/ZZirL"
    "wEoBZbkmADdfWabrlfjJSW3ZvbNTXZ6KNlkPokRuc7Rgb4YmG8HzcIE5R3/Z+NNf7OX4X3"
    "Y4e857BM+p4+394B46dafAWQe9LYzpAi31F2zzIyfjEZmqnjsmK2x97coj01gaDmJ44K9t"
    "fb6DmOL3KxbQ4CtgL3UYGwVMhQNNhSmb7Cq6rN++dVWVL95liUq8Sw9KvEvGJD4pTFivdX"
    "Xb8Te1nrFNDtmvydrG/ghnjtg/3T+NeMDdlR4T7y/x370/HvpD/if+vDKsukTjX3XTYFu4"
    "RSWlH3ZbHFHJFlocDbEwMsXe3Dln5zAso5LVDHNNDPTGjTIkyRa9cfGlO0/o0i7SFQOchN"
    "K+GJuuramS8ryVqNARPDV1Y1mNN7h4FQOcmunQg1MTnJoq+9FOmnkqrrtZ5l8usjvcxWFf"
    "14EOY9c5+RjqsGFQZ3Ucx6ZZhpp44JRvQapodHqneufDH8A+L73mTyUoAN9E+wlYLUdJVQ"
    "i/lgLGMbHW8VtKSVZofeG+7t3giaeW6Uu65sllN/3RtXtlZthTfq0eDmz3/dSrFUXlWpNV"
    "VnGNIn8uaJOVwm4Zk6owXvaO/V+tt86Q8sS+mwAo5ektk4ZJnm+SOwsL2wvKpJWHISEKY5"
    "BvDNxo40zfqOQNR4WgDFoarLUI/9YM6Ya4YjNFOdyxciTnVmcZY0d2cDWMcK1G2KGObmqf"
    "1uxfKn7hqFRr9qbClkfDttd4pgXmTlZvUEwMgI0Du8KW5rk0Bf1UAVyZKDDuEvVNecRY/N"
    "CkvkqpiXWSEnINy8VgnTDBsnD1nZzVrvNXg8FtZIm/6sc00funu6ve8PQbsbazRoaToqAa"
    "tqZPHeNVFfCIHACeHXAojwzlkYGz0dZaHXX7vpo56BLbIVGqY8oG4ZlaqqtoVArW0L2MEh"
    "+xJMjqjJJQV83COCvdITa9lAkP4eSoIO0vppV5gh8+DrGpp0Q/E/mFDdus0vD+T5mMEI+M"
    "I2GCbGk6+8qaAPGjXcQPv1iNYqpiTKx1GYvFx8OJMX1RZtmEZFpH/yieZ6O/slluaWvLVA"
    "E5KtU6mEth2awYRkozORBoX2nb8gDWFrotOZl6D8qBVCFQ12hNLn7BoCtM1Eo0byUA3X3o"
    "sl9JFeENiQC++/A18StW2ukCgQo3OUKtpW5Ws9UVr7StqHhSdrNjKwCxxbRjLHMfYAlUrc"
    "PocoJVYK9wHt6iRBjGId84NCS3ualrtuuQzBMsiUq2L1jS3OBIMiQmDvIw6bNBcgx0QhjG"
    "us5jDUHv9MW0mfFPCHp/gYOeJei9xNYzGzn2S6lqiYq4IIS+M9TeDUBLQl1ern/NQM6e6h"
    "+fYpHwN3sNdP90e5st/C3qex0Y/R5YszbhLXUWMHvTP4U6P1BXbmc91lcWbkbdNvlMgIWP"
    "GzmAUOEfb9JKiIBysg8i3TR0+9DPzd0IuryrtuLk6M+FgPSoP7cVItcVXswC/iD6avX6ba"
    "8nQecHojVyu5rga9YVbmQVsSPy49x1K5UkFyxrew8AC62lGQ42IJTz4dCU/QrkHiXAjw3w"
    "DxO4RDpB1Jz5Ldgt1hzZ7A2RvaCrFbvh6qeI66fIcNApb2DiZ326QcZyRa1EYZBKHjomoo"
    "kturCZnM6fzp4hyApn5+gDXRNxpAIXFal54uwE/xAESl/WK2QaL1g08C5z4lnagQjAJzzm"
    "mQf8KyQSc3LHsQdbkdbxCIs/Iq0h0aPQitPAGBJ4nNOhb6bzEUrj1sbnCKVFs/oba3rel4"
    "v8g7655vT/VE3Zb5BFV17pG5FMkPkYMKY7fs1XUGQ7bOLMvn7VzTVGrJslM3iEehhSF7k6"
    "aRDj65VFny19yZXXNxudcjQwmZ17mS3nTJoLMp2Ur29MnbWTGnNFDx6T0S/dry++/wEZNn"
    "rBK+fSU49Z9+w2Nuf8ho4mWLe4OszehD3e0E00pxZX4A2ydkrRkHeRhFqmJFfCC9p9fJgy"
    "BTwi1Dp1ungSbbMO4AEKSVKzy0QhgfNi2j2+9TxhqXF6O9jA2aAGGxhs4H3fEtjA7beBef"
    "g21f71Yrt7bV8/llxsVYU/Q7OMPQGOgj5qWMRx50JWK85rXtmxug2Oh4CaAmoKqCmgpoCa"
    "IlNTHjjJ4lqcUirRU0J3sygqbnkJUYk2s5/+d8x2OYcftW6hV2wZ7L1nPvnDp5ws2E/hBB"
    "Cfd4LeDGfh+deR61+nFnL5ZOwXUsdjnUi882U+bkz4krTUHWOqm+YGnerIwtMNW/wC8swb"
    "XbO+FzqZCXc9ZX9sAwHsFTbIoehtQfErfw/dFq08WbbUnZ2jvjMmb7rh2MKRz28vBAOHdU"
    "DfiP/79KkgyvDe2NycG9ayw9+Zi7BvcT7nN8TPZ7+StXZ/XFo04E+vuLC7BLqPA3XxqOri"
    "0cq/1G0BLtv9z74WZy2hW2Y7MGwrXZmmfrLCZMYRUwP85KF3f9O///kSefJjcj24/9Af3v"
    "VuLv01hC9xv/WG/Q99ftFfPsdk2PvwNOKXLDznHvH4ugscnbp9Ne1V/Gd4asxyZveHJSGc"
    "U+dwjq+QKNY+jkqBiSc7GND7ClSr8yfkIGSWBNfVndWAjcjAlJWgatKpSHhRwzUmBdN1fy"
    "H0kBUIDp/dDp/YViN3+SSXBoB2P7SRBXE/sNuNqQBwn+w2JdTHkU3s4Sn1C2SLbwHg3oa6"
    "aifAsT1HuTxEqZ7gUAqtzBUczbDd7wtOZPfu9wYPCEbThU6ecTjL8Cvb87WeowdqG/zILe"
    "R163pm//KZlpT8hXQLI5M63HOqO8i9gz70PwzOE97g8h+3J+zunydv4flh/lTgXPN7VXCu"
    "2XRXOqkzaA+au0Rz9z+APL5VX7bObuyTXnd4f4mwbpExGXEX6yXiJVKFz/S33nDU4z7TV2"
    "zZmF95fOKtLeysefveHw/9IWvgLipj0r359Wn0eIn02d9r2xmTu97w557WZxIi/KQZxL82"
    "eHr0L9I1a/lhMPzQ67Nrc2rNsZHI8z6Of9bCui3TG9LjF1uJ9pU5vXifBd+L9+kA83ux8v"
    "W1JD03Lw4XnrNztQk7zz1ba6biVpVnI1sRuN9+d46NdFWI+Oybh/gOhLkPPqV4uj53ZG6E"
    "vbXTAzlQVODMWkgkqQvU7Q3UAkOzqG8JGJqlMjSzHFtapmMuUa1N4p2TVXTb66KzfSGBDv"
    "bOpclC2gw8ZTqx37DF2YQ6Crr7eoltm/0W5ODlymRT5dyjJXKOYlAdIVzODummSd/4TeTL"
    "rtzZFqNvVvPgMdGnU1FT4S9eOMFw7L/cwmM2cm/YgvW5wYJI6nFFOYB+J1mcf/478ikHZM"
    "qj5t6ERiKB7o4cnKhYnf1QtbHy6k6nLMTp172+7j1wR51YK7hj79fe9SN37P2Np+zvq+79"
    "JZroZEw+9G8fe0P2WMN0kuvd0WiTM0PpTLOQRGuOfCrMuHEnAbNRxAaigGpSEMAFyxEsx1"
    "od/AKjXuHJL+AvAH9BA/wFR87o7LqpfycSL4F/q7PLOeClDpZQcQKM3GPW3fYqbWa1bv32"
    "rSsRWLzFJP6tAK3fvs5GbG08BgIdKbj7/QW+bJ2BPumO2J1LpNs2dsbktt+96t/2H/91iU"
    "xDnxim4WzGpPfPJ3EJf1qLvzl56P7JIw+RNRZkod79yGULYWLj4/kSEtpF+jYYYhEb5NAj"
    "YH6la4vo5i3rqT6je7DaUep5Jn3CZo9Drc1vurnWvVdOaA2SVjsVCMNvr736AhkDC3f0lW"
    "H0tf7KRu6ZFzO2He6OR6OPT0ifWtR26yFMFwygS7cSAz9rHP1v9MnZ8HrH/C4bUUeIJgm/"
    "JfQPak691Bw2UAqoeq3BsRZ3rAVzX7Im7+CaR8Rag2ollPNQjORlrebl2AoUA3njFwgFFS"
    "S5vUYGIjkKA4IfKftHRj/IyO2jUUOQ1QWynXdZ+BIHaSqecpeanRS5v1M7+dttqZSYpOTl"
    "+NM7T0nzrQ/vz0PD/JDjU+yCm65D8KmxUTyjLCzTOpdJ8UU5fUZ2Vp633/5AhncG7eIIC2"
    "1GhvcSL5WmpN++dbkyF99/n2E+slapE1Lckx2bFyzaWUGOidXZ01Sbj3+7IaoDDVyrFJiT"
    "nlMgR6RD38wweRZyBGSqVFgQJ8CsgIh5u0uLJKaXcu0LCBYcN1gQhizdAvcR3W+AB6OYJe"
    "FghieGg8TJhS7b9BzdsK2H2KwFchcxG7HZhCzMjxW20XTtoKVuPRuEs/NHH586aMoG+Jla"
    "m45b7RjxIsy8/AfBZjJUUM0j4ejFhroIxORQ949HxMA/ns8/7n6N6uBH5QD9fOiD5+ZE2X"
    "PjLfkq5m5IpH3VI4qnYK10yyEy4uqOYvhbkfYhXLw3AbyPZXofPdKtmskeFQJ6u0xX8BRw"
    "RV9IVAo8IUlg3XiXqhESlmrTfK1YB4OC1yXN6qqpNy2Ec4e7FPvsjAM9pXGyR8PWjKwu0/"
    "BimUKwkagQBeAbShNqKbRRzSkDuFIqmDKw2chgNVsUCmODyfSyAkC9DnXVTmRj6mgGeKEo"
    "e0FF2Y9d++lOJ+sdtMfw7c6uoMvcIKLK41IIqFVl7xKv5DADW1RC36AXvHHLHnn9olP+cz"
    "GZnXsXzqMPOrtEM4tXmBRCvNoSP4Czg3jsm11zKM+sSMZgKnrwmJh49owtdt/coLcFZs8l"
    "lAdkgseI80IZvBZ9xTYyHHS61F+w9fV0gdnjrTPIBalhLkh9XdXHWAdbwzKszIlaiqcvhb"
    "zw62hwn2K2+wLxaWlMHfQ/yDTsBmvqMmA5FLzngGzl43l61/0jDvX17eBKgBNiUfEOruJp"
    "xNRhu4JyzDAiBh6r/DlNNa/7VuIxug+D0SM/G9dVOfxqcO5pubweHK7JcblwcGqOtapO7F"
    "Afk530UHfOaXnO3ogJQmAvy3YPJOx09IGEnTbmQMI+SQ/SwAnF7Yvr1hPVCpRkyC6oMrsA"
    "zoWt7FzYIwV7G4pwhljvcQIQD9gyaNRXHb3T2RV2mJrUZvNmJZpmTvZwpdCSEmfBXoh6vv"
    "+lvkETjEQFX2QQm01JZEiqPOXpAFz39XLdi6FTckP7Aq0rvrALSN8o/THVJP0xYZC6n2QO"
    "ezQsCOZoo8xRd+iUrdGYWIs0+9Iygn3IQKfcp7LHJpdyPnCZWs8IO46JZwN+GK5M94nc36"
    "kB2W5LTZyrm51wIZqjtwXDCPFDhubUWiILT7HxynsWx03xjpf80ClrTZjKg3ULzy6ROw86"
    "yKZc8XH7MWyv+Qw5b8ZUyrQo94ljcuq8UX7ODbYRA5MzOngxTZvh6op0EG/AOrZ9cobuIM"
    "o+kIO5Fcc4BblmCkXJ2pq+FGxK5ehqVA7Cq7nDq3Oco1hnSAigzw09BHi+RI2a7VNqO8pW"
    "oE3fWllqNEOrAAV6FCgsw3UW/nLdQM6qSm/nVq1ch1v402rGxFpkUKR5W7XKMbwxonOhbX"
    "L1U1R08dXd4KKJ50zbXDsd9GY4C6YGM+XzTbfRnCkoM5mLsahuoQJMrff5dJ3XYvuFrERs"
    "+g4QCLSm9EhxUefPDhZFodRqQsbEWsdIKr6KwzFs4Zo5qIqeu76zRMtrBad00JpVAmzhLw"
    "J339OpjH1MEPDPhz9dW7mXoKQsjELxiQ4p078Rh9rn5VRn0WAu0jWYi4QGQ6gsqW/HYYtU"
    "mtTXfOWwFLo6+LXAr1V3v9aRz1eOor/Tq+UNTyanFo98ZvNpDUgoQhsKygqPk4UZrFODB1"
    "71Z4atzf1PluuXspOOrAP7AtpcvQKxRyg0mie5sjL1o/gsSf5hqJ73HJYBNSSLGsKDntrc"
    "okt5TDUlvycsdGANh5r5rNRKOAggHIlveg92jsw7/UUhJyJLmkj6V9idYlKtMZ0Lc5EudW"
    "e6wCobfkgC4EwkQBrzObYwsxEkjob09MeoFMAKDsx6uc7mmK2ieTz3NiB/GPL480oUIlFH"
    "Py4JI5BvBFzKcw4SYUQQSq/UufQKMEXTP7r2MkWhFAhUq2gNIW5HaAPy/UP7VdG13aEUSF"
    "MPGk1SnBu2NafhXupZo931zHBu6fOJJLwW3OvsiqzpvJVm0udsQbV0OICgXeP9qLMjFsZL"
    "dqtGasIyrYvUFM8mZl+U9JCBdIC3Eu0LNhaPL9s1DGfjYqQAckysfUh/e5EB6W8vUpHmt6"
    "RIK6YfhIVgudg7nSd4znTVJMLptc+3EgcVP6+nKivDtZTa5/z8C8nRqOmwBwKAen7UXw1d"
    "ZTHxmle4jOgro5qVpHgWjrFSgdZt3boF+rssxJvv0nk33zW8WHWl+kd7HdTc5lFzTYckWu"
    "Q+LYvzvbZlmy947SJeu9CUqlUhsP4ML1fUwWS6GeIptaSVUJONOrtcU8a2uWaJ9iX4qP48"
    "safUtf9e8Obk3+CzaoLPKhizzMljvkALc8eKN0D5l6AArte8hdB+c/E+i0p+8T5dJ+f3Yr"
    "ljmP1S29EWuq1Uujcu10K8i5/KaXmm6STFtDTTLzdRLzp57RV7gpJ3KiwDh/Md4Cpplt0J"
    "zKj8hmfCTjqOWv9g0SX1hiJ5sEFwc6cav/Kb1SzC/KWo6uUlUbKxVtFf/PatO3mg+DCbaj"
    "y++lh8g1XCF/a75ODuP2HVl60z0Ccfnm5vtWHv5un6sT+4Z52yLjQLz9aCVDAmD73hde/+"
    "URt8+MDPX7WmPK+ezudjcvX0L+1e+5n1e3eJJuuNRjS22GrLMbnr3V31htrDsH/du0RLvJ"
    "xgS1tZkiLpWQb14l2WXNh36amw77Lq+fU9OHdm6XNHMQJycjPsfni8REKWD6Q4RFfrPjwM"
    "B791b4PTdDW2HVv0VTfHxL3Hj9F1r8mP1h0T1hW/wORxroN2ix9SZ8F0qAU1c6TbJEQh3y"
    "Zfvk3TKta3C30Lr7DM1rui1MQ6SbO2faEY7BMmVRbuwZVqreyrweA2YsVd9WOg3j/xfev0"
    "G7HusEaGk4J1aB/UJpKweXpZyoRga6Z7YV4jrkp8ciRO5VRUQxIAZyID2MJYEc+wCACaKL"
    "zg6rOU+4/UVtuYJCy5CkuuV1JJorWn+5LDMtX7kk/+MV8TYUUx68gwHYPY5/x5/62ox9fW"
    "w2zSqUjU0YyZ0rDE5WBoCh8aZqNajp3D9x8RbB/lrCGefh+knRwzZn3nGeGQGIxvnccXiv"
    "KWWQ3PXk+WhpMvQBqXhRIhdf6OfFdmjoGOicI413mcXfe0ZmHdVsufTAjCCpplBQWCSTr6"
    "7SKYRDIbVrOcox6VhFGvy6hLFlfv7SV7qGrFpaQgZLdInFvslz/TlKpL6dWsolIAbPpBwl"
    "AorIzaroEZpAqvRBIA3pv05n/vSaCVE9+uQ101C+PMJauiiyPUAysU3Iz1wNJWCwB4D8CS"
    "BTIDxCFlCxDeg3BSMT2gph3rzDTcoNaBpe0Cnnx322UDTaG0UYgWnHDwsii4+qyvNuFUSa"
    "JGeI7tytmIzcUM6Rta/IvYfwLX7/wcd8qPzvI7QbbOPlB2TVwWJ2RdIh3NDHvKCYPecfFE"
    "nAxv4SlmfSUP4yquWyhaWGsmZHruCSRIlFmusGGk35bMdnDDt9chm8UNL7YtNadLWKRN31"
    "th/qyt9qKEa1wMsN3vyhJzsQAbdeD30zB4s1qp4W9Wfl6vdAIXgGwkYbul6Ma/3BQn4ZHT"
    "6YVpu8s8823fLHZZYHPvN8gemf0z+vhkM9toaztN6Su2bHRKmO10iTD7Y8MbdZgdJQwm3+"
    "161kFvhrMQ11zaOxIJoOiNmU4YGQ4ybG5/JQ226h4rrfAV+Ybsl/VhVb6+FAuvtLoBYvTU"
    "rYuIWItCS1WfoAYaUXnR05e1YtA0EAA892uYoAsVqAtJtU2+OR6O7cjtpaWobr/ZWumW12"
    "JRuWMKo/sjE7pltMFO3dJYrqjleOuUtnRFMqqYXc8X70khOmdan4mf9ekGzQ0Tf2Ujt1+0"
    "wPqMa4AORdeWPjMxcn9qB1l4bbMu5p4mSPBnR8gmNcvSnyZVKP0qMAJhUCaPqUxCIAAqJe"
    "WvlPQwHPAqSaNLbpfy+kj2mIweB9cfL5Ht0OmLX/do5Jc84vefHh5u++KaveYhUXF18NC7"
    "1wbDG3GdrjDRhJ/Hjq9YWQay+HMg3GFRS7TeitQjmZc/tjXJvBDhSf8W2hvhgUSLto16Wq"
    "JFwoo9jlHQF4r8r3RyIjEItjezGAN/0wkUcG2X7gzqXUvUO26tqhpCYRlIjs2SHIvJlM48"
    "30lWlMMyrUO5+Ilc9yquEqinCzx9wTNFxE+uf+ldf+QFVz35MRk+3d/373++RNaaEDYIY3"
    "LD9JFLNKMEj8mHbv+WN5/r7LvlrQe37G/tqssXM4uaJqe9M52hHgvScutlzGpvhkTA3izc"
    "3nSoo5uaRd9UjkKJCkHVwHi4j76oIhqSADiT1W7dWtSqoCbkANo4tK4Npw5tQg6gTZS21Z"
    "3pQrON/0+ifadXt40IVQfqxbumwIoti0rYpDs0bV+gdWo2VPoBV2SkXX4H9Nwghr3INewx"
    "UaibVh+Pc3KcQwZhjqFOSsNo13m0oSJOhQVboKJI0RVFslRjCJ3/HWOMK1QWcANe26PHG6"
    "aXZCrAIDfwcqDE1poWQVR+kHXHsfexabc31Kpy2P3JgGDkLDj3USfI7QB5Xx7PpOHnJbC3"
    "7iCDuJe5j1PErn4SbmMOAVqTGcU2Zz8uEcFv2OYESMuWlF4o/WlQkaHWeSTpwWS28DAFRc"
    "VtFwhA7oPMAUIcw9m4oCRA3RVwjIjVOTyf0x1S/GmrHmaq60dErE1zuOKMNPyZvYJKqDAQ"
    "gEBh4YHCv+lEzYjcCrTpEyjLfPzbZdsdaDdGmHsNAzir9bidV/K0tWMSKofCEZOm6LuW03"
    "4t37PUiiVU/ulPMU+9Oig7CbRn0J6bs+xGqRmS2bzrHEdXoMLjG4/j2y7w9MY8h7LAaSwq"
    "MVq+WqjoxX57UIsLV4t9IoziqhIWg6NhFRYXMEPADAEzJNUM6a6dxQjbdkqV5/Dtzi5TRG"
    "cNNdttqRBvMOmzQdCpjhz6gglruTTMzdklMhwb6dMp68+9Y6Opblkbcd2YodPxiW3Mxidn"
    "HXHFwnO24i68TnjpBW8OsSfJIw8VPHdMxqSnTxdBqyV9xTb6a9vkL15IerIRlaZFYTIdPa"
    "/ZiOIZenrgfACkkxn7n/3Gy03oPMQRfeRPPHZCzRm2xiT6Liv235jwWIr+rPNfKkpT8N+H"
    "3nSb5ywxhYPHWSy8MvUNnp2x/3ploiKagt4W7D7yhvMc3dJnunbE24jqamPCMBLlsN0wDZ"
    "PRHbRc2w7CrI0/Ddh/OOgvt1/O9vnrpxi2osaGd9+X4u+2Qm/UehGxIWdMKFs60Cmf7qzz"
    "cxtP15bhbM7Z3BJxIjx9sUXtNncE2JrAxku8kEn1me1VgDNNbJ2doy5i5g4v8+Z+gLzQ91"
    "RUflvo9pjgzyvDYhdPCfVwXBoCRF7RgzWa6vz1DNNEE4xedZPNCNY7OSsj3pSu/Eo3p5yK"
    "73EN5lK88XmyFOVANyEzMSfY7zNg/T4V6veJLB025akStluJFqJbQhrUXGK/7TQYPAmwFR"
    "Rshe3WrGAvRIUgrSEOqj6bMWUkJRVTDmlIpHX+neJrKwEBPx369hLwPX0/17jHZYGUXWdS"
    "tmuV2DnGOSpZzfddpQHRplHemsnqX3NYEr7lJoxynpBXXLJ1qlHxfDy3Fo+a/z8iU1IeS/"
    "NqP4VKz9mqiIYkAM99AZW1XcjZN4UlBB1hP98bSglNqP2VyN3vuQBI74KOWglqZN2rU4jq"
    "lsdqPuiGubbwiSRGFbnf2RWkElEfbe42zRil+iDKJKGVbttv1Jq5kSMbrbCFTvk85C/TQV"
    "PTwMRBnuPi7FJEHVYW5bqDbbxiHm/QNzzgEcQxHH0+P+dhs2SEqoJn8ujUR7xyRGiD92e7"
    "MRPdwohQ5Md3HErRKe/XjUK5MR5C2Q1smm7ijb7SLefsHD0avBMuj1d0uhiTpWGaho3ZxJ"
    "vZyKbi9Xioa71iP8FxHyeewmNb3qAg9oob9ktNHrQa/fNWRMios0APriLGL/EwFPu34eyo"
    "q+6jJMbY8yYBgbERBMbw0GVVjsMyLYwnlHAwa0Ocsg2GOLzNZFSUwyIQSIgbHqZuO5pbtV"
    "CTHg2/Y4lOyrYG34pzrCYm5VUmNbZvG6byOMikYSSyj0TCcDyOSj7ySDgj7DgphwTFm+xU"
    "zH1Sj2a7rY9YH/wFS+px7OCIuM1bx8Ypaj9M1/NedXMtUfLSSemBQPWs9ON4t0vhn8PJEe"
    "lfQDOjxZLAQ51Ojhhxp8PdXJduEv693bsDb6V5hCY4NaJRnu5dOwDb9S0sWYYe8ee0U04D"
    "iVaYoLsWmN4fj7vX/mB9uR3c/+w3j28I8fIUHAjV1KOQFLAJFdiEwua0HbzKYar6YmAb5a"
    "wE4s7ZPJyZiCSwKeqj1CTZFMB8TP/smqnLZjr7rnICQvvUsoNsg31khQHBj5T9o1iqQr0G"
    "oTCqQnGG1vVCJwSbXTd0eyIxt2ItOruMrqnbVvMiwVlzOtcWshd0xeO2PNa71K0X7KxMna"
    "fw8QviJg9ks2vOnFrLS7eqoxs5dsfWDXR7L9AJWroNkTE7O5MkdVb4YLAj62VH+uOk4rcN"
    "y7TOeVt8/ln9D0dvbPoOW4I1xaBDSKQVfpDY7L3Ikp3KWqXP34tEhiqHLM3ftBvolvmcKq"
    "g25Cb5ayKDXgntmFzrFo9S0H7DkwWlL+pwJwRbh3cpK8lEt7G2tkwVqMMyrUO5lFltG89E"
    "Uy8rEBNrHdYlHJTL7CKpN2UHyFuR1gFcvH5n2MyGdoxXif68u+JbWK7CwItvtjQ27rJa2w"
    "stX6grLgqwq8Bumtp0bdmy0xbTQ7oxsVwLSoNCLGWEdTmEuaIgEUEIdUGoC0JdNQt1AVmv"
    "ZaNeAFkvVNaZQcBUV8fB1oFHtd2wnm5FRw2cCmmxuOgm6Tn8NTfqcxhcD15nA95XaxHjyr"
    "DtsF91KFqsoxHvp61I2QtjtcTE0Thkh6I18jrjqLUVsKW+WvlpHgcg9bK+cztqK04rahpT"
    "4+AZ5dDpywPvatMmoMokrYf2QwmPIrpb7udQxPfp/TyKLuJLiZsj76YtilR8OncwOUdiQC"
    "8Rr7nMNA/Bd6ArTJD7CJfF4PE2Osh+WZ/9hPwl6lLc9f86iY1AVc8dE/4YOKaz/pTaJldT"
    "Zn2z+dpYx/zLWo3luBWA09cl7klf/0/DdT9XSEtFGOIeybjHJ0fCaUmdvF5rmLmSAspsc1"
    "2uHJVCEmGR1qSQFHcgsmXJYhQ7jkL2BVr32X//7l2G7561Sv3wxb3YzsVs/XVKbZkeWS8T"
    "vPDoNhZIV4g2V2MVET8ZPPTuL4UCPCbD3sNt91/9+58vvRNV2BDwq6PB7W+9G37RpuarG1"
    "Q8vmrhvqIWsMAzripxMVhZkicZuqfp5KriGxGFaFx9HPTJuIz/Oeca54gojHOdxxmirulL"
    "ZzPjbxB1/RJHPS3qGmOtc8VGzecSFYIDQ3fpRJONGrZJQfAOJOGNxB6lAO9yicukW4TyMS"
    "ryJVaU5Igolx5PJu42bFHJmi4dXU/3F3ePzN8CgFYMvtds1mdFWfbV78c6tB4XgHRhBxTU"
    "EuHk3hXBl70Gun+6vT1WSf0of0kS4U4QnPYHuSUEq0xx7miSvW4jhj+2+am7p16GGj+nmF"
    "OVzzqihrygJHln9iKmj04X4hxft/y911tHVInnV64tfWZiWaC7kgePiVc8wEETPGUgn6On"
    "UK2BrViy2IBb0N+Y4eWKOphMN+gFi3L+7nv6Z1tL699H0tsjA8OnI1TCr4360NkRYa9HXY"
    "Nja3Il+8KTX0cOtCPCLYS9+OjwrhhRiqlyhLhQG+a1OtIS0dYFPos/aw6/co1atSB+WKo1"
    "8bSKiz0aDpbBnl5JPBA4qJJ4PU0TGYylFBJ3qKOb2lxWc2LXhI+Igasp75wHDku59SeYmW"
    "u8YkvKvU+d21Gh1iznxfmq6dqayhDdofVtRVo3cYvXQSBenQ59MyOXEK/+Ekcd4tXH26TS"
    "/UCpqO7w/jRZpS3riGuIi5YeF6V+3OZAgLMmuNdsAmeFNfzh1itAF6TMy4Jz4Xz6DIG5aB"
    "7//qDcQ6gKNorkc7ohKRuzQWbTBr2x/9eJE4+BBSEwniDqhsvOUY8ZRhskMvKQcHolQnLV"
    "PHZMJuvlykbsNxsWU31Yrz8h3U17ndLlau2Io7Ax+rRmzzCcDU93dZNimQoknmHhKZs4tv"
    "9S/FlTyp6DZ+eipdsrew1zMybPFn2zO/z8a50gavLYnvss9idhb2QhLvpmGQ7rnF3hp2yz"
    "H5Ae2gutnl4+GoTzauSi2XHcVcUJnXXb64pW1EJfsNq0jgm2xk9TsQtyu9SpwR+VA/QPQl"
    "8tyzYqBKaKxEXZvNzFFSYzrwaOUvrix0tEX8bkoXd/IxIXvX542uLj0M9ldCw3lfGm1725"
    "RLyQSVxvO054G5KiC5744thB5ahSVKp1HvpSQksEf3Y0bzLm8NlKxCGJsD5+2qR7HhMG6T"
    "rnYZQRURjnOo+zp1zlKcMcEoQxrvMYQ6gtfeeEUBuE2iAuVL+40HEiGEPMXn5qmIYoTjpc"
    "kxNJJCPZqJMlomFFxLIeTUowWum2zTNouOc+2gn6m04u0Ruveync+cuVbuFZJ3TFYgJO9N"
    "LanCFCHclppOU+Cw4grdcBpGw5svJpBVFJ0ArqohVkoV3NDWLk1PhjoqDz10f5S44z+6XP"
    "zzI2RbpbLCRSoU9sgt3p1MR0JftlbWvTBZ6+YMUQaUQM/LrJgAadckXgsxquUSmAVcoSzD"
    "Njk4IAbgq4qpM2LgbASrOGVGJmWwEAM8k/cXTDVEo8DIkclHqYTz/4x3xNpsIAnawN0zGI"
    "fc6f999l6QxVZCQm3EnH8XZE6gZJHB3xukL7fRySM4X2+zgeF5hZAjqxdTHOuono2pnQz9"
    "wP4XconBLRaiP2JeIERAezmbFxKZTi8ldo9Ev/4aF3o/0yGHwcIUMQLhPejkqeOiZ+V1/Z"
    "4ad1PMolcmiUDXo61S3LwBb6X7z59IW9LBu15QRbZ/x5fNwxmZ17eNvnwZuej0ksxsqdNe"
    "wtdWRhU9+gJfufo79g17VD39ApGw2KDPYjTazbmLU2TOyTSg1eWAbNTeN54Zxlo3X6Q09o"
    "gtv5Z4hjEo8E/xuIn7UkfkKJkQwmZQklRkKfkQLgMbEWQl1C3qm71KrAHBJpIcTFO0j8PU"
    "xxNsfEWgh1tbWJ2sUBTXI/bwb3vUs0owQD57P1FiwwEb+sSAZwfKvi+AIXsP1fExRbSf/C"
    "2hv1BwZo20YdGKBQbKXhkAKpVkH5gGIrUGwlGrx7Wd/pq5X7G5Ohu+3dTqbA3ctaW7oCWZ"
    "nJawuNPj6J4K97ooC+DWOtCS8ZEo5sfWWL1sZMwjs+pKcM1UZOGI6Ra/GjsQ8qRfKlhKNK"
    "4yE39YzzBvuKDVvjcehXLAmwUmpinaRM6bBcDOkJEywLan+6V2vbXw0GtxFN/6ofi6LeP9"
    "1d9Yan3wjoWSPDiQRXwepur/2VxeoG+6skdjDUpDoYTzC+jml8ca30cHhHbi8txXT70dYp"
    "Q3TEcwwGgil4IrO7Qrc7WQwvum2bKRmUM/f4IWxucUjeyzPmLMVTBlcHmXQqkjXPmMWkO2"
    "hJX7FbXVJ/1Q0xIYIKkZ0QjzFpkpX1pDER3Z27+HLG0jnDyNxoXv8ubdJ9Guc+hjiT5+hR"
    "JKVyMqOztojN35DTFB3qchbfqPVSRqYpcA75PSg22YyNPRI69z5SNVBjUoAsGHRKULfLoK"
    "tLrgbfNh+oaUw3qXqHdzuT3uHmSq64hJE1UeMXphEs19MF1wLo2gpt9a6OoCO/EDZPNrCx"
    "aZ7zStjip7jVsD09+SteyVpMO17Fmisab4azYP/p6cURXaSSp44JL2htGewX88oVc2q5es"
    "3o49N5oOuwr5jfdzvGoka36w4LWqA5xl6Nbe+lsjupwQl9zGIYC93C2mSlonuERKrbI795"
    "x/6v1iCHQNXn2Nlok/V8Lgs1piMblwMSbKpmJ5akJLbp2ZxJSThPMv95kkCsapseCMSqL8"
    "exX7PFC/z6FW8Tjfbr12zyNtutf8usOJfJJjGutzc7u0xrfoyum/Cc0Z7uErd4gMjLF/UE"
    "mC2KbZvd5sn7FE3o+nnhoNPJesNaMeNU+NPPOh4r6m1hMLPY4idM2Q56wZsOmlt06V0f4p"
    "lho6mpG8sk56raR0vtX+9x/L54CP8Pr0ONdSgpIsBPQN82h8IB9XTiB4OZlcUVCLSQu/X+"
    "XQbu1vt3qdwtfiuqI4U/EQWQY2K5oK7ZjhPL3L14nyV19+J9eu4uvxdz8/MlTJGUGJYpZk"
    "Yfd1GJoPxdlvn8Xfp8/i4xn9XOgjrkEKjarRRfdEyq0jncTFdEFo4h14nUbOaQBHxGNcnu"
    "ajumnq6v6NyJCAGu+z08IZPqQBcEN3lH294aBnNmX0Rkhu137/gGaHHg9r0eWwpwaK+pX0"
    "ZiU0FNTUmsgQ/NXzNSvGihJWWPH837NLN50tIhhkNH6sWzcAzHlGSd7SgF5wu00Dn05RWB"
    "S0zlE3u6wLO1if2Rz1wFbnT9S+/m6bZ3c4mCPsbktv9b7xLxFWRMevc3/C5mT69JLThxcI"
    "6d98Qdu71cgYYY5BJuQNIiZ/MtzxCHxNrngGnT+Nbo3KyaOeTbNMpi18j3GcMIN2KEm+Uu"
    "B+peMf7ylWVMscaMT4u+6mZeTTnZS30rjJ7we/e9nlCGxyRZPbn78DAc/Mbvuj+I69HD3q"
    "+960d+zcJ/i2M966FBu8DP8NTItzzL5GGZrvMy7Y6YOwvZv3Rb5t/eUSJILl7fzzWnL6GU"
    "gsD+RjfZqEVuEnLAzoXk3OqQjS7yqpM3RRqmsCysa5qqsfKIDEzfLEFdDlgBcbEnu9Vhsc"
    "jEisTFhkwJGfavH0+k628RAd1QVy1FN7bvZMB3qwRUN3drtt5mBTehL6VUmt21yQHIe0BO"
    "2deVi/rGT/xNAn/lyX34OMRmsDCkc0HaRlhIcGYKwKidfJn/VMTHELDt5mT4yGbjZWjBsG"
    "YrW8YrNtP5NsnoHP1lU3P2F6LE3KBnUcnLWVg86UhUz3hes5+PZ+jpgTshuGhw1Cp7jO2g"
    "le4s4i6p8p40Jqe8E/S/0Cdng/7xf/i/GBSOpttsNen4z0K2Y5gmoitMztzSI5wIMdFt/D"
    "Vv5z4L6c9sBrCOecURrrSwl8+UJQVVQo7NXpmbur3Q3I1kjiWa464sM4lwm8yfSrLOwkNB"
    "qZVnEEJirSkrUjH2kcVPYZlJyLVp/hfnVKGmkj/Fa96ayVycGxBbmsgt1UxjaUhCRekuwK"
    "QkwJtINzOpjWWZ1rtOENgKVXh8QHClsecH8JXTwrzqrQzxnQtuWAwmMSQmVYQrVPI9GE9I"
    "9DpaohfU589dyGcbDAAXak0dgw9ra7rQ7fSCR9EGnV1OwZXXVKXwUTo6kK5VL4fXivOykr"
    "juoFv5Aq2rfPLtRQZ+1bcXqfQqfqvpyVozS587J2pwn9wMux8eL5GQHZPR09Vd/1EwS+31"
    "ZMnPBZllpaAy6d4968rGhPV0Pbj/0B/e8QZs4OaGteQtHrrDx3739vZf2rB33euLPle65R"
    "i6aXJjaIoNr3f/7vba9e1gJLoTRir7u3t/3bsVKWZTPgamn6amys3LUjTnIr1ozkWiaA7B"
    "jrrvMyTUGkOwYs/nq54D95AQ4J4Pd4c6uqmOfEQMsM+HvbciW5pF1VK3E4LtI10XvrD7KS"
    "W2xgv2GZbM3Tdasr0svcy0tIcKDygod/J/e/HjD8F053/smuCjO6YJJGc0oY7SRPbbt2/+"
    "lpE0kDtVA5I0cuGNP6+EdqzxfKUk3jwfKiVVNS64KxEqA/L15AXKkOZMn0YXT6zWl93ebN"
    "DABM2TzR+ThTTCOqcRzg3LdjTfu5BjuKUdwJjXeczzpwlDgnBzRpl7A/Ms31sxGN86j2/g"
    "3M2jm8VkYaRrPdLC755nmMOCMMZ1HmM4MC91mBtqZ0mGPZEEBoUkSuTa5S10ACUOMoAbM/"
    "tUMU4TB6ihIEqFbNz1amUaypU6olKAbAZergdZEmV18mioq4aBnJlBGp1gULMDanY0B9w8"
    "NTugWkdmeLPW6dipqwHKe1BOU08PKIpiGgQfSOiP0M9vWX8tWqNjVIkpZl0fCNfQ7aVNIF"
    "WW/SBm174MCH8KZs2C0IJvoNhUiD9PVoJbD4VAjp0XAYeWFmWast/l5K2okpRtE8RVU6z1"
    "zxoHSZusFKZ2TKpCmum375qSY+5m4btJJmqrRkSsNfz1goHdlqdXAnYrBsAmKqdQxZLJFH"
    "yEUAvhSD7XlSRBVdnMT2Q8NwzjrAZ/8KVCDYTa1EDwvABaAZ4TzxXQNp9JBe4A9l4j7Dju"
    "66W5A0KNOhncAawdr3fH22cslXq9YD/76zdeK3TbB1pR05huOogSjCz6hlbYQi94g05tjB"
    "FHAZPZ+bb9udv+TBQVjdRHLb77Awo2sEckJ3t6dpDXvHV1BYo6BDbdWfGqm2tJYtCvo8F9"
    "WsKyJxAnWRlTB/0PMg27iWrIDpg5FLzngEnlw3t61/0jjvz17eBKgBOiSPEOruKeDWC6fS"
    "FMt4Rymr7rl7mT+XEAyf4VChFkcGKHwxLZynuzvoxXbG2CYhpBkWvd32n8mtqnHHDWwKHI"
    "duj0BelE/MGrZZt49syavC0wQW8WT64ikl2sigfu8L5PTYOnDlh4Dk74ozrhfb1ZrUJRVK"
    "p16kTxZYpC810B5qhULphrFlMvR20LlcJj+HjbecwA3FVQNyRVYUVdf343tqAuFFCCAkpf"
    "Eu5Q8qTckieuEqrJmKnpBThiYgeW36ibkQf1N75saznTaewQaCww0BisJ6pZSklByE+CuG"
    "P5cUd5EkJoNhaAcLsJ3Mkv97jUbQhA5nXbpjGRY4hmd9+WxUIGn+dxiceaPp3ilTrlLSzW"
    "GjMauIR1BxbKgab6Ir65eJ/BF8FapfoixD0g1NfS5TbRnelCzQ4Li4AFJuUlc6VG2WcQEm"
    "rThC7WccA0RnWnQSAEuALzu2oPjLVltRzoJGhfCm1H5igIvtb97G9v1SzaxdUyx0Ac5ehe"
    "k8HXBST7Akj2Ca2rAEiv/H6apXFlxTSsaSqnLpTpDQvKHklcYeGSSOl+ML+qELi+2uX6mr"
    "KhVvEf+O2B4hdzGiQpfuLfCtD67avzyFQGbik+GfZEhy1CmirOcbnWecCKZ1H6kK0YULmw"
    "DgRbB3bx6wZe6oapAnIg0DpwS1k39NnMwnbKEbFyhEMircO4FO7eSt8sOVPdwdbS1mb6Rg"
    "J3um9RKlyd7+bbpkSBDFtji6vxqkpvj8gBwT07wR34lOlzu118SoXsw1CyCXfGFVmmsYHz"
    "IJXtE9keLDpbTw8t0eh7Lh7c3toEVhXOIB+2HT6hELL7XUNaeFT3Z7h20ejjE9KRL45sbJ"
    "o2WtvshbGDeNQciag5OsWfp+Z6xqsq/NZ9POsgtrPNEF8nRdbp0iDGcr30ElM/rXXiGM4m"
    "meFaxQOlGa7h+uVQZfLYHq+cLA4gcBRD4OCfkkiuVLUKkoLVjcKPtZ7roeXbIF6xXLVaqg"
    "m51pxsXqSttbLwHFvS0+P3mVsR0QotruBKY00uYHsUO4/h1JqKeDRwas3JDguno3BqDRRS"
    "rL6QYpkGaBczXXpxIrE7vTudXeamvm0DNIQmrZWdHUbZK7Zs6QlU6TGZkEgLI+alRGX4R6"
    "WAsNe8heh+8+5dlrjiu3fpcUV+Lxkkx0QSGUivCRkSgaqQilUhFTz0xW9m//n/AbBtnVw="
)
