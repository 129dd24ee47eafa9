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
CREATE TABLE IF NOT EXISTS "member_pay_codes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "order_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "member_pay_codes" IS 'A one-time stored-value payment code the member''s mini-program shows (backend.members.paycode). Only its';
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
    "price_approval" VARCHAR(16) NOT NULL,
    "price_decided_at" TIMESTAMPTZ,
    "price_reject_reason" VARCHAR(255) NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "price_decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
COMMENT ON COLUMN "live_sessions"."status" IS 'SCHEDULED: scheduled\nLIVE: live\nENDED: ended';
COMMENT ON COLUMN "live_sessions"."price_approval" IS 'NOT_NEEDED: \nPENDING: pending\nAPPROVED: approved\nREJECTED: rejected';
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "flash_price_fen" BIGINT NOT NULL,
    "floor_fen" BIGINT NOT NULL,
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
    "eJztvWtz4za2LvxXUP4Sdx3Fp+Ncprdnzq6SbXXitG15JDvJnGiKoSTIYkwRCknZrffs+e"
    "8vAF7EC0gRFEmR6LVrTxKTWCD1AATW5VkL/+9kRebYdM6uTDJ7GeEZsecnF+j/nVj6CtP/"
    "EN3uoRN9vd7dZBdcfWry9o6rLxbajDXXbN6e39enjmvrM5c2Weimg+mlOXZmtrF2DWLRq9"
    "bGNNlFMqMNDet5d2ljGX9tsOaSZ+wusU1v/P5vetmw5vgzdoI/1y/awsBm/OUN/rL8uuZu"
    "1/zapfF8Y7kfeVv2wKk2I+ZmZe3ar7fuklihgGG57OoztrCtu5g9wbU37BewF/R/d/CjvJ"
    "fdNfHeMiIzxwt9Y7qRXzzVdtdONO1++KiNB4+adiKB0YxYDF/6qg4H4Jm9wtf/dX7+7bd/"
    "O3//7Q8fvv/ub3/7/sP7D7Qtf9/0rb/9x3uZHVpeVxyzmx9v7h/ZCxE6iN5Aswv/4TK6q3"
    "tSfDB26L/QH5/G/2qp2wNrs+IjcENfW7dmODUSgWxiLOiPTI5FgHzeYAQXdqOxm4Tlh4NC"
    "cIEMa2INnx4vENnwaVJgcFb6Z83E1rO7pH9+lwP7L/3R1U/90el37+LQ3/s3ztkdNgY7zP"
    "mHh+ea7qaRv6aIucYKi+d+XDKB+9wXPQv+o5pRaPKbyMH58eZuMH7s3z2w7leO85fJ4eo/"
    "Dtidc351m7h6+kNiUMJO0K83jz8h9if6v8P7AUeTOO6zzZ+4a/f4f0/YO+kbl2gWedP0eR"
    "TI4HJwKTbKpnB48cxY6aZ4dE3xsHoiZ75ogUH1R6zmL6uKQb0eXN3c9W9P/6vnjRQdP8PF"
    "sc/qffLrMemjJHH1JADXXFznhrfMa6s0vJmbcVxo/6bcflT9bfn8m+/+9t2Hb3/4LtyNwy"
    "t5m3Cw4e5gfTPcpWFptm49Y4GiQ4iJdUsMblI0Ae+UynYP3zwNZji8ja3ulzcJfeb+6e5y"
    "MDr9JjGp06g7ZGPPBHgzxUYM9k6iOXWGq+h1zeOYBvPNDwVUmG+S2+VOh2G34ghvrFdsG7"
    "Q7kfqeN6vjguXmdCm0wyudndX0oQvDXpVTHROyFSiP3VlZOqc8zvF8s8baC97KrGFxqWrW"
    "sePayLFF7IcidtgP2YbYD2lLLPwopltN5IjIVHwEkqD9pFcsaq/q7B3kwE1IAbBpYDcOtu"
    "VAjUiUArQhh02jiDKn5OJF6BhjcKXR/UhsbDxbn/A25RpLgOr7ZJ/8bjoG7n+C2RNc3X1R"
    "tv4WenGjk4r+dvqLsae7XPXHV/3rwYlwMagA1ttIV91aCIoim1gDY+jSd0D3T7e3J5mbWX"
    "Mzt6PwCvbvDIjZGjHVZy9vuj3XYosFu0POSeJK2DZ9a3W+Sl7RLf2Zo8R+Dnt5H/3x0li4"
    "J4Igj3ejtz+847CGxeI6J0MLI2e2pOqjieeISyKyQIRdZp2hFV5NsY10l18L5iY6ZZaCg3"
    "QbI/2N/TOwHpx3Z0lHe20PEcSefg+Xb9aWm1WubrsOs33+fUhg6kuJSh2op2THm4LxSJuu"
    "GSaN3z7PXFUqzsHMz6QzK5y7QuCybf6YYDPRIrD4e+UsfmzNywxxRAwGuNUDPLMxA17e05"
    "CUA3O4TX6Gtn0y4GhoI6LgaFDf0dBVaPM8DSO67Y1urh5PMrYy8DPs8zMkd+92eRmY3X1P"
    "XGNh+NNc5HFINert9z5YkfYFnRCPS4yiYoytNyWf0Sn7rVTPPeM9n8V6fneBdPQrviIrtM"
    "KOQ38lconnTuihN9twXWwhw0Iu7Xu6cQyLNko5Jpp68MSiCFgOBYE9RLfmiIJnvGIbz9F0"
    "6zWlT3y2yYbe+5NMs9wbCQ/G7wxzd8N/mIU/u9QecPFq7YbeDuDddoh3K0a/C1zbkmHdb8"
    "8LhHW/Pc8M67JbCSobRM/TMH9z/qEIB+j8QzYJiN0TWgdOGuefx8P7XPvAEfksjJmL/geZ"
    "htNFQyEHXoZGzFERoHp61/8tCfjV7fAy6YFgHVwmwF/rW5PogmUkG/uICEB/APS7DbdM4s"
    "ROukGu4ZpqMobHhJbJn3gY3F/f3P94gXz5iTUe3D9eIAdb7sT62L+5HVyz5xmmR+iTXZaK"
    "LErZS1JqQfJVH8HQZCo2UZHmHBbv61VvKvP/JBXKFK75/mmBODAP2+ymNnXH1bBtE4FTKl"
    "t3iks1uKpJLmcldafz778vsEzRVpkLFb8X/7IM61U3jbnG9CEpBSol2PxWfvKPxcby7Njp"
    "xjBdw3LO2PP+u67xaHyDp9tbmYjrTgyWuTYvc4FfrgSRPiapYND1hP7A+dAyt/4M7Miw+x"
    "9L7qhv1vOSox6XhFFvy6gLPnb+9qmA2xEd7A82WRj8V4t968H93n63+tpr2rJyDV+Kz7g2"
    "Vhy1jkyyxZjOYBmtOyGmnNpdvWd4adhYk+UgxoQOJCJ2R6UTEBFnZLUyHIfFitlP1KZrib"
    "VALAxkJoHLhYjmZ/YyELRX7vuvxexuAaGp83vZQdrVPurT0MKPhP6jZuLTUQehMtpTxarq"
    "GLuu995iVTW4X0BVdbymR1RVJeO/qgZ+q0qbzlZfX3VzI9ixsj2YoQAEIQ/wUYI3I/sLAG"
    "9GDd4MvtUKtoZgC87eEsJQBTgtOqXo5a36bEz5f0vssVEZ2GgzNtpYTba1qW81WZiTcgqy"
    "BqsHe607zhuha+RSd5YyaKcEFYS7FlPcJmbGtN7PoQpk24z1yfin4cPDYHSBnCVZr7E9sa"
    "5uB6NPF4iiY79MrPHjcDTQ7vr3/R95K5fYWPO2X9r24YlBN2Z31ht7RmcXu/rx5r5/fzWg"
    "b2hYDJmJ9dM/tf71HSt0u/yLKhIrVu729uaXAX2t21smzUjm1B4zTT8nXnbs3xcZ+vfZI5"
    "+qNbmmQya1oIUCpYa7bf7C+r+sNzwjK04QEak+2Tgn5SqBW+ktmiK21F2NrLElDXVcELDe"
    "h7XhaCx55lW2kGpMrsGKkwH2nS046ZIXbGmv1HYTZlNmmlApOeDVpmp5AgFJMedNFgFJwn"
    "mTOCMgejhHYrnzxT9+GmEzTMoUB0gSx4J0bDJkRUribM2w1lV5mMLCWioCFOR4H4gRc/Qp"
    "mBEfzyCZ/7lx3BW2Dp5QLv3u+mFv3bNTCsG1Iq+4KrDu/L4UhYouwEKmvwxOQ9aHovj4bg"
    "rOEToQplva1djrSaV1Siq4E3G37AimYkgDykWR7zROWFVwGq4WemVI3Xl9KYJSiXBhqC1k"
    "hA2j2kR++FCL6TDVxhF39ULD0kFQJvSYsUWo5wb13NqMaMqmh3puUM+tJdDm1XMT80YbIx"
    "Bd2roV3z1jN3J1gClrAhwitfZ5WWILcId6ecGyUq5mah3ON7NDHTgPXi+KWTt1LYRXFJ5n"
    "Ym9Fa2F4L3c5nHmtjDpyQX8/Weu274fjLwfG0Je7SB5bW6+ZU+AQWxCBzZyzQXMIaCcNS2"
    "/JkDMtYzKQCrrXttwtyweaQdE9plsIF7WCYlMro6Z1oUD80jDntKsDY/DK4R3/9htWIdu2"
    "SR1Fh3ywjRm+ZalyAiVydzNXi1yzZhrLtytYpLuPuAhP0UO0X5MqoKzytY5mS92yMAVHD4"
    "/u6iFioylxl3/nxa1XhMo4azxjZbSRx8jzOnpj9cNOElDX/SzwBYCa25oVpPaTjr0vRgbf"
    "iIiCrPvKcxq8mowLm6zSIOcTOuOSUDewPcm3HoEzPcquoExTkTF2RXWaYIRbNcKQZNBwkg"
    "GcEd+M8wCO324uiBpZTly8Otgu9m25G9pXB3Xb41rHHLQ8CzlAtYiVrIXDWXnEJXwGXy9f"
    "NhB0Oao16o3HQuj4yzklKyamEl2qkfOykvB7n5xURCEpp9IYVBarocuLHKw7AcCzQJgmtp"
    "YfqGvFPLkdw7lwsCb51e7nBLId8nBwx14visK6+2rbRAIMwjxCnSyMAOVpY7tgE1ABO7Vm"
    "5ilcMzrSUu5pv71yVMDqq55DZKXeUzCjb5aC+RF/zlgZEmIKlO/O8wMPfnuMOQxTFVBDN/"
    "Dt8P7HoHmyLGritL9nrK0MS1sRy11KnfmXEgQHYtpM4CjRr6ccvDFBgDcN74LYq42pa1RJ"
    "fRasz5nopuQAXIGJu8TmgpoUC3Z0x1Zm8gokAeA0wBAnazhOBhWjsue2WhWjoqPO097knH"
    "VREVi5BB+ST8aVQzUhBX7Q/X7QaZDVeaCXLswO7da8Leqmi36vGUx10fStAFgJWnrbpm5R"
    "cBOf7QGZAM7L5tAiV0p5m2sN3zOoBA5iH8Gcs4f8QQLHcKc2kR44hsExfFzH8A9FGOG0Vb"
    "Zj+IcUJ5wloMjgG7RXwBVcd0LDVLdlF4aIiGq11qtfGuivFPgZck728ds3OHUnm+/w4odm"
    "JnCRqFF2zCgVMQJ22VHZZS4dWvkTjBNSzeH/zbfvO1MFwLC2hqUZdDUwdFNgL+Wc8ZIWrW"
    "sxSS3Und0GTfKmOax2suYubewsiSmXRCGUbnBmd2VeT3V3ttSYSfmCBQjnRjxSshD1KB71"
    "gDAThJlao6yoG2bySZWyZPuokEr6aH3M8JDgejAtXLViKb0UKTw6uw5w3HNeOTedIBFP7M"
    "lPaTqHInXJOlEVIa4xV3HeiaoAHfEInU7idaQzdDqJFT9ER6sgq5qfpKPaQi4Vko1VNdlk"
    "1AaQP/jkxnql84/Y21+ivapB3ZA9AmW3dl1RfX2E6Y8T12sTN+zlhrq542a31tK3pXqO7Y"
    "kWLufGe0GGxYw3B6O3JaH/ZM58xLpDhoPIxnWMOeZl1aa6NUe6TTb0X+zv8aenrxxk6rRl"
    "cEQ1l7tAtAO2rDnI4jVvEoXdGnjqxPIewmSZscSuuUv6BvQ5rmGin/6JTh2ywsTCiLBAP+"
    "1at2gPDlrpL9h+x0rO2bwz2usp+4awNT/jnZ5xqKmaNHt5B7XkWsgZ8L8CzRIUasr2QMel"
    "gD+wN0hIjVRXRIpiEA+szSply8aj3aF0c37+Nf2GGWJygJ88DO6vb+5/vEC+/MTqPzyMhr"
    "8Mri+CZWI+sUaDnwdXj+yajf/EM9fz9sozEQoREXJ4CMlh+svdMuPZFZxrlrnSxGTAtSNw"
    "lLKtS6QxFZv8O+k2k2lOrvt3/R8HF2iur6iGM7EGvz3cjP51gfDntWFvJ9btcDy+QCZxnI"
    "n1cfh0T+f+gu3TE+tqOBrRr+FmeH9BN2fbpt8D7XNijft3D7e0R0dfrU3a4/in4ejxY//2"
    "ll5aEtulr21OrOHjT4PRhbcxt+MjotqDHFfKb68cl+f8++8LYEtbZRfPZPdE8TW57Toqox"
    "zK3xVhnHyXTTn5LsU58T5ZjcVfxJEdMcoJsbywTmftPBHGLCoj4ER5VpY0cyclqtKW2jB7"
    "x8YLbGO6qZYcC7G8QplSDY/HHM+opV4mYhyXhLq4ba6L65k0Wp7Wm/W5JQSV26tr0Ygijj"
    "05tSglqBze1TsygPSSDb26pJdg+5lKpgKn5BTSHSpzj8AR3vU5nribusTEFUjC1IXyqF9E"
    "Ifq2gVyUBpdXiV5cIABKo5YujSoGNLpsVoDsk4M7eH5SUWQFe0wMYvoe6P7p9vYkQxUDgP"
    "cAnNI+M+DNpsbWWbjBY34KGC4hJTSb0RKhnhY7iZAThOnfyCQuIgvEuBzjT09n7B8O43O4"
    "SLcxI34g3vfXfhIOWuqvmLfml9Gb4S5pKz+qJT6JsMZnCQ+E8FfxMMgBx0Eck1DSnfhUY3"
    "SS6iNUu49MOkolEP2SI1UdifU1uULIAQgOwexVQF2HIBj+tRr+YJhWYJgWKlUHGUqQoQQZ"
    "Si3Nu5G0qEMfp8Cojvo/s+3qwIUIlRHVMkqhMiJURuxi0aIXQ1QWuhhvPpBtM9Anv/ZHg5"
    "+GT+PBBaLrP16SjcOY7o/DESO+u1TjTboYj8Npp5YRNZ6kqnRFRJTjFdXC4zKFLgQ8M1a6"
    "mcGBELsOPJEzX1QtD9bg6uauf3v6X70fEvWJQj9iqraq6WVxyeDqSQCuubiubYPYhiuIw+"
    "WVpQxFmqwd15XicVDDrIEaZim/UzFHib5YHGbTsmCzgjSU5Jrgn89bVQWlzi6zUBoIHG/g"
    "eGslVvzjc/WXQ4uXjYN+VAWK3rGcBbYdjWwExokMVo9+V+pDZeQURwKk/MJcVdTkUlQ1MK"
    "kerznYcQJHfHmYbmlXY68nlWZTnUGUEaZq+mtmHCV6u5cXSrF3DVsWTcnLeFYsoNJIfnNe"
    "camFB2JqDPKSYHcyDfpNSbCgdjEGwzATzfR8lIVzvfu+6eqjMH9J+fj+atq91/q4bLy+Fn"
    "vEZoVlwtxJseaw7YrjtO315QSrwc5hKxMw7F893vwyuECeNCuedT9+umOV5IIJwqrL3Q76"
    "Y6+6nMnKZrakuhwnDWOnBFU2LtlI+Y+WMI7bRIwNQMplxgIfOvv7UpcPvSu2LUeLTslBlr"
    "loc2P1m+Xo5hER0MQKEM6DUMqhlHPFQjK9JOk8Mq8K5EPvPu8KsJWpw9+yFaEovKnlUJra"
    "X6drzJvcAqdYOOv31KAvmLA7tNCSF3Kn//PcaHiOFsQOMml7KOAp8yY8e/IM6a+6wYcf/R"
    "/aUOM9fB3K95CFX7GN/oHep7N2m3hgXuputM4F7xxyeI9Kl/ZHU0aP2UmAcZ4uQ+R9EhJ4"
    "RkUA0CSgm/W8pI0VlwQbqy02lsC0Fp+3JmcGREXADIDac1AarVN4Qob0YcaqTOkuqDUnA6"
    "18rblpUNXpQHBVOzA0iWx0yz4gsT9JPynPIUowXhSBHbizEljV7lSK0LOz3EtxBnfxww4L"
    "+5wwsskbWmPbL7/mks1sied/5wcJ0ltOUMvNr1uInCUr4xYroo5OmROINfqTbGxLNxG9bm"
    "/fiVxOtT8PkvDb5VVqf53+9Cl4kvSE1jDC4CC76mY0HGQHB9nBQXb7sZVM92dHaWP5M6li"
    "Ysq4xps/GKwrxOyu7sDAya6Vkw00u2zouxkCKkKzgxAQhIC6gyyEgKrFc+MwcpgMoBEJIN"
    "bCcUOFQK4vBAQxy4pjlhBTqyymllxnK0BV7cOFIltLq44VigfhsqJJ0SjdvlhSLDooF0ma"
    "LXXrGbNAjo74c+nbrqbY9oI8zmblIMJIwsFdJof/2ugmMlwnJBVHacn5kaSanrc/kvR7zD"
    "3iW/L/hrIErSxLoHxV3dHganDz8MjyX2eYXmYueM8Bz9zvo8Hj0+ie3XQ3tjWx+tc/P40f"
    "7wb3VGAXaptYv45uHgfa8OPHC/RmGy7WyGIxsR5H/fvxx8FIGz49ssnj1eph9ZEi927uI7"
    "cMi1f0vfr02P/kVfX1ikaxNxkPRiyb1//awtTdMHN3Yt3cPQxH9EnGak1stx2BAX+hkI6w"
    "peSU8V9XzpWXxjYtCODKxC+zUG0+ZtlZlz/EC+uMF0LMCmJWELNqLmbVqF0AISsIWUHI6v"
    "jIQsiqYjyhdAmEAdsIKNSCyYS3plowEP2DjMVOhashugrRVYiuCqKr/MSLrMhqcBzGnqhq"
    "ePpGe+qifynRx9oS3MKBlcxvS8rBqbN7PZUdrHdM1l7Oikwgd/gwuL9ATHJijZ8u724eH1"
    "lZY2czXRmuy2odPwzH/BLzWrG/r/r3V4PbW14Qmf1202xL9WOIjtQZHemWbxnyIapxLocL"
    "QYlxT8o2UlX8GMpm2wc6wCR3pL31vcQwxwRhjNs8xtRksAmjsEy3cv7NtCC4OdN+4xn95c"
    "/ElsQ2IQXACoD1NQjZaZuSA3Ah1gnZT23YT2twJwcLaQX4XkW66tbqUBTexK5TBN5wMQXn"
    "8j5wk/tOhos5QzcDfPfgm1ZHpX340dNgrcqOqb6lfSm0JtdflzAELS/aEaBaIOKhhaNZbd"
    "jj990jWOd+qB2OkmhBTGTrsNNc5I7QjAuB8iqyucjGYnuYHLAJKbC30sC+6rbBNm/Nc5xJ"
    "gCuQhBSkNLxQ9e1YVd+Aig6E6dbjGaqK8qTpiBhgW5DnG6jMVXB9g746BrMU3zcyx2JG7V"
    "V/fNW/HgDlFwr+tADUgw7RqNOr8OgXhTgROBTCe708X0JQVgLIk2o5CsJyIXLcyYQYUCf5"
    "71aMOumfAIKD4ZcohPPPp4FHkAz7mFj9h4fR8Bd2MfBUs8IzPw+u/IZ/4hlvN/7p5uGB8y"
    "2Xxnrttboa3PzitZph4xUYl18u4zKMcshzshKiwMpqMyvL//jLMCxjkjDKbR7lYD0vMcwJ"
    "URjnNo8z8OSz90x1efJwYLhqoy742FPHWgKfulZX/cImK60cPVUkCi57YcVGX7eQncJpQZ"
    "jCInh9p0AJfFOSALAgnOebQLLwpuQA3DS4dOcrt/ymBWHx3R8vjW1aFQShvoAsAdE+XyDM"
    "F5mfgHMRnNMfdAGUo1tYBTCrzWkX7PeQNVApwoWzBsT6BeC7j2iRVKkKwBuxIgDfvStE0u"
    "I6btZLQKeApBd5ekpWzksS0/00lboyXoCrckSuilzSBaSxZJuwFBstWDjlII2JKZMRUBmw"
    "x+D6t2zjBqp/u/HcHRAm5buKSwGy+x1XboRYe6AKH+Xodgzkwr6U+AQDlr/yLP+W7VudJ/"
    "kP7bmY4e/d6OXZTYQ1qaVCADsb1sIm6xp/drFt6WZ4SCtYUkeypPhwS1L+ozLA9+e/O4/v"
    "H5n3ZQj/EfG6eOEVoH3yMBzzIsgT6+7m/uZhNPxx1L+7QCvDMtY2ebb11cR6+Gl4P6Ct6I"
    "/AE+uxP7zsD+nTdTLVycT6+foC/ckqKl+zcspz+l/Xw6d/sZNs52SzZYfYfnrq34x/Gj5d"
    "oJeNbjhLsplYvw4o7vS1fho+XKA3TNFyNXpnPbFub9jJtiY1UU9KzIPqswGii57E15YQKz"
    "UHWrbB1n3OX9szbFLf28kaW3OGmOxHN7i/vrn/kX4unjz9ePo37OvRDZZmc3s7vOrznBrd"
    "5OFJXrD85uqTJ2PMXrhMOs3mesA+nhG7RhUE+gXZPNFmePdwO+D9zchqzbSdjPSb4IxrL1"
    "GHnXLdlpQcZzN1iUu/JukKGElJZVxeDRfBmBsOr4IjPwJJSRiBciPAP3P6WiW+gYQkjEC5"
    "ESi5BMH6UwH2bG+Uhz4qBciXQ97Giw39sSXQT0rCCJSd+9sVphvoClP8pKyQtKRyScrVK5"
    "tMw96sBVOdEBPrVgbSoVAC4SmVqgvi8Eqz2YuXw+Et6znMZbq8Sczh+6e7ywGFnaNOGxlu"
    "5uLCo9G2xi9IzOyUoHITu3oDO8SMu3JKoR1KKgd3LcUOQtz0+dzGjsC58Yg/56cixWQVQD"
    "0vUXLw22NsXQmwPb3r/8ZhD/Mkb4f3PwbNI2NxdTu8hGoeDU7wtanPyp2vFBVsJj+40ehE"
    "N9ODiySFc5uqxIDvxKDUQ3uyv9PjC4VbvoRRDkMBZUp6JGRhpFs90kF4p8xIJ2RhpNs80l"
    "CuRTV9TDDsqXItcIygkscIKg7sCq+mshz2mAyAKggRs71aEtSYDIC6NyvAm4RpgKVp1ndh"
    "R93CtyjPOva1FqCvH6d0RUfBLXGOKBx0WRTcMgddessoQLsvoSW62xyQ6B+Qyg5M9ueZFd"
    "d+Xx00azKz/WMM5ldcDVAD1pGqKBkuXlUB0g3tR1WMVthx9OdDK2xwmO68rlRFyifeVIHU"
    "g9eVqkh5JLEDgRrxTtSGSPNraVUC1cjrS13EWPbCwUixThRHisXsKlipxn43KsEklesbWf"
    "ptTFd/bWYSR0A8CUAdWviR0H/sh/aB93cVdKeGXfCfMrnRoaKelSMd1eT35EprMQtib9L0"
    "CR0q5Oiv9LciYiF3iRHv5ivHO9Jo7faQ7qC1bcxYE/pw08BzZLjolE0YbM3PvBTts6DJHz"
    "P381n4En+8uzhJANrAIyeWTuXJirBfSXtD9M6aPovYaE3YEPbQm+EuaZ8OohMMm0i35khf"
    "MXlkWGiBrTP0q224LqZC1KxFuos4s4etBWcn4USsrAZXHt1cseTxRkjm2SnmL4YlRTUP2j"
    "fHm6tzCGqmmM/oqiQDbtBeOVJi9SRnvk7JYBsKqDhzzz8UmbrnH7LnLruXOMFtVS4RNC6n"
    "UgWqpvOB+N4sEePbCSiTglVZzNRTeSSpE1EZiJmmQfVUbClMoyIqrQ11xaFJUBTqwHhTWF"
    "yqY/AWjThF55W4KN0Rq315EZUsczaMt+yzZXcRnv2G7JjXSUFLw3GJvb1AVNbeIl69z2Bt"
    "uIlnEf4ERHviluHbkqC5wY1LdvttSQ2/lL1aac9gN7ZaGcm2G/nZJXmlfMSDkBBTztCp3o"
    "Z0SQmYY0IA8l6QIXuwzuxBOFU2G/1uEtaLJBCCcVC9wbVxZCGNSIAFC9ZWY9ZWctZWAKra"
    "lMnIhypNmKzdgOVstyz7NaDC7TNfQ+odnPXTqfWyl2MGssr1sjV9ojIqBmN+eF/IPHmfY5"
    "+8T6rQcKZSZSqUZbgao0pg+dBWWlYliKHU7LGjXQ2PADt8TytZ7TQtC59C6YFgB7b5VVXk"
    "VvmolDJfQcXH5+0KnEvgGhUDYNPB9GdHfsmISimDacMrBTjVakinh5MLD8YTfGqZ8NbjU4"
    "Nj9So4Vq9ICrKNHWy/8uSNgxONwp7UcWMK8rG0Co5n95KyVDucXZSRVQVaQVqWanjV7tcO"
    "0pOzXNuR9OV93u1o0nSxPCNfApEF0q0w6UdfuNj+2tFN7CB3ycLDaIrdN4wtnp/DTk9bY5"
    "uzqFiuECNh4VQqEO+E9/EuTeBq8NkT6w/Wi6a7fyDD4bQvL8OJOe+RY8wxWhi24yL+LMO9"
    "oH3qiwVaEPqU4Hn0xfzX7XmP9V/Db8QFiIUL8sl+3ykk+oZ+TLYWpLT4b+qdeQmUs9ZRzh"
    "LDlQ437D89LtFFm6MPJ+zQxIfB6CKY7xNr/Nj/+NH/RJJfdZHIRJEkkewUkVSCyJTMBUGJ"
    "7LhP0L7NqJeM+Xz/vkjMh7bKRJff6zJtCsquV8KaCjYhyRGPiEHx3vZUcU2PLxTEhDykTm"
    "Bqr3Q5RHcCMEWBuQle5nb4UHoHeZmhCm5BWLOr4IrriAIlthJKbGLDqgBR2WpgHYV2t1m3"
    "j2wcVELMcspGKiXuc8pG6zMC67hTe30vxxMof0LuMU7GbZBxXHU+JNR+OTLPB392sW3ppm"
    "bjhcw8T8qVmu3JPe24a0nNhaSeKQ5vupQjOyKiXAJw9WsJ2bgafdwcaxaRQTkppxzU1c/l"
    "bkUMml3G1Q0ZgPcTvEstMSsPqcJ0rFrxHbHgayVDRYtPC8zuRG3qbKs7WhS7IBOqbyG600"
    "/JZ2STtwvERTnN51dMdQMXUWsfed16NCVOWULhiaVoY7Ejp9HKsIyv1zZ5tvWV3/CU98X/"
    "+10POVyJiBGhmnv0xIoSl2gPFnER65fXw9qiFV1IdiWWDY8k5T+IlXTm1bWCWloOtlw03f"
    "I2/qeC/iTTOuppgafiQE9F95TfDptyeXWy9nPDjlIwa42tOYNMDvGTh8H99c39jxfIl59Y"
    "11S3vEBzYuGJ9bF/czu4Zs8zTC+F7chMMZ0ua6u1VC3bqIgyyWKVRZMt/NnVfIhKWHsC8U"
    "ZYQ02u7B0x8AqRhkzdcTVs20Rgg+RVPI9KKec+qaVUHR009soSKO8klEP42/MCAH97nokv"
    "uwUOKnBQbdbzkqMel4RRb8uoC3atVIJbK9ySnTcuU05JGWLGXgdmcDxZ3e7Low5DTc7Lgx"
    "xuvndS4Gvb+S2z3WwRB+l+B9sdtQm36JkwPxJ7eZ43R68hl9qOvlPLCvxWiVw+/0HvztCV"
    "7ix7XsbfHL3q5gbzNMAl/cfXNp6x9ilLs8FHT6yA6oOczWyGaUvd5WeV/R3pyL/HchrJ5n"
    "kZ9e/9b9Q3De6Jc3xnGhX1nWtrm7wa7N1Y1XJ6hTUhbxPrlCVDkrfAe3iB/kgYVH+gOX1J"
    "2tZBuo2zHHbvwkRKaqU/08fQZjZ/EbYSY69Kvuc5DN+ETuKFYa8ccPa10NnnH+Aq5+mLCV"
    "VjQrSIr1G9CQHUpCNTk7pBvussXYYaBA4RzO28FSSQUA7eWnw8/AwSff7KdN0SZcyE4sq4"
    "qBteTGx2phHVYda6LQoP/Dwe3mdN+oRg0jlgzFz0P8g06jvT++QfdOfmMVk03Rima1jOGX"
    "vef9f1beSgzYCK+QWCL+D0rv9b8uO4uh1eJg1+1sFlx+JpKbXmxNf98VxyCAQBtfHT1dVg"
    "cM3iaGGvVYTWqt8xgMEKDFZVGKweXCVrEguEYV8uty8HDgfNN09F/oLsiS+Whum/d/o7m+"
    "mKccDKxEqSslAHpD3BkXRMDCgxQIkBSgxQYtrvLvFDDuVYGwlZ2JPa/E0BOyf7O+smTwPY"
    "OV/iqBdh5wRf7HQrR9FJyUFtKqhH1wSmPodDDtW4EExVKPMHecNH0I4rrkoHlb6qrPQlWG"
    "SrmrGRSl1qghvfXwoAvFOfKsBY7ep/KU2zVZXqPJpusHpk8ngjy8s+Oq9me20L0nofIwnl"
    "uvPicG4t44quOOmW0215vjrPUfc4ti5jvS51B7H0czq7bMYy5UdIMoZukoF7khjOBh45sR"
    "JYvLtAFDebvO4IvejNcJdBivySTqCvHHrJmpO3HqLI4oBp651O4g2gDXzZFvJl284vEfhx"
    "/XkpTzAZDf75RG12xh0J+5hY/YeH0fAXdjGY5RNrNPh5cOU3/BPPgmcdnQUBxMS6Pe3cXx"
    "NMhDTQl4SYWLcygoNJ2QTkUypcF+bhlWb965fD4W3M23Z5k+A13D/dXQ7oNOeDQBsZnu4g"
    "OIsczwyHvplGdyksM8VTgjDTC8WUINKgmM+5SKSBfSzzUqMel4QoYnsCC9lRRGq3lTnsJk"
    "scvI3pbYulQJolgjgpOQAXgjjgHm+tK0zOPZ5aQStAWPXzW7J2nQIu3d1iCi7dPSin9p2W"
    "uXTDM8eF/tzoieR5ztz4Gehw7Eindqtejr/yL1fwiWei6rcGPUCY9um4ZPYi6eOKSDXo3Q"
    "pmcGedWzNq4MknU0WllMk2aDiLytfbXLwqZUfs5GARaQF1SUU8c4yz47Bs2gbygTQboYG2"
    "+7yrsn1v/L4UBTe1HsYwHg3Gj6Obq8fj2g25VJDEN7DXepCjgvQtNLrrXyA3wc9gRdP0xS"
    "KILffQMyFzB83ICntkjVNfo0LERm82xReRxeJdz+dzPBPs8HZpJkgjTwTzp13mD1viJGub"
    "hRJQ2CwRFE0XNgM2TDE2DLt2Nbj5xbs2w4bf7uPT/bV3zavimFy0gDWjJpfAZwxKG7hxOT"
    "Bxy5m4wOTIHhB1mRyQM6raqAuoHXk5o8DsAGZHZ8EFZgcwO9rl2QJmBzA7Oo3y4cyOaIFx"
    "x9Gf8YHn//KV487rSh3cBZYvnJOcjVDIwjkEnyjvR5FtqNbDpMdLY83TvgWhkPBeLy8K4v"
    "itgEClVgQhGFfJMEJCDGIJe2MJM922DZF6mA1yREQ5v3P1ALMV6YW+gORMTogpB3QNFZFZ"
    "qYBy9ZBjkuBpbIunsYh/GarT1ej+MsmM67xy0CakwAkGjkVwLLbHousd5FgMPu4KgL2NdK"
    "UotomlMIOMCGW/jlT2q1L3T+CwAAeQvAMoK5Uuiel+RxCk0ynoDYJ0uqr0zhl5LnGQZVQK"
    "6G/l6G90VmoeZ19UsStvMsfElIG/sik91d3ZUs6UiorAMgHpiA2jG+oqUtgmpADZ/S4AJx"
    "JDPNCUioYjOwZyUXsqMcEgO7EuV8ve7MTU9lYBvpdBP4piG93TW5X0eambbGQGlmtvTwQ2"
    "bux+L8/G9VlpU09Ao5+qbRS0dU+GFq+BbT1jr/C219dXjlf8ev71q25uWOYl7xqdUmX/XT"
    "qZs2wnAnv695MdL/HF8GhFNl6c/PsQQzvPhlHM1m7Eesm2yOncZHdkDcmYmEoaTMPGZPDF"
    "lMn/DGSboxTIw3/yOHx4eqAfFllv1hProf+vC7TWt0HyZpC6ObH61z8/jR8vkD7/c+O4E+"
    "tuMPpxoN3cX9C1yX7GmmEF14ZPj8FFsnGTS1sRygKkfNbKCPnm/EMRfM8/ZAPM7h0/ztqu"
    "o3yrL8i1kJuwi9KztWVxqboJTCuqHJGMZV0M7k5CvdWg8sX2eGSWts3jyh2wnj2iL1y6cE"
    "rrhEJx0A1L64bAiKszfgZFDL5AkmmZHPbDE9dbN8D1Ouubz1NtG8BFXZ3Z2anH9nVe6TYe"
    "4RXDz77GpvGKxT5PYbtenu9zRiU02xdhv5jJyHk/aQ8o6IEfSEi4O9Mw5/S/+B9s9e0hB1"
    "su0h2ko1/xFTuU0NlMWW9TjPyEU3bA4IouMfyUwQw3aZ1P2+NP5U/xp0fg7ZnT9hQLcK+2"
    "SGfLdq9GR7Co+hYRge1GymcqBrQLftLWGNf+8iLUiTNCAaFEni5cDdRNLiA5yDJVNpkdiF"
    "drk/424beekx0YF1NwitaQH9jyqpmpSXqyxtacISYH+MnD4P765v7HC+TLT6xxcMWJXHnk"
    "f7oT62P/5paVw1zohskKZI4/3Tw8sAvOC8+LbEesRHfZpHcFA5i5JUZFgDeZ3A9XzrPcoh"
    "MKgDN//2pj6o6rYdsmUqn1cSnlnPq1VHVli1iZpO+dGJwS2p5SkmnnG7hcs78udV2uUDdW"
    "tVEXfOypKlzgaK9K0wNHe62O9pAPfyQ/O3P2nYgc6/xGrwCLmPsLbS/aDqmynfq2ezmeY/"
    "7vFKzZFkfQXkEXUvW1vCgcwpoi2fDuJJQz5oqwNbO5mimm5tSw3eVcFyR6Z/uQozJfshcZ"
    "TKTsOdtNZRlYKaAstwTg7ivLZLPmPzmtLXt3ctXlGW9T9HxF5DVHS/pmaLrlPA8PmDP0h4"
    "P/+oO+HPvLiWbP+Y9gOXWsfRDcQ6feFHjXQ29LY7ZEK/0FO+wkxWREpqnnTqw1tr/25JFp"
    "rAwXUTzw146+yCGmBP3yBTT8CuhLHcZGAVPhQFNhRie7jC4btFeuqvL5+yJRiffZQYn36Z"
    "jEXxIT1m/d3Hb8TatnbJdD9htr4+BghAtH7J/un8Ys4O5JTyz/L/7fg98ebkbsT/x5bdht"
    "ica/6qZBt3CbCEo/5FsccUkFLY6OWBiFYm/enHNKGJZxyWaGuSUGeudGGZJkq9642NJdJn"
    "TpVOmKAU5CbV+MQzb2TEp53kk06AiembqxasYbXL2KAU7NbOjBqQlOTZn9KJdmnolrPsv8"
    "y0U2x10c9XUd6DD2nJOPkQ47BnVRx3FimhWoiQdOeQVSRePTO9M7H/0A9nnptWAqQQH4Lt"
    "pPwGo5SqpC9LUkME6IKcdvqSVZQfnCff274RNLLdNXZMOSy65vxlfelbnhzNi1djiwvfeT"
    "r1YUl1Mmq6zhGkXBXNCma4ndMiHVYLzsPf2/Vm+dEeWJfjchUNLTWyQNk7zcJHeXNnaWhE"
    "pLD0NKFMag3Bh40ca5vpXJG44LQRm0LFhbEf5tGdIdccUWinJ4Y+UKzq0uMsau6OBqGOFW"
    "jbBLXN3U/trQf8n4heNSyuxNlS2PhuNs8FwLzZ2i3qCEGACbBHaNbc13aXL6qQS4IlFg3K"
    "Xqm7KIMf+haX2VEBPrVkbINSqXgHVKBevCNXByNrvOXw6Ht7El/vImoYneP91dDkan3/C1"
    "nTYy3AwF1XA0feYar7KAx+QA8OKAQ3lkKI8MnA1Va3W07fvq5qALbIdUqY4ZHYRnYsuuon"
    "EpWEP3MkoCxNIgyzNKIl11C+OidIfE9JImPESTo8K0v4RW5gt+/DTCpp4R/UzlF3Zss8rC"
    "+z91MkJ8Mo6ACbKj6ewrawLED7WIH0GxGslUxYSYchmL1cfDLWP2Is2yicgoR/+onmejv9"
    "JZbmsb25QBOS6lHMy1sGzWFCOpmRwKqFfatj6AtaXuCE6m3oNyKFUJ1C1ak6tfMMgaW3Il"
    "mncSgO4+dOmvJJLwRkQA3334mvgVS+10oUCDm5xF7JVuNrPVVa+0rQl/UnGzYycAscWsYy"
    "xLH2AJVK3D6HKcVeCscRneokAYxqHcOHQkt7mrazY/4sEkz4ZVIl6SElYvZNLdEEk6MAbh"
    "0OzPrJuRMQiHfoGDXiQcusL2Mx05+kuJbPGCpCAERQtUZQ1BqyAuWjgLvGUgF08CT06xWG"
    "CUvga6f7q9LRYY5ZWfDoyLDu25SngLzUhqiQTnE5cH6tLrbED7KhK1b9smXwiw6EEUB4Ta"
    "g4MvlIQIyAj7INJNQ3cO/dy8jaDPulIVJ1d/rgSkR/1ZVYg8J2k1C/gD70vp9ds/r553fi"
    "BaY6+rKb6iXeFO1pc6InPKW7cy6VPhsrb3aKjIWlqg5L1FGFMKzeivQF6ReVZQPigzf4F0"
    "CxFzHrSgt2hz5NA3RM6SrNf0hqefIqafIsNFp6yBiZ/12RYZqzWxUyUjGnnoxOJNHN6FQ+"
    "V09nT6DB7GfneGPpKNxYvtM1GetMWr6gfl8Ql52ayRabxg3sC/zChJWaXygWl2zGr47Cu0"
    "BOZkTkH8nYhyDLPqD8/qSFwhsuJ0MLoAHuds6LvpfISiqa3xOULRyaL+xpaeBOUh/6Bvrx"
    "gxPFNTDhoU0ZXX+pbTzAsfEEV1x6/ZCoocl06c+devurnBiHazogYPVw8j6iJTJw3L+Hpt"
    "k2dbXzHl9c1BpwwNbM3P/JyHMyrNBKlOytY3qs46aY25oQdPrPFP/a/Pv/8BGQ56wWv3wl"
    "ePaff0NjYX7IaOpli3mTpM34Q+3tBNtCA2U+ANa+PWoiHn0UcUU5IbYYzkHywlTQ6OCSmn"
    "TldPr+zW0SxAIUlrdoUoJHCSiNrj286zdzqnt4MNXAxqsIHBBt73LYENrL4NzMK3mfavH9"
    "vda/sGseRq8+1/j8wy+gQ4JPioYRHXmwtFrTi/eWMHrnY4HgJqCqgpoKaAmgJqikhNeWAk"
    "iyt+fqVAT4ncLaKoeIUHeI3Swn76XzHd5Vx2CLeNXrFt0PeeB+SPgHKypD+FEUAC3gl6M9"
    "yl719Hnn+d2Mjjk9FfSFyfdSLwztf5uInFlqSV7hoz3TS36FRHNp5t6eIXkmfeyIb2vdSt"
    "OXfXE/rHLhBAX2GLXILelgS/svfQHd7Kl6VL3bszdONOrDfdcB3uyGe3l5yBQzsgb1bw+/"
    "QZJ8qw3ujcXBj2qsfemYnQb3GxYDf4z6e/krb2flxWNOB3v+ystwR6jwN18ajq4tEKg7Rt"
    "Aa7b/U+/FncjoFsWO0pqJ92Ypn6yxtacISYH+MnD4P765v7HC+TLT6yr4f3Hm9Hd4PoiWE"
    "PYEvfLYHTz8YZdDJbPiTUafHwas0s2XjCPeHLdBY5O274adRX/OZ4Z81KjHpeEcE6bwzmB"
    "QiJZFTcuBSae6Mg4/yuQrduekoOQWRpcT3eWAzYmA1NWgKpJZjzhRQ7XhBRM1/0lsiNWID"
    "h88h0+ia1G7PJJLw0A7X5oYwvifmB3G1MF4D45KiXUJ5FN7eEZ9QtEi28F4N5GulIT4MSe"
    "I10eolZPcCSFVuQKjmfY7vcFp7J793uDhxZGs6VuPeNoluFXju9rPUMPxDHYYUzI79bzzP"
    "4RMC2J9QfSbYxM4jLPqe4i7w76ePNxeJbyBtf/uD1h9+CkcRsvDvOnAuea3WuCc02nu9QZ"
    "jmF70NwFmnvwAZTxrQaybXZjnwz6o/sLhHXbmlhj5mK9QKx4JveZ/jIYjQfMZ/qKbQezK4"
    "9PrLWN3Q1rP/jt4WZEG3iLysTqX//8NH68QPr8z43jTqy7wejHgXZDJXj4STOs4Nrw6TG4"
    "SDaprO7jeGNtrDsiLSE7WrGTUK/c5fmHIvief8gGmN1LlDFvJcW5e1G36JxdyE3YRenZ2j"
    "KFtqmsGtGKwLz0+Rk1wlUh5qHvHuI5CDOPe0YRbX3hipwGe2toh3KglsDZpZA20hao1Q3L"
    "Ah+zqm8J+Ji18jGLHF9ZpxsuVZtN4IsT1W/b65BzAiGODvbPJylC0Qz9YrrlvGGbcQd1FH"
    "b39Qo7Dv0tyMWrtUmnyplPQmSMxLAWQrR4HdJNk7yxmyiQXXuzLUHWbObBE0ufzXgFhT9Y"
    "mQTDdf7wyow5yLvhcI7nFnPaqM8MZQAGnRRx9QXvyKYcUCePmmkTGYkUujkZN3GxNnudWm"
    "PltZ08WYmLr391NXhgbjm+VjA33s+Dq0fmxvsTz+jfl/37CzTVrYn18eb2cTCijzVMN73e"
    "HY0kOTekzraKSChz9E9lxo03CaiNwjcQCVTTggAuWI5gObbqmBcY9QbPeQF/AfgLOuAvOH"
    "L+Zt9L9DsReAmCW70854CfKFhDfQkwco9ZZduvq1nUug3aK1cQsHqLif9bAtqgfZuN2NZ4"
    "DDg6QnD3+wsC2TYDfdIf0zsXSHcc7E6s25v+5c3tzeO/LpBp6FPDNNztxBr884lfwn9t+N"
    "+MKnT/5FOFrA3m1KDB/djjBmHLwcfzJaS0i+xtMMIZNqxDD3z5mWxsSzdvaU/tGd2D1Y5a"
    "Ty+5sejscYm9/UU3N7r/yimtQdAqV4EwgvbaayBQMLBwR14pRl/rr3TknlnpYsdl7ng0/v"
    "SE9JlNHK/6wWxJAbrw6i6wM6fR/0Z/uVtW3ZjdpSPqctE0vbeG/kHNaZeaQwdKAlW/NTjW"
    "ko61cO4L1uQcZnlMTBlUmz4G/mUj5+XYCVQDeecXCAkVJL29xgYiPQpDCz8S+o+CfpCx10"
    "enhqCoC2Q374rwJQ7SVHzlLjMXKXY/Vzv502splYYk5eX43T89SQusD//PQ8P8kNFT7YKb"
    "rUOwqbGVPJEsKqOcy6T6EpwBI7sozztofyDDu4B2cYSFtiDDe4VXUlMyaK9crsz5998XmI"
    "+0VeaE5PdEh+SFi3ZRkBNibfY0tebj322I8kAD1yoD5rTnFMgR2dB3M0xehBwBmSoNlr8J"
    "MasgYq52IZHU9JKudAHBguMGC6KQZVvgAaL7DfBwFIskHMzx1HARP6fQY5ueoWu69VgObY"
    "G8RcxBdDYhG7NDhB0027hopdvPhsXY+eNPTz00owP8TOxtz6ttjFjJZVbsw8JmOlTQzCPh"
    "oMWOugj45JD3j8fEwD9ezj/ufY3y4MflAP1y6IPn5kTac+Mv+TLmbkREveoR1VOw1rrtWi"
    "Liak7p+52IeghX700A72Od3kefdCtnsseFgN4u0hV8BVzSFxKXAk9IGlgv3iVrhESlVJqv"
    "DetgUN66plndNPVGQThz3KU4YGcc6ClNkj06tmYUdZlGF8sMgo1AhagA30iakKLQxjWnAu"
    "AKqWDSwBYjg7VsUaiMDSbSyyoA9SrSlZrIJtTRAvBCCfaKSrAfu/bTnW5tcmiP0du9vKDL"
    "wrB4lccVF5Crwd63/ALDFGxe93yLXvDWK3vk94tO2c/F1vzMv3AWf9C7CzS3WYVJLsSqLb"
    "HjNnuIxb7pNZewzIp0DKahB08sE8+fsU3vm1v0tsT0uRZhAZnwMfx0UAqvTV6xgwwXna70"
    "F2x/PVti+nj7HeSCtDAXpL2u6mOsg8qwDBtzotbi6csgL/w8Ht5nmO2BQHJaGjMX/Q8yDa"
    "fDmroIWAYF6zkkWwV4nt71f0tCfXU7vOTgRFhUrIPLZBoxcemuIB0zjImBx6p8TlPL677V"
    "eGjuw3D8yE7C9VSOoBqcdzYuqweHW3I4LhyTWmKtahM7NMAklx7qzTmtzNkbCUEI7BXZ7o"
    "GEnY0+kLCzxhxI2CfZQRo4j1i9uG47UW1ASYbsgiazC+AU2MZOgT1SsLejCBeI9R4nAPGA"
    "bYPEfdXxO728sMPMJA6dN2vetHCyhyeFVsRyl/SFiO/7X+lbNMWIV/BFhuXQKYkMQZWnMh"
    "2A675drns+dFJu6EBAueILeUAGRunfMk3Sv6UMUu+TLGGPRgXBHO2UOeoNnbQ1mhBTSLOv"
    "LSM4gAx0yn0qe2JySecD16n1jLHrmng+ZIfhinSf2P1cDcjxWmr8XN3ihAveHL0tKUaIHT"
    "K0IPYK2XiGjVfWMz9uinW8YodO2RuLqjxYt/H8AnnzoIccwhQfrx/D8ZvPkftmzIRMi3qf"
    "OLFO3TfCzrnBDqJgMkYHK6bpUFw9kR5iDWjHTkDO0F1E6AdyMLfiGKcgt0yhqFlb01ecTS"
    "kdXY3LQXi1dHh1gUsU64wIAfSloYcAz5eoUdN9Sm5H2Qmo9K3VpUZTtCpQoMehwjLaFOEv"
    "tw3koqr0bm61ynW4gz+rZkyiRQFFmrWVqxzDGiOy4NomUz95RZdA3Q0vmnhBtc2N20Nvhr"
    "ukajBVPt90By2ogjIXuRir6hYqwLR6n8/WeW26X4hKxGbvAKGAMqVHqos6f3YxLwolVxMy"
    "IaYcI6n6Kg7HsIVb5qCqeu4GzhKtrBWc0YEyqwTYwl8E7oGnUxr7hCDgXw5/srFLL0FpWR"
    "iF6hMdMqZ/Jw61L8upLqLBnGdrMOcpDcYioqS+nMMWiTCpr/vKYS10dfBrgV+r7X6tI5+v"
    "HEc/16vlD08hpxaLfBbzaQ2tSIQ2EpTlHicbU1hnBgu86s8UW4f5n2zPL+WkHVkH9gW0uX"
    "YFYo9QaLRMcmVj6kf1WZLsw5A97zkqA2pIETWEBT21hU1W4phqRn5PVOjAGg4t81nJlXDg"
    "QLgC3/Qe7FyRd/qLQo5HljSe9C+xOyWklDGdK3ORrnR3tsQyG35EAuBMJUAaiwW2MbURBI"
    "6G7PTHuBTACg7MdrnOFpiuomU89w4gfxjy+POaFyKRRz8pCSNQbgQ8ynMJEmFMEEqvtLn0"
    "CjBFsz86dZmiUAoEqlUoQ4jLCW1Avn9kv6q6tjuUAunqQaNpinPHtuYs3Gs9a7S/mRvuLX"
    "k+EYTXwnu9vMiazlppJnkuFlTLhgMI2i3ej3o5sTBWsls2UhOVUS5SUz2bmH5RwkMGsgHe"
    "SagXbKweX7prGO7Ww0gC5ISYekh/e14A6W/PM5Fmt4RIS6YfRIVgudg7nad4QXXVNMLZtc"
    "93EgcVP2+nKivCtZba5+z8C8HRqNmwhwKAennUXw1dZjHxmze4jOhro5mVpHoWjrGWgdZr"
    "rdwC/V0R4s132byb7zperLpR/UNdBzWzeeRc0xEJhdyndXG+N45o8wWvXcxrF5lSrSoEdj"
    "PHqzVxsTXbjvCM2MJKqOlGvTzXlLFrrtm8fQ0+qt9PnBnx7L8XvD35N/isuuCzCsescPJY"
    "IKBg7lj1Bij7EiTA9ZsrCO035x+KqOTnH7J1cnYvkTuG6S91XG2pO1Kle5NyCuJd/VTOyj"
    "PNJilmpZl+uYl68cnrrOkTpLxTURk4nO8AV0m37E5gRpU3PFN20nHU+gebrIg/FOmDDcKb"
    "uWr8OmjWsgjzl6Kq15dEScdaRn8J2it38kD1YTbZeHzzsfgOq4Qv9HeJwd1/wmog22agTz"
    "4+3d5qo8H109XjzfCedkq70Gw833BSwcR6GIyuBveP2vDjR3b+qj1jefVksZhYl0//0u61"
    "H2m/dxdoutlqlkYXW201se4Gd5eDkfYwurkaXKAVXk2xra1tQZH0IoN6/r5ILuz77FTY90"
    "X1/PYenDu39YUrGQE5uR71Pz5eIC7LBpIfoqv1Hx5Gw1/6t+Fpuhrdjm3yqpsTy7vHjtH1"
    "romP1p1YtCt2gcrjUgftVj+k7pLqUEtilki3SYlCvk25fJuuVaxXC30br7HI1rskxMS6lW"
    "VtB0IJ2KdUqi7cwyvNWtmXw+FtzIq7vEmAev/E9q3Tb/i6QxsZbgbWkX1QmwrC5tllKVOC"
    "ykz3yrxGTJX4yxU4lTNRjUgAnKkMYBtjSTyjIgBoqvCCp88S5j+SW20TkrDkSiy5fkklgd"
    "ae7UuOyjTvSz75x2JjcSuKWkeG6RqWc8ae99+SenxrPcwmmfFEHc2YSw1LUg6GpvKhoTaq"
    "7TolfP8xQfUoZx3x9Acg5XLMqPVdZoQjYjC+bR5fKMpbZzU8ZzNdGW65AGlSFkqEtPk7Cl"
    "yZJQY6IQrj3OZx9tzTmo11Ry5/MiUIK2iRFRQIJtnoq0UwiWU2rOclRz0uCaPellEXLK7+"
    "2wv2UNmKS2lByG4ROLfoL38mGVWXsqtZxaUA2OyDhKFQWB21XUMzSBZegSQAvDfpLfje00"
    "BLJ75dRbrqFsaFS1bFF0eoB1YpuAXrgWWtFgDwHoAFC2QBiCPKFiC8B+G0YnpATTvamWl4"
    "Qa0DS9uFPPn+rssOmkJZoxAvOOHiVVVw3dC+VMKpkUSN6BzLy9lIzMUC6Rta8ovYfwLXr+"
    "wcd8KOzgo6QY5OP1B6jV/mJ2RdIB3NDWfGCIP+cfEWPxnexjNM+0ofxlVdt1C0sNVMyOzc"
    "E0iQqLNcYcdIv4rMdnDDq+uQLeKG59uWnNMlKqLS91aZP2unvUjhmhQDbPe7svhcrMBGHQ"
    "b9dAzeolZq9JsVn9crnMAVIBtL2FYU3eSXm+EkPHI6PTdt88yzwPYtYpeFNvd+g+yR2j/j"
    "T08OtY12ttOMvGLbQacWtZ0uEKZ/bFmjHrWjuMEUuF3f9dCb4S75NY/2jngCKHqjphNGho"
    "sMh9lfaYOtuccKK3zFviHnZXNYla8vxcKrrW4AHz156yImplBoqekT1EAjqi96+rKRDJqG"
    "AoDnfg0TdKEKdSGhtsk2x8OxHXu9KIrq7pttlW55xReVO6owej8ypVvGG+TqlsZqTWzXX6"
    "e0lSdSUMXs+754XwqRBdX6TPysz7ZoYZj4Kwd5/aIl1udMA3QJurL1uYmR91N7yMYbh3ax"
    "8DVBC392uWxas6z9aUKFMqgCwxEGZfKYyiQEAqBSUvlKSQ+jIauSNL5gdimrj+RMrPHj8O"
    "rTBXJcMnsJ6h6Ng5JH7P7Tw8PtDb/mbFhIlF8dPgzuteHoml8na2xp3M/jJFesIgNZ/TkQ"
    "3rDIJVrvRNqRzMseq0wyL0R4sr8FdSM8kGih2qhnJVqkrNjjGAU3XJH/mUxPBAbB7mYRY+"
    "BPMoUCrmrpzqDeKaLeMWtV1hCKykBybJHkWGzNyNz3nRRFOSqjHMrVT+S2V3EVQD1b4tkL"
    "nksifnL10+DqEyu46stPrNHT/f3N/Y8XyN5YFh2EiXVN9ZELNCcWnlgf+ze3rPlCp98taz"
    "28pX9rl322mNnENBntneoM7ViQVjsvY1F7MyIC9mbl9qZLXN3UbPImcxRKXAiqBibDfeRF"
    "FtGIBMCZrnbr1aKWBTUlB9AmofVsOHloU3IAbaq0re7Olppj/H8C7Tu7um1MqDlQz993BV"
    "Zs20TAJs3RtAMB5dRsqPQDrshYu/IO6IVhGc6y1LAnRKFuWns8zulxjhiEJYY6LQ2j3ebR"
    "hoo4DRZsgYoiVVcUKVKNIXL+d4IxLlFZwAt47Y4e75heUqgAg9jAK4ESXWsUgqj+IGvOsf"
    "eJabc31Cpz2P3J0MLIXTLuo24hrwPkf3ksk4adl0DfuocMy7vMfJw8dvV37jZmEKCNNSfY"
    "YezHFbLwG3YYAdJ2BKUXan8aVGRodR5JdjCZLjxUQZFx24UCkPsgcoBYruFuPVBSoOYFHG"
    "NibQ7Pl3SHVH/aqo+Z7PoRE1NpDjeckYY/01eQCRWGAhAorDxQ+CeZyhmROwGVPoG6zMc/"
    "PbbdgXZjjLnXMYCLWo+7eSVOWzsmoXLEHTFZir5nOe3X8n1LrVpC5e/BFPPVq4Oyk0B7Bu"
    "25O8tunJohmM155zh6Ag0e33gc33aFpzeWOZQFTmORidGy1UJGLw7ag1pcuVocEGEkV5Wo"
    "GBwNK7G4gBkCZgiYIZlmSH/jLsfYcTKqPEdv9/JMEZ021ByvpUS8wSTPhoVOdeSSF2zRli"
    "vD3L67QIbrIH02o/15dxw00217y68bc3Q6OXGM+eTkXY9fsfGCrrhLvxNWesGfQ/RJ4shD"
    "A8+dWBNroM+WYasVecUO+mPX5A9WSHq65ZWmeWEyHT1v6IjiOXp6YHwApFtz+j/njZWb0F"
    "mII/7Iv7PYCTHn2J5Y8XdZ0//GFoul6M86+6W8NAX7fehNd1jOElU4WJzFxmtT3+L5O/pf"
    "r1SUR1PQ25LeR/5wnqFb8kw2Ln8bXl1tYlGMeDlsL0xDZXQXrTaOizBtE0wD+h8u+sPrl7"
    "F9/vh7AlteY8O/H0ixd1ujN2K/8NiQO7EIXTrQKZvutPMzB882tuFuz+jc4nEiPHtxeO02"
    "bwTomkDHi7+QSfS541eAM01svztDfUTNHVbmzfsAWaHvGa/8ttSdiYU/rw2bXjy1iI/jyu"
    "AgsooetNFMZ69nmCaaYvSqm3RG0N6td3XEm7KVX+HmVFLxPa7BXIs3vkyWohjoLmQmlgT7"
    "QwGsP2RC/SGVpUOnPJHCdiehILo1pEEtBPZbrsHgS4CtIGEr7LZmCXshLgRpDUlQ9fmcKi"
    "MZqZhiSCMiyvl3qq+tBAT8bOjVJeD7+n6pcU/KAim7zaRszypxSoxzXLKZ77tJA0KlUd6Z"
    "yfJfc1QSvuUujHKZkFdSUjnVqHo+nleLR87/H5OpKY+le7WfIqXnHFlEIxKA576Aysap5O"
    "ybyhKCjrCf7w2lRCbU/krk3vdcAaR3YUdKghpb99oUorplsZqPumFubHwiiFHF7vfyglQ8"
    "6qMtvKYFo1QfeZkktNYd543Ycy9y5KA1ttEpm4fsZXpoZhrYcpHvuHh3waMOa5sw3cExXj"
    "GLN+hbFvAI4xiuvlicsbBZOkLVwDNZdOoTXrs8tMH6c7yYiW5jZBEUxHdcQtAp69eLQnkx"
    "HovQG9g0vcQbfa3b7rsz9GiwTpg8XpPZcmKtDNM0HEwn3txBDuGvx0JdmzX9Ca73OP4UFt"
    "vyBwXRV9zSX2qyoNX4n7c8QkbcJXrwFDF2iYWh6L8NN6eueoASH2PfmwQExk4QGKNDV1Q5"
    "jsooGE+o4WDWjjhlOwxxdJspqChHRSCQkDQ8TN1xNa9qoSY8Gj5niU7LKoNvwzlWU5OwKp"
    "Ma3bcNU3ocRNIwEsVHImU4HkclH/sknDF23YxDgpJNchXzgNSjOV7rI9YHf8GCehw5HBGv"
    "uXJsnKr2w2w971U3NwIlL5uUHgo0z0o/jne7Fv45nByR/QV0M1osCDy06eSIMXM63C104S"
    "YR3MvfHVgrzSc0wakRnfJ05+0AdNe3sWAZesSfs045DSWUMEHzFpjBb4/5a3+4vtwO738M"
    "mic3hGR5CgaEbOpRRArYhBJsQm5zOi5elzBVAzGwjUpWAvHmbBnOTEwS2BTtUWrSbApgPm"
    "Z/dt3UZQudfdc4AUE9tewg22AfWWFo4UdC/1EtVaFdg1AZVaE6Q+tqqVsWNvte6PZEYG4l"
    "WvTyjK6Z11bzI8FFczo3NnKWZM3itizWu9LtF+yuTZ2l8LEL/CYLZNNr7oLYqwuvqqMXOf"
    "bG1gt0+y/QC1t6DZExf/dOkNTZ4IPBjmyXHRmMk4zfNiqjnPO2+vyz9h+O3tn0HboEa5JB"
    "h4iIEn6QxOw9L5KdSltlz9/zVIYqgyzL35QPtGI+pwaqDXlJ/hrPoJdCOyGn3OJRC9pveL"
    "ok5EUe7pSgcnjXspJMdQdrG9uUgToqoxzKtcxqx3i2NPmyAgkx5bCu4aBcahcJvSk5IO9E"
    "lAO4ev3OcKgN7RqvAv05v+JbVK7BwEtgtnQ27rLeOEutXKgrKQqwy8BumtpsYzui0xazQ7"
    "oJsVILSodCLHWEdRmEpaIgMUEIdUGoC0JdLQt1AVlPsVGvgKwXKetMIaCqq+ti+8Cj2q5p"
    "T7e8ow5OhaxYXHyT9B3+mhf1OQyuB7+zIetLWcSYMuy49FcdihbtaMz6URUpZ2msV9hyNQ"
    "bZoWiN/c4YaqoCttLX6yDN4wCkXjZ3Xkeq4rQmpjEzDp5RLpm9PLCutioBVSdpPbIfCngU"
    "8d1yP4ciuU/v51H0EVtKvBx5L22Rp+KThYutM8QH9AKxmstU8+B8B7LGFvIe4bEYfN5GDz"
    "kvm3d/R8ESdcHvBn+dJEagqedOLPYYOKaz/ZTaLldTpn3T+dpZx/zLRo7luBOA09cF7slA"
    "/8/CdT9XSMtEGOIe6bjHX66A05I5ef3WMHMFBZTp5rpauzKFJKIiyqSQVHcgsm2LYhQ5Ry"
    "EHAsp99t+/f1/gu6etMj98fi+xc1Fbf5NRW2ZgbVYpXnh8GwulG0SbqbGSiJ8MHwb3F1wB"
    "nlijwcNt/1839z9e+Ceq0CFgV8fD218G1+yiQ8xXL6h4fNXCe0UtZIEXXFWSYrCypE8y9E"
    "7TKVXFNyYK0bj2OOjTcZngcy41zjFRGOc2jzNEXbOXzm7G3yDq+iWOelbUNcFaZ4qNnM8l"
    "LgQHhubpRNOtHLZpQfAOpOGNxR6FAOe5xEXSCqF8jIp8qRUlPSLSpcfTibsdW1SKpkvH19"
    "P9xd1j87cCoCWD7y2b9UVRFn31+7GOrMcVIF3ZAQWtRDi9d8Xwpa+B7p9ub49VUj/OXxJE"
    "uFMEp/1BbgHBqlCcO55krzuI4o8dduruqZ+hxs4pZlTldz1eQ55TkvwzexHVR2dLfo6vV/"
    "7e763Hq8SzK1e2PjexKNDdyIMnll88wEVTPKMgn6GnSK2BnVi62IBX0N+Y49WauNiabdEL"
    "5uX8vfcMzrYW1r+PpbfHBoZNR6iE3xr1oZcTYW9HXYNja3I1+8LTX0cJtGPCCsJefXQ4L0"
    "aUYaocIS6kwryWR1ogqlzgs/qz5vAr06hlC+JHpZSJpzVc7NFwsQj27EriocBBlcTbaZqI"
    "YKylkLhLXN3UFqKaE3kTPiYGrqaycx44LPXWn6BmrvGKbSH3PnNux4WUWc6r81WTjT0TIZ"
    "qj9e1ElJu41esgEK/Ohr6bkUuIV3+Jow7x6uNtUtl+oExUc7w/XVZp6zriGuKitcdFSRC3"
    "ORDgognuLZvARWGNfrjtCtCFKfOi4Fw0n75AYC6ex78/KPcQqYKNYvmcXkjKwXSQ6bRBb/"
    "T/dctNxsDCEBhLEPXCZWdoQA2jLeIZeYg7vVIhuWYeO7Gmm9XaQfQ3GzZVfWivf0e6l/Y6"
    "I6v1xuVHYWP014Y+w3C3LN3VS4qlKhB/ho1ndOI4wUuxZ80IfQ6en/GWXq/0NcztxHq2yZ"
    "vTY+df6xYiJovtec+if1r0jWzERN9sw6Wd0yvslG36A7JDe5HV089Hg3Bei1w0OcddNZzQ"
    "2ba9rmpFLfIFy03rhKAyfpqGXZC7pU4O/rgcoH8Q+nJZtnEhMFUELsru5S6usTX3a+BIpS"
    "9+ukDkZWI9DO6veeKi3w9LW3wcBbmMru2lMl4P+tcXiBUySeptxwlvQ1J0xROfHzsoHVWK"
    "Synnoa8ltGThz67mT8YSPluBOCQRtsdPm3bPY4tCuil5GGVMFMa5zePsK1dlyjBHBGGM2z"
    "zGEGrL3jkh1AahNogLtS8udJwIxgjTl58ZpsGLk4421okgkpFu1CsS0bBjYkWPJrUwWuuO"
    "wzJomOc+3gn6k0wv0Bure8nd+au1buN5L3LFpgJu/NLGnCOLuILTSOt9FhxA2q4DSOlyZJ"
    "fTCuKSoBW0RSsoQrtaGJZRUuNPiILO3x7lLz3O9Jc+P4vYFNlusYhIgz6xKfamUxfTlZyX"
    "jaPNlnj2giVDpDEx8OumAxpkxhSBz3K4xqUAViFLsMyMTQsCuBngyk7apBgAK8wakomZ7Q"
    "QAzDT/xNUNUyrxMCJyUOphOf3gH4uNNeMG6HRjmK5hOWfsef9dl87QREZiyp10HG9HrG6Q"
    "wNGRrCu038chOFNov4/jcYmpJaBbjs7HWTcR2bhT8pn5IYIOuVMiXm3EuUCMgOhiOjO2Ho"
    "WSX/4KjX+6eXgYXGs/DYefxsjghMuUt6ORp06soKuvnOjTej7lErkkzgY9nem2bWAb/S/W"
    "fPZCX5aO2mqK7XfseWzcsTU/8/F2zsI3PZtYiRgrc9bQt9SRjU19i1b0f67+gj3XDnlDp3"
    "Q0CDLojzSx7mDa2jBxQCo1WGEZtDCN56X7rhitMxh6i6S4nb9HOCbJSPC/gfjZSuInlBgp"
    "YFLWUGIk8hlJAJ4QUxDqGvJOvaVWBuaIiIIQV+8gCfYwydmcEFMQ6mZrE6nFAU1zP6+H94"
    "MLNCcWBs6n8hYsMBG/rEgGcHyb4vgCF1D9rwmKrWR/YepG/YEBqtqoAwMUiq10HFIg1Uoo"
    "H1BsBYqtxIN3L5s7fb32fmM6dLe72ysUuHvZaCtPoCgzeWOj8acnHvz1ThTQd2GsjcVKhk"
    "QjW185vLUxF/COD+mpQLWRE4pj7FryaOyDSpF8KeGo2njIXT3jvMO+YsPRWBz6FQsCrISY"
    "WLcypnRULoH0lArWBXUw3Zu17S+Hw9uYpn95k4ii3j/dXQ5Gp99w6Gkjw40FV8HqVtf+Km"
    "J1g/1VEzsYalIdjCcYX8c0vphWeji8Y68XRTHdfbRtyhAdsxyDIWcKnojsrsjtXhHDi+za"
    "FkoGZcw9dgibVxyS9fKMGUvxlMLVQyaZ8WTNd9Ri0l20Iq/Yqy6pv+oGnxBhhchehMeYNs"
    "nqetLE4t2defgyxtIZxcjcan7/Hm3SexrjPkY4k2fokSelMjKju7Eth70hoym6xOMsvhH7"
    "pY5MU+AcsntQbLIbG3ssdO5/pHKgJqQAWTDopKBWy6BrS64G2zYfiGnMtpl6h3+7kN7h5U"
    "qumYRRNFHjJ6oRrDazJdMCyMaObPWejqCjoBA2SzZwsGmesUrY/Kd41bB9PfkrVsmaTztW"
    "xZopGm+Gu6T/6evFMV2kkadOLFbQ2jboL2aVKxbE9vSa8aens1DXoV8xu+91jHmNbs8dFr"
    "ZAC4z9Gtv+SxV3UoMT+pjFMJa6jbXpWkb3iIg0t0d+857+X6tBjoCqL7C71aabxUIUasxG"
    "NikHJNhMzY4vSWlss7M505JwnmT58ySBWKWaHgjEqi/Hsd+yxQv8+g1vE53267ds8nbbrX"
    "9LrTiPySYwrnc3e3mmNTtG10t4LmhP9y2veADPy+f1BKgtih2H3mbJ+wRNyeZ56aLT6WZL"
    "W1HjlPvT3/V8VtTb0qBmsc1OmHJc9IK3PbSwycq/PsJzw0EzUzdWac5Vs48W2r/+49h9/h"
    "D2H36HGu1QUESAnYC+aw6FA9rpxA8HsyiLKxRQkLv14X0B7taH95ncLXYrriNFPxEJkBNi"
    "paBu2Y6TyNw9/1Akdff8Q3buLruXcPOzJUySlBiVqWZGH3dRiaH8XZH5/F32fP4uNZ/lzo"
    "I65BCo1q0UX3RMqtE53E1XRBGOIdOJ5GzmiAR8Ri3J7lIdU1/Xl3TuxIQA1/0enohJdaAL"
    "gpm8411vHYO5sC8iNsP2u3cCA7Q6cG/8HhUFOLLXtC8jsaugZqYktsCHFqwZGV60yJKyx4"
    "/mf5rFPGnZEMOhI+3iWbiGawqyznJKwQUCCjqHvrwicKmpfOLMlni+MXEw8oWrwI2vfhpc"
    "P90Ori9Q2MfEur35ZXCB2AoysQb31+wupk9vSS04fnCOU/bEHUddrkBHDHIBNyBtkdP5Vm"
    "aII2LqOWBUGt8WnZvVMoe8SqPMd41ynzGMcCdGuFvucqDuVeMvX9vGDGvU+LTJq26W1ZTT"
    "vbS3wugJu3c/GHBleGKlqyf3Hx5Gw1/YXe8HMT16NPh5cPXIrtn4T36sZzs0aA/4OZ4Z5Z"
    "ZnkTws021epr0R82Yh/ZfuiPzbOSWCxOLt/VxL+hJqKQgcbHTTrVzkJiUH7FxIzm0O2fgi"
    "Lzt5M6RhCovCuqYpGyuPycD0LRLUZYBVEBd7cpQOi8UmViwuNqJKyOjm6vFEuP5WEdCNdK"
    "Uouol9pwC+OyWgubnbsvW2KLgpfSmj0mzeJgcg7wE5Y1+XLuqbPPE3DfylL/fx0wib4cKQ"
    "zQVRjbCQ4sxUgJGafJn/NMTH4LDlczICZIvxMrRwWIuVLWMVm8lil2R0hv5wiDn/AxHL3K"
    "JnXsnLXdos6YhXz3je0J+P5+jpgTkhmGh41Cp9jOOite4uky6p+p40sU5ZJ+h/ob/cLfrH"
    "/2H/olC4mu7Q1aQXPAs5rmGaiKyx9c4rPcKIEFPdwV+zdt6zkP5MZwDtmFUcYUoLfflCWV"
    "JQJeTY7JWFqTtLzdtIFligOeZlmQmEVTJ/Gsk6iw4FIXaZQYiIKVNWpGHsY4ufxDKTklNp"
    "/lfnVCGmlD/Fb67MZK7ODYhtjeeWaqaxMgShomwXYFoS4E2lm5nEwaJM67wTBHZCDR4fEF"
    "7p7PkBbOW0Mat6K0I8d8GNisEkhsSkhnCFSr4H4wmJXkdL9IL6/KUL+eyCAeBCbalj8GFj"
    "z5a6k13wKN6gl+cUXPtNZQofZaMD6VrtcnitGS8rjWsO3SoQUK7yybfnBfhV355n0qvYra"
    "4na81tfeGeyMF9cj3qf3y8QFx2Yo2fLu9uHjmz1NlMV+xckHlRCiqVHtzTrhxs0Z6uhvcf"
    "b0Z3rAEduIVhr1iLh/7o8aZ/e/svbTS4GtzwPte67Rq6aTJjaIYNv/fg7u7a1e1wzLvjRi"
    "r9u39/NbjlKWYzNgZmkKYmy80rUjTnPLtoznmqaI6FXXnfZ0RIGUOwYc/nq14C94gQ4F4O"
    "d5e4uimPfEwMsC+Hvb8i25pN5FK3U4Lqka4rX9iDlBJHYwX7DFvk7huv6F6WXWZa2EODBx"
    "TUO/m/Pf/bD+F0Z3/kTfDxHdUE0jPaIq7URA7aqzd/60gaKJ2qAUkapfDGn9dcO9ZYvlIa"
    "b5YPlZGqmhTMS4QqgHw7eYEipBnTp9PFE5v1ZaubDRqaoGWy+ROykEbY5jTChWE7rhZ4F0"
    "oMt7ADGPM2j3n5NGFIEO7OKDNvYJnleycG49vm8Q2du2V0s4QsjHSrR5r73csMc1QQxrjN"
    "YwwH5mUOc0ftLMGwp5LAoJBEjVy7soUOoMRBAXATZp8sxlniADUURGmQjbtZr01DulJHXA"
    "qQLcDL9SFLoyxPHo101TGQCzNI4xMManZAzY7ugFumZgdU6ygMb9E6Hbm6GqC8B+Us9fSA"
    "oiimYeEDCf0x+vkt7U+hNTpBlZhh2vWBcI28XlQCqbHsBz679mVABFOwaBaEFn4D1aZC/H"
    "6y5tx6KARy7LwIOLS0KtOU/i63bEWVtKxKEDdNsdY/awwkbbqWmNoJqQZppt++70qOuZeF"
    "7yWZyK0aMTFl+OsVA7srTy8F7E4MgE1VTiGSJZMJ+AihFsKRfK5rQYKqtJmfynjuGMZFDf"
    "7wS4UaCK2pgeB7AbQKPCe+K0A1n0kD7gD6XmPsut7rZbkDIo16BdwBtB2rd8faFyyVerWk"
    "P/vrN1YrdNcHWhPTmG17iFgY2eQNrbGNXvAWnToYI4YCtuZnu/ZnXvt3vKhorD5q9d0fUL"
    "CBPiI92bOzg/zmytUVqOoQ2GxnxatubgSJQT+Ph/dZCcu+QJJkZcxc9D/INJwuqiE5MDMo"
    "WM8hkyqA9/Su/1sS+avb4SUHJ0KRYh1cJj0bwHT7QphuKeU0e9evcycL4gCC/SsSIijgxI"
    "6GJYqV96Z9Ga/Y3obFNMIi13qw0wQ1tU8Z4LSBS5DjktkL0i3+B6uWbeL5M23ytsQWerNZ"
    "cpUl2MWaeGCO931mGix1wMYLcMIf1Qkf6M1yFYriUsqpE9WXKYrMdwmY41KlYG5ZTL0etS"
    "1SCo/i42/nCQMwr6BuRKrBirrB/O5sQV0ooAQFlL4k3KHkSb0lTzwlVBMxU7MLcCTEDiy/"
    "0TYjD+pvfNnWcqHT2CHQWGGgMVxPZLOU0oKQnwRxx/rjjuIkhMhsrABhtQnc6S/3uNRtCE"
    "CWddtmMZETiBZ339bFQgaf53GJx5o+m+G1POUtKqaMGQ1cwrYDC+VAM30R35x/KOCLoK0y"
    "fRH8HhDqW+lym+rubClnh0VFwAIT8pKZUiPtM4gIqTShq3UcUI1R3mkQCgGuwPxu2gNj71"
    "gtBzoJ1Euh7YkcBeHXup/97a+aVbu4FHMMJFGO7zUFfF1Asq+AZJ/SuiqA9DLop1saV1FM"
    "o5qmdOpCnd6wsOyRwBUWLYmU7QcLqgqB60st19eMDrWM/yBoDxS/hNMgTfHj/5aANmjfnE"
    "emMXBr8cnQJ7p0EdJkcU7KKecBq55FGUC2pkCVwjoUVA7s6tcNvNINUwbkUEA5cGtZN/T5"
    "3MZOxhGxYoQjIsphXAt3b61vV4yp7mJ75WhzfSuAO9u3KBRuznfzbVeiQIaj0cXVeJWlt8"
    "fkgOBenOAOfMrsua0Wn1Ii+zCSbMKccVWWaezgPMhk+8S2B5vMN7NDSzQGnosHrzeVwGrC"
    "GRTAluMTiiC73zWkRUd1f4ZrH40/PSEdBeLIwabpoI1DXxi7iEXNEY+ao1P8eWZu5qyqwi"
    "/9x3c9RHe2OWLrJM86XRmWsdqs/MTUvza65RruNp3h2sQDhRmu0frlUGXy2B6vkiwOIHBU"
    "Q+BgnxJPrpS1CtKCzY3C31o91yPLt2H5xXLlaqmm5JQ52bxKW2tt4wW2hafH7zO3YqINWl"
    "zhlc6aXMD2qHYew6k1DfFo4NSakxwLpydxag0UUmy+kGKdBmgfU116eSKwO/07vTxzU9+1"
    "ARpCl9bKXo5R9optR3gCVXZMJiKiYMS8lqgM+6gkEPabK4juN+/fF4krvn+fHVdk99JBcm"
    "wJIgPZNSEjIlAVUrIqpISHvvrN7D//P3bHvro="
)
