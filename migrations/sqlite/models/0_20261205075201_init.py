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
    "mfa_secret" VARCHAR(64),
    "is_active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
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
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
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
    "eJztvWtz4za2LvxXUP4Sdx3Fp+Ncprdnzq6SbXWitG15JDvJnGiKoSTIYkyBCknZ7ffs+e"
    "8vAF7EC0gRFEmR6DW1dxKTWCD1AATW5VkL/+9kbS2w6Zxdmdb8eYznlr04uUD/74Toa0z/"
    "Q3S7h070zWZ3k11w9ZnJ2zuuvlxqc9Zcs3l7fl+fOa6tz13aZKmbDqaXFtiZ28bGNSxCr5"
    "KtabKL1pw2NMjT7tKWGH9tseZaT9hdYZve+P3f9LJBFvgzdoI/N8/a0sBm/OUN/rL8uua+"
    "bfi1S+NpSNyPvC174EybW+Z2TXbtN2/uyiKhgEFcdvUJE2zrLmZPcO0t+wXsBf3fHfwo72"
    "V3Tby3jMgs8FLfmm7kF8+03bUTTbsbPWiTwYOmnUhgNLcIw5e+qsMBeGKv8PV/nZ9/++3f"
    "zt9/+8OH77/729++//D+A23L3zd962//8V5mh5bXFcds+OPw7oG9kEUH0RtoduE/XEZ3dU"
    "+KD8YO/Wf649P4X610e0C2az4CQ/raOpnj1EgEsomxoD8yORYB8nmDEVzYjcZuEpYfDgrB"
    "BTLIlIweHy6QteXTpMDgrPXPmonJk7uif36XA/sv/fHVT/3x6Xfv4tDf+TfO2R02BjvM+Y"
    "eHF5ruppG/poi5xhqL535cMoH7whc9C/6jmlFo8pvIwflheDuYPPRv71n3a8f5y+Rw9R8G"
    "7M45v/qWuHr6Q2JQwk7Qr8OHnxD7E/3f0d2Ao2k57pPNn7hr9/B/T9g76VvX0oj1qumLKJ"
    "DB5eBSbJRN4fDiubHWTfHomuJh9UTOfNECg+qPWM1fVhWDej24Gt72b07/q+eNFB0/w8Wx"
    "z+p98usx6aMkcfUkANdcXBeGt8xr6zS8mZtxXGj/ptx+VP1t+fyb7/723Ydvf/gu3I3DK3"
    "mbcLDh7mB9NdyVQTRbJ09YoOhYlol1IgY3KZqAd0Zlu4dvngYzGt3EVvfLYUKfuXu8vRyM"
    "T79JTOo06o61tecCvJliIwZ7J9GcOsNV9LrmcUyD+eaHAirMN8ntcqfDsFtxhLfkBdsG7U"
    "6kvufN6rhguTldCu3wSmdnNX3o0rDX5VTHhGwFymN3VpbOKY8LvNhusPaM32TWsLhUNevY"
    "cW3k2CL2QxE77IdsQ+yHtCUWfhSzN03kiMhUfASSoP2kVyxqr+rsHeTATUgBsGlgtw625U"
    "CNSJQCtCGHTaOIMqfk8lnoGGNwpdH9aNnYeCKf8FvKNZYA1ffJPvrddAzc/wSzJ7i6+6Js"
    "/TX04kYnFf3t9BdjT3e56k+u+teDE+FiUAGsN5GuurUQFEU2sQbG0KXvgO4eb25OMjez5m"
    "ZuR+EV7N8ZELM1YqbPn191e6HFFgt2xzq3ElfCtulb6/N18opO9CeOEvs57OV99CcrY+me"
    "CII83o3e/vCOwxoWi+ucjAhGznxF1UcTLxCXRNYSWewy6wyt8XqGbaS7/FowN9EpsxQcpN"
    "sY6a/sn4H14Lw7Szraa3uIIPb0e7h8s7bcrHJ123WY7fPvQwJTX0pU6kA9JTveFIxH2nTN"
    "MGn89nnmqlJxDmZ+Jp1Z4dwVApdt88cEm4kWgcXfK2fxY7IoM8QRMRjgVg/w3MYMeHlPQ1"
    "IOzOE2+Rna9smAo6GNiIKjQX1HQ1ehzfM0jOm2Nx5ePZxkbGXgZ9jnZ0ju3u3yMjC7+85y"
    "jaXhT3ORxyHVqLff+0Ai7Qs6IR5WGEXFGFtvZn1Gp+y3Uj33jPd8Fuv53QXS0a/4ylqjNX"
    "Yc+iuRa3nuhB56tQ3XxQQZBLm079nWMQhtlHJMNPXgKaEIEIeCwB6ikwWi4Bkv2MYLNHvz"
    "mtInPtnWlt7705pluTcSHozfGebulv8wgj+71B5w8Xrjht4O4N12iHcrRr8LXNuSYd1vzw"
    "uEdb89zwzrslsJKhtEz9Mwf3P+oQgH6PxDNgmI3RNaB04a558no7tc+8AR+SyMuYv+B5mG"
    "00VDIQdehkbMURGgenrb/y0J+NXN6DLpgWAdXCbA3+hvpqULlpFs7CMiAP0B0O823DKJEz"
    "vpBrmGG6rJGB4TWiZ/4n5wdz28+/EC+fJTMhncPVwgBxN3Sj72hzeDa/Y8w/QIfbLLUpFF"
    "KXtJSi1IvuojGJpMxSYq0pzD4n296k1l/p+kQpnCNd8/LRAH5mGb3dSm7rgatm1L4JTK1p"
    "3iUg2uapLLWUnd6fz77wssU7RV5kLF78W/LIO86Kax0Jg+JKVApQSb38pP/rHcEs+OnW0N"
    "0zWIc8ae9991jUfjGzzd3spEXHdisMy1eZkL/HIliPQxSQWDrif0By5GxHzzZ2BHht3/WH"
    "JHfbtZlBz1uCSMeltGXfCx87dPBdyO6GC/t62lwX+12Lce3O/td6tvvKYtK9fwpfiMa2PF"
    "UevItN4wpjNYRutOiCmndlfvGV4ZNtZkOYgxoQOJiN1R6QRExLm1XhuOw2LF7Cdqs43EWi"
    "AWBjKTwOViieZn9jIQtFfu+6/F7G4Boanze9lB2tU+6tOI4AeL/qNm4tNRB6Ey2lPFquoE"
    "u6733mJVNbhfQFV1vKZHVFUl47+qBn6rSpvOVl9fdHMr2LGyPZihAAQhD/BRgjcj+wsAb0"
    "YN3gy+1Qq2hmALzt4SwlAFOC06pejlrfpsTPl/S+yxURnYaDM22lhNto2pv2myMCflFGQN"
    "Vg/2RnecV4uukSvdWcmgnRJUEO5aTHHbMjOm9X4OVSDbZqxPJj+N7u8H4wvkrKzNBttTcn"
    "UzGH+6QBQd+3lKJg+j8UC77d/1f+StXMvGmrf90rb3jwy6Cbuz2dpzOrvY1Y/Du/7d1YC+"
    "oUEYMlPy0z+1/vUtK3S7+osqEmtW7vZm+MuAvtbNDZNmJHNqj5mmnxMvO/bviwz9++yRT9"
    "Wa3NAhk1rQQoFSw902f2H9X9YrnltrThARqT7ZOCflKoFb6S2aIrbSXc3aYCINdVwQsN6H"
    "9Xqp02VsbmOBwZsNdFxKvQWkepwNR2NJSi+yBWtjcg1W9gzmeGcLe3r0ac20ngwiQ11OyQ"
    "F/WVAZgFXM3xLXMGXdZElZoPS1xy8GlD713aFZlD4Jd2ji1I3ocTeJjc0X//hpjM0wzVkc"
    "ckwctNOxyZAVe4zzn8PqceVhCkvVqQhQUDXhQIyY61zBGhPxnKzFn1vHXWNy8IRy6XfXD3"
    "vr7HabD9faesFVgXXr96UoVHQBFubOyOA0Yn0oio/v+OOsuwNhuqFdTbyeVFqnpMKlEQfm"
    "jrIthjQgMRX5TuMUcAWn4XqpV4bUrdeXIiiVCMCH2kJGID6qTeQH5LWYDlNtZH5XgTcsxg"
    "WFd48ZrYcKiVAhsc2Ipmx6qJAIFRJbAm1ehUQxE7sxSt6lrZP47hm7kasDzFgTYOWptc/L"
    "UsWAjdfLC4uWcjVT63CxnR/qwLn3elHM2qlrIbyi8DxZ9ptoLQzv5S6Hc6+VUUd29e8nG9"
    "32/XD85cAY+nIXyWNr6zWzRxzLFkRgM+ds0ByoC0nD0lsy5EzLmAwkV++1LXfL8oFmUHSP"
    "6RbCRa2g2NTKqBJfKBC/MswF7erAGLxyeMe//YZVyLZtUkfRIe9tY45vWPKpQInc3czVIj"
    "esmcYyWAuWve8jLsKTXhHt16QKKKslr6P5SicEU3D08DC8HrJsNLPc1d95ufi1RWWcDZ6z"
    "wvTI4156Hb2yinwnCajrfhb4AkDNbc0KUvvZ4d4XI4NvREQ9Gnr1WUJeldOlba3TIOcTOu"
    "OSQNttM23XGytXUPisyBi7ospnMMKtGmFIJ2k4neR4sf6WfUU1Ow/gQPvmgqiR5cTF64Pt"
    "Yt+WG9K+OqjbHtc65qDlWcgBqkWsZC0czsojLuEz+Hr5vIWgy1GtUW88lkLHX865czExle"
    "hSjZxAl4Tf++SkIgpJOZXGoLJYDV1e5GDdCQCeBcI0sbX8QF0r5sntGM6FgzXJr3Y/J5Dt"
    "kIeDO/F6URTW3VfbJhJgEOYR6mRhBChPG9sFm4AK2Kk1M0/hmtORlnJP++2VowJWf44ARF"
    "bqPVc2+mYpmB/w54yVISGmQEH8PD/w4LeHmMMwVVM4dAPfjO5+DJonCw0nzs98wtraINra"
    "Iu5K6hTNlCA4ENNmAkeJfj3l4I0JAryCOkqWvd6aukaV1CfB+pxdRykpB+AKTNwVNpfUpF"
    "iyw3DeZCavQBIATgMMcbKG42RQMSp7bqtVMSo66jztTc5ZFxWBlUvwIflkXDlUE1LgB93v"
    "B50FWZ0HeunC7NBuzduibrro95rBVBdN3wqAlaClt23qFgU38dkekAngPG8PLXKllLe51v"
    "A9g0rgIPYRzDnNyx8kcAx3ahPpgWMYHMPHdQz/UIQRTltlO4Z/SHHCWQKKDL5BewVcwXUn"
    "NMx0W3ZhiIiodnpB9UsD/ZVS5xYE7RucutPtd3j5QzMTuEjUKDtmlIoYAbvsqOwylw6t/J"
    "ngCanm8P/m2/edqQJgkDeDaAZdDQzdFNhLOacmpUXrWkxSC3Vnt0HTetUcVjtZc1c2dlaW"
    "KZdEIZRucGZ3ZV7PdHe+0phJ+YwFCOdGPFKyEPUoHvWAMBOEmVqjrKgbZvJJlbJk+6iQSv"
    "pofczwkOB6MC1ctWIpvRQpPDq7DnDcc145N50gEU/syU9pOocidck6URUhrjFXcd6JqgAd"
    "8QidTuJ1pDN0OokVP0RHqyCrmp+ko9pCLhWSjVU12WbUBpA/+GRIXuj8s+y3X6K9qkHdkD"
    "0CZbd2XVF9fYzpjxPXaxM37OWGurnjZrfW0releo7tiRYu58Z7QQZhxpuD0evKov9kznzE"
    "ukOGg6yt6xgLzMuqzXSyQLptbem/2N+TT49fOcjUacvg0Hcud4FoB2xZcxDhNW8Shd0aeO"
    "qUeA9hssxYYtfcFX0DxE9IRT/9E5061hpbBCOLBfpp1zqhPThorT9j+x0rOWfzzmivp+wb"
    "wmRxxjs941BTNWn+/A5qybWQM+B/BRoRFGrK9kDHpYA/sDdISI1UV0SKYhAPyHadsmXj0e"
    "5Qujk//4Z+wwwxOcBP7gd318O7Hy+QLz8l/fv78eiXwfVFsEwspmQ8+Hlw9cCu2fhPPHc9"
    "b688E6EQESGHh5Acpr/cN2Y8u4JzzTJXmpgMuHYEjlK2dYk0pmKTfyfdZjLNyXX/tv/j4A"
    "It9DXVcKZk8Nv9cPyvC4Q/bwz7bUpuRpPJBTItx5mSj6PHOzr3l2yfnpKr0XhMv4bh6O6C"
    "bs62Tb8H2ueUTPq39ze0R0dfb0za4+Sn0fjhY//mhl5aWbZLX9ucktHDT4Pxhbcxt+Mjot"
    "qDHFfKb68cl+f8++8LYEtbZRfPZPdE8TW57ToqoxzK3xVhnHyXTTn5LsU58T5ZjcVfxJEd"
    "McoJsbywTmftPBHGLCoj4ER5VpY0cyclqtKW2jB7x8ZLbGO6qZYcC7G8QplSDY/HAs+ppV"
    "4mYhyXhLq4ba6L65k0Wp7Wm/W5JQSV26tr0Ygijj05tSglqBze1TsygPSSDb26pJdg+5lJ"
    "pgKn5BTSHSpzj8AR3vU5nribusTEFUjC1IXyqF9EIfq2gVyUBpdXiV5cIABKo5YujSoGNL"
    "psVoDso4M7eH5SUWQFe0wMYvoe6O7x5uYkQxUDgPcAnNI+M+DNpsbWWbjBY34KGC4hJTSb"
    "0RKhnhY7iZAThOnfyLRcZC0R43JMPj2esX84jM/hIt3GjPiBeN9f+0k4aKW/YN6aX0avhr"
    "uirfyolvgkwhqfJTwQwl/FwyAHHAdxTEJJd+JTjdFJqo9Q7T4y6SiVQPRLjlR1JNbX5Aoh"
    "ByA4BLNXAXUdgmD412r4g2FagWFaqFQdZChBhhJkKLU070bSog59nAKjOur/zLarAxciVE"
    "ZUyyiFyohQGbGLRYueDVFZ6GK8+UC2zUCf/NofD34aPU4GF4iu/3hlbR3GdH8YjRnx3aUa"
    "b9LFeBxOO7WMqPEkVaUrIqIcr6gWHpcpdCHgubHWzQwOhNh14Imc+aJqebAGV8Pb/s3pf/"
    "V+SNQnCv2IqdqqppfFJYOrJwG45uK6sQ3LNlxBHC6vLGUo0mTtuK4Uj4MaZg3UMEv5nYo5"
    "SvTl8jCblgWbFaShJNcE/3zeqioodXaZhdJA4HgDx1srseIfn6s/H1q8bBL0oypQ9A5xlt"
    "h2NGsrME5ksHrwu1IfKiOnOBIg5RfmqqIml6KqgUn1eM3BjhM44svDdEO7mng9qTSb6gyi"
    "jDFV018y4yjR2728UIq9a9iyaEpexrNiAZVG8pvzikstPRBTY5CXBLuTadBvagULahdjMA"
    "wz0UzPR1k417vvm64+CvOXlI/vr6bde62Py8bra7FHbNdYJsydFGsO2644TtteX06wGuwc"
    "tjIBw/7Vw/CXwQXypFnxrLvJ4y2rJBdMEFZd7mbQn3jV5UxWNrMl1eU4aRg7JaiycclGyn"
    "+0hHHcJmJsAFIuMxb40Nnfl7p86F2xbTladEoOssxFmxur3yxHN4+IgCZWgHAehFIOpZwr"
    "FpLpJUnnkXlVIB9693lXgK1MHf6WrQhF4U0th9LU/jpdY97kFjjFwlm/pwZ9wYTdEUErXs"
    "id/r/nRsMLtLTsIJO2hwKeMm/CsyfPkP6iG3z40f+hDTXew9ehfA8R/IJt9A/0Pp2128QD"
    "81J3o3UueOeQw3tUurQ/mjJ6zE4CjPN0GSLvk5DAMyoCgCYB3W4WJW2suCTYWG2xsQSmtf"
    "i8NTkzICoCZgDUnoPSaJ3CEzKkDzNWZUp3Qa05GWjla83NgqpOB4Kr2oGhSWSjW/YBif1J"
    "+kl5DlGC8aII7MCdlcCqdqdShJ6d5V6KM7iLH3ZY2OeEkW29og22/fJrrrWdr/Di7/wgQX"
    "rLCWq5+XULkbNiZdxiRdTRKXMCsUZ/Wlub6Cai1+23dyKXU+3PgyT8dnmV2l+nP30KniQ9"
    "oTWMMDjIrroZDQfZwUF2cJDdfmwl0/3ZUdpY/kyqmJgyrvHmDwbrCjG7qzswcLJr5WQDzS"
    "4b+m6GgIrQ7CAEBCGg7iALIaBq8dw6jBwmA2hEAoi1cNxQIZDrCwFBzLLimCXE1CqLqSXX"
    "2QpQVftwocjW0qpjheJBuKxoUjRKty+WFIsOykWS5iudPGEWyNERfy592/UM216Qx9muHW"
    "QxknBwl8nhv7a6iQzXCUnFUVpyfiSppuftjyT9HnOP+Jb8v6EsQSvLEihfVXc8uBoM7x9Y"
    "/usc08vMBe854Jn7fTx4eBzfsZvu1iZT0r/++XHycDu4owK7UNuU/DoePgy00cePF+jVNl"
    "ysWcvllDyM+3eTj4OxNnp8YJPHq9XD6iNF7g3vIrcMwiv6Xn166H/yqvp6RaPYm0wGY5bN"
    "639tYepumLk7JcPb+9GYPslYbyzbbUdgwF8opCNsKTll/NeVc+WlsU0LArgy8cssVJuPWX"
    "bW5Q/xwjrjhRCzgpgVxKyai1k1ahdAyApCVhCyOj6yELKqGE8oXQJhwDYCCrVgMuGtqRYM"
    "RP8gY7FT4WqIrkJ0FaKrgugqP/EiK7IaHIexJ6oanr7RnrroX0r0sbYEt3BgJfPbknJw6u"
    "xeT2UH6x1bGy9nRSaQO7of3F0gJjklk8fL2+HDAytr7Gxna8N1Wa3j+9GEX2JeK/b3Vf/u"
    "anBzwwsis99umm2pfgzRkTqjI93yLUM+RDXO5XAhKDHuSdlGqoofQ9ls+0AHmOSOtLe+lx"
    "jmmCCMcZvHmJoMtsUoLLM3Of9mWhDcnGm/8Zz+8ifLlsQ2IQXACoD1NQjZaZuSA3Ah1gnZ"
    "T23YT2twJwcLaQX4XkW66tbqUBTexK5TBN5wMQXn8j5wk/tOhos5QzcDfPfgm1ZHpX340d"
    "NgSWXHVN/QvhRak+uvSxiClhftCFAtEPHQwtGsNuzx++4RrHM/1A5HSbQgJvLmsNNc5I7Q"
    "jAuB8iqyuawtYXuYHLAJKbC30sC+6LbBNm/Nc5xJgCuQhBSkNLxQ9e1YVd+Aig6E6dbjGa"
    "qK8qTpiBhgW5DnG6jMVXB9g746BrMU3zcyx2JG7VV/ctW/HgDlFwr+tADUgw7RqNOr8OAX"
    "hTgROBTCe708X0JQVgLIk2o5CsJyIXLcyYQYUCf571aMOumfAIKD4ZcohPPPx4FHkAz7mJ"
    "L+/f149Au7GHiqWeGZnwdXfsM/8Zy3m/w0vL/nfMuVsdl4ra4Gw1+8VnNsvADj8stlXIZR"
    "DnlOVkIUWFltZmX5H38ZhmVMEka5zaMcrOclhjkhCuPc5nEGnnz2nqkuTx4ODFdt1AUfe+"
    "pYS+BT1+qqX9rWWitHTxWJgsteWLHR1y1kp3BaEKawCF7fKVAC35QkACwI5/kmkCy8KTkA"
    "Nw0u3fnKLb9pQVh898dLY5tWBUGoLyBLQLTPFwjzReYn4FwE5/QHXQDl6BZWAcxqc9oF+z"
    "1kDVSKcOGsAbF+AfjuI1okVaoC8EasCMB37wqRtLiOm/US0Ckg6UWenpKV85LEdD9Npa6M"
    "F+CqHJGrIpd0AWks2SYsxUYLFk45SGNiymQEVAbsMbj+Ldu4gerfbjx3B4RJ+a7iUoDsfs"
    "eVGyHWHqjCRzm6HQO5sC8lPsGA5a88y79l+1bnSf4jeyFm+Hs3enl2k8Wa1FIhgJ0NS7DJ"
    "usafXWwT3QwPaQVL6kiWFB9uScp/VAb4/vx35/H9I/O+DOE/Il4XL7wCtE/uRxNeBHlKbo"
    "d3w/vx6Mdx//YCrQ1ibGzrydbXU3L/0+huQFvRH4Gn5KE/uuyP6NN1a6ZbU/Lz9QX6k1VU"
    "vmbllBf0v65Hj/9iJ9kurO0bO8T202N/OPlp9HiBnre64ays7ZT8OqC409f6aXR/gV4xRc"
    "vV6J3NlNwM2cm2JjVRT0rMg+qzAaKLnsTXlhArNQdatsHWfc5f2zNsUt/byQaTBUNM9qMb"
    "3F0P736kn4snTz+e/pB9PbrB0mxubkZXfZ5To5s8PMkLlg+vPnkyxvyZy6TTbK4H7OMZs2"
    "tUQaBfkM0TbUa39zcD3t/cWm+YtpORfhOcce0l6rBTrtuSkuNsZ67l0q9JugJGUlIZl1fD"
    "RTAWhsOr4MiPQFISRqDcCPDPnL5WiW8gIQkjUG4ESi5BsP5UgD3bG+Whj0oB8uWQt/FyS3"
    "9sCfSTkjACZef+2xrTDXSNKX5SVkhaUrkk5eqVTaZhbzeCqW5ZJtZJBtKhUALhGZWqC+Lw"
    "SrPZi5ej0Q3rOcxluhwm5vDd4+3lgMLOUaeNDDdzceHRaFvjFyRmdkpQuYldvYEdYsZdOa"
    "XQDiWVg7uWYgchbvpiYWNH4Nx4wJ/zU5FisgqgnpcoOfjtIbauBNie3vZ/47CHeZI3o7sf"
    "g+aRsbi6GV1CNY8GJ/jG1OflzleKCjaTH9xodKKb6cFFksK5TVViwHdiUOqhPdnf6fGFwi"
    "1fwiiHoYAyJT0SsjDSrR7pILxTZqQTsjDSbR5pKNeimj4mGPZUuRY4RlDJYwQVB3aN1zNZ"
    "DntMBkAVhIjZXi0JakwGQN2bFeBNwjTA0jTr27CjbuFblGcd+1oL0NePU7qio+CWOEcUDr"
    "osCm6Zgy69ZRSg3ZfQEt1tDkj0D0hlByb788yKa7+vDpo1mdn+MQbzC64GqAHrSFWUDBev"
    "qwBpSPtRFaM1dhz96dAKGxymW68rVZHyiTdVIHXvdaUqUh5J7ECgxrwTtSHS/FpalUA19v"
    "pSFzGWvXAwUqwTxZFiMbsKVqqJ341KMEnl+kaWfhvT1V+bm5YjIJ4EoI4IfrDoP/ZDe8/7"
    "uwq6U8Mu+E+Z3OhQUc/KkY5q8ntypbWYBbE3afqEDhVy9Bf6W5FFkLvCiHfzleMdabRxe0"
    "h30MY25qwJfbhp4AUyXHTKJgwmizMvRfssaPLH3P18Fr7EH+8uThKANvDIKdGpvLW22K+k"
    "vSF6Z0OfZdloY7Eh7KFXw13RPh1EJxg2kU4WSF8zeWQQtMTkDP1qG66LqRA1a5HuIs7sYW"
    "vB2Uk4ESurwZVHN1csebwRknl2ivmzQaSo5kH75nhzdQ5BzRTzOV2VZMAN2itHSqye5MzX"
    "KRlsQwEVZ+75hyJT9/xD9txl9xInuK3LJYLG5VSqQNV0PhDfmyVifDsBZVKwKouZeiqPJH"
    "UiKgMx0zSonoothWlURKW1oa44tBUUhTow3hQWl+oYvEUjTtF5JS5Kd8RqX15EJcucDeMt"
    "+2zZXYRnvyE74XVS0MpwXMt+u0BU1n5DvHqfwdpwE49Y/AmI9sQtw9eVhRYGNy7Z7dcVNf"
    "xS9mqlPYPd2GplJNtu5GeX5JXyEQ9CQkw5Q6d6G9K1SsAcEwKQ94IM2YN1Zg/CqbLZ6HeT"
    "sF4kgRCMg+oNrq0jC2lEAixYsLYas7aSs7YCUNWmTEY+VGnCZO0GLGe7ZdmvARVun/kaUu"
    "/grJ9OrZe9HDOQVa6XrekTlVExGPPD+0Lmyfsc++R9UoWGM5UqU6GI4WqMKoHlQ1tpWZUg"
    "hlKzx452NTwC7PA9rWS107QsfAqlB4Id2OZXVZFb5aNSynwFFR+ftytwLoFrVAyATQfTnx"
    "z5JSMqpQymDa8U4FSrIZ0eTi48GE/wqWXCW49PDY7Vq+BYvSIpyDZ2sP3CkzcOTjQKe1LH"
    "jSnIx9IqOJ7dS8pS7XB2UUZWFWgFaVmq4VW7XztIT85ybUfSl/d5t6NJ08XyjHwJZC2RTs"
    "KkH33pYvtrRzexg9wVCw+jGXZfMSY8P4ednrbBNmdRsVwhRsLCqVQg3gnv412awNXgs6fk"
    "D9aLprt/IMPhtC8vw4k575FjLDBaGrbjIv4sw72gferLJVpa9CnB8+iL+a/b8x7rv4bfiA"
    "tYBBfkk/2+U0j0Lf2YbC1IafHf1DvzEihnraOcJYYrHW7Yf3pcoos2Rx9O2KGJ94PxRTDf"
    "p2Ty0P/40f9Ekl91kchEkSSR7BSRVILIzFoIghLZcZ+gfZtRLxnz+f59kZgPbZWJLr/XZd"
    "oUlF2vhDUVbEKSIx4Rg+K97animh5fKIgJeUidwNRe63KI7gRgigJzE7zM7fCh9A7yMkMV"
    "3IKwZlfBFdcRBUpsJZTYxIZVAaKy1cA6Cu1us24f2TiohJjllI1UStznlI3WZwTWcaf2+l"
    "6OJ1D+hNxjnIzbIOO46nxIqP1yZJ4P/uxim+imZuOlzDxPypWa7ck97bhrSc2FpJ4oDq+6"
    "lCM7IqJcAnD1a4m1dTX6uAXWiCWDclJOOairn8vdihg0u4yrGzIA7yd4l1piVh5ShelYte"
    "I7YsHXSoaKFp8WmN2J2tTZVne0KHZBJlSfILrTz6zPyLZeLxAX5TSfXzHVDVxErX3kdevR"
    "lDhlCYUnlqItYUdOo7VBjK83tvVk62u/4Snvi//3ux5yuBIRI0I19+gpiRKXaA/EchHrl9"
    "fDekNrupDsSiwbHknKfxAr6cyrawW1tBxMXDR74238TwX9ac3qqKcFnooDPRXdU347bMrl"
    "1cnazw07SsGsDSYLBpkc4if3g7vr4d2PF8iXn5JrqlteoIVF8JR87A9vBtfseYbppbAdmS"
    "mm02VtvZGqZRsVUSZZrLJoMsGfXc2HqIS1JxBvhDXU5MreEQOvEGnI1B1Xw7ZtCWyQvIrn"
    "USnl3Ce1lKqjg8ZeWQLlnYRyCH97XgDgb88z8WW3wEEFDqrtZlFy1OOSMOptGXXBrpVKcG"
    "uFW7LzxmXKKSlDzNjrwAyOJ6vbfXnUYajJeXmQw833Tgp8bTu/ZbabLeIg3e9gu6U24Rt6"
    "spgfib08z5uj15BLbUffqUUCv1Uil89/0LszdKU7q56X8bdAL7q5xTwNcEX/8bWN56x9yt"
    "Js8NFTElB9kLOdzzFtqbv8rLK/Ix3591hOo7V9WkX9e/8b9U2De+Ic35lGRX3n2sa2Xgz2"
    "bqxqOb3CmlivU3LKkiGt18B7eIH+SBhUf6AFfUna1kG6jbMcdu/CREpqpT/Rx9BmNn8Rth"
    "Jjr0q+5zkM34RO4qVhrx1w9rXQ2ecf4Crn6YsJVWNCtIivUb0JAdSkI1OTukG+6yxdhhoE"
    "jiWY23krSCChHLy1+Hj4GST64oXpuiXKmAnFlXFRN7yY2OxMI6rDbHRbFB74eTK6y5r0Cc"
    "Gkc8CYu+h/kGnUd6b3yT/ozs1jsmi2NUzXIM4Ze95/1/Vt5KDNgIr5BYIv4PS2/1vy47i6"
    "GV0mDX7WwWXH4mkptebE1/3xQnIIBAG1yePV1WBwzeJoYa9VhNaq3zGAwQoMVlUYrB5cJW"
    "sSC4RhXy63LwcOB803T0X+guyJL5aG6b93+jvb2ZpxwMrESpKyUAekPcGRdEwMKDFAiQFK"
    "DFBi2u8u8UMO5VgbCVnYk9r8TQE7J/s76yZPA9g5X+KoF2HnBF/s7E2OopOSg9pUUI+uCU"
    "x9DoccqnEhmKpQ5g/yho+gHVdclQ4qfVVZ6UuwyFY1YyOVutQEN76/FAB4pz5VgLHa1f9S"
    "mmarKtV5NN1g9cjk8UaWl310Xs322hak9T5EEsp159nh3FrGFV1z0i2n2/J8dZ6j7nFsXc"
    "Z6XekOYunndHbZjGXKj5BkDN0kA/ckMZwNPHJKEli8u0AUN9t62RF60avhroIU+RWdQF85"
    "9BJZWK89RJHFAdPWO53EG0Ab+LIt5Mu2nV8i8OP681KeYDIe/POR2uyMOxL2MSX9+/vx6B"
    "d2MZjlUzIe/Dy48hv+iefBs47OggBiYt2edu6vCSZCGuhLyzKxTjKCg0nZBOQzKlwX5uGV"
    "Zv3rl6PRTczbdjlM8BruHm8vB3Sa80GgjQxPdxCcRY7nhkPfTKO7FJaZ4ilBmOmFYkoQaV"
    "DM51wk0sA+lkWpUY9LQhSxPYGF7CgitdvKHHaTJQ7exvS2xVIgzRJBnJQcgAtBHHCPt9YV"
    "JuceT62gFSCs+vktWbtOAZfubjEFl+4elFP7TstcuuGZ40J/bvRE8jxnbvwMdDh2pFO7VS"
    "/HX/mXK/jEM1H1W4MeIEz7dFxr/izp44pINejdCmZwZ51bc2rgySdTRaWUyTZoOIvK19tc"
    "vC5lR+zkYBFpAXVJRTxzjLPjsGzaBvKBNBuhgbb7vKuyfYd+X4qCm1oPYxiPB5OH8fDq4b"
    "h2Qy4VJPEN7LUe5KggfYLGt/0L5Cb4Gaxomr5cBrHlHnqyrIWD5tYae2SNU1+jQpaNXm2K"
    "L7KWy3c9n8/xZGGHt0szQRp5Ipg/7TJ/2BInWdsslIDCZomgaLqwGbBhirFh2LWrwfAX79"
    "ocG367j4931941r4pjctEC1oyaXAKfMSht4MblwMQtZ+ICkyN7QNRlckDOqGqjLqB25OWM"
    "ArMDmB2dBReYHcDsaJdnC5gdwOzoNMqHMzuiBcYdR3/CB57/y1eOW68rdXAXWL5wTnI2Qi"
    "EL5xB8orwfRbahWg+TnqyMDU/7FoRCwnu9vCiI47cCApVaEYRgXCXDCAkxiCXsjSXMdds2"
    "ROphNsgREeX8ztUDzFakZ/oCkjM5IaYc0DVURGalAsrVQ45JgqexLZ7GIv5lqE5Xo/vLtO"
    "Zc55WDNiEFTjBwLIJjsT0WXe8gx2LwcVcA7E2kK0WxTSyFGWREKPt1pLJflbp/AocFOIDk"
    "HUBZqXRJTPc7giCdTkFvEKTTVaV3zq2nEgdZRqWA/laO/kZnpeZx9kUVu/Imc0xMGfgrm9"
    "Iz3Z2v5EypqAgsE5CO2DC6oa4ihW1CCpDd7wJwIjHEA02paDiyYyAXtacSEwyyE+tytezN"
    "TkxtbxXgexn0oyi20T29VUmfl7rJRmZAXPvtRGDjxu738mxcn5U28wQ0+qnaRkFb92REeA"
    "1s8oS9wtteX185XvHrxdcvurllmZe8a3RKlf136WTOsp0I7OnfT3a8xGfDoxXZeHny70MM"
    "7TwbRjFbuxHrJdsip3OT3ZE1JGNiKmkwDRuTwRdTJv8zkG2OUiAP/8nD6P7xnn5Y1ma7mZ"
    "L7/r8u0EZ/C5I3g9TNKelf//w4ebhA+uLPreNOye1g/ONAG95d0LXJfsKaQYJro8eH4KK1"
    "dZNLWxHKAqR81soI+eb8QxF8zz9kA8zuHT/O2q6jfKsvyLWUm7DL0rO1ZXGpuglMa6ocWR"
    "nLuhjcnYR6q0Hli+3xyCxtm8eVO2A9e0RfunThlNYJheKgG5bWDYERV2f8DIoYfIEk0zI5"
    "7IcnrrdugOt11jefp9o2gIu6OrOzU4/t67zSbTzGa4affY1N4wWLfZ7Cdr083+ecSmi2L8"
    "J+MZOR837SHlDQAz+Q0OLuTMNc0P/if7DVt4ccTFykO0hHv+Irdiihs52x3mYY+Qmn7IDB"
    "NV1i+CmDGW7SOp+2x5/Kn+JPj8Dbs6DtKRbgXm2RzpbtXo2OYFH1LSIC242Uz1QMaBf8pK"
    "0xrv3lRagTZ4QCQok8XbgaqJtcQHKQZapsMjsQrzcm/W3Cbz0nOzAupuAUrSE/sOVVM1OT"
    "9GSDyYIhJgf4yf3g7np49+MF8uWnZBJccSJXHvif7pR87A9vWDnMpW6YrEDm5NPw/p5dcJ"
    "55XmQ7YiW6yya9KxjAzC0xKgK8yeR+uHae5BadUACc+ftXG1N3XA3btiWVWh+XUs6pX0tV"
    "V7aIlUn63onBKaHtKSWZdr6ByzX761LX5Qp1Y1UbdcHHnqrCBY72qjQ9cLTX6mgP+fBH8r"
    "MzZ9+JyLHOb/QKsIi5v9D2ou2QKtupb7uX4znm/07Bmm1xBO0VdCFVX8uLwiGsKZIN705C"
    "OWOuCFszm6uZYmrODNtdLXRBone2Dzkq8yV7kcFEyp6z3VSWgZUCynJLAO6+smxtN/wnp7"
    "Vl706uujznbYqer4i85mhF3wzN3jjPwwPmDP3h4L/+oC/H/nKi2XP+I1hOHWsfBPfQqTcF"
    "3vXQ68qYr9Baf8YOO0kxGZFp6rlTssH21548Mo214SKKB/7a0Zc5xJSgX76Ahl8BfanD2C"
    "hgKhxoKszpZJfRZYP2ylVVPn9fJCrxPjso8T4dk/hLYsL6rZvbjr9p9Yztcsh+S7YODka4"
    "cMT+8e5xwgLunvSU+H/x/x78dj8csz/x541htyUa/6KbBt3CbUtQ+iHf4ohLKmhxdMTCKB"
    "R78+acU8KwjEs2M8wtMdA7N8qQJFv1xsWW7jKhS6dKVwxwEmr7Yhxra8+llOedRIOO4Lmp"
    "G+tmvMHVqxjg1MyGHpya4NSU2Y9yaeaZuOazzL9cZHPcxVFf14EOY885+RDpsGNQF3UcJ6"
    "ZZgZp44JRXIFU0Pr0zvfPRD2Cfl14LphIUgO+i/QSslqOkKkRfSwLjhJhy/JZakhWUL9zX"
    "vx09stQyfW1tWXLZ9XBy5V1ZGM6cXWuHA9t7P/lqRXE5ZbLKGq5RFMwFbbaR2C0TUg3Gy9"
    "7T/7V664woT/S7CYGSnt4iaZjk5Sa5u7Kxs7KotPQwpERhDMqNgRdtXOhvMnnDcSEog5YF"
    "ayvCvy1DuiOu2EJRDm+sXMG51UXG2BUdXA0j3KoRdi1XN7W/tvRfMn7huJQye1Nly6PhOF"
    "u80EJzp6g3KCEGwCaB3WBb812anH4qAa5IFBh3qfqmLGLMf2haX7UsE+skI+QalUvAOqOC"
    "deEaODmbXecvR6Ob2BJ/OUxoonePt5eD8ek3fG2njQw3Q0E1HE2fu8aLLOAxOQC8OOBQHh"
    "nKIwNnQ9VaHW37vro56ALbIVWqY04H4cmyZVfRuBSsoXsZJQFiaZDlGSWRrrqFcVG6Q2J6"
    "SRMeoslRYdpfQivzBT9+GmNTz4h+pvILO7ZZZeH9nzoZIT4ZR8AE2dF09pU1AeKHWsSPoF"
    "iNZKpiQky5jMXq4+HEmD9Ls2wiMsrRP6rn2egvdJbb2tY2ZUCOSykHcy0smw3FSGomhwLq"
    "lbatD2BtpTuCk6n3oBxKVQJ1i9bk6hcMa4OJXInmnQSguw9d+istSXgjIoDvPnxN/IKldr"
    "pQoMFNjlj2Wjeb2eqqV9o2Fn9ScbNjJwCxxaxjLEsfYAlUrcPocpxV4GxwGd6iQBjGodw4"
    "dCS3uatrNj/iwbSeDFIiXpISVi9k0t0QSTowBuHQ7M+sm5ExCId+gYNeJBy6xvYTHTn6Sy"
    "3Z4gVJQQiKFqjKGoJWQVy0cBZ4y0AungSenGKxwCh9DXT3eHNTLDDKKz8dGBcd2QuV8Baa"
    "kdQSCc4nLg/UpdfZgPZVJGrftk2+EGDRgygOCLUHB18oCRGQEfZBpJuG7hz6uXkbQZ91pS"
    "pOrv5UCUgP+pOqEHlO0moW8Hvel9Lrt39ePe/8QLQmXlczfEW7wp2sL3VE5pS3bmXSp8Jl"
    "be/RUJG1tEDJe2IxphSa01+BvCLzrKB8UGb+AukEWeYiaEFv0ebIoW+InJW12dAbnn6KmH"
    "6KDBedsgYmftLnb8hYbyw7VTKikYdOCW/i8C4cKqezp9Nn8DD2uzP00doSXmyfifKkLV5V"
    "PyiPb1nP2w0yjWfMG/iXGSUpq1Q+MM2OWQ2ffYVEYE7mFMTfiSjHMKv+8KyOxBUiK04How"
    "vgcc6GvpvORyia2hqfIxSdLOpvbOlJUDvTNVNL9u3avTpyYEdXm2vwe2SW0SfAAUlHVQld"
    "by4UVVf85o0dNtNhXRDUFFBTQE0BNQXUFJGacs8cTFf87A6BnhK5W0RR8ZIueH2WwodY/o"
    "rpLueyA8hs9IJtg773InB8Be624KTJwOeGXg13hRyXTrMFetHNLUaWjTxfOv2Flut73NK+"
    "vFofNyVsSVrrrjHXTfMNnerIxvM3uviFjsNXa0v7XulkwR11Fv0jPCJzTV/hDbkWel1Z+I"
    "W9h85Pwgxk6VL37gwN3Sl51Q3XQUv6Euz2insfaQfWKwl+nz7nTkLWG52bS8Ne99g7MxH6"
    "LS6X7Ab/+fRX0tbej8s+VtMrueMtgd7jQF08qrp4tKSoti3AdWeWdO9YyA0mC4aYHOAn94"
    "O76+HdjxfIl5+Sq9Hdx+H4lp0H6a8hbIn7ZTAefhyyi8HyOSXjwUfvGEkbL8MzKcE/2eKv"
    "Rl3Ff4HnxqLUqMcl1WPEdmSQi7HdfYVEsiJQXApMPFG5fP8rkK1Zl5IDanEaXE93lgM2Jg"
    "NTVoCqac052UcO14QUTNf95cEiViA4fPIdPomtRuzySS8NAO1+aGML4n5gdxtTBeA+Oiol"
    "EySRTe3hGbkbosW3AnBvIl2pCXBiz5FOjanVExyhD4tcwXF28X5fcIrZvN8bPCIYzVc6ec"
    "JRhuVXju9rPUP3lmOwQtTI79bzzP6BP28MalxoFvkD6TZGpuUyz6nuIu8O+jj8ODpLeYPr"
    "f9yesHtwypqNl4f5U/PKFSjmUm2kQkG245VOd6nzK8L2oLkLNHfljygc9Md3FwjrNpmSCX"
    "OxXiBWOIT7TH8ZjCcD5jN9wbaD2ZWHR9baxu6WtR/8dj8c0wbeojIl/eufHyfsuMPFn1vH"
    "nZLbwfjHgTakEjz8pBkkuDZ6fAguWtuWHIJoY92RO/RzJ6FeqY/zD0XwPf+QDTC7lyjhZk"
    "v7FqIiNRnA3Yu6RefsUm7CLkvP1pYptHWH1XYqlNhLLwY4LpXnoe8e4jkIM497RgExfemK"
    "nAZ764eFcqCWwLktcG5LW6BWNywLfMyqviXgY9bKxyxydEedbrhUXrrAFyfKXd/rkHMCIY"
    "4O9muzFqFohn4xnTiv2GbcQR2F3X29xo5Dfwty8Xpj0qly5pMQGSOR4K/ZWoxiiftIN03r"
    "ld1EgezGm20JsmYzD54SfT7HG/cC/UF3mIXhOn94KdYO8m44nOP5hjlt1GeGMgCDToq4+o"
    "J3ZFMOqJNHzbSJjEQK3ZyMm7hYm71OrbHy2k6erMTF17+6GtwztxxfK5gb7+fB1QNz4/2J"
    "5/Tvy/7dBZrpZEo+Dm8eBmP6WMN00+vd0UiSbMWTM3ICCWXKHldm3HiToMR5zGlBABcsR7"
    "AcW1XiFka9wRq34C8Af0EH/AVHzt/se4l+JwIvQXCrl+cc8BMF4SxLtYxc2UMs4fTKXlGL"
    "SfrkysZPreywx4CjIwR3v78gkG0z0Cf9Cb1zgXTHwe6U3Az7l8Ob4cO/LpBp6DPDNNy3KR"
    "n885Ffwn9t+d+MKnT36FOFyBZzatDgbuJxgzBx8PF8CSntInsbjHCGDXJosdufra1NdPPG"
    "IF1U3LPUjlortw4JnT2uZb/9optb3X/llNYgaJWrQBhBe+0lECgYWLi1XihGX+svdOSeWF"
    "VTx2XueDT59Ij0uW05XvWD+YoCdOHVXWDnbaH/jf5y35Dh3aUj6nLRNL23hv5BzWmXmkMH"
    "SgJVvzU41pKOtXDuC9bkHGZ5TEwZVJs+Au95K+fl2AlUA3nnFwgJFSS9vcYGIj0KI4IfLP"
    "qPgn6QiddHp4agqAtkN++K8CUO0lR85S4zFyl2P1c7+dNrKZWGJOXl+N2vHK0F1of/56Fh"
    "fsjoqXbBzdYh2NR4k6zGHpVRzmVSfQnOgJFdlOcdtD+Q4V1AuzjCQluQ4b3Ga6kpGbRXLl"
    "fm/PvvC8xH2ipzQvJ7ogMCwkW7KMgJsTZ7mlrz8e82RHmggWuVAXPacwrkiGzouxkmL0KO"
    "gEyVBsvfhJhVEDFXu5BIanodcAgsBAsyQK81WBCFLNsCDxDdb4CHo1gk4WCBZ4bL6hXryG"
    "ObnqFruvUQh7ZA3iLmIDqbkI3ZAUoOmm9dtNbtJ4Mwdv7k02MPzekAP1n2W8+rbYxYyWVW"
    "7INgMx0qaOaRFUcPwEXQlIuATw55/3hMDPzj5fzj3tcoD35cDtAvhz54bk6kPTf+ki9j7k"
    "ZE1KseUT0Fa6PbLhERV3NK3+9E1EO4em8CeB/r9D76pFs5kz0uBPR2ka7gK+CSvpC4FHhC"
    "0sB68S5ZIyQqpdJ8bVgHg/LWNc3qpqk3CsKZ4y7FATvjQE9pkuzRsTWjqMs0ulhmEGwEKk"
    "QF+EbShBSFNq45FQBXSAWTBrYYGaxli0JlbDCRXlYBqFeRrtRENqGOFoAXSrBXVIL92LWf"
    "bnWyzaE9Rm/38oIuS4PwKo9rLiBXg71P/ALDFGxe9/wNPeM3r+yR3y86ZT8Xk8WZf+Es/q"
    "B3F2hhswqTXIhVW2LHbfYQi33Ta67FMivSMZiGHjwlJl48YZveN9/Q6wrT5xKLBWTCx/DT"
    "QSm8tvWCHWS46HStP2P76/kK08fb7yAXpIW5IO11VR9jHVSGZdiYE7UWT18GeeHnyeguw2"
    "wPBJLT0pi76H+QaTgd1tRFwDIoWM8h2SrA8/S2/1sS6qub0SUHJ8KiYh1cJtOILZfuCtIx"
    "w5gYeKzK5zS1vO5bjYfm3o8mD+wkXE/lCKrBeWfjsnpwuCWH48IxqSXWqjaxQwNMcumh3p"
    "zTypy9kRCEwF6R7R5I2NnoAwk7a8yBhH2SHaSB84jVi+u2E9UGlGTILmgyuwBOgW3sFNgj"
    "BXs7inCBWO9xAhD32DasuK86fqeXF3aYm5ZD582GNy2c7OFJobVF3BV9Icv3/a/1NzTDiF"
    "fwRQZx6JREhqDKU5kOwHXfLtc9HzopN3QgoFzxhTwgA6P0b5km6d9SBqn3SZawR6OCYI52"
    "yhz1hk7aGk2IKaTZ15YRHEAGOuU+lT0xuaTzgevUeibYdU28GLHDcEW6T+x+rgbkeC01fq"
    "5uccIFb45eVxQjxA4ZWlr2Gtl4jo0X1jM/bop1vGaHTtlbQlUerNt4cYG8edBDjsUUH68f"
    "w/GbL5D7asyFTIt6nzglp+6rxc65wQ6iYDJGByum6VBcPZEeYg1ox05AztBdZNEP5GBuxT"
    "FOQW6ZQlGztqavOZtSOroal4Pwaunw6hKXKNYZEQLoS0MPAZ4vUaOm+5TcjrITUOlbq0uN"
    "pmhVoEBPQoVlvC3CX24byEVV6d3capXrcAd/Vs2YRIsCijRrK1c5hjVG1pJrm0z95BVdAn"
    "U3vGjiJdU2t24PvRruiqrBVPl81R20pArKQuRirKpbqADT6n0+W+e16X4hKhGbvQOEAsqU"
    "Hqku6vzZxbwolFxNyISYcoyk6qs4HMMWbpmDquq5GzhLtLJWcEYHyqwSYAt/EbgHnk5p7B"
    "OCgH85/K2tXXoJSsvCKFSf6JAx/TtxqH1ZTnURDeY8W4M5T2kwxBIl9eUctmgJk/q6rxzW"
    "QlcHvxb4tdru1zry+cpx9HO9Wv7wFHJqschnMZ/WiEQitJGgLPc42ZjCOjdY4FV/otg6zP"
    "9ke34pJ+3IOrAvoM21KxB7hEKjZZIrG1M/qs+SZB+G7HnPURlQQ4qoISzoqS1tay2OqWbk"
    "90SFDqzh0DKflVwJBw6EK/BN78HOFXmnvyjkeGRJ40n/ErtTQkoZ07kyF+lad+crLLPhRy"
    "QAzlQCpLFcYhtTG0HgaMhOf4xLAazgwGyX62yJ6SpaxnPvAPKHIY8/b3ghEnn0k5IwAuVG"
    "wKM8lyARxgSh9EqbS68AUzT7o1OXKQqlQKBahTKEuJzQBuT7R/arqmu7QymQrh40mqY4d2"
    "xrzsK91rNG+9uF4d5YTyeC8Fp4r5cXWdNZK820nooF1bLhAIJ2i/ejXk4sjJXslo3URGWU"
    "i9RUzyamX5TwkIFsgHcS6gUbq8eX7hqG++ZhJAFyQkw9pL89L4D0t+eZSLNbQqQl0w+iQr"
    "Bc7J3OM7ykumoa4eza5zuJg4qft1OVFeFaS+1zdv6F4GjUbNhDAUC9POovhi6zmPjNG1xG"
    "9I3RzEpSPQvH2MhA67VWboH+rgjx5rts3s13HS9W3aj+oa6Dmtk8cq7piIRC7tO6ON9bR7"
    "T5gtcu5rWLTKlWFQIbLvB6Y7mYzN/GeG7Zwkqo6Ua9PNeUsWuu2bx9DT6q30+cueXZf8/4"
    "7eTf4LPqgs8qHLPCyWOBgIK5Y9UboOxLkADXb64gtN+cfyiikp9/yNbJ2b1E7himv9RxtZ"
    "XuSJXuTcopiHf1UzkrzzSbpJiVZvrlJurFJ6+zoU+Q8k5FZeBwvgNcJd2yO4EZVd7wTNlJ"
    "x1Hr721rbflDkT7YILyZq8ZvgmYtizB/Kap6fUmUdKxl9JegvXInD1QfZpONxzcfi++wSv"
    "hMf5cY3P0nrAaybQb65OPjzY02Hlw/Xj0MR3e0U9qFZuPFlpMKpuR+ML4a3D1oo48f2fmr"
    "9pzl1VvL5ZRcPv5Lu9N+pP3eXqDZ9k0jGl1stfWU3A5uLwdj7X48vBpcoDVez7CtbWxBkf"
    "Qig3r+vkgu7PvsVNj3RfX89h6cu7D1pSsZATm5Hvc/PlwgLssGkh+iq/Xv78ejX/o34Wm6"
    "Gt2ObetFN6fEu8eO0fWuiY/WnRLaFbtA5XGpg3arH1J3RXWolWWWSLdJiUK+Tbl8m65VrF"
    "cLfRtvsMjWu7QsE+sky9oOhBKwz6hUXbiHV5q1si9Ho5uYFXc5TIB698j2rdNv+LpDGxlu"
    "BtaRfVCbCcLm2WUpU4LKTPfKvEZMlfjLFTiVM1GNSACcqQxgG2NJPKMiAGiq8IKnz1rMfy"
    "S32iYkYcmVWHL9kkoCrT3blxyVad6XfPKP5ZZwK4paR4bpGsQ5Y8/7b0k9vrUeZtOa80Qd"
    "zVhIDUtSDoam8qGhNqrtOiV8/zFB9ShnHfH0ByDlcsyo9V1mhCNiML5tHl8oyltnNTxnO1"
    "sbbrkAaVIWSoS0+TsKXJklBjohCuPc5nH23NOajXVHLn8yJQgraJEVFAgm2eirRTCJZTZs"
    "FiVHPS4Jo96WURcsrv7bC/ZQ2YpLaUHIbhE4t+gvf7Iyqi5lV7OKSwGw2QcJQ6GwOmq7hm"
    "aQLLwCSQB4b9Jb8L2ngZZOfLuKdNUtjAuXrIovjlAPrFJwC9YDy1otAOA9AAsWyAIQR5Qt"
    "QHgPwmnF9ICadrQz0/CCWgeWtgt58v1dlx00hbJGIV5wwsXrquAa0r5UwqmRRI3oHMvL2U"
    "jMxQLpG1ryi9h/Atev7Bx3ix2dFXSCHJ1+oPQav8xPyLpAOloYzpwRBv3j4gk/Gd7Gc0z7"
    "Sh/GVV23ULSw1UzI7NwTSJCos1xhx0i/isx2cMOr65At4obn25ac0yUqotL3Vpk/a6e9SO"
    "GaFANs97uy+FyswEYdBf10DN6iVmr0mxWf1yucwBUgG0vYVhTd5Jeb4SQ8cjo9N23zzLPA"
    "9i1il4U2936D7IHaP5NPjw61jXa209x6wbaDTgm1nS4Qpn+8sUY9akdxgylwu77roVfDXf"
    "FrHu0d8QRQ9EpNJ4wMFxkOs7/SBltzjxVW+Ip9Q87z9rAqX1+KhVdb3QA+evLWRUxModBS"
    "0yeogUZUX/T0eSsZNA0FAM/9GiboQhXqQkJtk22Oh2M78XpRFNXdN9sq3fKKLyq3VGH0fm"
    "RKt4w3yNUtjfXGsl1/ndLWnkhBFbPv++J9KWQtqdZn4id9/oaWhom/cpDXL1phfcE0QNdC"
    "V7a+MDHyfmoP2Xjr0C6WviZI8GeXy6Y1y9qfJlQogyowHGFQJo+pTEIgAColla+UdD8esS"
    "pJkwtml7L6SM6UTB5GV58ukONa8+eg7tEkKHnE7j/e398M+TVny0Ki/OrofnCnjcbX/Lq1"
    "wUTjfh4nuWIVGcjqz4HwhkUu0Xon0o5kXvZYZZJ5IcKT/S2oG+GBRAvVRj0r0SJlxR7HKB"
    "hyRf5na3YiMAh2N4sYA39aMyjgqpbuDOqdIuods1ZlDaGoDCTHFkmOxWRuLXzfSVGUozLK"
    "oVz9RG57FVcB1PMVnj/jhSTiJ1c/Da4+sYKrvvyUjB/v7oZ3P14ge0sIHYQpuab6yAVaWA"
    "RPycf+8IY1X+r0u2WtRzf0b+2yzxYz2zJNRnunOkM7FqT1zstY1N6MiIC9Wbm96Vqubmq2"
    "9SpzFEpcCKoGJsN91rMsohEJgDNd7darRS0LakoOoE1C69lw8tCm5ADaVGlb3Z2vNMf4/w"
    "Tad3Z125hQc6Cev+8KrNi2LQGbNEfTDgSUU7Oh0g+4ImPtyjuglwYxnFWpYU+IQt209nic"
    "0+McMQhLDHVaGka7zaMNFXEaLNgCFUWqrihSpBpD5PzvBGNcorKAF/DaHT3eMb2kUAEGsY"
    "FXAiW61igEUf1B1pxj7xPTbm+oVeaw+5MRwchdMe6jTpDXAfK/PJZJw85LoG/dQwbxLjMf"
    "J49d/Z27jRkEaEsWFnYY+3GNCH7FDiNA2o6g9ELtT4OKDK3OI8kOJtOFhyooMm67UAByH0"
    "QOEOIa7psHSgrUvIBjTKzN4fmS7pDqT1v1MZNdP2JiKs3hhjPS8Gf6CjKhwlAAAoWVBwr/"
    "tGZyRuROQKVPoC7z8U+PbXeg3Rhj7nUM4KLW425eidPWjkmoHHNHTJai71lO+7V831Krll"
    "D5ezDFfPXqoOwk0J5Be+7OshunZghmc945jp5Ag8c3Hse3XeHpjWUOZYHTWGRitGy1kNGL"
    "g/agFleuFgdEGMlVJSoGR8NKLC5ghoAZAmZIphkywfOtbbhvE+y6GeUekk16eSaJ4zfWHK"
    "/1ETO9nrEgspqtU/jNq1EojmuI1JLMn21yvOjmVuBazlYvQoHm9YvjKMu1aBKQA5z9BXST"
    "eCfg6LQpB3ji6svl7VIXbhLBvfzdgbXS1n4zyP/tkhKYtwPQXd/GgmXoAX/OqlcXSigRWM"
    "xbYAa/PeSv/eH6cjO6+zFontwQkoFGBoSsERmRAhtSwoY0dcfVHBdv5BzbMTFl8l2ajul6"
    "c7aElhOXBOJxe5SabOIxJJGoossWqmLkyB5TEZGoZkHtvFp2kG0QH4r0OIwIfrDoP6plob"
    "drEIr67yJTr4AD77AKrCudEGz25/zMsRNRCdZ4i16e0TX32mq617goG3hrI2dlbYKj0Na6"
    "/YzdjanPMTplF/jNDauhb+ru0rLXFx4/10G6jZE3tvz+qf8CvbCl1xAZi3fvBMTgBh8Mdm"
    "S77MhgnGT8tlEZ5Zy31RdUaX+Z24YC7TWcdrfZaJJBh4iIEn6QxOw9/1Bk+p5/yJ6/7F4a"
    "5Sx/Uz7QivmcGuCNUJUBOw7dH59FZ6zkoJ2QU27xqAXtVzxbWdazPNwpQeXwrmUlmekO1r"
    "a2KQN1VEY5lGuZ1Y7xRLQ11a+tjBKhGQGCuJhyWNdQ8pDaRUJvSg7IOxHlAK5evzMcakO7"
    "xotAf87n7kXlGgy8BGZLZ+Mum62z0sqFupKiALsM7Kapzbe2I6qblR3STYiVWlA6FGKpI6"
    "zLICwVBYkJQqgLQl0Q6mpZqAvIeoqNegVkvUiCDoWAqq6u658EkNB0JIruXNOebnhHHZwK"
    "mVV3Ypuk7/CPHJxQHq57vzPVzopP69Gspj0+FC3a0YT1oypSzsrYrDFxNQbZoWhN/M4Yaq"
    "oCFj3S8wCknreR40RVxGljmcbcOHhGsbNm7llXbyoBVSdpPbIfCngU8d1yP4ciuU8XOcWW"
    "LSXIXeku8o7cQK5lIWvpYnKG+IBeIHpvTTUPzndgZwIh7xEei8HnbfSQ87x993cULFEX/G"
    "7w10liBJp67pSwx0DBtfZTasuc3pWRKdf4iV0n/JCtzjrmw3O+C9KFdgJQR1fgngz0/yxc"
    "93OFtEyEIe6Rjnv85Qo4LZmT128NMzc9c3W6ua43rsy5KVERZVJI4GyP6j/779+/L/Dd01"
    "aZHz6/1/lT9JgaK4n4CTuT0zuMc0rGg/ub/r+84/Mw3S/e+AF648FkdPMLOzbPxo5lvnhB"
    "xeOrFt4raiELvOCqkhSDlSVdk4ohVMphnxCFaFx7HPTpuEzwOZca55gojHObxxmirtlLZz"
    "fjbxB1/RJHPSvqmmCtM8VGzucSF4LSb3k6kezxUGlB8A6k4Y3FHqXPEBBJK4RyAy7yFHEj"
    "taKkR0S60mE6cbdji0rRdOn4eirOmM6c/RUALRl8b9msL4qy6Kvfj3VkPa4AabXPnkvvXd"
    "KHz9UZ3o7zlwQR7hTBaX+QW0CwKhTnjifZ6w6i+GOHHeh16meosZO9GFX5XY8d2oU4JQkZ"
    "LlrRxlQfna/Y4V+E3wt66yGdLPiVK1tfmFgU6G7kwVPiFw9w0QzPKchn6DFSa2Anli42cM"
    "G7MRZ4vbFcTOZv6Bm/IWvpvydFMCuA/ns8vT02MGw6wqEMrVEfejkR9nbUNTi2JlezLzz9"
    "dZRAOyasIOzVR4fzYkQZpsoR4kIqzGt5pAWiygU+azjF74Vp1GsRVzPvEL+IlDLxtIaLPR"
    "ouFsGeXUk8FDiokng7TRMRjLUUEnctVze1pajmRN6Ej4mBq6nsnAcOS81nH2HTeMG2kHuf"
    "ObfjQsos59X5qq2tPRchmqP17USUm7jV6yAQr86GvpuRS4hXf4mjDvHq421S2X6gTFRzvD"
    "9dVmnrOv0N4qK1x0WtIG5zIMBFE9xbNoGLwhr9cNsVoAtT5kXBuWg+fYHAXDyPf39Q7j5S"
    "BRvF8jm9kJSD6SDTaYNe6f/pxE3GwMIQGEsQ9cJlZ2hADaM3xDPyEHd6pUJyzTx2Smbb9c"
    "ZB9DcbNlV9aK9/R7qX9jq31psthYn38teWPsNw31i6q5cUS1Ug/gwbz+nEcYKXYs+aW/Q5"
    "eHHGW3q90tcw36bkiZ2zTn+GRUWRZbLYnvcs+iehb2QjJvpqGy7tnF55ZVcIzg7tRVZPPx"
    "8NwnktctHkHHfVcEJn2/a6qhW1yBcsN60Tgsr4aRp2Qe6WOjn443KA/kHoy2XZxoXAVBG4"
    "KLuXu7jBZOHXwJFKX/x0gaznKbkf3F3zxEW/H5a2+DAOchld20tlvB70ry8QK2SS1NuOE9"
    "6GpOiKJz4/dlA6qhSXUs5DX0toieDPruZPxhI+W4E4JBG2x0+bds9jQiHdljyMMiYK49zm"
    "cfaVqzJlmCOCMMZtHmMItWXvnBBqg1AbxIXaFxc6TgRjjOnLzw3T4MVJx1tyIohkpBv1ik"
    "Q07JhY0aNJCUYb3XFYBg3z3Mc7QX9aswv0yupecnf+eqPbeNGLXLGpgBu/tDUXiFiu4DTS"
    "ep8FB5C26wBSuhzZ5bSCuCRoBW3RCorQrpYGMUpq/AlR0Pnbo/ylx5n+0qcnEZsi2y0WEW"
    "nQJzbD3nTqYrqS87x1tPkKz5+xZIg0JgZ+3XRAw5ozReCzHK5xKYBVyBIsM2PTggBuBriy"
    "kzYpBsAKs4ZkYmY7AQAzzT9xdcOUSjyMiByUelhOP/jHckvm3ACdbQ3TNYhzxp7333XpDE"
    "1kJKbcScfxdsTqBgkcHcm6Qvt9HIIzhfb7OB5WmFoCOnF0Ps66iaytO7M+Mz9E0CF3SsSr"
    "jTgXiBEQXUxnxptHoeSXv0KTn4b394Nr7afR6NMEGZxwmfJ2NPLUKQm6+sqJPq3nUy6Ra8"
    "XZoKdz3bYNbKP/xZrPn+nL0lFbz7D9jj2PjTsmizMfb+csfNOzKUnEWJmzhr6ljmxs6m9o"
    "Tf/f1Z+x59qxXtEpHQ0LGfRHmlh3MG1tmDgglRqssAxamsbTyn1XjNYZDD2xUtzO3yMck2"
    "Qk+N9A/Gwl8RNKjBQwKWsoMRL5jCQAT4gpCHUNeafeUisDc0REQYird5AEe5jkbE6IKQh1"
    "s7WJ1OKAprmf16O7wQVaWAQD51N5CxaYiF9WJAM4vk1xfIELqP7XBMVWsr8wdaP+wABVbd"
    "SBAQrFVjoOKZBqJZQPKLYCxVbiwbvn7a2+2Xi/MR26293tFQrcPW+1tSdQlJm8tdHk0yMP"
    "/nonCui7MNaWsJIh0cjWVw5vbSwEvONDeipQbeSE4hi7ljwa+6BSJF9KOKo2HnJXzzjvsK"
    "/YcDQWh37BggCrZZlYJxlTOiqXQHpGBeuCOpjuzdr2l6PRTUzTvxwmoqh3j7eXg/HpNxx6"
    "2shwY8FVsLrVtb+KWN1gf9XEDoaaVAfjCcbXMY0vppUeDu/E60VRTHcfbZsyRCcsx2DEmY"
    "InIrsrcrtXxPCydm0LJYMy5h47hM0rDsl6ecKMpXhK4eoh05rzZM131GLSXbS2XrBXXVJ/"
    "0Q0+IcIKkb0IjzFtktX1pCnh3Z15+DLG0hnFyHzT/P492qT3NMZ9jHAmz9ADT0plZEZ3ax"
    "OHvSGjKbqWx1l8teznOjJNgXPI7kGxyW5s7LHQuf+RyoGakAJkwaCTglotg64tuRps27y3"
    "TGP+lql3+LcL6R1eruSGSRhFEzV+ohrBejtfMS3A2tqRrd7TEXQUFMJmyQYONs0zVgmb/x"
    "SvGravJ3/FKlnzaceqWDNF49VwV/Q/fb04pos08tQpYQWtbYP+Yla5YmnZnl4z+fR4Fuo6"
    "9Ctm972OMa/R7bnDwhZoibFfY9t/qeJOanBCH7MYxkq3sTbbyOgeEZHm9shv3tP/tRrkCK"
    "j6Ertv2my7XIpCjdnIJuWABJup2fElKY1tdjZnWhLOkyx/niQQq1TTA4FY9eU49lu2eIFf"
    "v+FtotN+/ZZN3m679W+oFecx2QTG9e5mL8+0ZsfoegnPBe3pPvGKB/C8fF5PgNqi2HHobZ"
    "a8b6GZtX1aueh0tn2jrahxyv3p73o+K+p1ZVCz2GYnTDkuesZvPbS0rbV/fYwXhoPmpm6s"
    "05yrZh8ttH/9x7H7/CHsP/wONdqhoIgAOwF91xwKB7TTiR8OZlEWVyigIHfrw/sC3K0P7z"
    "O5W+xWXEeKfiISICfESkHdsh0nkbl7/qFI6u75h+zcXXYv4eZnS5gkKTEqU82MPu6iEkP5"
    "uyLz+bvs+fxdaj7LnQV1yCFQrVspvuiYVKNzuJuuiCIcQ6YTydnMEQn4jFqS3aU6pr6uL+"
    "nciQkBrvs9PBGT6kAXBDN5J7veOgZzYV9EbIbtd+8EBmh14A79HhUFOLLXtC8jsaugZqYk"
    "tsCHFqwZGV60yJKyx4/mf5rFPGnZEMOhI+3iWbiGawqyznJKwQUCCjqHvrwicKmpfOLMV3"
    "ixNXEw8oWrwE2ufhpcP94Mri9Q2MeU3Ax/GVwgtoJMyeDumt3F9OktqQXHD85xyp6446jL"
    "FeiIQS7gBqQtcjrfygxxREw9B4xK49uic7Na5pBXaZT5rlHuM4YR7sQId8tdDtS9avzlwd"
    "jN3uSckSk5IJxBvlmTDnTTlI1KxGQA1SLucwZYBR7IR0dpB2RsYsU8kGO6PI+HVw8nwmWh"
    "Ctd5pCtF0U0shwXw3e1Nzc3dlu1kRcFNbePSNf2SB/6lIb/05T5+GmMznK3ZoSDV4hWpkF"
    "kFGKkZLvtPQ+EYDlt+SCZAtlhYRguHtVjVElaw0VruOMZn6A/HMhd/IIsaGeiJF/JwVzbj"
    "HPPk2act/fl4gR7vmc0QHEjvMZaXuuOije6ukj7d+p40JaesE/S/0F/uG/rH/2H/olC4mu"
    "4YC/qT/WchxzVME1kbTN55mccsDjLTHfw1a+c9C+lPdAbQjlnCMdtJ6csXIklDkvCxg1dL"
    "U3dW2sY25lhbYoE6k0cyFwirpJM3QjqPsUZ3H6DEVE/JqTQG1VmblillaPrNIU07CeSGmk"
    "k8vUEzjbUhcDRmYiqQBHhTjGfTcrAo2SeviO1OqMEKtuGVzpawZSunjVnhNRHiuQtuVAwm"
    "MXBjG8IViskdjCdwjY/GNYYSsaVzyXdeUnDjtdQ5db+15yvdyc65jzfo5TmmNn5Tmdx7YA"
    "y3aZvp5ThdNpbk4dGhgHLJt9Ufgd49vvDC1pfuiRzcJ9fj/seHC8Rlp2TyeHk7fHjgzOHt"
    "bM1KUy+mpH9/Px79wi7SlcZm5aynZDz4eXDFG9r4Tzzn7SaDO9qVgwnt6Wp093E4vmUN6M"
    "AtDXvNWtz3xw/D/s3Nv7Tx4Gow5H1udNs1dNNkxtAcG37vwd3dtaub0YR3x41U+nf/7mpw"
    "w1nOczYGZsCUlj0vtkje9nl23vZ5Km+bYFfeCRoRUsYQbNjz+aKXwD0iBLiXw921XN2URz"
    "4mBtiXw95fkW3NtuSyh1KC6h0EXvnC7mFGf4/GasYYtsjdN1nTvSy70qGwhwZr5NY7+b89"
    "/9sP4XRnf+RN8Mkt1QTSM5pYrtREDtqrN3/rOMje09bo7NMdkYcqr0pSQhDwLoI3/rzh2r"
    "HGOO9pvBmbPiNbIimYR6YvgHw7WWkipBnbpNP1eyAh4aKShITQBC2TUJaQhYSjNiccLQ3b"
    "cbXAu1BiuIUdwJi3ecwXeG6USySMS8Iot3mUmTewzPK9E4PxbfP4hs7dMrpZQhZGutUjzf"
    "3uZYY5Kghj3OYxhjNbMoe5o3aWYNhTiUiQ+F0j1y5QVmXBTckBuGlwE2afLMZZ4gA1FDBo"
    "kI273WxMQ7qEQVwKkC3Ay/UhS6MsTx6NdNUxkAszSOMTDIoZQDGD7oBbtJiBWFMDePfAm1"
    "JOC8CbUrYA5T0oZ6mnBxTmMA0iOhNXhtAfo5/f0P4UWqMTVIk5pl0fCNfY60UlkBrLfuCz"
    "a18GRDAFi2ZBaOE3UG0qxO8nG86th2IUx86LgHOzqjJN6e9yy1b1SMuqBHHTFGv9s8ZA0m"
    "YbiamdkGqQZvrt+67kmHtZ+F6SidyqERNThr9eMbBebpA0sDsxADZVOcWS8xSG7VVaf6EW"
    "QovwzPG5bgQJqtJmfirjuWMYFzX4wy8VaiC0pgaC7wXQKvCc+K4A1XwmDbgD6HtNsOt6r5"
    "flDog06hVwB9B2rN4da1+wXOfViv7sr19ZvcpdH2hjmcb8rYcsgpFtvaINttEzfkOnDsaI"
    "oYDJ4mzX/sxr/44XtozV6Ky++wMKNkieoX7I2ektc07Ucg5ZtrPiRTe3gsSgnyeju6yEZV"
    "8gSbIy5i76H2QaThfVkByYGRSs55BJFcB7etv/LYn81c3okoMToUixDi6Tng1gun0hTLeU"
    "cpq969e5kwVxAMH+FQkRFHBiR8MSxUpM076MF2y/hcU0wkLLerDTBHWdTxngtIFrIce15s"
    "9IJ/wPVrHZxIsn2uR1hQl6tVlyFRHsYk08MMf7PjcNljpg4yU44Y/qhA/0ZrkKRXEp5dSJ"
    "6ssURea7BMxxqVIwtyymXvfxsQwffztPGIB5BXUjUg1W1A3md2cL6kIBJSig9CXhDiVP6i"
    "154imhmoiZml2AIyF2YPmNthl5UH/jy7aWi9TfgEBjlYHGcD2RzVJKC0J+EsQd6487ipMQ"
    "IrOxAoTVJnCnv9zjUrchAFnWbZvFRE4gWtx9WxcLGXyexyUea/p8jjfylLeomDJmNHAJ2w"
    "4slAPN9EV8c/6hgC+Ctsr0RfB7QKhvpcttprvzlZwdFhUBC0zIS2ZKjbTPICKk0oSu1nFA"
    "NUZ5p0EoBLgC87tpD4y9Y7Uc6CRQL4W2J3IUhF/rfva3v2pW7eJSzDGQRDm+1xTwdQHJvg"
    "KSfUrrqgDSy6CfbmlcRTGNaprSqQt1esPCskcCV1i0JFK2HyyoKgSuL7VcX3M61DL+g6A9"
    "UPwSToM0xY//WwLaoH1zHpnGwK3FJ0Of6NJFSJPFOSmnnAesehZlANmGAlUK61BQObCrXz"
    "fwWjdMGZBDAeXArWXd0BcLGzsZR8SKEY6IKIdxLdy9jf62Zkx1F9trR1vobwK4s32LQuHm"
    "fDffdiUKZDgaXVyNF1l6e0wOCO7FCe7Ap8ye22rxKSWyDyPJJswZV2WZxg7Og0y2T2x7sK"
    "3Fdn5oicbAc3Hv9aYSWE04gwLYcnxCEWT3u4a06Kjuz3Dto8mnR6SjQBw52DQdtHXoC2MX"
    "sag54lFzdIo/z83tglVV+KX/8K6H6M62QGyd5Fmna4MY6+3aT0z9a6sT13Df0hmuTTxQmO"
    "EarV8OVSaP7fEqyeIAAkc1BA72KfHkSlmrIC3Y3Cj8rdVzPbJ8G8QvlitXSzUlp8zJ5lXa"
    "WhsbL7EtPD1+n7kVE23Q4gqvdNbkArZHtfMYTq1piEcDp9ac5Fg4PYlTa6CQYvOFFOs0QP"
    "uY6tKrE4Hd6d/p5Zmb+q4N0BC6tFb2coyyF2w7whOosmMyEREFI+a1RGXYRyWBsN9cQXS/"
    "ef++SFzx/fvsuCK7lw6SYyKIDGTXhIyIQFVIyaqQEh766jez//z/8Yae7g=="
)
