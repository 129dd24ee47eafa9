from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "custom_roles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "base_role" VARCHAR(20) NOT NULL,
    "permissions" JSONB NOT NULL,
    "store_ids" JSONB,
    "warehouse_ids" JSONB,
    "channels" JSONB,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "custom_roles"."base_role" IS 'SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller';
COMMENT ON TABLE "custom_roles" IS 'A role HQ defines (backend.security.roles): a base fixed role, the permissions of the catalogue it keeps';
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "custom_role_id" INT REFERENCES "custom_roles" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "users"."role" IS 'SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller';
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
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
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
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
COMMENT ON TABLE "staff_notifications" IS 'The notification outbox (backend.messaging.notifications): a WeCom message to staff, written in the business';
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
COMMENT ON COLUMN "stock_adjustment_cost_requests"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other';
COMMENT ON TABLE "stock_adjustment_cost_requests" IS 'A stock increase whose unit cost is outside the band around the SKU''s last purchase cost: it moves no';
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
COMMENT ON COLUMN "stock_adjustments"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other';
COMMENT ON TABLE "stock_adjustments" IS 'One row per batch touched; the rows of one request share adjustment_no (and one journal entry).';
CREATE TABLE IF NOT EXISTS "stock_discrepancies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty_sold" INT NOT NULL,
    "qty_available" INT NOT NULL,
    "qty_short" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(128) NOT NULL,
    "order_no" VARCHAR(32) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "resolution_note" VARCHAR(255) NOT NULL,
    "resolved_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "resolved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_discr_source__aca0f4" UNIQUE ("source_type", "source_id", "sku_id")
);
CREATE INDEX IF NOT EXISTS "idx_stock_discr_status_0fe39b" ON "stock_discrepancies" ("status");
COMMENT ON COLUMN "stock_discrepancies"."status" IS 'OPEN: open\nRESOLVED: resolved';
COMMENT ON TABLE "stock_discrepancies" IS 'Units sold that the books did not have when the sale was recorded (a counter sale made offline and synced';
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
CREATE TABLE IF NOT EXISTS "order_hold_rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL UNIQUE,
    "enabled" BOOL NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "keywords" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "order_hold_rules"."kind" IS 'HIGH_VALUE: high_value\nADDRESS_RISK: address_risk\nFIRST_ORDER: first_order\nBUYER_REMARK: buyer_remark';
COMMENT ON TABLE "order_hold_rules" IS 'One configurable hold rule (backend.orders.review): an order it matches stops in review once paid.';
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
    "deleted_at" TIMESTAMPTZ,
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
    "buyer_remark" VARCHAR(255) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
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
COMMENT ON COLUMN "orders"."status" IS 'PENDING: pending\nPAID: paid\nREVIEW: review\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned';
CREATE TABLE IF NOT EXISTS "offline_sales" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "request_hash" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "ledger_date" DATE NOT NULL,
    "ledger_note" VARCHAR(255) NOT NULL,
    "short_units" INT NOT NULL,
    "already_online" BOOL NOT NULL,
    "response" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "clerk_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "offline_sales" IS 'A counter sale made while the till was offline, recorded when it synced (backend.orders.offline). Unique';
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
CREATE TABLE IF NOT EXISTS "order_reviews" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "reasons" JSONB NOT NULL,
    "merge_no" VARCHAR(32) NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_order_revie_status_aea106" ON "order_reviews" ("status");
CREATE INDEX IF NOT EXISTS "idx_order_revie_merge_n_52133f" ON "order_reviews" ("merge_no");
COMMENT ON COLUMN "order_reviews"."status" IS 'HELD: held\nRELEASED: released\nCANCELLED: cancelled';
COMMENT ON TABLE "order_reviews" IS 'An order held for review: why (the rules it matched), and the reviewer''s decision with its reason.';
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
CREATE TABLE IF NOT EXISTS "order_exchanges" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "exchange_no" VARCHAR(32) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    "new_total_fen" BIGINT NOT NULL,
    "transferred_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "request_key" VARCHAR(128),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "new_sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_excha_order_i_75aee7" UNIQUE ("order_id", "request_key")
);
COMMENT ON COLUMN "order_exchanges"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nSETTLED: settled\nREJECTED: rejected';
COMMENT ON TABLE "order_exchanges" IS '换货 (backend.orders.exchanges): units of one shipped line go back (an RMA on the original order) and a';
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
    "superseded_at" TIMESTAMPTZ,
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
COMMENT ON COLUMN "member_points_entries"."kind" IS 'EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out\nFORFEIT: forfeit';
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
    "type" VARCHAR(16) NOT NULL,
    "is_active" BOOL NOT NULL,
    "parent_id" INT REFERENCES "accounts" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "accounts"."type" IS 'ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense';
CREATE TABLE IF NOT EXISTS "ar_customers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "payment_terms_days" INT NOT NULL,
    "credit_limit_fen" BIGINT NOT NULL,
    "contact" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "ar_customers" IS 'A customer buying on account (企业团购、批发、机构客户): its invoices are receivables (backend.finance.receivables).';
CREATE TABLE IF NOT EXISTS "bank_statements" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "account_code" VARCHAR(16) NOT NULL,
    "bank" VARCHAR(8) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "bank_account_no" VARCHAR(40) NOT NULL,
    "date_from" DATE,
    "date_to" DATE,
    "lines_total" INT NOT NULL,
    "lines_new" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_bank_statem_account_917ea9" ON "bank_statements" ("account_code");
COMMENT ON TABLE "bank_statements" IS 'One imported bank statement file (backend.finance.bank_statements) for a bank or cash ledger account.';
CREATE TABLE IF NOT EXISTS "bank_statement_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "account_code" VARCHAR(16) NOT NULL,
    "fingerprint" VARCHAR(80) NOT NULL,
    "row_no" INT NOT NULL,
    "txn_date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "balance_fen" BIGINT,
    "counterparty" VARCHAR(128) NOT NULL,
    "summary" VARCHAR(255) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "matched_line_id" BIGINT UNIQUE,
    "matched_auto" BOOL NOT NULL,
    "matched_at" TIMESTAMPTZ,
    "matched_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "statement_id" INT NOT NULL REFERENCES "bank_statements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_bank_statem_account_3e8687" UNIQUE ("account_code", "fingerprint")
);
CREATE INDEX IF NOT EXISTS "idx_bank_statem_txn_dat_577937" ON "bank_statement_lines" ("txn_date");
COMMENT ON TABLE "bank_statement_lines" IS 'A transaction of a statement. `fingerprint` (the bank''s serial number, else a hash of the line) is unique';
CREATE TABLE IF NOT EXISTS "finance_budgets" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "account_code" VARCHAR(16) NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_finance_bud_locatio_e06089" UNIQUE ("location_id", "account_code", "month")
);
COMMENT ON TABLE "finance_budgets" IS 'What a store may spend on an account in a month (backend.finance.budgets).';
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
CREATE TABLE IF NOT EXISTS "ar_invoices" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "invoice_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "revenue_account" VARCHAR(16) NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "received_fen" BIGINT NOT NULL,
    "written_off_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_date_6fdc9e" ON "ar_invoices" ("date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_due_dat_4e033c" ON "ar_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_status_9bd678" ON "ar_invoices" ("status");
COMMENT ON COLUMN "ar_invoices"."status" IS 'OPEN: open\nSETTLED: settled';
COMMENT ON TABLE "ar_invoices" IS 'A sale on account (应收单): Dr 1122 (partner = the customer) / Cr revenue and output VAT when entered.';
CREATE TABLE IF NOT EXISTS "ar_receipts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "applied_fen" BIGINT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ar_receipts_date_fdb6ce" ON "ar_receipts" ("date");
COMMENT ON TABLE "ar_receipts" IS 'Money received from a customer (Dr the bank or cash account / Cr 1122). What is not applied to its';
CREATE TABLE IF NOT EXISTS "ar_allocations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT,
    "receipt_id" INT NOT NULL REFERENCES "ar_receipts" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "ar_allocations" IS 'Part of a receipt applied to an invoice.';
CREATE TABLE IF NOT EXISTS "ar_write_offs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ar_write_of_status_68724b" ON "ar_write_offs" ("status");
COMMENT ON COLUMN "ar_write_offs"."status" IS 'PENDING: pending\nPOSTED: posted\nREJECTED: rejected';
COMMENT ON TABLE "ar_write_offs" IS 'A bad debt written off an invoice (坏账核销): Dr bad-debt expense / Cr 1122 once another user approves.';
CREATE TABLE IF NOT EXISTS "finance_expenses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "account_code" VARCHAR(16) NOT NULL,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "pay_method" VARCHAR(12) NOT NULL,
    "payee" VARCHAR(64) NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_finance_exp_date_c6ccad" ON "finance_expenses" ("date");
CREATE INDEX IF NOT EXISTS "idx_finance_exp_status_c278e0" ON "finance_expenses" ("status");
COMMENT ON COLUMN "finance_expenses"."status" IS 'PENDING: pending\nPOSTED: posted\nREJECTED: rejected';
COMMENT ON TABLE "finance_expenses" IS 'An operating expense of a store (rent, wages, utilities...), keyed with its receipts attached and posted';
CREATE TABLE IF NOT EXISTS "finance_expense_attachments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expense_id" INT NOT NULL REFERENCES "finance_expenses" ("id") ON DELETE CASCADE,
    "uploaded_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "finance_expense_attachments" IS 'A scanned receipt or invoice of an expense (PDF, JPEG or PNG), kept in the database with its hash.';
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
CREATE TABLE IF NOT EXISTS "ledger_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "partner" VARCHAR(64) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_days_date_046a08" UNIQUE ("date", "account_id", "location_id", "channel", "partner")
);
CREATE INDEX IF NOT EXISTS "idx_ledger_days_account_cf8fc0" ON "ledger_days" ("account_id", "date");
COMMENT ON TABLE "ledger_days" IS 'Daily totals of the journal lines per account, store, channel and partner (0 / \"\" where a line has none),';
CREATE TABLE IF NOT EXISTS "ledger_sku_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "sku_id" INT NOT NULL,
    "category_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_sku__date_b31b0e" UNIQUE ("date", "account_id", "sku_id", "category_id", "location_id", "channel")
);
COMMENT ON TABLE "ledger_sku_days" IS 'Daily totals of the sales and cost-of-sales lines per SKU, category, store and channel: gross margin by';
CREATE TABLE IF NOT EXISTS "ledger_sku_months" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "month" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "sku_id" INT NOT NULL,
    "category_id" INT NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_sku__month_98c784" UNIQUE ("month", "account_id", "sku_id", "category_id")
);
COMMENT ON TABLE "ledger_sku_months" IS 'Monthly totals of the sales and cost-of-sales lines per SKU and category (month = its first day), every';
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
COMMENT ON COLUMN "import_column_mappings"."kind" IS 'PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history';
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
    "checked_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "rolled_back_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "import_jobs"."kind" IS 'PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history';
COMMENT ON COLUMN "import_jobs"."status" IS 'CHECKING: checking\nCHECK_FAILED: check_failed\nCHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back';
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
CREATE TABLE IF NOT EXISTS "parallel_runs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "required_days" INT NOT NULL,
    "sales_tolerance_fen" BIGINT NOT NULL,
    "stock_tolerance_qty" INT NOT NULL,
    "balance_tolerance_fen" BIGINT NOT NULL,
    "points_tolerance" INT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "signed_off_at" TIMESTAMPTZ,
    "report" JSONB NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "signed_off_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "parallel_runs"."status" IS 'RUNNING: running\nSIGNED_OFF: signed_off';
COMMENT ON TABLE "parallel_runs" IS 'One store''s parallel run, with its settings: the tolerances under which a figure counts as agreeing and';
CREATE TABLE IF NOT EXISTS "parallel_days" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "business_day" DATE NOT NULL,
    "legacy" JSONB NOT NULL,
    "compared_at" TIMESTAMPTZ,
    "figures" JSONB NOT NULL,
    "run_id" INT NOT NULL REFERENCES "parallel_runs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_parallel_da_run_id_336f08" UNIQUE ("run_id", "business_day")
);
COMMENT ON TABLE "parallel_days" IS 'One business day of a run: the legacy export''s figures per section as uploaded, and when Cradle''s';
CREATE TABLE IF NOT EXISTS "parallel_differences" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "section" VARCHAR(16) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "label" VARCHAR(160) NOT NULL,
    "legacy_value" BIGINT,
    "cradle_value" BIGINT,
    "delta" BIGINT NOT NULL,
    "drill_down" JSONB NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "explained_at" TIMESTAMPTZ,
    "day_id" INT NOT NULL REFERENCES "parallel_days" ("id") ON DELETE CASCADE,
    "explained_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_parallel_di_day_id_776dfd" UNIQUE ("day_id", "section", "key")
);
COMMENT ON TABLE "parallel_differences" IS 'A figure of one day on which the two systems disagree beyond the run''s tolerance, with its drill-down';
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
CREATE TABLE IF NOT EXISTS "payment_runs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pay_date" DATE NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "approved_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_payment_run_status_c5f6ee" ON "payment_runs" ("status");
COMMENT ON COLUMN "payment_runs"."status" IS 'PENDING: pending\nPAID: paid\nCANCELLED: cancelled';
COMMENT ON TABLE "payment_runs" IS 'A batch of supplier payments (付款批次): proposed by one finance user, paid when another approves.';
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
CREATE TABLE IF NOT EXISTS "supplier_invoices" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "invoice_no" VARCHAR(32) NOT NULL,
    "invoice_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "lines" JSONB NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "expected_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "hold_reasons" JSONB NOT NULL,
    "release_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "payment_run_id" INT REFERENCES "payment_runs" ("id") ON DELETE RESTRICT,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "released_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_in_supplie_c8d988" UNIQUE ("supplier_id", "invoice_no")
);
CREATE INDEX IF NOT EXISTS "idx_supplier_in_due_dat_e17b92" ON "supplier_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_supplier_in_status_65333a" ON "supplier_invoices" ("status");
COMMENT ON COLUMN "supplier_invoices"."status" IS 'MATCHED: matched\nHELD: held\nPAID: paid\nCANCELLED: cancelled';
COMMENT ON TABLE "supplier_invoices" IS 'A supplier''s invoice (供应商发票) against one PO, matched to the PO''s prices and the quantities received';
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
CREATE TABLE IF NOT EXISTS "ops_alerts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "condition_key" VARCHAR(96) NOT NULL,
    "day" DATE NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "location_id" INT,
    "recipients" JSONB NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_ops_alerts_kind_6a4264" UNIQUE ("kind", "condition_key", "day")
);
CREATE INDEX IF NOT EXISTS "idx_ops_alerts_day_de3621" ON "ops_alerts" ("day", "kind");
COMMENT ON TABLE "ops_alerts" IS 'One alert: a condition (kind + key) raised at most once a day, sent to a role through the staff outbox.';
CREATE TABLE IF NOT EXISTS "backup_runs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(8) NOT NULL,
    "dialect" VARCHAR(16) NOT NULL,
    "file" VARCHAR(500) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "tables" INT NOT NULL,
    "rows_total" BIGINT NOT NULL,
    "counts" JSONB NOT NULL,
    "mismatches" JSONB NOT NULL,
    "error" TEXT NOT NULL,
    "duration_ms" INT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_backup_runs_started_9b607f" ON "backup_runs" ("started_at");
COMMENT ON COLUMN "backup_runs"."status" IS 'RUNNING: running\nOK: ok\nFAILED: failed';
CREATE TABLE IF NOT EXISTS "hr_courses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "duration_minutes" INT NOT NULL,
    "pass_score" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "hr_employees" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "employee_no" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "phone" VARCHAR(255),
    "phone_index" VARCHAR(64),
    "address" TEXT,
    "hired_on" DATE NOT NULL,
    "contract_start" DATE,
    "contract_end" DATE,
    "left_on" DATE,
    "candidate_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT UNIQUE REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_hr_employee_phone_i_392a82" ON "hr_employees" ("phone_index");
COMMENT ON COLUMN "hr_employees"."status" IS 'ACTIVE: active\nLEFT: left';
CREATE TABLE IF NOT EXISTS "hr_certificates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "number" VARCHAR(64) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_hr_certific_expires_9f7276" ON "hr_certificates" ("expires_on");
COMMENT ON COLUMN "hr_certificates"."kind" IS 'CHILDCARE: childcare\nMATERNITY_CARE: maternity_care\nHEALTH: health';
CREATE TABLE IF NOT EXISTS "hr_certificate_notices" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "threshold_days" INT NOT NULL,
    "expires_on" DATE NOT NULL,
    "location_id" INT NOT NULL,
    "recipients" JSONB NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "certificate_id" INT NOT NULL REFERENCES "hr_certificates" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_certific_certifi_836d76" UNIQUE ("certificate_id", "threshold_days", "expires_on")
);
COMMENT ON TABLE "hr_certificate_notices" IS 'One expiry notice: at most one per certificate, threshold (30 or 7 days) and expiry date (a renewed';
CREATE TABLE IF NOT EXISTS "hr_job_postings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "headcount" INT NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "hr_job_postings"."role" IS 'SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller';
COMMENT ON COLUMN "hr_job_postings"."status" IS 'OPEN: open\nCLOSED: closed';
CREATE TABLE IF NOT EXISTS "hr_candidates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(255) NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "stage" VARCHAR(12) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "note" TEXT NOT NULL,
    "employee_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "posting_id" INT NOT NULL REFERENCES "hr_job_postings" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_hr_candidat_posting_2bab81" UNIQUE ("posting_id", "phone_index")
);
COMMENT ON COLUMN "hr_candidates"."stage" IS 'APPLIED: applied\nSCREENING: screening\nINTERVIEW: interview\nOFFER: offer\nHIRED: hired\nREJECTED: rejected';
CREATE TABLE IF NOT EXISTS "hr_interviews" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scheduled_at" TIMESTAMPTZ NOT NULL,
    "place" VARCHAR(128) NOT NULL,
    "interviewer_ids" JSONB NOT NULL,
    "result" VARCHAR(8) NOT NULL,
    "feedback" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "hr_interviews"."result" IS 'PENDING: pending\nPASSED: passed\nFAILED: failed';
CREATE TABLE IF NOT EXISTS "hr_offers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "monthly_salary_fen" BIGINT NOT NULL,
    "start_on" DATE NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "hr_offers"."status" IS 'PENDING: pending\nACCEPTED: accepted\nDECLINED: declined';
CREATE TABLE IF NOT EXISTS "hr_performance_reviews" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "period" VARCHAR(7) NOT NULL,
    "orders" INT NOT NULL,
    "sales_fen" BIGINT NOT NULL,
    "commission_fen" BIGINT NOT NULL,
    "rate_bp" INT NOT NULL,
    "score" INT NOT NULL,
    "comments" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "reviewer_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_hr_performa_employe_53ef42" UNIQUE ("employee_id", "period")
);
COMMENT ON TABLE "hr_performance_reviews" IS 'A month''s review of one employee, with the sales and commission figures of that month as they were when';
CREATE TABLE IF NOT EXISTS "hr_position_history" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" VARCHAR(64) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "hr_position_history" IS 'Position history: one row per position held at one store; the open one has no ends_on.';
CREATE TABLE IF NOT EXISTS "hr_store_transfers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "effective_on" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_sessions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "trainer" VARCHAR(64) NOT NULL,
    "capacity" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "hr_courses" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_records" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "attended" BOOL,
    "score" INT,
    "passed" BOOL,
    "note" VARCHAR(255) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "hr_training_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_training_session_a004e0" UNIQUE ("session_id", "employee_id")
);
COMMENT ON TABLE "hr_training_records" IS 'One employee in one session: enrolled (attended null), then attended or not, with the score and result.';
CREATE TABLE IF NOT EXISTS "open_clients" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "scopes" JSONB NOT NULL,
    "rate_limit_per_min" INT NOT NULL,
    "secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_expires_at" TIMESTAMPTZ,
    "status" VARCHAR(16) NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "open_clients"."status" IS 'ACTIVE: active\nREVOKED: revoked';
COMMENT ON TABLE "open_clients" IS 'A partner application. Secrets are random 256-bit strings shown once; only their SHA-256 is kept (a hash';
CREATE TABLE IF NOT EXISTS "open_tokens" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_open_tokens_expires_24dd7c" ON "open_tokens" ("expires_at");
COMMENT ON TABLE "open_tokens" IS 'An access token issued to a client (client credentials grant): only its SHA-256 is stored.';
CREATE TABLE IF NOT EXISTS "open_webhook_subscriptions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(500) NOT NULL,
    "events" JSONB NOT NULL,
    "secret" TEXT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "open_webhook_subscriptions" IS 'Where a client wants events posted. The signing secret is sealed at rest (backend.fieldcrypt): it must be';
CREATE TABLE IF NOT EXISTS "open_webhook_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(40) NOT NULL,
    "event_type" VARCHAR(32) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "last_status_code" INT,
    "last_error" VARCHAR(255) NOT NULL,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "subscription_id" INT NOT NULL REFERENCES "open_webhook_subscriptions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_open_webhoo_subscri_d1da7f" UNIQUE ("subscription_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_open_webhoo_status_ac2bda" ON "open_webhook_deliveries" ("status", "next_attempt_at");
COMMENT ON COLUMN "open_webhook_deliveries"."status" IS 'PENDING: pending\nDELIVERED: delivered\nDEAD: dead';
COMMENT ON TABLE "open_webhook_deliveries" IS 'The outbox of webhook deliveries: one row per (event, subscription), written in the transaction of the';
CREATE TABLE IF NOT EXISTS "open_webhook_attempts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "attempt" INT NOT NULL,
    "status_code" INT,
    "error" VARCHAR(255) NOT NULL,
    "duration_ms" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "delivery_id" BIGINT NOT NULL REFERENCES "open_webhook_deliveries" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "open_webhook_attempts" IS 'The delivery log: each attempt to post a delivery, with the answer or the error.';
CREATE TABLE IF NOT EXISTS "einvoices" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "dedupe_key" VARCHAR(48) NOT NULL UNIQUE,
    "request_key" VARCHAR(128) NOT NULL,
    "serial_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(8) NOT NULL,
    "buyer_type" VARCHAR(16) NOT NULL,
    "buyer_name" VARCHAR(100) NOT NULL,
    "buyer_tax_no" VARCHAR(20) NOT NULL,
    "buyer_email" VARCHAR(100) NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "tax_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL,
    "issued_at" TIMESTAMPTZ,
    "pdf_url" VARCHAR(500) NOT NULL,
    "confirm_uuid" VARCHAR(64) NOT NULL,
    "confirm_no" VARCHAR(64) NOT NULL,
    "confirm_state" VARCHAR(4) NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "member_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "original_id" BIGINT REFERENCES "einvoices" ("id") ON DELETE RESTRICT,
    "refund_id" INT REFERENCES "refunds" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_einvoices_status_805acf" ON "einvoices" ("status");
CREATE INDEX IF NOT EXISTS "idx_einvoices_invoice_c039b3" ON "einvoices" ("invoice_no");
CREATE INDEX IF NOT EXISTS "idx_einvoices_next_at_6687b2" ON "einvoices" ("next_attempt_at");
COMMENT ON COLUMN "einvoices"."kind" IS 'BLUE: blue\nRED: red';
COMMENT ON COLUMN "einvoices"."status" IS 'PENDING: pending\nISSUED: issued\nFAILED: failed';
COMMENT ON COLUMN "einvoices"."buyer_type" IS 'INDIVIDUAL: individual\nCOMPANY: company';
CREATE TABLE IF NOT EXISTS "crm_consent_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "granted" BOOL NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "detail" VARCHAR(255) NOT NULL,
    "user_id" INT,
    "ip" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_crm_consent_created_e9b118" ON "crm_consent_events" ("created_at");
COMMENT ON COLUMN "crm_consent_events"."channel" IS 'SMS: sms\nEMAIL: email';
COMMENT ON COLUMN "crm_consent_events"."source" IS 'MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import';
COMMENT ON TABLE "crm_consent_events" IS 'One consent change (PIPL: when, how, from where, by whom). Append-only.';
CREATE TABLE IF NOT EXISTS "crm_consents" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "granted" BOOL NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_consent_member__d0ef1e" UNIQUE ("member_id", "channel")
);
COMMENT ON COLUMN "crm_consents"."channel" IS 'SMS: sms\nEMAIL: email';
COMMENT ON COLUMN "crm_consents"."source" IS 'MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import';
COMMENT ON TABLE "crm_consents" IS 'Whether a member agreed to marketing on one channel, now. Every change writes a ConsentEvent too.';
CREATE TABLE IF NOT EXISTS "crm_member_emails" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(512) NOT NULL,
    "email_hash" VARCHAR(64) NOT NULL UNIQUE,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL UNIQUE REFERENCES "members" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "crm_member_emails" IS 'A member''s e-mail address, sealed at rest (backend.fieldcrypt) with a blind index for lookups.';
CREATE TABLE IF NOT EXISTS "crm_segments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "rule" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "crm_segments" IS 'A saved rule (backend.crm.segments.SegmentRule as JSON) choosing members; evaluated when used.';
CREATE TABLE IF NOT EXISTS "crm_campaigns" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "sms_template_code" VARCHAR(64) NOT NULL,
    "template_params" JSONB NOT NULL,
    "email_subject" VARCHAR(128) NOT NULL,
    "email_body" TEXT NOT NULL,
    "scheduled_at" TIMESTAMPTZ NOT NULL,
    "recipients" INT NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "approved_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "segment_id" INT NOT NULL REFERENCES "crm_segments" ("id") ON DELETE RESTRICT,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_status_444669" ON "crm_campaigns" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_schedul_fa5752" ON "crm_campaigns" ("scheduled_at");
COMMENT ON COLUMN "crm_campaigns"."channel" IS 'SMS: sms\nEMAIL: email';
COMMENT ON COLUMN "crm_campaigns"."status" IS 'DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nSENDING: sending\nDONE: done\nREJECTED: rejected\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "crm_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "dedupe_key" VARCHAR(64) UNIQUE,
    "template_code" VARCHAR(64) NOT NULL,
    "params" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "deferrals" INT NOT NULL,
    "counted_at" TIMESTAMPTZ,
    "provider_id" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "reported_at" TIMESTAMPTZ,
    "report_code" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT REFERENCES "crm_campaigns" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_deliver_campaig_610b91" UNIQUE ("campaign_id", "member_id")
);
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_status_70fab2" ON "crm_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_next_at_0eec84" ON "crm_deliveries" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_counted_bdaf10" ON "crm_deliveries" ("counted_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_provide_f7c414" ON "crm_deliveries" ("provider_id");
COMMENT ON COLUMN "crm_deliveries"."channel" IS 'SMS: sms\nEMAIL: email';
COMMENT ON COLUMN "crm_deliveries"."kind" IS 'MARKETING: marketing\nTRANSACTIONAL: transactional';
COMMENT ON COLUMN "crm_deliveries"."status" IS 'PENDING: pending\nSENDING: sending\nSENT: sent\nDELIVERED: delivered\nUNDELIVERED: undelivered\nFAILED: failed\nSKIPPED: skipped';
COMMENT ON TABLE "crm_deliveries" IS 'One message to one member: a campaign''s (unique per campaign and member) or a transactional one (unique';
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
    "eJzsvWtz4za2LvxXUP7wxq5X8XS7k06PZ/aukm11t9O25ZHsZOZEUwwlQRZjClB4sVv77P"
    "nvBwAv4gWUCIqUSPY6dXamTXKB1AMQXJdnrfV/jxZ0ik379NK1HboYUBMfnaP/e0T0Bf+H"
    "5GwHHenL5focP+DoYyF3NBHXaRa7UJzQx7Zj6ROHnZvppo3ZoSm2J5axdAxKuEQX8YvR53"
    "+gKZ4ZBNvoeKxPnjGZntp44lqGszoVw52cIx2NdRujmfEVT4VYBzlzjJbYWhi2zQa0EZ2J"
    "QxPd0U365GJkOOgZ46V4mimdsMcxyNM+bzwixzqy3bGNneAiMRgf5ju7g1I31V1nTi3jf3"
    "QO0UkH6WTKHmDKBkb2hC7xuRiD4WxhJv6qW3hOXZs9P7twRGydPTKazHVC2OTwp1joK8Sm"
    "AFGCjolrmuznmKb/KIuTUw6MS4w/Xaw59AmzgxaD57d/s8MGmeKvbCL9P5fP2szA5jS2QI"
    "wpH0Ac15zVUhy7Js5HcSHHfKxNqOkuyPri5Yr9QBJebRCHH33CBFu6g/nwjuXypcKf1l9Z"
    "werxnnR9ifeIERk2mbpr8gXHpb0HWB870rS7/oM27D1o2lFqMQYSkWXiH5qwKWYLmT2qLX"
    "79E3+E78/e/vDTDx/evf/hA7tEPGZ45Kf/eLdeA+MJCnjuHo7+I86zOfWuEBivQZ2wNysN"
    "6+Vct+S4BtcnkGWPnEQ2wLG+0C70r5qJyZMzZ3++O9uA4y/dweXn7uD43dkJvyFlG423C9"
    "35Z87EKQ71GlrxvwrQBteXA21wYI3telvcO7jvf8gB7vsfMsHlp+Lg8o1NbP5yhHvEXQiU"
    "r9lT6WSCU2jHBqgz5EfDz/37+97gHNlzumQfghG5vOkNvpwjBpP1PCLDh/6gp91277qfxF"
    "V8u9YWOtGf+LX3jxzDIT+zdC22W9v86Mfru+7dZY89oUE4PCPy+R9a9+r2+u4czf/U9OnC"
    "ICNyc/1Ljz3WzQ2XNo0XrNnYZDdNfuHyLIGzNzmWwNmbzCXAT8WXQOSbmF4EPw/7d/LXLC"
    "GWmPqpwb5f/8t+rJ36VJS1BI7+PnPJhM8uGruG6RjEPuX3+++jit7FDcBzmPjIC9v+04wC"
    "fnzb/WdyLi5v+hcCMmo7T5YYRQxwkZgYbwUaU6VpiQntNCn+N6QuO+G+0Q/VNNUZSAnCLB"
    "SfhUAtVpmAqAxgXxx7w9aYFcI+V2nwLyj74uskw2aIyiUmYMwEq/ogBErvfqG/6PdvYtBf"
    "XD8kAH+8vegNjt+KeWAXGY5nc/lGRWSxW5hDoulOGvErdsYxFjhjycckk4veFz0N/lEfpS"
    "y/Hsx+4LRPzJU/zxsm5OH6tjd86N7ex2blqvvQ42fOxNFV4ujx+8RLEg6Cfr1++Iz4n+j/"
    "9O96yfcmvO7h/xzxZ9Jdh2qEvjLVL2KHBUcD1GKz7i6nBWc9LgmzXpdZDzCKTLt4eu6SmT"
    "1H/Af8APcmMZVhqsXORJYHMzQkn78LX+zjlwE2heNJsgZ8X+CjjfMYYvX83K2PRmGkZzQL"
    "x/SpxdkieUSYdVP/3vxOPlQ3dKL7D5pyqYbnOpscqqZ/VT5vajYa4OEDD19doAUPX3M9fM"
    "/sdxV17gWydQb66NfuoPe5/zjsna9DK743z/fiFfGzvX2fYyLeJhWI9UTwU/GJYLoBUx8k"
    "n/LshR4R2d8UHFXlP0s4Mn/8MY8n88cfs12Z/FwcY1OqROOJsdBNOcSmXHn2RE590cYqTz"
    "Jor3qX17fdm+O/dt4nLNIA9B9SPmKT3UoRV08CcN2I69IyKA8hK+hrUZHtWltZm8LbN29q"
    "rbeB12qvXqtClixTMmaz3S3ZqBlWDxVkd5M2sSdMsMZd1Dua/fd8oJsmu7o3A8V0u8nzjh"
    "gN+RhtXUn69A/XdhaY7LqSBErdcLS24rWgL7gstG79sdqKlXj5HP0ZlwEWH6etQLEzxJ5h"
    "y9aoKzFOVLB68IdqP1QGAaQ2IUWt6c5RgT4fo6WqgU+yymI1qcB0w4YaeiO1aTVVGUQR8S"
    "ZJACWIQ2UHT8JgFwROWhM44XOq6uGPyrQugFK+j39q2EtTX2mqMCfl6uznrw3YS922X9kH"
    "WJvr9lwF7ZRgC+GuxKu/Cz8dqOlNpqazKVPa0EKBQtNdM013D2/WK57Qhca/tjLVJxvnpF"
    "wpcLf6E80Qm+uORpeYKEMdFwSst2ENIaA9E5cd+oyJ9sJsN99KzmlCpeT2F9BsSjgTOOHZ"
    "UDeTHZyHEx7JyteUnBJpwUKvVN00oRJeqlTIWop2GuqPTNc2nsgXvEoZGnKHYbzyQrOAzn"
    "IXssOW/hp6zCTLjOHAfj32vhADtv4H15cM9jy8gBhjGrgBm/zaE4bVs2Yx7duSJSWqwHXJ"
    "hxqIkdqKlj03ZjsHc/kYbQXogASBhmx8deAHNBEqCFBCgHI3tJQClFH2HJ0ZMj0ugLRP8A"
    "Nl/8nznuqz2f16vBYuw8VMLw2pW2+sFqKEF0uTrnApi6oXGaslUBVgB2xKs0zq8ZvZAlqF"
    "+Za/iTvwcYObHP0bqAQHpBIE06DmE0lI7c/HWHuk4yQNNVQjEoDodh9TsJPs6FzKmcpfN3"
    "Dz+pUiiyrmULrsDi+7V72juA4d+UjsCGsL/UZJaBO7oBzebHddlXzBqCtKVso27qnK1gdE"
    "gpGW8pHVh0t4YTx9KzrAX8/O3r376ezNu/cffvzhp59+/PAm3FDTpzbtrBfXn/jm2olGYr"
    "ZrCq3Peuc0Hk7g6T8+nCM/s0A18p4n8J4dd0+F3cWLVyxUGZPcT6hyn+9EQyKTAUgbQ5OQ"
    "Yg8p9k3CdWp427y2UDBu4kIQQk8bjK+GMzeIZunkSZVmlRQtxrSqGb77IVrZ1LUmSozYtc"
    "QeK8hwFb2qdVxxlR6XvGDLYMPJ1PdNqzouuEf2YHiksaua3XRmWItiqmNCtgTlsTk7S+OU"
    "xymeukusPWNJxZsNaUoxKcgHS2xiaQL0+qUYrxT5g2lJ0H7SO9bhAhEtBxbiEBCHqIGzvA"
    "FxiJptBGWEIdgzoLvHm5ujzI/Z/lZuQ+GVfL8zID5MqMej00qCPCHPdlt4Z03q3d6qsE8w"
    "sidzpj6aeIqEJG+jR/lhPhha4MUYW0h3xLFgbaJjbinYSLcw0nlNWRRYD7bXfS/WlrCqm2"
    "wkpPBrhVnl6JZjc9sHmCmHZKYE85E2XTNMGv/6TeZqq+Ic3PxM9bcK1q4UuGybPybYwsS2"
    "Nln8mEyLTHFEDCa41hMcpJkqexqScmAO18nPULdXBhwNdUQUHA3tdzQ0FdpNnoZ1grL8Uw"
    "Z+hm1+huTXu15ehmjmlszZkMjs2uZz8JPKasYmBaN9R6M9yOtiuq1KODIh1rrOPOU3+Job"
    "FtZUXSQxoR39JPXcZXP6SSZ04Xda1/hP1MZLpYCuTBhsrbRFQKhsfW7oQkelS7P5738llQ"
    "ZrYG81/luWsrZUtKttllmQwlyxXXbQSSjNKitZVR1ix/GeW66qBudzqKq2d+kBVVVFchew"
    "ujazurLV1xfddCVfrJ+H/Ts51KFAUpsyJg76X2TmaxVVU3+ADGYORcyPHsB7fNv9ZxL5y5"
    "v+RdJBzge4SH7JoF975hvQzIqMkjiHar/2yr0Zd9QxZkZ21Yz0RTk+FiRyfU5KxcMco6gY"
    "zz0c06/omP9WTKanC2zb+hNbJaex0U/OkY5+xZd0gbwrMHKoR5DooFfLcBxMkEEQ+9qgsW"
    "sbxO97G6Na7PPmIyLaEfGCwOxGOpkiBqLxgi08ReOVdym765NFXXbuDzrOIm0kvpu/cewd"
    "V/w4gr86bDdw8GLphBwOyCZuUDZxhk7TgAzi2jiHICdAlth09iFPZtPZh+zUJn5OaoNL6s"
    "1l64xRGVAbd1Abl/rKpLpkG8nGPiIC0O8A/fqDm95dtpeDWEvv0dO3ZNqMb/GrVIW4791d"
    "Xd99Oke+/IgMe3cP58jGxBmRj93rm94Vv59hemmKqttSnk0pe0tKbUi+6iOZmkzFJioC3Q"
    "JSPuyEQpnCdbOBKhGHfMr6GKVp8p2p246GLYtKHLrZulNcCuIXeeIXBnnRTWOqhR0q837E"
    "U4L7/5Qf/X3mEs+OHbuG6RjEPuX3+++q5mPvH3j2eSvCI1+LwTZX520OmuBkb33NdLnmaY"
    "IDjva2zXrNHe0Xlk6kFSi9E51NDvUxvwQIgs0jVXQ2+H1V+ylDy+oMhdoLZiu85rGGDlN3"
    "smvPlXtvlMaqcTv2x1DcCC8ZPE/UWsn2wvDcxu1w4l1lVMGZ/u1oqVt+6xzxcJD6/O1uko"
    "dWxCqu5GRTS6L9Zq7Z4HLwjCY9o96WocZAjckAZXpryt96W94xdyr6jWkWwnkZprGltUPv"
    "zMncMKdsqN20o/bhHX/396xC1u0jdRAd8t4yJviGe7UlSuT65EYtcskv07irOic7rYuEiP"
    "CmIzauyRRQTvXS0WSuE4IZOHpYgaeDqIXG1Jn/TbC5FpTJ2Es84bwx5DWC9wZ65Q7zZLi0"
    "6nuBLwDU3NrsIJUXLPXeGBV8IyKFIK7ZhywRwnyTJ4L5JjuAmSqD7wUhZxaVlMHf7EyPS0"
    "KgrD6+83TIxJsrR5LOnGeOHVk+M8xwrWbYsDVPXZAos5vK08fk9lidPlABGlucHko978d5"
    "AFV0S6ptk6OZX2Q7cfBiZ7vYt+Wu2VgN1G0Pax0L0DZZyAGqeaxkLZzO0iMu4T3EfvnsQt"
    "DloNaoNx8zqeNvQ1pYTKxNVez2kiCWhN975ZQiCkm5Ns1BabEatr2owboWADxzhGlie/mO"
    "ulbMk9swnHMHa5Jv7fZSjfwLuTu4Q2+UlsK6fmvr1Iw6CPNIdbIwArRJG1sHm4AK2Kg9c5"
    "PCNWEzreSe9q9vHRWw/ARwiKxUm/YdfbIUzA/4a1YP3LhYC9LENvmBe/98iDkMU2lJoRv4"
    "pn/3Kbg8mauUSG99wtrCINqCEmeulOSaEgQHYtpMECixt6cYvDFBgDcN74xaC9fUNaakyl"
    "o8Z6KbkgNwJSbuHJszZlLMeInblcrilUgCwGmAIU627ybOkKPZsmy9PDmaIu1NzVkXFYGd"
    "S/Ii+WRcxXZKcSnwg273g46DrM4dvXRhdmiz1m1eN130fc3TRCXCJd9fGkDdlm5ecBOv7Q"
    "6ZAPazrMSVSiC/Xd7mSsP3HCpZEVYPwQ1lV/1JAsdwoz4iHXAMg2P4sI7h93kY4eyqbMfw"
    "+xQnnCegqOAbXN8CV3DVCQ1j3VLdGCIipSQ0tHprYL9S4mfIBje4fo9Ld+T+gGfv97OAS6"
    "7LCeyyg7LLHDa16p2+ElL7w//tuzeNqQJgkJVBNIPtBoZuZpQEzljcadGqNpPURt3Yz6BJ"
    "XzXboZNnzZlb2J5TUy2JQiq9x5XdlHU91p3JXOMm5TOWdYrYFPFIyULUI3/UA8JMEGaqjb"
    "LS3jCTT6pUJdtHhdqkj1bHDA8JrjvTwttWLKWTIoVHV9cOjnvBKxemEyTiyT35KU1nV6Qu"
    "+CBtRUhozLuGgvgYbQVIn/7h2s4Ck10rQgmUuuFobcVrQV9wWWjd+mO1FStqTXm/rN2zqv"
    "t8oLZt5Eoh2Xij24zaAAGkQffq7cBekxe2/qi1+iU6ajuoG/9RDGOv965Lpq8PMPtx8npt"
    "8gs7mzuMcsfNeq9lT8v0HMsTzV3OTYyCDMKNNxuj1zll/+XOfMSHQ4bNW4DaxhT7DTnJFO"
    "leR07+9/DL43c24u1u0NK1JnM+BJc7R2wAvq3ZiIiaN4nCbnu464h4N+Gy3Fjix5w5ewJ2"
    "H8cw0ed/oGObLjAlGFEe6GdD64SNYKOF/oytE15yzhKDsVHDBqhi0FMBNVOTJs8nUEuuhp"
    "wB/y3QiKRQU7YHOi4F/IGtQcK69/1L+/lLa/vXvb8f9H/hzf78bWI6IoPez73LB37Mwn/g"
    "iYMLtQB8+z4XEWEDDyE5TX86K248O7rCThOTAdeOxFHKP10yjSnf4l9L15lMc3TVve1+6p"
    "2jqb5gGs6I9P55fz341znCX5eGtRqRm/5weI5Mytt5f+w/3vHml/w7PSKX/cGAvQ3X/btz"
    "9nG2LCz6o43IsHt7f8NGtPXF0mQjDj/3Bw8fuzc37NCcWg57bHNE+h8/3lzf9bRhl19LZz"
    "PTIFizdS7Rf/jcG5x7H+16vGBMs1DjUfnXt47nU0lnQC9+pvYpj8q0DuUf8rBRfsimo/yQ"
    "4qN4r7PGYzPyqI8c5YTYppBPY21AGcY8YiPhS3kWmDKrJyXaps/tnpk9Fp5hC7MPbsG5kM"
    "u3KItqz/MxxRNmxReJJscloWZunWvmeuaOtkkjznrdEoKt+1ZXohFFnH5qalFKsHV4l+/k"
    "AEJMNvTtJcQEn5+xYppwSq5FukNprpPDlfyu3RtUulNKuLALLFyJJCxdKJ36TRSprxvIeS"
    "lym6rUy4sHQNnUwmVT5YBGt80SkH20cQN7K+VFVvKNiUHMngPdPd7cHGWoYgDwFoBT2mcG"
    "vNm02SqLOnisUAn7JaSLZrNdIrTUfF0KBXmY/Y1M6iA6Q5znMfzyeMr/Y3Ouh4N0C3NSCB"
    "Jjf+8n6KC5/oLF1eIwejWcObvKj3jJuxRWeC9pswh/Fw+DHNAq4pBkk+bEp/ZGNSk/QrV+"
    "yZSjVBLRbzlS1ZBY3z53CDUAwSGYvQu01yEIhn+lhj8YpiUYprnK2EH2EmQvQfZSTXNyFC"
    "3qAbax9aL7z5qyq6OnO5usa2t9Yc3KJ24i67TMQN0LNWdTzsTMAzE1B5v4G2uZPVIJRBJg"
    "U/kEHDPZSt+MsnStN5+uUX5FpD8diZt4U5oDaOgZoU6eAsJv4S5kJY82Zo5ExfaHbVOKSd"
    "U9bUqyG6xrKalkj3QvH65/6Z0jT5rnhNwNH295glSwQHjS1E2vO/SSpkyeDVqTpCnh78J2"
    "AS9PXHIvzNWaOMvq5NPJRVwFV172+9VeV966hoSaRy8lBwQp2ceNlyVQ85RGREATy+ErDd"
    "xvu3pLW+bG6yT9pZF1lYPKs369S8BWpbxMzXaEvPCmtkNlr3SVrjFvcct6iASrfktplZxc"
    "kz5Bc1GfhP2f50bDUzSjVkAC6aCApScuEYH/U6S/6IaYfvRf7EJNjPB9KN9BBL9gC/0dvU"
    "kTTvZxw02skyhFUwwO9JOD0k/82VTRY9YSYJynGfTeK6GAZ1QEAE0C6i6nBW2suCTYWHWx"
    "sSSmtbyMqGLfyogImAGQNgVZPY3CE8g9+8s6gTQpFWjV06TGQULCjuC2rQ52EtnoJ3sHTl"
    "qSflKcRZRgvLQEduBbKWBVuVMpQunLci/FWX/5a/jm9jlhZNFXtMSWnznkUHcyx9O/ifq4"
    "7JQdpCH5KXfInvMMpFj9D3TMnUD8oj+oaxHdROy4tTqRuZwqvx9U0K2XV6n+JWYO1cStfE"
    "YY1Gctb0VDfVaozwr1WfdajYx3jyjQzDYm1hq3+f7rXTaFtN3UrzPwtSvlawMFLxv6ZoaH"
    "8lDwIDwE4aHmIAvhoXLxdG1OHFMBNCIBpFuoopcL5OrCQxDPLDmeCfG20uJtyX22BFTbXT"
    "Mv8mmpVbU8EUi6Mthvx0s2P6ujrGBT9JrO9mjTNLzcyFtP75Hwtog2NadeMTvRlJHSZxtN"
    "jakoaycK2b3OMRHnuB8Qveo2svCEs8Sn6FhHE+oSB1veyYU+xYHbUNCU7RVbgqnUv/3deU"
    "T0mSOaQPJBFl43Shu9Ygt7t2dgYnYbC5+coofonfjjsPsYBM3YBHoRsdBT6l1hGVM2xWi8"
    "YjdkNwojJOjYczPHHKideNTshN2e1wT0OOkiDPfKRQl+0nlW5SnqL9mP95pains77P1G3r"
    "KyRoTZbNT0u1h6P9EHBFH+TzbzxJ6xo4kOl7FVkhmi++3Ipq41waE/yf/Te534ZxK44YeM"
    "4vEoEV+9ioGlQASMl4y0+DCbQhHYmBygm4Gu2D1Vl2wgA6hKUIUQzdHBQjT1Z1K0KFiTUE"
    "fyQp0Qq3PIv25Qq4XGYkIthPntWZ7Kx+yqbPbCWar2sZdoq7Z5RGVg39i6mOlk4lpWoTBk"
    "QrSFcciGxB0DTDaX8a157aU0q5EuPf1LhRbWv+/dnSMuyQssDfs3v3gFloQroCYFlsTTuM"
    "LxrsrPkoi2bo+rhKoVrIAC21xCFBqy1nmXA1JN9lvWXlINEEAqLArhbX7qXRWTgkBfAH4N"
    "0EFqHA8GOkgVqCo2VQx3zRKAbTd9If2FqR+LIUwzzqIwRPOQt/EXYvnParmyk7lOnnj0H+"
    "lI3Jc97WKMLT9o7y5sRF9EhNw7y+Xwn65uIs4FCMqmRQuvbc6Vreh+23Nlf4slefj5CP9W"
    "ir1D44VyA0LZQfpnQ1a9LZ9DKpCtsyudbfKXvev7B+6AmmB2mCcZeimGPF1w0Ht4HNzxk4"
    "5rkRHpXv38OHy47d0xgXUIbER+HVw/9LT+x4/n6NUyHKzR2WxEHgbdu+HH3kDrPz6ch2wW"
    "jbpO5Nz1XeSUwZMcH/qXXx66X/hD8DfP0Z/Fkwx7A16v3H/bwuLkYW3yEbm+ve8P2J2Mxd"
    "IPOB/ek+ZvFMo5xCm51oR4S68GqIxtWhDAVcnQzkJ1/1nZjY1pQdZzta50yLyFzNv9wfut"
    "Z97u1S5ob4wAEm8h8bY5yEJgoGQ8oTkLJDPXEdAN0SvodpMzwqLW7QaCVlCTuVFRVsgRz4"
    "cs5Ih/YzniPHhxlBVZFSc7W6Oq/LKadX7/VqKPlSX/hhOrmDqSlCvHlXZYqKvOhap5VoHE"
    "a7lrWsHw8eL2+uGB5xXY7nhhOA4vonDfH4pD3GvF/77s3l32bm5Ey2f+202zLukHEB2pMj"
    "rSLN8yENDLcS6HG0GBeU/KQoJJnRNMvP29wDTHBGGO6zzHzGSwaJGkh7QguDnTfuMJ++VP"
    "1FLENiEFwEqA9TUI1WWbkgNwIdYJSTt1+J5W4E4ONtIS8L2MDNWs3SEvvImvTh54w80UnM"
    "vbwE1+dzJczBm6GeC7Bd+0Oqrsw49sywbBZXRe5P7VGzZWi/bk6jsvhqBtinYEqOaIeGjh"
    "bJYb9vhtfQs+uB9q9wKYUBD1oDGRle3ghfanI9k2sylQMSFQXmU2lyixPFUENiEF9pascq"
    "dl8I+35jnOFMCVSEIKEhRGPXQeLFDRgTDdIDxDVVGdNB0RA2xz8nwDlbkMrm8wVsNgVuL7"
    "RtZYzKi97A4vu1c9oPxWSvkFSmo+UHNQUg/Dn3zwi0IcSRwK4bnOJl9CUFYCyJPtchSE5U"
    "LUuJMJMaBOit/dMuqkhdnFgU2tVgjnH489jyAZjjEi3fv7QV8UaA481bzwzM+9S//CP/BE"
    "XDf8fH1/L/iWc2O59K667F37pZ0n2HgBxuW3y7gMoxzqnKyEKLCy6szK8l/+IgzLmCTMcp"
    "1nOdjPCxVqj4nCPNd5noEnn/3NbC9P3l1OC856XBJmvS6zLnnZ/acHPvWeXPUziy60YvRU"
    "mSi47KUVG33dQr0PQlIQlrAMXt8pUADflCQALAnn+SaQKrwpOQA3DS778hXbftOCsPluj5"
    "fGPlolBKG+gSwB2Xc+R5gvsj4B5zw4p1/oXE0/1p+wEmBuN6dd8r2HrIFSEc6dNSDXLwDf"
    "bUSLpEqVA96IFQH4bt0hkhbXYbNeAjoFJL2o01Oycl6SmG6nqVSV8QJclQNyVdSSLiCNJd"
    "uEZdhowcapBmlMrDUZAaUBewiuf80+3ED1rzee6wZhSr6ruBQgu91x5USItTuq8FGObsNA"
    "zu1LiS8wYPm3nuVfs+9W40n+va9eH9YjiQUVnutssp6oNWUvIPavzdl4duS+f/f+bOR+mJ"
    "79hI75T8FkeiqGsk/DsU7OEZto3u11hijBAbcXcTsNPVHE5dCxTtDgtssuEI1jqWU8GUQ3"
    "kRjsRDSIFS0GY41o93z/EbHw0tQnojevdwbNqMVOUm4kouGXxw4f9ZkNzv5mgBl22Na2g5"
    "a6MUWvhjMXd/B6gbIrxbN9h0S+rbiP/3x/GxF+3dIyJhhNjRnbIDF7+fiYYqTxymuxO6dL"
    "3ojXf/D4E7I/Zy57p6bJ35XVZPc3byHws77/VXvGK6jocFDjN1jJiokaCTFI1BC/e1OiBn"
    "gZyksqhpSXdMoLG+FBpK3Y2HFMeRJM8iN3mESWiYWnhqNeNSIu16ZXY8+VIwh+ZR9mRzfV"
    "5yAlCtNQeBoC05Qta/WJkAi3xm2653kI9Fj1SUhKwgwUnQHoZF51u+21waUEc0ysENY188"
    "cktJuzD3nUm7MP2foNPwfdO9qdnwJZSd/irOfJSopUH17gxVg1/pUlDhHbtJYw18nULJB9"
    "kJIDcOU2oXJIPC7UJlOwNFy92IcSqlERwDQbU15UuAiwazlAV2qMhVEe1SS6pGA5+LYg/h"
    "JBd6ErohoKAJrbqDFhfHFHqkE/GKdhW0FerkH0C7OdEbPeNsuC9tofq93wrr8zOVgyvipV"
    "AsLtph7FVU6lTjq+hVUCxLfhQM0yGvKCnGWV5sgxWhtbJeDc7hSjlF2qnGGUpn3FFI30DP"
    "QJfqDsPznxHwge0cBzAjdO2cid6hVqWLnSbEMld2d4C6sZzYA1ZQ7koTXuRFXsz2aceDfU"
    "BWwptmL0dGcjYdG7ULPZlTnpil3kdWOxEBdCC32K0evcYP/k1DjHME30qnOaoBi5wyuOcj"
    "Vhyi7CBBkOsldsrUxTTENf4OQUPXqzn5ijvd14RHxSIB/yOxtdT/FiSR1MJqvv2Y5+jub0"
    "Fb9wsuCMHeScx2l4iK2ViWtZbCWYq5P1c9nsdjZ/BP2JraMO/5dhcyKk/4SUUxL5OFxiZl"
    "g2u5LYr2xAwX1ky2uFp1lsQ2AVHpBVqBhm3CW8WDNgq48uBjHZuW5LaPXbY7mB3P4C53vD"
    "+/0POeB+/0Mm2vxUwtU4ERtXkaheQrSFYb3mhvHS0VumiD8xO4fPhnyi5ZOcENs0ye2aYD"
    "5pyd7WHhaqdcoTYsDnycPnsefUcjSR3qGgviSkWkNXK807r5ucqbDSKDH9mhAJMiClJtaJ"
    "HN20cALgMZOuCuHwyH63gYt+/ya2xV9cJ9h+d4+3Fz2m5IjVzS4yPPNPFneyl+y+EtR/Hv"
    "bvsnSatUxy7zUmDvpfZBrFPBf13Xk5GjHIg43i+Lb7z+QecnnTv0h+LvkAF1mVSetQML1u"
    "k9FQ+lIe0hq7o/WsSFmKiACTJr2PFSviCRU868mlaeFi3RBAhzqdRwoebvUinWLvhMDYtv"
    "Bj5AuTI+S4b9ZHQ1HNJH0cusCEh7ssXhNMyJbSEhUU5PvtiOe3EyzsNfzVwRbRTQ4eVCs4"
    "ZFzBW8NqpQqiMq2LMJRfpyCy7tMIb0+vj4hX5ckrAe2j+/7wHDFbakRur++u7wf9T4Pu7T"
    "laGMRYWvTJ0hcjcv+Z2VzsKvYj8Ig8dPsX3T67u07HOh2Rn6/O0R9TdtUV+8dyyv511X/8"
    "1/XdOZpSd2WQEfny2L0efu4/nqNnVzfsOXVH5Ncew5091uf+/Tl6xQwtR+NVVkbk5voXdj"
    "OTWdLJEG+uSFPpWfrRTU/hbUuItS9jsPwYU93rWaTet6MlJlOOmOpL17u7ur77xF4XT569"
    "PN1r/vbohihX8ct171derOLFwK8j0r256V92Rf0K3RSqNi9qcX99+cUbw5g8izHSfV2vev"
    "xlGvBjTGFgb5QlOrv2b+9vemK8CV0sufaT0e+VP8vD4+DOK53hlVKqx0tpu+OChRuSkq3x"
    "/e85VX1q2IJvoz4DSUmYgWIzIF5z9lgF3oGEJMxAwcIlxbYg2H9KwJ5/K9Whj0oB8lAmpp"
    "kzsNRXgk28wAw/JaskLdk6mkn5yibXsN2lZKlvIkGshYD8oER+EEF0SxMHFFZ2SrB1C7t8"
    "gzvETLh2CqEdSrYO7orKT/m46dOphW2Js+MBf93c+zYm2wLUN5FIev98iO0rKYZPyCG56d"
    "99Ci5P0n4SBT4UaZnAx1RZ4GN3xVaohRe6LL6bjXJSDtDOxX6lrjVRWs1ridYhXIHix/P2"
    "ilABY4L7IQLuNfTWXh6gcBAUmPC1WAnTXbO4T0OmN1d6S9AuVH2K45Iwy3We5TCuVaT0aE"
    "IWZrrWMx3EKovMdEIWZrrOMw1lZdumj0mmfVNZ2aL1ZIH0Xr8MjZYDW6QCMpQ93gKqzb/V"
    "iqDGZADUrXkvUBkuWEFbkgiyy8HJE14Ok1DUUHAL5BOFn/sSAG55UlFSM8qRWeRtowDttn"
    "bA0a+NchHDdC9KSXjwwhf9+GWAzXAbkIMdbUrbMIsmC3EpBXVHmER21ZU/Vluxwi+4HKB6"
    "L7i9KPFSxWWA1LK6zgnbxrb1nfcmAdOtN1RbkfLJdmUgde8N1VakvFSXMoAaiJHaixMn0O"
    "6I00AM0m6INL/IYylQ7VD3uRmI8cyunZHasUJ2E5DiIeASdvShP0ybYFKqi5C2dDQ6y8Y0"
    "qCZeqsXTEBMzrlBYmOkU2sSksupw6nDdi/Eug+FagliRqhuh+ZdVfSNqH26pwqHF7NLtFd"
    "PZVCFbf2G/FVEiSnyLYb7jpb0nmF3XQbqNlpYx4Zewm5sGnvIa4clK5cElv0+cr6fhQ/x+"
    "cn6UAHQPtxwRncnTBeW/ko3Gi7Mv2b2ohZaUT2EHvRrOnI1pI7bAsCnqm+sLLo8MgmaYnK"
    "JfLcPhNdS9+ucOCuvoV1HrfFPiUsvKkuwlXWlDUXSDKCUtBde3sFB3+ZzVCduVVMANrm8d"
    "Hbj8dBmxT6lgGwq0ceVWUdLf2//VE0vjcm2qGbnvzFLxbVYIsK8FWpPMWxphwVN5FHlLUR"
    "kgLNSj9mlN9wboHnrYcO/27qEHrCPpxemyzNkwirfNll3HDbcbskNRgQvNDduh1uoc8ZZX"
    "K4acTmyDXyNMPELFHRAbSViGr3OKpoYwLvlp3ozrNGWvljoy2I21Vkay7caZRRfapiJx8k"
    "lIiLXO0CnfhnRoAZhjQgDyVpAhD73KzOiA5VYgKygmCdkidckWyZO9C8ZB+QaXa6tCGpEA"
    "Cxasrb1ZW8lVWwKo7eYrR17UElqul2zAfqbmdOAKeOU2bHhBZ7sZO2fXapabu4s1D5Ay+G"
    "bGk2sJo5IPgPgAqRCox107OWdGphdF5QbnQncmc2wjZq8ubR7P9K7yIpm8WETaxq3+liPS"
    "RTyW5kVeCUUWfeUdpOlsBs2ja9jkITtOur0aerkx0ypgPvp8/emz9kv35rF3jubG01x70U"
    "3eXr17dTXoDYfa4Hr4hS1xr9iZZhn284h8vB4MH7T+4Ko3OPc6oWviBRiRi8d/9QbaoHfb"
    "HTCpZDmpw5t7mHBwZf6jTVUkI1JQRlKhjKQzZ4tGbPrq1ZmToq0JbO05lviMV6/s5ZQ4kb"
    "L7mEZl9t/H9OjvM5cI7zHbQAzTMYh9yu/331U5QjZgXEl3U6ihkf2ONNMrEmC0qYZGMHeq"
    "NTRScmDNb7Xm15iB9bnN+kwur/rZoCKPL8v+DJL8ttmeYVJhuZ35wDQ7oGlmP7vKFcqjMm"
    "0kBL5/k8tmerPBaHqTtJr+dCT7aObq9a8GN77MjU8MR+N0faxuEqVl2wQxNM76xgxT0yD8"
    "U1qod1NaFl6FwhPB9mvNL6urtstHpVrzFpS21XOAou0aFXCNigGwaUL3k62+ZUSlWoPpnn"
    "cKIHZUUE+R2SNqxRRDAcATeB2H4XWwNVgCpkNvlJYiun5PMyonZnvUolVBbGy9iAICO5cG"
    "CUdqjzNTUkFF47ZBKWVUbgzSxBCKUg2VMtAKCqm0Da/K/dpB4bUs13akMNs273a0HFw+Xp"
    "Uvgegs5C99ZyN95mDre1s3sY14CF6fojF2XjEmokaEPafM4LNEJg+vV8ETgdLEKDGIGONE"
    "TrDa071H5Hc+iqY7v3OCFU898qpscOc9so0p9sgrSNzLcM7ZmPpshmaU3SW4H3sw/3E73m"
    "39x/AvEgKU4JzUrd/WConuspfJ0gKKkP+kR/+GtKdapj0lpqsIGywxRJ2jD0fDz/37e07v"
    "8tf7iAwfuh8/+q9I8q3OE5nIU6ggu0xBqkjBmE4lQYkNrQ396+uMesGYz49v8sR82FWZ6I"
    "pzTU7dgb57pWTuBB8hxRmPiEH3pvpQkNLzCx1RoBZGIzC1FroaomsBWKKQPQhe5nr4UDo7"
    "eZmhDVJOWLPbIMkbyUBaZilpmYkPVgmIqtbvbii06491/cjGQY+HLKdspAfENqdstPMEsI"
    "4b9a3vbPAELtg0UKXSuWuJFnqfyk/ShPqjB+b54K8OtohuahaWNATIXudJuUKrPflNO+xe"
    "UnEx4yeGw6uu5MiOiLSuCFX5ewl1HY3dboo1QlVQTsq1Dury13KzIgb73cbbGzIA7yd4l2"
    "piVu5SCfhQ3d0aYsFXT4byWwZmmd3rjoLbrO5IF8PtTKhuULppzp5UcHo88XP0Ol+hY074"
    "EfWq1qWdpiedkILkXSs4QlM8MWxesiLsp8O2fJtKqihXf8sR+X2BrSeuuvyOnizqLm3vlp"
    "zKxI6zkSjiDEDeXogSXpfKmmATHdsMeK9oTweJf/tlfzriqqAf+AmUqaqhV2JTqeDt1KTq"
    "awansD6ar6c7f7Wq3s3VuXhzRmTQu+l1hz32t8V2et3G7Nhl9+6yd3PDD074DzX9sk2HN0"
    "S8d1OpDE9EBKrwxNThMqrwBFukmiNvLbO/F2U/BuG7sxxL/t1Z5pLnpxI51v4HSlMtsp0S"
    "bJ31DdW2wQCPXVfcAOcvy7TQrMclgblXZ+ZeMFeq1cNScsDmAQYf+LBq41jp7MSQWr/dJU"
    "DbbjpPaiOsFfUk2gNc4gJLtAjPdoFFe5MruMBcZ0y/8kLkzGzmosLV9CtmGrqD7vUV8ob1"
    "/VY8a29tXSOX8LLmaGEQ4/ulRZ8sfeFfeCzGEv8+6SCbSl1h+7n1iERz99gIzLJAfFzRlm"
    "yFFuxlWXe6Nrw8Qf9GvLO2aHIWtDSzMXHQeOX744S3GP1Bx+AWq6FbrHnx3wazGerug5SY"
    "+0tMphwyNcSP7nt3V9d3n86RLz8iV0zxP0dTSvCIfOxeCxfkTDcK+h9LTpbU2ba2WCq1FI"
    "6KtKZeUmkWA8FfHc2HqIDlLRHfi/m9z529Tda3qduOhi2LSkyYTY3no1Lgw8zjw2STxh9Z"
    "AeW1ROsQLt8lDy7ibOjb6yKGhhNtm3XJVytV46kWXs3GG5cpn6aKg2ir/7NP8ANl/6na+3"
    "nQaaiIv7eTw80n6El8bWvqXrabLcIR3O5gu2U24Qo9Ue5H4g8vOF+cUOUw29F3agWcsHSP"
    "QXGjk1N0qdvzjlf0aopEjzbBCZuz/3xv4Qm/PmVp7vHWIxJkuyHbnUwwu1J3RNfDvyEd+e"
    "d4WS/qPs2j/r2/oK5pCE+c7TvTmKjvXFta9MXgz8abx7Mj/BL6OiLHnOxGXwPv4Tn6PWFQ"
    "/Y6m7CHZtTbSLZzlsDsJWXXMSn9it2GXWeJB+E7MHoNXDPM8h+GTiN6Q1sIGZ18NnX3e3C"
    "p6+mJC9W3UWBsTArLzDpyd14z808ZmjHmsS7UdJJBoHbyV+Hj415zZMS9c1y1QyV8q3hoX"
    "9Z43Ewu/YMJ0mKVuycIDm8jJCUGgKMf8AmVQlOseT0tTlX3dHysT+9MBteHj5WWvd8XjaO"
    "GoZYTWyv9iQBI3JHG3JYnbg6tgWy6JMHyXi32XA4eD5punMn9B9sKXS8Py37r8bXe84Byw"
    "IrGSpCwQ6usTHEnHxIASA5QYoMQAJab+7hI/5FCMtZGQhW9Snd8pYOdkv2fN5GkAO+dbnP"
    "U87JzgjVVN6EzJQUInJHTuA1Ofw6GGalwIlip0uoC04wNoxyWnHUOx+zKL3Us22bJWbKRY"
    "fTvBjX9fcgC8Vp9KwLjdGfMpTbNWGfMeTTfYPTJ5vJHtZRudV7O8a3PSeh8iCeW6/WwLbi"
    "3nii4E6VbQbUW+ushR9zi2Dme9znUb8fRztroszjLllRiXnKGbZOAeJaZzD7cckQQWJ+eI"
    "4WbRlzWhV9SbDFLk52wBfWezQ2RKXzuIIYsDpq3XoNebQAv4sjXky9adXyLx4/rrUp1gMu"
    "j945HZ7F65SH+MEene3w/6v/CDwSrndSV/7l36F/6BJ8G9Ds6CAGJi1Z524a8JFkIa6AtK"
    "TayTjOBgUjYB+ZgJV4V5eGS//vWLfv8m5m27uE7wGu4eby96bJmLSWAXGZ7ukLaCoVQklI"
    "qsiXrcUJ8zlIqEKGIqslCk33OWOHgb058tngJpFgjipOQAXAjigHu8tq4wNfd4agctAeG2"
    "tzDO+urkcOmuN1Nw6W5BOfXdqZlLlweEbgyCj6T+3PBsZ7Mzl1+nmexC6LzbLn/ln47kFc"
    "9E1b8a9ABp2qft0Mmzoo8rIrVH71awghvr3JowA089mSoq1Zpsgz1nUfl6m4MXheyItRxs"
    "IjWgLrURzw3G2WFYNnUDeUeajdRAW7/eZdm+1/5YLQU3tR/GMB70hg+D68uHw9oNG6kgiX"
    "dgq/WgRgXpEjS47Z4jJ8HP4EXT9NksiC130BOlUxtNKG+zyckax75GhaiFXi2GL6Kz2UnH"
    "53M8UWyL66RNRKu/I5g/9TJ/+BanWNsslIDCZomgaLqwGbBh8rFh+LHL3vUv3rEJNvzrPj"
    "7eXXnHvCqOyU0LWDPt5BL4jEFlAzcuByZuMRMXmBzZE9JeJgfkjLZt1iXUjk05o8DsAGZH"
    "Y8EFZgcwO+rl2QJmBzA7Go3y7syOaIFx29afsMQVcuFLfvwywKYufsvmnePWG6o9uEss3x"
    "1xWvcbaSFCIQtnF3yivJ+WfIb+oxQPWeOJv07Ym/4kSZEJIA06Cm0HthcZqyVLTzFwNJwb"
    "S5EfL4kZhec6m8JFtn8VMM3aFWoJ5lUx3pIQg6DL1qDLRLcsQ6ZHZ4McEWmdg758gPmO9M"
    "weQHElJ8RaB3QFpaN5TYVihaNjkuCSrYtLNo8jHsr4VegnNOlE6LBq0CakwFsIHljwwNbH"
    "SOvs5IENXu4SgL2JDNVSbBNbYQZrE+qjHag+Wql+ssBh8U17ygo6gLJyDpOYbncEQd5hC7"
    "1BkHdYlt45oU8FOn5GpYAnWIwnyFal5iU3yEqbbVrMMbHWwF/akh7rzmSuZkpFRWCbgLzN"
    "PaMb6ipK2CakANntLgA7EkPc0ZSKhiMbBnJeeyqxwCCNsypXy9Y0ztTnrQR8L4JxWopt9J"
    "teq+zYC93kM9MjjrU6kti4sfOdTTauT98bewIae1UtI6ete9Qnolg4ecJehXJvrO9sr0r4"
    "9PsX3XR5iqoYGh0zZf8knfVadBCJPf3b0ZrA+Wx4/CsLz47+vYuhvcmGaZmtvRfrJdsiZ2"
    "uTn1E1JGNibdJg9mxMBm9MkUTZQHZ/lAJ1+I8e+veP9+zFokt3OSL33X+do6W+CrJcgxzX"
    "Eele/fw4fDhH+vQP13ZG5LY3+NTTru/O2d5kPWHNIMGx/uNDcJC6TnJry0NZgNzYShkhb8"
    "8+5MH37EM2wPzc4eOs9ep5XH7lspnagp0VXq01i0tVTWBaMOWIZmzrcnDXEu3bDUrfbA9H"
    "ZqnbOi7dAevZI/rMYRunsk4oFQfdsLBuCIy4KuNnUO3hGySZFkn23z3Dv3YTXK2zfv8JvX"
    "UDOK+rMzuN99C+zkvdwgO84PhZV9g0XrDc5ym9rrPJ9zlhEprli/BfzGXUvJ9sBBSMIDo3"
    "UuHONMwp+5f4g+++HWRj4iDdRjr6FV/y7o22O+ajjTHyM3N5J8YF22JEO8YMN2mVd9viTx"
    "V38ZdH4O2ZsusZFuBerZHOlu1ejc5gXvUtIgKfGyWfqRzQJvhJa2Nc+9uLVCfOCAWEEpt0"
    "4XKg3ucGsgFZrsomswPxYmmy3yZ91zdkB8bFWrhEK8gPrHl50dQiPVpiMuWIqQF+dN+7u7"
    "q++3SOfPkRGQZH7MiRB/GnMyIfu9c3vG7oTDdMXkl0+OX6/p4fsJ9FXmQ9YiW6wxe9I5nA"
    "zE9iVAR4k8nv4cJ+Utt0QgFw5m/fbUzddjRsWVQptT4u1TqnfiXlb/kmViTpey0G7VTrU3"
    "Mz7XwDl2v229VelysU2G3brEte9lS5MnC0l6XpgaO9Ukd7yIc/kJ+dO/uOZI51caKTg0Us"
    "/IWWF22HVNlGvdudDZ5j8b8pWLMtjuD6FrqQyq/lxeCQ1hTJhnct0TpjLg9bM5urmWJqjg"
    "3LmU91SaJ3tg85KvMte5HBRMpes81UloGVAspyTQBuvrJM3aX4yWlt2TuzUV2eiGvyNqJE"
    "3uVozp4MjVeC5+EBc4p+t/Gfv7OH43/Z0ew5/xY8p45fHwT30LG3BE466HVuTOZooT9jm7"
    "ecTEZk9nXfEVli63tPHpnGwnAQwwN/b+uzDcSUYFyxgYZvAXuo3dgoYCrsaCpM2GJX0WWD"
    "61tXVfnsTZ6oxJvsoMSbdEziT4UF61+9v8/x21qv2CaH7F3i2jiY4dwR+8e7xyEPuHvSI+"
    "L/Jf7d++f99YD/ib8uDasu0fgX3TTYJ9yiktIPmy2OuGQLLY6GWBi5Ym/emrMLGJZxyf1M"
    "c00M9MbNMiTJlv3h4lt3kdClXaYrBjgJlb0xNnWtiZLyvJbYoyN4YurGYj/e4PJVDHBqZk"
    "MPTk1waqp8jzbSzDNx3cwy/3aR3eAujvq6dnQYe87Jh8iADYM6r+M4scxy1MQDp3wLUkXj"
    "yzvTOx99AbZ56bVgKUEB+CbaT8BqOUiqQvSxFDBOiLWO31JJskLrC/d1b/uPPLVMX1CXJ5"
    "ddXQ8vvSNTw57wY/VwYHvPp16tKC7XmqyyPdcoCtaCNl4qfC0TUnuMl71h/6/Wn86I8sTe"
    "mxAo5eUtk4ZFXmyRO3ML23PKpJWnISUKc1BsDrxo41RfqeQNx4WgDFoWrLUI/9YM6Ya4Yn"
    "NFOby5ciR9q/PMsSNrXA0zXKsZdqijm9qfLvsfFb9wXKo136bStkfDtl081UJzJ683KCEG"
    "wCaBXWJL812agn6qAK5MFBh3qfqmPGIsfmhaX6XUxDrJCLlG5RKwjplgVbgGTs797vMX/f"
    "5NbIu/uE5oonePtxe9wfFbsbeziwwnQ0E1bE2fOMaLKuAxOQA8P+BQHhnKIwNno621Our2"
    "fjVz0iW2Q6pUx4RNwhO1VHfRuBTsoVsZJQFiaZDVGSWRoZqFcV66Q2J5KRMeoslRYdpfQi"
    "vzBT9+GWBTz4h+pvILG/axysL7P1UyQnwyjoQJsqbpbCtrAsSPdhE/gmI1iqmKCbHWZSyW"
    "Hw8nxuRZmWUTkWkd/aN8no3+wla5pbmWqQJyXKp1MFfCslkyjJRWcijQvtK21QGszXVb0p"
    "l6C8qhVClQ12hPLn/DoEtM1Eo0ryUA3W3osl9JFeGNiAC+2/A18QtW+tKFAnv8yBFqLXRz"
    "P5+68pW2JRV3ym92rAUgtpjVxrJwA0ugau1GlxOsAnuJi/AWJcIwD8XmoSG5zU3dsz2HZJ"
    "FgSVyyfcGS5gZH0iEx0cjDpE8GKTDRKWGY6zrPNQS9szfTZsY/Iej9DU56nqD3AltPbObY"
    "L6WqJSqSghD6zlF7NwQtDXV1uf41Azl/qn9yicXC3+wx0N3jzU2+8Leo77Vj9LtvTduEt9"
    "RZwOzNoAt1caAuvMF6bKw83Iy6feRzARZtN7IDoSJob9JKiIBysg0i3TR0e9fXzfsQdPlQ"
    "bcXJ0Z9KAelBf2orRJ4rvJwN/F6M1er923bH4eA7ojX0hhrjSzYUbmQVsQPy47x9K5MkF2"
    "5rWxuARfbSHI0NCOV8ODRhvwJ5rQR424CgmcA50gmi5jS4gp1ilyObPSGy53S5ZCc8/RRx"
    "/RQZDjrmF5j4SZ+skLFYUitVGGQvNx0RcYkthrCZnM7vzu4hyAonp+gjdYloqcBFRWqe6J"
    "0QNEGg9NldItN4xuIC/zAnnmU1RAA+4SF7HvC3kEjMyQ1tD9YireMRlt8irSHRo8iO08AY"
    "Enics6FvpvMRSuPWxucIpUXz+htr2u/LQ/5eX11y+n+mphxckEdXXuorkUyQuw0Y0x2/5z"
    "sosh22cKbfv+imixEbZsEMHqEeRtRFrk4axPh+adEnS19w5fXVRsccDUymp35myymT5oJM"
    "J+X7G1Nn7bTGvKcbj8jwc/f7sx/fI8NGz3jpnPvqMRuencbmjJ/Q0RjrFleH2ZOw2xu6iW"
    "bU4gq8QVynEg15E0moZUryXnhBm9uHKVPAY0KtU6fLJ9E2qwEPUEjSml0uCgn0i2n3/Naz"
    "w1Lj9Pa4Q3rJdBOmVxR5cVLC8PrU+fUBf0f2awX+DvB3bNs3wd/Rfn8HD9Vn+jr8OP5WP0"
    "fAGyi3gsZvkVXG7gBtvw8aAnO8tZDXYvcv31sL5QbHvkBNATUF1BRQU0BNkakp95xQcyk6"
    "0kr0lMjZPIqKV0pEVB3OHZP5FbOvnINcG1voBVsGe+5pQPQJ6EVz9lM42SfgGKFXw5n7sR"
    "TkxVKohTzuIPuF1PEZRpJITJW3GxG+JS10x5joprlCxzqy8GTFNr+QKPVKXTb2XCdTEZqh"
    "7I910Ic9wgo5FL3OKX7hz6Hb4ipflm11J6fo2hmRV91wbBG04afngm3FBqCvJPh9+kSQov"
    "hobG3ODGvR4c/MRdi7OJvxE+Lns1/JrvZ+XFbk5ze/kLS3BXq3A3XxoOriwUr91G0DrjrU"
    "w94Wx5VQa/M1h1tL701TP1piMuWIqQF+dN+7u7q++3SOfPkRuezffbwe3PauzoM9hG9xv/"
    "QG1x+v+cFg+xyRQe/j45AfsvCMRz+S+y7wser21rRX8Z/iiVEs/BCXhNhDrWMPvkKiWOc6"
    "LgUmnqwJpP8WqHZiSMlBeDQNrqc7qwEbk4ElK0HVpBOR3KSGa0IKluv2ovcRKxAcPpsdPo"
    "lPjdzlk94aANrt0MY2xO3Arj9MJYD7aLepeEIS2dQ3PKNWhWzzLQHcm8hQ7QQ48c1RLgVS"
    "qSc4ki4tcwXHs6m3+4JTmdzbvcF9gtFkrpMnHM0o/c72fa2n6J7aBm+vhvxhPc/s7wGrlp"
    "LfkW5hZFKHe051B3ln0Mfrj/3TlDe4+tttCbs/s+XK/9fCs938qcCv5+f2wa9ny12pK2t4"
    "PWjuEs09eAGK+FYD2Tq7sY963cHdOcK6RUZkyF2s54iXwxU+0196g2GP+0xfOOuVH3l45F"
    "db2HH59b1/3l8P2AXepjIi3aufH4cP50if/uHazojc9gafeto1kxDhJ80gwbH+40NwkLrs"
    "yo/9wcfeNTs2o9YMG6mc/sP4Zy2s2zK9ITt+sZZoX0nbsw958D37kA0wP5doVVBLgnvz4n"
    "DRNTtTW7Czwqu1ZiruvnKqZDsC99tvzqeS7goxn33zEN+AMPfBZxTK12eOzI2wtU5+KAeK"
    "CvQnhv7EdYG6vYFaYGiW9S4BQ7NShmaeFrVVOuZSlfkk3jlZ9b6tLjo7EBLoYL8HUR7SZu"
    "gp04n9ii3OJtRRONz3C2zb7LcgBy+WJlsqpz4tkXMUw0oY0dKFSDdN+spPokB26a22BH1z"
    "PzceEX0yEfUzfudFMgzH/t0rMmcj74QtWJ8rLIikPleUAxgMksf5FzwjX3JApjxo7k1kJl"
    "LobsjBiYvV2Q9VGyuv7nTKUpx+3cvL3j131Im9gjv2fu5dPnDH3h94wv6+6N6do7FORuTj"
    "9c1Db8Bua5hOer87GG1yaij1r4tItKa9V2nGjbcImI0iPiAKqKYFAVywHMFyrFWTH5j1PX"
    "b5AX8B+Asa4C84cEZn10v9O5J4CYJTnU3OAT91sIKKE2DkHrLGul9VNa91G1zfunKQ5VtM"
    "4n8VoA2ur7MRWxuPgUBHCu52f0EgW2egj7pDduYc6baNnRG5ue5eXN9cP/zrHJmGPjZMw1"
    "mNSO8fj+IQ/tMVf3Py0N2jTx4iLhZkod7d0GMLYWLjevgSDFtjXw/jRTKDF5SaWCcZm3pU"
    "LjF7YyZY1fQFu9J+o/kX/f5NTAm/uE7wEu8eby96DHsBPbvI8DSNtEG81C2smhUXk4H49F"
    "Yd2cOrBB05oo41C+C8OnJsZSnH1MpuU9g6uON5GAbZtWHaz9S1iG7esJHq833cHaVKjS2r"
    "a4YZMDKLK3q+s9Hs4r2/gktzBmLvdcvxUhcsPMHsOGLjm7yiDY+LEmSQF2pMcDrzQUUQDL"
    "l6GXL6gu9i2ky6HW7IA4nLtckZtpeUEAg6tNf9nCfoAAzQCuN4/vdGDdm4UJs2tBLTFcTX"
    "XQ3XuBDgut0i9BErwyS0BuuxGgZyXqswvr4yzELJ7lAKvNfrsVoKb3xbzAHv+gtVAsLtLp"
    "CQ+pjXKoO/a126tkMXwkiTmKLh2c4WQ3TiX5ibDxwIoLG74o2aKQkrkB6P3B9mb96y/+K3"
    "+sj98T0+G7kfpmfTkfvuDT/+/uynv7Lj76ZvwyM/vdP5fz/8wI6P9TN+zbufTs55E7vANL"
    "VF5r3YSl74k0ca5M0MwtfoaeTkSdoEbsJDj8g1pxrz1tmGVwp2yQx34jXc5uOur0bC/9NB"
    "ui0I0cKa5zzpQJj9uKW+EuOCVV9Dqx7Cs5U1ADhseLZG0JYfnPU7mGoOtha2NtVXKrRhuf"
    "D+7I13DWK5Tg1HM42FUcDvJ5NuDZN4364/ShyuCilt1KFI64pWlL+hgG81G3rwrWbNOfhW"
    "j3L7qsDa36O1n/Jh7Rihb6P/Suaw3hmm9nlRK6YxBOtK6jiKLLqNfqPoIs/jNrJ1EyfcLj"
    "/iv/4wct//+O49d6/8+OPJObqy0Nu3Z2foOHB+/JdwhQTumxP0F3RpBUxIxFvrUNdZug76"
    "pfuAXueY8PKNmGnBMifQIR4BfC/18r0EHnNCVRT7uFTrnAXl+2GCKlxprV4OcHD9jlW9cm"
    "zw+0R5A6qSql5Ttk8o4xaR+Zax87djTZ9kpF5vqtuXEq1zDkFtMmEcNjyHQxsvFb5TCSlg"
    "HEg8TwQXcP1FhNoE6p6dfi96AegjQgB9Yegd6uimOvgxMYC/MPxeeBlP1WcgKQkBh2Iz8G"
    "oZjoOJRmcz9UmQCMM8FJuHutetSrcBpUtvxlVSUfv3vbtzxCVHhF3zcMN7etrYcUxcrKdn"
    "HhvybbYN+TZlQy7wQslID65vXejt7Mcfc2DLrsoEV5yD6BtE3yD6ViV3w3cRK0Ibl2qTCl"
    "sasrwnk3zFbtKJolItWq97Voeg4+aegvURxvbOqQ9R+nfD9o7cEfv4vpkj+QHaFyrAu6l9"
    "oRxeHPQL3BFbvzRB2H6wnfhGP06QuFPqxlAilSdRpmEXmkq8OERLNuWUAwtzD9TOWP3KR+"
    "rPZm1CqlpOT0CCknJ6IgypjZyeKCNrO6fnlhK8QoH3F80sukD6OtPq+MoSxJmxTp4RtdBE"
    "t+ch9UZwaDjN5uQU/cq7qRpem4VIaRK/yniMw1P9LUckzN9i510SnOVDdcJreSsA0ZAivJ"
    "jOxJ1tnoIVPA8QgGpIAAoyktUIQHEpIAAl/ItAACqDxALVfg7s6vC39wIzEBeEyFtB/L1P"
    "taaaIJuUA/5WrpbMM2xhIqu1sbHJ7VqodYE2yHGDKBtE2Wqp0EOUrXpkIcq2X9UHgkEHDA"
    "ZBtEIFX4hWQLSi+btGxT74MGohdcJHYxobvfDxMEqe3NqxPkVTPHaQzwJGTDhS2lskuv70"
    "w0yUNXs/ct9/ePdh5P71xzdvvHRXJv69EPf7iaxd5YiyN5ONRLnrmvc/trgL3KIvfmWxRI"
    "LtwZ4DnOz1crKDJ/PAnrT6ut8P8SHInUSq2zJ20CZ3WCDRQpdjJbTz5iVXsE/RlIOmhvnR"
    "fe/u6vru0zny5Ufkvj984EkW3NmEp0GrcH7EaxZel7yLKZ4Y00I+y7hkCT7Leur0dXdRBp"
    "hs9FF6a04rsuclBFsXBoB8G4gE5HjNIBJwYH918LlRBTclB+BCMKBO1hu0yNlLxg30GjmC"
    "XiO1wDZvEED+9QN4t8Cb+uDngBfigyoI54gPZgewqozKXOjkeegwvHn7gSNJYCZ+QWdTbI"
    "anFWh2cG3O6EyfYGQsltRiU+4lJoQjoJlh4nRbmMRtTtCMWkiPJzWYePrEgyAe8TEdi9nb"
    "XSHyUrPIS80ptIfLcSifQcvfDRWMg+tbGCv4kAPbD5nQfkgiy7co1VY+URlwSeaKxcz1sx"
    "/fq2C8lmjhGi6f/S2+qcHOqpZwJhFt3aL+4U0OwH94kwk4P5UOe2s8K1Q19h0K7RgAr6f6"
    "njP+LYBwJMt0C3aObHl+U8iJhoyaKEWqoNMmpFqTNVaaD9oDiOBXZVB9GYBU0l8OwpAQho"
    "QwJDTdOrzXsEzuu9j3JcFKBdZ7zBV4w8Zr4CZ2EOp7GrhtjtYA3bzOVi2c3jx8eHYBsdk1"
    "7AAvzKKvnZ+n6PcZgw9bS4ai8zs6DsrFfGcj9qoZusl+22KMrQ5iD4SZ6Jw7Pv3qLvwhTr"
    "y6MGK2EzOyvzuPyHLth+0gm/rOXt7aPCxDs/b46k9sJSD2uRAVb+bsqlN0qzuTuVf2RnfQ"
    "gn1vECUY/eGFK8QN2c1HhA8XlNDhza70+CUJ8fU9+dksD/FvEjdlCM3Rv3dxIG8iJ7TMh7"
    "wXUkJzPc0H9CSV72qOvh8KWCfEWgj1hzw+pA/ZPqQPKR+SxTRrma8uc1tZCwDpRtbX5StR"
    "bmsWlYGKUJBHdTAm3lg3uYGmPgMJwRbZzXueAaEssG+YbjkSgzr705eUa1305O1ZnqAru2"
    "pD6k8q8Gq7i4Uu4z1tiAmuRVqHcSVhVyi8tYfQ68Izb4XfQJnFLhEuZQP/ZqzG9Dxw97Rk"
    "Eig1sU42z0IgmpiCMZOtatmHR/arAV70+zexiMLFdQLgu8fbix7b1cWbwC4ynG24K8d54p"
    "KQxFnnJM5grlTjOim5FumnpRmua+ezErZJsTZZX1XFzOwoAXvHkFmK0N0wqPMGz5LrLEdG"
    "zvq1h9DkFnRTO6RyaLLSgJs7fcLydAbvTGdTaM2n/GtjcW3OqJpomcDjWWydoIW+QjYvbI"
    "Eo4QWeggARjzKhBSXOXJJg4N3tJJ2sUO7Q0nhTtJhZMgAhBt0t6vSthJy+2bSFVgWTvAWv"
    "gHIo0EJ4N63bAN2fMsH9KYkteOwP7HBwl9OCBMe4JBAca2wJp1qPHa5Jae0muWQrOHgrVF"
    "0MKTlwMWw1gw/ToLRuKziviabeoXS9JsH+3QJu6vWtlf3b8woEH0kM4OBUJ48F7Bcazkss"
    "JYgu+VxzmmVQo9hneXLT9djCnI35yp7Z7iDXMUzDMbB9enp60kHPeIWn6NVg9qvh2ChotY"
    "h0x9EFEZOTK73SkCkDeV83HpHXOSZhnWUfpXi9ZTZI2gAPcMy0wMG4BuO6Hhtg1cZ1fSsv"
    "A82tCcvzIEbzUl9pC7ZZU8n2m70/xKXauDuUXluZQYaV9uBQADg/CXAlnB+8UKqxEFzfOm"
    "ihcruAFiq3Q+X2FpJ+oHI7VG6vyWvV0IgClEyAyu3tBRcqtx8dzJCGOCSEymoYzVEPlUEV"
    "GyjeXg94oXh7rYu3R7z4IqAYlkZPqB4KdZj8EG43HK9FO3OldZjSwGUHyOPo5g6Va4lZzl"
    "OOyZ7ohOBpEHrm5eSDjsBU9AcOQtrH91cfO+jn+94nfs393ScRvl4K8jevQ8QjnGOdXRhG"
    "s3mNJFkn4n3cEsLc9QpzN6do+N4CWNX4wyhxeNqRAEoB66RcC/EuP6ZlG/8jATk7+dC/HE"
    "xIWUIn1LuvdrHyrVnmdSK6tcpkv+gSeMcrxyPlNQzgTf6jm/5FzPXNcLy4vusO/nV82/3n"
    "Scz/fdO/+xRcH3VrX/zrodeF6AREJ44CbVxJkYwLwSdCmu1gUr1IZCIt2CInelVOXLzmau"
    "/oqImwvhu2gnM7aWIvb8xNc9kdXnaveslch3BBgotxa7JD8uWtVbbDNXlhdhO1Vr/opqv7"
    "IKT8OpKrOpscO0ZwvfYSCOT06NzSF4b69/oLWwpPGE148Wdej3r45RHpE4vatnCdTOYM8n"
    "PERxd1ENFf0J/Oihex5mfZGnGEaNp9U8H44Kupl6/mT1kxx0xU/5SWcKxQY2lKN5dw7avF"
    "+mNirUF1z6F++9lVLAwVCpQDeeM3iJRmqPJ5jU1Eehb6BD9Q9p+c+s3QG6NRU5C7UFS47v"
    "IE93bSVGLxUomOkoynZmsnfpMJjccmjZwJmtnISWsC2ewWExy6o/0/GVLQgKJGG262DuGF"
    "rdXaakZlynHpHnYiYg7dd3kSCt5lJxS8SycUQDKjcjIjZCFVmoUU37RzB3LiYi2M5pT/8q"
    "8/iOpAS790bYC5/KAZBHCyoW9vAAfSS6AjZw094TXryOnbi9CLU9kEz+rCmUB0uwGu1Hhz"
    "iseGIFvqiK2kqeGcoiv26SE274fpbWI2YqsJWZi3q7TRxHXQQreeDILGK+7g76AJm+Anaq"
    "06fnEjXp5oMud0TlPG9NzHLUuOHoCLYF8uArE41P3jMTHwjxds3CXeRnXw43KAfjH0wXNz"
    "pOy58bd8FXM3IlLI2K2Zmlh1cTTejY94+nNehCMi7UMYaiA1y/sYVERUMtnjQkC7lOkKvg"
    "Ku6AuJS4EnpDa1IGq6Xr+ZYhAtX9X7pt60EM5NrOzDJM/Xbc8oMXteokKUgG93PVJLoY1r"
    "TjnAlVLBlIHNRwar2aZQGhtMppeVAOplZKh2IptQR3PAe5giRg2FN18No8NkaNzg6RO2rn"
    "Qp6XF9srMp4GKKy7SpvsoZbrnSDXOFHOqw07yqBc968KM2SERtRNKEv4f6oY1OENfwuj54"
    "vhV0/Ab9BY2ORkfodY55/EPI80oXiFCCTzqpuMse7z0ioh7HeCXK7wpC6CqozsGPsCf6zm"
    "YrRic2g4tHfVLtKWx3sdA5jfTkFN3/fzcddrXBHnSsm/x0J/jHiNhzjPnj6ibmQ7IxOuiX"
    "7kMHsWnnvTf4gwcNKecG/1UrxDkK/GFszJ7KdvhfDBD8gtk5/lOym1IGPtX4Zy6xzqMeRt"
    "8VluSn/pYYQYz7bwhJ1TMkVVvH/CF2/ZyeefC7VWNIN6xcZVPSsg4QSKqzK74VcaQ6A1xB"
    "JRcgTgBx4ptBf6dExLKtyOGzu9GQ9M93ctiS3Nezmz3pWUKCD8dMre/p7HvvyNrG20agO0"
    "dPImM/pNzlsiUruO+IiPoB7ApmSgaCEevtFN3ypcf+D0/ZfZ4xCg13VRNu7WNL+IQybDtI"
    "OKzNVtAB0w1MtybYGAcvP1AD1aAF/JNWwwruBXAvNNG9ANbvvpUusH7B+g2s21tKxHudbf"
    "96V3RyWsALfnXu0nbs2mLWqHc+sCuPxV3Rf4mWATPDsh3ELPGTjhcYTNnAe7rviKTsZBQY"
    "tCmDWQz+l/XQlI2AXufUxMiDVBjPth/7PNbRCusWL7/39gxZ9NUekegT+ir9ifgj4Z9AlL"
    "DfPqOWF9TVLYeHZ/2b6I44yiXsQjb6IlwtOYx0MMVrsy91Npji4ZzmtcVDATDGwRgHY7zO"
    "YIIxXgmsYNTs+/MFRs03b9Tc6sTdUA8zenqjORN0YVsIAaWqmEddgvTpH65gSiKPPvmMV1"
    "jEwfxx05TJ+I1OztHU0meOJ0QJRq6NrY7gX7JjDuUqesqo2deNR8SzJzwz4nWO2X0J5QZA"
    "eBsuhRi8FjNibGYbMTtJf8bW95M5Zre3TqBIeA2LhEO8rYCKX/8E8CpXZPUp4BlVrX4e9u"
    "8ywhmBQHJZGhMH/S8yDbuJFtQGYDkUfOSwCl+AZ9joKgL1paTNFR/gIgG7cIypK1AxsTaZ"
    "rvsudu/ojitZ9nxf6RF3kcpSilu7oXRVu0zqs3e0ZEoFx1FtGo7ue3dX13efzpEvPyL3/e"
    "FD7+rcVzlGZND7uXcpjlj4DzzhT11gb6oiaOX1yVavIxqXLKGOaD0zzGRI16lsaIDJxrqh"
    "3prTLKzbsrzB7O98SrB1ceBqmt1Cdd5M9KE6b9acQ3Xeo02OSO9zowpuSg7ArU3Bn3qieg"
    "g/I5SdrrDstHwbAXi3wJvaOXPAe6AqQA1FOEcRoMMEIO6xZdC4rzp+prMp7DAxqc3WzVJc"
    "mrsKuCfl8XfYA1Hf97/QV2iMEdd4p7xUAluSyJC0/ywyALju6+W6z+DnbHBDZ/BzCpqlNe"
    "rKtQnIwCj9KdMk/SllkHqvZAF7NCoI5mijzFFv6pSt0YRYizT7ylrFBJCBTrlNZU8srlp1"
    "TB9ixzHxtG9NhS6Q0n1i5zdqQLZ3pUb5pfkJF+JyTpa2MVqaujOj1gJZeIKNFz4y0pE38I"
    "JpNshyCVN5sG7h6Tny1kEH2ZQrPt44hu1fPkXOqzGRMi2qveOIHDuvFM0MTj9nYHJGh8dQ"
    "X2BPpIP4BWxgOyBn6A6i7AXZmVshhlfb+aIi0Gx5q7amLwTBVzm6GpeD8Grh8OoMF+jiHh"
    "EC6HehZkKA55vTqNl3Su2LshZo07tWlRrN0CpBgR6GCsvAzVPYtm4g51Wl12urVq7DNfxZ"
    "zQQTV+RQpPm1ai0FRTVYPx+Sq5+i1V+g7oYHTTxj2qbrdNCr4cyZGsyUz1fdRjOmoExlLs"
    "ayhoXWgLX+zmfrvBb7XhAJUzb7CxAKtCYPo7yo81cHi26has3CE2KtYySVX5fxELZwzRxU"
    "Za/dwFmiFbWCMwZozS4BtvA3gXvg6VTGPiEI+BfDn7pW4S0oLQuzUH6iQ8byrzy54ZApVH"
    "k0mLNsDeYspcEQKkvqy4Y3uL51ymEldHXwa4Ffq+5+rcvu8LJ71Tu8W4ujv9Gr5U9PLqcW"
    "j3zm82n1SSRCGwnKCo+ThRmsE4MHXvUnnTcUQuzj7vml7LQja8exgDZXr0BsPSt7Ho47V3"
    "6WJH8xxL8VII7KgBqSRw3hQU9tZtGFPKaakd8TFdqxhkPNfFZqJRwEEI7EN70FO0fmnf6m"
    "kBORJU0k/St8nRJSrTGdS3ORLnRnMscqH/yIBMCZSoA0ZjNsYWYjSBwN2emPcSmAFRyY9X"
    "KdzTDbRYt47m1Afjfk8delKESijn5SEmag2Ax4lOcCJMKYIJReqXPpFWCKZr907WWKQikQ"
    "qFbRGkLchtAG5PtHvldl5PvLN5ESEG55XmHOUiDZwaOttTovfLGPXwbYFK3G8sTqAopzwz"
    "7NWbj/p8oYW9edGs4NfTqShNfCc51NkTWdX6WZ9ClfUC0bDiBo1/h71NkQC+Mlu1UjNVGZ"
    "1kVqymcTszfKUKsiuZZoX7CxfHzZV8NwVh5GCiAnxNqH9LuzHEi/O8tEmp+SIq2YfhAVgu"
    "1i63Ie4xnTVdMIZ9c+X0vsVPy8nqqsDNdKap/z/heWCuyhAKBeHPUXQ1fZTPzL97iN6Etj"
    "PztJ+SwcY6kCrXd16zboH/IQb37I5t380PBi1XvVP9rroOY2j5prOiLRIvdpVZxv15Z9fM"
    "FrF/PaRZZUrQqBXU/xYkkdTCarAZ5QS1oJNX1RZ5Nrylhfrlni+gp8VL8d2RPq2X/PeAVt"
    "iZvhswrnLHfyWCDQwtyx8g1Q/iYogOtf3kJo3559yKOSn33I1sn5uUTuGGa/1Ha0uW4rle"
    "5NyrUQ7/KXclaeaTZJMSvN9NtN1IsvXnvJ7qDknYrKQHO+HVwlzbI7gRlV3PBM2UmHUevv"
    "Lbqg/lSkGxuEJzeq8cvgsppFmL8VVb26JEo21yr6S3B96zoPlB9mU43H7z8W32CV8Jn9Lj"
    "m42zusBrJ1Bvro4+PNjTboXT1ePlz379igbAjNwlNXkApG5L43uOzdPWj9jx95/1VrwvPq"
    "6Ww2IheP/9LutE9s3NtzNHZXGtHYZqstRuS2d3vRG2j3g+vL3jla4MUYW9rSkhRJzzOpZ2"
    "/y5MK+yU6FfZNXz69v49yppc8cxQjI0dWg+/HhHAlZPpGiia7Wvb8f9H/p3oTddDX2Obbo"
    "i26OiHeOt9H1jslb644IG4ofYPK4UKPd8qfUmTMdak7NAuk2KVHItymWb9O0ivXtQt/CSy"
    "yz9S4oNbFOsqztQCgB+5hJVYV7eGS/VvZFv38Ts+IurhOg3j3y79bxW7HvsIsMJwPryHdQ"
    "G0vC5tllKVOCrVnupXmNuCrxpyNxKmeiGpEAOFMZwBbGinhGRQDQVOEFT5+l3H+kttsmJG"
    "HLVdhy/ZJKEq0925ccldm/L/no7zOXCCuKWUeG6RjEPuX3+29FPb62HmaTTkSijmZMlaYl"
    "KQdTU/rUMBvVcuwCvv+YYPsoZw3x9AcgbeSYMeu7yAxHxGB+6zy/UJS3ymp4tjteGE6xAG"
    "lSFkqE1Pk9ClyZBSY6IQrzXOd59tzTmoV1Wy1/MiUIO2ieHRQIJtnot4tgEstsWE4Lznpc"
    "Ema9LrMu2Vz9p5d8Q1UrLqUFIbtF4txiv/yJZlRdyq5mFZcCYLMbCUOhsCpqu4ZmkCq8Ek"
    "kAeGvSW/C+p4FWTny7jAzVLIxzl6yKb45QD6xUcHPWA8vaLQDgLQBLNsgcEEeULUB4C8Jp"
    "xXSHmnZsMNPwglo7lrYLefLd9ZANNIWyZiFecMLBi7LgumZjtQmnvSRqRNfYppyNxFrMkb"
    "6hJd+I7R24fuV93ClvnRUMgmydvaDsmDgsOmSdIx1NDXvCCYN+u3giOsNbeILZWOlmXOUN"
    "C0ULa82EzM49gQSJKssVNoz025LVDm749jpk87jhxWdLzekSFWnT+1aaP2utvSjhmhQDbL"
    "e7ssRaLMFG7QfjNAzevFZq9J2V9+uVLuASkI0lbLcU3eSbm+EkPHA6vTBtN5lnge2bxy4L"
    "be7tBtkDs3+GXx5tZhutbacJfcGWjY4Js53OEWZ/rPhFHWZHCYMpcLuedNCr4czFMY/2jk"
    "QCKHplphNGhoMMm9tfaYNtf7eVVviKvUP2s7tbla9vxcKrrG6AmD116yIm1qLQ0r47qIFG"
    "VF309NlVDJqGAoDndg0TdKESdSGptsk/jrtjO/RGaSmq63e2VrrlpdhUbpnC6P3IlG4Zv2"
    "CjbmksltRy/H1KW3giOVXMru+L96UQnTGtz8RP+mSFZoaJv7ORNy6aY33KNUCHoktLn5oY"
    "eT+1gyzs2myIma8JEvzVEbJpzbLyu0kVyqAKjEAYlMlDKpMQCIBKScUrJd0P+rxK0vCc26"
    "W8PpI9IsOH/uWXc2Q7dPIc1D0aBiWP+PnH+/uba3HMdnlIVBzt3/futP7gShynS0w04efh"
    "13dvekPt8zUbd/AvJqOb2NbmBhvf42odvkuEN2lqadhrkXqk+vLbtibVF+I/2e9Ce+M/kI"
    "bRtlnPSsNI2biHMRmuhZr/Mx0fScyF9ck8psIfdAzlXdulWYPy900of9zSVTWiojKQWJsn"
    "sRaTCZ36fpe8KEdlWody+Qu57hVgJVBP5njyjKeKiB9dfu5dfrm++3SOxAAM9BERx7SP3e"
    "sbXsVVHNdmOntPp/658LAoAPt4dycGsFxChPwV027O0ZQSPCLBKIH8oH/D/tYuunxrtKhp"
    "coo900DqsYEt1h7NvNZrRASs19KtV4c6uqlZ9FWl7UpcCCoUJkOL9FkV0YgEwJmurOvVvV"
    "YFNSUH0KarOoqPjCqySTEANgmsZ2qrI5uSA2hT9Yl1ZzLXbON/JGZQdonimND+QD170xRY"
    "sWVRCSV4g8kTCLTO3oFyTeAxjl1XPE4wM4hhzwtNe0IUit/VJzCQnueIpV1gqtPSMNt1nm"
    "0oa7THqjtQFqbssjB5SmpEmrgnaP8K5SG8uOS6f3zD9JJcVTTkBl4BlNhe0yKIqo+F+8sq"
    "Mxy+XnZbI+KRxb6dNNsnGDlzTmDVCfIGQP6bx9OheNML9tQdZBDvMHceixDj34Q/nkOAXD"
    "Kl2OYU1gUi+BXbnMVq2ZL6GZXfDcpq1DoZKDvmzzYepqCo+ENDAUhgkTlAiGM4Kw+UFKib"
    "Ir8xsTqzKAq6Q8pvmetjprp/xMTatIb3nFaIv7JHUInBhgIQgS09AvsHHasZkWuBNr0CVZ"
    "mPf3ikyB3txhjBsmEA57Ue1+tKnnt4SN7rQDhishR9z3LaruX7llq5vNffgiXmq1c7pZiB"
    "9gzac3O23TjnRbKaNzXj9AT22IPzML7tEltwFumsAy11VGK0fLdQ0YuD60EtLl0tDogwir"
    "tKVAz6+ypsLmCGgBkCZkh2NTjd0k0Tm1f66khWCy5yurOxEpx/oTbVVwrxhrFrGwTbNmJi"
    "Xt0MyyXnogSGX0ADf+VL4zsbzYwnl+2raIktZGPvE6HbyF2aVJ/ySIFOprwcG/FLa3xnS2"
    "MOld5xRAKZV14WztRtB03ogoGDp2EBuUV2TQ/2KPxc8IwcTCjtcdAExNhUpODl7JcMXmZC"
    "bhPvpbmbngxTTmRJNnQXL5aKArqWABW0dBU02JGKUDbjosDmqjOby/8Wqbx3ERF48Up/8d"
    "jnXc0WWQuALbLdFvG1px1tkUDlHbhtLsu4Xlmq1kjEq2TMZkzNZWju2m0psDLCAVuEfLUt"
    "l9LIbbLiYvjmMebiM5yn8KL3BeGWFe+CJIwswowkY+IVz3ZeKbJXNq8Wzjsj6Wy7ZDYZXl"
    "FmSonGSC75jtdHNNnUs9v6ZbcNh11tGab5/ZS+kpRdt5e7jsgxv9QrqtERYsMvj0xsQV/w"
    "ArNVEBQN9wp1sDMmnj4x25GdswxmE47xnK3N0Fj0H/ok2xz0bQff9uT/fMY7GoQQiNtXIC"
    "4ya3nDGhGRFtKtyq+6wN8GBXj9y1sIbflVN9nvxqYKuKFA6yJyb9+/ybVw32xYuW9S+AoH"
    "h/aim66Elblpl05KtijVZu8dzviHuMgcJCVhDorOAdM9ZaHpTeCHIq0pIbBvzLlOqwWadG"
    "5OQEwKvEPle4eABlN1AbyvS5Pdr5DnOykLru86u76Z5azmaV0LgKdVmlkRrH7V1HCJZIu0"
    "papc2dJoc2FXts/eaNgazuvKXr+623sLRVdjCQC3O+1e8uoqJ97vw/nNIzUbvN5+ICeHu9"
    "tyiQJ3iddP5m7cQJx7kSOeYxs7Du9Y5HGLQt+yzbOWseU7p/XAcz3hXcttTi8SzmkvL3qa"
    "8nTv6b4jMqeviAG/QnyV4InrGC/sYhPrFveui5xrZLN35Xs6myGC8dSuIun6W3FVV0Zfam"
    "A9Yr8asKKZcZSuJjy8/nTXu9L6Hz+ei6XK9jG2WJOv1GE81xb+0zU4jyagS+YlBCTl9qet"
    "vqv1KxBZ8qK8fbjvqfd4zRgAvE3FvE2ijUEEzj8dieaVPRly6dZMRonVQ00B0A4LP3OI1q"
    "C97zbHlN9/jafCupeJtmYaSlv0hDpqjRf968FdCpVdobKr3HW6VpULTHxKGNzkdXaTW5in"
    "OqlEAdcSEAEsPQII5Vcr1BVMOtEjfehzQpuQguCQzMJbb/qqK1cmCot3a3goWJUlhDBuIk"
    "M1bB3njWMk3uFYDGPAvqGD68uHo4yNGIJEJdVmztwwAOEtCMv2yB0KYMs9zoXSdVoVVq40"
    "T6frOvMhtm3vWVOhyujpzqZQJdPm55rtXakQqjTpk0HQsY4c+owJu3JhmKuTcxEv1CcTXg"
    "5BnLHRRLeslThuTNHxiC2+6ejopCOOWHjGlNe5PwiPAPpTz+4kL/C8h/uOyIj09Mk8vIqn"
    "49jo9/Ulv/NcoPFKZAaJKKmOnlw2o3iKHu+5GSbqOOjEfsUWeyxeSTp+y7/xEtXUnGJrRO"
    "LPsmT/xoSXrNafdP5LLezamP8+9KrbPFJrYl62mo23NPUVnp6wf70wUS+A+jpn55E/nafo"
    "hj5R1xFPg1+wtRoRhhGPz/rVsJmM7qCFazsIs2uCZcAjvuh3b1zucvn9bwlsvSoX3vlAij"
    "/bEr1S61mEfJ0RoWyLRcd8ubPBT3nM1zKc1SlbW6IcN5482/x3Gd4MsFeZzZd4IF4Nw/s9"
    "E74tWCenqIss+ooMG3mb1BSJwZn0XLdHBH9d8hgWOibUx3FhCBBn7E7soonOH88wTTTG6E"
    "U3DZGkRTITpXaJMGf7CqXKaEFP4WFjzJUUPS7SszsjLacBfboLgv0hB9YfMqH+kOoyy5Y8"
    "VcJ2LdFCdCto4zuT5SJsqsvmS0BJNoWSbOtPs4KnIC4EobAkqPp0ypSRDKqPHNKISOsCYu"
    "VnREI0LBv69kbDfH2/0LwnZSEWVudYmGeV2MVSgyKS+3m/92lAtGmW12ay+tsclYR3uQmz"
    "XCSlMinZOtWo/LZHXsEbtchfTKaikF/zmPxrTF1bFdGIBOC5LYLq+iGjukSeDvA93xp4ii"
    "yo7Zl13vtcAqS34UCtBDW279WpEvgNj9V81A3TtfCRJEYVO9/ZFKQSUR9t5l2aM0rFB8ZT"
    "tNRt+5VaUy9y5JXePubrkD9MB01MAxMH+Y6LEy/FbWlRrjvYPEONPYtX1juMYzj6bHbKw2"
    "bpCNUe7smjU1/w0hGhDT6e7cVMdAsjQlEQ33EoRaK6nBeF8mI8hLIT2DS9/qb6Ureck1P0"
    "YPBBuDxe0sl8RBaGaRo2ZgtvaiObisfjoS53yX6C490uyPJD/qQg9ogr9kt5eica/uNGRM"
    "ioM0f3niLGD/EwFPtfw8HZBeoClMQc+94kKE9Xo1yE7ChNdOryKsdRmRbGE8r3GTbFKdtg"
    "iKOfmZyKclQEAgkpnqxuO+LjzazghYwptKk2XUq2NfjuOXVsbNIJ90Ow77ZhKs+DTBpmIv"
    "9MpAzHw6jkQ5+EM/RKOsi08uQlGxXzgNSjBTUicunm2fOzAxfnkKVba8TGKet7mK3nZVS3"
    "zM7wySpquYcEn8N4tytJ5XGX04LR4rgkRItrHHgIacN1+FZwp8PtTJd+JIJzm78O/CrNJz"
    "Qd5qsANYCqqAGEJxaWbEMP+GtWVlYo0QoTdNMG0/vnw+a9P9xfbvp3n4LLkx+ERLFEwoFQ"
    "7fAakQI2oQKbUNictoOXBUzVQAxso2JWqr9mi3BmYpLApqiPUpNmUwDzMfu1a6Yum4f5uH"
    "8CQvvUsp1sg21khT7BD5T9p1yqQr0moTSqQnmG1uVcJwSbXS90eyQxtxJXdDYZXRPvWs2P"
    "BOfN6XQtZM/pksdteax3oVvP2FmaOk/h4wfESR7IZsecGbUW537jMhE59ubWC3T7D9AJr/"
    "QuRMb05ESS1LnHG4MdWS87MpgnFb9tVKZ1ztvy889UA/L7D8Y3Nn2HbcGaYtAhItIKP0hi"
    "9Z7lyU5lV2Wv37NUhiqHLMvftBnolvmc9lCe0Uvy10QGvRLaCbnWbR6VoP2Kx3NKn9XhTg"
    "m2Du9KdpKxbmPNtZR6UEZlWodyJaua1xbS1MsKJMRah3X5mh23i6TelA0gr0VaB3D5+p1h"
    "MxuadylRDLvE5PYYeAnMlsbGXZauPdeKhbqSogC7CuymqU1cy6YSl2B2SDchVmhDaVCIpY"
    "qwLoewUBQkJgihLgh1QairZqEuIOu1bNZLIOtFe5TrU6a6Og62dqycesVGuhEDNXApZMXi"
    "4h9J3+GveVGf3eC69wfr87FaixhXhnmnPVkOkxJabKAhH6etSNlzY7nAxNE4ZLuiNfQH46"
    "i1FbCFvlwGaR47IPXs3noDtRWnJTWNibHziuKt6u75UFAWOyeXIvI9lPAo4l/L7RyK5Hd6"
    "O4+ii/hW4uXIe2mLIhWfzhxMTpGY0HPEay4zzUPwHegSE+TdwmMx+LyNDrKf3ZO/oWCLOh"
    "dng7+OEjOwr/uOCL9NFWQKyNPn5/aRp1//aspej87GOuafXcWWNaEANKqRuCcD/T8L1+1c"
    "IS0TYYh7pOMeau10d2mf2/KVq7OP62LpqBSSiIq0JoWkNECxZcliFNkbQCjQutf+xzdvcr"
    "z37KrMF1+cSzbW1h03o7ZMj7iLFC88/hkLpfeINldjFRE/6t/37s6FAjwig979Tfdf13ef"
    "zv2OKmwK+NFh/+aX3hU/aFPzxQsqHl618B5RC1ngOXeVpBjsLMmdJeimU6iKb0wUonH1cd"
    "Cn4zLB61xonmOiMM91nmeIumZvnc2Mv0HU9Vuc9ayoa4K1zhUbNZ9LXAiaMG/SiVRbMKcF"
    "wTsg6XEdjT1KAd7kEpdJtwjlQ1TkS+0o6RlRLj2eTtxt2KaSN106vp9uL+4eW78lAK0YfK"
    "/Zqs+Lsuyt3451ZD8uAel2t8ZOf7uUG2NXGd6O85ckEe4UwWl7kFtCsMoV544n2es2Yvhj"
    "m3fdPfYz1HifYk5VPumIGvKCkuT37EVMH53MRR9fr/y9P1pHVInnRy4tfWpiWaB7LzceEb"
    "94gIPGeMJAPkWPkVoDa7F0sQGvoL8xxYsldTCZrNAzFuX8vecMeltL69/H0ttjE8OXI1TC"
    "r4360NkQYa9HXYNDa3IV+8LTb0cBtGPCLYS9/OjwphhRhqlygLhQG9a1OtIS0dYFPsvvNY"
    "dfuEatWhA/KtWaeNqeiz0aDpbBnl1JPBTYqZJ4PU0TGYyVFBJ3qKOb2kxWc2LTgo+Jgaup"
    "6JoHDku19SeYmWu8YEvKvc9c23Gh1mzn5fmqqWtNZIhu0PrWIq1buOXrIBCvzoa+mZFLiF"
    "d/i7MO8erDfaSy/UCZqG7w/jRZpa2qxTXERSuPi9IgbrMjwHkT3Gu2gPPCGn1x6xWgC1Pm"
    "ZcG5aD59jsBcPI9/e1DuPlIFG8XyOb2QlI3ZJLNlg17Z/9eJk4yBhSEwniDqhctOUY8ZRi"
    "skMvKQcHqlQnL7ue2IjN3F0kbsNxsWU33YqH9Dupf2OqGLpeuIVtgY/emyexjOiqe7ekmx"
    "TAUS97DwhC0cO3gofq8JZffB01NxpTcqewxzNSJPFn21O7z/tU4QNXlsz7sX+5OwJ7IQF3"
    "21DIcNzo7wLtvsB2SH9iK7p5+PBuG8GrloNrS72nNCZ92+dWUrapE3WG1ZJwRb46fZswty"
    "vdWpwR+XA/R3Ql8tyzYuBKaKxEXZvNzFJSZTvwaOUvril3NEn0fkvnd3JRIX/XF42uLDIM"
    "hldCwvlfGq1706R7yQSVJvO0x4G5KiS174ou2gclQpLtU6D30loSWCvzqavxgL+Gwl4pBE"
    "WB8/bdo9jwmD1C3YjDImCvNc53n2lasiZZgjgjDHdZ5jCLVlfzkh1AahNogL1S8udJgIxg"
    "Czh58YpiGKkw5cciSJZKQv6uSJaFgxsbytSQlGS922eQYN99zHB0F/0PE5euV1L4U7f7HU"
    "LTztRI5YTMCJH3LNKSLUkXQjrfZe0IC0Xg1I2XZkFdMK4pKgFdRFK8hDu5oZxCio8SdEQe"
    "evj/KXnmf2S5+eZGyKbLdYRGSPPrEx9pZTE9OV7GfX1iZzPHnGiiHSmBj4ddMBDTrhisBX"
    "NVzjUgCrlCVYZMWmBQHcDHBVF21SDICVZg2pxMzWAgBmmn/i6IaplHgYEdkp9bCYfvD3mU"
    "smwgAdu4bpGMQ+5ff776p0hn1kJKbcSYfxdsTqBkkcHcm6Qtt9HJKeQtt9HA9zzCwBndi6"
    "mGfdRNR1xvQr90MEAwqnRLzaiH2OOAHRwWxlrDwKpTj8HRp+vr6/711pn/v9L0NkCMJlyt"
    "uxl7uOSDDUd3b0bh2fcokcGmeDHk90yzKwhf5/fvnkmT0sm7XFGFsn/H583jGZnvp426fh"
    "k56OSCLGyp017Cl1ZGFTX6EF+z9Hf8aea4e+omM2GxQZ7EeaWLcxu9owcUAqNXhhGTQzja"
    "e5c5KP1hlMPaEpbudvEY5JMhL8byB+1pL4CSVGcpiUFZQYibxGCoAnxFoIdQV5p95WqwJz"
    "RKSFEJfvIAm+YYqrOSHWQqj3W5uoXRzQNPfzqn/XO0dTSjBwPltvwQIT8duKZADHd18cX+"
    "ACtv9tgmIr2W9Ye6P+wABt26wDAxSKrTQcUiDVKigfUGwFiq3Eg3fP7q2+XHq/MR26W5/t"
    "5ArcPbvawhPIy0x2LTT88iiCv15HAX0dxnIJLxkSjWx9Z4urjamEd7zLSDmqjRwxHGPHkq"
    "2xdypF8q2EoyrjITe1x3mDfcWGrfE49AuWBFgpNbFOMpZ0VC6B9JgJVgV1sNz3a9tf9Ps3"
    "MU3/4joRRb17vL3oDY7fCujZRYYTC66C1d1e+yuP1Q32V0XsYKhJtTOeYHwd0vjiWunu8A"
    "69UVqK6fqlrVOG6JDnGPQFU/BIZndFTnfyGF50fW2uZFDO3ONN2LzikHyUJ8xZiscMrg4y"
    "6UQka54wi0l30IK+YK+6pP6iG2JBhBUiOxEeY9okq+pOIyKGO/Xw5YylU4aRudL88T3apH"
    "c3zn2McCZP0YNISuVkRse1iM2fkNMUHepxFl+p9VxFpilwDvk5KDbZjA97LHTuv6RqoCak"
    "AFkw6JSgbpdBV5dcDf7ZvKemMVll6h3+6Vx6h5crueQSRt5Ejc9MI1i4kznXAqhrRT71no"
    "6go6AQNk82sLFpnvJK2OKneNWwfT35O17JWiw7XsWaKxqvhjNn//T14pguspe7jggvaG0Z"
    "7BfzyhUzanl6zfDL42mo67C3mJ/3BsaiRrfnDguvQP+vvW9tbhvHtv0rKH8Zu47a5Tw6nf"
    "bMPVWKrHTUkR9XdtIz1ZriUCIUcUKRGj7s+NY5//0C4EN8C6BIioT3VE3aFrlBeQEEsBfW"
    "3nuFcZBjO/hS/CQ1kNDHTIaxVm2sLLYie4+YSXtr5KsL8r9OgxwDVV1h91lZeKtV3lFjMb"
    "JpOxDBFu7s2JSUxbY4mjNrCfUkq9eTBGGVbPtAEFa9HGK/Y5MX8PotLxO95vU7Nnj7TetP"
    "iRfnK9lynOvdxUGZa03L6PoBz5z+9ND0kwewuHyWT4D4othxyGUavG+hheV9W7vodOE9k7"
    "uIc8r49LNBoIp6WuvELbZphSnHRd/x8wCtbGsTfD7Dmu6gpaHqm6zmqt1H5/q/wePodfYQ"
    "+kPQoEIazEkiQCug726HxAHdJPGjzuRVcUUGEmq33l9waLfeXxRqt+il5B4p/ooIgJwyqw"
    "R1x1acVOTu6/c8obuv3xfH7tJrKZqfTmGCosS4TT0j+riTSgLltzzj+W3xeH6bGc9itaAO"
    "KQLVuZniRZ9JtTqG+0lF8GgM6Z5IzGeOWcBr1JHoLtkxDfb6guROwghw3c/wxFyqAykI6v"
    "Le71rrGczcXERihO2nd0IHtD5wJ0GLkgIcW2u6F5HYV1ALQxI7wKGFc0YBixabUvbwaMGr"
    "ycekFUMMRUe6pbNwddfIiTorSQUXGkhIDr28JHCZoXziLNdY8wwc9jx3Frj70afx1Zfp+O"
    "oSRW3Mzenk6/gS0Rlkbo5vruhVTJ7ekVxwrHCOU7XijiOvVqAnDnmONiDrkZPxVqWLY2by"
    "ETAy9W+H6mZ1jJCXqZfZqlHtNYYe7kUP94suB+lePXz51taXWCHOp209qkbVnXK2le5mGD"
    "2h127GY7YZnpvZ7MnDu7vZ7Vd61f+D6D56Nv59PHqgn9n436ysZzd20D7wGl7q1abnPHuY"
    "prs8Tfs95o9C8h/VyeO3S1IE5Zt393WtyCU0khA4XOgWz2InNxk7UOdCcG57yCYnedHBW2"
    "ANQzjvWNcwRM/KEzYwfHkOdSlgNZyLfXGkPhZLDKzEudiMbEJmk9HDSe78W8eBbqwpSdFN"
    "rTsc+O42Ae2N3Y7Nt7zgZvZLBZlmyxY5AHkPyAXrunBS33TF3yzwHwK7j59n2IgmhmItiG"
    "yChYxmpgaM5NTL/G9LegwGW7kmI0SWT5ehRN3Kl7aMZmy2Vrsgo3P0L8cytH8hyzSe0TeW"
    "yctd2zToiGXP+OaRPx9r6MsdJSGoaVRqlTzGcdFWdddpSqq5J83NU9oI+i/0H/cZ/e3/0P"
    "8QKFxFdchsMgifhRxXNwxkbbF55qceoUKIhergn+h9/rOQ+o2MANIwzThCNy3ky3NFSUGW"
    "kGOrV1aG6qwVfyFZ4ZydY1mUWY6xTO5PK1Fn8a6wLLtKJ8TMpEkr0jL2iclPYJrJ2Mk0/u"
    "sjVSxDiE8JbpdmMNdHA2JbYbGliqFv9JyjomIKMGsJ8GbCzQzLwXmR1mUVBHZGLZYPiD7p"
    "bf0AOnPamGa9zUO8dMKNm8EghsCklnCFTL4H4wmBXkcL9IL8/JUT+ewOA4BC7SgxeKc+08"
    "z7My83Tit2dVBGB279+xTb44zSOhmiher6iXwdb7s1dGyjoBUHnc69t1h7P/feLd5g8u/r"
    "X36lP79+dXaJtra1pftGmqfIMjFa6SZ985DnYHtAmtA19LTGJlJNizJnoY7Nycl7dJSvAF"
    "Fo3eLxSI8rVN2XhZaqBwt8wphNmWKwv5NQHpaUE09t7VzLVQ1x5i1hJtMer2XyrX8hfoHQ"
    "+ESsG06yQuW74eTqks21c3M0vBmNpyz8b0n/UiMMIRROG8WVNaokaVRaNBmKqCuok1OmIE"
    "zusjAZ4keKXzF540eiV1RUVpo1BEVpcQ4zUJw3TyKBQK9RgV7shQd89+XZzkyOB8jydPPR"
    "0pd5VTFEWKX7gB6Y+K3Jg32z1JJnL9eqU5xLO3nDoJRgCm4VyaldjA5wMB3jYOgeK9+NLS"
    "BgQgPpkuq+4fFB3xT7oG8yPmj/SALNVleuKEVwNRt+fLhEzHZu3n/5cD15YEHLjrfY0JKz"
    "Gm90M7Ee35CmHGySlka3Nx8ns2tGLljmSrc39I674exhMpxO/6HMxqPxhLW5VW1XVw2Dnr"
    "MvsR60Hl7dfTaa3t6z5pj+oT764jVPPubXxfmYX2fyMZvYFSf3YkbSaAxa5vUe1Qq4x4wA"
    "92q494vOlgv7YEa2FdsSywqYMZQvnr/2iT3MVuIotBaEbucpye43ZC3bQ2GlW2ix9mWzg/"
    "/N61/eRcOd/lI2wO+vyU4gO6JNK+9UsXggh/fLN36byEdROQsI5P+ohDf+sWW7Y+HD8ozh"
    "gSfm3aRWOA/M4aCoeAzLe1AUuaBVEkWmbOEguMsHwSvddlzlgGP/3Aagz7vc59Uz0EHuuf"
    "70MmUDq0zfOzPo3y73b0TuVtmbpWyhpzvd04x3r9LNcUPo4y73sbfVKvpZSUvwszrc7Zn8"
    "QqAYa1COVzWHJmTP5AA35faJYlxkDlBDrt0WA70DmZxgtHfSCpDlCPkOIMuiLB6XHGuqZy"
    "BzBycnBxikg60ZX0gH2zG1OSSC5YaXNwVs6V4NUN6DctH29ABhv6Gbh6r6E/LzKWlPojk6"
    "JZVYYtL0gXDN/FZkBelYkSK9Aau1UBH2Ku4LFwnfV96QESWaMOqNG/nzZMsCESAh77GDSP"
    "7j5izEZenwwNss8OPJ3+VWzWyctZUJ4rb16OoPhYKkLLYCQztl1aIm981FX3I9+tkw/Ygc"
    "sVkjYSaN2L9mYHdlIoWA3ZkBsJkMxpZg6TILCFXISXokgnqbE80rzIlkwsN7hjEvOxK9qZ"
    "CLtDO5SAPKRKmBZgp4E9kIphboAPK97rHr+l+viA6I3TTgoAPIfbTuBL2fM1PpaE3+7J+e"
    "aM2eXRtoaxn68nnA8n/a1hPaYht9x8/o1MEYURSwqZ3v7j/37z/LZiGtv/kDsluQR2QHe3"
    "EoVXC7dEkY3r3liJ9697YwfIpeKicrHlXDy4mi+v3+9qYoujswSCvS9KWL/gcZutPHbUgJ"
    "zBQK2nIkOwvhPb0e/j2N/Gh6+4GBE9OT0QY+pJkNkAW+EFlgZnNavOo3uZKFhyY561fsPI"
    "WDxI6f4fCV2SNt6Y/Yfo4yj0TF5tRwpQlr251SwMkNroUc11p+R6rJfqFV6wysfSO3sITW"
    "TzaNRDNzVrE2HljCvi8NnaUfxysg4Y9Kwof7ZrF0Tkkr6bYT9ed0io13AZiTVpVg7pgAoZ"
    "ltW6wkBcEnWM5TDmBZYauYVYuVrcLx3dvCVpBtCrJNvSTcIT9Ms/lh/E2okifjLc5WkjJ7"
    "0dU9IFlJ8QDup7fMk6wEDhrrPGiM5hPRkK6sIQRzwblj8+eO+REbsdFYA8Jyq92zb+5xde"
    "5wAFmVti1SIqcQ5advm1IhA+d5XOGxoi6XeCsueYubSeNGg5aw68BC7tSSGoDvObgIcldJ"
    "FcD3aS4CBPUdodxYwV8xPyxuAh5Yri6ZbmqEOYOYkUwDul7igOwYxUmDyAhwBeV32wyMvV"
    "O1HEgSyBdvPMgjCqK3db/6O5g166a4JCMG0ign1xoOrgtE9jWI7DO7rhog/RC2068dFy+m"
    "8Z2mcOhCk2xYlCMqhwqL548q5sHCFExAfclFfS1JV4vwB+H9IPFLkQZZiR/7rwC04f3tMT"
    "KtgdsIJ0Oe6JJJSBHFOW0nHQNWv4oyhGxLgKqEdWQoHdj1zxt4o+qGCMiRgXTgNjJvqJpm"
    "Y6egnm4+wjET6TBuRLu3VZ83VKnuYnvjKJr6nAN3MbeYa9wed/OmL6dAuqOQyVV/FJW3J+"
    "xA4M4vcAc9ZfHYlktPKRB9GAs2oWRcnTktezgOCtU+ieXBtjRveWg+y5C5uPNbkwmsNsig"
    "MMNlCScUS4K5nxpS4gk490e4DlFo+BcHBabodO69Xf26mHs/41/fkn9/fvuO/PtGezX3fv"
    "n13fuzKCCVplW4ux2gDaXccBR6endLGmNn7Y4fkUo++4+nmq7u6uSjeOavRPTrMb/M3KQX"
    "TctFz9gNH66h07wkEeozRd0pCaeNZ5YP2qJRmRBUe0yWLdYRAl5H0kpCWqh+3zmETLTEcd"
    "ruRUcNaZ44gHGb5sFrc24Qw65A7V2cFiYygLQwB6SF6U/ksXSKvP4EH0sHvWu5qiEOfsIM"
    "4K8MP/6xZRJ18R5IW0InVO4Ex1Vdr4DMH5veJqNMSUoDI+umttc1bFVOrocPo0/jq8vQwZ"
    "ybn8ZT8uua/Glz8244IT9vVZ38PBrejMbTKb13Sf9gw8g6u3wHL1znLiXHLumd+doi7fhh"
    "B0L7o7Rd+9ukk7+tPHNJ+wItPN1wict/Tp/3302dz7S9ebKxgf0QN/FokrQlHI/xHI/BOU"
    "Ix+nKdI0Bx47aiWIJDY9sTrAubNQR4oXhB06FBbN2sklMkbQiDFcoYQxnjLpCdDZQxhmw4"
    "jWXDiebRGhCWPRtOes3hKLEb21XVMYT91mYeTxXunsKc3YdCHe468eWtw33cCK1Qy1Qiyo"
    "nJnThEOXGpFY8o5/7zF6RGahjkYMNwkOeQL4xdRFNZ+IoWdIp/LA1Po6VOvg4fzgaITBIa"
    "oqQD07psdFPfeJsgW3ygennOpp1v44F7dTJQ+vXYApmKqVUgq0o9hyj0VWIZz0Wl+lnD9n"
    "rhl06P9dj0rZtBBWuxAscZuxbrwPYEWt0h6xteYdvOyy+2LwYiYdpiGET0SW/jICAFCxBW"
    "3UUWCKsWCCuobtp+ddMmHdChge1ct9O/MChzNq2to6j0NoHiZuz+S+L5EcA0nakrTr+Trk"
    "P/RctkniECoUMLkLloY7EQC+ICqojsMgfERTRdGmOhIpss8Mhd25b3bc3CK8jQWq2Q5bkL"
    "60d+jbOWnpvrc9LnnPgjx3+0EtTfJM1nHNA/2afkM2b1TyF/tMxnkswlbcVTKnZcwy7lVc"
    "yE90M0B0+RtPR7wotyxlBCuH99xwH3r2m5yw5ueikV96HmgFwS8qHmQfuyQmXoQiAyMMP7"
    "JRyP9b/+hrVkEcBiXlHKCvQRuZlp9S2tJCmkxE1agQ43waXUocPdYMchm/NsnzzgH0Uc4c"
    "5EiimlTO05/vtDOeSR2HN6e/NbeHu6HzIV/PSVXjLNlMaPZY0lmm1aPoIASXRxh8gliRZI"
    "rdIk4UEzjXhbKinJIT12FwdlxMeC3UYlG83nRf2TBivZwUAHOqCbdEDXo9FydlVk8JoUWL"
    "F+OZl9ubmZ3Px2iQL7uXn7+RJZ3+fmx+GEBaCtVL1i9BlP0r/ilH+ZhH+arhp4mbOuFPtp"
    "MRMp9lWp6D4e6uBVMXXwKkMdrHQxPzi8X7pwsZ8vLjiwJXcVgsuupY4H9f+HlcWzm1tHsG"
    "RuT9pJU0Wr7Sh7lnJJgIHYGUgDeX3Ug/XkKCwBgdhQTtpJg2vbTpblCZI+O4tuED70sfIQ"
    "PrrjR/QLdUnSqhvdIhUPh23bylGIFLNwkYEE25m2GTjNs30CbSOyxKaspFkP6lOU7biCDK"
    "rldFrSUkI6rSf0WYhJaUqBlW7qzrpSP6dMa+jojvHYfe/njvCkI9XUdHaYn8OT7i4OynjS"
    "ta0swzsbYEr/ZHgHJBYrNaKwMQdBPUcN6oECSA2W5BEuxXOEEjytwdtMDZPYRCKK885MQr"
    "TrH8xkz5mne+A+NWlbAUGXOkPHYedzH5oM7+6mE3o2EtjPzfvRbDz2D1LInRj7Rylkbh3P"
    "vk7Gf1wi0gXYftTx09y8/fhxPLtE1mqF7bn5aTKjLa11m7YzG/8+Hj3QD2z8b5ZbssrBS/"
    "1p/xzLs5dC89TOQgJvuvEag1Zemu5ipiK8XwJo2yYq8GZrWM8Yi6kRU1YS6YNqoypA+VMM"
    "tVzKn3ive1utYq8nLaHXu9LrOURGtvCT76eL5hKMG0GY6/4w1xgdcmAs5u/W4m7XWM9Q5k"
    "69lBhgwmGZ8fIzwWb9wMpmk7AdiUBPzAPMhzkQpFvahkwANcriYjsQq+fzuLHLg31M7u7e"
    "5lWvwNi2ydgWR7Pup2H6ENl6Mvo0mV6NhrPxJVqudUNbqjaem9dkZzS7mTz8Q/EvbcgXtU"
    "3dfVb865/Gw+nDJ1pvQTWII8/XVQ0rLkl/LPLyWJTQ65GFBN5/04yk7jge8THyyiGUVJGL"
    "Gx0YF9sxp18sLBb/2OrEaRCEL2n1kqvIASVS/OL30zkGSuQl9joPJQJVQRrklo9H2nfuDW"
    "qWcQohq4FyGsea6hnIvIRTaoDtT6wGeb5bzPOdTA+wzI26EuCpYtzKDWtPooHdFmcVAFfO"
    "XO3Q5eWvlFgH86WtYz7KM/LtLmNp4jDaYhvF2h7QBHHYofUL0embC2TZ6BeaR845Y/nKg4"
    "bongydqsgm4+EpK9po45lzM9YC+oZdB+nk/9aTGTzSOTtHD2uM/MGIbOsJ6Q5Le/fNI538"
    "V/ajn/uOXVyqtq1j/44/8MjaoCBNSXFmvGWSf4z+iiitdMw3BFHnMSnCbNfwRkVmDGFflV"
    "9UuAfUSYe5p+NlDesabpA27EWEK0LaMEgb1oE+gLRhHXspesqZclVSjrlwYqRpxhBW+v3k"
    "Xso7O5B+SmlNegY1Nw2VGWn5LN+Rgjotz3by+RT/ymAficJuA/2PXM79kvR1FtayPOtajZ"
    "vI40LbcKSOq7tiKdIiAyl26Ok4M54Uf+SukkizbJq/2DfL4FzsC6XMJNBGHS+Fi256uUnq"
    "OPK47Ezb25G960s2l63qOIqzJDstAWyTRoBqXvVAsm3RH3NA3Vc6cGfXYt3AcDnsbdlAcN"
    "aLx7ZczrpA7ppYrDh2HALbgcftDxRUAvW931oPx8JRDtsj1U2OTxhX5JR6haGuBfxCufzC"
    "SK9kWiIuTMoMvMS9XiKkTGoyZZLl6PneYUk2n5gNgMyXyqdvFRB2m3mhXD6jh8nX8SXyre"
    "fmdPzx4RIZeMVWjyOXPGg5O1jXjiKlTg62H+zjrYj1zyfEzyCuSM6EUszoxUxkGM1t03ks"
    "o5ig/ixu86LVZ8SYOT0KS6MsAmHW8iVHkEZo4LyIdA4UcW40+ovCkO5FBN/jmMlLRi5KVi"
    "yoLkmZSSTrgmxvwAFDaDP0ulBoM0jxm5pFPQfbYqjGLGpZlnrPd5foHcMRmIVXWOw4jTXV"
    "szHLq3RMva8HpM9LZxarfggop8Y0FY1TQ6LBO2yvLHtDx/AMy5xwMOTxD8UraGaGl5atyQ"
    "oWuWI6hydovHfJbPkQtCUxVnpYP/lw0YJ84yqrWUjuYrK43Zr4wSL/cK6wFbNZHHX/wru0"
    "xjZtPFksDhKA7HLO5ihAEglpSyUgyRS4oAHp1Z54gEpK2y/XWPOMajUFU7YSuvH9dduzbM"
    "3WUMVqtkQGEqjnW4hUiOZINrsLRdPnmEJIffkRaIWQenKJfv/cN2C/iGVn3eLrsMWmFmxD"
    "RVQsd+ObK1Z9KrCfm3fD+3taR4qGD9DkQB+Hkyn9faXqRjZB0RG0LSuMNbrlyXZPsSQgbi"
    "PBHNW2JAAObYqHej/pezi0eYm9znNoc8yz7851c0OH35Drt4WkFfHS1Aee4iTKXPdsDHMn"
    "rEi9wJCUtlNJaZuM/YoV+crh/pIlwErJv39bCyUopgX0n1z0H+SvgNikvoNsW0VDmIPUsb"
    "o/mk/uP93e3dEa4c7a2m5plfDRdDz7fIkIOPb3uXn/cDsbK9fDm+Fv7C56QKv4ywK59+4L"
    "Re6eXtl69nKtOvTTj5Ob4c1oTL6hblJk5uan/6sMr64nN5do/R/iWGx0c25OJ1/H5GtNp9"
    "Ta0B+x4mDD8Jd04YCdC554nYvicJ2LdMevibe2tDwzx5EtXBgSNu15M686vT5Atp2jc3E9"
    "DLC0ttgUJaZv78ZkgqGWdBK7ZZT00rCcTlDQwIcW495PZgz40JfY61x8KHB2ze0iIEIAJO"
    "0dpOv4JO3AhR69QFdEWh8aLyAhwd9ourDb1YqRshm22L8w2EMUW6tQXg4Uca+WmEEJRbyx"
    "THdtPCuOaqj2s7LCOatNWWGMfHuZVveWi2OwTBKCGQDiNi86k0cPeZbaNIDD0Wh890ApF3"
    "W5xFuX6gCvxqPp5IZ+puGloZudIGLIV9G1Si550rIGl7ybu7EeeuBZ4gXotuK3q5/EC1eR"
    "HxCigRCtL+CCEA2EaL0At9NCtGw6ghyGITdnQSnbsN1ZKLG0Cfsrfg8R80n/4iDfDFkrVn"
    "Y7TGw9QE+6u2aFronTih1WZXtpbTY6yz2PVvo3jyyI1Mxds7rdpDWkstLYz+gJ2xg9rYOz"
    "0XjV75aeOzdpC8EjnsjlJ1t3XWyiU9qdxBk4Jy/LanUew++suIY3jmWJJxa6pUGp7qPyMU"
    "EnZIAtUZRFFl2WOVXUk5WBGbqevxS6nr+kXU/L1nIzZBQO251Be1vSvpTiYbOYOGOYMJMG"
    "1bZL6EbrhngHZG2hF6r1AkVHWWwF5pOYhTSg1zehCBZLO0KdtM7vLJJTBKZtZwAtVnrGbU"
    "DmCSHXNY5ueTnPqGKSkEOUsoIpLG99xVHWFJE1NmkFbOdetjPOAhzIxMXLzvVs9PLScak3"
    "dz/VGQ5IIDr3IJt6c7tFcyaziOZxnJk8o+UEZ3C7stZpTNczH7sZPgQFVpeMY7StJ7TFNt"
    "pGV8nfhFSXXWQRY39lxCMNzWCfrVUHmRbCpuYolnmeITObewwIwDpGOEIQa/NBrEyg5VRR"
    "dTkg6yIrrj9/iIAXM3nJRXGI1+WIvds7CwkIgBaKCoLPX4y+vD4/aHEadPuBUIHQvT4gC4"
    "zKsRgViIwUgRciI1+sOC9ZziWHtMrUeynlrPzkQ4lSMxAL2Ks1a1BCBeHVCi9dmgdK0NdO"
    "2b1orgI8bvC4weMegMfd/ZUAPO7mkV3Z1kap5nbnmQLGORiTWaMawllDwBe4jSNzG4nXHg"
    "gOHozzZkoOliP2+gPOPDhn50vgkl4Ol5Sqd5tDJmUr4paySWEZXsVm93PGd97GYiqR7uuM"
    "HMziWS4RNm3LMLCGTlUaFKmRn+hfcTaguiQTRR9aNjItNx6SSWMJWEimXwkuK4lq8bm5oZ"
    "rBs+j1aAWGWM1j8mVhr2ah/WBZBlbNfHjjZimQF8Sut9NbbhzV7e00QTB8mKTjKL5cfxjP"
    "Tl8xZoHcpPuT3bGjgzoGcd0uk18oUnDg7oxg2HIPWzLdC5VgCe8HLpiHC4b03sXo95MLDj"
    "EqS+8NdGVjIbj+JlMM2KQR4LqfQovt5Q90iEOX637XYs+g5nWOk6NsP48GNKUIulw05XF5"
    "h3CIlxAPsbeAj3kIBhUoWeTyzIPQGfFdYcJQwk1hfzeBWUUAC/ER7+KYGXRwpzuY/Vl5Yd"
    "MlBUx3JtI50PWHJS7VrbrU3ZyDmZJMvTsTINaKk/SCOE0WQoJLnGZ5tiOa8zpuA04zJLyG"
    "ULD+IlvC9fjveQ0sxChqqGcAc8sf4jMih7IExDsi6IJyp9PKnXgESaSGSR3OChTHy0pxJB"
    "nWzVbI22JzZOiYPS1bJm93dVBGMNL0R8qS3cids36r2i7pH0RaNXT/RT1H95iMK9dBqo2R"
    "rZqatUGvf37300J3kY+eg5y19US1SEv8V/Kv8UxFRbqN7j8NfyK3It1B3/HWRacqzcW0Pk"
    "lB39qD56a1QuRH/dv6JwKLbW2fkcMegkyMNZYlyjGsJ/T56uPZORquXPqVkG257BsxqdSW"
    "pgezPCc0dFzdMBDZl69Ji/SrYwd55Cdjbv4rvFfx71Xwj61OtvvEufoXOqWNfSMdgpGfO5"
    "08cIYfre9Yu6TfwyU/mfQP0B3HwxoTZ+FHbD/vrth45TlYg4RWHeR+/Rcvd1tbzBsljOph"
    "jo4LcoI5envBwRy9vShkjuillKpF3YipWoL7JcwW9uqCB11yVyG87FpG7LbNq4/7+/3tTa"
    "HcLbBIU0f60kX/gwzdacw5O/nbyjOXbKJeeLrh6qZzTp/3300RoyWAU4QSrFEmsXM6h/Mg"
    "SQfRBtKJnVnadkPf6C6tS6Ns9Byfozzne8a4Pdf53UVvEsD7i3W4U+GdXFJmEs4x9VP/6Q"
    "2SKOZF9nDqIgz9bm8qemRQ3hLUR+3y4WYPSxWrLMmH4Gt3Mhw9TL6OaVViaj03Z+Ovt59p"
    "SWLb97nSPinXnusdz5Yr3b2xHde79EsZfJkKL2HSEl66Lr90cDpb/ILJezoLQQKy9TpPkA"
    "CcHrd4xgknRcc4KWJ89IEHRfRQ44G208PZq/CMKLHR9hZR4wdi9QderC3r+32sRZlQa/pk"
    "zR9mBQdr0Rjcc662G/Mcx2om8TqW2HGikxt2oONaSEU+449Og/+S11Kjx0ikIXo2ZLpnl/"
    "6xlu468UMtlgFTy2YHaPZR+8+Y/jyJOf//FDpxKqsVKtmhUyv1QYuPptjQEKbaklbSHU41"
    "UG0FDk+6dHhSnd+snc/s6FLcQ3cr62XH6LzU+lKWUyJmVS2pRKUujT7pbVoJYLKKl5d+ch"
    "pccQbF2pZiPqNE2gKC7UIBUQ1ERlIv2DOQufmM+PDqUth44KwPXRdvtrl6ztQdg72+55Nv"
    "oKi+BacX+rDGiLSnMwmhYX27RFhdrlHQCHUR6SxB/MTwplh6ONV0nrBN08bR37BtW3bW92"
    "ziATWrGsHHbMvHVHejmXOBiFnA8pCnSmJn7QQwTSj9XNIKDhFyss7T2UaECYkMpFMZNZIc"
    "TfNsP+Jnk0OGFA7clFV7U0JfVIrgehVDLa/rFe6dcp2vsu1NylCmJbaFrU6JnxYCW4OnFn"
    "gCV7EWe9YjvO5aajR20GGLOqHYY4v3E6fLFvzdOhZw2izPXVg/kLVCQSto18oly/9tW080"
    "hgyd4kfiBA9Q/Kz5jHhZtk5zPdNs4dS7YnXzVJ/qJ42Sj3JdueYfOzcXnqOb9LQyaIFOll"
    "hDi2dE+xKb2nkQF+icB1/COQ++haJ52PcfbezS78QC5KiZtVqdI/oXsEaRriHdmZssyznp"
    "RvLNgzC60DH1s55vDZU4pI5Fflxi+gAHaba1pVfIaumUJERPHcOzp9Jxnc6K/mdMLmviH2"
    "7ov8NRaXfd2KgzRdyDx7pj+I69zDYcxecDxjAShjm0khDoN685gH7zuhBoeimdbv3ZsNSc"
    "wVx8JB0zaf9M+jhHno2cPvcwzoLsWzQKoVgPnNyNb64mN79dosB+bl6Np5Ov4xkNtggWb6"
    "zRT4fsA7UjoRdxNl2MsgSCIpegSO9xMriWsxQ55hDV0mXlhaE6rlKNpc4zBao6J1saxUmY"
    "r05aAWnNRVqHC1WFmSttC9NWl6ct4NGL3zN5eXQIxpOt13mC8eJcnWBxmaylTEcojVWYSZ"
    "Gj9RyQSBr5NEiXmsmOOdGDkox7qxjWtxxCWTz6LCZXkwT+RgPP8kZu8clSeoBzni5lYgz3"
    "HzD9sca08GsYHPakEpD8gxMnOI3xz1Ic8p4SUMOkhzQuDKu00qzq0pKxLjoNT2wYIEv7eU"
    "sDynQXbTxydZE9Y2rtyXOTLmjsaIiKEGl7vjIxPISE/IkdzJ/o2YaIjxvcLuExwM9cif1+"
    "Lkns93M2sZ//nokcBOwsIDat/tMBNrdlu+MB/ygsdhhaSDHky3yM8d8fygGPXIzp7c1v4e"
    "3pXkgCrjvKLo2UQJxYwq7FSLFwZodAMfC3O+JvA8vyEnudh2WB8MATCA/sFpVyUHhg5lRI"
    "z0vrUIFDkVDo2yiJMp6Yj5a+xCc5zEl0bVBGl2Ddv6tjlXZB0EmvtSHo/E7++HxeYb8KK7"
    "Ttssd18mH6ZXyJFobHctyy/LaVBFbvOUiH94WUw/vsebrmbbHyHefESRSzOkkr6XIOveUB"
    "+W0xym8zMNuY/JGOK4pzykw6icir1zxIk7uK9YKvM1g7ZCOgGmQTLIJ0wki6AV2/ZLnrut"
    "kM1vXJZif391/oBO7n8JubH4eTKf19pepGJ+b0hfeM7RLd/v7+SbbQ6XV1Qrrn6+Tqy3BK"
    "eoT00KOueaoxN0e313fDm39coqW12armc5V+qV/M7AMrWh4padXl7qi6DjRRJCkYxOQ5Yk"
    "tB2k66Vfc1D9ivi7F+XQA13pAZUBzpyEw6oBsZ1iZ2lRXOUe2UOasxI5lIvFac1liCVtK5"
    "wtDHjAD66tBbLtmei4MfNwP4K8Nv0HDwLPTFsoTIAFQJidOhOlQJAVcquK1JWrXnd7Wz1N"
    "bv4fruXYUj0oQhxJh050A0ew6+1VaKoKAtZiLdfrURSRt54kq3N4rnCdZcTtlJh3b9me1D"
    "yMQWhqQVwMwNM2UxhXicjKF0YPNgXQx1BmlIAdlsNC3kVoDcCm2fTMm0f9zgzQLbYoq6hA"
    "0kUwBJsvziVJAkv8Re55EkW7YmOn/GTWRidGubPy1b/6abqiGcijhlKNHa1DJbbuOVZ2pi"
    "wzphIxH0tQ3rQAtXoWRzjiUAvDeQgc2zWZTF4xjCdno2LfOGMMTXo0QEw4wsjrPJ6OEkZ2"
    "6oAddZ1FC/hi0vrokJkQPYcPWqAdp4zIKc4KaWeq5xu5tEa4BY7iruOSvOAXXcbawdGNck"
    "34BuNJ5ppG62KhnOJznxTNG1QVk809LeKMvgzo7FNL2UgKbGMqDk51AtO/XJTZwKUQVZzY"
    "WoMFpiSXQDx5Zr1TRxgdhhf0xAzLzLcJ/cX99fImfjzM3x9XAyvUSRvvjIYRn9C5nRbHXl"
    "Ch5vnlzNhh8fLhGznZtB+IwyvLub3X6lQRpBHI1CFk/beqShGv41GkLjf0aDau7DsBsnyl"
    "Z/ezMmzVomC6D8fTx68KMo/42XLrUYDW9G4ymLxFlSBI2KwTj1q+PJYFTokR7ZpeGCDNwl"
    "gWl5xtKdbtc/20WYbVVbzatwWKxdzTHthoqVPlYaFSublmlqRPoCi7wRGUPp3oZGwmJ92B"
    "aWluO+F+czS1pJgHTbGc2c5RprnlHpZDNt287ZJohBqolBbLzUt3p+/saSs4m4EQiqMtW1"
    "vcWGlius9PqkbEGL3+XXJ9z7V+jolCn0c5f7mTiydsX3OWEJvdzlXl7ppu6sK3VzyhT6uc"
    "v97PMvio1VJ6+SRFlqo5ShBL5FC4p9EMcWo99PmSSIY19ir/OIY6NtrajgLWsIerfiOANR"
    "dDN2AG6O346/bYSTTSeNQNxdyoeIDtscSxi4+wul+UMyi7Ow4u1+11LPxjCv6i35+nJoCn"
    "czaQ34yq0ozCw6BXrCorkCAN5f1C89PXJAHNtpAcJ7EM7uSoU1sY2KPsn3J7PXmNbTOskT"
    "fsavD/aKP/27lV15rv01/25NjAI7RNVW3zA6vZvcTS/R0xqbA7S2ngZoZVsb+rtNGlg8k5"
    "+szdk5Gm6prOYni/hBrGpeoqJfje1Cfv1Oh6CViFZB/HdU8d83WzVdnPcKlJU1i1m1WNTs"
    "ONR3jUXNHMuzl5WTX++sOz3Uryc3k7vZ7W+z4fUl2uimTlZXMl42NPX1l5uH8YymvvbI8L"
    "Hn5vCK3H2JVI3cNzfJS6LMxnfTf7BXRbHx1ngOXhhlOrn5HLw1iqGb3+fm5PrudvZwifTN"
    "1rLdKq9S/Wm0NewKphreWcA5A885g+eIxuXHLIBXyM5J+lZkuPp3SzdUGwhq6NV5WKv7zn"
    "4ejPAchx0n7VLX9lINM58+YDWwGtdRQz0DmJfYSAwt0SKGTVIaUR3DHDojXuOwnMpIFlfk"
    "ozE22HHId0KuhSz2K0WIbEBRGBT7Fwed+v2MttiOPkaqqQV3nyHLJgbkYaajskAI1WCNBX"
    "a5NEcLz52bu+pnZ0WkyJ8ny1iccPAq/ROoEqBKujILdpcq6VcpSAKF/Z1sEcUri10PZ5/J"
    "VooGOUZtzM2H2fDmfjh6mNze0GjJxDTUFef7SCUj0x5ih0LhG4xfFA0YhWBRcbDFY0QhNL"
    "TB0ND+RcrXVlwyG/dOPnlgv7pz82o8nXwds/LBwa6cRr5/uYl97pmxK8nSlKStz5O7O/qB"
    "813fbqvFx9e/oHQyaXbH2JyesDd8kV6Qdb5ebpl8QWzbqiGCaMIGIM2Ig9nRWSVeOWEJ6f"
    "s7PBFRPZJelIC6pARU0ky2Umr1b6+rRIdJGxZWf9Y0Q3VcRbhUTtJKOpgbORVnkr4Kgcs7"
    "M4hm7fKCYGOqcam07KdMoZ+738/C1FrKTLo586XLM9o9vpdXnwHhyrL1es6smglXDk+8Ba"
    "Npk1YgHcxyESB3qgvVErlTXK9xoOApniK+XyOXOxox+dLma56yQ7gGbEFMdiwxmY98EAV3"
    "kqMoS94w4IyQ4xSV/bFm2iqkBiotpJKVC2tU6BWJJ5BlMqFWoMAZILJQnaMxVbmFcW9Ptu"
    "5ih7QSj+YjjVjZqLlWnpgrHdu9LKGW6CDl2EuRjTVX8AEEYRA7x4l79AkEz3V5rL/k4Dl/"
    "YarEySQsJfTO++uNQ5AMBMmAX1PdrxmzvU6hVzMOt0LlPk3wR7IVgNOxGQbuxV8chH+idm"
    "Sh0cg04AyQg1WDOByqi8jvLjqlfy82tXP2hy3t5617hp50d02ciwVZbjTEhgBaWTYyLOu7"
    "t3WyXk3zj4Nydd3yXqJdPO8pV2TQ5R1cxROun1/xqC/IXYX7KXYtr7LKWnXWwjBHVtIVB6"
    "z/LBFOlYqhl/dUqSPb2N4vEZlNrMhua/+G99bEDxb5p/Ht7lE7oqnN7kEb2DCxaM7mNZZz"
    "tHzjGqTu5N6zOuoj2SranoF3+0TSznnYTvjkGb1DdRCN8jlDy7VlOZQ29/Fx/orwo2p4tP"
    "dZKjrkOVjL27M2/TjYs3Zrzwp1gJtUY5OXJAtucahjeH/7gY7HYfoaCWkEIZxsm1cQwr3E"
    "XucSwkFhifZkW5BCnlu0xZlC/jg0/BDb+nJ9kuPEBFdKfRh1d88+76UYV/ACuuUFPBKfTR"
    "eLG4yZSOgLNBLTRl8qAYSD2yVE99XFBY/U4uKiWGtBr6XjyE03t35Msb8VMwGXS9DlOojl"
    "PHQx+9//D2FPBK0="
)
