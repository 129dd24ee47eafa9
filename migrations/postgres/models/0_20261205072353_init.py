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
    "eJztfft34zaS7r+C41/iPlfx7TivXs/sniPb6rTStuWR7E5mozkMRUEWY4pUk5Tdurvzv1"
    "8AfIgPkCIokiLRNWc3iUUWKH0AgXp8VfU/Jytrjg3n7MqwtOcx1ix7fnKB/ufEVFeY/Afv"
    "cg+dqOv17iL9wFVnBrvfcdXFQtHo7YrN7mfX1Znj2qrmklsWquFg8tEcO5qtr13dMsmn5s"
    "Yw6IeWRm7UzafdRxtT/7zBims9YXeJbXLhj3+Rj3Vzjr9gJ/hz/awsdGzEv7zOviz7XHG3"
    "a/bZpf40NN337F76wJmiWcZmZe7uX2/dpWWGArrp0k+fsIlt1cX0Ca69ob+AfkH/dwc/yv"
    "uyu1u8bxmRmeOFujHcyC+eKbvPThTlbvSgTAYPinIigJFmmRRf8lUdBsAT/Qrf/sf5+fff"
    "/3z+9vuf3v34w88///ju7TtyL/u+6Us//9v7Mju0vKEYZsNfhncP9AtZZBK9iaYf/JvJqK"
    "7qSbHJ2KH/TH58Gv+rpWoPzM2KzcCQfG3V1HBqJgLZxFyQH5mciwD5vMkIPtjNxm4Rlp8O"
    "AsEF0s2pOXp8uEDWhi2TApOzUr8oBjaf3CX584cc2D/1x1cf+uPTH97Eob/zL5zTK3QOdp"
    "izFw/PFdVNI39NEHP1Feav/bhkAve5L3oW/Ec1s9DkO5GD88PwdjB56N/e0+FXjvPZYHD1"
    "Hwb0yjn7dJv49PSnxKSEg6Dfhg8fEP0T/ffobsDQtBz3yWZP3N338N8n9DupG9dSTOtVUe"
    "dRIIOPg49is2xwpxdr+ko1+LNr8KfVEznzRQtMqj9jNb9ZVUzq9eBqeNu/Of2PnjdTZP50"
    "F8deq7fJt8cgjxLE1ZMAXHNxneveNq+s0vBmHsZxof2HcvtR9Y/l8+9++PmHd9//9EN4Go"
    "ef5B3CwYG7g/VVd5e6qdiq+YQ5io5lGVg1+eAmRRPwzohs9/DN02BGo5vY7n45TOgzd4+3"
    "l4Px6XeJRZ1G3bE2tsbBmyo2fLB3Es2pM0xFr2sdxzSY734qoMJ8lzwudzoMvRRHeGO+YF"
    "snw/HU97xVHRcst6ZLoR1+0tlVTR660O1VOdUxIVuB8tidnaVzyuMczzdrrDzjrcgeFpeq"
    "Zh87ro0c28R+KmKH/ZRtiP2UtsTCl2K2VXiOiEzFhyMJ2k96xyL2qkq/gxi4CSkANg3sxs"
    "G2GKgRiVKANuSwaRRR6pRcPHMdYxSuNLrvLRvrT+ZHvE25xhKg+j7ZR3+YjoH772D1BJ/u"
    "3ihbfQ29uNFFRX47+cXY012u+pOr/vXghLsZVADrTWSobm0ERZFN7IExdMl3QHePNzcnmY"
    "dZcyu3o/Byzu8MiOkeMVO151fVniuxzYJesc6txCfhvelLq/NV8hPVVJ8YSvTn0C/voz9Z"
    "6gv3hBPk8S709od3HHpjsbjOycjEyNGWRH008BwxSWQtkEU/poOhFV7NsI1Ul30WrE10Si"
    "0FB6k2Ruor/WdgPThvzpKO9toewok9/RFu3/ReZla5qu061Pb51yGBqa8lKnWgnpIdbwrm"
    "I226Zpg0/v155qpUcQ5qfiadWeHa5QKXbfPHBJuJFoHF3ytn8WNzXmaKI2Iwwa2eYM3GFH"
    "hxT0NSDszhNvkZ2vbKgKOhjYiCo0F+R0NXoc3zNIzJsTceXj2cZBxl4GfY52dInt7t8jJQ"
    "u/vOcvWF7i9znschdVNvv/fBjNxf0AnxsMQoKkbZejPrCzqlv5XouWds5LPYyG8ukIp+w1"
    "fWCq2w45BfiVzLcyf00Kutuy42kW4il4w92zi6SW5KOSaaevDUJAiYDgGBPkQ154iAp79g"
    "G8/RbOvdSp74ZFsbcu0va5bl3kh4MP6gmLsb9sNM/MUl9oCLV2s39HYA77ZDvFs++l3g2p"
    "YM635/XiCs+/15ZliXXkpQ2SB6nob5u/N3RThA5++ySUD0Gtc6cNI4/zoZ3eXaBw7PZ6Fr"
    "LvpfZOhOFw2FHHgpGjFHRYDq6W3/9yTgVzejy6QHgg5wmQB/rW4NS+VsI9nYR0QA+gOg3x"
    "24ZRIndtINcg3XRJPRPSa0SP7E/eDuenj3ywXy5afmZHD3cIEcbLpT831/eDO4ps/TDY/Q"
    "J7otFdmUsrek1Ibkqz6cqclUbKIizTks3tar3lTm/0kqlClc8/3THHFgHrbZTW2ojqtg27"
    "Y4Tqls3Sku1eCuJridldSdzn/8scA2Re7K3KjYtfibpZsvqqHPFaoPCSlQKcHmj/KTvy82"
    "pmfHzja64eqmc0af9191zUfjBzw53spEXHdisM21eZsL/HIliPQxSQmDrifkB85HprH1V2"
    "BHpt1/WXJnfbOel5z1uCTMeltmnfOys2+fCrgd0cF+b1sLnf1qvm89uN7b71Zfe7e2rFzD"
    "1+Izro0VR6wjw9piTFawiNadEJNO7a7eM7zUbayIchBjQgcSEbuj0nGIiJq1WumOQ2PF9C"
    "cqs7XAXsAXBjITx+Vi8dZn9jYQ3C/d+1+L2d0CQlPnz7KDtKt91KeRiR8s8o+aiU9HnYTK"
    "aE8Vq6oT7Lre9+arqsH1Aqqq4916RFVVMP4ra+C3qrTpbPX1RTU2nBMr24MZCkAQ8gAfJX"
    "gzst8A8GbU4M1gRy3naAiO4OwjIQxVgNOiU4pe3q5P55T9t8AZG5WBgzbjoI3VZFsb6lYR"
    "hTkpJyFrsHqw16rjvFpkj1yqzlIE7ZSghHDXYorblpGxrPdzqALZNmN9Mvkwur8fjC+Qs7"
    "TWa2xPzaubwfjjBSLo2M9Tc/IwGg+U2/5d/xd2l2vZWPGOX3Lv/SOFbkKvrDe2RlYX/fT9"
    "8K5/dzUg31A3KTJT88M/lP71LS10u/xMFIkVLXd7M/w0IF/r5oZKU5I5sccMw8+JF537t0"
    "Wm/m32zKdqTa7JlAltaKFAqelum7+wZif3K9asFWOH8PSebJCTcpVgLfX5TBBbqq5irbEp"
    "DHVcELDeh/VqoZI9TLMxx9rNBjouJd/uUT3OuqPQDKUX0Wq1MbkGy3oGa7yzVT097rRiWE"
    "+6KcJbTskBeZlTFoCWy9+Yrm6I+siSssDna49TDPh88vtCs/h8Ar7QRMuNaK+bxMHmi7//"
    "OMZGmOPMjzcmuux0bDFkBR7j5OewdFx5mMI6dTICFJRMOBAj6jeXsMBEPCFr/tfGcVfYPH"
    "hBueS964ejdfa4zYdrZb3gqsC69ceSFCqyAXMTZ0RwGtExJMXH9/oxyt2BMN2QoSbeSDLt"
    "U0Kx0oj3csfX5kMaMJiKvKdx/reEy3C1UCtD6tYbSxKUSkTfQ20hIwof1Sbyo/FKTIepNi"
    "y/K78bVuKCqrvHDNVDeUQoj9hmRFM2PZRHhPKILYE2rzwin4bdGB/v0lbN+OkZu5CrA8zo"
    "LUDJk+ucF+WJARWvlxcWLeVqJtbhfKMd6sC590aRzNqpayO8IvA8WfaWtxeG13K3Q827S6"
    "8jtfqPk7Vq+3449uXAGPp6N8lja+s1s0ccy+ZEYDPXbHA7UBeShqW3ZYiZljEZyKzea1vu"
    "tuUDzaDoGdMthItaQbGllVEivlAgfqkbczLUgTF46fCOv/sNq5BtO6SOokPe27qGb2jmKU"
    "eJ3F3M1SLX9DaFpq8WrHnfR0yEZbwiMq5BFFBaSF5F2lI1TUzAUcNOeD1k2Whmucu/sVrx"
    "K4vIOGus0ar0yONeegO90nJ8Jwmo634W+AJAzW3NDlJ743DvjRHBNyIiHw29+hQhr8Tpwr"
    "ZWaZDzCZ1xSaDttpm2682Vy6l6VmSOXV7ZM5jhVs0wpJM0nE5yvFh/y96imp0H0M2+uSBq"
    "ZDtx8epgu9i35YZkrA7qtse1jhloeRZygGoRK1kJp7PyiEv4DLZfPm8g6HJUa9SbjwXX8Z"
    "fTdC4mJhNdqpH2c0n4vVdOKKKQlJNpDiqL1ZDtRQzWnQDgWSBME9vLD9S1Yp7cjuFcOFiT"
    "fGv3cwLpCXk4uBNvFElh3b21bSIBBmEerk4WRoDytLFdsAmogJ3aM/MULo3MtJB72r9fOi"
    "pg9fWVILJSb1PZ6DdLwfyAv2TsDAkxCarh5/mBB78/xByGqYLCoRv4ZnT3S3B7sspwonnm"
    "E1ZWuqmsLNNdCrXQTAmCAzFtJjCUyNtTDt6YIMDLqaNk2auNoSpESX3i7M/ZdZSScgAux8"
    "RdYmNBTIoF7YSzFVm8HEkAOA0wxMkajpNBxajstS1XxajorLO0NzFnXVQEdi7Oi+STccVQ"
    "TUiBH3S/H3QWZHUe6KULs0O7tW6Luumi72sGU523fCsAVoCW3ralWxTcxGt7QCaA87w5tM"
    "iVVN7mWsP3FCqOg9hHMKeVlz9J4Bju1CHSA8cwOIaP6xj+qQgjnNyV7Rj+KcUJpwkoIvgG"
    "90vgCq47oWGm2qIbQ0REtu4F1W8N5FcK9S0I7m9w6U43P+DFT80s4CJRo+yYUSpiBOyyo7"
    "LLXDK14g3BE1LN4f/d9287UwVAN7e6qehkN9BVg2Mv5bRMSovWtZmkNurOHoOG9ao4tHay"
    "4i5t7CwtQyyJgivd4Mruyrqeqa62VKhJ+Yw5COdGPFKyEPUoHvWAMBOEmVqjrMgbZvJJla"
    "Jk+6iQTPpofczwkOB6MC1ctmIpvRQpPLq6DnDcM145M50gEY/vyU9pOocidUkHkRUhpjFX"
    "0e9EVoCO2EKnk3gdqYdOJ7FiTXSUCrKqWScd2TZyoZBsrKrJJqM2gHjjk6H5QtafZW8/RU"
    "eVg7oh2gJlt3ddEX19jMmP49dr49/Yyw11M8fNbq8l35boObYnWricGxsF6SY13hyMXpcW"
    "+Sd15iM6HNIdZG1cR59jVlZtpppzpNrWhvyL/j35+PiNgwyV3Bl0fGdyF4gMQLc1B5ms5k"
    "2isFsDT52a3kOoLDWW6GfuknwDxDqkog//QKeOtcKWiZFFA/1kaNUkIzhopT5j+w0tOWez"
    "wciop/Qdwub8jA16xqAmapL2/AZqybWQM+C/BYrJKdSU7YGOSwF/YG+QkBipLo8URSEemJ"
    "tVypaNR7tD6eb8/GvyDlPExAA/uR/cXQ/vfrlAvvzU7N/fj0efBtcXwTYxn5rjwa+Dqwf6"
    "mY3/wprreXvFmQiFiAg5PITkNH12t9R4djl9zTJ3mpgMuHY4jlJ6dPE0pmKLfyfdZjLNyX"
    "X/tv/L4ALN1RXRcKbm4Pf74fifFwh/Wev2dmrejCaTC2RYjjM1348e78jaX9BzempejcZj"
    "8jYMR3cX5HC2bfI+kDGn5qR/e39DRnTU1dogI04+jMYP7/s3N+SjpWW75GsbU3P08GEwvv"
    "AO5na8RER7EONK+fdLx+U5//HHAtiSu7KLZ9JrvPia2HEdlZEO5R+KME5+yKac/JDinHiv"
    "rELjL/zIDh/lhFheWKezdh4PYxqV4XCiPCtLmLmTEpXpSG2YvWPjBbYxOVRLzgVfXqJMqY"
    "bnY441YqmXiRjHJaEubpvr4nomjZKn9Wa9bglB6c7qWjSiiGNPTC1KCUqHd/WODCC9ZEMv"
    "L+klOH5mgqnAKTmJdIfK3CPQwrs+xxNzU5dYuBxJWLpQHvWrKETfNpCL0uDyKtHzCwRAad"
    "TSpVH5gEa3zQqQfXRwB/snFUWWc8bEICbfA9093tycZKhiAPAegFPaZwa82dTYOgs3eMxP"
    "DsMlpIRmM1oi1NNinQgZQZj8jQzLRdYCUS7H5OPjGf2HQ/kcLlJtTIkfiI39rZ+Eg5bqC2"
    "Z3s4/Rq+4uyV1+VIvfibDGZ3EbQvi7eBjkgHYQxySUdCc+1RidpPoI1e4lE45ScUS/5khV"
    "R2J9Te4QYgCCQzB7F5DXIQiGf62GPximFRimhUrVQYYSZChBhlJL824ELerQx8kxqqP+z2"
    "y7OnAhQmVEuYxSqIwIlRG7WLToWeeVhS7Gmw9k2wz0yW/98eDD6HEyuEBk/8dLa+NQpvvD"
    "aEyJ7y7ReJMuxuNw2ollRIwnoSpdERHpeEW18LgMrgsBa/pKNTI4EHzXgSdy5ovK5cEaXA"
    "1v+zen/9H7KVGfKPQjpmqrGl4WlwiungTgmovr2tYtW3c5cbi8spShSJO147pSPA5qmDVQ"
    "wyzldyrmKFEXi8NsWhpslpCGktwT/P68VVVQ6uw2C6WBwPEGjrdWYsVePld9PrR42SQYR1"
    "agyBXTWWDbUawNxzgRwerBH0p+qPSc4kiAlF+Yq4qaXJKqBgbR4xUHO07giC8P0w0ZauKN"
    "JNNqqjOIMsZETX/JjKNEL/fyQin27saWRVPyMp4lC6g0kt+cV1xq4YGYmoO8JNidTIN+Uy"
    "vYULsYg6GY8VZ6Psrctd5933T1UZjPQj6+z02791ofl43X16KP2KywSJg7KdYctl1xnLa9"
    "vhxnN9g5bEUChv2rh+GnwQXypGnxrLvJ4y2tJBcsEFpd7mbQn3jV5QxaNrMl1eUYaRg7Ja"
    "iycclGyn+0hHHcJmJsAFIuMxb40Nnvl7x86F2xbTFadEoOssx5hxut3yxGN4+IgCZWgHAe"
    "hFIOpZxLFpLpJUnnkXVVIB9693pXgK1IHf6W7QhF4U1th8LU/jpdY97i5jjFwlW/pwZ9wY"
    "TdkYmWrJA7+X/PjYbnaGHZQSZtDwU8ZXYLy548Q+qLqrPpR/9JblTYCN+G8j1k4hdso7+j"
    "t+ms3SYemJe6G61zwQaHHN6j0qX92RTRY3YSYJynyxB5r4QAnlERADQJ6GY9L2ljxSXBxm"
    "qLjcUxrfn91sTMgKgImAFQew5Ko3UKT8iQPsxYFSndBbXmRKAVrzU3C6o6HQiubA1Dk8hG"
    "j+wDEvuT9JPyHKIE40US2IE7K4BV7U6lCD07y70UZ3AXb3ZY2OeEkW29ojW2/fJrrrXRln"
    "j+N9ZIkFxyglpuft1C5CxpGbdYEXV0Sp1A9Ka/rI1tqgYin9vbNzyXU+3PgyT8dnmV2l+n"
    "P90FT5Ce0BpGGDSyq25FQyM7aGQHjez2YyuY7k9baWPxnlQxMWlc4803BusKMburJzBwsm"
    "vlZAPNLhv6boaAitDsIAQEIaDuIAshoGrx3DiUHCYCaEQCiLXQbqgQyPWFgCBmWXHMEmJq"
    "lcXUkvtsBajK3VwocrS0qq1QPAiXFU2KRun2xZJi0UGxSJK2VM0nTAM5KmLPJd92NcO2F+"
    "RxNisHWZQkHFylcvjzRjWQ7johqThKS86PJNX0vP2RpD9i7hHfkv8XlCVoZVkC6avqjgdX"
    "g+H9A81/1TD5mLrgPQc8db+PBw+P4zt60d3Y5tTsX//6OHm4HdwRgV2obWr+Nh4+DJTR+/"
    "cX6NXWXaxYi8XUfBj37ybvB2Nl9PhAF49Xq4fWR4pcG95FLukmq+h79fGh/9Gr6usVjaLf"
    "ZDIY02xe/20LU3fDzN2pOby9H43Jk/TV2rLddgQG/I1COMKWkpPGf105V14Y27QggCsSv8"
    "xCtfmYZWdd/hAvrDNeCDEriFlBzKq5mFWjdgGErCBkBSGr4yMLIauK8YTSJRAGbCOgUAsm"
    "E96aasFA9A8yFjsVroboKkRXIbrKia6yjhdZkdWgHcaeqGrYfaM9ddG/luhjbQlu4cQK5r"
    "cl5aDr7F5PZQfrHVtrL2dFJJA7uh/cXSAqOTUnj5e3w4cHWtbY2cxWuuvSWsf3own7iHqt"
    "6N9X/burwc0NK4hMf7thtKX6MURH6oyOdMu3DPkQ1TiXw42gxLwnZRupKn4MZbPtEx1gkj"
    "vT3v5eYppjgjDHbZ5jYjLYFqWwzLZi/s20ILg5035jjfzyJ8sWxDYhBcBygPU1CNFlm5ID"
    "cCHWCdlPbThPa3AnBxtpBfheRYbq1u5QFN7EqVME3nAzBefyPnCT506GizlDNwN89+CbVk"
    "eFffjRbrBmZW2qb8hYEu3J9dclDEHLi3YEqBaIeCjhbFYb9vhj9wg6uB9qh1YSLYiJbB3a"
    "zUWshWZcCJRXns1lbUx6hokBm5ACeysN7Itq6/TwVjzHmQC4HElIQUrDC1XfjlX1DajoQJ"
    "huPZ6hqihOmo6IAbYFeb6BylwF1zcYq2MwC/F9I2ssZtRe9SdX/esBUH6h4E8LQD2oiUad"
    "XoUHvyjECcehEF7r5fkSgrISQJ6Uy1EQlgsR404mxIA6yX63ZNRJvwMIDqZfoBDOPx4HHk"
    "EyHGNq9u/vx6NP9MPAU00Lz/w6uPJv/Atr7L7Jh+H9PeNbLvX12rvrajD85N2lYf0FGJdf"
    "L+MyjHKIc7ISosDKajMry3/5yzAsY5Iwy22e5WA/LzHNCVGY5zbPM/Dks89MeXny0DBctl"
    "nnvOyptpbAp67VVb+wrZVSjp7KEwWXPbdio69biC7htCAsYR68vlOgBL4pSQCYE87zTSBR"
    "eFNyAG4aXHLyldt+04Kw+e6Pl8YOrQqCUF9BlgDvnC8Q5ousT8C5CM7pF7oAytEjrAKY5e"
    "a0c857yBqoFOHCWQN8/QLw3Ue0SKpUBeCNWBGA794dImlxHTfrJaBTQNKLOD0lK+cliel+"
    "mkpdGS/AVTkiV0Us6QLSWLJNWIKNEmycYpDGxKTJCKgM2GNw/Vt2cAPVv9147hqECfmu4l"
    "KA7H7HlRsh1h6owkc5uh0DubAvJb7AgOUvPcu/ZedW50n+I3vOZ/h7F3p5dpNFb6mlQgDt"
    "DWtigw6Nv7jYNlUjbNIKltSRLCk23YKU/6gM8P3Z787j+0fWfRnCf0S8Ll54BWif3I8mrA"
    "jy1Lwd3g3vx6Nfxv3bC7TSTX1tW0+2upqa9x9GdwNyF/kReGo+9EeX/RF5umrNVGtq/np9"
    "gf6iFZWvaTnlOfmv69HjP2kn27m12dImth8f+8PJh9HjBXreqLqztDZT87cBwZ18rQ+j+w"
    "v0iglarkKurKfmzZB2tjWIiXpSYh1Unw0Q3fQE3raEWKk10LIDtu4+f23PsEm9bydrbM4p"
    "YqIv3eDuenj3C3ldPHny8vSH9O1RdZpmc3MzuuqznBrVYOFJVrB8ePXRk9G1ZyaTTrO5Ht"
    "CXZ0w/IwoCeYNslmgzur2/GbDxNGu1ptpORvpN0OPaS9ShXa7bkpLjbGau5ZK3SbgCRlJS"
    "GpdXw0Uw5rrDquCIz0BSEmag3Ayw15x8rRLvQEISZqDcDJTcgmD/qQB7ejaKQx+VAuTLIW"
    "/jxYb82BLoJyVhBsqu/e0KkwN0hQl+QlZIWlK6JOXqlU2qYW/WnKVuWQZWzQykQ6EEwjMi"
    "VRfE4SfNZi9ejkY3dOQwl+lymFjDd4+3lwMCO0Od3KS7mZsLi0bbCvtAYGWnBKVb2NUb2C"
    "FmzJVTCu1QUjq4ayl2EOKmzuc2djjOjQf8JT8VKSYrAep5iZKD3x9i+0qA7elt/3cGe5gn"
    "eTO6+yW4PTIXVzejS6jm0eACXxuqVq6/UlSwmfzgRqMT3UwPLpIUzmyqEhO+E4NSD+3J/k"
    "7PLxRu+RpmOQwFlCnpkZCFmW71TAfhnTIznZCFmW7zTEO5Ftn0Mc60p8q1QBtBKdsISg7s"
    "Cq9mohz2mAyAygkR07NaENSYDIC6NyvAW4RpgIVp1rfhQN3CtyjPOva2FqCvH6d0RUfBLd"
    "FHFBpdFgW3TKNLbxsFaPcltERPmwMS/QNS2YHJ/iyz4tofq4NmTWa2f4zB/IKrAWpAB5IV"
    "Jd3FqypAGpJxZMVohR1HfTq0wgaD6dYbSlakfOJNFUjde0PJipRHEjsQqDEbRF6IKBf/YI"
    "joIGOvHpesSNEIVAXv3cQfRiaYas9cDdWorAzWqJ61J5NViel3e1NaT0YmRo76QoBBlonc"
    "JUZsmG8cr+HM2u0h1UFrW9foLeThho7nSHfRKQUAm/MzL4H2LLjlT839chZ+iT/fXJwk0G"
    "/gkVNTJfLWyqK/koyGyJU1eZZlo7VF57uHXnV3ScZ0EFmO2ECqOUfqisoj3UQLbJ6h32zd"
    "dTERIkYHUl3EeBd0bZ+dhKu2sgpJeWRgyVJ7G6EAZycAP+umEBE4uL85VlOdU1AzAVgju5"
    "IIuMH90lHGqqegsn1KBNtQQMaVe/6uyNI9f5e9dum1RH+tVbk0vbicTPWBms7WYGezQARm"
    "JyBNgkxlES1P5REMbEdlIKKVBtVTsYUwjYrItDfUFSW0gpI9B0YDwtI/HYO3aDwguq74Jc"
    "OOWIvJ83dnmbOhN3yfLbvzv+83ZCesigVa6o5r2dsLRGTtLWK11XR6DzPxTIs9AZGRmGX4"
    "urTQXGfGJb38uiSGX8perXRksBtbrYxk242ss0ReoRX+JCTEpDN0qrchXasEzDEhAHkvyJ"
    "DbVWduF/T8zEa/m3TiIuldYBxUb3BtHFFIIxJgwYK11Zi1lVy1FYAqN6Et8qIK09lqN2AZ"
    "FynLfg2ISvvM15AYBZ1YOrVf9nLMQFpXXLTiSlRGxmDMT28LmSdvc+yTt0kVGjreVKZCmb"
    "qrUKoEFg9tpWVlghgKgR472tXwDNDWaErJWpRpWXgVSk8Ebafl17wQ2+WjUtK8BRU3N9uV"
    "nxbANSoGwKaD6U+O+JYRlZIG04Z3CnCq1ZDsDH3lDsYTfGqZ8NbjU4OmZxU0PSuSIGpjB9"
    "svLM/j4MSZcCR53Jic/CKlgubZXpKRbK2zeRlGVaAVpBnJhlftfu0geTTLtR1JLt3n3Y6m"
    "tBbLM/IlkLVAqhkm/agLF9vfOqqBHeQuaXgYzbD7irHJ8nNob6s1thmLiuYKURIWTqUCsU"
    "HYGG/SBK4Gnz01/6SjKKr7J9IdRvvyMpyo8x45+hyjhW47LmLP0t0LMqa6WKCFRZ4SPI98"
    "Mf/r9rzH+l/Dv4kJWCYuyCf7Y6eQqBvyMtlKkNLif1OvIyFQzlpHOUtMVzrcsL+3V2KINk"
    "cfTmhLu/vB+CJY71Nz8tB//95/RZJvdZHIRJEkkewUkVSCyMyac4IS2XGf4P42o14y5vPj"
    "2yIxH3JXJrrsWpdpU1AUuxLWVHAICc54RAxKq7anxmZ6fqFcIeQhdQJTe6WKIboTgCUKzE"
    "3wMrfDh9I7yMsMNUoLwppdo5Rf5REosZVQYhMHVgWIila36ii0u8O6fWTjoE5dllM2Usdu"
    "n1M2Wj0PWMedOut7OZ5A8f6lx+hb2iDjuOp8SKj9cmSeD/7iYttUDcXGC5F1npQrtdqTZ9"
    "px95KaC0l1y8va7NKX180KHiOwyFuiire1co1fCpmjhe+KJGfr35FqzKB4d+qVzlO8vVkl"
    "u6qIThITqkb9bpFG8v15AY3k+/NMjYReAuW7Vcp3N8zLzhbbIVqlw+vOlLeDBBLSwVtLwR"
    "1WZUudv1DFqkSiDlccMnbKbSZgX2ZPiLz2JfRSBbpHpzAFusfBcIIvJBPeetgJEPGtMuIL"
    "PT5r7fF5LCdemEfHdeRFs+zynHnxvD7w6HXqYOrlePSgsFRlGhQ5PiztmWNqW5aBVTPLtR"
    "FKJVCdEbG6YA1WcLNk/cvR6CZmv10OE+bz3ePt5WB8+h0z3MhNuptlVRNzrUwFEgeKRh3o"
    "z9jVcixlge3kYBNpgRkmI545dthxLIa2gXygycC1xXavd1VmrmT9r5PgpvZD4Rol9dsNwR"
    "LPNB0i78Be68H27i1YIKFvovFt/yKW8K86z07PT/gnj7OtFyL4ZFlzB2nWCiP609Gpr1HR"
    "7qavNsEXWYvFmx5aWSbekruxw+5Ll0Vo5Ilg/rTL/KFbnCCbIZQAKkMiEpmmMuR1rtlfre"
    "EoLWz8bQoHM1+4XsN48I9HsmsPri9QOMbU7N/fj0ef6If+/kE+Gw9+HVz5N/6FNdf77Gow"
    "/OR9pmHdv+/949219xml0PjfCQL40gfwfcqUsIEblwMTF0L2ELIvGrLfrOclZz0uCbPell"
    "kPMIpMe6oMXyR8U6Y0R5Y4xMTT2+pSNedGCU5MSg7ABU4MkDja7tkq6DhM7aAVICx7tYms"
    "U6cAs2O3mVaAs9zMjtS5I8zsiKYU7KrDJsw5gTq/yZq0cuDOsXwPrh4dJKhJiBBU184Aqc"
    "54SFBh+4QTCgmv9fKiIEG9byBQyRVBCOu4i4UREmIQS9gbS9BU29Z56mE2yBER6fzO1QNM"
    "d6Rn8gUEV3JCTDqgqy854jdtK+FpjEuCp7EtnkZICTuy+8uwNKbzikGbkAInGDgWwbHYHo"
    "uud5BjMXi5KwD2JjKUpNgmtsIMMiLkiB0pR6xS9w+0CyvvAMpKpUtiut8RBOl0EnqDIJ0O"
    "ekxXjukRutFD2/QalvRMdbWlmCkVFYFtAtIRG0Y31FXE+qPHpQDZ/S4AJxJDPNCUioYjOw"
    "ZyUXsqscAgO7EuV8ve7MTU8VYBvpfBOJJiGz3TW5X0eakadGYGpmtvTzg2bux6L8/G9Vlp"
    "M09AIa+qrYu0xtaWqul3p0beWN84Xrvp+bcvqrGhmZdsaHRKlP2MHtdlBuHY039EumDtWk"
    "UvvDbRZQ1t6BpdrfWSbZGTtUmviBqSMTGZNJiGjclDunV3ok33w+j+8Z68WNZ6s56a9/1/"
    "XqC1ug2SN4PUzanZv/71cfJwgdT5XxvHnZq3g/EvA2V4d0H2JvsJK7oZfDZ6fAg+tDZucm"
    "srQlmAlM96S2KfF+mkTu7KBvg81U39GHHW/eGU7vlmY1RisQVbXcekY2/1NROYoEB+rZvt"
    "8cgsbVvHlTtgPXtEXbhk4xTWCbnioBuW1g2BEVdn/AyKGHyFJNMyOeyHJ663boLrddY3n6"
    "faNoCLujqzs1OP7eu8Um08xiuKn32NDf0F832e3Pt6eb5PjUgoti9CfzGVEfN+khFQMAJa"
    "WDaymDtTN+bkv9gfdPftIQebLlIdpKLfMNG9XeRsZnS0GUZ+wikiH67IFkOENJzhJq3zaX"
    "v8qewp/vIIvD1zcj/BAtyrLdLZst2r0Rksqr5FROC4EfKZ8gHtgp+0Nca1v71wdeKMUEAo"
    "kacLVwN1kxtIDrJUlU1mB+LV2iC/jfuu52QHxsUkXKI15Ae2vGpmapGerLE5p4iJAX5yP7"
    "i7Ht79coF8+ak5CT5xIp88sD/dqfm+P7yh5TAXqm7QApmTj8P7e/qB88zyItsRK1Fduuhd"
    "zgRmHolREeBNpvqxOk9im04oAM78/buNoTqugm3bEkqtj0tJ59Svpaor3cTKJH3vxCpwxr"
    "VsdXfE9xZgUijDG1yuX5PLFerGyjbrnJc9VYULHO1VaXrgaK/V0R7y4Y/kZ6fOvhOeY51d"
    "6BVgETN/oe1F2yFVtlPvdi/Hc8z+nYI12+II7pfQhVR9LS8CB7emSDa8OwnpjLkibM1srm"
    "aKqTnTbXc5VzmJ3tk+5KjM1+xFBhMpe812U1kGVgooyy0BuPvKsrVZs5+c1pa9K7nqssbu"
    "KdpfEXm3oyX5Zmi2ZTwPD5gz9KeDP/9Jvhz9y4lmz/mPoDl19P4guIdOvSXwpodel7q2RC"
    "v1GTu0k2IyItPUc6fmGtvfevLI0Fe6iwge+FtHXeQQU4Jx2QYavgXkSx3GRgFT4UBTQSOL"
    "XUSXDe6Xrqry+dsiUYm32UGJt+mYxGeBBevf3dxx/F2rV2yXQ/Ybc+PgYIYLR+wf7x4nNO"
    "DuSU9N/y/234Pf74dj+if+stbttkTjX1RDJ0e4bXFKP+RbHHFJCS2OjlgYhWJv3ppzShiW"
    "cclmprklBnrnZhmSZKs+uOjWXSZ06VTpigFOQm1vjGNtbE1Ied5JNOgI1gxVXzXjDa5exQ"
    "CnZjb04NQEp6bIeZRLM8/ENZ9l/vUim+Mujvq6DnQYe87Jh8iAHYO6qOM4scwK1MQDp7wE"
    "qaLx5Z3pnY++APu89EqwlKAAfBftJ2C1HCVVIfq1BDBOiEnHb6klWUH6wn3929EjTS1TV9"
    "aGJpddDydX3idz3dHoZ+1wYHvfT7xaUVxOmqyyhmsUBWtBma0FTsuEVIPxsrfkf60+OiPK"
    "E3lvQqCElzdPGhZ5uUXuLm3sLC0iLTwNKVGYg3Jz4EUb5+pWJG84LgRl0LJgbUX4t2VId8"
    "QVWyjK4c2Vy+lbXWSOXV7japjhVs2wa7mqoXzekH+J+IXjUtKcTZVtj7rjbPBcCc2dot6g"
    "hBgAmwR2jW3Fd2ky+qkAuDxRYNyl6pvSiDH7oWl91bIMrJoZIdeoXALWGRGsC9fAydnsPn"
    "85Gt3EtvjLYUITvXu8vRyMT79jezu5SXczFFTdUVTN1V9EAY/JAeDFAYfyyFAeGTgbstbq"
    "aNv71c1J59gOqVIdGpmEJ8sW3UXjUrCH7mWUBIilQRZnlESG6hbGRekOieUlTHiIJkeFaX"
    "8JrcwXfP9xjA01I/qZyi/s2GGVhfe/62SE+GQcDhNkR9PZV9YEiB9yET+CYjWCqYoJMeky"
    "FquPh5u69izMsonISEf/qJ5no76QVW4rG9sQATkuJR3MtbBs1gQjoZUcCshX2rY+gJWl6n"
    "A6U+9BOZSqBOoW7cnVbxjWGptiJZp3EoDuPnTJr7QE4Y2IAL778DXwCxY66UKBBg8507JX"
    "qtHMUVe90ra22JOKmx07AYgtZrWxLN3AEqhah9HlGKvAWeMyvEWOMMxDuXnoSG5zV/ds1u"
    "LBsJ50s0S8JCUsX8ikuyGSdGAMwqHZr1k3I2MQDv0KJ71IOHSF7Scyc+SXWqLFC5KCEBQt"
    "UJU1BK2CuGjhLPCWgVw8CTy5xGKBUfI10N3jzU2xwCir/HRgXHRkz2XCm2tGEksk6E9cHq"
    "hLb7ABGatI1L5th3whwKKNKA4ItQeNL6SECMgI+yBy1acD8fFOgQf1SVaIPOdfNRvTPRtL"
    "6n3J78POBj8QrUnQ0v2KDIU7WTfpiIwg+kpmkoL893Vvu6Ngf6iWG/RHpBQReQIUND8qWc"
    "j11kJRt6V/e2PFoRuL5VXf+AgcWdnQd9OnAbUYW+PKgFp2Rd0YLW0wc095TVes1i5HT4lc"
    "LaKoeCQplk9ZuOnMb5icci5tGGCjF2zr5HvPkYrYUMhr/BJ2hgn6v6BX3V0ixyXLbI5eVG"
    "ODkWUjz0Ygv9Bykec2OknMYc2Pm5p0S1oRhVpTDWOLTlVkY21LNr95MPSrtSFjL1VzTnvS"
    "IIv8Eba0WZGvsEWuhV6XFn6h30NlnWsCWbLVvTlDQ3dqvqq666AF+RL0Mq21wgawXs3g96"
    "kay8Smo5G1udDtVY9+ZypC3sXFgl5gP5/8SnK39+Oy2+B4KbLeFug9DtTFo6qLRyMxtm0D"
    "rpsJ1r02LmtsziliYoCf3A/urod3v1wgX35qXo3u3g/Ht7R/i7+H0C3u02A8fD+kHwbb59"
    "QcD957bV9svAh7yBydrQCK/9eo+M+xps9LzXpcUr4IdkcmuRg7xVdIBDN441Jg4vHKW/pv"
    "gWiNiZQcUAHS4Hq6sxiwMRlYshxUDUtjQQwxXBNSsFz3p/NHrEBw+OzJ5o8fNXyXT3prAG"
    "j3QxvbEPcDuzuYKgD30ZGJ/JNENnWGZ3CteJtvBeDeRIaSE+DEmSNMZavVExyhRfBcwXHW"
    "xH5fcIqxsd8bPDIx0paq+YRpX+9It29vsDN0bzk6LRyH/GE9z+yfQcNOy/wTqTZGhuVSz6"
    "nq+o1n0fvh+9FZyhtc/+P2hN2Drgg2XhzmT81LL5LMpdpIRlG245Usd6F6s+H9oLlzNHfp"
    "W4oM+uO7C4RV25yaE+pivUA00Y/5TD8NxpMB9Zm+YNvB9JOHR3q3jd0Nvd/rnh00z56a/e"
    "tfHye0Pcn8r43jTs3bwfiXgTIkEiz8pOhm8Nno8SH40Nq0pGmJjVVHrEnPTkK+1Lzzd0Xw"
    "PX+XDTC9lii5AK2QK96e6LkstGAXpVdryxTausNqOxWK76XnAxyXyvPQdw/xHISpxz0j4V"
    "9duDynwd58/1AO1BKoswx1ltsCtbxhWeBjVvUuAR9T6t7CqXwbji+Ol5Oz1yHnBEIMHezX"
    "UipC0Qz9YqrpvGKbcgdVFA737Qo7DvktKGhgfOaTECkj0cTf0r0YxRKSkGoY1iu9iALZtb"
    "faEmTNZh48NVVNw2v3Av1JTpi57jp/IsaedJB3wWEczy1mtFGfGUoBDAYp4uqLNgoH6uRR"
    "M23iLdsLZ9zExdrsdWqNldd28mQlLr7+1dXgnrrl2F5B3Xi/Dq4eqBvvL6yRvy/7dxdopp"
    "pT8/3w5mEwJo/VDTe93x2NJEl3PDEjJ5CQpkxZZcaNtwhK9E9LCwK4YDmC5diqklQw6w3W"
    "pAJ/AfgLOuAvOHL+Zt9L9DvheAmCS70854CfKAi9Z+QyckWbzkC3mV5Ri0m400zjXWY67D"
    "Fg6HDB3e8vCGTbDPRJf0KuXCDVcbA7NW+G/cvhzfDhnxfI0NWZbujudmoO/vHIPsKfN+xv"
    "ShW6e/SpQuYGM2rQ4G7icYOw6eDj+RJS2kX2MRjhDOvmoUW8frU2tqkaN7rZRcU9S+2otS"
    "LV0CSrx7Xs7SfV2Kj+V05pDZy7chUIPbhfeQkECgYWbq0XgtG36guZuSeMNGJAUHc8mnx8"
    "RKpmW45X/UBbEoAuvLoLtD4++r/os7tFuneVzKjLRNP03hrGBzWnXWoOmSgBVP27wbGWdK"
    "yFa5+zJ+cwy2Ni0qDadMuK542Yl2MnUA3knd8gBFSQ9PEam4j0LIxM/GCRfxT0g0y8MTo1"
    "BUVdILt1V4QvcZCm4it3mblIseu52slf3p1CaUhCXo4//A4ySmB9+H8eGuaHjJ5qN9xsHY"
    "Iuja1icorxZ9v0URnpXCbVl+AMGNlFed7B/QcyvAtoF0fYaAsyvFd4JbQkg/uly5WppQls"
    "YtMuCnJCrM2epta8/LsDURxo4FplwJz2nAI5Ihv6bobJi5AjIFOlwfI3IWYVRMzlLiSSWl"
    "4HNG2CYEEG6LUGC6KQZVvgAaL7DfBwFoskHMzxTHdpvWIVeWzTM3RNjh7TIXcgbxNzEFlN"
    "yMZry3YdpG1ctFLtJ92k7PzJx8ce0sgEP1n2tufVNka05DIt9mFiIx0qaOaRFUcPwEXQlI"
    "uALQ5x/3hMDPzj5fzj3tsoDn5cDtAvhz54bk6EPTf+li9i7kZE5KseUT0Fa63arskjruaU"
    "vt+JyIdw9d4E8D7W6X30SbdiJntcCOjtPF3BV8AFfSFxKfCEpIH14l2iRkhUSqb12rAOBu"
    "Wta1rVTVNvJIQzx12KA3bGgZ7SJNmjY3tGUZdpdLPMINhwVIgK8I2kCUkKbVxzKgAulwom"
    "DGwxMljLNoXK2GA8vawCUK8iQ8mJbEIdLQAvlGCvqAT7sWs/3armJof2GL3cywu6LHSTVX"
    "lcMQGxGux90y8wTMBmdc+36BlvvbJH/rjolP5cbM7P/A/O4g96c4HmNq0wyYRotSXabrOH"
    "aOybfOZaNLMiHYNp6MFT08DzJ2yT68YWvS4xea5p0YBM+BjWHZTAa1sv2EG6i05X6jO2v9"
    "WWmDzefgO5IC3MBWmvq/oY+6A0LMPGnKi1ePoyyAu/TkZ3GWZ7IJBclrrmov9Fhu50WFPn"
    "AUuhoCOHZKsAz9Pb/u9JqK9uRpcMnAiLig5wmUwjtlxyKgjHDGNi4LEqn9PU8rpvNTbNvR"
    "9NHmgnXE/lCKrBeb1xaT043JLmuNAmtcRe1SZ2aIBJLj3UW3NKmd4bCUEI7BU57oGEnY0+"
    "kLCz5hxI2CfZQRroRyxfXLedqDagJEN2QZPZBdAFtrEusEcK9nYU4QKx3uMEIO6xrVtxX3"
    "X8Si8v7KAZlkPWzZrdWjjZw5NCK8t0l+QLWb7vf6Vu0QwjVsEX6aZDliTSOVWeygwArvt2"
    "ue7Z1Am5oQMB6Yov5AEZGKU/Z5qkP6cMUu+VLGGPRgXBHO2UOepNnbA1mhCTSLOvLSM4gA"
    "x0yn0qe2JxCecD16n1TLDrGng+os1webpP7HquBuR4dyqsr25xwgW7Hb0uCUaINhlaWPYK"
    "2VjD+gsdmbWbogOvaNMpe2MSlQerNp5fIG8d9JBjUcXHG0d3/NvnyH3VNS7Tot4nTs1T99"
    "WifW6wgwiYlNFBi2k6BFdPpIfoDWRgJyBnqC6yyAtyMLfiGF2QW6ZQ1KytqSvGphSOrsbl"
    "ILxaOry6wCWKdUaEAPrS0EOA52vUqMk5JXai7ARketfqUqMJWhUo0JNQYRlvivCX2wZyUV"
    "V6t7Za5TrcwZ9VMyZxRwFFmt4rVjmG3oysBdM2qfrJKroE6m74oYEXRNvcuD30qrtLogYT"
    "5fNVddCCKChznouxqmGhAkyrz/lsndcm5wWvRGz2CRAKSFN6pLqo8xcXs6JQYjUhE2LSMZ"
    "Kqr+JwDFu4ZQ6qqtdu4CxRylrBGQNIs0uALfxV4B54OoWxTwgC/uXwtzZ26S0oLQuzUH2i"
    "Q8by70RT+7Kc6iIazHm2BnOe0mBMi5fUl9Ns0eIm9XVfOayFrg5+LfBrtd2vdeT+ynH0c7"
    "1a/vQUcmrRyGcxn9bIjERoI0FZ5nGyMYFV02ngVX0i2DrU/2R7fikn7cg6cCygzbUrEHuE"
    "QqNlkisbUz+qz5KkL4Zov+eoDKghRdQQGvRUFra14sdUM/J7okIH1nBomc9KrIQDA8Ll+K"
    "b3YOfyvNNfFXIssqSwpH+B0ykhJY3pXJmLdKW62hKLHPgRCYAzlQCpLxbYxsRG4DgastMf"
    "41IAKzgw2+U6W2Cyi5bx3DuA/GHI4y9rVohEHP2kJMxAuRnwKM8lSIQxQSi90ubSK8AUzX"
    "7p5GWKQikQqFYhDSEuJ7QB+f6R86rq2u5QCqSrjUbTFOeOHc1ZuNfaa7S/mevujfV0wgmv"
    "hdd6eZE1ld6lGNZTsaBaNhxA0G7xedTLiYXRkt2ikZqojHSRmurZxOSN4jYZyAZ4JyFfsL"
    "F6fMmpobtbDyMBkBNi8iH9/XkBpL8/z0SaXuIiLZh+EBWC7WLvcp7hBdFV0whn1z7fSRxU"
    "/LydqiwP11pqn9P+F5zWqNmwhwKAennUX3RVZDPxb29wG1HXejM7SfUsnG65Uhs9KOX1pF"
    "LlXMyHGpGQyM9XFzl54/BOCXAvxdxLkSXVqopVwzlerS0Xm9p2jDXL5pbsTN/Uy/Oh6Lvb"
    "FZvdX4Mz5Y8TR7M8Q+UZb0/+Bc6VLjhXwjkrnOUUCEiY5FS9pUTfBAFw/dslhPa783dFdM"
    "fzd9nKI72WSHLC5Jc6rrJUHaEas0k5CfGufilnJURms+my8iG/3oyy+OJ11uQJQm6UqAx0"
    "kTvApu+W3QkUnvKGZ8pOOo5af29bK8ufinQF/vBirhq/Dm5rWSj0a1HV68v2I3Mtor8E90"
    "tXIr/6eJBo4Lj5oHGHVcJn8rv44O5vBRrIthnok/ePNzfKeHD9ePUwHN2RQckQio3nGxb9"
    "npr3g/HV4O5BGb1/TxuF2hpNALcWi6l5+fhP5U75hYx7e4Fmm61iKmSzVVZT83ZwezkYK/"
    "fj4dXgAq3waoZtZW1zqnkXmdTzt0WSNt9m52y+Larnt7fDK2sMLxgBObke998/+E3l6USy"
    "bq9K//5+PPrUvwnbviper3jVmJreNdrv1e8fz+0BOzXJUPQDIo9LdYStfkrdJdGhlpZRIi"
    "8kJQqJIeUSQ7pWWl0u9G28xjxb79KyDKyaWdZ2IJSAfUak6sI9/KRZK/tyNLqJWXGXwwSo"
    "d4/03Dr9ju075CbdzcA6cg4qs7WAuZAWlGa5V+Y1oqrEZ5fjVM5ENSIBcKZSVW2MBfGMig"
    "CgqQoBnj5rUf+R2G6bkIQtV2DL9Wv/cLT2bF9yVKZ5X/LJ3xcbk1lRxDrSDVc3nTP6vP8S"
    "1ONb62E2LI1llCj6XGhaknIwNZVPDbFRbdcp4fuPCcpHOeuIpz8AKZdjRqzvMjMcEYP5bf"
    "P8QvXYOsu2OZvZSnfLBUiTslDLos3vUeDKLDHRCVGY5zbPs+eeVmysOmKJfilB2EGL7KBA"
    "MMlGXy6CSSyzYT0vOetxSZj1tsw6Z3P1vz3nDBUtDZQWhOwWjnOL/PInK6M8UHbZpbgUAJ"
    "vd8RYqWtVRhDQ0g0Th5UgCwHuT3oL3PQ20cOLbVWSobmFcuLZSfHOEwlWVgluwcFXWbgEA"
    "7wGYs0EWgDiibAHCexBOK6YHFF8jgxm6F9Q6sAZbyJPv74bsoCmUWYktulx1F6+qgmtIxp"
    "IJp0YSNaJrLC9nI7EWC6RvKMk3Yn+rqN9ow3GL9ngKBkGOSl5Q8hn7mLVyukAqmuuORgmD"
    "fl9zk7Uwt7GGyVjprlHVDQvV9VrNhMzOPYEEiTrr6nWM9CvJagc3vLwO2SJu+Gin+4JOl6"
    "iITO9bZf6snfYihGtSDLDd78pia7ECG3UUjNMxeItaqdF3lt9YlruAK0A2lrAtKbrJNzfD"
    "SXjkdHpm2uaZZ4HtW8QuC23u/QbZA7F/Jh8fHWIb7WwnzXrBtoNOTWI7XSBM/tjSm3rEjm"
    "IGU+B2fdNDr7q7ZJ95tHfEEkDRKzGdMNJdpDvU/kobbM09llvhK/YOOc+bw6p8fS0WXm11"
    "A9jsiVsXMTGJQktNt/oCjai+6OnzRjBoGgoAnvs1TNCFKtSFuNomPRwPx3bijSIpqrt3tl"
    "W65RXbVG6Jwuj9yJRuGb8hV7fUV2vLdv19Sll5IgVVzL7vi/elkLUgWp+Bn1Rti2gn+m8c"
    "5I2LllidUw3QtdCVrc4NjLyf2kM23jhkiIWvCZr4i8tk05pl7U/jKpRBFRiGMCiTx1QmIR"
    "AAlZLKV0q6H49olaTJBbVLaX0kZ2pOHkZXHy+Q41rac1D3aBKUPKLXH+/vb4bsM2dDQ6Ls"
    "09H94E4Zja/Z59Yamwrz8zjJHavIRNbQsIBNi1ii9U6kHcm89LHSJPNChCf7XZA3wgOJFr"
    "LNelaiRcqKPY5RMGSK/K/W7IRjEOwuFjEG/rJmUMBVLt0Z1DtJ1DtqrYoaQlEZSI4tkhyL"
    "Tc2a+76ToihHZaRDufqF3PYqrhyotSXWnvFcEPGTqw+Dq4+04KovPzXHj3d3w7tfLpC9MU"
    "0yCVPzmugjF2humXhqvu8Pb+jtC5W8t/Tu0Q35W7ns083MtgyD0t6JztCODWm18zIWtTcj"
    "ImBvVm5vuparGoptvYq0QokLQdXAZLjPehZFNCIBcKar3Xq1qEVBTckBtEloPRtOHNqUHE"
    "CbKm2rutpScfT/x9G+s6vbxoSaA/X8bVdgxbZtcdikOZp2ICCdmg2VfsAVGbuvvAN6oZu6"
    "syw17QlRqJvWHo9zep4jBmGJqU5Lw2y3ebahIk6DBVugokjVFUWKVGOI9P9OMMYFKgt4Aa"
    "9d6/GO6SWFCjDwDbwSKJG9RiKI6g+y5rS9Tyy7vaFWkWb3JyMTI3dJuY+qibwBkP/m0Uwa"
    "2i+BfOse0k3vY+rjZLGrvzG3MYUAbcy5hR3KflwhE79ihxIgbYdTeqH2p0FFhlbnkWQHk8"
    "nGQxQUEbddKAC5DzwHiOnq7tYDJQVqXsAxJtbm8HxJd0j13VZ9zET3j5iYTGu44Yw0/IV8"
    "BZFQYSgAgcLKA4V/WTMxI3InINMrUJf5+JfHtjvQbowx9zoGcFHrcbeu+GlrxyRUjpkjJk"
    "vR9yyn/Vq+b6lVS6j8I1hivnp1UHYSaM+gPXdn241TMzirOa+PoyfQYPvG4/i2K+zeWKYp"
    "C3RjEYnR0t1CRC8O7ge1uHK1OCDCCO4qUTFoDSuwuYAZAmYImCGZZsgEaxtbd7cT7LoZ5R"
    "6St/TyTBLHv1lxvLuPmOn1jDmR1Wydwr+9GoXiuIZILcn82SbHi2psOK7lbPUiFGhevziO"
    "slyLJgE5wNlvQDeJdxyOTptygCeuuljcLlTuIRFcyz8d6F3Kyr8N8n+7pATmnQDk1LcxZx"
    "t6wF+y6tWFElIEFvM2mMHvD/l7f7i/3IzufgluTx4IyUAjBULUiIxIgQ0pYEMaquMqjovX"
    "Yo7tmJg0+S5Nx3S9NVtCy4lLAvG4PUpNNvEYkkhk0WULVTFyRNtURCSq2VA7r5YdZBvEpy"
    "I9DyMTP1jkH9Wy0Ns1CUX9d5GlV8CBd1gF1qVqmtjoa6zn2AmvBGv8jl6e0aV59yqqd3NR"
    "NvDGRs7SWget0Faq/YzdtaFqGJ3SD9jFNa2hb6juwrJXFx4/10GqjZE3t+z6qf8FeuGd3o"
    "1In795wyEGN/hgsCPbZUcG8yTit43KSOe8rb6gSvvL3DYUaK+h2916rQgGHSIiUvhBEqv3"
    "/F2R5Xv+Lnv90mtplLP8TflAS+ZzaoA3QlQG7DjkfHzm9VjJQTshJ93mUQvar3i2tKxncb"
    "hTgtLhXctOMlMdrGxsQwTqqIx0KNeyqh39yVRWRL+2MkqEZgQI4mLSYV1DyUNiF3G9KTkg"
    "70SkA7h6/U53iA3t6i8c/TmfuxeVazDwEpgtnY27rDfOUikX6kqKAuwisBuGom1sh1c3Kz"
    "ukmxArtaF0KMRSR1iXQlgqChIThFAXhLog1NWyUBeQ9SSb9QrIepEEHQIBUV1d1+8EkNB0"
    "BIruXJORbthAHVwKmVV3Yoek7/CPNE4oD9e9P5hsveLTejStaY8PRYsMNKHjyIqUs9TXK2"
    "y6CoXsULQm/mAUNVkBi7b0PACp502knaiMOK0tQ9f0g1cU7TVzT4faygRUnaT1yHnI4VHE"
    "T8v9HIrkOV2kiy3dSpC7VF3ktdxArmUha+Fi8wyxCb1A5NqKaB6M70B7AiHvER6Lwedt9J"
    "DzvHnzNxRsURfsavDXSWIGmnru1KSPgYJr7afUlunelZEp13jHrhPWZKuzjvmwz3dButBO"
    "AOroctyTgf6fhet+rpCSiTDEPdJxj88uh9OSuXj9u2HlpleuSg7X1doV6ZsSFZEmhQR6e1"
    "T/2v/49m2B957clfnis2ud76JH1VhBxE9oT06vGefUHA/ub/r/9NrnYXJebFkDvfFgMrr5"
    "RNvm2dixjBcvqHh81cL7ikrIAi+4qyTFYGdJ16SiCJVy2CdEIRrXHgd9Oi4TvM6l5jkmCv"
    "Pc5nmGqGv21tnN+BtEXb/GWc+KuiZY61SxEfO5xIWg9FueTiTaHiotCN6BNLyx2KNwDwGe"
    "tEQoN+AiTxE3UjtKekaEKx2mE3c7tqkUTZeO76f8jOnM1V8B0ILB95at+qIo8976/VhH9u"
    "MKkJa791z67BJuPldneDvOX+JEuFMEp/1Bbg7BqlCcO55krzqI4I8d2tDr1M9Qo529KFX5"
    "TY827UKMkoR0Fy3JzUQf1Za0+ZfJrgWj9ZBqztknV7Y6NzAv0N3Ig6emXzzARTOsEZDP0G"
    "Ok1sBOLF1s4IINo8/xam252NS26BlvkbXwvydBMCuA/kc8vT02MXQ5QlOG1qgPvZwIezvq"
    "Ghxbk6vZF55+O0qgHROWEPbqo8N5MaIMU+UIcSEZ1rU40hxR6QKfNXTxe6Ea9YrH1cxr4h"
    "eRkiae1nCxR93FPNizK4mHAgdVEm+nacKDsZZC4q7lqoay4NWcyFvwMTFwNZVd88Bhqbn3"
    "ETb0F2xzufeZazsuJM12Xp2v2trYGg/RHK1vJyLdwq1eB4F4dTb03YxcQrz6a5x1iFcf75"
    "DK9gNloprj/emySltX9zeIi9YeF7WCuM2BABdNcG/ZAi4Ka/TFbVeALkyZ5wXnovn0BQJz"
    "8Tz+/UG5+0gVbBTL5/RCUg4mk0yWDXol/6eabjIGFobAaIKoFy47QwNiGG0Ry8hDzOmVCs"
    "k189ipOdus1g4iv1m3iepDRv0bUr20V81arTcEJjbK5w15hu5uabqrlxRLVCD2DBtrZOE4"
    "wZeiz9Is8hw8P2N3eqOSr2Fsp+YT7bNOfoZFRJFl0Nie9yzyp0m+kY2o6Kutu2Rw8skr/c"
    "TE2aG9yO7p56NBOK9FLpqcdlcNJ3S27ayrWlGLvMFiyzohKI2fpmEX5G6rE4M/LgfoH4S+"
    "WJZtXAhMFY6Lsnu5i2tszv0aOELpix8vkPU8Ne8Hd9cscdEfh6YtPoyDXEbX9lIZrwf96w"
    "tEC5kk9bbjhLchKbrihc/aDgpHleJS0nnoawktmfiLq/iLsYTPliMOSYTt8dOm3fPYJJBu"
    "SjajjInCPLd5nn3lqkwZ5oggzHGb5xhCbdknJ4TaINQGcaH2xYWOE8EYY/LlNd3QWXHS8c"
    "Y84UQy0jf1ikQ07JhY0dakJkZr1XFoBg313McHQX9Zswv0SuteMnf+aq3aeN6LfGITATf+"
    "0caYI9NyOd1I630WNCBtVwNSsh3Z5bSCuCRoBW3RCorQrha6qZfU+BOioPO3R/lLzzP5pU"
    "9PPDZFtlssItKgT2yGveXUxXQl53njKNoSa89YMEQaEwO/bjqgYWlUEfgihmtcCmDlsgTL"
    "rNi0IICbAa7ook2KAbDcrCGRmNlOAMBM809cVTeEEg8jIgelHpbTD/6+2JgaM0BnG91wdd"
    "M5o8/7r7p0hiYyElPupON4O2J1gziOjmRdof0+Dk5Pof0+joclJpaAajoqm2fVQNbGnVlf"
    "qB8iGJA5JeLVRpwLRAmILiYrY+tRKNnH36DJh+H9/eBa+TAafZwgnREuU96ORp46NYOhvn"
    "GiT+v5lEvkWnE26Kmm2raObfR/6O3aM/myZNZWM2y/oc+j847N+ZmPt3MWftOzqZmIsVJn"
    "DfmWKrKxoW7Rivy/qz5jz7VjvaJTMhsW0smPNLDqYHK3buCAVKrTwjJoYehPS/dNMVpnMP"
    "WmleJ2/hHhmCQjwf8C4mcriZ9QYqSASVlDiZHIayQAeEJMQqhryDv1tloRmCMiEkJcvYMk"
    "OMMEV3NCTEKom61NJBcHNM39vB7dDS7Q3DIxcD6lt2CBifh1RTKA49sUxxe4gPK/TVBsJf"
    "sNkzfqDwxQ2WYdGKBQbKXjkAKpVkD5gGIrUGwlHrx73tyq67X3G9Ohu93VXqHA3fNGWXkC"
    "RZnJGxtNPj6y4K/XUUDdhbE2Ji0ZEo1sfeOwu/U5h3d8yEgFqo2cEBxjnyVbYx9UiuRrCU"
    "fVxkPuao/zDvuKdUehcegXzAmwWpaBVTNjSUflEkjPiGBdUAfLvVnb/nI0uolp+pfDRBT1"
    "7vH2cjA+/Y5BT27S3VhwFaxuee2vIlY32F81sYOhJtXBeILxdUzji2qlh8M78UaRFNPdS9"
    "umDNEJzTEYMabgCc/uilzuFTG8rN29hZJBKXOPNmHzikPSUZ4wZSmeErh6yLA0lqz5hlhM"
    "qotW1gv2qkuqL6rOFkRYIbIX4TGmTbK6njQ12XBnHr6UsXRGMDK2ij++R5v0nka5jxHO5B"
    "l6YEmplMzobmzTod+Q0hRdy+Msvlr2cx2ZpsA5pNeg2GQ3DvZY6Nx/ScVATUgBsmDQCUEt"
    "l0HXllwNemzeW4aubTP1Dv9yIb3Dy5VcUwm9aKLGB6IRrDbakmoB1saOHPWejqCioBA2TT"
    "ZwsGGc0UrY7Kd41bB9PfkbWsmaLTtaxZoqGq+6uyT/6evFMV2kkadOTVrQ2tbJL6aVKxaW"
    "7ek1k4+PZ6GuQ95iet0bGLMa3Z47LLwDLTD2a2z7X6q4kxqc0McshrFUbazM1iK6R0SkuT"
    "Pyu7fkf60GOQKqusDuVpltFgteqDEb2aQckGAzNTu2JaWxzc7mTEtCP8ny/SSBWCWbHgjE"
    "qq/Hsd+yzQv8+g0fE53267ds8XbbrX9DrDiPycYxrncXe3mmNW2j6yU8F7Sn+6ZXPIDl5b"
    "N6AsQWxY5DLtPkfQvNrM3T0kWns82W3EWMU+ZPf9PzWVGvS52YxTbtMOW46Blve2hhWyv/"
    "8zGe6w7SDFVfpTlXzT6aa//6j6PX2UPof/gDKmRAThEB2gF9dzsUDminEz+czKIsrlBAQu"
    "7Wu7cFuFvv3mZyt+iluI4UfUUEQE6IlYK6ZSdOInP3/F2R1N3zd9m5u/Raws1PtzBBUmJU"
    "ppoVfdxNJYbyD0XW8w/Z6/mH1HoW6wV1SBOo1u0UX3VMqtE13E1XRBGOIdWJxGzmiAS8Ri"
    "3J7pIdU1/XF3TuxIQA1/0enohJdaALgpq8k91oHYO5sC8itsL2u3cCA7Q6cIf+iJICHDlr"
    "2peR2FVQM1MSW+BDC/aMDC9aZEvZ40fzX81inrRsiKHpSLt4Fq7uGpyss5xScIGAhM6hr6"
    "8IXGopnzjaEs83Bg5mvnAVuMnVh8H1483g+gKFY0zNm+GnwQWiO8jUHNxd06uYPL0lteBY"
    "4xynbMcdR16uQEcMcg43IG2Rk/VWZoojYvI5YGSa3xb1zWqZQ16mWWanRrnXGGa4EzPcLX"
    "c5UPeq8ZcHczfbijkjU3JAOIN8syYd6IYhGpWIyQCqRdznFLAKPJCPjtQOyNjCinkgx2R7"
    "Hg+vHk6420IVrvPIUJKim9gOC+C7O5uaW7stO8mKgps6xoVr+iUb/qUhv/Tl3n8cYyNcrd"
    "mhINniFamQWQUYyRku+3dD4RgGW35IJkC2WFhGCae1WNUSWrDRWuw4xmfoT8cy5n8iixgZ"
    "6IkV8nCXNuUcs+TZpw35+XiOHu+pzRA0pPcYywvVcdFadZdJn259T5qap3QQ9H/QZ3eL/v"
    "6f9F8ECldRHX1OfrL/LOS4umEga43NN17mMY2DzFQHf0vv856F1CeyAsjANOGYnqTkyxci"
    "SUOS8LGDVwtDdZbK2tY1rCwwR53JI5lzhGXSyRshncdYo7sXUGCpp+RkmoPqrE3LEDI0/d"
    "shTTsJ5JqYSSy9QTH0lc5xNGZiypEEeFOMZ8NyMC/ZJ6+I7U6owQq24SedLWFLd04b08Jr"
    "PMRzN9yoGCxi4MY2hCsUkzsYT+AaH41rDCViS+eS77yk4MZrqXPqfmNrS9XJzrmP39DLc0"
    "yt/VtFcu+BMdymY6aX43RZW4LNo0MB6ZJvq2+B3j2+8NxWF+6JGNwn1+P++4cLxGSn5uTx"
    "8nb48MCYw5vZipamnk/N/v39ePSJfkh2GpuWs56a48Gvgyt2o43/whq7bzK4I0M52CQjXY"
    "3u3g/Ht/QGMnEL3V7RO+7744dh/+bmn8p4cDUYsjHXqu3qqmFQY0jDuj96cHX32dXNaMKG"
    "Y0Yq+bt/dzW4YSxnjc6BETClRfvFFsnbPs/O2z5P5W2b2BV3gkaEpDEEG/Z8vqglcI8IAe"
    "7lcHctVzXEkY+JAfblsPd3ZFuxLbHsoZSgfI3AK9/YPczI71FozRjd5rn7JitylmVXOuSO"
    "0GCN3HoX//fnP/8ULnf6R94Cn9wSTSC9ok3LFVrIwf3yrd86Gtl72hpZfarD81DlVUlKCA"
    "LeRfDGX9ZMO1Yo5z2NN2XTZ2RLJAXzyPQFkG8nK42HNGWbdLp+DyQkXFSSkBCaoGUSyhKy"
    "kHDU5oSjhW47rhJ4F0pMN3cAmPM2z/kca3q5RMK4JMxym2eZegPLbN87MZjfNs9v6Nwto5"
    "slZGGmWz3TzO9eZpqjgjDHbZ5j6NmSOc0dtbM4055KRILE7xq5doGyKgpuSg7ATYObMPtE"
    "Mc4SB6ihgEGDbNzNem3owiUM4lKAbAFerg9ZGmVx8mhkqI6BXJhBGl9gUMwAihl0B9yixQ"
    "z4mhrAuwfelHJaAN6UsgUo70E5Sz09oDCHoZu8nrgihP4Y/fyGjCfRHp2gSmiYDH0gXGNv"
    "FJlAaiz7ga2ufRkQwRIsmgWhhO9AtakQf5ysGbceilEcOy8C+mZVZZqS3+WWreqRlpUJ4q"
    "Yp1uoXhYKkzNYCSzsh1SDN9Pu3Xckx97LwvSQTsV0jJiYNf71iYL3cIGFgd2IAbKpyiiXm"
    "KQzvl2n/hVoILcIzx+e65iSoCpv5qYznjmFc1OAP31SogdCaGgi+F0CpwHPiuwJk85k04A"
    "4g32uCXdf7elnugMhNvQLuAHIfrXdH7y9YrvNqSX72t6+0XuVuDLS2DF3b9pBlYmRbr2iN"
    "bfSMt+jUwRhRFLA5P9vdf+bd/4YVtozV6Kx++AMKNgj2UD+kd3rLnBO19CHLdla8qMaGkx"
    "j062R0l5Ww7AskSVa65qL/RYbudFENyYGZQkFHDplUAbynt/3fk8hf3YwuGTgRihQd4DLp"
    "2QCm21fCdEspp9mnfp0nWRAH4JxfkRBBASd2NCxRrMQ0GUt/wfY2LKYRFlpWg5MmqOt8Sg"
    "EnN7gWclxLe0aqyf6gFZsNPH8it7wusYlebZpcZXJOsSYemON91wydpg7YeAFO+KM64QO9"
    "WaxCUVxKOnWi+jJFkfUuAHNcqhTMLYup190+luLjH+cJAzCvoG5EqsGKusH67mxBXSigBA"
    "WUvibcoeRJvSVPPCVU4TFTswtwJMQOLL/RNiMP6m983dZykfobEGisMtAY7ieiWUppQchP"
    "grhj/XFHfhJCZDVWgLDcBO70m3tc6jYEIMu6bbOYyAlEi7tv62Ihg8/zuMRjRdU0vBanvE"
    "XFpDGjgUvYdmChHGimL+K783cFfBHkrkxfBLsGhPpWutxmqqstxeywqAhYYFxeMlVqhH0G"
    "ESGZFnS1jgOiMYo7DUIhwBWY3017YOwdq+VAJ4F8KbQ9nqMgfFv3s7/9XbNqF5dkjoEkyv"
    "GzpoCvC0j2FZDsU1pXBZBeBuN0S+MqimlU0xROXajTGxaWPeK4wqIlkbL9YEFVIXB9yeX6"
    "0shUi/gPgvuB4pdwGqQpfuzfAtAG9zfnkWkM3Fp8MuSJLtmEFFGck3LSecCqZ1EGkK0JUK"
    "WwDgWlA7v6fQOvVN0QATkUkA7cWvYNdT63sZPRIpaPcEREOoxr4e6t1e2KMtVdbK8cZa5u"
    "OXBn+xa5ws35br7vShRIdxSyueovovT2mBwQ3IsT3IFPmb225eJTCmQfRpJNqDOuyjKNHV"
    "wHmWyf2PFgW/ONdmiJxsBzce+NJhNYTTiDAthyfEIRZPe7hpTorO7PcO2jycdHpKJAHDnY"
    "MBy0ccgXxi6iUXPEouboFH/RjM2cVlX41H9400PkZJsjuk+yrNOVbuqrzcpPTP28UU1Xd7"
    "fpDNcmHsjNcI3WL4cqk8f2eJVkcQCBoxoCB32VWHKlqFWQFmxuFn5u9VqPbN+66RfLFaul"
    "mpKTprN5lbbW2sYLbHO7x+8zt2KiDVpc4SedNbmA7VHtOoauNQ3xaKBrzUmOhdMT6FoDhR"
    "SbL6RYpwHax0SXXp5w7E7/Si/P3FR39wANoUt7ZS/HKHvBtsPtQJUdk4mISBgxryUqQ18q"
    "AYT92yVE97u3b4vEFd++zY4r0mvpIDk2OZGB7JqQERGoCilYFVLAQ1/9Yfbv/w9qnBbB"
)
