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
) /* The notification outbox (backend.staff.notifications): a WeCom message to staff, written in the business */;
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
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
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
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
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
    "status" VARCHAR(16) NOT NULL /* CHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
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
    "eJztvWtz4za2LvxXUP4Sdx3Fp+Pcenvm7CrZVidO25ZHsjOZE00xlARZjClAISm79Z49//"
    "0FwIt4ASmCIimSvXbtSWISC6QegMC6PGvh/52s6Byb9tmVSWcvIzyj1vzkAv2/E6KvMPsP"
    "2e0eOtHX691NfsHRp6Zobzv6YqHNeHPNEu3FfX1qO5Y+c1iThW7amF2aY3tmGWvHoIRdJR"
    "vT5BfpjDU0yPPu0oYYf22w5tBn7CyxxW78/m922SBz/Bnb/p/rF21hYDP68oZ4WXFdc7Zr"
    "ce3SeL4hzkfRlj9wqs2ouVmRXfv11llSEggYxOFXnzHBlu5g/gTH2vBfwF/Q+93+j3Jfdt"
    "fEfcuQzBwv9I3phH7xVNtdO9G0++GjNh48atqJAkYzSji+7FVtAcAzf4Wv/+v8/Ntvfzx/"
    "/+0PH77/7scfv//w/gNrK943eevH/7gvs0PL7UpgdvPTzf0jfyHKBtEdaH7hP0JGd3RXSg"
    "zGDv0X9uOT+F8tdWtANisxAjfstXUyw4mR8GVjY8F+ZHwsfOSzBsO/sBuN3SQsPhwMggtk"
    "kAkZPj1eILoR0yTH4Kz0z5qJybOzZH9+lwH7r/3R1c/90el376LQ33s3zvkdPgY7zMWHh+"
    "ea7iSRv2aIOcYKy+d+VDKG+9wTPfP/o5xRqPObyMD58eZuMH7s3z3w7le2/Zcp4Oo/Dvid"
    "c3F1G7t6+kNsUIJO0D9vHn9G/E/0f4f3A4EmtZ1nSzxx1+7x/57wd9I3DtUIfdP0eRhI/7"
    "J/KTLKpnR48cxY6aZ8dE35sLoiZ55ojkH1RqziL6uMQb0eXN3c9W9P/6vnjhQbP8PBkc/q"
    "ffzrMdmjFHF1JQDXTFznhrvMa6skvKmbcVRo/6bcfFS9bfn8m+9+/O7Dtz98F+zGwZWsTd"
    "jfcHewvhnO0iCapZNnLFF0KDWxTuTgxkVj8E6ZbPvwzdJghsPbyOp+eRPTZ+6f7i4Ho9Nv"
    "YpM6ibpNN9ZMgjdXbORg7yTqU2eEil7VPI5oMN/8kEOF+Sa+Xe50GH4rivCGvGLLYN3J1P"
    "esWR0VLDanC6EdXGntrGYPXRjWqpjqGJMtQXlsz8rSOuVxjuebNdZe8FZlDYtKlbOOHddG"
    "jixiP+Sxw35IN8R+SFpiwUcx3WoyR0Sq4iORBO0nuWIxe1Xn76AGbkwKgE0Cu7GxpQZqSK"
    "IQoDU5bGpFlDslFy9SxxiHK4nuR2ph45l8wtuEaywGqueTffK6aRm4//Fnj39190VZ+lvg"
    "xQ1PKvbb2S/Gru5y1R9f9a8HJ9LFoARYb0NdtWshyItsbA2MoMveAd0/3d6epG5m9c3cls"
    "Ir2b9TIOZrxFSfvbzp1lyLLBb8Dj2nsStB2+St1fkqfkUn+rNAif8c/vIe+uOlsXBOJEEe"
    "90Zvf3jH5g3zxXVOhgQje7Zk6qOJ50hIIrpAlF/mnaEVXk2xhXRHXPPnJjrlloKNdAsj/Y"
    "3/07ce7HdncUd7ZQ+RxJ5+D5Zv3laYVY5uOTa3ff59SGDqS4lKHainpMeb/PFImq4pJo3X"
    "Pstc7VScg5ufcWdWMHelwKXb/BHBeqJFYPH3iln8mMyLDHFIDAa40QM8szAHXt3TEJcDc7"
    "hJfoamfTLgaGgiouBo6L6joa3QZnkaRmzbG91cPZ6kbGXgZ9jnZ4jv3s3yMnC7+546xsLw"
    "prnM45Bo1NvvfSCh9jmdEI9LjMJinK03pZ/RKf+tTM89Ez2fRXp+d4F09E98RVdohW2b/U"
    "rkUNed0ENvluE4mCCDIIf1Pd3YBmGNEo6Juh48IQwBYjMQ+EN0MkcMPOMVW3iOplu3KXvi"
    "s0U37N6fdJrm3oh5MH7nmDsb8cMI/uwwe8DBq7UTeDuAd9si3q0c/TZwbQuGdb89zxHW/f"
    "Y8NazLb8WobBA9T8L8zfmHPByg8w/pJCB+T2od2EmcfxkP7zPtA1vmszBmDvofZBp2Gw2F"
    "DHg5GhFHhY/q6V3/tzjgV7fDy7gHgndwGQN/rW9NqkuWkXTsQyIA/QHQ7zbcIokTO+kauY"
    "ZrpskYLhNaJX/iYXB/fXP/0wXy5CdkPLh/vEA2Js6EfOzf3A6u+fMM0yX0qS5LeRal9CUp"
    "sSB5qo9kaFIVm7BIfQ6L99WqN6X5f+IKZQLXbP+0RByYh012U5u67WjYsqjEKZWuO0Wlal"
    "zVFJezgrrT+fff51imWKvUhUrci35ZBnnVTWOucX1ISYFKCNa/lZ/8fbEhrh073RimYxD7"
    "jD/vv6saj9o3eLa9FYm47sRgmWvyMuf75QoQ6SOSHQy6nrAfOB8Sc+vNwJYMu/exZI76Zj"
    "0vOOpRSRj1poy65GMXb58IuB3Rwf5g0YUhfrXct+7f7+13q6/dpg0r1/Cl+IwrY8Ux68ik"
    "W4zZDFbRumNinVO7y/cMLw0La6ocxIjQgUTE9qh0EiLijK5Whm3zWDH/idp0rbAWyIWBzC"
    "RxuVDZ/ExfBvz2nfv+KzG7G0Boav1edpB2tY/6NCT4kbJ/VEx8OuoglEZ7KllVHWPHcd9b"
    "rqr693Ooqrbb9IiqqmL8t6uB37LSptPV11fd3Eh2rHQPZiAAQcgDfJTgzUj/AsCbUYE3Q2"
    "y1kq3B34LTt4QgVAFOi1YpelmrPh9T8d8Ke2xYBjbalI02UpNtbepbTRXmuFwHWYPlg73W"
    "bfuNsjVyqdtLFbQTgh2EuxJT3KJmyrTez6HyZZuM9cn45+HDw2B0gewlXa+xNSFXt4PRpw"
    "vE0LFeJmT8OBwNtLv+ff8n0cqhFtbc7Ze1fXji0I35nfXGmrHZxa9+vLnv318N2BsahCMz"
    "IT//Q+tf3/FCt8u/mCKx4uVub29+HbDXur3l0pxkzuwx0/Ry4lXH/n2eoX+fPvKJWpNrNm"
    "RKC1ogUGi4m+YvrP7LesMzuhIEEZnqk45zXK4UuDu9RTPElrqj0TUmylBHBQHrfVgbtsaT"
    "Z15VC6lG5GqsOOlj39qCkw59wUR7ZbabNJsy1YRKyAGvNlHLEwhIHXPepBGQFJw3sTMCwo"
    "dzxJY7T/zjpxE2g6RMeYAkdixIyyZDWqQkytYMal0VhykorNVFgPwc7wMx4o6+DmbERzNI"
    "5n9ubGeFycETymHfXT/orX12Si64VvQVlwXWnddXR6FiC7CU6a+C05D30VF8PDeF4AgdCN"
    "Mt62rs9tSldUopuBNyt+wIpnJIfcpFnu80Sljt4DRcLfTSkLpz++oISgXChYG2kBI2DGsT"
    "2eFDLaLDlBtH3NULDUoHQZnQY8YWoZ4b1HNrMqIJmx7quUE9t4ZAm1XPTc4brY1AdGnpJL"
    "p7Rm5k6gBT3gQ4RN3a51WJLcAd6mUFywq5mpl1ON/MDnXgPLi9dMzaqWohvGLwPFNrK1sL"
    "g3uZy+HMbWVUkQv6+8latzw/nHg5MIa+3EXy2Np6xZwCm1qSCGzqnPWbQ0A7bli6S4aaaR"
    "mRgVTQvbblblk+0AwK7zHtQjivFRSZWik1rXMF4peGOWddHRiD7xze0W+/ZhWyaZvUUXTI"
    "B8uY4VueKidRInc3M7XINW+m8Xy7nEW6+0iIiBQ9xPo1mQLKK1/raLbUCcEMHD04uquHqI"
    "Wm1Fn+TRS3XlEmY6/xjJfRRi4jz+3ojdcPO4lBXfWzwBcAam5jVpDKTzp2vxgVfEMiHWTd"
    "l57T4NZkXFh0lQQ5m9AZlYS6gc1JvnUJnMlRdiRlmvKMsSOr0wQj3KgRhiSDmpMM4Iz4ep"
    "wHcPx2fUHU0HLi4NXBdrFny92wvlqo2x7XOhagZVnIPqp5rGQtGM7SIy7BM8R6+bKBoMtR"
    "rVF3PBZSx1/GKVkRsS7RpWo5LysOv/vJKUUU4nJdGoPSYjVseVGDdScAeOYI00TW8gN1rY"
    "gnt2U45w7WxL/a/ZxAvkMeDu7Y7aWjsO6+2iaRAP0wj1QnCyJAWdrYLtgEVMBWrZlZCteM"
    "jbSSe9pr3zkqYPlVzyGyUu0pmOE3S8D8iD+nrAwxsQ6U787yAw9+e4w4DBMVUAM38O3w/i"
    "e/ebwsauy0v2esrQyirShxlkpn/iUEwYGYNBMESuzrKQZvRBDgTcK7oNZqY+oaU1KfJetz"
    "KroJOQBXYuIusblgJsWCH92xVZm8EkkAOAkwxMlqjpNBxaj0ud2tilHhURdpb2rOurAIrF"
    "ySD8kj46qhGpMCP+h+P+jUz+o80EsXZIe2a97mddOFv9cUprps+pYArAItvWlTNy+4sc/2"
    "gEwA+2VzaJGrTnmbKw3fc6gkDmIPwYyzh7xBAsdwqzaRHjiGwTF8XMfwD3kY4axVumP4hw"
    "QnnCegqODrt++AK7jqhIapbqkuDCGRrtVaL39pYL9S4mfIONnHa1/j1J1svsOLH+qZwHmi"
    "Rukxo0TECNhlR2WXOWxo1U8wjknVh/83375vTRUAg2wNohlsNTB0U2IvZZzxkhStajFJLN"
    "St3QZN+qbZvHay5iwtbC+pqZZEIZWucWa3ZV5PdWe21LhJ+YIlCGdGPBKyEPXIH/WAMBOE"
    "mRqjrHQ3zOSRKlXJ9mGhLumj1THDA4LrwbTwrhVL6SVI4eHZdYDjXvDKhekEiXhyT35C0z"
    "kUqUveSVcREhpzGeeddBWgIx6h00q8jnSGTiuxEofoaCVkVYuTdLq2kCuFZCNVTTYptQHU"
    "Dz65Ia9s/lFr+2u4125QN1SPQNmtXVdMXx9h9uPk9drkDXuZoW7huNmttextmZ5juaK5y7"
    "mJXpBBuPFmY/S2pOyf3JmPeHfIsBHdOLYxx6Ks2lQnc6RbdMP+xf8ef3r6ykamzlr6R1QL"
    "uQvEOuDLmo2IqHkTK+xWw1MnxH0Il+XGEr/mLNkbsOc4hol+/gc6tekKU4IR5YF+1rVOWA"
    "82Wukv2HrHS85ZojPW6yn/hjCZn4lOzwTUTE2avbyDWnIN5Ax4X4FGJIWa0j3QUSngD+wN"
    "EjIj1ZGRojjEA7JZJWzZaLQ7kK7Pz79m3zBHTA3wk4fB/fXN/U8XyJOfkP7Dw2j46+D6wl"
    "8m5hMyGvwyuHrk1yz8J545rrdXnYmQi4iQwUOID9NfzpYbz47kXLPUlSYiA64diaOUb10y"
    "jSnf5N9JN5lMc3Ldv+v/NLhAc33FNJwJGfz2cDP61wXCn9eGtZ2Q2+F4fIFMatsT8nH4dM"
    "/m/oLv0xNyNRyN2NdwM7y/YJuzZbHvgfU5IeP+3cMt69HWV2uT9Tj+eTh6/Ni/vWWXltRy"
    "2GubEzJ8/HkwunA35mZ8REx7UONKee07x+U5//77HNiyVunFM/k9WXxNbbsOy3QO5e/yME"
    "6+S6ecfJfgnLifrMbjL/LIjhzlmFhWWKe1dp4MYx6VkXCiXCtLmbmTEO3Slloze8fCC2xh"
    "tqkWHAu5fIcypWoejzmeMUu9SMQ4Kgl1cZtcF9c1abQsrTftc4sJdm6vrkQjCjn21NSihG"
    "Dn8C7fkQGkl3Tou0t68befqWIqcEKuQ7pDae4ROMK7OseTcFMXmLgSSZi6UB71iyhE3zSQ"
    "89LgsirRywsEQGnUwqVR5YCGl80SkH2ycQvPT8qLrGSPiUDM3gPdP93enqSoYgDwHoAT2m"
    "cKvOnU2CoLN7jMTwnDJaCEpjNaQtTTfCcRCoIw+xuZ1EF0gTiXY/zp6Yz/w+Z8DgfpFubE"
    "DyT6/tpLwkFL/RWL1uIyejOcJWvlRbXkJxFW+CzpgRDeKh4EOeA4iGMSStoTn6qNTlJ+hG"
    "r3kSlHqSSiX3KkqiWxvjpXCDUAwSGYvgp01yEIhn+lhj8YpiUYprlK1UGGEmQoQYZSQ/Nu"
    "FC3qwMcpMarD/s90u9p3IUJlxG4ZpVAZESojtrFo0YshKwudjzfvyzYZ6JN/9keDn4dP48"
    "EFYus/XtKNzZnuj8MRJ747TOONuxiPw2lnlhEznpSqdIVEOscrqoTHZUpdCHhmrHQzhQMh"
    "dx24ImeeaLc8WIOrm7v+7el/9X6I1ScK/IiJ2qqmm8WlgqsrAbhm4rq2DGoZjiQOl1WWMh"
    "Cps3ZcW4rHQQ2zGmqYJfxO+Rwl+mJxmE3Lg80dpKHE1wTvfN6yKii1dpmF0kDgeAPHWyOx"
    "Eh+fo78cWrxs7PfTVaDYHWIvsGVrdCMxTlSwevS66j5URkZxJEDKK8xVRk2ujqoGJtPjNR"
    "vbtu+ILw7TLetq7PbUpdlUZRBlhJma/poaRwnf7mWFUqxdw4ZFU7IynjsWUKklvzmruNTC"
    "BTExBllJsDuZGv2m1F9Q2xiD4ZjJZno2ytK53n7fdPlRmL+UfHx/1e3ea3xcNlpfiz9is8"
    "IqYe64WH3YtsVx2vT6cpLVYOewVQkY9q8eb34dXCBXmhfPuh8/3fFKcv4E4dXlbgf9sVtd"
    "zuRlMxtSXU6QhrFdgCoblayl/EdDGMdNIsb6IGUyY4EPnf59dZcPvSu2rUaLTshBlrlsc+"
    "P1m9Xo5iER0MRyEM79UMqhlPOOhWR6cdJ5aF7lyIfefd4lYKtSh79hK0JeeBPLoTK1v0rX"
    "mDu5JU6xYNbvqUGfM2F3SNBSFHJn/3PdaHiOFtTyM2l7yOcpiyYie/IM6a+6IYYf/R/WUB"
    "M9fB3I9xDBr9hCf0fvk1m7dTwwK3U3XOdCdA45vEelS3ujqaLH7CTAOE+WIXI/CQU8wyIA"
    "aBzQzXpe0MaKSoKN1RQbS2Jay89bUzMDwiJgBkDtOSiN1io8IUP6MGNVpXQX1JpTgVa91t"
    "zUr+p0ILhdOzA0jmx4yz4gsT9OPynOIYoxXjoCO3BnFbCq3KkUomenuZeiDO78hx3m9jlh"
    "ZNE3tMaWV37NoZvZEs//Jg4SZLdsv5abV7cQ2Utexi1SRB2dcicQb/Qn3VhENxG7bm3fyV"
    "xOlT8PkvCb5VVqfp3+5Cl4ivSExjDC4CC78mY0HGQHB9nBQXb7sVVM9+dHaWP1M6kiYp1x"
    "jdd/MFhbiNlt3YGBk10pJxtodunQtzMElIdmByEgCAG1B1kIAZWL58bm5DAVQEMSQKyF44"
    "ZygVxdCAhiliXHLCGmVlpMLb7OloBqtw8XCm0tjTpWKBqES4smhaN0+2JJkeigWiRpttTJ"
    "M+aBHB2J57K3XU2x5QZ57M3KRpSThP27XA7/tdFNZDh2QCoO05KzI0kVPW9/JOn3iHvEs+"
    "T/DWUJGlmWoPNVdUeDq8HNwyPPf51hdpm74F0HPHe/jwaPT6N7ftPZWGRC+te/PI0f7wb3"
    "TGAXapuQf45uHgfa8OPHC/RmGQ7W6GIxIY+j/v3442CkDZ8e+eRxa/Xw+kihezf3oVsGER"
    "V9rz499j+5VX3dolH8TcaDEc/m9b62IHU3yNydkJu7h+GIPclYranlNCMw4C0UyhG2hFxn"
    "/Nelc+WVsU0KArgq8cs0VOuPWbbW5Q/xwirjhRCzgpgVxKzqi1nVahdAyApCVhCyOj6yEL"
    "IqGU8oXQJhwCYCCrVgUuGtqBYMRP8gY7FV4WqIrkJ0FaKrkuiqOPEiLbLqH4exJ6oanL7R"
    "nLroX0r0sbIEt2BgFfPb4nJw6uxeT2UL6x3TtZuzohLIHT4M7i8Ql5yQ8dPl3c3jIy9rbG"
    "+mK8NxeK3jh+FYXOJeK/73Vf/+anB7Kwoi899umk2pfgzRkSqjI+3yLUM+RDnO5WAhKDDu"
    "cdlaqoofQ9ls+kD7mGSOtLu+FxjmiCCMcZPHmJkMFuUUlulWzb+ZFAQ3Z9JvPGO//Jlait"
    "jGpABYCbCeBqE6bRNyAC7EOiH7qQn7aQXuZH8hLQHfq1BX7Vod8sIb23XywBsspuBc3gdu"
    "fN9JcTGn6GaA7x58k+qosg8/fBosKe2Y6lvWV4fW5OrrEgagZUU7fFRzRDy0YDTLDXv8vn"
    "sE79wLtcNREg2IiWxtfpqL2hGaUSFQXmU2F90QvoepARuTAnsrCeyrbhl889Zcx5kCuBJJ"
    "SEFKwgtV345V9Q2o6ECYbjyegaqoTpoOiQG2OXm+vspcBtfX76tlMCvxfUNzLGLUXvXHV/"
    "3rAVB+oeBPA0A96BCNKr0Kj15RiBOJQyG418vyJfhlJYA82S1HQVAuRI07GRMD6qT43R2j"
    "TnongGB/+BUK4fzjaeASJIM+JqT/8DAa/sov+p5qXnjml8GV1/BPPBPtxj/fPDwIvuXSWK"
    "/dVleDm1/dVjNsvALj8stlXAZRDnVOVkwUWFlNZmV5H38RhmVEEka5yaPsr+cFhjkmCuPc"
    "5HEGnnz6ntldnjwcGN61UZd87IljLYFPXamrfmHRlVaMnioTBZe9tGKjp1uoTuGkIExhGb"
    "yeU6AAvglJAFgSzvNMIFV4E3IAbhJctvMVW36TgrD47o+XRjatEoJQX0CWgGyfzxHmC81P"
    "wDkPzskPOgfK4S2sBJi7zWmX7PeQNVAqwrmzBuT6BeC7j2gRV6lywBuyIgDfvStE3OI6bt"
    "aLT6eApBd1ekpazksc0/00laoyXoCrckSuilrSBaSxpJuwDBvNXzjVII2IdSYjoDRgj8H1"
    "b9jGDVT/ZuO5OyBMyXcVlQJk9zuunBCx9kAVPszRbRnIuX0p0QkGLP/Os/wbtm+1nuQ/+O"
    "yew3oisaCCe70s64lac/YBYq9tzoNnJ5sfvv3hfLL5MD//EZ3yn4LJ/Ex0ZZ8Ffb27QGyg"
    "+WmvC0QJ9rm9iNtp6JkiLodOdYJGd33WQBwcSy3j2SC6iURn78QBseKIwchBtDU/f0IsvD"
    "b1mTib172DFtRiNyk3EtH401OP9/rCOmd/M8AMOzjWtofWujFHb4azFE9wzwJlLcW7fYVE"
    "vq14jvd+f5sQ3m5tGTOM5saCLZCYfXy8T9HTdOsesbuka34Qr/fi0Tdkfy427Juax39X2i"
    "G7v7sTgd/1/K/aC95CRYejGr/+TFZM1IiJQaKG+N1ZiRrgZSgvqRhSXpIpL6yHR5G2YmPH"
    "MeVJMPFN7jiJLDMLzw1HvWpEVK5Ln0bNlSMIfmMbs6Ob6mOQEIVhKDwMvmnKprX6QEiEO+"
    "M2rXkcfD1WfRDikjACRUcATjKv+rjtncGlBHNErBDWDfPHxLSb8w951JvzD+n6Db8Hp3d0"
    "Oz8FspK+xFHPk5UUqj68wqupavwrTRwitkktYamTuVkg+yAhB+DKbULlkHhUqEumYGm4ur"
    "EPJVTDIoBpOqa8qHARYHdygK7UGAuiPKpJdHHBcvDtQPwlhO5KV0Q1EAA091FjgvjigVSD"
    "od9Py5aCvFyD8A6znxGzWzbLgvbG66vb8O72mRwsGU+VKgHhblOPoiqn0kk6noVVAsR3QU"
    "ftMhrygpxmlebIMdoZWyXg3O0Uo4RdqpxhlKR9RRSN5AgMCX6k7B858R8JHtHIdQK3TtnI"
    "neoVaFi50mwDJfdgeAurGe2ANWEO5KE1HkRVdAGV8BQDpPeQFCs5zIgzpQg2edf4s4Mtop"
    "scEOC9HZP35upoaqS3sAww3mJxsCTjLTTvixC1QuJVxXhLQPvkYTi+QGtqT8jdzf3Nw2j4"
    "06h/d4FWBjHWFn229NWEPPw8vB+wVuxH4Al57A8v+0P2dJ1OdTohv1xfoD/nrNU1+4/1nP"
    "3X9fDpXzf3F2hON1uDTMinp/7N+Ofh0wV62eiGvaSbCfnngOHOXuvn4cMFesMMLUfjfN0J"
    "ub35lT3MNF5dTI/O9wovegpfW0yse7HnH77LgfQP36UizW+1ixmZ+N5O1pjMOWKqH93g/v"
    "rm/if2ubjy7OPp3/CvRzc4PfL2dnjVF8xH3RSVVDgd8uHm6pMrY8xehEyyIvj1gH88I36N"
    "KQjsC7JETfDh3cPtQPQ3o6s112BSKoVz0uXj0+jeJV26JPxmfIT2ZlqQ8heXBJJTMZLT3L"
    "DFgX3qIxCXhBEoNgLiM2evVeAbiEnCCBSkvBZbgmD9KQF7vjeqQx+WAuSBYNzOEVjrW+GH"
    "WmGGn5IVkpTsHOG4fGWTa9ibtWSqU2pinaQgHQjFEJ4yqaogDq7Ue9DC5XB4y3sOCI6XN7"
    "E5fP90dzlgsAvUWSPDSV1cROEcSxMXFGZ2QrBzE7t8AzvATLhyCqEdSHYO7ooSFzzc9Pnc"
    "wrbEufGIP2dXTY/IdgD1LPb04LfHyLriY3t61/9NwB6Qp2+H9z/5zUNjcXU7vISDx2qc4C"
    "JIViRrICJYT9JArdGJduYM5MkUETZVgQHficGpVM1JCUmOL5wx9yWMchAKKJLnF5OFkW70"
    "SPvhnSIjHZOFkW7ySEMOZ9f0McmwZ+VwFk3ehMTCtISXYmcalXGgUceBLZJuDDnGe0C1+V"
    "6tCGpEBkDdm6UFaRj+DNrDoE7PvZBz049zylZLwVU/YWu33ZcAcLdTWxKaUZ7Dn8QyCtDu"
    "q70d3m0OOJMoUo45FqZVOJcoXAG6ZRZNGuJS1t6BMIkElGuvr65ihV9xOUANXnF3UeJ5wW"
    "WA1LEk6phtY9v6wWuTgOnO7aqrSHn8pDKQenC76ipSLpfuQKBGopNuQ6R5VR9LgeqA5OF2"
    "IMaTPA5G6sA06zYgxUObJaxUY6+bLsGUTOPPSImWHN1AF+mY+inppWryLTGdohulhdleqc"
    "1MakvYTOpwPYj+rvzuOoJYkYT7wKxJS7wP2z37TgmK2Fv7Twka8jN39Ff2W3en0LBuvuJn"
    "48wwa9dDui3OueFN2MNNA8+R4SRO9PGb/DFzPp8FL/HHu4uTGKA1PHJCdCZPV5T/StYbYn"
    "fW7FnUQmvKh7DnHvXDzx1iEwyb7hFCKy6PDIIWmJyhf1qG42AmxM/10R0UFGNIO57nkHIE"
    "WTkMHatIUEvmQnrdgheDKOUv+O3rI2NWOQRVn0zCViUVcP32nWO6ls+cF+uUCraBQBdnbh"
    "VV5931Xz3HLCrXpZKodSeZib1ZIXC8E+hMXl9pgXhX5VHk44RlIBAPxaiPQG6AErT5wpj7"
    "S9CqlD0suYScG39KM2eD6NTeE2+DeNh+Q3Ysiu+gpWE71NpeICZrbZE45cvgbYSJR6h4Am"
    "I9CcvwbUnR3BDGJb/9tmSGX8JeLbVnsBsbrYyk240Li660rPpQ8kGIiXXO0CnfhnRoAZgj"
    "QgDyXpAhJbXKlFQ4vywd/XZmQeTJSgXjoHyDa2OrQhqSAAsWrK3arK34rC0B1G7zcEMfag"
    "l1+0s2YAU3MM1+9YmD+8zXgKhYbkH0Q+zFL8VYrKzsOT86RbVQVFimi8GYH97nMk/eZ9gn"
    "7+Mq9F+OJEkkdfZ6rUGFkqlQxHA0TpXA6qGtpGyXIIb6xceOdtU8AqZB+FZaqIRuUhY+hc"
    "IDwdZrzSvVo7bKh6U68xWUttRzgMJV8xVwDYsBsMlg+rOtvmSEpTqDac0rBTjVKqjRoHpM"
    "ORxRDj61Y/vU4GzXHKnt+851zZPXbmEbW68ieePgtKygp+64MSXZaxq3DUpJYbs1SBuDek"
    "r5a2Wg5SexdQ2vyv3afjJ3mms7lOy9z7sdTjHPl2fkSSC6QDoJkn70hYOtr23dxDZyljw8"
    "jKbYecOYiPwcfiTfGluCRcVzhTgJCydSgUQnoo93SQJXjc+ekD94L5ru/IEMW9C+3Awn7r"
    "xHtjHHaGFYtoPEswzngvWpLxZoQdlT/OexF/Net+c+1nsNr5EQoATn5JP9vlNI9A37mCzN"
    "T2nx3tQ9SBUoZ42jnMWGKxlu2H8kYayLJkcfTvhJnA+D0YU/3ydk/Nj/+NH7ROJfdZ7IRJ"
    "4kkfQUkUSCyJTOJUGJ9LiP377JqBeM+Xz/Pk/Mh7VKRVfcazNtCmr5l8Ka8jchxREPiUFF"
    "6OaUBk6OL1RZhTykVmBqrXQ1RHcCMEWBuQle5mb4UHoHeZmhtHJOWNNLK8uL0wIlthRKbG"
    "zDKgFR1dppLYV2t1k3j2zs141Mc8qG6kruc8qGq1kC67hVe30vwxOofuzyMY5brpFxXHY+"
    "JNR+OTLPB392sEV0U7OwpBhj+jyPyxWa7fE97bhrScWFpJ4ZDm+6kiM7JNK5BODy1xK6cT"
    "T2uDnWCFVBOS7XOajLn8vtihjUu4x3N2QA3k/wLjXErDykCtOxKuu3xIKvlAwVLj4tMbtj"
    "tanTre5wUeycTKg+QWynn9LPyKJvF0iICprPPzHTDRzErH3kduvSlARlCQXH4KIN4eeYo5"
    "VBjK/XFn229JXX8FT0Jf77XQ/ZQomIEKHqe/SEhIlLrAdCHcT7FfWwtmjFFpJdiWXDJUl5"
    "D+IlnUV1Lb+Wlo2Jg6Zb0cb7VNCfdFpFPS3wVBzoqWif8ttiUy6rTtZ+bthRCmatMZlzyN"
    "QQP3kY3F/f3P90gTz5CblmuuUFmlOCJ+Rj/+Z2cM2fZ5huCtuRmWI6W9ZWa6VatmGRziSL"
    "lRZNJvizo3kQFbD2JOK1sIbqXNlbYuDlIg2Zuu1o2LKoxAbJqngeluqc+6SSUnVs0PgrK6"
    "C8k+gcwt+e5wD42/NUfPktcFCBg2qznhcc9agkjHpTRl2yayUS3Brhlmy9cZlwSqoQM/Y6"
    "MP3jyap2Xx51GCpyXh7kcPO8kxJf285vme5mCzlI9zvY7phNuEXPlPuR+MuLvDl2DTnMdv"
    "ScWsT3W8Vy+bwHvTtDV7q97LkZf3P0qpsbLNIAl+wfX1t4xtsnLM0aHz0hPtUH2ZvZDLOW"
    "uiPOKvsb0pF3j+c00s3zMuzf+9+obxrCE2d7zjQm6jnX1hZ9Nfi78arl7ApvQt8m5JQnQ9"
    "I333t4gf6IGVR/oDl7SdbWRrqF0xx274JESmalP7PHsGaWeBG+EmO3Sr7rOQzehE3ihWGt"
    "bHD2NdDZ5x13q+bpiwiVY0I0iK9RvgkB1KQjU5PaQb5rLV2GGQQ2lcztrBXEl+gcvJX4eM"
    "QZJPr8leu6BcqYScU746KueTGx+JlGTIdZ65YsPPDLeHifNuljgnHngDFz0P8g06juBPST"
    "v7OdW8Rk0XRjmI5B7DP+vP+u6tvIQJsDFfEL+F/A6V3/t/jHcXU7vIwb/LyDy5bF0xJqzY"
    "mn++O54hBIAmrjp6urweCax9GCXssIrZW/YwCDFRisXWGwunAVrEksEYZ9udi+7DscNM88"
    "lfkL0ie+XBqm/97pb2+mK84BKxIrictCHZDmBEeSMTGgxAAlBigxQIlpvrvECzkUY23EZG"
    "FPavI3Beyc9O+snTwNYOd8iaOeh53jf7HTrRpFJyEHtamgHl0dmHocDjVUo0IwVaHMH+QN"
    "H0E7LrkqHVT6KrPSl2SRLWvGhip1dRPc6P6SA+Cd+lQCxt2u/pfQNBtVqc6l6fqrRyqPN7"
    "S87KPzapbbNiet9zGUUK7bL7bg1nKu6EqQbgXdVuSrixx1l2PrcNbrUrcRTz9ns8viLFNx"
    "hCRn6MYZuCex4azhkRMSw+LdBWK4WfR1R+hFb4az9FPkl2wCfWWzS2RO33qIIYt9pq17Oo"
    "k7gBbwZRvIl206v0Tix/XmpTrBZDT4xxOz2Tl3JOhjQvoPD6Phr/yiP8snZDT4ZXDlNfwT"
    "z/xnHZ0FAcTEqj3twl/jT4Qk0JeUmlgnKcHBuGwM8ikTrgrz4Eq9/vXL4fA24m27vInxGu"
    "6f7i4HbJqLQWCNDFd3kJxFjmeGzd5MY7sUVpniCUGY6bliShBp6JjPOU+kgX8s80KjHpWE"
    "KGJzAgvpUURmtxU57CZNHLyNyW2Lp0CaBYI4CTkAF4I44B5vrCtMzT2eWEFLQLjr57ek7T"
    "o5XLq7xRRcuntQTuw7DXPpBmeOS/254RPJs5y50TPQ4diRVu1WvQx/5V+O5BNPRdVrDXqA"
    "NO3TdujsRdHHFZKq0bvlz+DWOrdmzMBTT6YKS3Um26DmLCpPb3PwqpAdsZODRaQB1KUu4p"
    "lhnB2HZdM0kA+k2UgNtN3nXZbte+P11VFwE+thBOPRYPw4url6PK7dkEkFiX0De60HNSpI"
    "n6DRXf8COTF+Bi+api8Wfmy5h54pndtoRlfYJWucehoVohZ6sxi+iC4W73oen+OZYlu0Sz"
    "JBankimD/NMn/4EqdY2yyQgMJmsaBosrAZsGHysWH4tavBza/utRk2vHYfn+6v3WtuFcf4"
    "ogWsmW5yCTzGoLKBG5UDE7eYiQtMjvQB6S6TA3JGuzbqEmpHVs4oMDuA2dFacIHZAcyOZn"
    "m2gNkBzI5Wo3w4syNcYNy29Wd84Pm/YuW4c7vqDu4SyxfOSU5HKGDhHIJPmPfTkW1I7TDp"
    "HZ7484x96c+SFBkfUv9Eof3ADkJ9dWTqKQaOxktjLfLjJTGj4F4vK1xke62AadatUIs/ro"
    "rxlpgYBF32Bl1mumUZMj06HeSQSOcc9OUDzFekF/YCijM5JtY5oCsoHc1rKhQrHB2RBJds"
    "U1yyeRzxUMavQj+hSWdCh1WDNiYF3kLwwIIHtjlGWu8gD6z/cZcA7G2oq45iG1sKU1ibUB"
    "/tSPXRSvWT+Q6LL9pTVtABlJZzGMd0vyMI8g476A2CvMOy9M4ZfS5w4mdYCniCxXiCbFZq"
    "bnKDrLRZ1mSOiHUG/tKm9FR3Zks1UyosAssE5G3WjG6gqyhhG5MCZPe7AOxQDPFAUyocjm"
    "wZyHntqdgEgzTOqlwte9M4E9tbCfhe+v10FNvwnt6o7NhL3eQjMyCOtT2R2LiR+70sG9ej"
    "701dAY19qpaR09Y9GRJRLJw8Y7dCudvXV7ZbJXz+9atubniKquganTJl/10y67VoJxJ7+v"
    "eTHYHzxXD5VxZenPz7EEM7y4bpmK1di/WSbpGzucnvqBqSEbEuaTA1G5P+F1MkUdaXrY9S"
    "oA7/yePw4emBfVh0vVlPyEP/XxdorW/9LFc/x3VC+te/PI0fL5A+/3NjOxNyNxj9NNBu7i"
    "/Y2mQ9Y80g/rXh06N/kW6c+NKWh7IAubGVMkK+Of+QB9/zD+kA83vHj7M268zj8iuXLdQm"
    "7KLwbG1YXKpqAtOKKUc0ZVmXg7uT6N5qUPpiezwyS9PmcekOWNce0RcOWziVdUKpOOiGhX"
    "VDYMRVGT+Dag9fIMm0SLL/4Rn+jRvgap319Sf0Ng3gvK7O9DTeY/s6r3QLj/CK42ddY9N4"
    "xXKfp7RdL8v3OWMSmuWJ8F/MZdS8n6wH5PcgTm6kwp1pmHP2X+IPvvr2kI2Jg3Qb6eif+I"
    "qf3mhvpry3KUZeZi4/iXHFlhhxHGOKm7TKp+3xp4qneNPD9/bMWXuGBbhXG6SzpbtXwyOY"
    "V30LicB2o+QzlQPaBj9pY4xrb3mR6sQpoYBAIksXLgfqOheQDGS5KhvPDsSrtcl+m/Rbz8"
    "gOjIp1cIpWkB/Y8PKiiUl6ssZkzhFTA/zkYXB/fXP/0wXy5Cdk7F+xQ1cexZ/OhHzs39zy"
    "uqEL3TB5JdHxp5uHB37BfhF5kc2IlegOn/SOZABTt8SwCPAm4/vhyn5WW3QCAXDm719tTN"
    "12NGxZVCm1PirVOad+JeVv+SJWJOl7JwbHqTan5mbS+QYu1/Svq7suVyiw27VRl3zsiXJl"
    "4GgvS9MDR3uljvaAD38kPzt39p3IHOviRi8Hi1j4Cy032g6psq36tnsZnmPx7wSs6RaH37"
    "6DLqTya3kxOKQ1RdLh3Ul0zpjLw9ZM52ommJpTw3KWc12S6J3uQw7LfMleZDCR0udsO5Vl"
    "YKWAstwQgNuvLNPNWvzkpLbs3slUl2eiTd6DKJHbHC3Zm6HpVvA8XGDO0B82/usP9nL8Lz"
    "ucPec9gufU8fZ+cA+dulPgXQ+9LY3ZEq30F2zzIyfjEZm6njsha2x97coj01gZDmJ44K9t"
    "fZFBTPH7FQto8BWwlzqMjQKmwoGmwoxNdhVd1m/fuarK5+/zRCXepwcl3idjEn8pTFivdX"
    "3b8TeNnrFtDtlvyMbG/gjnjtg/3T+NecDdlZ4Q7y/x34PfHm5G/E/8eW1YTYnGv+qmwbZw"
    "i0pKP2RbHFHJDlocLbEwcsXe3DlnFzAso5L1DHNDDPTWjTIkyZa9cfGlu0jo0i7TFQOchM"
    "q+GJturJmS8ryTqNERPDN1Y1WPN7h8FQOcmunQg1MTnJoq+1EmzTwV12yW+ZeLbIa7OOzr"
    "OtBh7DonH0MdtgzqvI7j2DTLURMPnPIdSBWNTu9U73z4A9jnpdf8qQQF4NtoPwGr5SipCu"
    "HXUsA4JtY5fkslyQqdL9zXvxs+8dQyfUU3PLns+mZ85V6ZG/aMX2uGA9t9P/VqRVG5zmSV"
    "1VyjyJ8L2nStsFvGpGqMl71n/9forTOkPLHvJgBKeXrLpGGSF5vkztLC9pIyaeVhSIjCGB"
    "QbAzfaONe3KnnDUSEog5YGayPCvw1DuiWu2FxRDnesHMm51XnG2JEdXA0j3KgRdqijm9pf"
    "G/YvFb9wVKoze1Npy6Nh2xs81wJzJ683KCYGwMaBXWNL81yagn6qAK5MFBh3ifqmPGIsfm"
    "hSX6XUxDpJCbmG5WKwTplgVbj6Ts561/nL4fA2ssRf3sQ00funu8vB6PQbsbazRoaToqAa"
    "tqbPHONVFfCIHACeH3AojwzlkYGz0dVaHU37vto56BLbIVGqY8YG4ZlaqqtoVArW0L2MEh"
    "+xJMjqjJJQV+3COC/dITa9lAkP4eSoIO0vppV5gh8/jbCpp0Q/E/mFLdus0vD+T5WMEI+M"
    "I2GC7Gg6+8qaAPGjW8QPv1iNYqpiTKxzGYvlx8OJMXtRZtmEZDpH/yifZ6O/slluaRvLVA"
    "E5KtU5mCth2awZRkozORDoXmnb6gDWlrotOZl6D8qBVClQN2hNLn/BoGtM1Eo07yQA3X3o"
    "sl9JFeENiQC++/A18StW2ukCgRo3OUKtlW7Ws9WVr7StqXhSfrNjJwCxxbRjLAsfYAlUrc"
    "PocoJVYK9xEd6iRBjGodg4tCS3ua1rtjjiwaTPBikQL0kIdy9k0t4QSTIwBuHQ9M+snZEx"
    "CId+gYOeJxy6wtYzGzn2S6lq8YK4IARFc1RlDUArIS6aOwu8YSDnTwKPT7FIYJS9Brp/ur"
    "3NFxgVlZ8OjIsOrXmX8JaakcwS8c8nLg7UpdvZgPWVJ2rftE0+F2DhgygOCLX7B190EiIg"
    "I+yDSDcN3T70c3M3gj7vqqs4OfpzKSA96s9dhch1kpazgD+Ivjq9fnvn1YvOD0Rr7HY1xV"
    "esK9zK+lJHZE6561YqfSpY1vYeDRVaS3OUvCeUM6XQjP0K5BaZ5wXl/TLzF0gniJpzvwW7"
    "xZojm70hspd0vWY3XP0Ucf0UGQ465Q1M/KzPtshYramVKBlRy0MnRDSxRRc2k9P509kzRB"
    "j73Rn6SDdEFNvnoiJpS1TV98vjU/qyWSPTeMGigXeZU5LSSuUD0+yY1fD5V0gk5mRGQfyd"
    "SOcYZuUfntWSuEJoxWlhdAE8zunQt9P5CEVTG+NzhKKTef2NDT0JykX+Qd9ecWJ4qqbsN8"
    "ijK6/1raCZ5z4giumOX/MVFNkOmzjzr191c4MR62bFDB6hHobURa5OGsT4em3RZ0tfceX1"
    "zUanHA1M5mdezsMZk+aCTCfl6xtTZ+2kxlzTgydk/HP/6/Pvf0CGjV7w2rnw1GPWPbuNzQ"
    "W/oaMp1i2uDrM3YY83dBMtqMUVeINsnEo05Cz6SMeU5FoYI9kHSymTgyNCnVOny6dXtuto"
    "FqCQJDW7XBQSOEmk2+PbzLN3Wqe3gw2cD2qwgcEG3vctgQ3cfRuYh29T7V8vtrvX9vVjye"
    "Xm2/8emmXsCXBI8FHDIo47F/JacV7z2g5cbXE8BNQUUFNATQE1BdQUmZrywEkWV+L8Some"
    "ErqbR1FxCw+IGqW5/fT/xGyXc/gh3BZ6xZbB3nvukz98ysmS/RROAPF5J+jNcJaefx25/n"
    "VqIZdPxn4hdTzWicQ7X+XjJoQvSSvdMWa6aW7RqY4sPNuyxS8gz7zRDet7qZO5cNdT9scu"
    "EMBeYYscit6WFL/y99Bt0cqTZUvduzN040zIm244tnDk89tLwcBhHdA34v8+fSaIMrw3Nj"
    "cXhrXq8XfmIuxbXCz4DfHz2a9krd0flxYN+N0rO+suge7jQF08qrp4tMIgTVuAq3b/s6/F"
    "2UjolvmOktpJ16apn6wxmXPE1AA/eRjcX9/c/3SBPPkJuRref7wZ3Q2uL/w1hC9xvw5GNx"
    "9v+EV/+ZyQ0eDj05hfsvCCe8Tj6y5wdJr21XRX8Z/jmTEvNOpRSQjnNDmc4yskilVxo1Jg"
    "4smOjPO+AtW67Qk5CJklwXV1ZzVgIzIwZSWomnQmEl7UcI1JwXTdXyI7ZAWCwyfb4RPbau"
    "Qun+TSANDuhzayIO4HdrcxlQDuk92lhPo4sok9PKV+gWzxLQHc21BX3QQ4tucol4eo1BMc"
    "SqGVuYKjGbb7fcGJ7N793uAhwWi21MkzDmcZfmV7vtYz9EBtgx/GhLxuXc/sHz7TkpI/kG"
    "5hZFKHe051B7l30Mebj8OzhDe4+sftCbv7J41beHGYPxU41/xeHZxrNt2VznAM2oPmLtHc"
    "/Q+giG/Vl22yG/tk0B/dXyCsW2RCxtzFeoF48UzhM/11MBoPuM/0FVs25lcen3hrCzsb3n"
    "7w28PNiDVwF5UJ6V//8jR+vED6/M+N7UzI3WD000C7YRIi/KQZxL82fHr0L9JNIqv7ON5Y"
    "C+u2TEtIj1bsJLpX7vL8Qx58zz+kA8zvxcqYN5Li3L6oW3jOLtQm7KLwbG2YQltXVo1sRe"
    "Be+uyMGumqEPHQtw/xDIS5xz2liLa+cGROg701tAM5UEvg7FJIG2kK1N0NywIfs6xvCfiY"
    "lfIx8xxfWaUbLlGbTeKLk9Vv2+uQs30hgQ72zifJQ9EM/GI6sd+wxbmDOgq6+3qFbZv9Fu"
    "Tg1dpkU+XMIyFyRmJQCyFcvA7ppknf+E3ky67d2RYja9bz4AnRZzNRQeEPXibBcOw/3DJj"
    "NnJv2ILjucWCNuoxQzmAfid5XH3+O/IpB9TJo2bahEYigW5Gxk1UrMlep8ZYeU0nT5bi4u"
    "tfXQ0euFtOrBXcjffL4OqRu/H+xDP292X//gJNdTIhH29uHwcj9ljDdJLr3dFIknND6Wyr"
    "kERnjv4pzbhxJwGzUcQGooBqUhDABcsRLMdGHfMCo17jOS/gLwB/QQv8BUfO3+y7iX4nEi"
    "+Bf6uX5RzwEgUrqC8BRu4xq2x7dTXzWrd++84VBCzfYhL/VoDWb99kI7YxHgOBjhTc/f4C"
    "X7bJQJ/0x+zOBdJtGzsTcnvTv7y5vXn81wUyDX1qmIaznZDBP57EJfzXRvzNqUL3Tx5ViG"
    "ywoAYN7scuNwgTGx/Pl5DQLtK3wRBn2CCHHvjyC91YRDdvWU/NGd2D1Y5KTy+5IWz2ONTa"
    "/qqbG9175YTWIGmVqUAYfnvt1RfIGVi4o68Mo6/1VzZyz7x0se1wdzwaf3pC+syitlv9YL"
    "ZkAF24dRf4mdPof6O/nC2vbszvshF1hGiS3ltB/6DmNEvNYQOlgKrXGhxrccdaMPcla3IG"
    "szwi1hlU6z4G/mWj5uXYCZQDeesXCAUVJLm9RgYiOQpDgh8p+0dOP8jY7aNVQ5DXBbKbd3"
    "n4EgdpKp5yl5qLFLmfqZ386bZUSkNS8nL87p2epPnWh/fnoWF+yOgpd8FN1yH41NgqnkgW"
    "lumcy6T8Epw+Izsvz9tvfyDDO4d2cYSFNifDe4VXSlPSb9+5XJnz77/PMR9Zq9QJKe7JDs"
    "kLFu28IMfEmuxpaszHv9sQ1YEGrlUKzEnPKZAj0qFvZ5g8DzkCMlVqLH8TYFZCxLzbhUQS"
    "00u50gUEC44bLAhDlm6B+4juN8CDUcyTcDDHU8NB4pxCl216hq7Z1kNs1gK5i5iN2GxCFu"
    "aHCNtotnHQSreeDcLZ+eNPTz00YwP8TK1tz61tjHjJZV7sg2AzGSqo55Fw0GJLXQRicqj7"
    "xyNi4B8v5h93v0Z18KNygH4x9MFzc6LsufGWfBVzNyTSveoR5VOw1rrlEBlxNaP0/U6kew"
    "iX700A72OV3kePdKtmskeFgN4u0xU8BVzRFxKVAk9IElg33qVqhISlujRfa9bBoLx1RbO6"
    "bupNB+HMcJdin51xoKc0TvZo2ZqR12UaXixTCDYSFaIEfENpQh2FNqo55QBXSgVTBjYfGa"
    "xhi0JpbDCZXlYCqFehrrqJbEwdzQEvlGAvqQT7sWs/3elkk0F7DN/uZQVdFgYRVR5XQkCt"
    "BnufeAWGGdii7vkWveCtW/bI6xed8p+LyfzMu3AWfdC7CzS3eIVJIcSrLfHjNnuIx77ZNY"
    "fyzIpkDKamB0+IiefP2GL3zS16W2L2XEJ5QCZ4jDgdlMFr0VdsI8NBpyv9BVtfz5aYPd56"
    "B7kgDcwFaa6r+hjrYGdYhrU5USvx9KWQF34ZD+9TzHZfID4tjZmD/geZht1iTV0GLIeC9x"
    "yQrXw8T+/6v8WhvrodXgpwQiwq3sFlPI2YOmxXUI4ZRsTAY1U8p6nhdd8qPDT3YTh+5Cfh"
    "uiqHXw3OPRuX14PDDTkcF45JLbBWNYkd6mOSSQ9155xW5OyNmCAE9vJs90DCTkcfSNhpYw"
    "4k7JP0IA2cR9y9uG4zUa1BSYbsgjqzC+AU2NpOgT1SsLelCOeI9R4nAPGALYNGfdXRO72s"
    "sMPMpDabN2vRNHeyhyuFVpQ4S/ZC1PP9r/QtmmIkKvgig9hsSiJDUuWpSAfgum+W614MnZ"
    "Ib2hfoXPGFLCB9o/THVJP0x4RB6n6SBezRsCCYo60yR92hU7ZGY2Id0uwrywj2IQOdcp/K"
    "HptcyvnAVWo9Y+w4Jp4P+WG4Mt0ncj9TA7Ldlpo4Vzc/4UI0R29LhhHihwwtqLVCFp5h45"
    "X3LI6b4h2v+KFT1oYwlQfrFp5fIHce9JBNueLj9mPYXvM5ct6MmZRpUe0TJ+TUeaP8nBts"
    "IwYmZ3TwYpo2w9UV6SHegHVs++QM3UGUfSAHcyuOcQpywxSKirU1fSXYlMrR1agchFcLh1"
    "cXuECxzpAQQF8YegjwfIkaNdun1HaUnUCXvrWq1GiGVgkK9DhQWEabPPzlpoGcV5Xeza1G"
    "uQ538KfVjIm1yKFI87ZqlWN4Y0QXQtvk6qeo6OKru8FFEy+YtrlxeujNcJZMDWbK55tuow"
    "VTUOYyF2NZ3UIFmEbv8+k6r8X2C1mJ2PQdIBDoTOmR8qLOnx0sikKp1YSMiXWOkVR+FYdj"
    "2MINc1CVPXd9Z4lW1ApO6aAzqwTYwl8E7r6nUxn7mCDgXwx/urEKL0FJWRiF8hMdUqZ/Kw"
    "61L8qpzqPBnKdrMOcJDYZQWVJfxmGLVJrU137lsBK6Ovi1wK/VdL/Wkc9XjqKf6dXyhieX"
    "U4tHPvP5tIYkFKENBWWFx8nCDNaZwQOv+jPD1ub+J8v1S9lJR9aBfQFtrlmB2CMUGi2SXF"
    "mb+lF+liT/MFTPew7LgBqSRw3hQU9tYdGVPKaakt8TFjqwhkPDfFZqJRwEEI7EN70HO0fm"
    "nf6ikBORJU0k/SvsTjGpzpjOpblIV7ozW2KVDT8kAXAmEiCNxQJbmNkIEkdDevpjVApgBQ"
    "dms1xnC8xW0SKeexuQPwx5/HktCpGoox+XhBEoNgIu5bkAiTAiCKVXmlx6BZii6R9dd5mi"
    "UAoEqlV0hhCXEdqAfP/QflV2bXcoBdLWg0aTFOeWbc1puFd61mh/MzecW/p8IgmvBfd6WZ"
    "E1nbfSTPqcL6iWDgcQtBu8H/UyYmG8ZLdqpCYs07lITflsYvZFSQ8ZSAd4J9G9YGP5+LJd"
    "w3C2LkYKIMfEuof0t+c5kP72PBVpfkuKtGL6QVgIlou903mKF0xXTSKcXvt8J3FQ8fNmqr"
    "IyXCupfc7Pv5AcjZoOeyAAqBdH/dXQVRYTr3mNy4i+NupZScpn4RhrFWjd1p1boL/LQ7z5"
    "Lp13813Li1XXqn9010HNbR4113RIokPu06o43xtbtvmC1y7itQtNqUYVAruZ49WaOpjMti"
    "M8o5a0EmqyUS/LNWXsmmuWaF+Bj+r3E3tGXfvvBW9P/g0+qzb4rIIxy5085gt0MHesfAOU"
    "fwkK4HrNOwjtN+cf8qjk5x/SdXJ+L5Y7htkvtR1tqdtKpXvjch3Eu/ypnJZnmk5STEsz/X"
    "IT9aKT116zJyh5p8IycDjfAa6SdtmdwIwqbngm7KTjqPUPFl1RbyiSBxsENzPV+LXfrGER"
    "5i9FVa8uiZKNtYr+4rfv3MkD5YfZVOPx9cfiW6wSvrDfJQd3/wmrvmyTgT75+HR7q40G10"
    "9XjzfDe9Yp60Kz8HwjSAUT8jAYXQ3uH7Xhx4/8/FVrxvPq6WIxIZdP/9LutZ9Yv3cXaLrZ"
    "akRji622mpC7wd3lYKQ9jG6uBhdohVdTbGlrS1IkPc+gnr/Pkwv7Pj0V9n1ePb+5B+fOLX"
    "3hKEZATq5H/Y+PF0jI8oEUh+hq/YeH0fDX/m1wmq7GtmOLvurmhLj3+DG67jX50boTwrri"
    "F5g8LnTQbvlD6iyZDrWkZoF0m4Qo5NsUy7dpW8X6bqFv4TWW2XqXlJpYJ2nWti8Ug33KpK"
    "rCPbhSr5V9ORzeRqy4y5sYqPdPfN86/UasO6yR4aRgHdoHtakkbJ5eljIh2JnpXprXiKsS"
    "fzkSp3IqqiEJgDORAWxhrIhnWAQATRRecPVZyv1HaqttTBKWXIUl1yupJNHa033JYZn6fc"
    "knf19siLCimHVkmI5B7DP+vP9W1OMb62E26Uwk6mjGXGlY4nIwNKUPDbNRLccu4PuPCHaP"
    "ctYST78PUibHjFnfRUY4JAbj2+TxhaK8VVbDszfTleEUC5DGZaFESJO/I9+VWWCgY6Iwzk"
    "0eZ9c9rVlYt9XyJxOCsILmWUGBYJKOfrcIJpHMhvW84KhHJWHUmzLqksXVe3vJHqpacSkp"
    "CNktEucW++XPNKXqUno1q6gUAJt+kDAUCquitmtgBqnCK5EEgPcmvfnfexJo5cS3q1BX7c"
    "I4d8mq6OII9cBKBTdnPbC01QIA3gOwZIHMAXFI2QKE9yCcVEwPqGnHOjMNN6h1YGm7gCff"
    "33XZQlMobRSiBSccvCoLrhvWV5dwqiVRIzzHsnI2YnMxR/qGFv8i9p/A9U9+jjvlR2f5nS"
    "BbZx8ouyYuixOyLpCO5oY944RB77h4Ik6Gt/AMs76Sh3GV1y0ULWw0EzI99wQSJKosV9gy"
    "0m9HZju44bvrkM3jhhfblprTJSzSpe+tNH/WTntRwjUuBtjud2WJuViCjTr0+2kZvHmt1P"
    "A3Kz+vVzqBS0A2krDdUXTjX26Kk/DI6fTCtM0yz3zbN49dFtjc+w2yR2b/jD892cw22tlO"
    "M/qKLRudEmY7XSDM/tjyRj1mRwmDyXe7vuuhN8NZimsu7R2JBFD0xkwnjAwHGTa3v5IGW3"
    "2PlVb4inxD9svmsCpfX4qFV1ndADF66tZFRKxDoaW6T1ADjai66OnLRjFoGggAnvs1TNCF"
    "StSFpNom3xwPx3bs9tJRVHffbKN0yyuxqNwxhdH9kQndMtogU7c0VmtqOd46pa1ckZwqZt"
    "/zxXtSiC6Y1mfiZ322RQvDxF/ZyO0XLbE+5xqgQ9GVpc9NjNyf2kMW3tisi4WnCRL82RGy"
    "Sc2y8qdJFUq/CoxAGJTJYyqTEAiASknFKyU9jIa8StL4gtulvD6SPSHjx+HVpwtkO3T24t"
    "c9Gvslj/j9p4eH2xtxzd7wkKi4OnwY3GvD0bW4TteYaMLPY8dXrDwDWf45EO6wqCVa70Sa"
    "kczLH9uZZF6I8KR/C92N8ECiRddGPS3RImHFHscouBGK/C90eiIxCHY38xgDf9IpFHDtlu"
    "4M6l1H1DturaoaQmEZSI7NkxyLyYzOPd9JXpTDMp1DufyJ3PQqrhKoZ0s8e8FzRcRPrn4e"
    "XH3iBVc9+QkZPd3f39z/dIGsDSFsECbkmukjF2hOCZ6Qj/2bW958obPvlrce3rK/tcs+X8"
    "wsapqc9s50hmYsSKudlzGvvRkSAXuzdHvToY5uahZ9UzkKJSoEVQPj4T76oopoSALgTFa7"
    "dWtRq4KakANo49C6Npw6tAk5gDZR2lZ3ZkvNNv4/ifadXt02IlQfqOfv2wIrtiwqYZNmaN"
    "q+QOfUbKj0A67ISLviDuiFQQx7WWjYY6JQN605HufkOIcMwgJDnZSG0W7yaENFnBoLtkBF"
    "kbIriuSpxhA6/zvGGFeoLOAGvHZHj7dML8lVgEFu4BVAia01HYKo+iBrxrH3sWm3N9Sqct"
    "j9yZBg5Cw591EnyO0AeV8ez6Th5yWwt+4hg7iXuY9TxK7+JtzGHAK0IXOKbc5+XCGC37DN"
    "CZCWLSm9UPnToCJDo/NI0oPJbOFhCoqK2y4QgNwHmQOEOIazdUFJgJoVcIyINTk8X9AdUv"
    "5pqx5mqutHRKxLc7jmjDT8mb2CSqgwEIBAYemBwj/pVM2I3Al06ROoynz802XbHWg3Rph7"
    "LQM4r/W4m1fytLVjEipHwhGTpui7ltN+Ld+z1MolVP7uTzFPvTooOwm0Z9Ce27PsRqkZkt"
    "mcdY6jK1Dj8Y3H8W2XeHpjkUNZ4DQWlRgtXy1U9GK/PajFpavFPhFGcVUJi8HRsAqLC5gh"
    "YIaAGZJqhvQ3znKMbTulynP4di/LFNFZQ812WyrEG0z6bBB0qiOHvmDCWq4Mc/vuAhmOjf"
    "TZjPXn3rHRTLesrbhuzNHp5MQ25pOTdz1xxcILtuIuvU546QVvDrEnySMPNTx3QiZkoM+W"
    "QasVfcU2+mPX5A9eSHq6FZWmRWEyHT1v2IjiOXp64HwApJM5+5/9xstN6DzEEX3k33jshJ"
    "pzbE1I9F3W7L8x4bEU/Vnnv1SUpuC/D73pNs9ZYgoHj7NYeG3qWzx/x/7rlYmKaAp6W7L7"
    "yBvOM3RLn+nGEW8jqqtNCMNIlMN2wzRMRnfQamM7CLM2/jRg/+GgP9x+Odvnj7/FsBU1Nr"
    "z7vhR/tzV6o9aLiA05E0LZ0oFO+XRnnZ/ZeLaxDGd7xuaWiBPh2Ystare5I8DWBDZe4oVM"
    "qs9trwKcaWLr3RnqI2bu8DJv7gfIC33PROW3pW5PCP68Nix28ZRQD8eVIUDkFT1Yo5nOX8"
    "8wTTTF6FU32YxgvZN3VcSb0pVf6eZUUPE9rsFciTe+SJaiHOg2ZCYWBPtDDqw/pEL9IZGl"
    "w6Y8VcJ2J9FBdCtIg1pI7LdMg8GTAFtBwVbYbc0K9kJUCNIa4qDq8zlTRlJSMeWQhkQ659"
    "8pv7YSEPDToe8uAd/T9wuNe1wWSNlNJmW7VoldYJyjkvV833UaEF0a5Z2ZrP41hyXhW27D"
    "KBcJecUlO6calc/Hc2vxqPn/IzIV5bG0r/ZTqPScrYpoSALw3BdQ2dilnH1TWkLQEfbzva"
    "GU0ITaX4nc/Z5LgPQu6KiToEbWvSaFqG55rOajbpgbC59IYlSR+72sIJWI+mgLt2nOKNVH"
    "USYJrXXbfqPW3I0c2WiNLXTK5yF/mR6amQYmDvIcF+8uRNRhbVGuO9jGK+bxBn3LAx5BHM"
    "PRF4szHjZLRqhqeCaPTn3Ca0eENnh/thsz0S2MCEV+fMehFJ3yft0olBvjIZTdwKbpJt7o"
    "a91y3p2hR4N3wuXxms6WE7IyTNOwMZt4cxvZVLweD3Vt1uwnOO7jxFN4bMsbFMRecct+qc"
    "mDVuN/3IoIGXWW6MFVxPglHoZi/zacjLrqPkpijD1vEhAYW0FgDA9dXuU4LNPBeEIFB7O2"
    "xCnbYojD20xORTksAoGEuOFh6rajuVULNenR8BlLdFK2M/jWnGM1NSmvMqmxfdswlcdBJg"
    "0jkX8kEobjcVTysUfCGWPHSTkkKN4kUzH3ST2a7bY+Yn3wFyypx5HBEXGbd46NU9Z+mK7n"
    "vermRqLkpZPSA4H6WenH8W5Xwj+HkyPSv4B2RoslgYcmnRwx5k6Hu4Uu3ST8e9m7A2+leY"
    "QmODWiVZ7urB2A7foWlixDj/hz2imngUQnTNCsBWbw22P22h+sL7fD+5/85vENIV6eggOh"
    "mnoUkgI2oQKbUNictoPXBUxVXwxso4KVQNw5W4QzE5EENkVzlJokmwKYj+mfXTt12Vxn39"
    "VOQOieWnaQbbCPrDAk+JGyf5RLVWjWIJRGVSjP0Lpa6oRgs++Gbk8k5lasRS/L6Jq5bTUv"
    "Epw3p3NjIXtJ1zxuy2O9K916wc7a1HkKH78gbvJANrvmLKi1unCrOrqRY3ds3UC39wK9oK"
    "XbEBnzd+8kSZ01PhjsyGbZkf44qfhtwzKdc96Wn3/W/MPRW5u+w5ZgTTHoEBLphB8kNnvP"
    "82Snslbp8/c8kaHKIUvzN2UD3TGfUw3Vhtwkf01k0CuhHZPr3OJRCdpveLqk9EUd7oRg5/"
    "CuZCWZ6jbWNpapAnVYpnMoVzKrbeOZaOplBWJincO6goNymV0k9aZkgLwT6RzA5et3hs1s"
    "aMd4lejP2RXfwnI1Bl58s6W1cZf1xl5qxUJdcVGAXQV209RmG8uWnbaYHtKNiRVaUFoUYq"
    "kirMshLBQFiQhCqAtCXRDqalioC8h6HRv1Esh6obLODAKmujoOtg48qu2a9XQrOmrhVEiL"
    "xUU3Sc/hr7lRn8PgevA6G/K+OosYV4Zth/2qQ9FiHY15P11Fyl4a6xUmjsYhOxStsdcZR6"
    "2rgK309dpP8zgAqZfNndtRV3FaU9OYGQfPKIfOXh54V9suAVUlaT20H0p4FNHdcj+HIr5P"
    "7+dR9BFfStwceTdtUaTi04WDyRkSA3qBeM1lpnkIvgNdY4LcR7gsBo+30UP2y+bd35C/RF"
    "2Iu/5fJ7ERqOu5E8IfA8d0Np9S2+ZqyqxvNl9b65h/2aixHHcCcPq6xD3p6/9puO7nCmmp"
    "CEPcIxn3+MuRcFpSJ6/XGmaupIAy21xXa0elkERYpDMpJOUdiGxZshhFxlHIvkDnPvvv37"
    "/P8d2zVqkfvrgX27mYrb9JqS0zIJtVghce3cYC6RrR5mqsIuInw4fB/YVQgCdkNHi47f/r"
    "5v6nC+9EFTYE/Op4ePvr4JpftKn56gYVj69auK+oBSzwnKtKXAxWluRJhu5pOoWq+EZEIR"
    "rXHAd9Mi7jf86FxjkiCuPc5HGGqGv60tnO+BtEXb/EUU+LusZY61yxUfO5RIXgwNAsnWi6"
    "VcM2KQjegSS8kdijFOAsl7hMukMoH6MiX2JFSY6IcunxZOJuyxaVvOnS0fV0f3H3yPwtAW"
    "jF4HvDZn1elGVf/X6sQ+txCUiXdkBBIxFO7l0RfNlroPun29tjldSP8pckEe4EwWl/kFtC"
    "sMoV544m2es2Yvhjm5+6e+plqPFzijlV+V1P1JAXlCTvzF7E9NHZUpzj65a/93rriSrx/M"
    "qVpc9NLAt01/LgCfGKBzhoimcM5DP0FKo1sBNLFhtwC/obc7xaUweT2Ra9YFHO331P/2xr"
    "af37SHp7ZGD4dIRK+I1RH3oZEfZm1DU4tiZXsS88+XUUQDsi3EHYy48OZ8WIUkyVI8SFuj"
    "Cv1ZGWiHYu8Fn+WXP4lWvUqgXxw1KdiafVXOzRcLAM9vRK4oHAQZXEm2mayGCspJC4Qx3d"
    "1BaymhNZEz4iBq6monMeOCzV1p9gZq7xii0p9z51bkeFOrOcl+erphtrJkM0Q+vbiXRu4p"
    "avg0C8Oh36dkYuIV79JY46xKuPt0ml+4FSUc3w/rRZpa3qiGuIi1YeF6V+3OZAgPMmuDds"
    "AueFNfzhNitAF6TMy4Jz4Xz6HIG5aB7//qDcQ6gKNorkc7ohKRuzQWbTBr2x/9eJE4+BBS"
    "EwniDqhsvO0IAZRlskMvKQcHolQnL1PHZCppvV2kbsNxsWU31Yr39Dupv2OqOr9cYRR2Fj"
    "9NeGPcNwtjzd1U2KZSqQeIaFZ2zi2P5L8WfNKHsOnp+Jlm6v7DXM7YQ8W/TN7vHzr3WCqM"
    "lje+6z2J+EvZGFuOibZTisc3aFn7LNfkB6aC+0enr5aBDOa5CLJuO4q5oTOpu215WtqIW+"
    "YLVpHRPsjJ+mZhfkbqlTgz8qB+gfhL5alm1UCEwViYuyfbmLa0zmXg0cpfTFTxeIvkzIw+"
    "D+WiQuev3wtMXHkZ/L6FhuKuP1oH99gXghk7jedpzwNiRFlzzxxbGDylGlqFTnPPSVhJYI"
    "/uxo3mQs4LOViEMSYXP8tEn3PCYM0k3BwygjojDOTR5nT7kqUoY5JAhj3OQxhlBb+s4JoT"
    "YItUFcqHlxoeNEMEaYvfzMMA1RnHS0ISeSSEayUS9PRMOKiOU9mpRgtNZtm2fQcM99tBP0"
    "J51eoDde91K481dr3cLzXuiKxQSc6KWNOUeEOpLTSKt9FhxA2qwDSNlyZBXTCqKSoBU0RS"
    "vIQ7taGMQoqPHHREHnb47ylxxn9kufn2VsinS3WEikRp/YFLvTqY3pSvbLxtZmSzx7wYoh"
    "0ogY+HWTAQ0644rAZzVco1IAq5QlWGTGJgUB3BRwVSdtXAyAlWYNqcTMdgIAZpJ/4uiGqZ"
    "R4GBI5KPWwmH7w98WGzIQBOt0YpmMQ+4w/77+r0hnqyEhMuJOO4+2I1A2SODridYX2+zgk"
    "Zwrt93E8LjGzBHRi62KcdRPRjTOln7kfwu9QOCWi1UbsC8QJiA5mM2PrUijF5a/Q+Oebh4"
    "fBtfbzcPhpjAxBuEx4O2p56oT4XX1lh5/W8yiXyKFRNujpTLcsA1vof/Hmsxf2smzUVlNs"
    "vePP4+OOyfzMw9s+C970bEJiMVburGFvqSMLm/oWrdj/HP0Fu64d+oZO2WhQZLAfaWLdxq"
    "y1YWKfVGrwwjJoYRrPS+ddPlqnP/SEJridv4c4JvFI8L+B+NlI4ieUGMlhUlZQYiT0GSkA"
    "HhPrINQV5J26S60KzCGRDkJcvoPE38MUZ3NMrINQ11ubqFsc0CT383p4P7hAc0owcD47b8"
    "ECE/HLimQAx7cuji9wAbv/NUGxlfQvrLtRf2CAdm3UgQEKxVZaDimQahWUDyi2AsVWosG7"
    "l82dvl67vzEZutvd7eUK3L1stJUrkJeZvLHQ+NOTCP66JwrouzDWhvCSIeHI1le2aG3MJb"
    "zjQ3rKUW3khOEYuRY/GvugUiRfSjiqMh5yW884b7Gv2LA1Hod+xZIAK6Um1knKlA7LxZCe"
    "MsGqoPane722/eVweBvR9C9vYlHU+6e7y8Ho9BsBPWtkOJHgKljd3bW/8ljdYH9VxA6Gml"
    "QH4wnG1zGNL66VHg7v2O2lo5juPtomZYiOeY7BUDAFT2R2V+h2L4/hRXdtcyWDcuYeP4TN"
    "LQ7Je3nGnKV4yuDqIZPORLLmO2Yx6Q5a0VfsVpfUX3VDTIigQmQvxGNMmmRVPWlCRHdnLr"
    "6csXTGMDK3mte/S5t0n8a5jyHO5Bl6FEmpnMzobCxi8zfkNEWHupzFN2q9VJFpCpxDfg+K"
    "TbZjY4+Ezr2PVA3UmBQgCwadEtTdMuiakqvBt80Hahqzbare4d3OpXe4uZJrLmHkTdT4mW"
    "kEq81sybUAurFCW72rI+jIL4TNkw1sbJpnvBK2+CluNWxPT/6KV7IW045XseaKxpvhLNl/"
    "enpxRBep5akTwgtaWwb7xbxyxYJarl4z/vR0Fug67Cvm992OsajR7brDghZogbFXY9t7qf"
    "xOanBCH7MYxlK3sDZdq+geIZH69shv3rP/azTIIVD1BXa22nSzWMhCjenIxuWABJuq2Ykl"
    "KYltejZnUhLOkyx+niQQq7qmBwKx6stx7Dds8QK/fs3bRKv9+g2bvO12698yK85lskmM69"
    "3NXpZpzY/RdROec9rTfeIWDxB5+aKeALNFsW2z2zx5n6Ip3TwvHXQ63WxZK2acCn/6u57H"
    "inpbGswstvgJU7aDXvC2hxYWXXnXR3hu2Ghm6sYqybmq99FS+9d7HL8vHsL/w+tQYx1Kig"
    "jwE9B3zaFwQDOd+MFg5mVxBQId5G59eJ+Du/XhfSp3i9+K6kjhT0QB5JhYIagbtuPEMnfP"
    "P+RJ3T3/kJ67y+/F3Px8CVMkJYZlypnRx11UIih/l2c+f5c+n79LzGe1s6AOOQSqcSvFFx"
    "2TqnUOt9MVkYdjyHUiNZs5JAGfUUOyu7qOqafrKzp3IkKA634PT8ikOtAFwU3e8a63lsGc"
    "2xcRmWH73Tu+AVoeuDdejx0FOLTXNC8jsa2gpqYkNsCH5q8ZKV600JKyx4/mfZr5PGnpEM"
    "OhI83iWTiGY0qyzjJKwfkCHXQOfXlF4BJT+cSeLfF8Y2J/5HNXgRtf/Ty4frodXF+goI8J"
    "ub35dXCB+AoyIYP7a34Xs6c3pBacODjHLnrijt1drkBLDHIJNyBpkbP5VmSIQ2Ldc8B0aX"
    "wbdG5WwxzyXRplsWsU+4xhhFsxwu1ylwN1rxx/+doyZlhjxqdFX3WzqKac7KW5FUZP+L37"
    "wUAowxOSrJ7cf3gYDX/ld90fxPXo0eCXwdUjv2bhP8Wxns3QoF3g53hmFFueZfKwTDd5mX"
    "ZHzJ2F7F+6LfNvZ5QIkos393Mt6EuopCCwv9FNt2qRm4QcsHMhObc+ZKOLvOrkTZGGKSwL"
    "65qmaqw8IgPTN09QlwNWQlzsye50WCwysSJxsRFTQkY3V48n0vW3jIBuqKuOohvbd3Lgu1"
    "MC6pu7DVtv84Kb0JdSKs1mbXIA8h6QU/Z15aK+8RN/k8BfenIfP42wGSwM6VyQrhEWEpyZ"
    "EjDqJl/mPzXxMQRs2ZwMH9l8vAwtGNZ8Zct4xWa62CUZnaE/bGrO/0CUmFv0LCp5OUuLJx"
    "2J6hnPG/bz8Rw9PXAnBBcNjlplj7EdtNadZdwlVd2TJuSUd4L+F/rL2aK//x/+LwaFo+k2"
    "W016/rOQ7Rimiegak3du6RFOhJjqNv6at3OfhfRnNgNYx7ziCFda2MvnypKCKiHHZq8sTN"
    "1eau5GssASzTEry0wi3CXzp5ass/BQUGoVGYSQWGfKitSMfWTxU1hmEnJdmv/lOVWoqeRP"
    "8Zp3ZjKX5wbEliZySzXTWBmSUFG6CzApCfAm0s1MamNZpnXWCQI7oRqPDwiutPb8AL5yWp"
    "hXvZUhnrnghsVgEkNiUk24QiXfg/GERK+jJXpBff7ChXx2wQBwoTbUMfiwsWZL3U4veBRt"
    "0MtyCq69piqFj9LRgXStZjm81pyXlcQ1g27lC3Su8sm35zn4Vd+ep9Kr+K22J2vNLX3hnK"
    "jBfXI96n98vEBCdkLGT5d3N4+CWWpvpit+Lsg8LwWVSQ/uWVc2Jqynq+H9x5vRHW/ABm5h"
    "WCve4qE/erzp397+SxsNrgY3os+1bjmGbprcGJphw+vdv7u7dnU7HIvuhJHK/u7fXw1uRY"
    "rZjI+B6aepqXLz8hTNOU8vmnOeKJpDsKPu+wwJdcYQrNnz+aoXwD0kBLgXw92hjm6qIx8R"
    "A+yLYe+tyJZmUbXU7YRg90jXpS/sfkqJrfGCfYYlc/eNV2wvSy8zLe2hxgMKqp38357/+E"
    "Mw3fkfWRN8fMc0geSMJtRRmsh+++7N3yqSBgqnakCSRiG88ee10I41nq+UxJvnQ6WkqsYF"
    "sxKhciDfTF6gDGnO9Gl18cR6fdndzQYNTNAi2fwxWUgjbHIa4cKwbEfzvQsFhlvaAYx5k8"
    "e8eJowJAi3Z5S5N7DI8r0Tg/Ft8vgGzt0iullMFka60SMt/O5FhjksCGPc5DGGA/NSh7ml"
    "dpZk2BNJYFBIokKuXdFCB1DiIAe4MbNPFeM0cYAaCqLUyMbdrNemoVypIyoFyObg5XqQJV"
    "FWJ4+GumoZyLkZpNEJBjU7oGZHe8AtUrMDqnXkhjdvnY5MXQ1Q3oNymnp6QFEU0yD4QEJ/"
    "hH5+y/rr0Bodo0rMMOv6QLhGbi9dAqm27Acxu/ZlQPhTMG8WhBZ8A+WmQvx+shbceigEcu"
    "y8CDi0tCzTlP0up2hFlaRslyCum2Ktf9Y4SNp0rTC1Y1I10ky/fd+WHHM3C99NMlFbNSJi"
    "neGvlwzsrjy9ErA7MQA2UTmFKpZMpuAjhFoIR/K5riUJqspmfiLjuWUY5zX4gy8VaiA0pg"
    "aC5wXQSvCceK6ArvlManAHsPcaY8dxXy/NHRBq1MvhDmDteL073j5nqdSrJfvZX7/xWqG7"
    "PtCamsZs20OUYGTRN7TGFnrBW3RqY4w4CpjMz3btz9z270RR0Uh91PK7P6BgA3tEcrKnZw"
    "d5zTtXV6CsQ2DTnRWvurmRJAb9Mh7epyUsewJxkpUxc9D/INOw26iGZMDMoeA9B0wqH97T"
    "u/5vceSvboeXApwQRYp3cBn3bADT7QthuiWU0/Rdv8qdzI8DSPavUIgghxM7HJbIV96b9W"
    "W8YmsbFNMIilzr/k7j19Q+5YCzBg5FtkNnL0gn4g9eLdvE82fW5G2JCXqzeHIVkexidTww"
    "w/s+Mw2eOmDhBTjhj+qE9/VmtQpFUanOqRPllykKzXcFmKNShWBuWEy9GrUtVAqP4eNt5z"
    "EDMKugbkiqxoq6/vxubUFdKKAEBZS+JNyh5Em1JU9cJVSTMVPTC3DExA4sv9E0Iw/qb3zZ"
    "1nKu09gh0FhioDFYT1SzlJKCkJ8Eccfq447yJITQbCwB4W4TuJNf7nGp2xCALOq2TWMixx"
    "DN776tioUMPs/jEo81fTbDa3XKW1isM2Y0cAmbDiyUA031RXxz/iGHL4K1SvVFiHtAqG+k"
    "y22qO7Olmh0WFgELTMpL5kqNss8gJNSlCV2u44BpjOpOg0AIcAXmd90eGGvHajnQSdC9FN"
    "qezFEQfK372d/eqlm2i6tjjoE4ytG9JoevC0j2JZDsE1pXCZBe+v20S+PKi2lY01ROXajS"
    "GxaUPZK4wsIlkdL9YH5VIXB9dcv1NWNDreI/8NsDxS/mNEhS/MS/FaD129fnkakN3Ep8Mu"
    "yJDluENFWc43Kd84CVz6L0IVszoAphHQh2Duzy1w280g1TBeRAoHPgVrJu6PO5he2UI2Ll"
    "CIdEOodxJdy9tb5dcaa6g62Vrc31rQTudN+iVLg+3823bYkCGbbGFlfjVZXeHpEDgnt+gj"
    "vwKdPndrf4lArZh6FkE+6MK7NMYwvnQSrbJ7I9WHS+mR1aotH3XDy4vXUJrDqcQT5sGT6h"
    "ELL7XUNaeFT3Z7j20fjTE9KRL45sbJo22tjshbGDeNQciag5OsWfZ+Zmzqsq/Np/fNdDbG"
    "ebI75OiqzTlUGM1WblJab+tdGJYzjbZIZrHQ+UZriG65dDlclje7wKsjiAwFEOgYN/SiK5"
    "UtUqSArWNwo/Nnquh5Zvg3jFctVqqSbkOnOyeZm21trCC2xJT4/fZ25FRGu0uIIrrTW5gO"
    "1R7jyGU2tq4tHAqTUnGRZOT+HUGiikWH8hxSoN0D5muvTyRGJ3end6WeamvmsDNIQ2rZW9"
    "DKPsFVu29ASq9JhMSKSDEfNKojL8o1JA2GveQXS/ef8+T1zx/fv0uCK/lwySYyKJDKTXhA"
    "yJQFVIxaqQCh768jez//z/do38iA=="
)
