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
    "eJztfft34zaS7r+C41/Gfa7i23EySa9nds+RbXW30rblkewks9EchpIgi22KVPNht+7u/O"
    "8XAB/iA6QIiqRIdM3ZTWKRBUofQKAeX1X9z8naXGDdPrvSzfnzGM9Na3Fygf7nxFDXmPwH"
    "73IPnaibze4i/cBRZzq733bU5VKZ09sVi93Prqsz27HUuUNuWaq6jclHC2zPLW3jaKZBPj"
    "VcXacfmnNyo2Y87T5yDe2LixXHfMLOClvkwh//Ih9rxgJ/xXbw5+ZZWWpYj395jX1Z9rni"
    "bDfss0vtaWg479m99IEzZW7q7trY3b/ZOivTCAU0w6GfPmEDW6qD6RMcy6W/gH5B/3cHP8"
    "r7srtbvG8ZkVngperqTuQXz5TdZyeKcjd6UCaDB0U5EcBobhoUX/JVbQbAE/0K3/3H+fkP"
    "P/x8/vaHn9799ceff/7ru7fvyL3s+6Yv/fxv78vs0PKGYpgNPwzvHugXMskkehNNP/g3k1"
    "Ed1ZNik7FD/5n8+DT+VyvVGhjums3AkHxt1Zjj1EwEsom5ID8yORcB8nmTEXywm43dIiw/"
    "HQSCC6QZU2P0+HCBTJctkwKTs1a/Kjo2npwV+fPHHNh/7Y+vPvbHpz++iUN/5184p1foHO"
    "wwZy8eXiiqk0b+miDmaGvMX/txyQTuC1/0LPiPamahyXciB+eH4e1g8tC/vafDr237i87g"
    "6j8M6JVz9uk28enpT4lJCQdBvw0fPiL6J/rv0d2AoWnazpPFnri77+G/T+h3Ul3HVAzzVV"
    "EXUSCDj4OPYrOsc6cXz7W1qvNnV+dPqydy5osWmFR/xmp+s6qY1OvB1fC2f3P6Hz1vpsj8"
    "aQ6OvVZvk2+PTh4liKsnAbjm4rrQvG1eWafhzTyM40L7D+X2o+ofy+ff//jzj+9++OnH8D"
    "QOP8k7hIMDdwfrq+asNEOxVOMJcxQd09SxavDBTYom4J0R2e7hm6fBjEY3sd39cpjQZ+4e"
    "by8H49PvE4s6jbptutacgzdVbPhg7ySaU2eYil7XOo5pMN//VECF+T55XO50GHopjrBrvG"
    "BLI8Px1Pe8VR0XLLemS6EdftLZVU0eutSsdTnVMSFbgfLYnZ2lc8rjAi/cDVae8VZkD4tL"
    "VbOPHddGjm1iPxWxw37KNsR+Slti4Usx2yo8R0Sm4sORBO0nvWMRe1Wl30EM3IQUAJsG1r"
    "WxJQZqRKIUoA05bBpFlDoll89cxxiFK43ue9PC2pPxCW9TrrEEqL5P9tEfpmPg/jtYPcGn"
    "uzfKUl9DL250UZHfTn4x9nSXq/7kqn89OOFuBhXAehMZqlsbQVFkE3tgDF3yHdDd483NSe"
    "Zh1tzK7Si8nPM7A2K6R8zU+fOrai2U2GZBr5jnZuKT8N70pfX5OvmJaqhPDCX6c+iX99Gf"
    "rLSlc8IJ8ngXevvDOza9sVhc52RkYGTPV0R91PECMUlkLpFJP6aDoTVez7CFVId9FqxNdE"
    "otBRupFkbqK/1nYD3Yb86SjvbaHsKJPf0Rbt/0XmZWOarl2NT2+dchgalvJSp1oJ6SHW8K"
    "5iNtumaYNP79eeaqVHEOan4mnVnh2uUCl23zxwSbiRaBxd8rZ/FjY1FmiiNiMMGtnuC5hS"
    "nw4p6GpByYw23yM7TtlQFHQxsRBUeD/I6GrkKb52kYk2NvPLx6OMk4ysDPsM/PkDy92+Vl"
    "oHb3neloS81f5jyPQ+qm3n7vgxG5v6AT4mGFUVSMsvVm5ld0Sn8r0XPP2MhnsZHfXCAV/Y"
    "avzDVaY9smvxI5pudO6KFXS3McbCDNQA4Ze+bamkFuSjkmmnrw1CAIGDYBgT5ENRaIgKe9"
    "YAsv0Gzr3Uqe+GSZLrn22ZxluTcSHow/KOaOy36Ygb86xB5w8HrjhN4O4N12iHfLR78LXN"
    "uSYd0fzguEdX84zwzr0ksJKhtEz9Mwf3/+rggH6PxdNgmIXuNaB3Ya518mo7tc+8Dm+Sy0"
    "uYP+F+ma3UVDIQdeikbMURGgenrb/z0J+NXN6DLpgaADXCbA36hb3VQ520g29hERgP4A6H"
    "cHbpnEiZ10g1zDDdFkNI8JLZI/cT+4ux7efbhAvvzUmAzuHi6QjQ1narzvD28G1/R5mu4R"
    "+kS3pSKbUvaWlNqQfNWHMzWZik1UpDmHxdt61ZvK/D9JhTKFa75/miMOzMM2u6l11XYUbF"
    "kmxymVrTvFpRrc1QS3s5K60/lf/1pgmyJ3ZW5U7Fr8zdKMF1XXFgrVh4QUqJRg80f5yd+X"
    "ruHZsTNX0x3NsM/o8/6rrvlo/IAnx1uZiOtODLa5Nm9zgV+uBJE+Jilh0PWE/MDFyNC3/g"
    "rsyLT7L0vurLubRclZj0vCrLdl1jkvO/v2qYDbER3s95a51Niv5vvWg+u9/W71jXdry8o1"
    "fCs+49pYccQ60s0txmQFi2jdCTHp1O7qPcMrzcKKKAcxJnQgEbE7Kh2HiDg312vNtmmsmP"
    "5EZbYR2Av4wkBm4rhcTN76zN4Ggvule/9rMbtbQGjq/Fl2kHa1j/o0MvCDSf5RM/HpqJNQ"
    "Ge2pYlV1gh3H+958VTW4XkBVtb1bj6iqCsZ/ZQ38VpU2na2+vqi6yzmxsj2YoQAEIQ/wUY"
    "I3I/sNAG9GDd4MdtRyjobgCM4+EsJQBTgtOqXo5e36dE7ZfwucsVEZOGgzDtpYTbaNrm4V"
    "UZiTchKyBqsHe6Pa9qtJ9siVaq9E0E4JSgh3Laa4ZeoZy3o/hyqQbTPWJ5OPo/v7wfgC2S"
    "tzs8HW1Li6GYw/XSCCjvU8NSYPo/FAue3f9T+wuxzTwop3/JJ77x8pdBN6ZeNac7K66Kfv"
    "h3f9u6sB+YaaQZGZGh//ofSvb2mh29UXokisabnbm+GvA/K1bm6oNCWZE3tM1/2ceNG5f1"
    "tk6t9mz3yq1uSGTJnQhhYKlJrutvkLa3Zyv+K5uWbsEJ7ekw1yUq4SrKU+nwliK9VRzA02"
    "hKGOCwLW+7BeL1Wyh80tzLF2s4GOS8m3e1SPs2YrNEPpRbRabUyuwbKewRrvbFVPjzut6O"
    "aTZojwllNyQF7mlAWg5fJdw9F0UR9ZUhb4fO1xigGfT35faBafT8AXmmi5Ee11kzjYfPH3"
    "n8ZYD3Oc+fHGRJedji2GrMBjnPwclo4rD1NYp05GgIKSCQdiRP3mEhaYiCdkLT67trPGxs"
    "ELyiHvXT8crbPHbT5ca/MFVwXWrT+WpFCRDZibOCOC04iOISk+vtePUe4OhOmGDDXxRpJp"
    "nxKKlUa8lzu+Nh/SgMFU5D2N878lXIbrpVoZUrfeWJKgVCL6HmoLGVH4qDaRH41XYjpMtW"
    "H5XfndsBIXVN09ZqgeyiNCecQ2I5qy6aE8IpRHbAm0eeUR+TTsxvh4l5ZqxE/P2IVcHWBG"
    "bwFKnlznvChPDKh4vbywaClXM7EOF+78UAfOvTeKZNZOXRvhFYHnybS2vL0wvJa7Hc69u7"
    "Q6Uqv/ONmolu+HY18OjKFvd5M8trZeM3vENi1OBDZzzQa3A3UhaVh6W4aYaRmTgczqvbbl"
    "bls+0AyKnjHdQrioFRRbWhkl4gsF4leaviBDHRiDlw7v+LvfsArZtkPqKDrkvaXN8Q3NPO"
    "UokbuLuVrkht6m0PTVgjXv+4iJsIxXRMbViQJKC8mraL5SDQMTcNSwE14PmRaamc7qb6xW"
    "/NokMvYGz2lVeuRxL72BXmk5vpME1HU/C3wBoOa2ZgepvXG498aI4BsRkY+GXn2KkFfidG"
    "mZ6zTI+YTOuCTQdttM2/XmyuFUPSsyxw6v7BnMcKtmGNJJGk4nOV6sv2VvUc3OA+hm31wQ"
    "NbKdOHh9sF3s23JDMlYHddvjWscMtDwLOUC1iJWshNNZecQlfAbbL59dCLoc1Rr15mPJdf"
    "zlNJ2LiclEl2qk/VwSfu+VE4ooJOVkmoPKYjVkexGDdScAeBYI08T28gN1rZgnt2M4Fw7W"
    "JN/a/ZxAekIeDu7EG0VSWHdvbZtIgEGYh6uThRGgPG1sF2wCKmCn9sw8hWtOZlrIPe3fLx"
    "0VsPr6ShBZqbepbPSbpWB+wF8zdoaEmATV8PP8wIPfH2IOw1RB4dANfDO6+xDcnqwynGie"
    "+YSVtWYoa9NwVkItNFOC4EBMmwkMJfL2lIM3Jgjwcuoomdba1VWFKKlPnP05u45SUg7A5Z"
    "i4K6wviUmxpJ1wtiKLlyMJAKcBhjhZw3EyqBiVvbblqhgVnXWW9ibmrIuKwM7FeZF8Mq4Y"
    "qgkp8IPu94POgqzOA710YXZot9ZtUTdd9H3NYKrzlm8FwArQ0tu2dIuCm3htD8gEsJ/dQ4"
    "tcSeVtrjV8T6HiOIh9BHNaefmTBI7hTh0iPXAMg2P4uI7hn4owwsld2Y7hn1KccJqAIoJv"
    "cL8EruC6ExpmqiW6MUREZOteUP3WQH6lUN+C4P4Gl+7U/REvf2pmAReJGmXHjFIRI2CXHZ"
    "Vd5pCpFW8InpBqDv/vf3jbmSoAmrHVDEUju4Gm6hx7KadlUlq0rs0ktVF39hjUzVfFprWT"
    "FWdlYXtl6mJJFFzpBld2V9b1THXmK4WalM+Yg3BuxCMlC1GP4lEPCDNBmKk1yoq8YSafVC"
    "lKto8KyaSP1scMDwmuB9PCZSuW0kuRwqOr6wDHPeOVM9MJEvH4nvyUpnMoUpd0EFkRYhpz"
    "Ff1OZAXoiC10OonXkXrodBIr1kRHqSCrmnXSkW0jFwrJxqqauBm1AcQbnwyNF7L+TGv7a3"
    "RUOagboi1QdnvXFdHXx5j8OH69Nv6NvdxQN3Pc7PZa8m2JnmN5ooXLubFRkGZQ483G6HVl"
    "kn9SZz6iwyHNRqbr2NoCs7JqM9VYINUyXfIv+vfk0+NfbKSr5M6g4zuTu0BkALqt2chgNW"
    "8Shd0aeOrU8B5CZamxRD9zVuQbINYhFX38Bzq1zTU2DYxMGugnQ6sGGcFGa/UZW29oyTmL"
    "DUZGPaXvEDYWZ2zQMwY1UZPmz2+gllwLOQP+W6AYnEJN2R7ouBTwB/YGCYmR6vBIURTige"
    "GuU7ZsPNodSjfn59+Qd5giJgb4yf3g7np49+EC+fJTo39/Px79Ori+CLaJxdQYD34ZXD3Q"
    "zyz8Gc8dz9srzkQoRETI4SEkp+mLs6XGs8Ppa5a508RkwLXDcZTSo4unMRVb/DvpNpNpTq"
    "77t/0Pgwu0UNdEw5kag9/vh+N/XiD8daNZ26lxM5pMLpBu2vbUeD96vCNrf0nP6alxNRqP"
    "ydswHN1dkMPZssj7QMacGpP+7f0NGdFW1xudjDj5OBo/vO/f3JCPVqblkK+tT43Rw8fB+M"
    "I7mNvxEhHtQYwr5d8vHZfn/K9/LYAtuSu7eCa9xouviR3XURnpUP6xCOPkx2zKyY8pzon3"
    "yio0/sKP7PBRTojlhXU6a+fxMKZRGQ4nyrOyhJk7KVGZjtSG2TsWXmILk0O15Fzw5SXKlG"
    "p4PhZ4Tiz1MhHjuCTUxW1zXVzPpFHytN6s1y0hKN1ZXYtGFHHsialFKUHp8K7ekQGkl2zo"
    "5SW9BMfPTDAVOCUnke5QmXsEWnjX53hibuoSC5cjCUsXyqN+E4Xo2wZyURpcXiV6foEAKI"
    "1aujQqH9DotlkBso827mD/pKLIcs6YGMTke6C7x5ubkwxVDADeA3BK+8yAN5saW2fhBo/5"
    "yWG4hJTQbEZLhHparBMhIwiTv5FuOshcIsrlmHx6PKP/sCmfw0GqhSnxA7Gxv/OTcNBKfc"
    "HsbvYxetWcFbnLj2rxOxHW+CxuQwh/Fw+DHNAO4piEku7Epxqjk1Qfodq9ZMJRKo7otxyp"
    "6kisr8kdQgxAcAhm7wLyOgTB8K/V8AfDtALDtFCpOshQggwlyFBqad6NoEUd+jg5RnXU/5"
    "ltVwcuRKiMKJdRCpURoTJiF4sWPWu8stDFePOBbJuBPvmtPx58HD1OBheI7P94Zbo2Zbo/"
    "jMaU+O4QjTfpYjwOp51YRsR4EqrSFRGRjldUC49L57oQ8Fxbq3oGB4LvOvBEznxRuTxYg6"
    "vhbf/m9D96PyXqE4V+xFRtVd3L4hLB1ZMAXHNx3ViaaWkOJw6XV5YyFGmydlxXisdBDbMG"
    "apil/E7FHCXqcnmYTUuDzRLSUJJ7gt+ft6oKSp3dZqE0EDjewPHWSqzYy+eoz4cWL5sE48"
    "gKFLli2Ets2YrpcowTEawe/KHkh0rLKY4ESPmFuaqoySWpaqATPV6xsW0HjvjyMN2QoSbe"
    "SDKtpjqDKGNM1PSXzDhK9HIvL5Ri7W5sWTQlL+NZsoBKI/nNecWllh6IqTnIS4LdyTToNz"
    "WDDbWLMRiKGW+l56PMXevd901XH4X5IuTj+9K0e6/1cdl4fS36CHeNRcLcSbHmsO2K47Tt"
    "9eU4u8HOYSsSMOxfPQx/HVwgT5oWz7qbPN7SSnLBAqHV5W4G/YlXXU6nZTNbUl2OkYaxXY"
    "IqG5dspPxHSxjHbSLGBiDlMmOBD539fsnLh94V2xajRafkIMucd7jR+s1idPOICGhiBQjn"
    "QSjlUMq5ZCGZXpJ0HllXBfKhd693BdiK1OFv2Y5QFN7UdihM7a/TNeYtbo5TLFz1e2rQF0"
    "zYHRloxQq5k//33Gh4gZamFWTS9lDAU2a3sOzJM6S+qBqbfvSf5EaFjfBdKN9DBn7BFvo7"
    "epvO2m3igXmpu9E6F2xwyOE9Kl3an00RPWYnAcZ5ugyR90oI4BkVAUCTgLqbRUkbKy4JNl"
    "ZbbCyOac3vtyZmBkRFwAyA2nNQGq1TeEKG9GHGqkjpLqg1JwKteK25WVDV6UBwZWsYmkQ2"
    "emQfkNifpJ+U5xAlGC+SwA7cWQGsancqRejZWe6lOIO7eLPDwj4njCzzFW2w5Zdfc0x3vs"
    "KLv7FGguSSHdRy8+sWIntFy7jFiqijU+oEojd9Nl3LUHVEPre2b3gup9qfB0n47fIqtb9O"
    "f7oLniA9oTWMMGhkV92KhkZ20MgOGtntx1Yw3Z+20sbiPaliYtK4xptvDNYVYnZXT2DgZN"
    "fKyQaaXTb03QwBFaHZQQgIQkDdQRZCQNXi6dqUHCYCaEQCiLXQbqgQyPWFgCBmWXHMEmJq"
    "lcXUkvtsBajK3VwocrS0qq1QPAiXFU2KRun2xZJi0UGxSNJ8pRpPmAZyVMSeS77teoYtL8"
    "hju2sbmZQkHFylcviLq+pIc+yQVBylJedHkmp63v5I0h8x94hvyf8LyhK0siyB9FV1x4Or"
    "wfD+gea/zjH5mLrgPQc8db+PBw+P4zt60XEtY2r0r395nDzcDu6IwC7UNjV+Gw8fBsro/f"
    "sL9GppDlbM5XJqPIz7d5P3g7Eyenygi8er1UPrI0WuDe8ilzSDVfS9+vTQ/+RV9fWKRtFv"
    "MhmMaTav/7aFqbth5u7UGN7ej8bkSdp6Y1pOOwID/kYhHGFLyUnjv66cKy+MbVoQwBWJX2"
    "ah2nzMsrMuf4gX1hkvhJgVxKwgZtVczKpRuwBCVhCygpDV8ZGFkFXFeELpEggDthFQqAWT"
    "CW9NtWAg+gcZi50KV0N0FaKrEF3lRFdZx4usyGrQDmNPVDXsvtGeuujfSvSxtgS3cGIF89"
    "uSctB1dq+nsoP1js2Nl7MiEsgd3Q/uLhCVnBqTx8vb4cMDLWtsu7O15ji01vH9aMI+ol4r"
    "+vdV/+5qcHPDCiLT367rbal+DNGROqMj3fItQz5ENc7lcCMoMe9J2Uaqih9D2Wz7RAeY5M"
    "60t7+XmOaYIMxxm+eYmAyWSSkss62YfzMtCG7OtN94Tn75k2kJYpuQAmA5wPoahOiyTckB"
    "uBDrhOynNpynNbiTg420AnyvIkN1a3coCm/i1CkCb7iZgnN5H7jJcyfDxZyhmwG+e/BNq6"
    "PCPvxoN1ijsjbVN2Qsifbk+usShqDlRTsCVAtEPJRwNqsNe/yxewQd3A+1QyuJFsREtjbt"
    "5iLWQjMuBMorz+YyXYOeYWLAJqTA3koD+6JaGj28Fc9xJgAuRxJSkNLwQtW3Y1V9Ayo6EK"
    "Zbj2eoKoqTpiNigG1Bnm+gMlfB9Q3G6hjMQnzfyBqLGbVX/clV/3oAlF8o+NMCUA9qolGn"
    "V+HBLwpxwnEohNd6eb6EoKwEkCflchSE5ULEuJMJMaBOst8tGXXS7wCCg+kXKITzj8eBR5"
    "AMx5ga/fv78ehX+mHgqaaFZ34ZXPk3fsZzdt/k4/D+nvEtV9pm4911NRj+6t01x9oLMC6/"
    "XcZlGOUQ52QlRIGV1WZWlv/yl2FYxiRhlts8y8F+XmKaE6Iwz22eZ+DJZ5+Z8vLkoWG4bL"
    "POedlTbS2BT12rq35pmWulHD2VJwoue27FRl+3EF3CaUFYwjx4fadACXxTkgAwJ5znm0Ci"
    "8KbkANw0uOTkK7f9pgVh890fL40dWhUEob6BLAHeOV8gzBdZn4BzEZzTL3QBlKNHWAUwy8"
    "1p55z3kDVQKcKFswb4+gXgu49okVSpCsAbsSIA3707RNLiOm7WS0CngKQXcXpKVs5LEtP9"
    "NJW6Ml6Aq3JEropY0gWksWSbsAQbJdg4xSCNiUmTEVAZsMfg+rfs4Aaqf7vx3DUIE/Jdxa"
    "UA2f2OKydCrD1QhY9ydDsGcmFfSnyBActfepZ/y86tzpP8R9aCz/D3LvTy7CaT3lJLhQDa"
    "G9bAOh0af3WwZah62KQVLKkjWVJsugUp/1EZ4Puz353H94+s+zKE/4h4XbzwCtA+uR9NWB"
    "HkqXE7vBvej0cfxv3bC7TWDG1jmU+Wup4a9x9HdwNyF/kReGo89EeX/RF5umrOVHNq/HJ9"
    "gT7TisrXtJzygvzX9ejxn7ST7cJ0t7SJ7afH/nDycfR4gZ5dVbNXpjs1fhsQ3MnX+ji6v0"
    "CvmKDlKOTKZmrcDGlnW52YqCcl1kH12QDRTU/gbUuIlVoDLTtg6+7z1/YMm9T7drLBxoIi"
    "JvrSDe6uh3cfyOviyZOXpz+kb4+q0TSbm5vRVZ/l1Kg6C0+yguXDq0+ejDZ/ZjLpNJvrAX"
    "15xvQzoiCQN8hiiTaj2/ubARtvbq43VNvJSL8Jelx7iTq0y3VbUnJsd+aYDnmbhCtgJCWl"
    "cXk1XARjodmsCo74DCQlYQbKzQB7zcnXKvEOJCRhBsrNQMktCPafCrCnZ6M49FEpQL4c8h"
    "ZeuuTHlkA/KQkzUHbtb9eYHKBrTPATskLSktIlKVevbFIN291wlrpp6lg1MpAOhRIIz4hU"
    "XRCHnzSbvXg5Gt3QkcNcpsthYg3fPd5eDgjsDHVyk+Zkbi4sGm0p7AOBlZ0SlG5hV29gh5"
    "gxV04ptENJ6eCupdhBiJu6WFjY5jg3HvDX/FSkmKwEqOclSg5+f4jtKwG2p7f93xnsYZ7k"
    "zejuQ3B7ZC6ubkaXUM2jwQW+0dV5uf5KUcFm8oMbjU50Mz24SFI4s6lKTPhODEo9tCf7Oz"
    "2/ULjlW5jlMBRQpqRHQhZmutUzHYR3ysx0QhZmus0zDeVaZNPHONOeKtcCbQSlbCMoObBr"
    "vJ6JcthjMgAqJ0RMz2pBUGMyAOrerABvEaYBFqZZ34YDdQvfojzr2NtagL5+nNIVHQW3RB"
    "9RaHRZFNwyjS69bRSg3ZfQEj1tDkj0D0hlByb7s8yKa3+sDpo1mdn+MQbzC64GqAEdSFaU"
    "NAevqwBpSMaRFaM1tm316dAKGwymW28oWZHyiTdVIHXvDSUrUh5J7ECgxmwQeSGiXPyDIa"
    "KDjL16XLIiRSNQFbx3E38YmWCqPXM1VKOyMlijetaeTFYlpt/tTWk9GRkY2eoLAQaZBnJW"
    "GLFh/mJ7DWc2Tg+pNtpY2pzeQh6ua3iBNAedUgCwsTjzEmjPglv+nDtfz8Iv8eebi5ME+g"
    "08cmqoRN5cm/RXktEQubIhzzIttDHpfPfQq+asyJg2IssR60g1FkhdU3mkGWiJjTP0m6U5"
    "DiZCxOhAqoMY74Ku7bOTcNVWViEpjwwsWWpvIxTg7ATgZ80QIgIH9zfHaqpzCmomAM/Jri"
    "QCbnC/dJSx6imobJ8SwTYUkHHlnr8rsnTP32WvXXot0V9rXS5NLy4nU32gprM12NksEIHZ"
    "CUiTIFNZRMtTeQQD21EZiGilQfVUbCFMoyIy7Q11RQnNoGTPgdGAsPRPx+AtGg+Irit+yb"
    "Aj1mLy/N1Z5mzoDd9ny+787/sN2QmrYoFWmu2Y1vYCEVlri1htNY3ew0w8w2RPQGQkZhm+"
    "rky00JhxSS+/rojhl7JXKx0Z7MZWKyPZdiPrLJFXaIU/CQkx6Qyd6m1IxywBc0wIQN4LMu"
    "R21ZnbBT0/s9HvJp24SHoXGAfVG1yuLQppRAIsWLC2GrO2kqu2AlDlJrRFXlRhOlvtBizj"
    "ImXZrwFRaZ/5GhKjoBNLp/bLXo4ZSOuKi1ZcicrIGIz56W0h8+Rtjn3yNqlCQ8ebylQoQ3"
    "MUSpXA4qGttKxMEEMh0GNHuxqeAdoaTSlZizItC69C6Ymg7bT8mhdiu3xUSpq3oOLmZrvy"
    "0wK4RsUA2HQw/ckW3zKiUtJg2vBOAU61GpKdoa/cwXiCTy0T3np8atD0rIKmZ0USRC1sY+"
    "uF5XkcnDgTjiSPG5OTX6RU0DzbSzKSrXU2L8OoCrSCNCPZ8Krdrx0kj2a5tiPJpfu829GU"
    "1mJ5Rr4EMpdINcKkH3XpYOs7W9WxjZwVDQ+jGXZeMTZYfg7tbbXBFmNR0VwhSsLCqVQgNg"
    "gb402awNXgs6fGn3QURXX+RJrNaF9ehhN13iNbW2C01CzbQexZmnNBxlSXS7Q0yVOC55Ev"
    "5n/dnvdY/2v4NzEB08AF+WR/7BQS1SUvk6UEKS3+N/U6EgLlrHWUs8R0pcMN+3t7JYZoc/"
    "ThhLa0ux+ML4L1PjUmD/337/1XJPlWF4lMFEkSyU4RSSWIzMwFJyiRHfcJ7m8z6iVjPn99"
    "WyTmQ+7KRJdd6zJtCopiV8KaCg4hwRmPiEFp1fbU2EzPL5QrhDykTmBqrVUxRHcCsESBuQ"
    "le5nb4UHoHeZmhRmlBWLNrlPKrPAIlthJKbOLAqgBR0epWHYV2d1i3j2wc1KnLcspG6tjt"
    "c8pGq+cB67hTZ30vxxMo3r/0GH1LG2QcV50PCbVfjszzwV8dbBmqrlh4KbLOk3KlVnvyTD"
    "vuXlJzIalueVmbXfryulnBYwQWeUtU8bZWrvFLIXO08F2R5Gz9O1KNGRTvTr3SeYq3N6tk"
    "VxXRSWJC1ajfLdJIfjgvoJH8cJ6pkdBLoHy3SvnuhnnZ2WI7RKu0ed2Z8naQQEI6eGspuM"
    "OqbKmLF6pYlUjU4YpDxk65zQTsy+wJkde+hF6qQPfoFKZA9zgYTvCFZMJbDzsBIr5VRnyh"
    "x2etPT6P5cQL8+i4jrxoll2eMy+e1wcevU4dTL0cjx4UlqpMgyLHhzl/5pjapqlj1chybY"
    "RSCVRnRKwuWIMV3CxZ/3I0uonZb5fDhPl893h7ORiffs8MN3KT5mRZ1cRcK1OBxIaiUQf6"
    "M3a1HEtZYDs52ERaYIbJiGeOHXYci6FtIB9oMnBtsd3rXZWZK1n/6yS4qf1QuEZJ/XZDsM"
    "QzTYfIO7DXerC8ewsWSOgbaHzbv4gl/Kv2s93zE/7J4yzzhQg+mebCRnNzjRH96ejU16ho"
    "d9NXi+CLzOXyTQ+tTQNvyd3YZvelyyI08kQwf9pl/tAtTpDNEEoAlSERiUxTGfI61+yv1n"
    "CUFjb+NoWDmS9cr2E8+Mcj2bUH1xcoHGNq9O/vx6Nf6Yf+/kE+Gw9+GVz5N37Gc8f77Gow"
    "/NX7bI41/773j3fX3meUQuN/JwjgSx/A9ylTwgZuXA5MXAjZQ8i+aMje3SxKznpcEma9Lb"
    "MeYBSZ9lQZvkj4pkxpjixxiImnt9WVaiz0EpyYlByAC5wYIHG03bNV0HGY2kErQFj2ahNZ"
    "p04BZsduM60AZ7mZHalzR5jZEU0p2FWHTZhzAnV+kzVp5cCdY/keXD06SFCTECGorp0BUp"
    "3xkKDC9gknFBJe6+VFQYJ630CgkiuCENZxFwsjJMQglrA3ljBXLUvjqYfZIEdEpPM7Vw8w"
    "3ZGeyRcQXMkJMemArr7kiN+0rYSnMS4Jnsa2eBohJezI7i/dnDOdVwzahBQ4wcCxCI7F9l"
    "h0vYMci8HLXQGwN5GhJMU2sRVmkBEhR+xIOWKVun+gXVh5B1BWKl0S0/2OIEink9AbBOl0"
    "0GO6ckyP0I0e2qbXsKRnqjNfiZlSURHYJiAdsWF0Q11FrD96XAqQ3e8CsCMxxANNqWg4sm"
    "MgF7WnEgsMshPrcrXszU5MHW8V4HsZjCMpttEzvVVJn5eqTmdmYDjW9oRj48au9/JsXJ+V"
    "NvMEFPKqWppIa+z5SjX87tTIG+svttduevHdi6q7NPOSDY1OibKf0eO6zCAce/qPSBesXa"
    "vopdcmuqyhDV2jq7Vesi1ysjbpFVFDMiYmkwbTsDF5SLfuTrTpfhjdP96TF8vcuJupcd//"
    "5wXaqNsgeTNI3Zwa/etfHicPF0hdfHZtZ2rcDsYfBsrw7oLsTdYTVjQj+Gz0+BB8aLpOcm"
    "srQlmAlM96S2KfF+mkTu7KBvg81U39GHHW/eGU7vlmY1RisQVbXcekY2/1NROYoEB+rZvt"
    "8cgsbVvHlTtgPXtEXTpk4xTWCbnioBuW1g2BEVdn/AyKGHyDJNMyOeyHJ663boLrddY3n6"
    "faNoCLujqzs1OP7eu8Ui08xmuKn3WNde0F832e3Pt6eb7POZFQLF+E/mIqI+b9JCOgYAS0"
    "NC1kMnempi/If7E/6O7bQzY2HKTaSEW/YaJ7O8h2Z3S0GUZ+wikiH67JFkOE5jjDTVrn0/"
    "b4U9lT/OUReHsW5H6CBbhXW6SzZbtXozNYVH2LiMBxI+Qz5QPaBT9pa4xrf3vh6sQZoYBQ"
    "Ik8XrgbqJjeQHGSpKpvMDsTrjU5+G/ddz8kOjItJuERryA9sedXM1CI92WBjQRETA/zkfn"
    "B3Pbz7cIF8+akxCT6xI588sD+dqfG+P7yh5TCXqqbTApmTT8P7e/qB/czyItsRK1Eduugd"
    "zgRmHolREeBNpvqx2k9im04oAM78/buNrtqOgi3LFEqtj0tJ59Svpaor3cTKJH3vxCpwxr"
    "VsdXfE9xZgUijDG1yu35LLFerGyjbrnJc9VYULHO1VaXrgaK/V0R7y4Y/kZ6fOvhOeY51d"
    "6BVgETN/oeVF2yFVtlPvdi/Hc8z+nYI12+II7pfQhVR9LS8CB7emSDa8OwnpjLkibM1srm"
    "aKqTnTLGe1UDmJ3tk+5KjMt+xFBhMpe812U1kGVgooyy0BuPvKsulu2E9Oa8velVx1ec7u"
    "KdpfEXm3oxX5Zmi2ZTwPD5gz9KeNv/xJvhz9y45mz/mPoDl19P4guIdOvSXwpodeV9p8hd"
    "bqM7ZpJ8VkRKap506NDba+8+SRrq01BxE88He2uswhpgTjsg00fAvIlzqMjQKmwoGmwpws"
    "dhFdNrhfuqrK52+LRCXeZgcl3qZjEl8EFqx/d3PH8fetXrFdDtm7hmvjYIYLR+wf7x4nNO"
    "DuSU8N/y/234Pf74dj+if+utGstkTjX1RdI0e4ZXJKP+RbHHFJCS2OjlgYhWJv3pqzSxiW"
    "cclmprklBnrnZhmSZKs+uOjWXSZ0aVfpigFOQm1vjG261lxIed5JNOgInuuqtm7GG1y9ig"
    "FOzWzowakJTk2R8yiXZp6Jaz7L/NtFNsddHPV1Hegw9pyTD5EBOwZ1UcdxYpkVqIkHTnkJ"
    "UkXjyzvTOx99AfZ56ZVgKUEB+C7aT8BqOUqqQvRrCWCcEJOO31JLsoL0hfv6t6NHmlqmrk"
    "2XJpddDydX3icLzZ7Tz9rhwPa+n3i1oricNFllDdcoCtaCMtsInJYJqQbjZW/J/1p9dEaU"
    "J/LehEAJL2+eNCzycovcWVnYXplEWngaUqIwB+XmwIs2LtStSN5wXAjKoGXB2orwb8uQ7o"
    "grtlCUw5srh9O3usgcO7zG1TDDrZphx3RUXfnikn+J+IXjUtKcTZVtj5ptu3ihhOZOUW9Q"
    "QgyATQK7wZbiuzQZ/VQAXJ4oMO5S9U1pxJj90LS+apo6Vo2MkGtULgHrjAjWhWvg5Gx2n7"
    "8cjW5iW/zlMKGJ3j3eXg7Gp9+zvZ3cpDkZCqpmK+rc0V5EAY/JAeDFAYfyyFAeGTgbstbq"
    "aNv71c1J59gOqVIdczIJT6YluovGpWAP3csoCRBLgyzOKIkM1S2Mi9IdEstLmPAQTY4K0/"
    "4SWpkv+P7TGOtqRvQzlV/YscMqC+9/18kI8ck4HCbIjqazr6wJED/kIn4ExWoEUxUTYtJl"
    "LFYfDze0+bMwyyYiIx39o3qejfpCVrmluJYuAnJcSjqYa2HZbAhGQis5FJCvtG19ACsr1e"
    "Z0pt6DcihVCdQt2pOr3zDMDTbESjTvJADdfeiSX2kKwhsRAXz34avjFyx00oUCDR5yhmmt"
    "Vb2Zo656pW1jsicVNzt2AhBbzGpjWbqBJVC1DqPLMVaBvcFleIscYZiHcvPQkdzmru7ZrM"
    "WDbj5pRol4SUpYvpBJd0Mk6cAYhEOzX7NuRsYgHPoNTnqRcOgaW09k5sgvNUWLFyQFISha"
    "oCprCFoFcdHCWeAtA7l4EnhyicUCo+RroLvHm5tigVFW+enAuOjIWsiEN9eMJJZI0J+4PF"
    "CX3mADMlaRqH3bDvlCgEUbURwQag8aX0gJEZAR9kHkqE8H4uOdAg/qk6wQec6/ajamezaW"
    "1PuS34edDX4gWpOgpfsVGQp3sm7SERlB9JXMJAX57+vedkfB/lAtN+iPSCki8gQoaH5Usp"
    "DjrYWibkv/9saKQzcWy6u+8RE4srKh76ZPA2oxtsaVAbXsiroxWtpg5p7ymq5YrV2OnhK5"
    "WkRR8UhSLJ+ycNOZ3zA55RzaMMBCL9jSyPdeIBWxoZDX+CXsDBP0f0GvmrNCtkOW2QK9qL"
    "qLkWkhz0Ygv9B0kOc2OknMYc2Pmxp0S1oThXqu6voWnarIwvMt2fwWwdCvpkvGXqnGgvak"
    "QSb5I2xpsyZfYYscE72uTPxCv4fKOtcEsmSre3OGhs7UeFU1x0ZL8iXoZVprhQ1gvhrB71"
    "PnLBObjkbW5lKz1j36nakIeReXS3qB/XzyK8nd3o/LboPjpch6W6D3OFAXj6ouHo3E2LYN"
    "uG4mWPfauGywsaCIiQF+cj+4ux7efbhAvvzUuBrdvR+Ob2n/Fn8PoVvcr4Px8P2Qfhhsn1"
    "NjPHjvtX2x8DLsIXN0tgIo/t+i4r/Ac21RatbjkvJFsDsyycXYKb5CIpjBG5cCE49X3tJ/"
    "C0RrTKTkgAqQBtfTncWAjcnAkuWgqptzFsQQwzUhBct1fzp/xAoEh8+ebP74UcN3+aS3Bo"
    "B2P7SxDXE/sLuDqQJwH22ZyD9JZFNneAbXirf5VgDuTWQoOQFOnDnCVLZaPcERWgTPFRxn"
    "Tez3BacYG/u9wSMDo/lKNZ4w7esd6fbtDXaG7k1bo4XjkD+s55n9M2jYaRp/ItXCSDcd6j"
    "lVHb/xLHo/fD86S3mD63/cnrB70BXBwsvD/Kl56UWSuVQbySjKdryS5S5Ubza8HzR3juYu"
    "fUuRQX98d4GwahlTY0JdrBeIJvoxn+mvg/FkQH2mL9iyMf3k4ZHebWHHpfd73bOD5tlTo3"
    "/9y+OEtidZfHZtZ2rcDsYfBsqQSLDwk6IZwWejx4fgQ9NtSdMSC6u2WJOenYR8qXnn74rg"
    "e/4uG2B6LVFyAVohV7w90XNZaMEuS6/Wlim0dYfVdioU30vPBzguleeh7x7iOQhTj3tGwr"
    "+6dHhOg735/qEcqCVQZxnqLLcFannDssDHrOpdAj6m1L2FU/k2HF8cLydnr0PODoQYOtiv"
    "pVSEohn6xVTDfsUW5Q6qKBzuuzW2bfJbUNDA+MwnIVJGooG/o3sxiiUkIVXXzVd6EQWyG2"
    "+1JciazTx4aqjzOd44F+hPcsIsNMf+EzH2pI28CzbjeG4xo436zFAKYDBIEVdftFE4UCeP"
    "mmkTb9leOOMmLtZmr1NrrLy2kycrcfH1r64G99Qtx/YK6sb7ZXD1QN14n/Gc/H3Zv7tAM9"
    "WYGu+HNw+DMXmspjvp/e5oJEm644kZOYGENGXKKjNuvEVQon9aWhDABcsRLMdWlaSCWW+w"
    "JhX4C8Bf0AF/wZHzN/teot8Jx0sQXOrlOQf8REHoPSOXkSvadAa6zfSKWkzCnWYa7zLTYY"
    "8BQ4cL7n5/QSDbZqBP+hNy5QKpto2dqXEz7F8Ob4YP/7xAuqbONF1ztlNj8I9H9hH+4rK/"
    "KVXo7tGnChkuZtSgwd3E4wZhw8bH8yWktIvsYzDCGdaMQ4t4/WK6lqHqN5rRRcU9S+2otS"
    "LV0CCrxzGt7a+q7qr+V05pDZy7chUILbhfeQkECgYWbs0XgtF36guZuSeM5sSAoO54NPn0"
    "iNS5Zdpe9YP5igB04dVdoPXx0f9FX5wt0ryrZEYdJpqm99YwPqg57VJzyEQJoOrfDY61pG"
    "MtXPucPTmHWR4TkwbVpltWPLtiXo6dQDWQd36DEFBB0sdrbCLSszAy8INJ/lHQDzLxxujU"
    "FBR1gezWXRG+xEGaiq/cZeYixa7naiefvTuF0pCEvBx/+B1klMD68P88NMwPGT3VbrjZOg"
    "RdGlvF4BTjz7bpozLSuUyqL8EZMLKL8ryD+w9keBfQLo6w0RZkeK/xWmhJBvdLlytTSxPY"
    "xKZdFOSEWJs9Ta15+XcHojjQwLXKgDntOQVyRDb03QyTFyFHQKZKg+VvQswqiJjLXUgktb"
    "wOaNoEwYIM0GsNFkQhy7bAA0T3G+DhLBZJOFjgmebQesUq8timZ+iaHD2GTe5A3iZmI7Ka"
    "kIU3puXYaO46aK1aT5pB2fmTT489NCcT/GRa255X2xjRksu02IeB9XSooJlHVhw9ABdBUy"
    "4CtjjE/eMxMfCPl/OPe2+jOPhxOUC/HPrguTkR9tz4W76IuRsRka96RPUUrI1qOQaPuJpT"
    "+n4nIh/C1XsTfFqomFEZFwICNu8081VEQWs9LgW2ehpYLyIjqiZHpWRarw1rCVCAuaZV3T"
    "Q5REI4cxx6OOAPHOjLS9IROrZnFHXqRTfLDAoIR4WoAN9IIouk0MY1pwLgcslKwsAWoyu1"
    "bFOojK/E08sqAPUqMpScyCbU0QLwQpHwioqEH7s60T22NDPumo5f6eUFA+a6aeOFsmG3Fo"
    "4GeFK0PaKzIl/IZNW4t2itbtEMI5bijTTD1hYYaZw0gDIDAM+/XTx/NnUi7p5QQDp2Xh6Q"
    "gavn50xPz88p2oj3SpZgjUQFgTTSKdKIN3XCnJGEGFiYBTom+ZBVoPhIzhhJLK5WtUaZYM"
    "fR8ZqoDVl8iMQduVqQHd4rxoqgN9NGJTQtcanprAm1aiBWw333oY6XDjJdp+c1K3mlbUle"
    "Vdot2jUWPO2oqmGB3dBqb222cmWRw4OX/pAJ/05AmrB6dXGIrw5mhCcxvnNCTDoSf/URyn"
    "Z2u+ic8hILq+uqszSttaKumTdSmHOTMYA0u0TDYbUlLpGUHREC3EumZDMFbSGOfUIQ8C+H"
    "v+lapbegtCzMQsm3IKd4c8by70TB5pIazHkRDeY8W4M5T2kwhsnjVuYUEjO53MruK4e1ZH"
    "hariAdZScgExOoLs8WQauKAHToChm7RSJ6bQO5qHdrt7baVDs0jn6uV8ufnkJOLfJjBfr9"
    "BjYD2o3geZwsTGCdk/9aIPWJYGtT/5Pl+aVsfjPfA8aCiF+7In5HING3LOmgbhI9fTFEa5"
    "lGZUANKaKG0AiosrTMNT++mp1FEwp9y20uGRAOxze9BzuH553+ppBjkSWCg6Ny9tBsSnZc"
    "ShrTuTIX6Vp15iss1JRgJwFwptILteUSW5jYCCIdiBJSACs4MNvlOltisouW8dzbgPxhyN"
    "N66HOnzNJPSsIMlM7XhzpU3x6lEOpQQR2q9vldW1aHKs0S7NgOdpRSVH13oTk35tMJx0Md"
    "XuvlNrmidym6+dSyNlfAcaxWC8l2J7s2pdeJOTujMtI5O+soGcLP8MsGeCchn7++enzJqa"
    "E5Ww8jAZATYvIhXX3FYh8yQQZvVAi2i73LeYaXRFdNI/zLZHTHR3gnkbQNtbmD/hfpmt1B"
    "YyEHVwpFzP4L8Dy97f+ehPrqZnSZNOzoAJfJbXrp8CpnZcMeCgDq5VF/0VSRzcS/vcFtRN"
    "1ozewk1Qeyu+VxavSglNfhRJVzMVdTRAKcTHudTK5dSWNwud1LkSXVqnzV4QKvN6aDjfl2"
    "jOemxS3Ykb6pl9vnc3e7YrH76+mmNTc9Q+UZb6GDVjecK+GcFU4UCAQkzBOo3lKib4IAuP"
    "7tEkL7/fm7Irrj+bts5ZFeS+QJYPJLbUdZqbZQhZmknIR4V7+Us3KKsgkpWSlF325SRnzx"
    "2hvT7/9e1J6Pyhxk0rcN3KZt+m7ZncB0KG94puyk46j195a5Nv2pSNffCy/mqvGb4LaWhU"
    "K/FVW9voQZMtci+ktwv3QF8qqPB4kGjpsPGndYJXwmv4sP7sBw1yk3U9zU8WXbDPTJ+8eb"
    "G2U8uH68ehiO7sigZAjFwguXRb+nxv1gfDW4e1BG799foA225jSH0lwup8bl4z+VO+UDGf"
    "f2As3crWIoZLNV1lPjdnB7ORgr9+Ph1eACrfF6hi1lY2k+RqKJT2+L5D29zU57eltUzy82"
    "rfXXEUjtTicLS106ghGQk+tx//3DBWKydCLvrod3H5T+/f149Gv/hs6msSDToJDj2DJfVH"
    "1qeNcG1xfI+wwvpsZ48Mvg6oF+ZuHPjIM8NchQ9AMi76WOHH9KnRXRoVamXoJanRIFbnU5"
    "bnXZoihQEKUK9C28wTxb79I0dawaWdZ2IJSAfUak6sI9/KRZK/tyNLqJWXGXwwSod4/03D"
    "r9nu075CbNycA6cg4qs42AuZAWlGa5V+Y1oqrEF4fjVM5ENSIBcKayvSyMBfGMigCgqSRb"
    "T581qf9IbLdNSMKWK7Dl+uUzOFp7ti85KtO8L/nk70vXYFYUsY403dEM+4w+778E9fjWep"
    "gjnUCEpiUpB1NT+dQQG9Vy7BK+/5igfJSzjnj6A5ByOWbE+i4zwxExmN82zy8UYKyz8pHt"
    "ztaaUy5AmpSt4D1qJ8VQivcocGWWmOiEKMxzm+fZc08rFlZtsUS/lCDsoEV2UCCYZKMvF8"
    "EkltmwWZSc9bgkzHpbZp2zufrfnnOGilZQSQtCdgvHuaXGWtYWxDYhBcBml3uCwj911PEL"
    "zSBReDmSAPD+ykoqdAGvsQs4FK6qvHBV1m4BAO8BmLNBFoA4omwBwnsQTiumBxRfI4Ppmh"
    "fUOrAGW8iT7++G7KAplFmJLbpcNQevq4JrSMaSCadGEjWiaywvZyOxFgukbyjJN2J/t5Xf"
    "aM9ek7ZJCQZBtkpeUPIZ+5h1Q7lAKlpo9pwSBv3WwAbrAmzhOSZjpRuvVDcsVNdrNRMyO/"
    "cEEiTqrKvXMdKvJKsd3PDyOmSLuOGP0V+6ddNbdYPpUHsRwjUpBtjud2WxtViBjToKxukY"
    "vEWt1Og7y+/NyF3AFSAbS9iWFN3km5vhJDxyOj0zbfPMs8D2LWKXhTb3foPsgdg/k0+PNr"
    "GNdrbT3HzBlo1ODWI7XSBM/tjSm3rEjmIGU+B2fdNDr5qzYp95tHfEEkDRKzGdMNIcpNnU"
    "/kobbM09llvhK/YO2c/uYVW+vhULr7a6AWz2xK2LmJhEoaWGbQvQiGqMnj67gkHTUADw3K"
    "9hgi5UoS7E1Tbp4Xg4thNvFElR3b2zrdItr9imcksURu9HpnTL+A25uqW23piW4+9TytoT"
    "Kahi9n1fvC+FzCXR+nT8pM63rDP6X2zkjYtWWKXN0JFjoitLXegYeT+1hyzs2mSIpa8JGv"
    "ir11U9rVnW/jSuQhlUgWEIgzJ5TGUSAgFQKal8paT78YhWSZpcULuU1keyp8bkYXT16QLZ"
    "jjl/DuoeTYKSR/T64/39zZB9Zrs0JMo+Hd0P7pTR+Jp9bm6woTA/j53csYpMZA0NC9i0iC"
    "Va70TakcxLHytNMi9EeLLfBXkjPJBoIdusZyVapKzY4xgFQ6bI/2LOTjgGwe5iEWPgszmD"
    "Aq5y6c6g3kmi3lFrVdQQispAcmyR5FhszM2F7zspinJURjqUq1/Iba/iyoF6vsLzZ7wQRP"
    "zk6uPg6hMtuOrLT43x493d8O7DBbJcwyCTMDWuiT5ygRamgafG+/7wht6+VMl7S+8e3ZC/"
    "lcs+3cwsU9cp7Z3oDO3YkNY7L2NRezMiAvZm5famYzqqrljmq0grlLgQVA1MhvvMZ1FEIx"
    "IAZ7rarVeLWhTUlBxAm4TWs+HEoU3JAbSp0raqM18ptvb/ONp3dnXbmFBzoJ6/7Qqs2LJM"
    "Dps0R9MOBKRTs6HSD7giY/eVd0AvNUOzV6WmPSEKddPa43FOz3PEICwx1WlpmO02zzZUxG"
    "mwYAtUFKm6okiRagyR/t8JxrhAZQEv4LVrPd4xvaRQAQa+gVcCJbLXSARR/UHWnLb3iWW3"
    "N9Qq0uz+ZGRg5Kwo91E1kDcA8t88mklD+yWQb91DmuF9TH2cLHb1N+Y2phAg11iY2Kbsxz"
    "Uy8Cu2KQHSsjmlF2p/GlRkaHUeSXYwmWw8REERcduFApD7wHOAGI7mbD1QUqDmBRxjYm0O"
    "z5d0h1TfbdXHTHT/iInJtIYbzkjDX8lXEAkVhgIQKKw8UPjZnIkZkTsBmV6BuszHzx7b7k"
    "C7Mcbc6xjARa3H3brip60dk1A5Zo6YLEXfs5z2a/m+pVYtofKPYIn56tVB2UmgPYP23J1t"
    "N07N4KzmvD6OnkCD7RuP49uusHtjmaYs0I1FJEZLdwsRvTi4H9TiytXigAgjuKtExaA1rM"
    "DmAmYImCFghmSaIRM8dy3N2U6w42SUe0je0sszSWz/ZsX27j5iptcz5kRWs3UK//ZqFIrj"
    "GiK1JPNnmxwvqu5yXMvZ6kUo0Lx+cRxluRZNAnKAs9+AbhLvOBydNuUATxx1ubxdqtxDIr"
    "iWfzrQu5S1fxvk/3ZJCcw7Acipb2HONvSAv2bVqwslpAgs5m0wg98f8vf+cH+5Gd19CG5P"
    "HgjJQCMFQtSIjEiBDSlgQ+qq7Si2gzdiju2YmDT5Lk3HdL01W0LLiUsC8bg9Sk028RiSSG"
    "TRZQtVMbJF21REJKrZUDuvlh1kG8SnIj0PIwM/mOQf1bLQ2zUJRf13kaVXwIF3WAXWlWoY"
    "WO/PWc+xE14J1vgdvTyja+7dq6jezUXZwK6F7JW5CVqhrVXrGTsbXZ1jdEo/YBc3tIa+rj"
    "pL01pfePxcG6kWRt7csuun/hfohXd6NyJt8eYNhxjc4IPBjmyXHRnMk4jfNiojnfO2+oIq"
    "7S9z21CgvYZud5uNIhh0iIhI4QdJrN7zd0WW7/m77PVLr6VRzvI35QMtmc+pAd4IURmwbZ"
    "Pz8ZnXYyUH7YScdJtHLWi/4tnKNJ/F4U4JSod3LTvJTLWx4lq6CNRRGelQrmVV29qToayJ"
    "fm1mlAjNCBDExaTDuoaSh8Qu4npTckDeiUgHcPX6nWYTG9rRXjj6cz53LyrXYOAlMFs6G3"
    "fZuPZKKRfqSooC7CKw67oydy2bVzcrO6SbECu1oXQoxFJHWJdCWCoKEhOEUBeEuiDU1bJQ"
    "F5D1JJv1Csh6kQQdAgFRXR3H7wSQ0HQEiu5ck5Fu2EAdXAqZVXdih6Tv8I80TigP170/mG"
    "y94tN6NK1pjw9Fiww0oePIipS90jZrbDgKhexQtCb+YBQ1WQGLtvQ8AKlnN9JOVEacNqau"
    "zbWDVxTtNXNPh9rKBFSdpPXIecjhUcRPy/0ciuQ5XaSLLd1KkLNSHeS13ECOaSJz6WDjDL"
    "EJvUDk2ppoHozvQHsCIe8RHovB5230kP3svvkbCraoC3Y1+OskMQNNPXdq0MdAwbX2U2rL"
    "dO/KyJRrvGPXCWuy1VnHfNjnuyBdaCcAdXQ57slA/8/CdT9XSMlEGOIe6bjHF4fDaclcvP"
    "7dsHLTK1clh+t644j0TYmKSJNCAr09qn/t//r2bYH3ntyV+eKza53vokfVWEHET2hPTq8Z"
    "59QYD+5v+v/02udhcl5sWQO98WAyuvmVts2zsG3qL15Q8fiqhfcVlZAFXnBXSYrBzpKuSU"
    "URKuWwT4hCNK49Dvp0XCZ4nUvNc0wU5rnN8wxR1+yts5vxN4i6fouznhV1TbDWqWIj5nOJ"
    "C0HptzydSLQ9VFoQvANpeGOxR+EeAjxpiVBuwEWeIm6kdpT0jAhXOkwn7nZsUymaLh3fT/"
    "kZ05mrvwKgBYPvLVv1RVHmvfX7sY7sxxUgLXfvufTZJdx8rs7wdpy/xIlwpwhO+4PcHIJV"
    "oTh3PMletRHBH9u0odepn6FGO3tRqvKbHm3ahRglCWkOWpGbiT46X9HmXwa7FozWQ6qxYJ"
    "9cWepCx7xAdyMPnhp+8QAHzfCcgHyGHiO1BnZi6WIDF2wYbYHXG9PBxnyLnvEWmUv/exIE"
    "swLof8TT22MTQ5cjNGVojfrQy4mwt6OuwbE1uZp94em3owTaMWEJYa8+OpwXI8owVY4QF5"
    "JhXYsjzRGVLvBZQxe/F6pRr3lczbwmfhEpaeJpDRd71BzMgz27kngocFAl8XaaJjwYaykk"
    "7piOqitLXs2JvAUfEwNXU9k1DxyWmnsfYV17wRaXe5+5tuNC0mzn1fmqTdea8xDN0fp2It"
    "It3Op1EIhXZ0PfzcglxKu/xVmHePXxDqlsP1Amqjneny6rtHV1f4O4aO1xUTOI2xwIcNEE"
    "95Yt4KKwRl/cdgXowpR5XnAumk9fIDAXz+PfH5S7j1TBRrF8Ti8kZWMyyWTZoFfyf6rhJG"
    "NgYQiMJoh64bIzNCCG0RaxjDzEnF6pkFwzj50aM3e9sRH5zZpFVB8y6t+Q6qW9zs31xiUw"
    "sVG+uOQZmrOl6a5eUixRgdgzLDwnC8cOvhR91twkz8GLM3anNyr5Gvp2ajzRPuvkZ5hEFJ"
    "k6je15zyJ/GuQbWYiKvlqaQwYnn7zSTwycHdqL7J5+PhqE81rkoslpd9VwQmfbzrqqFbXI"
    "Gyy2rBOC0vhpGnZB7rY6MfjjcoD+QeiLZdnGhcBU4bgou5e7uMHGwq+BI5S++OkCmc9T43"
    "5wd80SF/1xaNriwzjIZXQsL5XxetC/vkC0kElSbztOeBuSoite+KztoHBUKS4lnYe+ltCS"
    "gb86ir8YS/hsOeKQRNgeP23aPY8NAqlbshllTBTmuc3z7CtXZcowRwRhjts8xxBqyz45Id"
    "QGoTaIC7UvLnScCMYYky8/13SNFScdu8YJJ5KRvqlXJKJhxcSKtiY1MNqotk0zaKjnPj4I"
    "+mzOLtArrXvJ3PnrjWrhRS/yiUUEnPhHrr5AhulwupHW+yxoQNquBqRkO7LKaQVxSdAK2q"
    "IVFKFdLTVDK6nxJ0RB52+P8peeZ/JLn554bIpst1hEpEGf2Ax7y6mL6Ur2s2sr8xWeP2PB"
    "EGlMDPy66YCGOaeKwFcxXONSACuXJVhmxaYFAdwMcEUXbVIMgOVmDYnEzHYCAGaaf+Komi"
    "6UeBgROSj1sJx+8Pela8yZATpzNd3RDPuMPu+/6tIZmshITLmTjuPtiNUN4jg6knWF9vs4"
    "OD2F9vs4HlaYWAKqYatsnlUdma4zM79SP0QwIHNKxKuN2BeIEhAdTFbG1qNQso//giYfh/"
    "f3g2vl42j0aYI0RrhMeTsaeerUCIb6ix19Ws+nXCLHjLNBT+eqZWnYQv+H3j5/Jl+WzNp6"
    "hq039Hl03rGxOPPxts/Cb3o2NRIxVuqsId9SRRbW1S1ak/931GfsuXbMV3RKZsNEGvmROl"
    "ZtTO7WdByQSjVaWAYtde1p5bwpRusMpt4wU9zOPyIck2Qk+F9A/Gwl8RNKjBQwKWsoMRJ5"
    "jQQAT4hJCHUNeafeVisCc0REQoird5AEZ5jgak6ISQh1s7WJ5OKAprmf16O7wQVamAYGzq"
    "f0FiwwEb+tSAZwfJvi+AIXUP63CYqtZL9h8kb9gQEq26wDAxSKrXQcUiDVCigfUGwFiq3E"
    "g3fP7q262Xi/MR26213tFQrcPbvK2hMoykx2LTT59MiCv15HAXUXxnINWjIkGtn6i83u1h"
    "Yc3vEhIxWoNnJCcIx9lmyNfVApkm8lHFUbD7mrPc477CvWbIXGoV8wJ8BqmjpWjYwlHZVL"
    "ID0jgnVBHSz3Zm37y9HoJqbpXw4TUdS7x9vLwfj0ewY9uUlzYsFVsLrltb+KWN1gf9XEDo"
    "aaVAfjCcbXMY0vqpUeDu/EG0VSTHcvbZsyRCc0x2DEmIInPLsrcrlXxPAyd/cWSgalzD3a"
    "hM0rDklHecKUpXhK4Ooh3ZyzZM03xGJSHbQ2X7BXXVJ9UTW2IMIKkb0IjzFtktX1pKnBhj"
    "vz8KWMpTOCkb5V/PE92qT3NMp9jHAmz9ADS0qlZEbHtQybfkNKU3RMj7P4alrPdWSaAueQ"
    "XoNik9042GOhc/8lFQM1IQXIgkEnBLVcBl1bcjXosXlv6tp8m6l3+JcL6R1eruSGSmhFEz"
    "U+Eo1g7c5XVAswXSty1Hs6goqCQtg02cDGun5GK2Gzn+JVw/b15L/QStZs2dEq1lTReNWc"
    "FflPXy+O6SKNPHVq0ILWlkZ+Ma1csTQtT6+ZfHo8C3Ud8hbT697AmNXo9txh4R1oibFfY9"
    "v/UsWd1OCEPmYxjJVqYWW2EdE9IiLNnZHfvyX/azXIEVDVJXa2ysxdLnmhxmxkk3JAgs3U"
    "7NiWlMY2O5szLQn9JMv3kwRilWx6IBCrvh3Hfss2L/DrN3xMdNqv37LF2223/g2x4jwmG8"
    "e43l3s5ZnWtI2ul/Bc0J7uG17xAJaXz+oJEFsU2za5TJP3TTQz3aeVg05n7pbcRYxT5k9/"
    "0/NZUa8rjZjFFu0wZTvoGW97aGmZa//zMV5oNprrqrZOc66afTTX/vUfR6+zh9D/8AdUyI"
    "CcIgK0A/rudigc0E4nfjiZRVlcoYCE3K13bwtwt969zeRu0UtxHSn6igiAnBArBXXLTpxE"
    "5u75uyKpu+fvsnN36bWEm59uYYKkxKhMNSv6uJtKDOUfi6znH7PX84+p9SzWC+qQJlCt2y"
    "m+6ZhUo2u4m66IIhxDqhOJ2cwRCXiNWpLdJTumvq4v6NyJCQGu+z08EZPqQBcENXknu9E6"
    "BnNhX0Rshe137wQGaHXgDv0RJQU4cta0LyOxq6BmpiS2wIcW7BkZXrTIlrLHj+a/msU8ad"
    "kQQ9ORdvEsHM3ROVlnOaXgAgEJnUPfXhG41FI+secrvHB1HMx84Spwk6uPg+vHm8H1BQrH"
    "mBo3w18HF4juIFNjcHdNr2Ly9JbUgmONc+yyHXdsebkCHTHIOdyAtEVO1luZKY6IyeeAkW"
    "l+W9Q3q2UOeZlmmZ0a5V5jmOFOzHC33OVA3avGXx7M3Wwr5oxMyQHhDPLNmnSg67poVCIm"
    "A6gWcZ9TwCrwQD7aUjsgYwsr5oEck+15PLx6OOFuC1W4ziNDSYpuYjssgO/ubGpu7bbsJC"
    "sKbuoYF67pl2z4l4b80pd7/2mM9XC1ZoeCZItXpEJmFWAkZ7js3w2FYxhs+SGZANliYRkl"
    "nNZiVUtowUZzueMYn6E/bVNf/IlMYmSgJ1bIw1lZlHPMkmefXPLz8QI93lObIWhI7zGWl6"
    "rtoI3qrJI+3fqeNDVO6SDo/6Avzhb9/T/pvwgUjqLa2oL8ZP9ZyHY0XUfmBhtvvMxjGgeZ"
    "qTb+jt7nPQupT2QFkIFpwjE9ScmXL0SShiThYwevlrpqr5SNpc2xssQcdSaPZM4Rlkknb4"
    "R0HmON7l5AgaWekpNpDqqzNk1dyND0b4c07SSQG2ImsfQGRdfWGsfRmIkpRxLgTTGeddPG"
    "vGSfvCK2O6EGK9iGn3S2hC3dOS1MC6/xEM/dcKNisIiBG9sQrlBM7mA8gWt8NK4xlIgtnU"
    "u+85KCG6+lzql715qvVDs75z5+Qy/PMbXxbxXJvQfGcJuOmV6O02VjCjaPDgWkS76tvgV6"
    "9/jCC0tdOidicJ9cj/vvHy4Qk50ak8fL2+HDA2MOu7M1LU29mBr9+/vx6Ff6IdlpLFrOem"
    "qMB78MrtiNFv6M5+y+yeCODGVjg4x0Nbp7Pxzf0hvIxC01a03vuO+PH4b9m5t/KuPB1WDI"
    "xtyolqOpuk6NoTnW/NGDq7vPrm5GEzYcM1LJ3/27q8ENYznP6RzoAVNatF9skbzt8+y87f"
    "NU3raBHXEnaERIGkOwYc/ni1oC94gQ4F4Od8d0VF0c+ZgYYF8Oe39HthTLFMseSgnK1wi8"
    "8o3dw4z8HoXWjNEsnrtvsiZnWXalQ+4IDdbIrXfx/3D+80/hcqd/5C3wyS3RBNIr2jAdoY"
    "Uc3C/f+q2jkb2nrZHVp9o8D1VelaSEIOBdBG/8dcO0Y4Vy3tN4UzZ9RrZEUjCPTF8A+Xay"
    "0nhIU7ZJp+v3QELCRSUJCaEJWiahLCELCUdtTjhaapbtKIF3ocR0cweAOW/znC/wXCuXSB"
    "iXhFlu8yxTb2CZ7XsnBvPb5vkNnbtldLOELMx0q2ea+d3LTHNUEOa4zXMMPVsyp7mjdhZn"
    "2lOJSJD4XSPXLlBWRcFNyQG4aXATZp8oxlniADUUMGiQjetuNromXMIgLgXIFuDl+pClUR"
    "Ynj0aG6hjIhRmk8QUGxQygmEF3wC1azICvqQG8e+BNKacF4E0pW4DyHpSz1NMDCnPomsHr"
    "iStC6I/Rz2/IeBLt0QmqxByToQ+Ea+yNIhNIjWU/sNW1LwMiWIJFsyCU8B2oNhXij5MN49"
    "ZDMYpj50VA36yqTFPyu5yyVT3SsjJB3DTFWv2qUJCU2UZgaSekGqSZ/vC2KznmXha+l2Qi"
    "tmvExKThr1cMrJcbJAzsTgyATVVOMcU8heH9Mu2/UAuhRXjm+Fw3nARVYTM/lfHcMYyLGv"
    "zhmwo1EFpTA8H3AigVeE58V4BsPpMG3AHke02w43hfL8sdELmpV8AdQO6j9e7o/QXLdV6t"
    "yM/+7pXWq9yNgTamrs23PWQaGFnmK9pgCz3jLTq1MUYUBWwsznb3n3n3v2GFLWM1Oqsf/o"
    "CCDYI91A/pnd4y50QtfciynRUvqu5yEoN+mYzushKWfYEkyUqbO+h/ka7ZXVRDcmCmUNCR"
    "QyZVAO/pbf/3JPJXN6NLBk6EIkUHuEx6NoDp9o0w3VLKafapX+dJFsQBOOdXJERQwIkdDU"
    "sUKzFNxtJesLUNi2mEhZbV4KQJ6jqfUsDJDY6JbMecPyPVYH/Qis06XjyRW15X2ECvFk2u"
    "MjinWBMPzPG+z3WNpg5YeAlO+KM64QO9WaxCUVxKOnWi+jJFkfUuAHNcqhTMLYup190+lu"
    "LjH+cJAzCvoG5EqsGKusH67mxBXSigBAWUviXcoeRJvSVPPCVU4TFTswtwJMQOLL/RNiMP"
    "6m9829ZykfobEGisMtAY7ieiWUppQchPgrhj/XFHfhJCZDVWgLDcBO70m3tc6jYEIMu6bb"
    "OYyAlEi7tv62Ihg8/zuMRjRZ3P8Uac8hYVk8aMBi5h24GFcqCZvojvz98V8EWQuzJ9Eewa"
    "EOpb6XKbqc58JWaHRUXAAuPykqlSI+wziAjJtKCrdRwQjVHcaRAKAa7A/G7aA2PtWC0HOg"
    "nkS6Ht8RwF4du6n/3t75pVu7gkcwwkUY6fNQV8XUCyr4Bkn9K6KoD0MhinWxpXUUyjmqZw"
    "6kKd3rCw7BHHFRYtiZTtBwuqCoHrSy7X15xMtYj/ILgfKH4Jp0Ga4sf+LQBtcH9zHpnGwK"
    "3FJ0Oe6JBNSBHFOSknnQesehZlANmGAFUK61BQOrCr3zfwWtV0EZBDAenArWXfUBcLC9sZ"
    "LWL5CEdEpMO4Fu7eRt2uKVPdwdbaVhbqlgN3tm+RK9yc7+aHrkSBNFshm6v2Ikpvj8kBwb"
    "04wR34lNlrWy4+pUD2YSTZhDrjqizT2MF1kMn2iR0Plrlw54eWaAw8F/feaDKB1YQzKIAt"
    "xycUQXa/a0iJzur+DNc+mnx6RCoKxJGNdd1Grk2+MHYQjZojFjVHp/jrXHcXtKrCr/2HNz"
    "1ETrYFovskyzpda4a2dtd+YuoXVzUczdmmM1ybeCA3wzVavxyqTB7b41WSxQEEjmoIHPRV"
    "YsmVolZBWrC5Wfi51Ws9sn1rhl8sV6yWakpOms7mVdpaGwsvscXtHr/P3IqJNmhxhZ901u"
    "QCtke16xi61jTEo4GuNSc5Fk5PoGsNFFJsvpBinQZoHxNdenXCsTv9K708c1Pd3QM0hC7t"
    "lb0co+wFWza3A1V2TCYiImHEvJaoDH2pBBD2b5cQ3e/fvi0SV3z7NjuuSK+lg+TY4EQGsm"
    "tCRkSgKqRgVUgBD331h9m//z9GYKTG"
)
