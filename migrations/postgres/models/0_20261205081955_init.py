from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_notifications" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "user_ids" JSONB NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_error" VARCHAR(255) NOT NULL,
    "invalid_users" JSONB NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_staff_notif_status_590518" ON "staff_notifications" ("status", "next_attempt_at");
COMMENT ON COLUMN "staff_notifications"."status" IS 'PENDING: pending\nSENT: sent\nFAILED: failed';
COMMENT ON TABLE "staff_notifications" IS 'The notification outbox (backend.staff.notifications): a WeCom message to staff, written in the business';
CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "phone" VARCHAR(255),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "is_active" BOOL NOT NULL,
    "token_version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "users"."role" IS 'SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller';
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "brands" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "sort" INT NOT NULL,
    "parent_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_categories_parent__6ffc71" UNIQUE ("parent_id", "name")
);
CREATE TABLE IF NOT EXISTS "products" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "age_min_months" INT,
    "age_max_months" INT,
    "formula_stage" INT,
    "shelf_life_days" INT,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "brand_id" INT REFERENCES "brands" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "skus" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(160) NOT NULL,
    "spec" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(32) UNIQUE,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "pinyin_initials" VARCHAR(64) NOT NULL,
    "low_stock_threshold" INT NOT NULL,
    "batch_tracked" BOOL NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_skus_pinyin__abd349" ON "skus" ("pinyin_initials");
CREATE TABLE IF NOT EXISTS "batches" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "batch_no" VARCHAR(48) NOT NULL,
    "production_date" DATE,
    "expiry_date" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_batches_sku_id_c64a3c" UNIQUE ("sku_id", "batch_no")
);
CREATE INDEX IF NOT EXISTS "idx_batches_expiry__327d88" ON "batches" ("expiry_date");
COMMENT ON TABLE "batches" IS 'A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry.';
CREATE TABLE IF NOT EXISTS "locations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "lat" DECIMAL(9,6),
    "lng" DECIMAL(9,6),
    "priority" INT NOT NULL,
    "is_active" BOOL NOT NULL
);
COMMENT ON COLUMN "locations"."kind" IS 'WAREHOUSE: warehouse\nSTORE: store';
CREATE TABLE IF NOT EXISTS "staff_clock_records" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(4) NOT NULL,
    "clocked_at" TIMESTAMPTZ NOT NULL,
    "lat" DECIMAL(9,6),
    "lng" DECIMAL(9,6),
    "distance_m" INT,
    "within_range" BOOL,
    "source" VARCHAR(16) NOT NULL,
    "unverified" BOOL NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "confirmed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_staff_clock_clocked_5fdaed" ON "staff_clock_records" ("clocked_at");
COMMENT ON COLUMN "staff_clock_records"."kind" IS 'IN: in\nOUT: out';
CREATE TABLE IF NOT EXISTS "staff_shifts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_staff_shift_user_id_22cdd4" UNIQUE ("user_id", "date", "starts_at")
);
CREATE INDEX IF NOT EXISTS "idx_staff_shift_date_29e832" ON "staff_shifts" ("date");
COMMENT ON TABLE "staff_shifts" IS 'One scheduled shift of one staff member at one location (times are aware datetimes).';
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMPTZ,
    "valid_to" TIMESTAMPTZ,
    "is_active" BOOL NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "price_lists" IS 'A price list applies to a channel, a location, or both; the most specific active list wins.';
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stock_adjustment_cost_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "request_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "expiry_date" DATE,
    "unit_cost_fen" BIGINT NOT NULL,
    "reference_cost_fen" BIGINT,
    "decided_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_status_56d796" ON "stock_adjustment_cost_requests" ("status");
COMMENT ON COLUMN "stock_adjustment_cost_requests"."status" IS 'PENDING: pending\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON COLUMN "stock_adjustment_cost_requests"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other';
COMMENT ON TABLE "stock_adjustment_cost_requests" IS 'A stock increase whose unit cost is outside the band around the SKU''s last purchase cost: it moves no';
CREATE TABLE IF NOT EXISTS "stocks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stocks_sku_id_57296b" UNIQUE ("sku_id", "location_id", "batch_id")
);
COMMENT ON TABLE "stocks" IS 'On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0.';
CREATE TABLE IF NOT EXISTS "stock_adjustments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_adjustm_ed2669" ON "stock_adjustments" ("adjustment_no");
COMMENT ON COLUMN "stock_adjustments"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other';
COMMENT ON TABLE "stock_adjustments" IS 'One row per batch touched; the rows of one request share adjustment_no (and one journal entry).';
CREATE TABLE IF NOT EXISTS "stock_movements" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_eabb66" ON "stock_movements" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_ref_typ_376566" ON "stock_movements" ("ref_type", "ref_id");
COMMENT ON COLUMN "stock_movements"."kind" IS 'RECEIPT: receipt\nSALE: sale\nRETURN: return\nADJUSTMENT: adjustment\nWRITE_OFF: write_off\nTRANSFER_OUT: transfer_out\nTRANSFER_IN: transfer_in\nSTOCKTAKE: stocktake\nRESERVE: reserve\nRELEASE: release\nIMPORT: import';
COMMENT ON TABLE "stock_movements" IS 'One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved.';
CREATE TABLE IF NOT EXISTS "stocktakes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stocktake_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "posted_at" TIMESTAMPTZ,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "stocktakes"."status" IS 'OPEN: open\nSUBMITTED: submitted\nPOSTED: posted\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "stocktake_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "id" SERIAL NOT NULL PRIMARY KEY,
    "transfer_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "approved_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipped_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "transfers"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "transfer_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfers" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "coupon_templates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "discount_bp" INT NOT NULL,
    "max_discount_fen" BIGINT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "valid_days" INT,
    "valid_from" TIMESTAMPTZ,
    "valid_to" TIMESTAMPTZ,
    "total_quota" INT NOT NULL,
    "issued_count" INT NOT NULL,
    "per_member_limit" INT NOT NULL,
    "claimable" BOOL NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "coupon_templates"."kind" IS 'AMOUNT: amount\nDISCOUNT: discount';
CREATE TABLE IF NOT EXISTS "members" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ,
    "merged_into_id" INT REFERENCES "members" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "orders" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "channel" VARCHAR(16) NOT NULL,
    "external_id" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL,
    "subtotal_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "shipping_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "paid_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "pickup" BOOL NOT NULL,
    "receiver_name" VARCHAR(64) NOT NULL,
    "receiver_phone" VARCHAR(255) NOT NULL,
    "receiver_address" TEXT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "placed_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    "seller_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
COMMENT ON COLUMN "orders"."channel" IS 'POS: pos\nMINIPROGRAM: miniprogram\nPHONE: phone\nTAOBAO: taobao\nJD: jd\nPDD: pdd\nDOUYIN: douyin\nKUAISHOU: kuaishou\nWECHAT_SHOP: wechat_shop\nLIVE: live';
COMMENT ON COLUMN "orders"."status" IS 'PENDING: pending\nPAID: paid\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned';
CREATE TABLE IF NOT EXISTS "order_discounts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "coupon_id" INT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "order_discounts" IS 'One saving on the order''s receipt, as pricing applied it (backend.orders.pricing `ctx.discounts`):';
CREATE TABLE IF NOT EXISTS "order_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "order_events" IS 'Status history: every transition and notable action, who did it and when.';
CREATE TABLE IF NOT EXISTS "order_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "qty" INT NOT NULL,
    "qty_consumed" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_item_id" INT REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_reservation_expires_cb98ec" ON "reservations" ("expires_at");
COMMENT ON COLUMN "reservations"."status" IS 'ACTIVE: active\nCONSUMED: consumed\nRELEASED: released';
CREATE TABLE IF NOT EXISTS "order_payments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "method" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "external_ref" VARCHAR(64) UNIQUE,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "prepay_closes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_error" VARCHAR(255) NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_prepay_clos_next_at_d10d24" ON "prepay_closes" ("next_attempt_at");
COMMENT ON COLUMN "prepay_closes"."status" IS 'PENDING: pending\nDONE: done\nFAILED: failed';
COMMENT ON TABLE "prepay_closes" IS 'An outbox row: close the WeChat Pay prepay order of a cancelled unpaid mini-program order (closeorder), so';
CREATE TABLE IF NOT EXISTS "refund_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "auto_approved" BOOL NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "refund_requests"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON TABLE "refund_requests" IS 'The shopper asks for the money back of a paid order that has not started shipping (backend.orders.';
CREATE TABLE IF NOT EXISTS "return_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rma_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "refund_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "return_requests"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nRECEIVED: received\nREFUNDED: refunded';
COMMENT ON TABLE "return_requests" IS 'An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back.';
CREATE TABLE IF NOT EXISTS "order_messages" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "author_kind" VARCHAR(8) NOT NULL,
    "body" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "read_at" TIMESTAMPTZ,
    "member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_order_messa_created_ba0de4" ON "order_messages" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_order_messa_order_i_f59f4c" ON "order_messages" ("order_id", "author_kind", "read_at");
COMMENT ON COLUMN "order_messages"."author_kind" IS 'SHOPPER: shopper\nSTAFF: staff';
COMMENT ON TABLE "order_messages" IS 'One message of an order''s after-sales thread between its shopper and the store (backend.orders.aftersales).';
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "from_advances_fen" BIGINT NOT NULL,
    "revenue_parts" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "trade_total_fen" BIGINT NOT NULL,
    "provider_refund_id" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_error" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "payment_id" INT REFERENCES "order_payments" ("id") ON DELETE SET NULL,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_refunds_status_d72c91" ON "refunds" ("status");
CREATE INDEX IF NOT EXISTS "idx_refunds_next_at_164aa0" ON "refunds" ("next_attempt_at");
COMMENT ON COLUMN "refunds"."status" IS 'PENDING: pending\nSUCCEEDED: succeeded\nFAILED: failed';
COMMENT ON TABLE "refunds" IS 'Money going back for one tender of an order (backend.orders.refunds). Cash, stored value and hand-recorded';
CREATE TABLE IF NOT EXISTS "return_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "restock" BOOL NOT NULL,
    "cost_fen" BIGINT NOT NULL,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL REFERENCES "return_requests" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "shipment_no" VARCHAR(32) NOT NULL UNIQUE,
    "carrier" VARCHAR(32) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "shipped_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipment_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "qty_returned" INT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "shipment_id" INT NOT NULL REFERENCES "shipments" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "member_balance_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "delta_fen" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "method" VARCHAR(16) NOT NULL,
    "location_id" INT,
    "balance_after_fen" BIGINT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_bala_member__7ad734" UNIQUE ("member_id", "kind", "ref")
);
CREATE INDEX IF NOT EXISTS "idx_member_bala_order_i_65cd97" ON "member_balance_entries" ("order_id");
COMMENT ON COLUMN "member_balance_entries"."kind" IS 'TOPUP: topup\nPAY: pay\nREFUND: refund\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out';
COMMENT ON TABLE "member_balance_entries" IS 'One change of a member''s stored-value balance (fen).';
CREATE TABLE IF NOT EXISTS "care_reminder_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "child_id" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "due_on" DATE NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "msgid" VARCHAR(64),
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_care_remind_member__5ca6fd" UNIQUE ("member_id", "child_id", "kind", "due_on")
);
CREATE INDEX IF NOT EXISTS "idx_care_remind_due_on_b693f6" ON "care_reminder_deliveries" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_care_remind_status_809185" ON "care_reminder_deliveries" ("status");
COMMENT ON COLUMN "care_reminder_deliveries"."status" IS 'PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nSKIPPED: skipped';
COMMENT ON TABLE "care_reminder_deliveries" IS 'One care reminder for one child on one date, sent as a WeChat subscribe message at most once.';
CREATE TABLE IF NOT EXISTS "member_children" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(32) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birthday" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_member_chil_birthda_bc8ca3" ON "member_children" ("birthday");
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "seq" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "valid_from" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT,
    "used_at" TIMESTAMPTZ,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "coupon_templates" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_coupons_templat_9f48c1" UNIQUE ("template_id", "member_id", "seq")
);
CREATE INDEX IF NOT EXISTS "idx_coupons_status_9fa747" ON "coupons" ("status");
CREATE INDEX IF NOT EXISTS "idx_coupons_expires_10b317" ON "coupons" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_i_480491" ON "coupons" ("order_id");
COMMENT ON COLUMN "coupons"."status" IS 'UNUSED: unused\nUSED: used\nEXPIRED: expired';
COMMENT ON TABLE "coupons" IS 'A coupon held by one member. `seq` numbers a member''s coupons of one template (unique), which makes the';
CREATE TABLE IF NOT EXISTS "member_aliases" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "card_no" VARCHAR(32) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "member_aliases" IS 'Another card number of a member: an older card of the same shopper merged into it (the legacy import';
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_phone_claims" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "phone_hash" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "claimant_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "holder_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_member_phon_claiman_0b71d2" UNIQUE ("claimant_id", "holder_id")
);
CREATE INDEX IF NOT EXISTS "idx_member_phon_status_ee2f0d" ON "member_phone_claims" ("status");
COMMENT ON COLUMN "member_phone_claims"."status" IS 'PENDING: pending\nCONFIRMED: confirmed\nVERIFIED: verified\nREFUSED: refused';
COMMENT ON TABLE "member_phone_claims" IS 'A WeChat user verified a phone number held by a member with stored value or points: not merged';
CREATE TABLE IF NOT EXISTS "member_points_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "delta" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "expires_on" DATE,
    "balance_after" INT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_poin_member__511782" UNIQUE ("member_id", "kind", "ref")
);
CREATE INDEX IF NOT EXISTS "idx_member_poin_order_i_61f6ce" ON "member_points_entries" ("order_id");
COMMENT ON COLUMN "member_points_entries"."kind" IS 'EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out';
COMMENT ON TABLE "member_points_entries" IS 'One change of a member''s points. Positive entries with `expires_on` are lots that expire FIFO.';
CREATE TABLE IF NOT EXISTS "member_subscribe_consents" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "credits" INT NOT NULL,
    "accepted_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_subs_member__821418" UNIQUE ("member_id", "template_id")
);
COMMENT ON COLUMN "member_subscribe_consents"."status" IS 'ACCEPT: accept\nREJECT: reject\nBAN: ban\nFILTER: filter';
COMMENT ON TABLE "member_subscribe_consents" IS 'A member''s answer to a subscribe-message template. WeChat''s one-time subscriptions allow one message per';
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL
);
COMMENT ON COLUMN "accounts"."type" IS 'ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense';
CREATE TABLE IF NOT EXISTS "inventory_valuations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "sku_id" INT NOT NULL UNIQUE REFERENCES "skus" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "inventory_valuations" IS 'Moving-average cost per SKU across the chain: value_fen / qty is the unit cost.';
CREATE TABLE IF NOT EXISTS "journal_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "entry_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_journal_ent_source__fef9e5" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_journal_ent_date_0a19df" ON "journal_entries" ("date");
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
);
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
COMMENT ON TABLE "journal_lines" IS 'A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel.';
CREATE TABLE IF NOT EXISTS "finance_manual_entries" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "lines" JSONB NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_finance_man_status_cf7dc5" ON "finance_manual_entries" ("status");
COMMENT ON COLUMN "finance_manual_entries"."status" IS 'PENDING: pending\nPOSTED: posted\nREJECTED: rejected';
COMMENT ON TABLE "finance_manual_entries" IS 'An adjusting entry keyed by finance (backend.finance.manual_entries): drafted by one user, posted to the';
CREATE TABLE IF NOT EXISTS "closed_periods" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "month" VARCHAR(7) NOT NULL UNIQUE,
    "closed_at" TIMESTAMPTZ NOT NULL,
    "closed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "closed_periods" IS 'A closed month: no entry may be dated inside it.';
CREATE TABLE IF NOT EXISTS "settlement_runs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "posted_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
COMMENT ON TABLE "settlement_runs" IS 'One platform settlement file reconciled against our orders.';
CREATE TABLE IF NOT EXISTS "settled_orders" (
    "order_id" INT NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "settled_orders" IS 'An order whose platform receivable a settlement run cleared: unique, so no order is settled twice';
CREATE TABLE IF NOT EXISTS "settlement_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
);
COMMENT ON TABLE "settlement_lines" IS 'A line of the file or an order the file left out, with what was found.';
CREATE TABLE IF NOT EXISTS "audit_logs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "via" VARCHAR(16) NOT NULL,
    "ip" VARCHAR(45) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_logs_action_4eb755" ON "audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_entity__893447" ON "audit_logs" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_created_bdaee3" ON "audit_logs" ("created_at");
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "status" INT NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_idempotency_scope_bab602" UNIQUE ("scope", "key")
);
CREATE TABLE IF NOT EXISTS "promotions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "repeat" BOOL NOT NULL,
    "percent_off_bp" INT NOT NULL,
    "buy_qty" INT NOT NULL,
    "free_qty" INT NOT NULL,
    "member_only" BOOL NOT NULL,
    "channels" JSONB NOT NULL,
    "location_ids" JSONB NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "approved_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_promotions_status_a6393f" ON "promotions" ("status");
CREATE INDEX IF NOT EXISTS "idx_promotions_starts__5ad7f3" ON "promotions" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_promotions_ends_at_f473b4" ON "promotions" ("ends_at");
COMMENT ON COLUMN "promotions"."kind" IS 'FULL_REDUCTION: full_reduction\nPERCENT_OFF: percent_off\nBUY_N_GET_M: buy_n_get_m\nMEMBER_PRICE: member_price';
COMMENT ON COLUMN "promotions"."status" IS 'DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREJECTED: rejected\nENDED: ended';
CREATE TABLE IF NOT EXISTS "promotion_applications" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "promotion_applications" IS 'What one promotion saved on one order: a discount line on the receipt.';
CREATE TABLE IF NOT EXISTS "promotion_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "price_fen" BIGINT,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_promotion_i_promoti_69bb48" UNIQUE ("promotion_id", "sku_id")
);
COMMENT ON TABLE "promotion_items" IS 'The SKUs a promotion covers (none: every SKU, or the category), with the member price where it is one.';
CREATE TABLE IF NOT EXISTS "import_column_mappings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "columns" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
);
COMMENT ON COLUMN "import_column_mappings"."kind" IS 'PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders';
COMMENT ON TABLE "import_column_mappings" IS 'A saved mapping of a legacy file''s column headers to Cradle fields, reused for the next file.';
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "mapping" JSONB NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "rolled_back_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "import_jobs"."kind" IS 'PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders';
COMMENT ON COLUMN "import_jobs"."status" IS 'CHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back';
CREATE TABLE IF NOT EXISTS "import_records" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "row_no" INT NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" BIGINT NOT NULL,
    "extra" JSONB NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "import_records" IS 'One thing an import created or changed, in creation order; rollback undoes them newest first.';
CREATE TABLE IF NOT EXISTS "import_rows" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "row_no" INT NOT NULL,
    "ok" BOOL NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "data" JSONB NOT NULL,
    "imported" BOOL NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_rows_job_id_8a3952" UNIQUE ("job_id", "row_no")
);
CREATE TABLE IF NOT EXISTS "auth_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "mfa" BOOL NOT NULL,
    "generation" INT NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "refreshed_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "revoked_reason" VARCHAR(32) NOT NULL,
    "member_id" INT REFERENCES "members" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_expires_37837b" ON "auth_sessions" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_member__cad6aa" ON "auth_sessions" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_user_id_287ae8" ON "auth_sessions" ("user_id");
COMMENT ON TABLE "auth_sessions" IS 'One login (a token family): its access tokens carry its id (\"sid\"), its refresh token the generation.';
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "failures" INT NOT NULL,
    "last_failed_ms" BIGINT NOT NULL,
    "blocked_until_ms" BIGINT NOT NULL,
    CONSTRAINT "uid_login_failu_usernam_1df575" UNIQUE ("username", "address")
);
COMMENT ON TABLE "login_failures" IS 'Failed password logins per (username, client address): the progressive delay of backend.staff.auth.';
CREATE TABLE IF NOT EXISTS "security_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_mfa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "secret" TEXT NOT NULL,
    "enabled" BOOL NOT NULL,
    "last_step" BIGINT NOT NULL,
    "enabled_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "channel_accounts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "app_key" VARCHAR(128) NOT NULL,
    "app_secret" VARCHAR(255) NOT NULL,
    "access_token" VARCHAR(255) NOT NULL,
    "webhook_token" VARCHAR(128) NOT NULL,
    "base_url" VARCHAR(255) NOT NULL,
    "sign_method" VARCHAR(16) NOT NULL,
    "shop_id" VARCHAR(64) NOT NULL,
    "is_active" BOOL NOT NULL,
    "push_enabled" BOOL NOT NULL,
    "pull_cursor" TEXT,
    "pulled_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "channel_accounts" IS 'Our shop on one marketplace (one shop per platform: orders are unique per (channel, platform order id)).';
CREATE TABLE IF NOT EXISTS "channel_platform_orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "platform" VARCHAR(16) NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "platform_status" VARCHAR(32) NOT NULL,
    "event_ms" BIGINT NOT NULL,
    "items" JSONB,
    "total_fen" BIGINT,
    "error" VARCHAR(255) NOT NULL,
    "deliveries" INT NOT NULL,
    "sources" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_pla_platfor_db716b" UNIQUE ("platform", "platform_order_id")
);
COMMENT ON TABLE "channel_platform_orders" IS 'A platform order as ingested (webhook or pull), the state it has reached on the platform, and the Cradle';
CREATE TABLE IF NOT EXISTS "channel_push_states" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sku_id" INT NOT NULL,
    "desired_seq" BIGINT NOT NULL,
    "pushed_seq" BIGINT NOT NULL,
    "pushed_qty" INT,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "enqueued_at" TIMESTAMPTZ,
    "pushed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pus_account_6cd112" UNIQUE ("account_id", "sku_id")
);
COMMENT ON COLUMN "channel_push_states"."status" IS 'OK: ok\nPENDING: pending\nRETRYING: retrying\nDEAD: dead';
COMMENT ON TABLE "channel_push_states" IS 'Per (channel account, sku): the sequence we want on the platform and the one it has. Every stock event';
CREATE TABLE IF NOT EXISTS "channel_reconciliations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "trigger" VARCHAR(16) NOT NULL,
    "skus_checked" INT NOT NULL,
    "stock_fixed" INT NOT NULL,
    "orders_checked" INT NOT NULL,
    "orders_fixed" INT NOT NULL,
    "errors" INT NOT NULL,
    "details" JSONB NOT NULL
);
COMMENT ON TABLE "channel_reconciliations" IS 'One pass of the reconciliation job: what it compared, what it corrected, what it could not.';
CREATE TABLE IF NOT EXISTS "channel_shipment_pushes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL,
    "carrier" VARCHAR(16) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_error" VARCHAR(255) NOT NULL,
    "pushed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_shi_account_8563b8" UNIQUE ("account_id", "shipment_no")
);
CREATE INDEX IF NOT EXISTS "idx_channel_shi_status_d6faf3" ON "channel_shipment_pushes" ("status", "next_attempt_at");
COMMENT ON COLUMN "channel_shipment_pushes"."status" IS 'PENDING: pending\nDONE: done\nDEAD: dead';
COMMENT ON TABLE "channel_shipment_pushes" IS 'The transactional outbox of shipments of platform orders: written by the orders'' SHIPPED_HOOKS in the';
CREATE TABLE IF NOT EXISTS "channel_dead_letters" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "sku_id" INT,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "qty" INT,
    "attempts" INT NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "replay_count" INT NOT NULL,
    "replayed_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "replayed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipment_push_id" BIGINT REFERENCES "channel_shipment_pushes" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "channel_dead_letters"."status" IS 'OPEN: open\nREPLAYING: replaying\nRESOLVED: resolved';
COMMENT ON TABLE "channel_dead_letters" IS 'A push that failed too often. Stock: at most one open letter per (account, sku); shipment: per shipment';
CREATE TABLE IF NOT EXISTS "channel_sku_mappings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sku_account_d19f32" UNIQUE ("account_id", "sku_id"),
    CONSTRAINT "uid_channel_sku_account_ddf031" UNIQUE ("account_id", "platform_sku_id")
);
COMMENT ON TABLE "channel_sku_mappings" IS 'Our SKU listed on a platform under the platform''s SKU id.';
CREATE TABLE IF NOT EXISTS "channel_outbox" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sku_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "channel_outbox" IS 'One row per stock change of (sku, location) that moved the available quantity, written by';
CREATE TABLE IF NOT EXISTS "channel_stock_policies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "share_bp" INT NOT NULL,
    "safety_buffer" INT NOT NULL,
    "location_codes" JSONB,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sto_account_1f9476" UNIQUE ("account_id", "sku_id")
);
COMMENT ON TABLE "channel_stock_policies" IS 'How much of our available stock a channel may sell. sku null: the account''s default; a row with a sku';
CREATE TABLE IF NOT EXISTS "live_sessions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
COMMENT ON COLUMN "live_sessions"."status" IS 'SCHEDULED: scheduled\nLIVE: live\nENDED: ended';
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "flash_price_fen" BIGINT NOT NULL,
    "qty_set_aside" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_buyer_limit" INT NOT NULL,
    "closed" BOOL NOT NULL,
    "qty_returned" INT NOT NULL,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_live_sessio_session_fca6dc" UNIQUE ("session_id", "sku_id")
);
COMMENT ON TABLE "live_session_items" IS 'One SKU of a session. `sold` only grows through the guarded UPDATE of the order fast path';
CREATE TABLE IF NOT EXISTS "live_orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "buyer" VARCHAR(80) NOT NULL,
    "request_key" VARCHAR(128),
    "claim_id" VARCHAR(40) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "item_id" INT NOT NULL REFERENCES "live_session_items" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_live_orders_session_0d6839" UNIQUE ("session_id", "buyer", "request_key")
);
CREATE INDEX IF NOT EXISTS "idx_live_orders_created_c7cfbf" ON "live_orders" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_live_orders_item_id_1193cc" ON "live_orders" ("item_id", "buyer");
COMMENT ON TABLE "live_orders" IS 'An order taken by a session: who bought (buyer identity), under which request key, from which Redis claim.';
CREATE TABLE IF NOT EXISTS "purchasing_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "purchasing_settings" IS 'Chain-wide purchasing policy, one row per key (see backend.purchasing.policy).';
CREATE TABLE IF NOT EXISTS "suppliers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "email" VARCHAR(128) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "payment_terms_days" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "purchase_orders" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "po_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "approver_role" VARCHAR(20) NOT NULL,
    "approvals_required" SMALLINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "first_approved_at" TIMESTAMPTZ,
    "decided_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "confirmed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "first_approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_status_22918e" ON "purchase_orders" ("status");
COMMENT ON COLUMN "purchase_orders"."status" IS 'DRAFT: draft\nSUBMITTED: submitted\nAPPROVED: approved\nREJECTED: rejected\nSENT: sent\nCONFIRMED: confirmed\nPARTIALLY_RECEIVED: partially_received\nRECEIVED: received\nCLOSED: closed\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "purchase_order_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "id" SERIAL NOT NULL PRIMARY KEY,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "client_ref" VARCHAR(64),
    "on_time" BOOL NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "received_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_purchase_re_po_id_4d161d" UNIQUE ("po_id", "client_ref")
);
COMMENT ON TABLE "purchase_receipts" IS 'One delivery received against a purchase order (posted to stock and to the ledger when written).';
CREATE TABLE IF NOT EXISTS "purchase_receipt_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "id" SERIAL NOT NULL PRIMARY KEY,
    "price_fen" BIGINT NOT NULL,
    "lead_time_days" INT NOT NULL,
    "min_order_qty" INT NOT NULL,
    "is_preferred" BOOL NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_7fcc3f" UNIQUE ("supplier_id", "sku_id")
);
COMMENT ON TABLE "supplier_products" IS 'A SKU a supplier sells us: net unit price (excluding VAT), lead time and minimum order quantity.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztvWtz4za2LvxXUP4Sdx3Fp+Ncprdnzq6SbXWitG15JDvJnGiKoSTIYkwBCknZ7ffs+e"
    "8vAF7EC0gRFEmR7LVrTxKTWCD1AATW5VkL/+9kTRfYtM+uTDp/HuM5tRYnF+j/nRB9jdl/"
    "yG730Im+2exu8guOPjNFe9vRl0ttzptrlmgv7usz27H0ucOaLHXTxuzSAttzy9g4BiXsKt"
    "maJr9I56yhQZ52l7bE+GuLNYc+YWeFLXbj93+zywZZ4M/Y9v/cPGtLA5vRlzfEy4rrmvO2"
    "EdcujachcT6KtvyBM21Oze2a7Npv3pwVJYGAQRx+9QkTbOkO5k9wrC3/BfwFvd/t/yj3ZX"
    "dN3LcMySzwUt+aTugXz7TdtRNNuxs9aJPBg6adKGA0p4Tjy17VFgA88Vf4+r/Oz7/99m/n"
    "77/94cP33/3tb99/eP+BtRXvm7z1t/+4L7NDy+1KYDb8cXj3wF+IskF0B5pf+I+Q0R3dlR"
    "KDsUP/mf34JP5XK90akO1ajMCQvbZO5jgxEr5sbCzYj4yPhY981mD4F3ajsZuExYeDQXCB"
    "DDIlo8eHC0S3YprkGJy1/lkzMXlyVuzP7zJg/6U/vvqpPz797l0U+jvvxjm/w8dgh7n48P"
    "BC050k8tcMMcdYY/ncj0rGcF94omf+f5QzCnV+Exk4PwxvB5OH/u09735t23+ZAq7+w4Df"
    "ORdX32JXT3+IDUrQCfp1+PAT4n+i/zu6Gwg0qe08WeKJu3YP//eEv5O+dahG6KumL8JA+p"
    "f9S5FRNqXDi+fGWjflo2vKh9UVOfNEcwyqN2IVf1llDOr14Gp42785/a+eO1Js/AwHRz6r"
    "9/Gvx2SPUsTVlQBcM3FdGO4yr62T8KZuxlGh/Zty81H1tuXzb77723cfvv3hu2A3Dq5kbc"
    "L+hruD9dVwVgbRLJ08YYmiQ6mJdSIHNy4ag3fGZNuHb5YGMxrdRFb3y2FMn7l7vL0cjE+/"
    "iU3qJOo23VpzCd5csZGDvZOoT50RKnpV8ziiwXzzQw4V5pv4drnTYfitKMJb8oItg3UnU9"
    "+zZnVUsNicLoR2cKW1s5o9dGlY62KqY0y2BOWxPStL65THBV5sN1h7xm8qa1hUqpx17Lg2"
    "cmQR+yGPHfZDuiH2Q9ISCz6K2Zsmc0SkKj4SSdB+kisWs1d1/g5q4MakANgksFsbW2qghi"
    "QKAVqTw6ZWRLlTcvksdYxxuJLofqQWNp7IJ/yWcI3FQPV8so9eNy0D9z/+7PGv7r4oS38N"
    "vLjhScV+O/vF2NVdrvqTq/714ES6GJQA602oq3YtBHmRja2BEXTZO6C7x5ubk9TNrL6Z21"
    "J4Jft3CsR8jZjp8+dX3VpokcWC36HnNHYlaJu8tT5fx6/oRH8SKPGfw1/eQ3+yMpbOiSTI"
    "497o7Q/v2LxhvrjOyYhgZM9XTH008QIJSUSXiPLLvDO0xusZtpDuiGv+3ESn3FKwkW5hpL"
    "/yf/rWg/3uLO5or+whktjT78HyzdsKs8rRLcfmts+/DwlMfSlRqQP1lPR4kz8eSdM1xaTx"
    "2meZq52Kc3DzM+7MCuauFLh0mz8iWE+0CCz+XjGLH5NFkSEOicEAN3qA5xbmwKt7GuJyYA"
    "43yc/QtE8GHA1NRBQcDd13NLQV2ixPw5hte+Ph1cNJylYGfoZ9fob47t0sLwO3u++oYywN"
    "b5rLPA6JRr393gcSap/TCfGwwigsxtl6M/oZnfLfyvTcM9HzWaTndxdIR7/iK7pGa2zb7F"
    "cih7ruhB56tQzHwQQZBDms79nWNghrlHBM1PXgKWEIEJuBwB+ikwVi4Bkv2MILNHtzm7In"
    "Pll0y+79SWdp7o2YB+N3jrmzFT+M4M8OswccvN44gbcDeLct4t3K0W8D17ZgWPfb8xxh3W"
    "/PU8O6/FaMygbR8yTM35x/yMMBOv+QTgLi96TWgZ3E+efJ6C7TPrBlPgtj7qD/QaZht9FQ"
    "yICXoxFxVPiont72f4sDfnUzuox7IHgHlzHwN/qbSXXJMpKOfUgEoD8A+t2GWyRxYiddI9"
    "dwwzQZw2VCq+RP3A/urod3P14gT35KJoO7hwtkY+JMycf+8GZwzZ9nmC6hT3VZyrMopS9J"
    "iQXJU30kQ5Oq2IRF6nNYvK9WvSnN/xNXKBO4ZvunJeLAPGyym9rUbUfDlkUlTql03SkqVe"
    "OqpricFdSdzr//PscyxVqlLlTiXvTLMsiLbhoLjetDSgpUQrD+rfzkH8stce3Y2dYwHYPY"
    "Z/x5/13VeNS+wbPtrUjEdScGy1yTlznfL1eASB+R7GDQ9YT9wMWImG/eDGzJsHsfS+aobz"
    "eLgqMelYRRb8qoSz528faJgNsRHez3Fl0a4lfLfev+/d5+t/rGbdqwcg1fis+4MlYcs45M"
    "+oYxm8EqWndMrHNqd/me4ZVhYU2VgxgROpCI2B6VTkJEnNP12rBtHivmP1GbbRTWArkwkJ"
    "kkLhcqm5/py4DfvnPffyVmdwMITa3fyw7SrvZRn0YEP1D2j4qJT0cdhNJoTyWrqhPsOO57"
    "y1VV/34OVdV2mx5RVVWM/3Y18FtW2nS6+vqim1vJjpXuwQwEIAh5gI8SvBnpXwB4MyrwZo"
    "itVrI1+Ftw+pYQhCrAadEqRS9r1edjKv5bYY8Ny8BGm7LRRmqybUz9TVOFOS7XQdZg+WBv"
    "dNt+pWyNXOn2SgXthGAH4a7EFLeomTKt93OofNkmY30y+Wl0fz8YXyB7RTcbbE3J1c1g/O"
    "kCMXSs5ymZPIzGA+22f9f/UbRyqIU1d/tlbe8fOXQTfmezteZsdvGrH4d3/burAXtDg3Bk"
    "puSnf2r961te6Hb1F1Mk1rzc7c3wlwF7rZsbLs1J5sweM00vJ1517N/nGfr36SOfqDW5YU"
    "OmtKAFAoWGu2n+wuq/rFc8p2tBEJGpPuk4x+VKgbvTWzRDbKU7Gt1gogx1VBCw3oe1YWs8"
    "eeZFtZBqRK7GipM+9q0tOOnQZ0y0F2a7SbMpU02ohBzwahO1PIGA1DHnTRoBScF5EzsjIH"
    "w4R2y588Q/fhpjM0jKlAdIYseCtGwypEVKomzNoNZVcZiCwlpdBMjP8T4QI+7o62BGfDSD"
    "ZPHn1nbWmBw8oRz23fWD3tpnp+SCa01fcFlg3Xp9dRQqtgBLmf4qOI14Hx3Fx3NTCI7QgT"
    "DdsK4mbk9dWqeUgjshd8uOYCqH1Kdc5PlOo4TVDk7D9VIvDalbt6+OoFQgXBhoCylhw7A2"
    "kR0+1CI6TLlxxF290KB0EJQJPWZsEeq5QT23JiOasOmhnhvUc2sItFn13OS80doIRJeWTq"
    "K7Z+RGpg4w402AQ9StfV6V2ALcoV5WsKyQq5lZh4vt/FAHzr3bS8esnaoWwisGzxO13mRr"
    "YXAvczmcu62MKnJBfz/Z6JbnhxMvB8bQl7tIHltbr5hTYFNLEoFNnbN+cwhoxw1Ld8lQMy"
    "0jMpAKute23C3LB5pB4T2mXQjntYIiUyulpnWuQPzKMBesqwNj8J3DO/rt16xCNm2TOooO"
    "eW8Zc3zDU+UkSuTuZqYWueHNNJ5vl7NIdx8JEZGih1i/JlNAeeVrHc1XOiGYgaMHR3f1EL"
    "XQjDqrv4vi1mvKZOwNnvMy2shl5LkdvfL6YScxqKt+FvgCQM1tzApS+UnH7hejgm9IpIOs"
    "+9JzGtyajEuLrpMgZxM6o5JQN7A5ybcugTM5yo6kTFOeMXZkdZpghBs1wpBkUHOSAZwRX4"
    "/zAI7fri+IGlpOHLw+2C72bLkh66uFuu1xrWMBWpaF7KOax0rWguEsPeISPEOsl89bCLoc"
    "1Rp1x2MpdfxlnJIVEesSXaqW87Li8LufnFJEIS7XpTEoLVbDlhc1WHcCgGeOME1kLT9Q14"
    "p4cluGc+5gTfyr3c8J5Dvk4eBO3F46Cuvuq20SCdAP80h1siAClKWN7YJNQAVs1ZqZpXDN"
    "2Ugruae99p2jApZf9RwiK9Weghl+swTMD/hzysoQE+tA+e4sP/Dgt4eIwzBRATVwA9+M7n"
    "70m8fLosZO+3vC2tog2poSZ6V05l9CEByISTNBoMS+nmLwRgQB3iS8S2qtt6auMSX1SbI+"
    "p6KbkANwJSbuCptLZlIs+dEdbyqTVyIJACcBhjhZzXEyqBiVPre7VTEqPOoi7U3NWRcWgZ"
    "VL8iF5ZFw1VGNS4Afd7wed+VmdB3rpguzQds3bvG668PeawlSXTd8SgFWgpTdt6uYFN/bZ"
    "HpAJYD9vDy1y1Slvc6Xhew6VxEHsIZhx9pA3SOAYbtUm0gPHMDiGj+sY/iEPI5y1SncM/5"
    "DghPMEFBV8/fYdcAVXndAw0y3VhSEk0rVa6+UvDexXSvwMGSf7eO1rnLrT7Xd4+UM9EzhP"
    "1Cg9ZpSIGAG77KjsMocNrfoJxjGp+vD/5tv3rakCYJA3g2gGWw0M3ZTYSxlnvCRFq1pMEg"
    "t1a7dBk75qNq+drDkrC9sraqolUUila5zZbZnXM92ZrzRuUj5jCcKZEY+ELEQ98kc9IMwE"
    "YabGKCvdDTN5pEpVsn1YqEv6aHXM8IDgejAtvGvFUnoJUnh4dh3guBe8cmE6QSKe3JOf0H"
    "QOReqSd9JVhITGXMZ5J10F6IhH6LQSryOdodNKrMQhOloJWdXiJJ2uLeRKIdlIVZNtSm0A"
    "9YNPhuSFzT9qvf0S7rUb1A3VI1B2a9cV09fHmP04eb02ecNeZqhbOG52ay17W6bnWK5o7n"
    "JuohdkEG682Ri9rij7J3fmI94dMmxEt45tLLAoqzbTyQLpFt2yf/G/J58ev7KRqbOW/hHV"
    "Qu4CsQ74smYjImrexAq71fDUKXEfwmW5scSvOSv2Buw5jmGin/6JTm26xpRgRHmgn3WtE9"
    "aDjdb6M7be8ZJzluiM9XrKvyFMFmei0zMBNVOT5s/voJZcAzkD3legEUmhpnQPdFQK+AN7"
    "g4TMSHVkpCgO8YBs1wlbNhrtDqTr8/Nv2DfMEVMD/OR+cHc9vPvxAnnyU9K/vx+PfhlcX/"
    "jLxGJKxoOfB1cP/JqF/8Rzx/X2qjMRchERMngI8WH6y3njxrMjOdcsdaWJyIBrR+Io5VuX"
    "TGPKN/l30k0m05xc92/7Pw4u0EJfMw1nSga/3Q/H/7pA+PPGsN6m5GY0mVwgk9r2lHwcPd"
    "6xub/k+/SUXI3GY/Y1DEd3F2xztiz2PbA+p2TSv72/YT3a+npjsh4nP43GDx/7Nzfs0opa"
    "Dnttc0pGDz8NxhfuxtyMj4hpD2pcKa9957g8599/nwNb1iq9eCa/J4uvqW3XYZnOofxdHs"
    "bJd+mUk+8SnBP3k9V4/EUe2ZGjHBPLCuu01s6TYcyjMhJOlGtlKTN3EqJd2lJrZu9YeIkt"
    "zDbVgmMhl+9QplTN47HAc2apF4kYRyWhLm6T6+K6Jo2WpfWmfW4xwc7t1ZVoRCHHnppalB"
    "DsHN7lOzKA9JIOfXdJL/72M1NMBU7IdUh3KM09Akd4V+d4Em7qAhNXIglTF8qjfhGF6JsG"
    "cl4aXFYlenmBACiNWrg0qhzQ8LJZArKPNm7h+Ul5kZXsMRGI2Xugu8ebm5MUVQwA3gNwQv"
    "tMgTedGltl4QaX+SlhuASU0HRGS4h6mu8kQkEQZn8jkzqILhHnckw+PZ7xf9icz+Eg3cKc"
    "+IFE3197SThopb9g0VpcRq+Gs2KtvKiW/CTCCp8lPRDCW8WDIAccB3FMQkl74lO10UnKj1"
    "DtPjLlKJVE9EuOVLUk1lfnCqEGIDgE01eB7joEwfCv1PAHw7QEwzRXqTrIUIIMJchQamje"
    "jaJFHfg4JUZ12P+Zblf7LkSojNgtoxQqI0JlxDYWLXo2ZGWh8/HmfdkmA33ya388+Gn0OB"
    "lcILb+4xXd2pzp/jAac+K7wzTeuIvxOJx2Zhkx40mpSldIpHO8okp4XKbUhYDnxlo3UzgQ"
    "cteBK3LmiXbLgzW4Gt72b07/q/dDrD5R4EdM1FY13SwuFVxdCcA1E9eNZVDLcCRxuKyylI"
    "FInbXj2lI8DmqY1VDDLOF3yuco0ZfLw2xaHmzuIA0lviZ45/OWVUGptcsslAYCxxs43hqJ"
    "lfj4HP350OJlE7+frgLF7hB7iS1bo1uJcaKC1YPXVfehMjKKIwFSXmGuMmpydVQ1MJker9"
    "nYtn1HfHGYblhXE7enLs2mKoMoY8zU9JfUOEr4di8rlGLtGjYsmpKV8dyxgEot+c1ZxaWW"
    "LoiJMchKgt3J1Og3pf6C2sYYDMdMNtOzUZbO9fb7psuPwvyl5OP7q273XuPjstH6WvwR2z"
    "VWCXPHxerDti2O06bXl5OsBjuHrUrAsH/1MPxlcIFcaV48627yeMsryfkThFeXuxn0J251"
    "OZOXzWxIdTlBGsZ2AapsVLKW8h8NYRw3iRjrg5TJjAU+dPr31V0+9K7YthotOiEHWeayzY"
    "3Xb1ajm4dEQBPLQTj3QymHUs47FpLpxUnnoXmVIx9693mXgK1KHf6GrQh54U0sh8rU/ipd"
    "Y+7kljjFglm/pwZ9zoTdEUErUcid/c91o+EFWlLLz6TtIZ+nLJqI7MkzpL/ohhh+9H9YQ0"
    "308HUg30MEv2AL/QO9T2bt1vHArNTdcJ0L0Tnk8B6VLu2Npooes5MA4zxZhsj9JBTwDIsA"
    "oHFAt5tFQRsrKgk2VlNsLIlpLT9vTc0MCIuAGQC156A0WqvwhAzpw4xVldJdUGtOBVr1Wn"
    "Mzv6rTgeB27cDQOLLhLfuAxP44/aQ4hyjGeOkI7MCdVcCqcqdSiJ6d5l6KMrjzH3aY2+eE"
    "kUVf0QZbXvk1h27nK7z4uzhIkN2y/VpuXt1CZK94GbdIEXV0yp1AvNGfdGsR3UTsuvX2Tu"
    "Zyqvx5kITfLK9S8+v0J0/BU6QnNIYRBgfZlTej4SA7OMgODrLbj61iuj8/Shurn0kVEeuM"
    "a7z+g8HaQsxu6w4MnOxKOdlAs0uHvp0hoDw0OwgBQQioPchCCKhcPLc2J4epABqSAGItHD"
    "eUC+TqQkAQsyw5ZgkxtdJiavF1tgRUu324UGhradSxQtEgXFo0KRyl2xdLikQH1SJJ85VO"
    "njAP5OhIPJe97XqGLTfIY2/XNqKcJOzf5XL4r61uIsOxA1JxmJacHUmq6Hn7I0m/R9wjni"
    "X/byhL0MiyBJ2vqjseXA2G9w88/3WO2WXugncd8Nz9Ph48PI7v+E1na5Ep6V///Dh5uB3c"
    "MYFdqG1Kfh0PHwba6OPHC/RqGQ7W6HI5JQ/j/t3k42CsjR4f+ORxa/Xw+kihe8O70C2DiI"
    "q+V58e+p/cqr5u0Sj+JpPBmGfzel9bkLobZO5OyfD2fjRmTzLWG2o5zQgMeAuFcoQtIdcZ"
    "/3XpXHllbJOCAK5K/DIN1fpjlq11+UO8sMp4IcSsIGYFMav6Yla12gUQsoKQFYSsjo8shK"
    "xKxhNKl0AYsImAQi2YVHgrqgUD0T/IWGxVuBqiqxBdheiqJLoqTrxIi6z6x2HsiaoGp280"
    "py76lxJ9rCzBLRhYxfy2uBycOrvXU9nCesd04+asqARyR/eDuwvEJadk8nh5O3x44GWN7e"
    "1sbTgOr3V8P5qIS9xrxf++6t9dDW5uREFk/ttNsynVjyE6UmV0pF2+ZciHKMe5HCwEBcY9"
    "LltLVfFjKJtNH2gfk8yRdtf3AsMcEYQxbvIYM5PBopzCMntT828mBcHNmfQbz9kvf6KWIr"
    "YxKQBWAqynQahO24QcgAuxTsh+asJ+WoE72V9IS8D3KtRVu1aHvPDGdp088AaLKTiX94Eb"
    "33dSXMwpuhnguwffpDqq7MMPnwZLSjum+ob11aE1ufq6hAFoWdEOH9UcEQ8tGM1ywx6/7x"
    "7BO/dC7XCURANiIm82P81F7QjNqBAorzKbi24J38PUgI1Jgb2VBPZFtwy+eWuu40wBXIkk"
    "pCAl4YWqb8eq+gZUdCBMNx7PQFVUJ02HxADbnDxfX2Uug+vr99UymJX4vqE5FjFqr/qTq/"
    "71ACi/UPCnAaAedIhGlV6FB68oxInEoRDc62X5EvyyEkCe7JajICgXosadjIkBdVL87o5R"
    "J70TQLA//AqFcP75OHAJkkEfU9K/vx+PfuEXfU81Lzzz8+DKa/gnnot2k5+G9/eCb7kyNh"
    "u31dVg+Ivbao6NF2BcfrmMyyDKoc7JiokCK6vJrCzv4y/CsIxIwig3eZT99bzAMMdEYZyb"
    "PM7Ak0/fM7vLk4cDw7s26pKPPXGsJfCpK3XVLy261orRU2Wi4LKXVmz0dAvVKZwUhCksg9"
    "dzChTANyEJAEvCeZ4JpApvQg7ATYLLdr5iy29SEBbf/fHSyKZVQhDqC8gSkO3zOcJ8ofkJ"
    "OOfBOflB50A5vIWVAHO3Oe2S/R6yBkpFOHfWgFy/AHz3ES3iKlUOeENWBOC7d4WIW1zHzX"
    "rx6RSQ9KJOT0nLeYljup+mUlXGC3BVjshVUUu6gDSWdBOWYaP5C6capBGxzmQElAbsMbj+"
    "Ddu4gerfbDx3B4Qp+a6iUoDsfseVEyLWHqjChzm6LQM5ty8lOsGA5d95ln/D9q3Wk/xH1k"
    "LO8Hdv9LLsJsqbVFIhgJ8NS7DJu8afHWwR3QwOaQVL6kiWlBhuRcp/WAb4/uJ3Z/H9Q/O+"
    "COE/JF4VL7wEtE/uRxNRBHlKbod3w/vx6Mdx//YCrQ1ibCz6ZOnrKbn/aXQ3YK3Yj8BT8t"
    "AfXfZH7Ok6nel0Sn6+vkB/8orK17yc8oL91/Xo8V/8JNsF3b7xQ2w/PfaHk59Gjxfoeasb"
    "9opup+TXAcOdvdZPo/sL9IoZWo7G7mym5GbIT7Y1mYl6UmAelJ8NEF70FL62mFihOdCwDb"
    "bqc/6anmGT+N5ONpgsOGKqH93g7np49yP7XFx59vH0h/zr0Q2eZnNzM7rqi5wa3RThSVGw"
    "fHj1yZUx5s9CJplmcz3gH8+YX2MKAvuCLJFoM7q9vxmI/uZ0veHaTkr6jX/GtZuow0+5bk"
    "pKjr2dOdRhX5NyBYy4ZGdcXjUXwVgYtqiCoz4CcUkYgWIjID5z9loFvoGYJIxAsREouATB"
    "+lMC9nxvVIc+LAXIF0Pewsst+7EF0I9LwggUnftva8w20DVm+ClZIUnJziUpl69scg17u5"
    "FMdUpNrJMUpAOhGMIzJlUVxMGVerMXL0ejG95zkMt0OYzN4bvH28sBg12gzhoZTuriIqLR"
    "liYuKMzshGDnJnb5BnaAmXDlFEI7kOwc3JUUOwhw0xcLC9sS58YD/pydihSR7QDqWYmSg9"
    "8eIuuKj+3pbf83AXuQJ3kzuvvRbx4ai6ub0SVU86hxgm9MfV7sfKWwYD35wbVGJ9qZHpwn"
    "KVzYVAUGfCcGpR6ak/2dHF8o3PIljHIQCihS0iMmCyPd6JH2wztFRjomCyPd5JGGci1d08"
    "ckw54o1wLHCHbyGMGOA7vG65kqhz0iA6BKQsR8r1YENSIDoO7NCnAnYRJgZZr1bdBRu/DN"
    "y7OOfK056OvHKV3RUnALnCMKB13mBbfIQZfuMgrQ7ktoCe82ByT6+6SyA5P9RWbFtddXC8"
    "2a1Gz/CIP5BZcD1IB31FWUDAevywBpyPrpKkZrbNv606EVNgRMt25XXUXKI96UgdS921VX"
    "kXJJYgcCNRaddBsizaulVQpUY7ev7iLGsxcORop30nGkeMyuhJVq4nXTJZiUcn1DS7+F2e"
    "qvzU1qS4gnPqgjgh8o+8d+aO9Ff1d+d92wC/5TJDc6UNTTcqTDmvyeXGktYkHsTZo+YUOF"
    "bP2F/VZECXJWGIluvrLdI402Tg/pNtpYxpw3YQ83DbxAhoNO+YTBZHHmpmif+U3+mDufz4"
    "KX+OPdxUkM0BoeOSU6k6dryn8l6w2xOxv2LGqhDeVD2EOvhrNifdqITTBsIp0skL7m8sgg"
    "aInJGfrVMhwHMyFm1iLdQYLZw9eCs5NgIpZWgyuLbt6x5PFaSObpKebPBlGimvvt6+PNVT"
    "kEFVPM52xVUgHXb985UmL5JGexTqlgGwh0ceaef8gzdc8/pM9dfi92gtu6WCJoVK5LFajq"
    "zgcSe7NCjG8n0JkUrNJipq7Ko0idCMtAzDQJqqtiK2EaFunS2lBVHJr6RaEOjDcFxaVaBm"
    "/eiFN4XsmL0h2x2pcbUUkzZ4N4yz5bdhfh2W/ITkSdFLQybIdabxeIyVpvSFTvM3gbYeIR"
    "Kp6AWE/CMnxdUbQwhHHJb7+umOGXsFdL7RnsxkYrI+l2ozi7JKuUj3wQYmKdM3TKtyEdWg"
    "DmiBCAvBdkyB6sMnsQTpVNR7+dhPU8CYRgHJRvcG1tVUhDEmDBgrVVm7UVn7UlgNptymTo"
    "Q1UmTFZuwAq2W5r96lPh9pmvAfUOzvpp1XrZyzADeeV61Zo+YZkuBmN+eJ/LPHmfYZ+8j6"
    "vQcKZSaSoUMRyNUyWwemgrKdsliKHU7LGjXTWPAD98TytY7TQpC59C4YHgB7Z5VVXUVvmw"
    "VGe+gpKPz9sVOFfANSwGwCaD6U+2+pIRluoMpjWvFOBUqyCdHk4uPBhP8KmlwluNTw2O1S"
    "vhWL08KcgWtrH1IpI3Dk40CnrqjhtTko+llXA8u5uU1bXD2WUZWWWg5adldQ2vyv3afnpy"
    "mms7lL68z7sdTprOl2fkSSC6RDoJkn70pYOtr23dxDZyVjw8jGbYecWYiPwcfnraBluCRc"
    "VzhTgJCydSgUQnoo93SQJXjc+ekj94L5ru/IEMW9C+3Awn7rxHtrHAaGlYtoPEswzngvWp"
    "L5doSdlT/OexF/Net+c+1nsNr5EQoATn5JP9vlNI9C37mCzNT2nx3tQ98xIoZ42jnMWGKx"
    "lu2H96XKyLJkcfTvihifeD8YU/36dk8tD/+NH7ROJfdZ7IRJ4kkfQUkUSCyIwuJEGJ9LiP"
    "377JqBeM+Xz/Pk/Mh7VKRVfcazNtCsqul8Ka8jchxREPiUHx3uZUcU2OLxTEhDykVmBqrX"
    "U1RHcCMEWBuQle5mb4UHoHeZmhCm5OWNOr4MrriAIlthRKbGzDKgFR1WpgLYV2t1k3j2zs"
    "V0JMc8qGKiXuc8qG6zMC67hVe30vwxOofkLuMU7GrZFxXHY+JNR+OTLPB392sEV0U7PwUm"
    "Wex+UKzfb4nnbctaTiQlJPDIdXXcmRHRLpXAJw+WsJ3Toae9wCa4SqoByX6xzU5c/ldkUM"
    "6l3GuxsyAO8neJcaYlYeUoXpWLXiW2LBV0qGCheflpjdsdrU6VZ3uCh2TiZUnyC208/oZ2"
    "TR1wskRAXN51fMdAMHMWsfud26NCVBWULBiaVoS/iR02htEOPrjUWfLH3tNTwVfYn/ftdD"
    "tlAiIkSo+h49JWHiEuuBUAfxfkU9rDe0ZgvJrsSy4ZKkvAfxks6iupZfS8vGxEGzN9HG+1"
    "TQn3RWRT0t8FQc6Klon/LbYlMuq07Wfm7YUQpmbTBZcMjUED+5H9xdD+9+vECe/JRcM93y"
    "Ai0owVPysT+8GVzz5xmmm8J2ZKaYzpa19Uaplm1YpDPJYqVFkwn+7GgeRAWsPYl4LayhOl"
    "f2lhh4uUhDpm47GrYsKrFBsiqeh6U65z6ppFQdGzT+ygoo7yQ6h/C35zkA/vY8FV9+CxxU"
    "4KDabhYFRz0qCaPelFGX7FqJBLdGuCVbb1wmnJIqxIy9Dkz/eLKq3ZdHHYaKnJcHOdw876"
    "TE17bzW6a72UIO0v0OtltmE76hJ8r9SPzlRd4cu4YcZjt6Ti3i+61iuXzeg96doSvdXvXc"
    "jL8FetHNLRZpgCv2j68tPOftE5ZmjY+eEp/qg+ztfI5ZS90RZ5X9HenIu8dzGun2aRX27/"
    "1v1DcN4YmzPWcaE/WcaxuLvhj83XjVcnaFN6GvU3LKkyHpq+89vEB/xAyqP9CCvSRrayPd"
    "wmkOu3dBIiWz0p/YY1gzS7wIX4mxWyXf9RwGb8Im8dKw1jY4+xro7PMOcFXz9EWEyjEhGs"
    "TXKN+EAGrSkalJ7SDftZYuwwwCm0rmdtYK4kt0Dt5KfDziDBJ98cJ13QJlzKTinXFR17yY"
    "WPxMI6bDbHRLFh74eTK6S5v0McG4c8CYO+h/kGlUd6b3yT/Yzi1ismi2NUzHIPYZf95/V/"
    "VtZKDNgYr4Bfwv4PS2/1v847i6GV3GDX7ewWXL4mkJtebE0/3xQnEIJAG1yePV1WBwzeNo"
    "Qa9lhNbK3zGAwQoM1q4wWF24CtYklgjDvlxsX/YdDppnnsr8BekTXy4N03/v9Le3szXngB"
    "WJlcRloQ5Ic4IjyZgYUGKAEgOUGKDENN9d4oUcirE2YrKwJzX5mwJ2Tvp31k6eBrBzvsRR"
    "z8PO8b/Y2ZsaRSchB7WpoB5dHZh6HA41VKNCMFWhzB/kDR9BOy65Kh1U+iqz0pdkkS1rxo"
    "YqdXUT3Oj+kgPgnfpUAsbdrv6X0DQbVanOpen6q0cqjze0vOyj82qW2zYnrfchlFCu28+2"
    "4NZyruhakG4F3Vbkq4scdZdj63DW60q3EU8/Z7PL4ixTcYQkZ+jGGbgnseGs4ZFTEsPi3Q"
    "ViuFn0ZUfoRa+Gs/JT5FdsAn1ls0tkQV97iCGLfaatezqJO4AW8GUbyJdtOr9E4sf15qU6"
    "wWQ8+Ocjs9k5dyToY0r69/fj0S/8oj/Lp2Q8+Hlw5TX8E8/9Zx2dBQHExKo97cJf40+EJN"
    "CXlJpYJynBwbhsDPIZE64K8+BKvf71y9HoJuJtuxzGeA13j7eXAzbNxSCwRoarO0jOIsdz"
    "w2ZvprFdCqtM8YQgzPRcMSWINHTM55wn0sA/lkWhUY9KQhSxOYGF9Cgis9uKHHaTJg7exu"
    "S2xVMgzQJBnIQcgAtBHHCPN9YVpuYeT6ygJSDc9fNb0nadHC7d3WIKLt09KCf2nYa5dIMz"
    "x6X+3PCJ5FnO3OgZ6HDsSKt2q16Gv/IvR/KJp6LqtQY9QJr2aTt0/qzo4wpJ1ejd8mdwa5"
    "1bc2bgqSdThaU6k21QcxaVp7c5eF3IjtjJwSLSAOpSF/HMMM6Ow7JpGsgH0mykBtru8y7L"
    "9h16fXUU3MR6GMF4PJg8jIdXD8e1GzKpILFvYK/1oEYF6RM0vu1fICfGz+BF0/Tl0o8t99"
    "ATpQsbzekau2SNU0+jQtRCrxbDF9Hl8l3P43M8UWyLdkkmSC1PBPOnWeYPX+IUa5sFElDY"
    "LBYUTRY2AzZMPjYMv3Y1GP7iXptjw2v38fHu2r3mVnGML1rAmukml8BjDCobuFE5MHGLmb"
    "jA5EgfkO4yOSBntGujLqF2ZOWMArMDmB2tBReYHcDsaJZnC5gdwOxoNcqHMzvCBcZtW3/C"
    "B57/K1aOW7er7uAusXzhnOR0hAIWziH4hHk/HdmGKj1MerIyNiLtWxIKCe71sqIgttcKCF"
    "TdiiD446oYRoiJQSxhbyxhrluWIVMP00EOiXTO71w+wHxFemYvoDiTY2KdA7qCisi8VECx"
    "esgRSfA0NsXTmMe/DNXpKnR/mXQudF41aGNS4AQDxyI4Fptj0fUOciz6H3cJwN6Euuootr"
    "GlMIWMCGW/jlT2q1T3j++wAAeQugMoLZUujul+RxCk03XQGwTpdGXpnXP6VOAgy7AU0N+K"
    "0d/YrNRczr6sYlfWZI6IdQb+0qb0THfmKzVTKiwCywSkI9aMbqCrKGEbkwJk97sA7FAM8U"
    "BTKhyObBnIee2p2ASD7MSqXC17sxMT21sJ+F76/XQU2/Ce3qikz0vd5CMzII71diKxcSP3"
    "e1k2rsdKm7kCGvtULSOnrXsyIqIGNnnCbuFtt6+vbLf49eLrF93c8sxL0TU6Zcr+u2QyZ9"
    "FOJPb07yc7XuKz4dKKLLw8+fchhnaWDdMxW7sW6yXdImdzk99RNSQjYl3SYGo2Jv0vpkj+"
    "py9bH6VAHf6Th9H94z37sOhmu5mS+/6/LtBGf/OTN/3UzSnpX//8OHm4QPriz63tTMntYP"
    "zjQBveXbC1yXrCmkH8a6PHB/8i3TrxpS0PZQFSPitlhHxz/iEPvucf0gHm944fZ23WUb7l"
    "F+Raqk3YZeHZ2rC4VNUEpjVTjmjKsi4HdyfRvdWg9MX2eGSWps3j0h2wrj2iLx22cCrrhF"
    "Jx0A0L64bAiKsyfgZFDL5AkmmRHPbDE9cbN8DVOuvrz1NtGsB5XZ3p2anH9nVe6RYe4zXH"
    "z7rGpvGC5T5Pabtelu9zziQ0yxPhv5jLqHk/WQ/I70EcSEiFO9MwF+y/xB989e0hGxMH6T"
    "bS0a/4ih9KaG9nvLcZRl7CKT9gcM2WGHHKYIqbtMqn7fGniqd408P39ixYe4YFuFcbpLOl"
    "u1fDI5hXfQuJwHaj5DOVA9oGP2ljjGtveZHqxCmhgEAiSxcuB+o6F5AMZLkqG88OxOuNyX"
    "6b9FvPyA6MinVwilaQH9jwqpmJSXqywWTBEVMD/OR+cHc9vPvxAnnyUzLxr9ihKw/iT2dK"
    "PvaHN7wc5lI3TF4gc/JpeH/PL9jPIi+yGbES3eGT3pEMYOqWGBYB3mR8P1zbT2qLTiAAzv"
    "z9q42p246GLYsqpdZHpTrn1K+kqitfxIokfe/E4JTQ5pSSTDrfwOWa/nV11+UKdWO7NuqS"
    "jz1RhQsc7WVpeuBor9TRHvDhj+Rn586+E5ljXdzo5WARC3+h5UbbIVW2Vd92L8NzLP6dgD"
    "Xd4vDbd9CFVH4tLwaHtKZIOrw7ic4Zc3nYmulczQRTc2ZYzmqhSxK9033IYZkv2YsMJlL6"
    "nG2nsgysFFCWGwJw+5Vlut2In5zUlt07meryXLTJe74icpujFXszNHsTPA8XmDP0h43/+o"
    "O9HP/LDmfPeY/gOXW8vR/cQ6fuFHjXQ68rY75Ca/0Z2/wkxXhEpq7nTskGW1+78sg01oaD"
    "GB74a1tfZhBT/H7FAhp8BeylDmOjgKlwoKkwZ5NdRZf123euqvL5+zxRiffpQYn3yZjEXw"
    "oT1mtd33b8TaNnbJtD9luytbE/wrkj9o93jxMecHelp8T7S/z34Lf74Zj/iT9vDKsp0fgX"
    "3TTYFm5RSemHbIsjKtlBi6MlFkau2Js75+wChmVUsp5hboiB3rpRhiTZsjcuvnQXCV3aZb"
    "pigJNQ2Rdj0601V1KedxI1OoLnpm6s6/EGl69igFMzHXpwaoJTU2U/yqSZp+KazTL/cpHN"
    "cBeHfV0HOoxd5+RDqMOWQZ3XcRybZjlq4oFTvgOpotHpneqdD38A+7z0mj+VoAB8G+0nYL"
    "UcJVUh/FoKGMfEOsdvqSRZofOF+/q3o0eeWqav6ZYnl10PJ1fulYVhz/m1Zjiw3fdTr1YU"
    "letMVlnNNYr8uaDNNgq7ZUyqxnjZe/Z/jd46Q8oT+24CoJSnt0waJnmxSe6sLGyvKJNWHo"
    "aEKIxBsTFwo40L/U0lbzgqBGXQ0mBtRPi3YUi3xBWbK8rhjpUjObc6zxg7soOrYYQbNcIO"
    "dXRT+2vL/qXiF45KdWZvKm15NGx7ixdaYO7k9QbFxADYOLAbbGmeS1PQTxXAlYkC4y5R35"
    "RHjMUPTeqrlJpYJykh17BcDNYZE6wKV9/JWe86fzka3USW+MthTBO9e7y9HIxPvxFrO2tk"
    "OCkKqmFr+twxXlQBj8gB4PkBh/LIUB4ZOBtdrdXRtO+rnYMusR0SpTrmbBCeqKW6ikalYA"
    "3dyyjxEUuCrM4oCXXVLozz0h1i00uZ8BBOjgrS/mJamSf48dMYm3pK9DORX9iyzSoN7/9U"
    "yQjxyDgSJsiOprOvrAkQP7pF/PCL1SimKsbEOpexWH48nBjzZ2WWTUimc/SP8nk2+gub5Z"
    "a2tUwVkKNSnYO5EpbNhmGkNJMDge6Vtq0OYG2l25KTqfegHEiVAnWD1uTyFwy6wUStRPNO"
    "AtDdhy77lVQR3pAI4LsPXxO/YKWdLhCocZMj1FrrZj1bXflK24aKJ+U3O3YCEFtMO8ay8A"
    "GWQNU6jC4nWAX2BhfhLUqEYRyKjUNLcpvbumaLIx5M+mSQAvGShHD3QibtDZEkA2MQDk3/"
    "zNoZGYNw6Bc46HnCoWtsPbGRY7+UqhYviAtCUDRHVdYAtBLiormzwBsGcv4k8PgUiwRG2W"
    "ugu8ebm3yBUVH56cC46MhadAlvqRnJLBH/fOLiQF26nQ1YX3mi9k3b5HMBFj6I4oBQu3/w"
    "RSchAjLCPoh009DtQz83dyPo8666ipOjP5UC0oP+1FWIXCdpOQv4veir0+u3d1696PxAtC"
    "ZuVzN8xbrCrawvdUTmlLtupdKngmVt79FQobU0R8l7QjlTCs3Zr0BukXleUN4vM3+BdIKo"
    "ufBbsFusObLZGyJ7RTcbdsPVTxHXT5HhoFPewMRP+vwNGesNtRIlI2p56JSIJrbowmZyOn"
    "86e4YIY787Qx/plohi+1xUJG2Jqvp+eXxKn7cbZBrPWDTwLnNKUlqpfGCaHbMaPv8KicSc"
    "zCiIvxPpHMOs/MOzWhJXCK04LYwugMc5Hfp2Oh+haGpjfI5QdDKvv7GhJ0HtTNdULdmza/"
    "fqyL4dXW6uwe+hWcaeAAckHVUldNy5kFdd8ZrXdthMi3VBUFNATQE1BdQUUFNkaso9dzBd"
    "ibM7JHpK6G4eRcVNuhD1WXIfYvkrZrucww8gs9ALtgz23gvf8eW72/yTJn2fG3o1nBWyHT"
    "bNFuhFN7cYUQu5vnT2C6njedySvrxKHzclfEla644x103zDZ3qyMLzN7b4BY7DV7plfa90"
    "shCOOsr+CI7IXLNXeEMORa8ril/4e+jiJExfli11787Q0JmSV91wbLRkL8Fvr4T3kXVAX4"
    "n/+/S5cBLy3tjcXBrWusffmYuwb3G55DfEz2e/krV2f1z6sZpuyR13CXQfB+riUdXFoyVF"
    "NW0BrjqzpH3HQm4wWXDE1AA/uR/cXQ/vfrxAnvyUXI3uPg7Ht/w8SG8N4UvcL4Px8OOQX/"
    "SXzykZDz66x0haeBmcSQn+yQZ/Nd1V/Bd4biwKjXpUsnuM2JYMcj62u6eQKFYEikqBiScr"
    "l+99Bao16xJyQC1OguvqzmrARmRgykpQNelckH3UcI1JwXTdXx4sZAWCwyfb4RPbauQun+"
    "TSANDuhzayIO4HdrcxlQDuo92lZII4sok9PCV3Q7b4lgDuTairbgIc23OUU2Mq9QSH6MMy"
    "V3CUXbzfF5xgNu/3Bo8IRvOVTp5wmGH5le35Ws/QPbUNXogaed26ntk/8OeNwYwLjZI/kG"
    "5hZFKHe051B7l30Mfhx9FZwhtc/eP2hN39U9YsvDzMn5pVrqBjLtVaKhSkO17ZdFc6vyJo"
    "D5q7RHPv/BGFg/747gJh3SJTMuEu1gvEC4cIn+kvg/FkwH2mL9iyMb/y8MhbW9jZ8vaD3+"
    "6HY9bAXVSmpH/98+OEH3e4+HNrO1NyOxj/ONCGTEKEnzSD+NdGjw/+RbptyCGIFtZttUM/"
    "dxLdK/Vx/iEPvucf0gHm92Il3Cxl30JYpCIDuH1Rt/CcXapN2GXh2dowhbbqsNpOhZJ76e"
    "UAR6WyPPTtQzwDYe5xTykgpi8dmdNgb/2wQA7UEji3Bc5taQrU3Q3LAh+zrG8J+JiV8jHz"
    "HN1RpRsukZcu8cXJctf3OuRsX0igg73arHkomoFfTCf2K7Y4d1BHQXdfr7Fts9+CHLzemG"
    "yqnHkkRM5IJPhrvhajSOI+0k2TvvKbyJfduLMtRtas58FTos/neONcoD/YDrMwHPsPN8Xa"
    "Ru4NW3A837CgjXrMUA6g30keV5//jnzKAXXyqJk2oZFIoJuRcRMVa7LXqTFWXtPJk6W4+P"
    "pXV4N77pYTawV34/08uHrgbrw/8Zz9fdm/u0AznUzJx+HNw2DMHmuYTnK9OxpJkq94akaO"
    "L9GZsselGTfuJChwHnNSEMAFyxEsx0aVuIVRr7HGLfgLwF/QAn/BkfM3+26i34nES+Df6m"
    "U5B7xEQTjLsltGruohlnB6ZS+vxaR8cmXtp1a22GMg0JGCu99f4Ms2GeiT/oTduUC6bWNn"
    "Sm6G/cvhzfDhXxfINPSZYRrO25QM/vkoLuG/tuJvThW6e/SoQmSLBTVocDdxuUGY2Ph4vo"
    "SEdpG+DYY4wwY5tNjtz3RrEd28MUgbFfc0taPSyq1DwmaPQ623X3Rzq3uvnNAaJK0yFQjD"
    "b6+9+AI5Awu39IVh9LX+wkbuiVc1tR3ujkeTT49In1vUdqsfzFcMoAu37gI/bwv9b/SX84"
    "YM9y4bUUeIJum9FfQPak6z1Bw2UAqoeq3BsRZ3rAVzX7ImZzDLI2KdQbXuI/Cet2pejp1A"
    "OZC3foFQUEGS22tkIJKjMCL4gbJ/5PSDTNw+WjUEeV0gu3mXhy9xkKbiKXepuUiR+5nayZ"
    "9uS6U0JCUvx+9e5WjNtz68Pw8N80NGT7kLbroOwafGm2I19rBM51wm5Zfg9BnZeXnefvsD"
    "Gd45tIsjLLQ5Gd5rvFaakn77zuXKnH//fY75yFqlTkhxT3ZAQLBo5wU5JtZkT1NjPv7dhq"
    "gONHCtUmBOek6BHJEOfTvD5HnIEZCpUmP5mwCzEiLm3S4kkpheBxwCC8GCFNArDRaEIUu3"
    "wH1E9xvgwSjmSThY4Jnh8HrFOnLZpmfomm09xGYtkLuI2YjNJmRhfoCSjeZbB61168kgnJ"
    "0/+fTYQ3M2wE/Ueuu5tY0RL7nMi30QbCZDBfU8suToAbgI6nIRiMmh7h+PiIF/vJh/3P0a"
    "1cGPygH6xdAHz82JsufGW/JVzN2QSPeqR5RPwdrolkNkxNWM0vc7ke4hXL43AbyPVXofPd"
    "KtmskeFQJ6u0xX8BRwRV9IVAo8IUlg3XiXqhESlurSfK1ZB4Py1hXN6rqpNx2EM8Ndin12"
    "xoGe0jjZo2VrRl6XaXixTCHYSFSIEvANpQl1FNqo5pQDXCkVTBnYfGSwhi0KpbHBZHpZCa"
    "BehbrqJrIxdTQHvFCCvaQS7Meu/XSrk20G7TF8u5cVdFkaRFR5XAsBtRrsfeIVGGZgi7rn"
    "b+gZv7llj7x+0Sn/uZgszrwLZ9EHvbtAC4tXmBRCvNoSP26zh3jsm11zKM+sSMZganrwlJ"
    "h48YQtdt98Q68rzJ5LKA/IBI8Rp4MyeC36gm1kOOh0rT9j6+v5CrPHW+8gF6SBuSDNdVUf"
    "Yx3sDMuwNidqJZ6+FPLCz5PRXYrZ7gvEp6Uxd9D/INOwW6ypy4DlUPCeA7KVj+fpbf+3ON"
    "RXN6NLAU6IRcU7uIynEVOH7QrKMcOIGHisiuc0NbzuW4WH5t6PJg/8JFxX5fCrwbln4/J6"
    "cLghh+PCMakF1qomsUN9TDLpoe6c04qcvREThMBenu0eSNjp6AMJO23MgYR9kh6kgfOIux"
    "fXbSaqNSjJkF1QZ3YBnAJb2ymwRwr2thThHLHe4wQg7rFl0KivOnqnlxV2mJvUZvNmI5rm"
    "TvZwpdCaEmfFXoh6vv+1/oZmGIkKvsggNpuSyJBUeSrSAbjum+W6F0On5Ib2BTpXfCELSN"
    "8o/VuqSfq3hEHqfpIF7NGwIJijrTJH3aFTtkZjYh3S7CvLCPYhA51yn8oem1zK+cBVaj0T"
    "7DgmXoz4Ybgy3SdyP1MDst2WmjhXNz/hQjRHryuGEeKHDC2ptUYWnmPjhfcsjpviHa/5oV"
    "PWljCVB+sWXlwgdx70kE254uP2Y9he8wVyXo25lGlR7ROn5NR5pfycG2wjBiZndPBimjbD"
    "1RXpId6AdWz75AzdQZR9IAdzK45xCnLDFIqKtTV9LdiUytHVqByEVwuHV5e4QLHOkBBAXx"
    "h6CPB8iRo126fUdpSdQJe+tarUaIZWCQr0JFBYxts8/OWmgZxXld7NrUa5Dnfwp9WMibXI"
    "oUjztmqVY3hjRJdC2+Tqp6jo4qu7wUUTL5m2uXV66NVwVkwNZsrnq26jJVNQFjIXY1ndQg"
    "WYRu/z6TqvxfYLWYnY9B0gEOhM6ZHyos6fHSyKQqnVhIyJdY6RVH4Vh2PYwg1zUJU9d31n"
    "iVbUCk7poDOrBNjCXwTuvqdTGfuYIOBfDH+6tQovQUlZGIXyEx1Spn8rDrUvyqnOo8Gcp2"
    "sw5wkNhlBZUl/GYYtUmtTXfuWwEro6+LXAr9V0v9aRz1eOop/p1fKGJ5dTi0c+8/m0RiQU"
    "oQ0FZYXHycIM1rnBA6/6E8PW5v4ny/VL2UlH1oF9AW2uWYHYIxQaLZJcWZv6UX6WJP8wVM"
    "97DsuAGpJHDeFBT21p0bU8ppqS3xMWOrCGQ8N8VmolHAQQjsQ3vQc7R+ad/qKQE5ElTST9"
    "K+xOManOmM6luUjXujNfYZUNPyQBcCYSII3lEluY2QgSR0N6+mNUCmAFB2azXGdLzFbRIp"
    "57G5A/DHn8eSMKkaijH5eEESg2Ai7luQCJMCIIpVeaXHoFmKLpH113maJQCgSqVXSGEJcR"
    "2oB8/9B+VXZtdygF0taDRpMU55ZtzWm4V3rWaH+7MJwb+nQiCa8F93pZkTWdt9JM+pQvqJ"
    "YOBxC0G7wf9TJiYbxkt2qkJizTuUhN+Wxi9kVJDxlIB3gn0b1gY/n4sl3DcN5cjBRAjol1"
    "D+lvz3Mg/e15KtL8lhRpxfSDsBAsF3un8wwvma6aRDi99vlO4qDi581UZWW4VlL7nJ9/IT"
    "kaNR32QABQL476i6GrLCZe8xqXEX1j1LOSlM/CMTYq0LqtO7dAf5eHePNdOu/mu5YXq65V"
    "/+iug5rbPGqu6ZBEh9ynVXG+t7Zs8wWvXcRrF5pSjSoENlzg9YY6mMzfxnhOLWkl1GSjXp"
    "Zrytg11yzRvgIf1e8n9py69t8zfjv5N/is2uCzCsYsd/KYL9DB3LHyDVD+JSiA6zXvILTf"
    "nH/Io5Kff0jXyfm9WO4YZr/UdrSVbiuV7o3LdRDv8qdyWp5pOkkxLc30y03Ui05ee8OeoO"
    "SdCsvA4XwHuEraZXcCM6q44Zmwk46j1t9bdE29oUgebBDczFTjN36zhkWYvxRVvbokSjbW"
    "KvqL375zJw+UH2ZTjcfXH4tvsUr4zH6XHNz9J6z6sk0G+uTj482NNh5cP149DEd3rFPWhW"
    "bhxVaQCqbkfjC+Gtw9aKOPH/n5q9ac59XT5XJKLh//pd1pP7J+by/QbPumEY0tttp6Sm4H"
    "t5eDsXY/Hl4NLtAar2fY0jaWpEh6nkE9f58nF/Z9eirs+7x6fnMPzl1Y+tJRjICcXI/7Hx"
    "8ukJDlAykO0dX69/fj0S/9m+A0XY1txxZ90c0pce/xY3Tda/KjdaeEdcUvMHlc6KDd8ofU"
    "WTEdakXNAuk2CVHItymWb9O2ivXdQt/CGyyz9S4pNbFO0qxtXygG+4xJVYV7cKVeK/tyNL"
    "qJWHGXwxiod4983zr9Rqw7rJHhpGAd2ge1mSRsnl6WMiHYmelemteIqxJ/ORKnciqqIQmA"
    "M5EBbGGsiGdYBABNFF5w9VnK/Udqq21MEpZchSXXK6kk0drTfclhmfp9ySf/WG6JsKKYdW"
    "SYjkHsM/68/1bU4xvrYTbpXCTqaMZCaVjicjA0pQ8Ns1Etxy7g+48Ido9y1hJPvw9SJseM"
    "Wd9FRjgkBuPb5PGForxVVsOzt7O14RQLkMZloURIk78j35VZYKBjojDOTR5n1z2tWVi31f"
    "InE4KwguZZQYFgko5+twgmkcyGzaLgqEclYdSbMuqSxdV7e8keqlpxKSkI2S0S5xb75U80"
    "pepSejWrqBQAm36QMBQKq6K2a2AGqcIrkQSA9ya9+d97EmjlxLerUFftwjh3yaro4gj1wE"
    "oFN2c9sLTVAgDeA7BkgcwBcUjZAoT3IJxUTA+oacc6Mw03qHVgabuAJ9/fddlCUyhtFKIF"
    "Jxy8LguuIeurSzjVkqgRnmNZORuxuZgjfUOLfxH7T+D6lZ/jTvnRWX4nyNbZB8quicvihK"
    "wLpKOFYc85YdA7Lp6Ik+EtPMesr+RhXOV1C0ULG82ETM89gQSJKssVtoz025HZDm747jpk"
    "87jhxbal5nQJi3TpeyvNn7XTXpRwjYsBtvtdWWIulmCjjvx+WgZvXis1/M3Kz+uVTuASkI"
    "0kbHcU3fiXm+IkPHI6vTBts8wz3/bNY5cFNvd+g+yB2T+TT482s412ttOcvmDLRqeE2U4X"
    "CLM/3nijHrOjhMHku13f9dCr4azENZf2jkQCKHplphNGhoMMm9tfSYOtvsdKK3xFviH7eX"
    "tYla8vxcKrrG6AGD116yIi1qHQUt0nqIFGVF309HmrGDQNBADP/Rom6EIl6kJSbZNvjodj"
    "O3F76Siqu2+2UbrllVhUbpnC6P7IhG4ZbZCpWxrrDbUcb53S1q5IThWz7/niPSlEl0zrM/"
    "GTPn9DS8PEX9nI7RetsL7gGqBD0ZWlL0yM3J/aQxbe2qyLpacJEvzZEbJJzbLyp0kVSr8K"
    "jEAYlMljKpMQCIBKScUrJd2PR7xK0uSC26W8PpI9JZOH0dWnC2Q7dP7s1z2a+CWP+P3H+/"
    "ubobhmb3lIVFwd3Q/utNH4WlynG0w04eex4ytWnoEs/xwId1jUEq13Is1I5uWP7UwyL0R4"
    "0r+F7kZ4INGia6OelmiRsGKPYxQMhSL/M52dSAyC3c08xsCfdAYFXLulO4N61xH1jlurqo"
    "ZQWAaSY/Mkx2IypwvPd5IX5bBM51AufyI3vYqrBOr5Cs+f8UIR8ZOrnwZXn3jBVU9+SsaP"
    "d3fDux8vkLUlhA3ClFwzfeQCLSjBU/KxP7zhzZc6+25569EN+1u77PPFzKKmyWnvTGdoxo"
    "K03nkZ89qbIRGwN0u3Nx3q6KZm0VeVo1CiQlA1MB7uo8+qiIYkAM5ktVu3FrUqqAk5gDYO"
    "rWvDqUObkANoE6VtdWe+0mzj/5No3+nVbSNC9YF6/r4tsGLLohI2aYam7Qt0Ts2GSj/gio"
    "y0K+6AXhrEsFeFhj0mCnXTmuNxTo5zyCAsMNRJaRjtJo82VMSpsWALVBQpu6JInmoMofO/"
    "Y4xxhcoCbsBrd/R4y/SSXAUY5AZeAZTYWtMhiKoPsmYcex+bdntDrSqH3Z+MCEbOinMfdY"
    "LcDpD35fFMGn5eAnvrHjKIe5n7OEXs6u/CbcwhQFuyoNjm7Mc1IvgV25wAadmS0guVPw0q"
    "MjQ6jyQ9mMwWHqagqLjtAgHIfZA5QIhjOG8uKAlQswKOEbEmh+cLukPKP23Vw0x1/YiIdW"
    "kO15yRhj+zV1AJFQYCECgsPVD4J52pGZE7gS59AlWZj3+6bLsD7cYIc69lAOe1HnfzSp62"
    "dkxC5Vg4YtIUfddy2q/le5ZauYTK3/0p5qlXB2UngfYM2nN7lt0oNUMym7POcXQFajy+8T"
    "i+7RJPbyxyKAucxqISo+WrhYpe7LcHtbh0tdgnwiiuKmExOBpWYXEBMwTMEDBDUs2Q/tZZ"
    "TbBtp1R5Dt/uZZkiOmuo2W5LhXiDSZ8Mgk515NBnTFjLtWG+vbtAhmMjfT5n/bl3bDTXLe"
    "tNXDcW6HR6YhuL6cm7nrhi4SVbcVdeJ7z0gjeH2JPkkYcanjslUzLQ56ug1Zq+YBv9sWvy"
    "By8kPXsTlaZFYTIdPW3ZiOIFerznfACkkwX7n/3Ky03oPMQRfeTfeeyEmgtsTUn0XTbsvz"
    "HhsRT9See/VJSm4L8Pveo2z1liCgePs1h4Y+pvePGO/dcLExXRFPS6YveRN5xn6IY+0a0j"
    "3kZUV5sShpEoh+2GaZiM7qD11nYQZm38acD+w0F/uP1yts8ff49hK2psePd9Kf5uG/RKrW"
    "cRG3KmhLKlA53y6c46P7PxfGsZztsZm1siToTnz7ao3eaOAFsT2HiJFzKpvrC9CnCmia13"
    "Z6iPmLnDy7y5HyAv9D0Xld9Wuj0l+PPGsNjFU0I9HNeGAJFX9GCN5jp/PcM00QyjF91kM4"
    "L1Tt5VEW9KV36lm1NBxfe4BnMl3vgiWYpyoNuQmVgQ7A85sP6QCvWHRJYOm/JUCdudRAfR"
    "rSANaimx3zINBk8CbAUFW2G3NSvYC1EhSGuIg6ovFkwZSUnFlEMaEumcf6f82kpAwE+Hvr"
    "sEfE/fLzTucVkgZTeZlO1aJXaBcY5K1vN912lAdGmUd2ay+tccloRvuQ2jXCTkFZfsnGpU"
    "Ph/PrcWj5v+PyFSUx9K+2k+h0nO2KqIhCcBzX0Bla5dy9k1pCUFH2M/3hlJCE2p/JXL3ey"
    "4B0tugo06CGln3mhSiuuGxmo+6YW4tfCKJUUXu97KCVCLqoy3dpjmjVB9FmSS00W37lVoL"
    "N3Jkow220Cmfh/xlemhuGpg4yHNcvLsQUYeNRbnuYBsvmMcb9Dce8AjiGI6+XJ7xsFkyQl"
    "XDM3l06hPeOCK0wfuz3ZiJbmFEKPLjOw6l6JT360ah3BgPoewGNk038Ubf6Jbz7gw9GLwT"
    "Lo83dL6akrVhmoaN2cRb2Mim4vV4qGu7YT/BcR8nnsJjW96gIPaKb+yXmjxoNfnnjYiQUW"
    "eF7l1FjF/iYSj2b8PJqKvuoyTG2PMmAYGxFQTG8NDlVY7DMh2MJ1RwMGtLnLIthji8zeRU"
    "lMMiEEiIGx6mbjuaW7VQkx4Nn7FEJ2U7g2/NOVYzk/Iqkxrbtw1TeRxk0jAS+UciYTgeRy"
    "WfeCScCXaclEOC4k0yFXOf1KPZbusj1gd/xpJ6HBkcEbd559g4Ze2H6Xrei25uJUpeOik9"
    "EKiflX4c73Yl/HM4OSL9C2hntFgSeGjSyRET7nS4XerSTcK/l7078FaaR2iCUyNa5enO2g"
    "HYrm9hyTL0gD+nnXIaSHTCBM1aYAa/PWSv/cH6cjO6+9FvHt8Q4uUpOBCqqUchKWATKrAJ"
    "hc1pO3hTwFT1xcA2KlgJxJ2zRTgzEUlgUzRHqUmyKYD5mP7ZtVOXzXX2Xe0EhO6pZQfZBv"
    "vICiOCHyj7R7lUhWYNQmlUhfIMrauVTgg2+27o9kRibsVa9LKMrrnbVvMiwXlzOrcWsld0"
    "w+O2PNa71q1n7GxMnafw8QviJg9ks2vOklrrC7eqoxs5dsfWDXR7L9ALWroNkbF4906S1F"
    "njg8GObJYd6Y+Tit82LNM55235+WfNPxy9tek7bAnWFIMOIZFO+EFis/c8T3Yqa5U+f88T"
    "GaocsjR/UzbQHfM51VBtyE3y10QGvRLaMbnOLR6VoP2KZytKn9XhTgh2Du9KVpKZbmNta5"
    "kqUIdlOodyJbPaNp6Ipl5WICbWOawrOCiX2UVSb0oGyDuRzgFcvn5n2MyGdowXif6cXfEt"
    "LFdj4MU3W1obd9ls7ZVWLNQVFwXYVWA3TW2+tWzZaYvpId2YWKEFpUUhlirCuhzCQlGQiC"
    "CEuiDUBaGuhoW6gKzXsVEvgawXKuvMIGCqq+Ng68Cj2q5ZTzeioxZOhbRYXHST9Bz+mhv1"
    "OQyue6+zEe+rs4hxZdh22K86FC3W0YT301Wk7JWxWWPiaByyQ9GaeJ1x1LoK2FrfbPw0jw"
    "OQet7euh11FacNNY25cfCMcuj8+Z539dYloKokrYf2QwmPIrpb7udQxPfp/TyKPuJLiZsj"
    "76YtilR8unQwOUNiQC8Qr7nMNA/Bd6AbTJD7CJfF4PE2esh+3r77O/KXqAtx1//rJDYCdT"
    "13Svhj4JjO5lNq21xNmfXN5mtrHfPPWzWW404ATl+XuCd9/T8N1/1cIS0VYYh7JOMefzkS"
    "Tkvq5PVaw8yVFFBmm+t646gUkgiLdCaFpLwDkS1LFqPIOArZF+jcZ//9+/c5vnvWKvXDF/"
    "diOxez9bcptWUGZLtO8MKj21ggXSPaXI1VRPxkdD+4uxAK8JSMB/c3/X8N73688E5UYUPA"
    "r05GN78MrvlFm5ovblDx+KqF+4pawALPuarExWBlSZ5k6J6mU6iKb0QUonHNcdAn4zL+51"
    "xonCOiMM5NHmeIuqYvne2Mv0HU9Usc9bSoa4y1zhUbNZ9LVAgODM3SiWZvatgmBcE7kIQ3"
    "EnuUApzlEpdJdwjlY1TkS6woyRFRLj2eTNxt2aKSN106up7uL+4emb8lAK0YfG/YrM+Lsu"
    "yr3491aD0uAenSDihoJMLJvSuCL3sNdPd4c3OskvpR/pIkwp0gOO0PcksIVrni3NEke91G"
    "DH9s81N3T70MNX5OMacqv+uJGvKCkuSd2YuYPjpfiXN83fL3Xm89USWeX7my9IWJZYHuWh"
    "48JV7xAAfN8JyBfIYeQ7UGdmLJYgNuQX9jgdcb6mAyf0PPWJTzd9/TP9taWv8+kt4eGRg+"
    "HaESfmPUh15GhL0ZdQ2OrclV7AtPfh0F0I4IdxD28qPDWTGiFFPlCHGhLsxrdaQlop0LfJ"
    "Z/1hx+4Rq1akH8sFRn4mk1F3s0HCyDPb2SeCBwUCXxZpomMhgrKSTuUEc3taWs5kTWhI+I"
    "gaup6JwHDku19SeYmWu8YEvKvU+d21Ghzizn5fmq6daayxDN0Pp2Ip2buOXrIBCvToe+nZ"
    "FLiFd/iaMO8erjbVLpfqBUVDO8P21Waas64hriopXHRakftzkQ4LwJ7g2bwHlhDX+4zQrQ"
    "BSnzsuBcOJ8+R2Aumse/Pyh3H6qCjSL5nG5IysZskNm0Qa/s/3XixGNgQQiMJ4i64bIzNG"
    "CG0RsSGXlIOL0SIbl6Hjsls+16YyP2mw2LqT6s178j3U17ndP1ZuuIo7Ax+mvLnmE4bzzd"
    "1U2KZSqQeIaF52zi2P5L8WfNKXsOXpyJlm6v7DXMtyl5suir3ePnX+sEUZPH9txnsT8Jey"
    "MLcdFXy3BY5+wKP2Wb/YD00F5o9fTy0SCc1yAXTcZxVzUndDZtrytbUQt9wWrTOibYGT9N"
    "zS7I3VKnBn9UDtA/CH21LNuoEJgqEhdl+3IXN5gsvBo4SumLny4QfZ6S+8HdtUhc9PrhaY"
    "sPYz+X0bHcVMbrQf/6AvFCJnG97TjhbUiKLnnii2MHlaNKUanOeegrCS0R/NnRvMlYwGcr"
    "EYckwub4aZPueUwYpNuCh1FGRGGcmzzOnnJVpAxzSBDGuMljDKG29J0TQm0QaoO4UPPiQs"
    "eJYIwxe/m5YRqiOOl4S04kkYxko16eiIYVEct7NCnBaKPbNs+g4Z77aCfoTzq7QK+87qVw"
    "5683uoUXvdAViwk40Utbc4EIdSSnkVb7LDiAtFkHkLLlyCqmFUQlQStoilaQh3a1NIhRUO"
    "OPiYLO3xzlLznO7Jc+PcnYFOlusZBIjT6xGXanUxvTleznra3NV3j+jBVDpBEx8OsmAxp0"
    "zhWBz2q4RqUAVilLsMiMTQoCuCngqk7auBgAK80aUomZ7QQAzCT/xNENUynxMCRyUOphMf"
    "3gH8stmQsDdLY1TMcg9hl/3n9XpTPUkZGYcCcdx9sRqRskcXTE6wrt93FIzhTa7+N4WGFm"
    "CejE1sU46yaiW2dGP3M/hN+hcEpEq43YF4gTEB3MZsabS6EUl79Ck5+G9/eDa+2n0ejTBB"
    "mCcJnwdtTy1Cnxu/rKDj+t51EukUOjbNDTuW5ZBrbQ/+LN58/sZdmorWfYesefx8cdk8WZ"
    "h7d9Frzp2ZTEYqzcWcPeUkcWNvU3tGb/c/Rn7Lp26Cs6ZaNBkcF+pIl1G7PWhol9UqnBC8"
    "ugpWk8rZx3+Wid/tATmuB2/h7imMQjwf8G4mcjiZ9QYiSHSVlBiZHQZ6QAeEysg1BXkHfq"
    "LrUqMIdEOghx+Q4Sfw9TnM0xsQ5CXW9tom5xQJPcz+vR3eACLSjBwPnsvAULTMQvK5IBHN"
    "+6OL7ABez+1wTFVtK/sO5G/YEB2rVRBwYoFFtpOaRAqlVQPqDYChRbiQbvnre3+mbj/sZk"
    "6G53t5crcPe81dauQF5m8tZCk0+PIvjrniig78JYW8JLhoQjW1/ZorWxkPCOD+kpR7WRE4"
    "Zj5Fr8aOyDSpF8KeGoynjIbT3jvMW+YsPWeBz6BUsCrJSaWCcpUzosF0N6xgSrgtqf7vXa"
    "9pej0U1E078cxqKod4+3l4Px6TcCetbIcCLBVbC6u2t/5bG6wf6qiB0MNakOxhOMr2MaX1"
    "wrPRzeidtLRzHdfbRNyhCd8ByDkWAKnsjsrtDtXh7Di+7a5koG5cw9fgibWxyS9/KEOUvx"
    "lMHVQyadi2TNd8xi0h20pi/YrS6pv+iGmBBBhcheiMeYNMmqetKUiO7OXHw5Y+mMYWS+aV"
    "7/Lm3SfRrnPoY4k2foQSSlcjKjs7WIzd+Q0xQd6nIWX6n1XEWmKXAO+T0oNtmOjT0SOvc+"
    "UjVQY1KALBh0SlB3y6BrSq4G3zbvqWnM31L1Du92Lr3DzZXccAkjb6LGT0wjWG/nK64F0K"
    "0V2updHUFHfiFsnmxgY9M845WwxU9xq2F7evJXvJK1mHa8ijVXNF4NZ8X+09OLI7pILU+d"
    "El7Q2jLYL+aVK5bUcvWayafHs0DXYV8xv+92jEWNbtcdFrRAS4y9GtveS+V3UoMT+pjFMF"
    "a6hbXZRkX3CInUt0d+8579X6NBDoGqL7Hzps22y6Us1JiObFwOSLCpmp1YkpLYpmdzJiXh"
    "PMni50kCsapreiAQq74cx37DFi/w69e8TbTar9+wydtut/4Ns+JcJpvEuN7d7GWZ1vwYXT"
    "fhOac93Sdu8QCRly/qCTBbFNs2u82T9yma0e3TykGns+0ba8WMU+FPf9fzWFGvK4OZxRY/"
    "Ycp20DN+66GlRdfe9TFeGDaam7qxTnKu6n201P71Hsfvi4fw//A61FiHkiIC/AT0XXMoHN"
    "BMJ34wmHlZXIFAB7lbH97n4G59eJ/K3eK3ojpS+BNRADkmVgjqhu04sczd8w95UnfPP6Tn"
    "7vJ7MTc/X8IUSYlhmXJm9HEXlQjK3+WZz9+lz+fvEvNZ7SyoQw6BatxK8UXHpGqdw+10Re"
    "ThGHKdSM1mDknAZ9SQ7K6uY+rp+orOnYgQ4LrfwxMyqQ50QXCTd7LrrWUw5/ZFRGbYfveO"
    "b4CWB+7Q67GjAIf2muZlJLYV1NSUxAb40Pw1I8WLFlpS9vjRvE8znyctHWI4dKRZPAvHcE"
    "xJ1llGKThfoIPOoS+vCFxiKp/Y8xVebE3sj3zuKnCTq58G1483g+sLFPQxJTfDXwYXiK8g"
    "UzK4u+Z3MXt6Q2rBiYNz7KIn7tjd5Qq0xCCXcAOSFjmbb0WGOCTWPQdMl8a3QedmNcwh36"
    "VRFrtGsc8YRrgVI9wudzlQ98rxl/tjN3tTc0Ym5IBwBvlmdTrQTVM1KhGRAVTzuM85YCV4"
    "IB/tTjsgIxMr4oEcs+V5PLx6OJEuC2W4zkNddRTd2HKYA9/d3lTf3G3YTpYX3MQ2rlzTL3"
    "7gXxLyS0/u46cxNoPZmh4K6lq8IhEyKwGjbobL/lNTOEbAlh2S8ZHNF5bRgmHNV7WEF2yk"
    "yx3H+Az9YVNz8QeizMhAT6KQh7OyOOdYJM8+bdnPxwv0eM9tBv9AepexvNRtB210ZxX36V"
    "b3pCk55Z2g/4X+ct7QP/4P/xeDwtF021iwn+w9C9mOYZqIbjB552Ye8zjITLfx17yd+yyk"
    "P7EZwDrmCcd8J2Uvn4skDUnCxw5eLU3dXmkby5hjbYkl6kwWyVwi3CWdvBbSeYQ1uvsAFa"
    "Z6Qq5LY1CetUlNJUPTaw5p2nEgN8xMEukNmmmsDYmjMRVTiSTAm2A8m9TGsmSfrCK2O6Ea"
    "K9gGV1pbwpavnBbmhddkiGcuuGExmMTAja0JVygmdzCewDU+GtcYSsQWziXfeUnBjddQ59"
    "T91pqvdDs95z7aoJflmNp4TVVy74Ex3KRtppfhdNlQxcOjA4HOJd+WfwR6+/jCC0tfOidq"
    "cJ9cj/sfHy6QkJ2SyePl7fDhQTCHt7M1L029mJL+/f149Au/yFYai5eznpLx4OfBlWho4T"
    "/xXLSbDO5YVzYmrKer0d3H4fiWN2ADtzSsNW9x3x8/DPs3N//SxoOrwVD0udEtx9BNkxtD"
    "c2x4vft3d9eubkYT0Z0wUtnf/burwY1gOc/5GJg+U1r1vNg8edvn6Xnb54m8bYIddSdoSK"
    "gzhmDNns8XvQDuISHAvRjuDnV0Ux35iBhgXwx7b0W2NIuqZQ8lBLt3EHjpC7uLGfs9Gq8Z"
    "Y1gyd99kzfay9EqH0h5qrJFb7eT/9vxvPwTTnf+RNcEnt0wTSM5oQh2liey37978reIge1"
    "dbY7NPt2UeqqwqSTFBwDsP3vjzRmjHGue8J/HmbPqUbIm4YBaZPgfyzWSlyZDmbJNW1++B"
    "hISLUhISAhO0SEJZTBYSjpqccLQ0LNvRfO9CgeGWdgBj3uQxX+C5USyRMCoJo9zkUebewC"
    "LL904MxrfJ4xs4d4voZjFZGOlGj7TwuxcZ5rAgjHGTxxjObEkd5pbaWZJhTyQiQeJ3hVw7"
    "X1lVBTchB+AmwY2ZfaoYp4kD1FDAoEY27nazMQ3lEgZRKUA2By/XgyyJsjp5NNRVy0DOzS"
    "CNTjAoZgDFDNoDbt5iBnJNDeDdA29COc0Bb0LZApT3oJymnh5QmMM0iOxMXBVCf4R+fsP6"
    "69AaHaNKzDHr+kC4xm4vXQKptuwHMbv2ZUD4UzBvFoQWfAPlpkL8frIR3HooRnHsvAg4N6"
    "ss05T9LqdoVY+kbJcgrptirX/WOEjabKMwtWNSNdJMv33flhxzNwvfTTJRWzUiYp3hr5cM"
    "rJsbpAzsTgyATVROoWqewqB9l9ZfqIXQIDwzfK4bSYKqspmfyHhuGcZ5Df7gS4UaCI2pge"
    "B5AbQSPCeeK6BrPpMa3AHsvSbYcdzXS3MHhBr1crgDWDte7463z1mu82rFfvbXr7xe5a4P"
    "tKGmMX/rIUowsugr2mALPeM3dGpjjDgKmCzOdu3P3PbvRGHLSI3O8rs/oGCD4hnqh5yd3j"
    "DnRCXnkKU7K150cytJDPp5MrpLS1j2BOIkK2PuoP9BpmG3UQ3JgJlDwXsOmFQ+vKe3/d/i"
    "yF/djC4FOCGKFO/gMu7ZAKbbF8J0Syin6bt+lTuZHweQ7F+hEEEOJ3Y4LJGvxDTry3jB1l"
    "tQTCMotKz7O41f1/mUA84aOBTZDp0/I52IP3jFZhMvnliT1xUm6NXiyVVEsovV8cAM7/vc"
    "NHjqgIWX4IQ/qhPe15vVKhRFpTqnTpRfpig03xVgjkoVgrlhMfWqj4/l+HjbecwAzCqoG5"
    "KqsaKuP79bW1AXCihBAaUvCXcoeVJtyRNXCdVkzNT0AhwxsQPLbzTNyIP6G1+2tZyn/gYE"
    "GssMNAbriWqWUlIQ8pMg7lh93FGehBCajSUg3G0Cd/LLPS51GwKQRd22aUzkGKL53bdVsZ"
    "DB53lc4rGmz+d4o055C4t1xowGLmHTgYVyoKm+iG/OP+TwRbBWqb4IcQ8I9Y10uc10Z75S"
    "s8PCImCBSXnJXKlR9hmEhLo0oct1HDCNUd1pEAgBrsD8rtsDY+1YLQc6CbqXQtuTOQqCr3"
    "U/+9tbNct2cXXMMRBHObrX5PB1Acm+BJJ9QusqAdJLv592aVx5MQ1rmsqpC1V6w4KyRxJX"
    "WLgkUrofzK8qBK6vbrm+5myoVfwHfnug+MWcBkmKn/i3ArR++/o8MrWBW4lPhj3RYYuQpo"
    "pzXK5zHrDyWZQ+ZBsGVCGsA8HOgV3+uoHXumGqgBwIdA7cStYNfbGwsJ1yRKwc4ZBI5zCu"
    "hLu30d/WnKnuYGttawv9TQJ3um9RKlyf7+bbtkSBDFtji6vxokpvj8gBwT0/wR34lOlzu1"
    "t8SoXsw1CyCXfGlVmmsYXzIJXtE9keLLrYzg8t0eh7Lu7d3roEVh3OIB+2DJ9QCNn9riEt"
    "PKr7M1z7aPLpEenIF0c2Nk0bbW32wthBPGqORNQcneLPc3O74FUVfuk/vOshtrMtEF8nRd"
    "bp2iDGerv2ElP/2urEMZy3ZIZrHQ+UZriG65dDlclje7wKsjiAwFEOgYN/SiK5UtUqSArW"
    "Nwp/a/RcDy3fBvGK5arVUk3IdeZk8zJtrY2Fl9iSnh6/z9yKiNZocQVXWmtyAduj3HkMp9"
    "bUxKOBU2tOMiycnsKpNVBIsf5CilUaoH3MdOnVicTu9O70ssxNfdcGaAhtWit7GUbZC7Zs"
    "6QlU6TGZkEgHI+aVRGX4R6WAsNe8g+h+8/59nrji+/fpcUV+Lxkkx0QSGUivCRkSgaqQil"
    "UhFTz05W9m//n/AQHr4os="
)
