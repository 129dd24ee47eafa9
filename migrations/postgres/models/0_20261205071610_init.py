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
    "phone" VARCHAR(32),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "mfa_secret" VARCHAR(64),
    "is_active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
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
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
);
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
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
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
    "account_id" INT NOT NULL REFERENCES "accounts" ("id") ON DELETE RESTRICT,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
COMMENT ON TABLE "journal_lines" IS 'A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel.';
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
COMMENT ON TABLE "settlement_runs" IS 'One platform settlement file reconciled against our orders.';
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
    "eJztfft34zaS7r+C41/iPlfx7TivXs/sniPb6rTSsuWR7CSz0RyGkiCLbYpU82G37+787x"
    "cAH+IDpAiKpEh0zdlNYhEFSh9AsB5fVf3PycZcYt0+u9LNxdMEL0xreXKB/ufEUDeY/Afv"
    "cg+dqNvt7iL9wFHnOhtvO+pqpSzocMVi49l1dW47lrpwyJCVqtuYfLTE9sLSto5mGuRTw9"
    "V1+qG5IAM143H3kWton12sOOYjdtbYIhf+/Bf5WDOW+Au2gz+3T8pKw3r8y2vsy7LPFed1"
    "yz671B6HhvOejaU3nCsLU3c3xm789tVZm0YooBkO/fQRG9hSHUzv4Fgu/QX0C/q/O/hR3p"
    "fdDfG+ZURmiVeqqzuRXzxXdp+dKMrt+F6ZDu4V5UQAo4VpUHzJV7UZAI/0K3z7H+fn33//"
    "8/nb73969+MPP//847u378hY9n3Tl37+t/dldmh5UzHMhr8Mb+/pFzLJInoLTT/4N5NRHd"
    "WTYouxQ/+J/Pg0/ldr1RoY7oatwJB8bdVY4NRKBLKJtSA/MrkWAfJ5ixF8sFuN3SYsvxwE"
    "ggukGTNj/HB/gUyXbZMCi7NRvyg6Nh6dNfnzhxzYf+tPrj70J6c/vIlDf+tfOKdX6BrsMG"
    "cPHl4qqpNG/pog5mgbzN/7cckE7ktf9Cz4j2pWoclnIgfn++HNYHrfv7mj029s+7PO4Orf"
    "D+iVc/bpa+LT058SixJOgn4f3n9A9E/03+PbAUPTtJ1Hi91xN+7+v0/od1Jdx1QM80VRl1"
    "Egg4+Dj2KrrHOXFy+0jarzV1fnL6sncuaLFlhUf8VqfrKqWNTrwdXwpj86/Y+et1Jk/TQH"
    "xx6rt8mnRye3EsTVkwBcc3Fdat4xr2zS8Ga+jONC+1/K7UfVfy2ff/fDzz+8+/6nH8K3cf"
    "hJ3ks4eOHuYH3RnLVmKJZqPGKOomOaOlYNPrhJ0QS8cyLbPXzzNJjxeBQ73S+HCX3m9uHm"
    "cjA5/S6xqdOo26ZrLTh4U8WGD/ZOojl1hqnode3jmAbz3U8FVJjvkq/LnQ5DLyWOC7x0t1"
    "h5wq8iKMelqkH6uFp8DOafimiKP2Wrij+ldEWi8Kn0Oyk8MynzWE5IwbmcPiFcG1tioEYk"
    "SgHakMXTKKLUql89cS1LClca3femhbVH4yN+TdmWCVB9p8aDP03HwP13sHuCT3dPlKW+hG"
    "6Q6KYiv538Yuy90q7606v+9eCEexhUAOsoMlW3DoKiyCbOwBi65Dug24fR6IRt4Lm6eHpR"
    "raUS28n0inluJj4Jx6Yvbc43yU9UQ31kCNGfQr+4j/50ra2cE44Lz7vQ2++8s+nAYl67k7"
    "GBkb1Yk1evjpeISSJzhUz6MZ0MbfBmji2kOuyzADh0Sp0INlItjNQX+s/AsWC/OUu6UWq7"
    "Ccez+Gd4ttCxTBV0VMuxqVvkX4e4Hb8Wn+OBL9Fsb2KwHmmfVoY66I/P82RJ5cWinqmkqR"
    "LuXS5w2c7AmGAzvsC2WIqdcwZiY1lmiSNisMCtXuCFhSnwyvxVzKhIyYGtlrbVjmcEt+2R"
    "ASu4jYiCFSy/FdxVaPPM4Al57U2GV/cnGa+y5jZuy15gRcFNvb3b5WWgdvet6Wgrzd/mPI"
    "9DalBvv/fBiIwv6IS4X2MUFaNcjLn5BZ3S30r03DM281ls5jcXSEW/4ytzgzbYtsmvRI7p"
    "uRN66MXSHAcbSDOQQ+aeu7ZmkEEpx0RTN54ZBAHDJiDQm6jGEhHwtGds4SWav3pDyR0fLd"
    "Ml1z6Z8yz3RsKD8SfF3HHZDzPwF4fYAw7ebJ3Q2wGsqg6xqvjod4FJVTIk9v15gZDY9+eZ"
    "ITF6CSKP+wO85++KRHjP32WHeOk1rnVgp3H+dTq+zbUPbJ7PQls46H+RrtldNBRy4KVoxB"
    "wVAaqnN/0/koBfjcaXSQ8EneAyAf5WfdVNlXOMZGMfEQHoD4B+98ItQ4vdSTfIJNkSTUbz"
    "eG4i7Ni7we318PaXC+TLz4zp4Pb+AtnYcGbG+/5wNLim99N0vExqVkWOpSKHUvaRlDqQfN"
    "WHszSZik1UpDmHxdt61ZvK/D9JhTKFa75/miNegZ+6ncagFG5qXbUdBVuWyXFKZetOcakG"
    "TzXB46yk7nT+448FjikyKvOgYtfiT5ZmPKu6tlSoPiSkQKUEm3+Vn/x95RqeHTt3Nd3RDP"
    "uM3u+/6lqPxl/w5PVWJuK6E4Njrs3HXOCXK5FhE5OUMOh6Qn7gcmzor/4O7Miy+w9L7qq7"
    "22XJVY9Lwqq3ZdU5Dzv79qmA2xEd7HeWudLYr+b71oPrvf1u9a03tGXJuF+Lz7g2Vhyxjn"
    "TzFWOyg0W07oSYdGp39Z7htWZhRZSDGBM6kIjYHZWOQ0RcmJuNZts0Vkx/ojLfCpwFfGEg"
    "M3FcLiZvf2YfA8F46Z7/WszuFhCaOv8uO0i72kd9Ghv43iT/qJn4dNRFqIz2VLGqOsWO43"
    "1vvqoaXC+gqtre0COqqoLxX1kDv1WlnGarr8+q7nLeWNkezFAAgpAH+CjBm5H9BIA3owZv"
    "BnvVcl4NwSs4+5UQhirAadEpRS/v1Kdryv5b4B0blYEXbcaLNlZxZ6urr4oozEk5CVmD1Y"
    "O9VW37xSRn5Fq11yJopwQlhLsWU9wy9YxtvZ9DFci2GeuT6Yfx3d1gcoHstbndYmtmXI0G"
    "k48XiKBjPc2M6f14MlBu+rf9X9gox7Sw4r1+ydi7BwrdlF7ZutaC7C766fvhbf/2akC+oW"
    "ZQZGbGh38o/esbWsZw/ZkoEhtazHA0/G1AvtZoRKUpyZzYY7ru58SLrv3bIkv/NnvlU5XE"
    "tmTJhA60UKDUcrfNX1izk/sFL8wNY4fw9J5skJNylWAt9fuZILZWHcXcYkMY6rggYL0P68"
    "1KJWfYwsIcazcb6LiUfKdH9ThrtkIzlJ5FaxHG5MoVIiz1Wg72eGcrEXrcaUU3HzVDhLec"
    "kgPyMqcsAC2G7BqOpov6yJKywOdrj1MM+Hzy+0Kz+HwCvtBEQfVoJ4PEi80Xf/9xgvUwx5"
    "kfb0z0UOjYZsgKPMbJz2HpuPIwhXXqZAQoKJlwIEbUby5hgYl4Qtbyk2s7G2wcvKEc8tz1"
    "w9k6+7rNh2tjPuOqwLrx55IUKnIAcxNnRHAa0zkkxcf3+jHK3YEwjchUU28mmc4poVhpxH"
    "u542vzIQ0YTEWe0zj/W8JtuFmplSF1480lCUolou+htpARhY9qE/nReCWmw1Qblt+V3w0r"
    "cUHV3WOG6qE8IpRHbDOiKZseyiNCecSWQJtXHpFPw26Mj3dpqUb87Rm7kKsDzOkQoOTJ9Z"
    "4X5YkBFa+XFxYt5Wom1uHSXRzqwLnzZpHM2qnrILwi8Dya1ivvLAyv5R6HC2+UVkdq9Z8n"
    "W9Xy/XDsy4Ex9PUeksfW1mtmj9imxYnAZu7ZYDhQF5KGpXdkiJmWMRnIrN5rW+6O5QPNoO"
    "g7plsIF7WCYlsro0R8oUD8WtOXZKoDY/DS4R1/9htWIdv2kjqKDnlnaQs8opmnHCVydzFX"
    "i9zSYQpNXy1Y876PmAjLeEVkXp0ooLSQvIoWa9UwMAFHDTvh9ZBpobnprP/GasVvTCJjb/"
    "GCVqVHHvfSm+iFluM7SUBd973AFwBqbmtOkLrVXP+JEcE3IiIfDb36FCGvxOnKMjdpkPMJ"
    "nXFJoO22mbbrrZXDqXpWZI0dXtkzWOFWrTCkkzScTnK8WH/LnqKanQfQar25IGrkOHHw5m"
    "C72LflhmSuDuq2x7WOGWh5FnKAahErWQmXs/KIS3gPdl4+uRB0Oao16q3Hiuv4y2k6FxOT"
    "iS7VSPu5JPzeIycUUUjKybQGlcVqyPEiButOAPAsEKaJneUH6loxT27HcC4crEk+tfs5gf"
    "QNeTi4U28WSWHdPbVtIgEGYR6uThZGgPK0sV2wCaiAnToz8xSuBVlpIfe0P146KmD19ZUg"
    "slJvU9noN0vBfI+/ZJwMCTEJquHn+YEHf9zHHIapgsKhG3g0vv0lGJ6sMpxonvmIlY1mKB"
    "vTcNZCLTRTguBATJsJDCXy9JSDNyYI8HLqKJnWxtVVhSipj5zzObuOUlIOwOWYuGusr4hJ"
    "saKdcF5FNi9HEgBOAwxxsobjZFAxKntvy1UxKrrqLO1NzFkXFYGTi/Mg+WRcMVQTUuAH3e"
    "8HnQdZnQd66cLs0G7t26JuuujzmsFU523fCoAVoKW3besWBTfx2B6QCWA/uYcWuZLK21xr"
    "+J5CxXEQ+wjmtPLyFwkcw516ifTAMQyO4eM6hn8qwggno7Idwz+lOOE0AUUE32C8BK7guh"
    "Ma5qolejBERGTrXlD90UB+pVDfgmB8g1t35v6AVz81s4GLRI2yY0apiBGwy47KLnPI0oo3"
    "BE9INYf/d9+/7UwVAM141QxFI6eBpuoceymnZVJatK7DJHVQd/Y1qJsvik1rJyvO2sL22t"
    "TFkii40g3u7K7s67nqLNYKNSmfMAfh3IhHShaiHsWjHhBmgjBTa5QVecNMPqlSlGwfFZJJ"
    "H62PGR4SXA+mhctWLKWXIoVHd9cBjnvGK2emEyTi8T35KU3nUKQu6SSyIsQ05ir6ncgK0B"
    "Fb6HQSryP10OkkVqyJjlJBVjXrpCPbQS4Uko1VNXEzagOINz4ZGs9k/5nW62/RWeWgboi2"
    "QNmdXVdEX59g8uP49dr4A3u5oW7muNmdteTbEj3H8kQLl3NjsyDNoMabjdHL2iT/pM58RK"
    "dDmo1M17G1JWZl1eaqsUSqZbrkX/Tv6ceHb2ykq2Rk0PGdyV0gMgE91mxksJo3icJuDdx1"
    "Zng3obLUWKKfOWvyDRDrkIo+/AOd2uYGmwZGJg30k6lVg8xgo436hK03tOScxSYjs57SZw"
    "gbyzM26RmDmqhJi6c3UEuuhZwB/ylQDE6hpmwPdFwK+AN7g4TESHV4pCgK8cBwNylbNh7t"
    "DqWb8/NvyTNMERMD/ORucHs9vP3lAvnyM6N/dzcZ/za4vgiOieXMmAx+HVzd088s/AkvHM"
    "/bK85EKEREyOEhJJfps/NKjWeH09cs86SJyYBrh+Mopa8unsZUbPPvpNtMpjm57t/0fxlc"
    "oKW6IRrOzBj8cTec/PMC4S9bzXqdGaPxdHqBdNO2Z8b78cMt2fsr+p6eGVfjyYQ8DcPx7Q"
    "V5OVsWeR7InDNj2r+5G5EZbXWz1cmM0w/jyf37/mhEPlqblkO+tj4zxvcfBpML78XcjoeI"
    "aA9iXCl/vHRcnvMffyyALRmVXTyTXuPF18Re11EZ6VD+oQjj5IdsyskPKc6J98gqNP7Cj+"
    "zwUU6I5YV1Omvn8TCmURkOJ8qzsoSZOylRmV6pDbN3LLzCFiYv1ZJrwZeXKFOq4fVY4gWx"
    "1MtEjOOSUBe3zXVxPZNGydN6sx63hKB07+paNKKIY09MLUoJSod39Y4MIL1kQy8v6SV4/c"
    "wFU4FTchLpDpW5R6CFd32OJ+amLrFxOZKwdaE86ldRiL5tIBelweVVoucXCIDSqKVLo/IB"
    "jR6bFSD7YOMO9k8qiiznHRODmHwPdPswGp1kqGIA8B6AU9pnBrzZ1Ng6Czd4zE8OwyWkhG"
    "YzWiLU02KdCBlBmPyNdNNB5gpRLsf048MZ/YdN+RwOUi1MiR+Izf2tn4SD1uozZqPZx+hF"
    "c9ZklB/V4ncirPFe3IYQ/ikeBjmgHcQxCSXdiU81RiepPkK1e8iEo1Qc0a85UtWRWF+TJ4"
    "QYgOAQzD4F5HUIguFfq+EPhmkFhmmhUnWQoQQZSpCh1NK8G0GLOvRxcozqqP8z264OXIhQ"
    "GVEuoxQqI0JlxC4WLXrSeGWhi/HmA9k2A33ye38y+DB+mA4uEDn/8dp0bcp0vx9PKPHdIR"
    "pv0sV4HE47sYyI8SRUpSsiIh2vqBYel851IeCFtlH1DA4E33XgiZz5onJ5sAZXw5v+6PQ/"
    "ej8l6hOFfsRUbVXdy+ISwdWTAFxzcd1ammlpDicOl1eWMhRpsnZcV4rHQQ2zBmqYpfxOxR"
    "wl6mp1mE1Lg80S0lCSZ4Lfn7eqCkqdPWahNBA43sDx1kqs2MPnqE+HFi+bBvPIChS5Ytgr"
    "bNmK6XKMExGs7v2p5IdKyymOBEj5hbmqqMklqWqgEz1esbFtB4748jCNyFRTbyaZdlOdQZ"
    "QJJmr6c2YcJXq5lxdKsXYDWxZNyct4liyg0kh+c15xqZUHYmoN8pJgdzIN+k3N4EDtYgyG"
    "Ysbb6fkoc/d6933T1UdhPgv5+D437d5rfVw2Xl+L3sLdYJEwd1KsOWy74jhte305zmmwc9"
    "iKBAz7V/fD3wYXyJOmxbNupw83tJJcsEFodbnRoD/1qsvptGxmS6rLMdIwtktQZeOSjZT/"
    "aAnjuE3E2ACkXGYs8KGzny95+dC7YttitOiUHGSZ815utH6zGN08IgKaWAHCeRBKOZRyLl"
    "lIppcknUf2VYF86N3jXQG2InX4W3YiFIU3dRwKU/vrdI15m5vjFAt3/Z4a9AUTdscGWrNC"
    "7uT/PTcaXqKVaQWZtD0U8JTZEJY9eYbUZ1Vjy4/+kwxU2AzfhvI9ZOBnbKG/o7fprN0mbp"
    "iXuhutc8Emhxzeo9Kl/dUU0WN2EmCcp8sQeY+EAJ5REQA0Cai7XZa0seKSYGO1xcbimNb8"
    "fmtiZkBUBMwAqD0HpdE6hSdkSB9mrIqU7oJacyLQiteamwdVnQ4EV7aGoUlko6/sAxL7k/"
    "ST8hyiBONFEtiBOyuAVe1OpQg9O8u9FGdwF292WNjnhJFlvqAttvzya47pLtZ4+TfWSJBc"
    "soNabn7dQmSvaRm3WBF1dEqdQHTQJ9O1DFVH5HPr9Q3P5VT7/SAJv11epfbX6U93wROkJ7"
    "SGEQaN7Krb0dDIDhrZQSO7/dgKpvvTVtpYvCdVTEwa13jzjcG6Qszu6hsYONm1crKBZpcN"
    "fTdDQEVodhACghBQd5CFEFC1eLo2JYeJABqRAGIttBsqBHJ9ISCIWVYcs4SYWmUxteQ5Ww"
    "GqcjcXirxaWtVWKB6Ey4omRaN0+2JJseigWCRpsVaNR0wDOSpi9yXfdjPHlhfksd2NjUxK"
    "Eg6uUjn82VV1pDl2SCqO0pLzI0k13W9/JOnPmHvEt+T/BWUJWlmWQPqqupPB1WB4d0/zXx"
    "eYfExd8J4DnrrfJ4P7h8ktvei4ljEz+te/Pkzvbwa3RGAXapsZv0+G9wNl/P79BXqxNAcr"
    "5mo1M+4n/dvp+8FEGT/c083j1eqh9ZEi14a3kUuawSr6Xn2873/0qvp6RaPoN5kOJjSb13"
    "/awtTdMHN3Zgxv7sYTcidtszUtpx2BAf+gEI6wpeSk8V9XzpUXxjYtCOCKxC+zUG0+ZtlZ"
    "lz/EC+uMF0LMCmJWELNqLmbVqF0AISsIWUHI6vjIQsiqYjyhdAmEAdsIKNSCyYS3plowEP"
    "2DjMVOhashugrRVYiucqKrrONFVmQ1aIexJ6oadt9oT130ryX6WFuCW7iwgvltSTnoOrvX"
    "U9nBesfm1stZEQnkju8GtxeISs6M6cPlzfD+npY1tt35RnMcWuv4bjxlH1GvFf37qn97NR"
    "iNWEFk+tt1vS3VjyE6Umd0pFu+ZciHqMa5HB4EJdY9KdtIVfFjKJttX+gAk9yV9s73Essc"
    "E4Q1bvMaE5PBMimFZf4q5t9MC4KbM+03XpBf/mhagtgmpABYDrC+BiG6bVNyAC7EOiH7qQ"
    "3v0xrcycFBWgG+V5GpunU6FIU38dYpAm94mIJzeR+4yfdOhos5QzcDfPfgm1ZHhX340W6w"
    "RmVtqkdkLonO5PrrEoag5UU7AlQLRDyUcDWrDXv8ubsFndwPtUMriRbERF5t2s1FrIVmXA"
    "iUV57NZboGfYeJAZuQAnsrDeyzamn05a14jjMBcDmSkIKUhheqvh2r6htQ0YEw3Xo8Q1VR"
    "nDQdEQNsC/J8A5W5Cq5vMFfHYBbi+0b2WMyovepPr/rXA6D8QsGfFoB6UBONOr0K935RiB"
    "OOQyG81svzJQRlJYA8KZejICwXIsadTIgBdZL9bsmok34HEBwsv0AhnH88DDyCZDjHzOjf"
    "3U3Gv9EPA081LTzz6+DKH/gJL9i46Yfh3R3jW6617dYbdTUY/uaNWmDtGRiXXy/jMoxyiH"
    "OyEqLAymozK8t/+MswLGOSsMptXuXgPC+xzAlRWOc2rzPw5LPfmfLy5KFhuGyrznnYU20t"
    "gU9dq6t+ZZkbpRw9lScKLntuxUZftxDdwmlB2MI8eH2nQAl8U5IAMCec55tAovCm5ADcNL"
    "jkzVfu+E0LwuG7P14ae2lVEIT6CrIEeO/5AmG+yP4EnIvgnH6gC6AcfYVVALPcnHbO+x6y"
    "BipFuHDWAF+/AHz3ES2SKlUBeCNWBOC794RIWlzHzXoJ6BSQ9CJOT8nKeUliup+mUlfGC3"
    "BVjshVEUu6gDSWbBOWYKMEB6cYpDExaTICKgP2GFz/lr24gerfbjx3DcKEfFdxKUB2v+PK"
    "iRBrD1ThoxzdjoFc2JcS32DA8pee5d+y91bnSf5ja8ln+HsXenl2k0mH1FIhgPaGNbBOp8"
    "ZfHGwZqh42aQVL6kiWFFtuQcp/VAb4/ux35/H9I/u+DOE/Il4XL7wCtE/uxlNWBHlm3Axv"
    "h3eT8S+T/s0F2miGtrXMR0vdzIy7D+PbARlFfgSeGff98WV/TO6umnPVnBm/Xl+gT7Si8j"
    "Utp7wk/3U9fvgn7WS7NN1X2sT240N/OP0wfrhAT66q2WvTnRm/Dwju5Gt9GN9doBdM0HIU"
    "cmU7M0ZD2tlWJybqSYl9UH02QPTQE3jaEmKl9kDLXrB19/lre4ZN6nk72WJjSRETfegGt9"
    "fD21/I4+LJk4enP6RPj6rRNJvRaHzVZzk1qs7Ck6xg+fDqoyejLZ6YTDrN5npAH54J/Ywo"
    "COQJsliizfjmbjRg8y3MzZZqOxnpN0GPay9Rh3a5bktKju3OHdMhT5NwBYykpDQur4aLYC"
    "w1m1XBEV+BpCSsQLkVYI85+VolnoGEJKxAuRUoeQTB+VMB9vTdKA59VAqQL4e8hVcu+bEl"
    "0E9KwgqU3fuvG0xeoBtM8BOyQtKS0iUpV69sUg3b3XK2umnqWDUykA6FEgjPiVRdEIefNJ"
    "u9eDkej+jMYS7T5TCxh28fbi4HBHaGOhmkOZmHC4tGWwr7QGBnpwSl29jVG9ghZsyVUwrt"
    "UFI6uGspdhDipi6XFrY5zo17/CU/FSkmKwHqeYmSgz/uY+dKgO3pTf8PBnuYJzka3/4SDI"
    "+sxdVofAnVPBrc4FtdXZTrrxQVbCY/uNHoRDfTg4skhTObqsSC78Sg1EN7sr/T6wuFW76G"
    "VQ5DAWVKeiRkYaVbvdJBeKfMSidkYaXbvNJQrkU2fYyz7KlyLdBGUMo2gpIDu8GbuSiHPS"
    "YDoO4lsHt4pQEWZgTfhBN1C9+ilODYxirAtD5OlYWOglui5SX0ZCwKbtGejEWSpwOizoEJ"
    "1Iytfu3P1UFVMTODOsYKfcbVADWgE8mKkubgTRUgDck8smK0wbatPh5atYDBdONNJStSPp"
    "mhCqTuvKlkRcoj3hwI1IRNIi9ElN98MER0kolX40hWpKhXv4LnbupPIxNMtWcDhmpUVlZg"
    "VM/akx2oxPS7vWmCJ2MDI1t9JsAg00DOGiM2zTe218Rj6/SQaqOtpS3oEHJzXcNLpDnolA"
    "KAjeWZl5R4Fgz5a+F8OQu/xF9vLk4S6Ddwy5mhEnlzY9JfSWZD5MqW3Mu00Nak691DL5qz"
    "JnPaiGxHrCPVWCJ1Q+WRZqAVNs7Q75bmOJgIEcMDqQ5isWy6t89Owl1bWdWZPIKlZOmSjd"
    "Aqs5MqnzRDiFwZjG+OKdJYclf1pMoFOZVEwA3GS0fDqZ7Wx84pEWxDARl37vm7Ilv3/F32"
    "3qXXEj2LNuVSn+JyMtVcaZoBz97NAqGCnYA0SQeVhV48lUcwWBiVgdBLGlRPxRbCNCoi09"
    "lQVzjLDMqgHBgRCMupdAzeojGB6L7il2E6Yn0bz9+dZc6G3vB9tuzO/77fkJ2yygBordmO"
    "ab1eICJrvSJWr0qjY5iJZ5jsDojMxCzDl7WJlhozLunllzUx/FL2aqUzg93YamUk225k1f"
    "rzilfwFyEhJp2hU70N6ZglYI4JAch7QYZ8mTrzZaCPYjb63aRoFkmZAeOgeoPLtUUhjUiA"
    "BQvWVmPWVnLXVgCq3KS2yIMqTGer3YBlXKQs+zUgKu0zX0NiFHS36NR52csxA2mtZtEqFl"
    "EZGYMxP70tZJ68zbFP3iZVaOgiUpkKZWiOQqkSWDy0lZaVCWIornjsaFfDK0DbTSkl6/ul"
    "ZeFRKL0QtEWRX0dA7JSPSknzFFTcMGpX0lcA16gYAJsOpj/a4kdGVEoaTBs+KcCpVv1uhl"
    "5d4FNrgQNIzKcGjaQqaCRVJEHUwja2nlmex8GJM+FM8rgxOflFSgUNib0kI9naEfMyjKpA"
    "K0gzkg2v2v3aQfJolms7kly6z7sdTWktlmfkSyBzhVQjTPpRVw62vrVVHdvIWdPwMJpj5w"
    "Vjg+Xn0H5BW2wxFhXNFaIkLJxKBWKTsDnepAlcDd57ZvxFZ1FU5y+k2Yz25WU4Uec9srUl"
    "RivNsh3E7qU5F2ROdbVCK5PcJbgf+WL+1+15t/W/hj+ICZgGLsgn+3OnkKgueZgsJUhp8b"
    "+p1+UNKGeto5wllisdbtjfLykxRZujDye0TdjdYHIR7PeZMb3vv3/vPyLJp7pIZKJIkkh2"
    "ikgqQWRuLjlBiey4TzC+zaiXjPn8+LZIzIeMykSXXesybQoKDVfCmgpeQoIrHhGDcpXtqV"
    "uYXl8oAQd5SJ3A1NqoYojuBGCLAnMTvMzt8KH0DvIyQzHNgrBmF9Pc8TeBEls5JTbxwqoA"
    "UdHqVh2Fdveybh/ZOKhTl+WUjdSx2+eUjVbPA9Zxp971vRxPoHhPyGP0gmyQcVx1PiTUfj"
    "kyzwd/cbBlqLpi4ZXIPk/KldrtyXfacc+SmgtJdcvL2uzWl9fNCh4jsMhbooq3tXKNXwqZ"
    "o4XviiRn69+RasygeHfqkc5TvL1VJaeqiE4SE6pG/W6RRvL9eQGN5PvzTI2EXgLlu1XKdz"
    "fMy84W2yFapc1rI5R3ggQS0sFbS8EdVmVLXT5TxapEog5XHDJ2yh0mYF9mL4i89iX0pwS6"
    "R6cwBbrHwXCCLyQT3nrYCRDxrTLiC80oj9SMsl4nXphHx3XkRbPs8px58bw+8Oh16sXUy/"
    "HoQWGpyjQo8vowF08cU9s0dawaWa6NUCqB6pyI1QVrsIObJetfjsejmP12OUyYz7cPN5eD"
    "yel3zHAjgzQny6om5lqZCiQ2FI060J+xq+VYygLbycEh0gIzTEY8c+yw41gMbQP5QJOBa4"
    "vtHu+qzFzJ+l8nwU2dh8I1Suq3G4Itnmk6RJ6BvdaD5Y0tWCChb6DJTf8ilvCv2k92z0/4"
    "J7ezzGci+GiaSxstzA1G9KejU1+jot1NXyyCLzJXqzc9tDEN/EpGY5uNS5dFaOSOYP60y/"
    "yhR5wgmyGUACpDIhKZpjLkda7ZX63hKC1s/GMKBytfuF7DZPCPB3JqD64vUDjHzOjf3U3G"
    "v9EP/fODfDYZ/Dq48gd+wgvH++xqMPzN+2yBNX/c+4fba+8zSqHxvxME8KUP4PuUKWEDNy"
    "4HJi6E7CFkXzRk726XJVc9Lgmr3pZVDzCKLHuqDF8kfFOmNEeWOMTE08fqWjWWeglOTEoO"
    "wAVODJA42u7ZKug4TJ2gFSAse7WJrLdOAWbH7jCtAGe5mR2p944wsyOaUrCrDpsw5wTq/C"
    "Zr0sqBO8fyPbh6dJCgJiFCUF07A6Q64yFBhe0TTigkvNbLi4IE9b6BQCVXBCGs4y4WRkiI"
    "QSxhbyxhoVqWxlMPs0GOiEjnd64eYHoiPZEvILiTE2LSAV19yRG/aVsJT2NcEjyNbfE0Qk"
    "rYkd1furlgOq8YtAkpcIKBYxEci+2x6HoHORaDh7sCYEeRqSTFNnEUZpARIUfsSDlilbp/"
    "oF1YeQdQVipdEtP9jiBIp5PQGwTpdNBjunJMj9CNHtqm17Cl56qzWIuZUlEROCYgHbFhdE"
    "NdRaw/elwKkN3vArAjMcQDTaloOLJjIBe1pxIbDLIT63K17M1OTL3eKsD3MphHUmyj7/RW"
    "JX1eqjpdmYHhWK8nHBs3dr2XZ+P6rLS5J6CQR9XSRFpjL9aq4XenRt5c39heu+nlt8+q7t"
    "LMSzY1OiXKfkaP6zKTcOzpPyNdsHatoldem+iyhjZ0ja7Wesm2yMnepFdEDcmYmEwaTMPG"
    "5CHdujvRpvt+fPdwRx4sc+tuZ8Zd/58XaKu+BsmbQermzOhf//owvb9A6vKTazsz42Yw+W"
    "WgDG8vyNlkPWJFM4LPxg/3wYem6ySPtiKUBUj5rLck9nmRTupkVDbA56lu6seIs+4Pp3TP"
    "NxujEott2Oo6Jh37qK+ZwAQF8ms9bI9HZmnbPq7cAevZI+rKIQensE7IFQfdsLRuCIy4Ou"
    "NnUMTgKySZlslhPzxxvXULXK+zvvk81bYBXNTVmZ2demxf55Vq4QneUPysa6xrz5jv8+SO"
    "6+X5PhdEQrF8EfqLqYyY95PMgIIZ0Mq0kMncmZq+JP/F/qCnbw/Z2HCQaiMV/Y6J7u0g25"
    "3T2eYY+QmniHy4IUcMEVrgDDdpnXfb409ld/G3R+DtWZLxBAtwr7ZIZ8t2r0ZXsKj6FhGB"
    "142Qz5QPaBf8pK0xrv3jhasTZ4QCQok8XbgaqJs8QHKQpapsMjsQb7Y6+W3cZz0nOzAuJu"
    "EWrSE/sOVVM1Ob9GSLjSVFTAzwk7vB7fXw9pcL5MvPjGnwiR355J796cyM9/3hiJbDXKma"
    "TgtkTj8O7+7oB/YTy4tsR6xEdeimdzgLmPlKjIoAbzLVj9V+FDt0QgFw5u8/bXTVdhRsWa"
    "ZQan1cSjqnfi1VXekhVibpeydWgTOuZbu7I763AJNCGd7gcv2aXK5QN1a2Vec87KkqXOBo"
    "r0rTA0d7rY72kA9/JD87dfad8Bzr7EKvAIuY+QstL9oOqbKderZ7OZ5j9u8UrNkWRzBeQh"
    "dS9bW8CBzcmiLZ8O4kpDPmirA1s7maKabmXLOc9VLlJHpn+5CjMl+zFxlMpOw9201lGVgp"
    "oCy3BODuK8umu2U/Oa0te1dy1eUFG1O0vyLyhqM1+WZo/sp4Hh4wZ+gvG3/+i3w5+pcdzZ"
    "7zb0Fz6uj4ILiHTr0t8KaHXtbaYo026hO2aSfFZESmqfvOjC22vvXkka5tNAcRPPC3trrK"
    "IaYE87IDNHwKyJc6jI0CpsKBpsKCbHYRXTYYL11V5fO3RaISb7ODEm/TMYnPAhvWH93c6/"
    "i7Vu/YLofsXcO1cbDChSP2D7cPUxpw96Rnhv8X++/BH3fDCf0Tf9lqVlui8c+qrpFXuGVy"
    "Sj/kWxxxSQktjo5YGIVib96es0sYlnHJZpa5JQZ651YZkmSrfnHRo7tM6NKu0hUDnITanh"
    "jbdK2FkPK8k2jQEbzQVW3TjDe4ehUDnJrZ0INTE5yaIu+jXJp5Jq75LPOvF9kcd3HU13Wg"
    "w9hzTt5HJuwY1EUdx4ltVqAmHjjlJUgVjW/vTO989AHY56VXgq0EBeC7aD8Bq+UoqQrRry"
    "WAcUJMOn5LLckK0hfu69+MH2hqmboxXZpcdj2cXnmfLDV7QT9rhwPb+37i1YrictJklTVc"
    "oyjYC8p8K/C2TEg1GC97S/7X6ldnRHkiz00IlPD25knDJi+3yZ21he21SaSFlyElCmtQbg"
    "28aONSfRXJG44LQRm0LFhbEf5tGdIdccUWinJ4a+Vw+lYXWWOH17gaVrhVK+yYjqorn13y"
    "LxG/cFxKmndTZcejZtsuXiqhuVPUG5QQA2CTwG6xpfguTUY/FQCXJwqMu1R9UxoxZj80ra"
    "+apo5VIyPkGpVLwDongnXhGjg5mz3nL8fjUeyIvxwmNNHbh5vLweT0O3a2k0Gak6Ggarai"
    "LhztWRTwmBwAXhxwKI8M5ZGBsyFrrY62PV/dXHSO7ZAq1bEgi/BoWqKnaFwKztC9jJIAsT"
    "TI4oySyFTdwrgo3SGxvYQJD9HkqDDtL6GV+YLvP06wrmZEP1P5hR17WWXh/e86GSE+GYfD"
    "BNnRdPaVNQHih1zEj6BYjWCqYkJMuozF6uPhhrZ4EmbZRGSko39Uz7NRn8kutxTX0kVAjk"
    "tJB3MtLJstwUhoJ4cC8pW2rQ9gZa3anM7Ue1AOpSqBukVncvUHhrnFhliJ5p0EoLsPXfIr"
    "TUF4IyKA7z58dfyMhd50oUCDLznDtDaq3syrrnqlbWuyOxU3O3YCEFvMamNZuoElULUOo8"
    "sxVoG9xWV4ixxhWIdy69CR3OauntmsxYNuPmpGiXhJSli+kEl3QyTpwBiEQ7Mfs25GxiAc"
    "+hUuepFw6AZbj2TlyC81RYsXJAUhKFqgKmsIWgVx0cJZ4C0DuXgSeHKLxQKj5Gug24fRqF"
    "hglFV+OjAuOraWMuHNNSOJJRL0Jy4P1KU32YDMVSRq37aXfCHAoo0oDgi1B40vpIQIyAj7"
    "IHLUxwPx8d4C9+qjrBB5zr9qDqY7NpfU55Lfh51NfiBa06Cl+xWZCneybtIRGUH0kcwkBf"
    "nP6952R8H5UC036M9IKSJyByhoflSykOPthaJuS394Y8WhG4vlVd/4CBxZ2dB306cBtRhb"
    "48qAWnZF3RgtbTATVYY5ikpCV96rqqT19P2NZ8YGRou1ajxi2s0l0uPFm+wM3Zm2RtMFkT"
    "8tetGcNforKNNuGn8h1cJINx3a6UV1/HYD6P3w/Zi1don1m6n/dnuUraAWloVXhyldeUFl"
    "yfSuRuLI2doZ2e5CVQbC8fAW4UTppS8kN+hPbi8QVi1jZkzvBrfXF4jSO5YzYzL4bTCZDi"
    "6QhZ+xZWP6yf0DHW1hx6XjvZ4pQcuUmdG//vVhSovSLT+5tjMzbgaTXwbKkEgw17iiGcFn"
    "44f74EPTbUmpOqJg2mKlGXcS8hEyzov0HSWjsgE+T/UehQYYVR9P9L0stGFXpXdry4JEdd"
    "NqdyoU3xTnAxyXOrBXbssQz0GY0ys3iM+pK4dndu1leYZyoJZAdQ2ortEWqMELB164fc8S"
    "eOGk7iiRirJyfHG8SOxeh5wdCDF0sJ9BU6QbdOgXUw37BVvIMZGKwum+3WDbJr8l7Lx8hn"
    "7HREl2iIBp4G/pWYxiYWik6rr54nd39mS33m5LtINu5sYzQ10s8Na5QH+RN8xSc+y/EKte"
    "SMazCzYyTAe9Yoc1M6WNqcm3IAAGkxRx9UXbw0B89ajx1bwuUjlx1tw2Uq3yOrXGymt75+"
    "NKXHz9q6vBHXXLsbOCuvF+HVzdUzfeJ7wgf1/2by/QXDVmxvvh6H4wIbfVdCd93h3HLeef"
    "eGJGTiAhTXJaZcaNtwlKVM1NCwK4YDmC5diqRCRY9QYzkcBfAP6CDvgLjsza6S88hYHjJQ"
    "gu9fKcA6o3CCoOymXkipYahBqDvaIWE3TxrNFjwNDhgrvfXxDIthnok/6UXLlAqm1jZ2aM"
    "hv3L4Wh4/88LpGvqXNM153VmDP7xwD7Cn132N6UK3T74VCHDxYwaNLidetwgbNj4eL6ElH"
    "ZRJPtW14xDU7d+NV3LUPWRZnRRcT9KHtLQILvHMa3X31TdVf2vnNIaOKNyFQgtGK88BwIF"
    "Aws35jPB6Fv1mazcI0YLYkBQdzyafnxA6sIybUqqZQxdzbhAdHZWnQr9X/TZeUWad5WsqM"
    "NE0/TeGuYHNaddag5ZKAFU/dHgWOM0QnRLlIyLiUmDatOFyp5cMS/HTqAayDt/QAioIOnX"
    "a2wh0qswNvC9Sf5R0A8y9ebo1BIUdYHs9l0RvsRBmoqv3GXmIsWu52onn7yRQmlIQl6OP/"
    "26gUpgffh/Hhrmh4yeag/cbB2Cbo1XxeCUYMq26aMy0rlMqk+8DhjZRXnewfgDGd4tS28X"
    "Y3hv8EZoSwbjpcuVqaX0f+LQLgpyQqzNnqbWPPy7F6I40MC1yoA57TkFckQ29N0MkxchR0"
    "CmSoM9DEPMKoiYP9gy1Y7sJTsYJrfXAaU6IViQAXqtwYIoZNkWeIDofgM8XMUiCQdLPNcc"
    "ZFpIRR7b9Axdk1ePYZMRyDvEbER2E7Lw1rQcGy1cB21U61EzKDt/+vGhh4Immj1kO+ThRK"
    "qxZMU+DKynQwXN3LLi6AG4CJpyEbDNIe4fj4mBf7ycf9x7GsXBj8sB+uXQB8/NibDnxj/y"
    "RczdiIh81SNq6BimWo7BI67mdG3ciciHcA1dXj1aqJhRGRcCAjbvbabGWrsXtdbjUmCrp4"
    "H1IjKianJUSqb92rCWoJsLZoGL7eqEFOzq45NDJIQzx6GHA/7Agb68JB2hY2dGUade9LDM"
    "oIBwVIgK8I0kskgKbVxzKgAul6wkDGwxulLLDoXK+Eo8vawCUK8iU8mJbEIdLQBv8KqvAN"
    "5RZCo54U3oRa2qTnSHLc2Mu6bjV3p5wYCFbtp4qWzZ0MLRAE8KbUzDWZMvZLJq3K9oo76i"
    "OUYsxRtphq0tMdI4aQBlJgCef7t4/mzpRNw9oYB07Lw8IANXz8+Znp6fU7QR75EswRqJCg"
    "JppFOkEW/phDkjCTGwMPdTRgLIKlB8JGeMJDaXMGGkTq1nih1HxxuiNmTxIRIjcrUgOxwr"
    "xoqgg2mjEpqWuNJ0zNgKBmI13Hcf6njlINN1el6zkhfaluRFtdGKGJhLnnZU1bTAbmi1tz"
    "ZbubLIy4OX/pAJ/05AmrB6dXGILw5mhCcxvnNCTDoSf/URynZ2u+ic8hILq+uqszKtjaJu"
    "mDdSmHOTMYE0p0TDYbUVLpGUHREC3EumZDMFbSmOfUIQ8C+Hv+lapY+gtCysQsmnIKd4c8"
    "b270TB5pIazHkRDeY8W4M5T2kwhsnjVuYUEjO53MruK4e1ZHhariAdZScgExOoLs8WQauK"
    "AHToCpm4RSJ6bQO5qHdrt7faVDs0jn6uV8tfnkJOLfJjBfr9BjYD2s3geZwsTGBdkP9aIv"
    "WRYGtT/5Pl+aVsfjPfA+aCiF+7In5HING3LOmgbhI9fTBEa5lGZUANKaKG0AiosrLMDT++"
    "mp1FEwp9zW0uGRAOxze9BzuH553+qpBjkSWCg6NyztBsSnZcShrTuTIX6UZ1Fmss1JRgJw"
    "FwptILtdUKW5jYCCIdiBJSACs4MNvlOlthcoqW8dzbgPxhyNN66AunzNZPSsIKlM7XhzpU"
    "Xx+lEOpQQR2q9vldW1aHKs0S7NgJdpRSVH13qTkj8/GE46EOr/Vym1zRUYpuPraszRVwHK"
    "vVQrLdya5N6XVizs6ojHTOzjpKhvAz/LIB3knI56+vHl/y1tCcVw8jAZATYvIhXX3FYh8y"
    "QQZvVAiOi73beY5XRFdNI/zrdHzLR3gnkbQNtYWD/hfpmt1BYyEHVwpFzP4L8Dy96f+RhP"
    "pqNL5MGnZ0gsvkMb1yeJWzsmEPBQD18qg/a6rIYeIPb/AYUbdaMydJ9YHsbnmcGn1Ryutw"
    "osq5mKspIgFOpr1OJteupDG43O6lyJZqVb7qcIk3W9PBxuJ1ghemxS3YkR7Uy+3zuRuuWG"
    "x8Pd20FqZnqDzhV+ig1Q3nSrhmhRMFAgEJ8wSqt5TokyAArj9cQmi/O39XRHc8f5etPNJr"
    "iTwBTH6p7Shr1RaqMJOUkxDv6rdyVk5RNiElK6Xo603KiG9ee2v6/d+L2vNRmYNM+raB27"
    "RN3y27E5gO5Q3PlJ10HLX+zjI3pr8U6fp74cVcNX4bDGtZKPRrUdXrS5ghay2ivwTjpSuQ"
    "V308SDRw3HzQuMMq4RP5XXxwB4a7SbmZ4qaOL9tmoE/eP4xGymRw/XB1PxzfkknJFIqFly"
    "6Lfs+Mu8HkanB7r4zfv79AW2wtaA6luVrNjMuHfyq3yi9k3psLNHdfFUMhh62ymRk3g5vL"
    "wUS5mwyvBhdogzdzbClbS/MxEk18elsk7+ltdtrT26J6frFlrb+OQOp0Olla6soRjICcXE"
    "/67+8vEJOlC3l7Pbz9Renf3U3Gv/VHdDWNJVkGhbyOLfNZ1WeGd21wfYG8z/ByZkwGvw6u"
    "7ulnFv7EOMgzg0xFPyDyXurI8ZfUWRMdam3qJajVKVHgVpfjVpctigIFUapA38JbzLP1Lk"
    "1Tx6qRZW0HQgnY50SqLtzDT5q1si/H41HMirscJkC9faDvrdPv2LlDBmlOBtaR96Ay3wqY"
    "C2lBabZ7ZV4jqkp8djhO5UxUIxIAZyrby8JYEM+oCACaSrL19FmT+o/ETtuEJBy5AkeuXz"
    "6Do7Vn+5KjMs37kk/+vnINZkUR60jTHc2wz+j9/ktQj2+thznSCURoWZJysDSVLw2xUS3H"
    "LuH7jwnKRznriKc/ACmXY0as7zIrHBGD9W3z+kIBxjorH9nufKM55QKkSdkKnqN2UgyleI"
    "4CV2aJhU6Iwjq3eZ0997RiYdUWS/RLCcIJWuQEBYJJNvpyEUximQ3bZclVj0vCqrdl1TmH"
    "q//tOe9Q0QoqaUHIbuE4t9RYy9qC2CakANjsck9Q+KeOOn6hGSQKL0cSAN5fWUmFLuA1dg"
    "GHwlWVF67KOi0A4D0Acw7IAhBHlC1AeA/CacX0gOJrZDJd84JaB9ZgC3ny/d2UHTSFMiux"
    "Rber5uBNVXANyVwy4dRIokZ0j+XlbCT2YoH0DSX5ROzvtvI77dlr0jYpwSTIVskDSj5jH7"
    "NuKBdIRUvNXlDCoN8a2GBdgC28wGSudOOV6qaF6nqtZkJm555AgkSddfU6RvqVZLeDG15e"
    "h2wRN/wx+ku3bnmrbjAdai9CuCbFANv9riy2FyuwUcfBPB2Dt6iVGn1m+b0ZuRu4AmRjCd"
    "uSopt8cjOchEdOp2embZ55Fti+Reyy0Obeb5DdE/tn+vHBJrbRznZamM/YstGpQWynC4TJ"
    "H690UI/YUcxgCtyub3roRXPW7DOP9o5YAih6IaYTRpqDNJvaX2mDrbnbcit8xZ4h+8k9rM"
    "rX12Lh1VY3gK2euHURE5MotNSwbQEaUY3R0ydXMGgaCgCe+zVM0IUq1IW42iZ9OR6O7dSb"
    "RVJUd89sq3TLK3ao3BCF0fuRKd0yPiBXt9Q2W9Ny/HNK2XgiBVXMvu+L96WQuSJan44f1c"
    "Ur64z+jY28edEaq7QZOnJMdGWpSx0j76f2kIVdm0yx8jVBA3/xuqqnNcva78ZVKIMqMAxh"
    "UCaPqUxCIAAqJZWvlHQ3GdMqSdMLapfS+kj2zJjej68+XiDbMRdPQd2jaVDyiF5/uLsbDd"
    "lntktDouzT8d3gVhlPrtnn5hYbCvPz2MkTq8hC1tCwgC2LWKL1TqQdybz0ttIk80KEJ/tZ"
    "kDfCA4kWsq16VqJFyoo9jlEwZIr8r+b8hGMQ7C4WMQY+mXMo4CqX7gzqnSTqHbVWRQ2hqA"
    "wkxxZJjsXGwlz6vpOiKEdlpEO5+o3c9iquHKgXa7x4wktBxE+uPgyuPtKCq778zJg83N4O"
    "b3+5QJZrGGQRZsY10Ucu0NI08Mx43x+O6PCVSp5bOno8In8rl316mFmmrlPaO9EZ2nEgbX"
    "ZexqL2ZkQE7M3K7U3HdFRdscwXkVYocSGoGpgM95lPoohGJADOdLVbrxa1KKgpOYA2Ca1n"
    "w4lDm5IDaFOlbVVnsVZs7f9xtO/s6rYxoeZAPX/bFVixZZkcNmmOph0ISKdmQ6UfcEXGxp"
    "V3QK80Q7PXpZY9IQp109rjcU6vc8QgLLHUaWlY7TavNlTEabBgC1QUqbqiSJFqDJH+3wnG"
    "uEBlAS/gtWs93jG9pFABBr6BVwIlctZIBFH9QdactveJbbc31CrS7P5kbGDkrCn3UTWQNw"
    "HynzyaSUP7JZBv3UOa4X1MfZwsdvU35jamECDXWJrYpuzHDTLwC7YpAdKyOaUXar8bVGRo"
    "dR5JdjCZHDxEQRFx24UCkPvAc4AYjua8eqCkQM0LOMbE2hyeL+kOqb7bqo+Z6PkRE5NpDz"
    "eckYa/kK8gEioMBSBQWHmg8JM5FzMidwIyPQJ1mY+fPLbdgXZjjLnXMYCLWo+7fcVPWzsm"
    "oXLCHDFZir5nOe3X8n1LrVpC5Z/BFvPVq4Oyk0B7Bu25O8dunJrB2c15fRw9gQbbNx7Ht1"
    "1h98YyTVmgG4tIjJaeFiJ6cTAe1OLK1eKACCN4qkTFoDWswOECZgiYIWCGZJohU7xwLc15"
    "nWLHySj3kBzSyzNJbH+wYnujj5jp9YQ5kdVsncIfXo1CcVxDpJZk/myT41nVXY5rOVu9CA"
    "Wa1y+OoyzXoklADnD2E9BN4h2Ho9OmHOCpo65WNyuV+5IIruW/HegoZeMPg/zfLimBeW8A"
    "8ta3MOcYusdfsurVhRJSBBbzDpjBH/f5Z394vozGt78Ew5MvhGSgkQIhakRGpMCGFLAhdd"
    "V2FNvBWzHHdkxMmnyXpmO63p4toeXEJYF43B6lJpt4DEkksuiyhaoY2aJtKiIS1RyonVfL"
    "DrIN4kuRXoexge9N8o9qWejtWoSi/rvI1ivgwDusAutaNQys9xes59gJrwRrfEQvz+haeG"
    "MV1RtclA3sWshem9ugFdpGtZ6ws9XVBUan9AN2cUtr6OuqszKtzYXHz7WRamHkrS27fup/"
    "gV440huItOWbNxxicIM3BjuyXXZksE4iftuojHTO2+oLqrS/zG1DgfYaut1tt4pg0CEiIo"
    "UfJLF7z98V2b7n77L3L72WRjnL35QPtGQ+pwZ4I0RlwLZN3o9PvB4rOWgn5KQ7PGpB+wXP"
    "16b5JA53SlA6vGs5SeaqjRXX0kWgjspIh3Itu9rWHg1lQ/RrM6NEaEaAIC4mHdY1lDwkdh"
    "HXm5ID8k5EOoCr1+80m9jQjvbM0Z/zuXtRuQYDL4HZ0tm4y9a110q5UFdSFGAXgV3XlYVr"
    "2by6Wdkh3YRYqQOlQyGWOsK6FMJSUZCYIIS6INQFoa6WhbqArCfZqldA1osk6BAIiOrqOH"
    "4ngISmI1B055rMNGITdXArZFbdib0kfYd/pHFCebju/Mlk6xWf1qNpTXt8KFpkoimdR1ak"
    "7LW23WDDUShkh6I19SejqMkKWLSl5wFIPbmRdqIy4rQ1dW2hHbyjaK+ZOzrVq0xA1Ulaj7"
    "wPOTyK+NtyP4ci+Z4u0sWWHiXIWasO8lpuIMc0kblysHGG2IJeIHJtQzQPxnegPYGQdwuP"
    "xeDzNnrIfnLf/A0FR9QFuxr8dZJYgabuOzPobaDgWvsptWW6d2VkyjXeseuENdnqrGM+7P"
    "NdkC60E4A6uhz3ZKD/Z+G6nyukZCIMcY903OOzw+G0ZG5efzTs3PTOVcnLdbN1RPqmREWk"
    "SSGB3h7VP/Y/vn1b4LknozIffHat8130qBoriPgJ7cnpNeOcGZPB3aj/T699Hibvi1fWQG"
    "8ymI5Hv9G2eRa2Tf3ZCyoeX7XwvqISssALnipJMThZ0jWpKEKlHPYJUYjGtcdBn47LBI9z"
    "qXWOicI6t3mdIeqafXR2M/4GUdevcdWzoq4J1jpVbMR8LnEhKP2WpxOJtodKC4J3IA1vLP"
    "Yo3EOAJy0Ryg24yFPEjdSJkl4R4UqH6cTdjh0qRdOl4+cpP2M6c/dXALRg8L1lu74oyryn"
    "fj/WkfO4AqTl7j2XfncJN5+rM7wd5y9xItwpgtP+IDeHYFUozh1PsldtRPDHNm3odepnqN"
    "HOXpSq/KZHm3YhRklCmoPWZDDRRxdr2vzLYNeC2XpINZbskytLXeqYF+hu5MYzwy8e4KA5"
    "XhCQz9BDpNbATixdbOCCTaMt8WZrOthYvKIn/IrMlf89CYJZAfQ/4+ntsYWh2xGaMrRGfe"
    "jlRNjbUdfg2Jpczb7w9NNRAu2YsISwVx8dzosRZZgqR4gLybCvxZHmiEoX+Kyhi98z1ag3"
    "PK5mXhO/iJQ08bSGiz1qDubBnl1JPBQ4qJJ4O00THoy1FBJ3TEfVlRWv5kTeho+Jgaup7J"
    "4HDkvNvY+wrj1ji8u9z9zbcSFpjvPqfNWmay14iOZofTsR6TZu9ToIxKuzoe9m5BLi1V/j"
    "qkO8+ngvqWw/UCaqOd6fLqu0dXV/g7ho7XFRM4jbHAhw0QT3lm3gorBGH9x2BejClHlecC"
    "6aT18gMBfP498flLuLVMFGsXxOLyRlY7LIZNugF/J/quEkY2BhCIwmiHrhsjM0IIbRK2IZ"
    "eYg5vVIhuWZuOzPm7mZrI/KbNYuoPmTWvyHVS3tdmJutS2Bis3x2yT0055Wmu3pJsUQFYv"
    "ew8IJsHDv4UvReC5PcBy/P2EhvVvI19NeZ8Uj7rJOfYRJRZOo0tufdi/xpkG9kISr6YmkO"
    "mZx88kI/MXB2aC9yevr5aBDOa5GLJqfdVcMJnW1711WtqEWeYLFtnRCUxk/TsAtyd9SJwR"
    "+XA/QPQl8syzYuBKYKx0XZvdzFLTaWfg0cofTFjxfIfJoZd4Pba5a46M9D0xbvJ0Euo2N5"
    "qYzXg/71BaKFTJJ623HC25AUXfHGZ20HhaNKcSnpPPS1hJYM/MVR/M1YwmfLEYckwvb4ad"
    "PueWwQSN2SzShjorDObV5nX7kqU4Y5Ighr3OY1hlBb9psTQm0QaoO4UPviQseJYEww+fIL"
    "TddYcdKJa5xwIhnpQb0iEQ0rJla0NamB0Va1bZpBQz338UnQJ3N+gV5o3Uvmzt9sVQsve5"
    "FPLCLgxD9y9SUyTIfTjbTee0ED0nY1ICXHkVVOK4hLglbQFq2gCO1qpRlaSY0/IQo6f3uU"
    "v/Q6k1/6+MhjU2S7xSIiDfrE5tjbTl1MV7KfXFtZrPHiCQuGSGNi4NdNBzTMBVUEvojhGp"
    "cCWLkswTI7Ni0I4GaAK7ppk2IALDdrSCRmthMAMNP8E0fVdKHEw4jIQamH5fSDv69cY8EM"
    "0Lmr6Y5m2Gf0fv9Vl87QREZiyp10HG9HrG4Qx9GRrCu038fB6Sm038dxv8bEElANW2XrrO"
    "rIdJ25+YX6IYIJmVMiXm3EvkCUgOhgsjNePQol+/gbNP0wvLsbXCsfxuOPU6QxwmXK29HI"
    "XWdGMNU3dvRuPZ9yiRwzzgY9XaiWpWEL/R86fPFEvixZtc0cW2/o/ei6Y2N55uNtn4Xf9G"
    "xmJGKs1FlDvqWKLKyrr2hD/t9Rn7Dn2jFf0ClZDRNp5EfqWLUxGa3pOCCVarSwDFrp2uPa"
    "eVOM1hksvWGmuJ1/RjgmyUjwv4D42UriJ5QYKWBS1lBiJPIYCQCeEJMQ6hryTr2jVgTmiI"
    "iEEFfvIAneYYK7OSEmIdTN1iaSiwOa5n5ej28HF2hpGhg4n9JbsMBE/LoiGcDxbYrjC1xA"
    "+Z8mKLaS/YTJG/UHBqhsqw4MUCi20nFIgVQroHxAsRUothIP3j25N+p26/3GdOhud7VXKH"
    "D35CobT6AoM9m10PTjAwv+eh0F1F0YyzVoyZBoZOsbm43Wlhze8SEzFag2ckJwjH2WbI19"
    "UCmSryUcVRsPuas9zjvsK9ZshcahnzEnwGqaOlaNjC0dlUsgPSeCdUEdbPdmbfvL8XgU0/"
    "Qvh4ko6u3DzeVgcvodg54M0pxYcBWsbnntryJWN9hfNbGDoSbVwXiC8XVM44tqpYfDO/Vm"
    "kRTT3UPbpgzRKc0xGDOm4AnP7opc7hUxvMzd2ELJoJS5R5uwecUh6SyPmLIUTwlcPaSbC5"
    "as+YZYTKqDNuYz9qpLqs+qxjZEWCGyF+Expk2yuu40M9h0Zx6+lLF0RjDSXxV/fo826d2N"
    "ch8jnMkzdM+SUimZ0XEtw6bfkNIUHdPjLL6Y1lMdmabAOaTXoNhkN17ssdC5/5CKgZqQAm"
    "TBoBOCWi6Dri25GvS1eWfq2uI1U+/wLxfSO7xcyS2V0IomanwgGsHGXaypFmC6VuRV7+kI"
    "KgoKYdNkAxvr+hmthM1+ilcN29eTv6GVrNm2o1WsqaLxojlr8p++XhzTRRq568ygBa0tjf"
    "xiWrliZVqeXjP9+HAW6jrkKabXvYkxq9HtucPCEWiFsV9j2/9SxZ3U4IQ+ZjGMtWphZb4V"
    "0T0iIs29I797S/7XapAjoKor7Lwqc3e14oUas5FNygEJNlOzY0dSGtvsbM60JPSTLN9PEo"
    "hVsumBQKz6ehz7LTu8wK/f8Gui0379lm3ebrv1R8SK85hsHON6d7GXZ1rTNrpewnNBe7pv"
    "eMUDWF4+qydAbFFs2+QyTd430dx0H9cOOp27r2QUMU6ZP/1Nz2dFvaw1YhZbtMOU7aAn/N"
    "pDK8vc+J9P8FKz0UJXtU2ac9Xsrbn2r387ep3dhP6HP6FCJuQUEaAd0HfDoXBAO5344WIW"
    "ZXGFAhJyt969LcDdevc2k7tFL8V1pOgjIgByQqwU1C174yQyd8/fFUndPX+XnbtLryXc/P"
    "QIEyQlRmWq2dHHPVRiKP9QZD//kL2ff0jtZ7FeUIc0gWrdSfFVx6Qa3cPddEUU4RhSnUjM"
    "Zo5IwGPUkuwu2TH1dX1B505MCHDd7+GJmFQHuiCoyTvdzdYxmAv7ImI7bL97JzBAqwN36M"
    "8oKcCRd037MhK7CmpmSmILfGjBmZHhRYscKXv8aP6jWcyTlg0xNB1pF8/C0Rydk3WWUwou"
    "EJDQOfT1FYFLbeUTe7HGS1fHwcoXrgI3vfowuH4YDa4vUDjHzBgNfxtcIHqCzIzB7TW9is"
    "ndW1ILjjXOsct23LHl5Qp0xCDncAPSFjnZb2WWOCImnwNGpvVtUd+sljnkZVpl9tYo9xjD"
    "CndihbvlLgfqXjX+8mDt5q9izsiUHBDOIN+sSQe6rotGJWIygGoR9zkFrAIP5IMttQMytr"
    "FiHsgJOZ4nw6v7E+6xUIXrPDKVpOgmjsMC+O7eTc3t3Za9yYqCm3qNC9f0Szb8S0N+6cu9"
    "/zjBerhbs0NBssUrUiGzCjCSM1z274bCMQy2/JBMgGyxsIwSLmuxqiW0YKO52nGMz9Bftq"
    "kv/0ImMTLQIyvk4awtyjlmybOPLvn5eIke7qjNEDSk9xjLK9V20FZ11kmfbn13mhmndBL0"
    "f9Bn5xX9/T/pvwgUjqLa2pL8ZP9eyHY0XUfmFhtvvMxjGgeZqzb+lo7z7oXUR7IDyMQ04Z"
    "i+ScmXL0SShiThYwevVrpqr5WtpS2wssIcdSaPZM4Rlkknb4R0HmON7h5Aga2ekpNpDaqz"
    "Nk1dyND0h0OadhLILTGTWHqDomsbjeNozMSUIwnwphjPumljXrJPXhHbnVCDFWzDTzpbwp"
    "aenBamhdd4iOceuFEx2MTAjW0IVygmdzCewDU+GtcYSsSWziXfeUnBjddS59Sday3Wqp2d"
    "cx8f0MtzTG39oSK598AYbtNrppfjdNmags2jQwHpkm+rb4HePb7w0lJXzokY3CfXk/77+w"
    "vEZGfG9OHyZnh/z5jD7nxDS1MvZ0b/7m4y/o1+SE4ai5aznhmTwa+DKzbQwp/wgo2bDm7J"
    "VDY2yExX49v3w8kNHUAWbqVZGzrirj+5H/ZHo38qk8HVYMjm3KqWo6m6To2hBdb82YOru8"
    "+uRuMpm44ZqeTv/u3VYMRYzgu6BnrAlBbtF1skb/s8O2/7PJW3bWBH3AkaEZLGEGzY8/ms"
    "lsA9IgS4l8PdMR1VF0c+JgbYl8PeP5EtxTLFsodSgvI1Aq/8YPcwI79HoTVjNIvn7ptuyL"
    "ssu9Ihd4YGa+TWu/m/P//5p3C70z/yNvj0hmgC6R1tmI7QRg7Gy7d/62hk72lrZPepNs9D"
    "lVclKSEIeBfBG3/ZMu1YoZz3NN6UTZ+RLZEUzCPTF0C+naw0HtKUbdLp+j2QkHBRSUJCaI"
    "KWSShLyELCUZsTjlaaZTtK4F0osdzcCWDN27zmS7zQyiUSxiVhldu8ytQbWOb43onB+rZ5"
    "fUPnbhndLCELK93qlWZ+9zLLHBWENW7zGkPPlsxl7qidxVn2VCISJH7XyLULlFVRcFNyAG"
    "4a3ITZJ4pxljhADQUMGmTjututrgmXMIhLAbIFeLk+ZGmUxcmjkak6BnJhBml8g0ExAyhm"
    "0B1wixYz4GtqAO8eeFPKaQF4U8oWoLwH5Sz19IDCHLpm8HriihD6Y/TzEZlPojM6QZVYYD"
    "L1gXBNvFlkAqmx7Ae2u/ZlQARbsGgWhBI+A9WmQvx5smXceihGcey8COibVZVpSn6XU7aq"
    "R1pWJoibplirXxQKkjLfCmzthFSDNNPv33Ylx9zLwveSTMROjZiYNPz1ioH1coOEgd2JAb"
    "CpyimmmKcwHC/T+Qu1EFqEZ47PdctJUBU281MZzx3DuKjBHz6pUAOhNTUQfC+AUoHnxHcF"
    "yOYzacAdQL7XFDuO9/Wy3AGRQb0C7gAyjta7o+MLluu8WpOf/e0LrVe5mwNtTV1bvPaQaW"
    "BkmS9oiy30hF/RqY0xoihgY3m2G3/mjX/DClvGanRWP/0BBRsEe6gf0ju9Zc6JWvqQZTsr"
    "nlXd5SQG/Tod32YlLPsCSZKVtnDQ/yJds7uohuTATKGgM4dMqgDe05v+H0nkr0bjSwZOhC"
    "JFJ7hMejaA6faVMN1Symn2W7/ON1kQB+C8vyIhggJO7GhYoliJaTKX9oyt17CYRlhoWQ3e"
    "NEFd51MKOBngmMh2zMUTUg32B63YrOPlIxnyssYGerFocpXBeYs1ccMc7/tC12jqgIVX4I"
    "Q/qhM+0JvFKhTFpaRTJ6ovUxTZ7wIwx6VKwdyymHrd7WMpPv7rPGEA5hXUjUg1WFE32N+d"
    "LagLBZSggNLXhDuUPKm35ImnhCo8Zmp2AY6E2IHlN9pm5EH9ja/bWi5SfwMCjVUGGsPzRD"
    "RLKS0I+UkQd6w/7shPQojsxgoQlpvAnX5yj0vdhgBkWbdtFhM5gWhx921dLGTweR6XeKyo"
    "iwXeilPeomLSmNHAJWw7sFAONNMX8d35uwK+CDIq0xfBrgGhvpUut7nqLNZidlhUBCwwLi"
    "+ZKjXCPoOIkEwbulrHAdEYxZ0GoRDgCszvpj0w1o7VcqCTQL4U2h7PURA+rfvZ3/6pWbWL"
    "SzLHQBLl+LumgK8LSPYVkOxTWlcFkF4G83RL4yqKaVTTFE5dqNMbFpY94rjCoiWRsv1gQV"
    "UhcH3J5fpakKUW8R8E44Hil3AapCl+7N8C0Abjm/PINAZuLT4ZckeHHEKKKM5JOek8YNWz"
    "KAPItgSoUliHgtKBXf25gTeqpouAHApIB24t54a6XFrYzmgRy0c4IiIdxrVw97bq64Yy1R"
    "1sbWxlqb5y4M72LXKFm/PdfN+VKJBmK+Rw1Z5F6e0xOSC4Fye4A58ye2/LxacUyD6MJJtQ"
    "Z1yVZRo7uA8y2T6x14NlLt3FoSUaA8/FnTebTGA14QwKYMvxCUWQ3e8aUqKruj/DtY+mHx"
    "+QigJxZGNdt5Frky+MHUSj5ohFzdEp/rLQ3SWtqvBb//5ND5E32xLRc5JlnW40Q9u4Gz8x"
    "9bOrGo7mvKYzXJu4ITfDNVq/HKpMHtvjVZLFAQSOaggc9FFiyZWiVkFasLlV+LnVez1yfG"
    "uGXyxXrJZqSk6azuZV2lpbC6+wxe0ev8/ciok2aHGFn3TW5AK2R7X7GLrWNMSjga41JzkW"
    "Tk+gaw0UUmy+kGKdBmgfE116fcKxO/0rvTxzU92NARpCl87KXo5R9owtm9uBKjsmExGRMG"
    "JeS1SGPlQCCPvDJUT3u7dvi8QV377NjivSa+kgOTY4kYHsmpAREagKKVgVUsBDX/3L7N//"
    "Hx5yqI4="
)
