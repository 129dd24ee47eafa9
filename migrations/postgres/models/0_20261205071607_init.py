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
    "eJztfft34zaS7r+C41+m+1zFt+Nkkl7P7J4j2+q00rLlkeQks9EchpIgi22KVPiw23d3/v"
    "cLgA/xAVIERVIkuubsJrGIAqUPIFiPr6r+52xrrrBun1/r5vJpgpemtTq7RP9zZqhbTP6D"
    "d7mHztTdbn+RfuCoC52Ntx11vVaWdLhisfHsurqwHUtdOmTIWtVtTD5aYXtpaTtHMw3yqe"
    "HqOv3QXJKBmvG4/8g1tD9drDjmI3Y22CIXfv8X+VgzVvgLtoM/d0/KWsN6/Mtr7MuyzxXn"
    "dcc+u9Ieh4bzgY2lN1woS1N3t8Z+/O7V2ZhGKKAZDv30ERvYUh1M7+BYLv0F9Av6vzv4Ud"
    "6X3Q/xvmVEZoXXqqs7kV+8UPafnSnK3XimTAczRTkTwGhpGhRf8lVtBsAj/Qrf/MfFxXff"
    "/Xjx7rsf3v/1+x9//Ov7d+/JWPZ905d+/Lf3ZfZoeVMxzIY/De9m9AuZZBG9haYf/JvJqI"
    "7qSbHF2KP/RH58Gv/rjWoNDHfLVmBIvrZqLHFqJQLZxFqQH5lciwD5vMUIPtivxn4Tll8O"
    "AsEl0oy5MX6YXSLTZdukwOJs1S+Kjo1HZ0P+/D4H9l/6k+uP/cmb79/Gob/zL1zQK3QN9p"
    "izBw+vFNVJI39DEHO0Lebv/bhkAveVL3oe/Ec1q9DkM5GD82x4O5jO+rf3dPqtbf+pM7j6"
    "swG9csE+fU18+uaHxKKEk6Bfh7OPiP6J/nt8N2BomrbzaLE77sfN/vuMfifVdUzFMF8UdR"
    "UFMvg4+Ci2yjp3efFS26o6f3V1/rJ6Iue+aIFF9Ves5ierikW9GVwPb/ujN//R81aKrJ/m"
    "4Nhj9S759OjkVoK4ehKAay6uK8075pVtGt7Ml3Fc6PBLuf2o+q/li2+///H799/98H34Ng"
    "4/yXsJBy/cPawvmrPRDMVSjUfMUXRMU8eqwQc3KZqAd0Fku4dvngYzHo9ip/vVMKHP3D3c"
    "Xg0mb75NbOo06rbpWksO3lSx4YO9l2hOnWEqel37OKbBfPtDARXm2+Trcq/D0EuJ4wKv3B"
    "1WnvCrCMpxqWqQPq0WH4P5hyKa4g/ZquIPKV2RKHwq/U4Kz0zKPJYTUnAup08I18aWGKgR"
    "iVKANmTxNIooterXT1zLksKVRveDaWHt0fiEX1O2ZQJU36nx4E/TMXD/Heye4NP9E2WpL6"
    "EbJLqpyG8nvxh7r7Tr/vS6fzM44x4GFcA6ikzVrYOgKLKJMzCGLvkO6O5hNDpjG3ihLp9e"
    "VGulxHYyvWJemIlPwrHpS9uLbfIT1VAfGUL0p9Av7qM/3Whr54zjwvMu9A4772w6sJjX7m"
    "xsYGQvN+TVq+MVYpLIXCOTfkwnQ1u8XWALqQ77LAAOvaFOBBupFkbqC/1n4Fiw354n3Si1"
    "3YTjWfw9PFvoWKYKOqrl2NQt8q9j3I5fi8/xyJdotjcxWI+0TytDHfTH53mypPJiUc9U0l"
    "QJ9y4XuGxnYEywGV9gWyzFzjkDsbEqs8QRMVjgVi/w0sIUeGXxKmZUpOTAVkvbaqczgtv2"
    "yIAV3EZEwQqW3wruKrR5ZvCEvPYmw+vZWcarrLmN27IXWFFwU2/vdnkZqN19ZzraWvO3Oc"
    "/jkBrUO+x9MCLjCzohZhuMomKUi7Ewv6A39LcSPfeczXwem/ntJVLRr/ja3KIttm3yK5Fj"
    "eu6EHnqxNMfBBtIM5JC5F66tGWRQyjHR1I3nBkHAsAkI9CaqsUIEPO0ZW3iFFq/eUHLHR8"
    "t0ybXP5iLLvZHwYPxOMXdc9sMM/MUh9oCDtzsn9HYAq6pDrCo++l1gUpUMiX13USAk9t1F"
    "ZkiMXoLI4+EA78X7IhHei/fZIV56jWsd2Gmcf56O73LtA5vns9CWDvpfpGt2Fw2FHHgpGj"
    "FHRYDqm9v+b0nAr0fjq6QHgk5wlQB/p77qpso5RrKxj4gA9EdAv3/hlqHF7qUbZJLsiCaj"
    "eTw3EXbs/eDuZnj30yXy5efGdHA3u0Q2Npy58aE/HA1u6P00Ha+SmlWRY6nIoZR9JKUOJF"
    "/14SxNpmITFWnOYfGuXvWmMv9PUqFM4Zrvn+aIV+CnbqcxKIWbWldtR8GWZXKcUtm6U1yq"
    "wVNN8DgrqTtd/PWvBY4pMirzoGLX4k+WZjyrurZSqD4kpEClBJt/lZ/9fe0anh27cDXd0Q"
    "z7nN7vv+paj8Zf8OT1VibiuheDY67Nx1zglyuRYROTlDDoekZ+4Gps6K/+DuzIsvsPS+6q"
    "u7tVyVWPS8Kqt2XVOQ87+/apgNsJHez3lrnW2K/m+9aD673DbvWdN7Rlybhfi8+4NlYcsY"
    "508xVjsoNFtO6EmHRqd/We4Y1mYUWUgxgTOpKI2B2VjkNEXJrbrWbbNFZMf6Ky2AmcBXxh"
    "IDNxXC4mb39mHwPBeOme/1rM7hYQmjr/LjtKuzpEfRobeGaSf9RMfDrpIlRGe6pYVZ1ix/"
    "G+N19VDa4XUFVtb+gJVVXB+K+sgd+qUk6z1ddnVXc5b6xsD2YoAEHII3yU4M3IfgLAm1GD"
    "N4O9ajmvhuAVnP1KCEMV4LTolKKXd+rTNWX/LfCOjcrAizbjRRuruLPT1VdFFOaknISswe"
    "rB3qm2/WKSM3Kj2hsRtFOCEsJdiylumXrGtj7MoQpk24z12fTj+P5+MLlE9sbc7bA1N65H"
    "g8mnS0TQsZ7mxnQ2ngyU2/5d/yc2yjEtrHivXzL2/oFCN6VXdq61JLuLfvpheNe/ux6Qb6"
    "gZFJm58fEfSv/mlpYx3PxJFIktLWY4Gv4yIF9rNKLSlGRO7DFd93PiRdf+XZGlf5e98qlK"
    "YjuyZEIHWihQarnb5i+s2cn9gpfmlrFDeHpPNshJuUqwlvr9TBDbqI5i7rAhDHVcELA+hP"
    "V2rZIzbGlhjrWbDXRcSr7To3qcNVuhGUrPorUIY3LlChGWei0He7yzlQg97rSim4+aIcJb"
    "TskBeZlTFoAWQ3YNR9NFfWRJWeDztccpBnw++X2hWXw+AV9ooqB6tJNB4sXmi3/4NMF6mO"
    "PMjzcmeih0bDNkBR7j5OewdFx5mMI6dTICFJRMOBIj6jeXsMBEPCFr9dm1nS02jt5QDnnu"
    "+uFsnX3d5sO1NZ9xVWDd+nNJChU5gLmJMyI4jekckuLje/0Y5e5ImEZkqqk3k0znlFCsNO"
    "K93PO1+ZAGDKYiz2mc/y3hNtyu1cqQuvXmkgSlEtH3UFvIiMJHtYn8aLwS02GqDcvvy++G"
    "lbig6u4pQ/VQHhHKI7YZ0ZRND+URoTxiS6DNK4/Ip2E3xse7slQj/vaMXcjVARZ0CFDy5H"
    "rPi/LEgIrXywuLlnI1E+tw5S6PdeDce7NIZu3UdRBeE3geTeuVdxaG13KPw6U3Sqsjtfr3"
    "s51q+X449uXAGPp6D8lTa+s1s0ds0+JEYDP3bDAcqAtJw9I7MsRMy5gMZFYftC33x/KRZl"
    "D0HdMthItaQbGtlVEivlAgfqPpKzLVkTF46fCOP/sNq5Bte0mdRIe8t7QlHtHMU44Sub+Y"
    "q0Xu6DCFpq8WrHnfR0yEZbwiMq9OFFBaSF5Fy41qGJiAo4ad8HrItNDCdDZ/Y7XityaRsX"
    "d4SavSI4976U30QsvxnSWgrvte4AsANbc1J0jdaq7/xIjgGxGRj4ZefYqQV+J0bZnbNMj5"
    "hM64JNB220zb9dbK4VQ9K7LGDq/sGaxwq1YY0kkaTic5Xay/ZU9Rzc4DaLXeXBA1cpw4eH"
    "u0XezbckMyVwd129Naxwy0PAs5QLWIlayEy1l5xCW8Bzsvn1wIupzUGvXWY811/OU0nYuJ"
    "yUSXaqT9XBJ+75ETiigk5WRag8piNeR4EYN1LwB4FgjTxM7yI3WtmCe3YzgXDtYkn9rDnE"
    "D6hjwe3Kk3i6Sw7p/aNpEAgzAPVycLI0B52tg+2ARUwE6dmXkK15KstJB72h8vHRWw+vpK"
    "EFmpt6ls9JulYJ7hLxknQ0JMgmr4eX7gwW+zmMMwVVA4dAOPxnc/BcOTVYYTzTMfsbLVDG"
    "VrGs5GqIVmShAciGkzgaFEnp5y8MYEAV5OHSXT2rq6qhAl9ZFzPmfXUUrKAbgcE3eD9TUx"
    "Kda0E86ryOblSALAaYAhTtZwnAwqRmXvbbkqRkVXnaW9iTnroiJwcnEeJJ+MK4ZqQgr8oI"
    "f9oIsgq/NIL12YHdqtfVvUTRd9XjOY6rztWwGwArT0tm3douAmHtsjMgHsJ/fYIldSeZtr"
    "Dd9TqDgOYh/BnFZe/iKBY7hTL5EeOIbBMXxax/APRRjhZFS2Y/iHFCecJqCI4BuMl8AVXH"
    "dCw0K1RA+GiIhs3QuqPxrIrxTqWxCMb3Drzt3v8fqHZjZwkahRdswoFTECdtlJ2WUOWVrx"
    "huAJqebw//a7d52pAqAZr5qhaOQ00FSdYy/ltExKi9Z1mKQO6s6+BnXzRbFp7WTF2VjY3p"
    "i6WBIFV7rBnd2Vfb1QneVGoSblE+YgnBvxSMlC1KN41APCTBBmao2yIm+YySdVipLto0Iy"
    "6aP1McNDguvRtHDZiqX0UqTw6O46wnHPeOXMdIJEPL4nP6XpHIvUFZ1EVoSYxlxFvxNZAT"
    "phC51O4nWiHjqdxIo10VEqyKpmnXRkO8iFQrKxqiZuRm0A8cYnQ+OZ7D/Tev0lOqsc1A3R"
    "Fijee5BX8Dx4QeYUPN+/iIvVZWPqEvkb6aaDzDUyDYymnx7O6T9s5GxUB6kWRga5yub+xn"
    "dJoI36jNlo9jF60ZwNGYXwl51mvfLrstV4L256vJ/u57lSDBOS408akg+XIQVtXvRtLyNh"
    "/Pj7IhGi77NDRN9zYkTBQ6ZQnwnfG5NrmEdF89wxnT2feVhTb0oCSe9wEUYxIVY7gk2eEG"
    "IAgk8w+xSQ1ycIVSJq9QVCBYPSFQwEibvgrwF/DfhrWuqFELSo8xqKFmsmWmMfUTBKgScu"
    "IxkUeOI1UrieNF6SHAV3YLjblBoYAzqQbTPQZ7/2J4OP44fp4BKR8x9vTNfGc2M6G0/IJ0"
    "Q5s3DSxViMsF+Ir59D108uBLGMiPEkxFmMiEjH2b/4618LIExGZRfJp9cSfEWuCwEvta2q"
    "Z3AU+a4DT+TcF5XLgzW4Ht72R2/+o/dDgq0V+hFTmSY6uZUgrp4E4JqL687STEtzOMm2eS"
    "T9UKRJJm1XqLTA6GyA0ZnyOxVzlKjr9XE2LW1bLmGPbU7yTtg0qwI+WWePWSBKgeMNHG+t"
    "xIo9fI76dCyVcxrMIytQ5Iphr7FlK6bLMU5EsJr5U8kPlXZkQ1TZkWI0xSoYipKqBjrR4x"
    "Ub23bgiC8P04hMNfVmkmk31RlEmWCipj9nxlGil3t5oRRrP7Bl0ZS8LHrJAiqN5M5nh10s"
    "vPZATK1Btts0KtOg39QMDtQuxmAoZrydno8yd6933zddfRTmTyEf359Nu/daH5eNIcleZ+"
    "6WlymfB2lMrDlsu+I4tR3V4ZUgLBYq3Es3eBrsHbYiAcP+9Wz4y+DSb9s+N67Hd9OH28HN"
    "JQo2yNyYDEaD/pR+ZmEdq7a3aU4fRGSkYWyXoMrGJRtpEtwSxnGbiLEBSLnMWOBDZz9f8v"
    "Kh96mHYrTolBwU5ea93GgZIjG6eUQENLEChPMglHIs5VyykEwvSTqP7KsC9bj3j3cF2Ipk"
    "JbfsRCgKb+o4FKb21+ka8zY3r/R0sOtzik+H8c7DCbtjA21UY4Xo/3tuNLxCa9MKMml7KO"
    "ApsyEse/Icqc+qxpYf/ScZqLAZvgnle8jAz9hCf0fv0lm7TdwwL3U32n6eTQ45vCelS/ur"
    "KaLH7CXAOE/qL8EjIYBnVAQATQLq7lYlbay4JNhYbbGxOKY1v/qUYLujiAiYAZwnKXjzis"
    "GakAJkeUYrZEgfjSdkSB9nrB7KkOadBBWgKiHJNwlt4gQsgO8iqOp0JLiylU9MIht9ZR+R"
    "2J+kn5TnECUYL5LADtxZAaxqdypF6NlZ7qU4g/uAo0lJsMeL+JwwsswXtMOWX37NMd3lBq"
    "/+hpwNu2QHtdwsTFbLdpC9oWXc9nciejt6Q51AdNBn07UMVUfkc+v1Lc/lVPv9IAm/XV6l"
    "2MrxqQpZmbQJQdl6f1TPCKOMGXI0OKrAPo7JgA3CdeSpNk9DLsay2Uu3OiX/pn/b/2lwiV"
    "bqlryx5sbgt/vh5J+XfhnOuTEaT6eXSDdte258GD/c3ZD7mq6xolycyWRwPRuO7ygbx7Iw"
    "KzM4N6b92/sRzedXtzudpvd/HE9mH/qjEfloY1oO+dr63BjPPg4ml8hkZ3WJh6h6vo5h8o"
    "oC5pS2MLnVALtPqawl3Z8WFi7R5ywmJo1rvOEmZx0iZnf1DQyc7Fo52UCzy4a+myGgIjQ7"
    "CAFBCKg7yEIIqFo8XZuSw0QAjUgAsfZgTA1CQGe1hoAgZllxzBJiapXF1JLnbAWoPtgylS"
    "hIYhp5tcQgJfdHdw+j0UlJymEQLiuaFI3SHYolxaKDYpGk5UY1HjEN5KiI3Zd82+0CW16Q"
    "x3a3NjIpSTi4SuXwn66qI82xQ1JxlJacH0mq6X6HI0m/x9wjviX/LyhL0MqyBNJX1Z0Mrg"
    "fD+xnNf11i8jF1wXsOeOp+nwxmD5M7etFxLWNu9G9+fpjObgd3RGAfapsbv06Gs4Ey/vDh"
    "Er1YmoMVc72eG7NJ/276YTBRxg8zunm8Wj20PlLk2vAuckkzWEXf60+z/ievqq9XNIp+k+"
    "lgQrN5/actTN0NM3fnxvD2fjwhd9K2O9Ny2hEY8A8K4QhbSk4a/3XlXHlhbNOCAK5I/DIL"
    "1eZjlp11+UO8sM54IcSsIGYFMavmYlaN2gUQsoKQFYSsTo8shKwqxhNKl0AYsI2AQi2YTH"
    "hrqgUD0T/IWOxUuBqiqxBdhegqJ7rKOl5kRVaDdhgHoqph94321EX/WqKPtSW4hQsrmN+W"
    "lIOuswc9lR2sd2zuvJwVkUDu+H5wd4mo5NyYPlzdDmczWtbYdhdbzXForeP78ZR9RL1W9O"
    "/r/t31YDRiBZHpb9f1tlQ/huhIndGRbvmWIR+iGudyeBCUWPekbCNVxU+hbLZ9oQNMclfa"
    "O99LLHNMENa4zWtMTAbLpBSWxauYfzMtCG7OtN94SX75o2kJYpuQAmA5wPoahOi2TckBuB"
    "DrhOynNrxPa3AnBwdpBfheR6bq1ulQFN7EW6cIvOFhCs7lQ+Am3zsZLuYM3QzwPYBvWh0V"
    "9uFHu8EalbWpHpG5JDqT669LGIKWF+0IUC0Q8VDC1aw27PH7/hZ0cj/UDq0kWhATebVpNx"
    "exFppxIVBeeTaX6Rr0HSYGbEIK7K00sM+qpdGXt+I5zgTA5UhCClIaXqj6dqqqb0BFB8J0"
    "6/EMVUVx0nREDLAtyPMNVOYquL7BXB2DWYjvG9ljMaP2uj+97t8MgPILBX9aAOpRTTTq9C"
    "rM/KIQZxyHQnitl+dLCMpKAHlSLkdBWC5EjDuZEAPqJPvdklEn/Q4gOFh+gUI4/3gYeATJ"
    "cI650b+/n4x/oR8GnmpaeObnwbU/8DNesnHTj8P7e8a33Gi7nTfqejD8xRu1xNozMC6/Xs"
    "ZlGOUQ52QlRIGV1WZWlv/wl2FYxiRhldu8ysF5XmKZE6Kwzm1eZ+DJZ78z5eXJQ8Nw2Vad"
    "87Cn2loCn7pWV/3aMrdKOXoqTxRc9tyKjb5uIbqF04KwhXnw+k6BEvimJAFgTjjPN4FE4U"
    "3JAbhpcMmbr9zxmxaEw/dwvDT20qogCPUVZAnw3vMFwnyR/Qk4F8E5/UAXQDn6CqsAZrk5"
    "7Zz3PWQNVIpw4awBvn4B+B4iWiRVqgLwRqwIwPfgCZG0uE6b9RLQKSDpRZyekpXzksT0ME"
    "2lrowX4KqckKsilnQBaSzZJizBRgkOTjFIY2LSZARUBuwpuP4te3ED1b/deO4bhAn5ruJS"
    "gOxhx5UTIdYeqcJHObodA7mwLyW+wYDlLz3Lv2Xvrc6T/MfWis/w9y708uwmkw6ppUIA7Q"
    "1rYJ1Ojb842DJUPWzSCpbUiSwpttyClP+oDPD92e/O4/tH9n0Zwn9EvC5eeAVon92Pp6wI"
    "8ty4Hd4N7yfjnyb920u01QxtZ5mPlrqdG/cfx3cDMor8CDw3Zv3xVX9M7q6aC9WcGz/fXK"
    "LPtKLyDS2nvCL/dTN++CftZLsy3VfaxPbTQ384/Th+uERPrqrZG9OdG78OCO7ka30c31+i"
    "F0zQchRyZTc3RkPa2VYnJupZiX1QfTZA9NATeNoSYqX2QMtesHX3+Wt7hk3qeTvbYWNFER"
    "N96AZ3N8O7n8jj4smTh6c/pE+PqtE0m9FofN1nOTWqzsKTrGD58PqTJ6Mtn5hMOs3mZkAf"
    "ngn9jCgI5AmyWKLN+PZ+NGDzLc3tjmo7Gek3QY9rL1GHdrluS0qO7S4c0yFPk3AFjKSkNC"
    "6vhotgrDSbVcERX4GkJKxAuRVgjzn5WiWegYQkrEC5FSh5BMH5UwH29N0oDn1UCpAvh7yF"
    "1y75sSXQT0rCCpTd+69bTF6gW0zwE7JC0pLSJSlXr2xSDdvdcba6aepYNTKQDoUSCC+IVF"
    "0Qh580m714NR6P6MxhLtPVMLGH7x5urwYEdoY6GaQ5mYcLi0ZbCvtAYGenBKXb2NUb2CFm"
    "zJVTCu1QUjq4ayl2EOKmrlYWtjnOjRn+kp+KFJOVAPW8RMnBb7PYuRJg++a2/xuDPcyTHI"
    "3vfgqGR9biejS+gmoeDW7wna4uy/VXigo2kx/caHSim+nBRZLCmU1VYsH3YlDqoT3Z3+n1"
    "hcItX8Mqh6GAMiU9ErKw0q1e6SC8U2alE7Kw0m1eaSjXIps+xln2VLkWaCMoZRtByYHd4u"
    "1ClMMekwFQDxLYPbzSAAszgm/DibqFb1FKcGxjFWBan6bKQkfBLdHyEnoyFgW3aE/GIsnT"
    "AVHnyARqxla/8efqoKqYmUEdY4U+42qAGtCJZEVJc/C2CpCGZB5ZMdpi21Yfj61awGC69a"
    "aSFSmfzFAFUvfeVLIi5RFvjgRqwiaRFyLKbz4aIjrJxKtxJCtS1KtfwXM39aeRCabaswFD"
    "NSorKzCqZx3IDlRi+t3BNMGzsYGRrT4TYJBpIGeDEZvmL7bXxGPn9JBqo52lLekQcnNdwy"
    "ukOegNBQAbq3MvKfE8GPLH0vlyHn6JP95eniXQb+CWc0Ml8ubWpL+SzIbIlR25l2mhnUnX"
    "u4deNGdD5rQR2Y5YR6qxQuqWyiPNQGtsnKNfLc1xMBEihgdSHcRi2XRvn5+Fu7ayqjN5BE"
    "vJ0iUboVVmJ1U+aYYQuTIY3xxTpLHkrupJlUtyKomAG4yXjoZTPa2PnVMi2IYCMu7ci/dF"
    "tu7F++y9S68lehZty6U+xeVkqrnSNAOevZsFQgV7AWmSDioLvXgqj2CwMCoDoZc0qJ6KLY"
    "RpVESms6GucJYZlEE5MiIQllPpGLxFYwLRfcUvw3TC+jaevzvLnA294Yds2b3//bAhO2WV"
    "AdBGsx3Ter1ERNZ6RaxelUbHMBPPMNkdEJmJWYYvGxOtNGZc0ssvG2L4pezVSmcGu7HVyk"
    "i23ciq9ecVr+AvQkJMOkOnehvSMUvAHBMCkA+CDPkydebLQB/FbPS7SdEskjIDxkH1Bpdr"
    "i0IakQALFqytxqyt5K6tAFS5SW2RB1WYzla7Acu4SFn2a0BUOmS+hsQo6G7RqfOyl2MG0l"
    "rNolUsojIyBmN+eFfIPHmXY5+8S6rQ0EWkMhXK0ByFUiWweGgrLSsTxFBc8dTRroZXgLab"
    "UkrW90vLwqNQeiFoiyK/joDYKR+VkuYpqLhh1L6krwCuUTEANh1Mf7TFj4yolDSYNnxSgF"
    "Ot+t0MvbrAp9YCB5CYTw0aSVXQSKpIgqiFbWw9szyPoxNnwpnkcWNy8ouUChoSe0lGsrUj"
    "5mUYVYFWkGYkG161+7WD5NEs13YkufSQdzua0losz8iXQOYaqUaY9KOuHWx9Y6s6tpGzoe"
    "FhtMDOC8YGy8+h/YJ22GIsKporRElYOJUKxCZhc7xNE7gavPfc+IPOoqjOH0izGe3Ly3Ci"
    "zntkayuM1pplO4jdS3MuyZzqeo3WJrlLcD/yxfyv2/Nu638NfxATMA1ckE/2+14hUV3yMF"
    "lKkNLif1OvyxtQzlpHOUssVzrccLhfUmKKNkcfzmibsPvB5DLY73NjOut/+OA/Ismnukhk"
    "okiSSHaKSCpBZGGuOEGJ7LhPML7NqJeM+fz1XZGYDxmViS671mXaFBQaroQ1FbyEBFc8Ig"
    "blKttTtzC9vlACDvKQOoGptVXFEN0LwBYF5iZ4mdvhQ+kd5WWGYpoFYc0uprnnbwIltnJK"
    "bOKFVQGiotWtOgrt/mXdPrJxUKcuyykbqWN3yCkbrZ4HrONOvet7OZ5A8Z6Qp+gF2SDjuO"
    "p8SKj9cmKeD/7iYMtQdcXCa5F9npQrtduT77TTniU1F5Lqlpe12a0vr5sVPEZgkbdEFW9r"
    "5Rq/FDJHC98XSc7WvyPVmEHx7tQjnad4e6tKTlURnSQmVI363SKN5LuLAhrJdxeZGgm9BM"
    "p3q5TvbpiXnS22Q7RKm9dGKO8ECSSkg7eWgjusypa6eqaKVYlEHa44ZOyUO0zAvsxeEHnt"
    "S+hPCXSPTmEKdI+j4QRfSCa89bATIOJbZcQXmlGeqBllvU68MI+O68iLZtnlOfPieX3g0e"
    "vUi6mX49GDwlKVaVDk9WEunzimtmnqWDWyXBuhVALVBRGrC9ZgBzdL1r8aj0cx++1qmDCf"
    "7x5urwaTN98yw40M0pwsq5qYa2UqkNhQNOpIf8a+lmMpC2wvB4dIC8wwGfHMscNOYzG0De"
    "QjTQauLbZ/vKsycyXrf50EN3UeCtcoqd9uCLZ4pukQeQYOWg+WN7ZggYS+gSa3/ctYwr9q"
    "P9k9P+Gf3M4yn4ngo2mubLQ0txjRn47e+BoV7W76YhF8kblev+2hrWngVzIa22xcuixCI3"
    "cE86dd5g894gTZDKEEUBkSkcg0lSGvc83hag0naWHjH1M4WPnC9Romg388kFN7cHOJwjnm"
    "Rv/+fjL+hX7onx/ks8ng58G1P/AzXjreZ9eD4S/eZ0us+eM+PNzdeJ9RCo3/nSCAL30A36"
    "dMCRu4cTkwcSFkDyH7oiF7d7cquepxSVj1tqx6gFFk2VNl+CLhmzKlObLEISaePlY3qrHS"
    "S3BiUnIALnBigMTRds9WQcdh6gStAGHZq01kvXUKMDv2h2kFOMvN7Ei9d4SZHdGUgn112I"
    "Q5J1DnN1mTVg7cOZbv0dWjgwQ1CRGC6toZINUZDwkqbJ9xQiHhtV5eFCSo9w0EKrkiCGEd"
    "d7EwQkIMYgkHYwlL1bI0nnqYDXJERDq/c/UA0xPpiXwBwZ2cEJMO6OpLjvhN20p4GuOS4G"
    "lsi6cRUsJO7P7SzSXTecWgTUiBEwwci+BYbI9F1zvKsRg83BUAO4pMJSm2iaMwg4wIOWIn"
    "yhGr1P0D7cLKO4CyUumSmB52BEE6nYTeIEingx7TlWN6gm700Da9hi29UJ3lRsyUiorAMQ"
    "HpiA2jG+oqYv3R41KA7GEXgB2JIR5pSkXDkR0Duag9ldhgkJ1Yl6vlYHZi6vVWAb5XwTyS"
    "Yht9p7cq6fNK1enKDAzHej3j2Lix6708G9dnpS08AYU8qpYm0hp7uVENvzs18ub6i+21m1"
    "5986zqLs28ZFOjN0TZz+hxXWYSjj39e6QL1r5V9NprE13W0Iau0dVaL9kWOdmb9IqoIRkT"
    "k0mDadiYPKZbdyfadM/G9w/35MEyd+5ubtz3/3mJduprkLwZpG7Ojf7Nzw/T2SVSV59d25"
    "kbt4PJTwNleHdJzibrESuaEXw2fpgFH5qukzzailAWIOWz3pLYF0U6qZNR2QBfpLqpnyLO"
    "ejic0j3fbIxKLLZhq+uYdOqjvmYCExTIr/WwPR2ZpW37uHIHrGePqGuHHJzCOiFXHHTD0r"
    "ohMOLqjJ9BEYOvkGRaJof9+MT11i1wvc765vNU2wZwUVdndnbqqX2d16qFJ3hL8bNusK49"
    "Y77Pkzuul+f7XBIJxfJF6C+mMmLeTzIDCmZAa9NCJnNnavqK/Bf7g56+PWRjw0GqjVT0Ky"
    "a6t4Nsd0FnW2DkJ5wi8uGWHDFEaIkz3KR13u2AP5Xdxd8egbdnRcYTLMC92iKdLdu9Gl3B"
    "oupbRAReN0I+Uz6gXfCTtsa49o8Xrk6cEQoIJfJ04WqgbvIAyUGWqrLJ7EC83enkt3Gf9Z"
    "zswLiYhFu0hvzAllfNTG3Ssx02VhQxMcDP7gd3N8O7ny6RLz83psEnduSTGfvTmRsf+sMR"
    "LYe5VjWdFsicfhre39MP7CeWF9mOWInq0E3vcBYw85UYFQHeZKofq/0oduiEAuDMP3za6K"
    "rtKNiyTKHU+riUdE79Wqq60kOsTNL3XqwCZ1zLdndHfG8BJoUyvMHl+jW5XKFurGyrznnY"
    "U1W4wNFelaYHjvZaHe0hH/5Efnbq7DvjOdbZhV4BFjHzF1petB1SZTv1bPdyPMfs3ylYsy"
    "2OYLyELqTqa3kROLg1RbLh3UtIZ8wVYWtmczVTTM2FZjmblcpJ9M72IUdlvmYvMphI2Xu2"
    "m8oysFJAWW4JwN1Xlk13x35yWlv2ruSqy0s2pmh/ReQNRxvyzdDilfE8PGDO0R82/vMP8u"
    "XoX3Y0e86/Bc2po+OD4B56422Btz30stGWG7RVn7BNOykmIzJN3Xdu7LD1jSePdG2rOYjg"
    "gb+x1XUOMSWYlx2g4VNAvtRxbBQwFY40FZZks4vossF46aoqX7wrEpV4lx2UeJeOSfwpsG"
    "H90c29jr9t9Y7tcsjeNVwbBytcOGL/cPcwpQF3T3pu+H+x/x78dj+c0D/xl51mtSUa/6zq"
    "GnmFWyan9EO+xRGXlNDi6IiFUSj25u05u4RhGZdsZplbYqB3bpUhSbbqFxc9usuELu0qXT"
    "HASajtibFN11oKKc97iQYdwUtd1bbNeIOrVzHAqZkNPTg1wakp8j7KpZln4prPMv96kc1x"
    "F0d9XUc6jD3n5CwyYcegLuo4TmyzAjXxwCkvQapofHtneuejD8AhL70SbCUoAN9F+wlYLS"
    "dJVYh+LQGME2LS8VtqSVaQvnBf/3b8QFPL1K3p0uSym+H02vtkpdlL+lk7HNje9xOvVhSX"
    "kyarrOEaRcFeUBY7gbdlQqrBeNk78r9WvzojyhN5bkKghLc3Txo2eblN7mwsbG9MIi28DC"
    "lRWINya+BFG1fqq0jecFwIyqBlwdqK8G/LkO6IK7ZQlMNbK4fTt7rIGju8xtWwwq1aYcd0"
    "VF350yX/EvELx6WkeTdVdjxqtu3ilRKaO0W9QQkxADYJ7A5biu/SZPRTAXB5osC4S9U3pR"
    "Fj9kPT+qpp6lg1MkKuUbkErAsiWBeugZOz2XP+ajwexY74q2FCE717uL0aTN58y852Mkhz"
    "MhRUzVbUpaM9iwIekwPAiwMO5ZGhPDJwNmSt1dG256ubi86xHVKlOpZkER5NS/QUjUvBGX"
    "qQURIglgZZnFESmapbGBelOyS2lzDhIZocFab9JbQyX/DDpwnW1YzoZyq/sGMvqyy8/10n"
    "I8Qn43CYIHuazqGyJkD8kIv4ERSrEUxVTIhJl7FYfTzc0JZPwiybiIx09I/qeTbqM9nllu"
    "JaugjIcSnpYK6FZbMjGAnt5FBAvtK29QGsbFSb05n6AMqhVCVQt+hMrv7AMHfYECvRvJcA"
    "dA+hS36lKQhvRATwPYSvjp+x0JsuFGjwJWeY1lbVm3nVVa+07Ux2p+Jmx14AYotZbSxLN7"
    "AEqtZxdDnGKrB3uAxvkSMM61BuHTqS29zVM5u1eNDNR80oES9JCcsXMuluiCQdGINwaPZj"
    "1s3IGIRDv8JFLxIO3WLrkawc+aWmaPGCpCAERQtUZQ1BqyAuWjgLvGUgF08CT26xWGCUfA"
    "109zAaFQuMsspPR8ZFx9ZKJry5ZiSxRIL+xOWBuvImG5C5ikTt2/aSLwRYtBHFEaH2oPGF"
    "lBABGeEQRI76eCQ+3ltgpj7KCpHn/KvmYLpnc0l9Lvl92NnkR6I1DVq6X5OpcCfrJp2QEU"
    "QfyUxSkP+8Hmx3FJwP1XKDfo+UIiJ3gILmJyULOd5eKOq29Ic3Vhy6sVhe9Y2PwJGVDX03"
    "fRpQi7E1rgyoZVfUjdHSBjNRZZijqCR05YOqSlpPP9x4ZmxgtNyoxiOm3VwiPV68yc7RvW"
    "lrNF0Q+dOiF83ZoD+CMu2m8QdSLYx006GdXlTHbzeAPgw/jFlrl1i/mfpvd0DZCmphWXh9"
    "nNKVF1SWTO9qJI6crZ2R7S5UZSAcD28RTpRe+kJyg/7k7hJh1TLmxvR+cHdziSi9YzU3Jo"
    "NfBpPp4BJZ+BlbNqafzB7oaAs7Lh3v9UwJWqbMjf7Nzw9TWpRu9dm1nblxO5j8NFCGRIK5"
    "xhXNCD4bP8yCD023JaXqiIJpi5Vm3EvIR8i4KNJ3lIzKBvgi1XsUGmBUfTzR97LQhl2X3q"
    "0tCxLVTavdq1B8U5wPcFzqyF65LUM8B2FOr9wgPqeuHZ7ZdZDlGcqBWgLVNaC6RlugBi8c"
    "eOEOPUvghZO6o0QqysrxxfEisQcdcnYgxNDBfgZNkW7QoV9MNewXbCHHRCoKp/tmi22b/J"
    "aw8/I5+hUTJdkhAqaBv6FnMYqFoZGq6+aL393Zk915uy3RDrqZG88NdbnEO+cS/UHeMCvN"
    "sf9ArHohGc8u2MgwHfSKHdbMlDamJt+CABhMUsTVF20PA/HVk8ZX87pI5cRZc9tItcrr1B"
    "orr+2djytx8fWvrwf31C3Hzgrqxvt5cD2jbrzPeEn+vurfXaKFasyND8PRbDAht9V0J33e"
    "ncYt5594YkZOICFNclplxo23CUpUzU0LArhgOYLl2KpEJFj1BjORwF8A/oIO+AtOzNrpLz"
    "2FgeMlCC718pwDqjcIKg7KZeSKlhqEGoO9ohYTdPGs0WPA0OGCe9hfEMi2Geiz/pRcuUSq"
    "bWNnboyG/avhaDj75yXSNXWh6ZrzOjcG/3hgH+E/XfY3pQrdPfhUIcPFjBo0uJt63CBs2P"
    "h0voSUdlEk+1bXjGNTt342XctQ9ZFmdFFxP0ke0tAgu8cxrddfVN1V/a+c0ho4o3IVCC0Y"
    "rzwHAgUDC7fmM8HoG/WZrNwjRktiQFB3PJp+ekDq0jJtSqplDF3NuER0dladCv1f9Kfzij"
    "TvKllRh4mm6b01zA9qTrvUHLJQAqj6o8GxxmmE6JYoGRcTkwbVpguVPbliXo69QDWQd/6A"
    "EFBB0q/X2EKkV2Fs4JlJ/lHQDzL15ujUEhR1gez3XRG+xFGaiq/cZeYixa7naiefvZFCaU"
    "hCXo7f/bqBSmB9+H8eG+aHjJ5qD9xsHYJujVfF4JRgyrbpozLSuUyqT7wOGNlFed7B+CMZ"
    "3i1LbxdjeG/xVmhLBuOly5WppfR/4tAuCnJCrM2eptY8/PsXojjQwLXKgDntOQVyRDb03Q"
    "yTFyFHQKZKgz0MQ8wqiJg/2DLVjuwlOxgmt9cRpTohWJABeq3Bgihk2RZ4gOhhAzxcxSIJ"
    "Byu80BxkWkhFHtv0HN2QV49hkxHIO8RsRHYTsvDOtBwbLV0HbVXrUTMoO3/66aGHgiaaPW"
    "Q75OFEqrFixT4MrKdDBc3csuLoAbgImnIRsM0h7h+PiYF/vJx/3HsaxcGPywH65dAHz82Z"
    "sOfGP/JFzN2IiHzVI2roGKZajsEjruZ0bdyLyIdwDV1ePVqomFEZFwICNu9tpsZauxe11u"
    "NSYKungfUiMqJqclRKpv3asJagm0tmgYvt6oQU7OrTk0MkhDPHoYcD/sCRvrwkHaFjZ0ZR"
    "p170sMyggHBUiArwjSSySAptXHMqAC6XrCQMbDG6UssOhcr4Sjy9rAJQryNTyYlsQh0tAG"
    "/wqq8A3lFkKjnhTehFrapOdI8tzYy7puNXennBgKVu2nil7NjQwtEATwptTcPZkC9ksmrc"
    "r2irvqIFRizFG2mGra0w0jhpAGUmAJ5/u3j+bOlE3D2hgHTsvDwgA1fPj5menh9TtBHvkS"
    "zBGokKAmmkU6QRb+mEOSMJMbAwD1NGAsgqUHwkZ4wkNpcwYaROrWeKHUfHW6I2ZPEhEiNy"
    "tSA7HCvGiqCDaaMSmpa41nTM2AoGYjXc9x/qeO0g03V6XrOSF9qW5EW10ZoYmCuedlTVtM"
    "BuaLW3Nlu5ssjLg5f+kAn/XkCasHp1cYgvDmaEJzG+c0JMOhJ/9RHKdna76JzyEgur66qz"
    "Nq2tom6ZN1KYc5MxgTSnRMNhtTUukZQdEQLcS6ZkMwVtJY59QhDwL4e/6Vqlj6C0LKxCya"
    "cgp3hzxvbvRMHmkhrMRREN5iJbg7lIaTCGyeNW5hQSM7ncyu4rh7VkeFquIB1lLyATE6gu"
    "zxZBq4oAdOgKmbhFInptA7mod2u/t9pUOzSOfq5Xy1+eQk4t8mMF+v0GNgPaz+B5nCxMYF"
    "2S/1oh9ZFga1P/k+X5pWx+M98j5oKIX7sificg0bcs6aBuEj19MERrmUZlQA0poobQCKiy"
    "tswtP76anUUTCn3NbS4ZEA7HN30AO4fnnf6qkGORJYKDo3LO0GxKdlxKGtO5MhfpVnWWGy"
    "zUlGAvAXCm0gu19RpbmNgIIh2IElIAKzgw2+U6W2Nyipbx3NuA/HHI03roS6fM1k9KwgqU"
    "zteHOlRfH6UQ6lBBHar2+V1bVocqzRLs2Al2klJUfXelOSPz8YzjoQ6v9XKbXNFRim4+tq"
    "zNFXAcq9VCst3Jrk3pdWLOzqiMdM7OOkqG8DP8sgHeS8jnr68eX/LW0JxXDyMBkBNi8iFd"
    "fcViHzJBBm9UCI6Lg9t5gddEV00j/PN0fMdHeC+RtA21pYP+F+ma3UFjIQdXCkXM/gvwfH"
    "Pb/y0J9fVofJU07OgEV8ljeu3wKmdlwx4KAOrlUX/WVJHDxB/e4DGi7rRmTpLqA9nd8jg1"
    "+qKU1+FElXMxV1NEApxMB51Mrl1JY3C53UuRLdWqfNXhCm93poON5esEL02LW7AjPaiX2+"
    "dzP1yx2Ph6umktTc9QecKv0EGrG86VcM0KJwoEAhLmCVRvKdEnQQBcf7iE0H578b6I7njx"
    "Plt5pNcSeQKY/FLbUTaqLVRhJiknId7Vb+WsnKJsQkpWStHXm5QR37z2zvT7vxe156MyR5"
    "n0bQO3aZu+W3YnMB3KG54pO+k0av29ZW5NfynS9ffCi7lq/C4Y1rJQ6NeiqteXMEPWWkR/"
    "CcZLVyCv+niQaOC4+aBxh1XCJ/K7+OAODHebcjPFTR1fts1An314GI2UyeDm4Xo2HN+RSc"
    "kUioVXLot+z437weR6cDdTxh8+XKIdtpY0h9Jcr+fG1cM/lTvlJzLv7SVauK+KoZDDVtnO"
    "jdvB7dVgotxPhteDS7TF2wW2lJ2l+RiJJj69K5L39C477eldUT2/2LLWX0cgdTqdrSx17Q"
    "hGQM5uJv0Ps0vEZOlC3t0M735S+vf3k/Ev/RFdTWNFlkEhr2PLfFb1ueFdG9xcIu8zvJob"
    "k8HPg+sZ/czCnxkHeW6QqegHRN5LHTn9kjobokNtTL0EtTolCtzqctzqskVRoCBKFehbeI"
    "d5tt6VaepYNbKs7UAoAfuCSNWFe/hJs1b21Xg8illxV8MEqHcP9L315lt27pBBmpOBdeQ9"
    "qCx2AuZCWlCa7V6Z14iqEn86HKdyJqoRCYAzle1lYSyIZ1QEAE0l2Xr6rEn9R2KnbUISjl"
    "yBI9cvn8HR2rN9yVGZ5n3JZ39fuwazooh1pOmOZtjn9H7/JajHt9bDHOkEIrQsSTlYmsqX"
    "htiolmOX8P3HBOWjnHXE0x+AlMsxI9Z3mRWOiMH6tnl9oQBjnZWPbHex1ZxyAdKkbAXPUT"
    "sphlI8R4Ers8RCJ0Rhndu8zp57WrGwaosl+qUE4QQtcoICwSQbfbkIJrHMht2q5KrHJWHV"
    "27LqnMPV//acd6hoBZW0IGS3cJxbaqxlbUFsE1IAbHa5Jyj8U0cdv9AMEoWXIwkAH66spE"
    "IX8Bq7gEPhqsoLV2WdFgDwAYA5B2QBiCPKFiB8AOG0YnpE8TUyma55Qa0ja7CFPPn+fsoO"
    "mkKZldii21Vz8LYquIZkLplwaiRRI7rH8nI2EnuxQPqGknwiDndb+ZX27DVpm5RgEmSr5A"
    "Eln7GPWTeUS6SilWYvKWHQbw1ssC7AFl5iMle68Up100J1vVYzIbNzTyBBos66eh0j/Uqy"
    "28ENL69Dtogb/hT9pVu3vFU3mA61FyFck2KA7WFXFtuLFdio42CejsFb1EqNPrP83ozcDV"
    "wBsrGEbUnRTT65GU7CE6fTM9M2zzwLbN8idllocx82yGbE/pl+erCJbbS3nZbmM7Zs9MYg"
    "ttMlwuSPVzqoR+woZjAFbte3PfSiORv2mUd7RywBFL0Q0wkjzUGaTe2vtMHW3G25Fb5iz5"
    "D95B5X5etrsfBqqxvAVk/cuoiJSRRaati2AI2oxujpkysYNA0FAM/DGiboQhXqQlxtk74c"
    "j8d26s0iKar7Z7ZVuuU1O1RuicLo/ciUbhkfkKtbatudaTn+OaVsPZGCKmbf98X7UshcE6"
    "1Px4/q8pV1Rv+Ljbx50QartBk6ckx0bakrHSPvp/aQhV2bTLH2NUEDf/G6qqc1y9rvxlUo"
    "gyowDGFQJk+pTEIgAColla+UdD8Z0ypJ00tql9L6SPbcmM7G158uke2Yy6eg7tE0KHlErz"
    "/c34+G7DPbpSFR9un4fnCnjCc37HNzhw2F+Xns5IlVZCFraFjAlkUs0Xov0o5kXnpbaZJ5"
    "IcKT/SzIG+GBRAvZVj0r0SJlxZ7GKBgyRf5nc3HGMQj2F4sYA5/NBRRwlUt3BvVOEvWOWq"
    "uihlBUBpJjiyTHYmNprnzfSVGUozLSoVz9Rm57FVcO1MsNXj7hlSDiZ9cfB9efaMFVX35u"
    "TB7u7oZ3P10iyzUMsghz44boI5doZRp4bnzoD0d0+Folzy0dPR6Rv5WrPj3MLFPXKe2d6A"
    "ztOJC2ey9jUXszIgL2ZuX2pmM6qq5Y5otIK5S4EFQNTIb7zCdRRCMSAGe62q1Xi1oU1JQc"
    "QJuE1rPhxKFNyQG0qdK2qrPcKLb2/zjad3Z125hQc6BevOsKrNiyTA6bNEfTDgSkU7Oh0g"
    "+4ImPjyjug15qh2ZtSy54Qhbpp7fE4p9c5YhCWWOq0NKx2m1cbKuI0WLAFKopUXVGkSDWG"
    "SP/vBGNcoLKAF/Datx7vmF5SqAAD38ArgRI5aySCqP4ga07b+8S2OxhqFWl2fzY2MHI2lP"
    "uoGsibAPlPHs2kof0SyLfuIc3wPqY+Tha7+htzG1MIkGusTGxT9uMWGfgF25QAadmc0gu1"
    "3w0qMrQ6jyQ7mEwOHqKgiLjtQgHIfeA5QAxHc149UFKg5gUcY2JtDs+XdIdU323Vx0z0/I"
    "iJybSHG85Iw1/IVxAJFYYCECisPFD42VyIGZF7AZkegbrMx88e2+5IuzHG3OsYwEWtx/2+"
    "4qetnZJQOWGOmCxF37OcDmv5vqVWLaHy92CL+erVUdlJoD2D9tydYzdOzeDs5rw+jp5Ag+"
    "0bT+PbrrB7Y5mmLNCNRSRGS08LEb04GA9qceVqcUCEETxVomLQGlbgcAEzBMwQMEMyzZAp"
    "XrqW5rxOseNklHtIDunlmSS2P1ixvdEnzPR6wpzIarZO4Q+vRqE4rSFSSzJ/tsnxrOoux7"
    "WcrV6EAs3rF6dRlmvRJCAHOPsJ6CbxjsPRaVMO8NRR1+vbtcp9SQTX8t8OdJSy9YdB/m+X"
    "lMC8NwB561uYcwzN8JesenWhhBSBxbwDZvDbLP/sD8+X0fjup2B48oWQDDRSIESNyIgU2J"
    "ACNqSu2o5iO3gn5tiOiUmT79J0TNfbsyW0nLgkEI/bo9RkE48hiUQWXbZQFSNbtE1FRKKa"
    "A7XzatlRtkF8KdLrMDbwzCT/qJaF3q5FKOq/i2y9Ag684yqwblTDwHp/yXqOnfFKsMZH9P"
    "KMrqU3VlG9wUXZwK6F7I25C1qhbVXrCTs7XV1i9IZ+wC7uaA19XXXWprW99Pi5NlItjLy1"
    "Zdff+F+gF470BiJt9fYthxjc4I3BjmyXHRmsk4jfNiojnfO2+oIq7S9z21CgvYZud7udIh"
    "h0iIhI4QdJ7N6L90W278X77P1Lr6VRzvI35QMtmc+pAd4IURmwbZP34xOvx0oO2gk56Q6P"
    "WtB+wYuNaT6Jw50SlA7vWk6ShWpjxbV0EaijMtKhXMuutrVHQ9kS/drMKBGaESCIi0mHdQ"
    "0lD4ldxPWm5IC8F5EO4Or1O80mNrSjPXP053zuXlSuwcBLYLZ0Nu6yc+2NUi7UlRQF2EVg"
    "13Vl6Vo2r25Wdkg3IVbqQOlQiKWOsC6FsFQUJCYIoS4IdUGoq2WhLiDrSbbqFZD1Igk6BA"
    "KiujqO3wkgoekIFN25ITON2EQd3AqZVXdiL0nf4R9pnFAernt/Mtl6xaf1aFrTHh+LFplo"
    "SueRFSl7o+222HAUCtmxaE39yShqsgIWbel5BFJPbqSdqIw47UxdW2pH7yjaa+aeTvUqE1"
    "B1ktYj70MOjyL+tjzMoUi+p4t0saVHCXI2qoO8lhvIMU1krh1snCO2oJeIXNsSzYPxHWhP"
    "IOTdwmMx+LyNHrKf3Ld/Q8ERdcmuBn+dJVagqfvODXobKLjWfkptme5dGZlyjXfsOmNNtj"
    "rrmA/7fBekC+0FoI4uxz0Z6P9ZuB7mCimZCEPcIx33+NPhcFoyN68/GnZueueq5OW63Tki"
    "fVOiItKkkEBvj+of+7++e1fguSejMh98dq3zXfSoGiuI+Bntyek145wbk8H9qP9Pr30eJu"
    "+LV9ZAbzKYjke/0LZ5FrZN/dkLKp5etfC+ohKywAueKkkxOFnSNakoQqUc9glRiMa1x0Gf"
    "jssEj3OpdY6Jwjq3eZ0h6pp9dHYz/gZR169x1bOirgnWOlVsxHwucSEo/ZanE4m2h0oLgn"
    "cgDW8s9ijcQ4AnLRHKDbjIU8SN1ImSXhHhSofpxN2OHSpF06Xj5yk/Yzpz91cAtGDwvWW7"
    "vijKvKf+MNaR87gCpOXuPZd+dwk3n6szvB3nL3Ei3CmC0+EgN4dgVSjOHU+yV21E8Mc2be"
    "j1xs9Qo529KFX5bY827UKMkoQ0B23IYKKPLje0+ZfBrgWz9ZBqrNgn15a60jEv0N3IjeeG"
    "XzzAQQu8JCCfo4dIrYG9WLrYwCWbRlvh7c50sLF8RU/4FZlr/3sSBLMC6L/H09tjC0O3Iz"
    "RlaI360MuJsLejrsGpNbmafeHpp6ME2jFhCWGvPjqcFyPKMFVOEBeSYV+LI80RlS7wWUMX"
    "v2eqUW95XM28Jn4RKWniaQ0Xe9QczIM9u5J4KHBUJfF2miY8GGspJO6Yjqora17NibwNHx"
    "MDV1PZPQ8clpp7H2Fde8YWl3ufubfjQtIc59X5qk3XWvIQzdH69iLSbdzqdRCIV2dD383I"
    "JcSrv8ZVh3j16V5S2X6gTFRzvD9dVmnr6v4GcdHa46JmELc5EuCiCe4t28BFYY0+uO0K0I"
    "Up87zgXDSfvkBgLp7Hfzgodx+pgo1i+ZxeSMrGZJHJtkEv5P9Uw0nGwMIQGE0Q9cJl52hA"
    "DKNXxDLyEHN6pUJyzdx2bizc7c5G5DdrFlF9yKx/Q6qX9ro0tzuXwMRm+dMl99CcV5ru6i"
    "XFEhWI3cPCS7Jx7OBL0XstTXIfvDpnI71ZydfQX+fGI+2zTn6GSUSRqdPYnncv8qdBvpGF"
    "qOiLpTlkcvLJC/3EwNmhvcjp6eejQTivRS6anHZXDSd0tu1dV7WiFnmCxbZ1QlAaP03DLs"
    "j9UScGf1wO0D8KfbEs27gQmCocF2X3chd32Fj5NXCE0hc/XSLzaW7cD+5uWOKiPw9NW5xN"
    "glxGx/JSGW8G/ZtLRAuZJPW204S3ISm64o3P2g4KR5XiUtJ56GsJLRn4i6P4m7GEz5YjDk"
    "mE7fHTpt3z2CCQuiWbUcZEYZ3bvM6+clWmDHNEENa4zWsMobbsNyeE2iDUBnGh9sWFThPB"
    "mGDy5ZearrHipBPXOONEMtKDekUiGlZMrGhrUgOjnWrbNIOGeu7jk6DP5uISvdC6l8ydv9"
    "2pFl71Ip9YRMCJf+TqK2SYDqcbab33ggak7WpASo4jq5xWEJcEraAtWkER2tVaM7SSGn9C"
    "FHT+9ih/6XUmv/TxkcemyHaLRUQa9IktsLedupiuZD+5trLc4OUTFgyRxsTAr5sOaJhLqg"
    "h8EcM1LgWwclmCZXZsWhDAzQBXdNMmxQBYbtaQSMxsLwBgpvknjqrpQomHEZGjUg/L6Qd/"
    "X7vGkhmgC1fTHc2wz+n9/qsunaGJjMSUO+k03o5Y3SCOoyNZV+iwj4PTU+iwj2O2wcQSUA"
    "1bZeus6sh0nYX5hfohggmZUyJebcS+RJSA6GCyM149CiX7+C9o+nF4fz+4UT6Ox5+mSGOE"
    "y5S3o5G7zo1gqr/Y0bv1fMolcsw4G/TNUrUsDVvo/9DhyyfyZcmqbRfYekvvR9cdG6tzH2"
    "/7PPym53MjEWOlzhryLVVkYV19RVvy/476hD3XjvmC3pDVMJFGfqSOVRuT0ZqOA1KpRgvL"
    "oLWuPW6ct8VoncHSG2aK2/l7hGOSjAT/C4ifrSR+QomRAiZlDSVGIo+RAOAJMQmhriHv1D"
    "tqRWCOiEgIcfUOkuAdJribE2ISQt1sbSK5OKBp7ufN+G5wiVamgYHzKb0FC0zEryuSARzf"
    "pji+wAWU/2mCYivZT5i8UX9ggMq26sAAhWIrHYcUSLUCygcUW4FiK/Hg3ZN7q+523m9Mh+"
    "72V3uFAndPrrL1BIoyk10LTT89sOCv11FA3YexXIOWDIlGtv5is9HaisM7PmamAtVGzgiO"
    "sc+SrbGPKkXytYSjauMhd7XHeYd9xZqt0Dj0M+YEWE1Tx6qRsaWjcgmkF0SwLqiD7d6sbX"
    "81Ho9imv7VMBFFvXu4vRpM3nzLoCeDNCcWXAWrW177q4jVDfZXTexgqEl1NJ5gfJ3S+KJa"
    "6fHwTr1ZJMV0/9C2KUN0SnMMxowpeMazuyKXe0UML3M/tlAyKGXu0SZsXnFIOssjpizFNw"
    "SuHtLNJUvWfEssJtVBW/MZe9Ul1WdVYxsirBDZi/AY0yZZXXeaG2y6cw9fylg6Jxjpr4o/"
    "v0eb9O5GuY8RzuQ5mrGkVEpmdFzLsOk3pDRFx/Q4iy+m9VRHpilwDuk1KDbZjRd7LHTuP6"
    "RioCakAFkw6ISglsuga0uuBn1t3pu6tnzN1Dv8y4X0Di9XckcltKKJGh+JRrB1lxuqBZiu"
    "FXnVezqCioJC2DTZwMa6fk4rYbOf4lXD9vXkv9BK1mzb0SrWVNF40ZwN+U9fL47pIo3cdW"
    "7QgtaWRn4xrVyxNi1Pr5l+ejgPdR3yFNPr3sSY1ej23GHhCLTG2K+x7X+p4k5qcEKfshjG"
    "RrWwstiJ6B4Rkebekd++I/9rNcgRUNU1dl6Vhbte80KN2cgm5YAEm6nZsSMpjW12NmdaEv"
    "pJlu8nCcQq2fRAIFZ9PY79lh1e4Ndv+DXRab9+yzZvt936I2LFeUw2jnG9v9jLM61pG10v"
    "4bmgPd03vOIBLC+f1RMgtii2bXKZJu+baGG6jxsHvVm4r2QUMU6ZP/1tz2dFvWw0YhZbtM"
    "OU7aAn/NpDa8vc+p9P8Eqz0VJXtW2ac9Xsrbn2r387ep3dhP6HP6FCJuQUEaAd0PfDoXBA"
    "O5344WIWZXGFAhJyt96/K8Ddev8uk7tFL8V1pOgjIgByQqwU1C174yQydy/eF0ndvXifnb"
    "tLryXc/PQIEyQlRmWq2dGnPVRiKH9fZD9/n72fv0/tZ7FeUMc0gWrdSfFVx6Qa3cPddEUU"
    "4RhSnUjMZo5IwGPUkuwu2TH1dX1B505MCHA97OGJmFRHuiCoyTvdz9YxmAv7ImI77LB7Jz"
    "BAqwN36M8oKcCRd037MhK7CmpmSmILfGjBmZHhRYscKQf8aP6jWcyTlg0xNB1pF8/C0Ryd"
    "k3WWUwouEJDQOfT1FYFLbeUze7nBK1fHwcoXrgI3vf44uHkYDW4uUTjH3BgNfxlcInqCzI"
    "3B3Q29isndW1ILjjXOsct23LHl5Qp0xCDncAPSFjnZb2WWOCImnwNGpvVtUd+sljnkZVpl"
    "9tYo9xjDCndihbvlLgfqXjX+8mDtFq9izsiUHBDOIN+sSQe6rotGJWIygGoR9zkFrAIP5I"
    "MttQMytrFiHsgJOZ4nw+vZGfdYqMJ1HplKUnQTx2EBfPfvpub2bsveZEXBTb3GhWv6JRv+"
    "pSG/8uU+fJpgPdyt2aEg2eIVqZBZBRjJGS77d0PhGAZbfkgmQLZYWEYJl7VY1RJasNFc7z"
    "nG5+gP29RXfyCTGBnokRXycDYW5Ryz5NlHl/x8vEIP99RmCBrSe4zltWo7aKc6m6RPt747"
    "zY03dBL0f9Cfziv6+3/SfxEoHEW1tRX5yf69kO1ouo7MHTbeepnHNA6yUG38DR3n3Qupj2"
    "QHkIlpwjF9k5IvX4gkDUnCpw5erXXV3ig7S1tiZY056kweyZwjLJNO3gjpPMYa3T+AAls9"
    "JSfTGlRnbZq6kKHpD4c07SSQO2ImsfQGRde2GsfRmIkpRxLgTTGeddPGvGSfvCK2e6EGK9"
    "iGn3S2hC09OS1MC6/xEM89cKNisImBG9sQrlBM7mg8gWt8Mq4xlIgtnUu+95KCG6+lzql7"
    "11puVDs75z4+oJfnmNr5Q0Vy74Ex3KbXTC/H6bIzBZtHhwLSJd9W3wK9e3zhlaWunTMxuM"
    "9uJv0Ps0vEZOfG9OHqdjibMeawu9jS0tSrudG/v5+Mf6EfkpPGouWs58Zk8PPgmg208Ge8"
    "ZOOmgzsylY0NMtP1+O7DcHJLB5CFW2vWlo64709mw/5o9E9lMrgeDNmcO9VyNFXXqTG0xJ"
    "o/e3B1/9n1aDxl0zEjlfzdv7sejBjLeUnXQA+Y0qL9YovkbV9k521fpPK2DeyIO0EjQtIY"
    "gg17Pp/VErhHhAD3crg7pqPq4sjHxAD7ctj7J7KlWKZY9lBKUL5G4JUf7B5m5PcotGaMZv"
    "HcfdMteZdlVzrkztBgjdx6N/93Fz/+EG53+kfeBp/eEk0gvaMN0xHayMF4+fZvHY3sPW2N"
    "7D7V5nmo8qokJQQB7yJ44y87ph0rlPOexpuy6TOyJZKCeWT6Asi3k5XGQ5qyTTpdvwcSEi"
    "4rSUgITdAyCWUJWUg4anPC0VqzbEcJvAsllps7Aax5m9d8hZdauUTCuCSscptXmXoDyxzf"
    "ezFY3zavb+jcLaObJWRhpVu90szvXmaZo4Kwxm1eY+jZkrnMHbWzOMueSkSCxO8auXaBsi"
    "oKbkoOwE2DmzD7RDHOEgeooYBBg2xcd7fTNeESBnEpQLYAL9eHLI2yOHk0MlXHQC7MII1v"
    "MChmAMUMugNu0WIGfE0N4D0Ab0o5LQBvStkClA+gnKWeHlGYQ9cMXk9cEUJ/jH4+IvNJdE"
    "YnqBJLTKY+Eq6JN4tMIDWW/cB216EMiGALFs2CUMJnoNpUiN/PdoxbD8UoTp0XAX2zqjJN"
    "ye9yylb1SMvKBHHTFGv1i0JBUhY7ga2dkGqQZvrdu67kmHtZ+F6SidipEROThr9eMbBebp"
    "AwsHsxADZVOcUU8xSG42U6f6EWQovwzPG57jgJqsJmfirjuWMYFzX4wycVaiC0pgaC7wVQ"
    "KvCc+K4A2XwmDbgDyPeaYsfxvl6WOyAyqFfAHUDG0Xp3dHzBcp3XG/Kzv3mh9Sr3c6CdqW"
    "vL1x4yDYws8wXtsIWe8Ct6Y2OMKArYWJ3vx59749+ywpaxGp3VT39EwQbBHurH9E5vmXOi"
    "lj5k2c6KZ1V3OYlBP0/Hd1kJy75AkmSlLR30v0jX7C6qITkwUyjozCGTKoD3zW3/tyTy16"
    "PxFQMnQpGiE1wlPRvAdPtKmG4p5TT7rV/nmyyIA3DeX5EQQQEndjQsUazENJlLe8bWa1hM"
    "Iyy0rAZvmqCu8xsKOBngmMh2zOUTUg32B63YrOPVIxnyssEGerFocpXBeYs1ccMc7/tS12"
    "jqgIXX4IQ/qRM+0JvFKhTFpaRTJ6ovUxTZ7wIwx6VKwdyymHrd7WMpPv7rPGEA5hXUjUg1"
    "WFE32N+dLagLBZSggNLXhDuUPKm35ImnhCo8Zmp2AY6E2JHlN9pm5EH9ja/bWi5SfwMCjV"
    "UGGsPzRDRLKS0I+UkQd6w/7shPQojsxgoQlpvAnX5yT0vdhgBkWbdtFhM5gWhx921dLGTw"
    "eZ6WeKyoyyXeiVPeomLSmNHAJWw7sFAONNMX8e3F+wK+CDIq0xfBrgGhvpUut4XqLDdidl"
    "hUBCwwLi+ZKjXCPoOIkEwbulrHAdEYxZ0GoRDgCszvpj0w1p7VcqSTQL4U2h7PURA+rYfZ"
    "3/6pWbWLSzLHQBLl+LumgK8LSPYVkOxTWlcFkF4F83RL4yqKaVTTFE5dqNMbFpY94rjCoi"
    "WRsv1gQVUhcH3J5fpakqUW8R8E44Hil3AapCl+7N8C0Abjm/PINAZuLT4ZckeHHEKKKM5J"
    "Oek8YNWzKAPIdgSoUliHgtKBXf25gbeqpouAHApIB24t54a6WlnYzmgRy0c4IiIdxrVw93"
    "bq65Yy1R1sbW1lpb5y4M72LXKFm/PdfNeVKJBmK+Rw1Z5F6e0xOSC4Fye4A58ye2/LxacU"
    "yD6MJJtQZ1yVZRo7uA8y2T6x14NlrtzlsSUaA8/FvTebTGA14QwKYMvxCUWQPewaUqKrej"
    "jDtY+mnx6QigJxZGNdt5Frky+MHUSj5ohFzdEb/GWpuytaVeGX/uxtD5E32wrRc5JlnW41"
    "Q9u6Wz8x9U9XNRzNeU1nuDZxQ26Ga7R+OVSZPLXHqySLAwgc1RA46KPEkitFrYK0YHOr8G"
    "Or93rk+NYMv1iuWC3VlJw0nc2rtLV2Fl5ji9s9/pC5FRNt0OIKP+msyQVsj2r3MXStaYhH"
    "A11rznIsnJ5A1xoopNh8IcU6DdA+Jrr05oxjd/pXennmprofAzSELp2VvRyj7BlbNrcDVX"
    "ZMJiIiYcS8lqgMfagEEPaHS4jut+/eFYkrvnuXHVek19JBcmxwIgPZNSEjIlAVUrAqpICH"
    "vvqX2b//P13PZ30="
)
