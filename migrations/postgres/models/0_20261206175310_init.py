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
    "checked_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "rolled_back_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "import_jobs"."kind" IS 'PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders';
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
    "eJzsfW134zay5l/B8ZfYZxVvx93p9Hhm7zmyre522rY8kp1kNprDUBJkMaYAhS926+6d/7"
    "4ASEp8ASWCIimSXXv2ZtoiCpQegGC9PFX1/44WdIpN+/TStR26GFATH52j/3dE9AX/h+Rq"
    "Bx3py+XmGv/A0cdC7mgixmkWGygu6GPbsfSJw67NdNPG7KMptieWsXQMSrhEF/HB6PM/0R"
    "TPDIJtdDzWJ8+YTE9tPHEtw1mdiulOzpGOxrqN0cz4iqdCrIOcOUZLbC0M22YT2ojOxEcT"
    "3dFN+uRiZDjoGeOl+DZTOmFfxyBPVd54RI51ZLtjGzvBIDEZn+Y7u4MSN9VdZ04t4791Dt"
    "FJB+lkyr7AlE2M7Ald4nMxB8PZwkz8VbfwnLo2+/5s4IjYOvvKaDLXCWGLw7/FQl8htgSI"
    "EnRMXNNkP8c0/a+yODnlwLjE+MvFmkOfMPvQYvD8/m/2sUGm+CtbSP/P5bM2M7A5jWwQY8"
    "onEJ9rzmopPrsmzkcxkGM+1ibUdBdkM3i5Yj+QrEcbxOGfPmGCLd3BfHrHcvlW4d/W31nB"
    "7vG+6WaI9xVDMmwxddfkG45Le19g89mRpt31H7Rh70HTjhKbMZAIbRP/owlbYraR2Ve1xa"
    "9/4l/h+7Mf3v307sPb9+8+sCHia64/+ek/3q03wHiCAp67h6P/iOtsTb0RAuMNqBP2ZCVh"
    "vZzrlhzXYHwMWfaV48gGONYX2oX+VTMxeXLm7M+3Z1tw/KU7uPzcHRy/PTvhN6TsoPFOoT"
    "v/ypm4xKHeQCv+VwHaYHwx0AYfbLDdHIuVg/v+XQZw379LBZdfioLLDzZx+MsR7hF3IVC+"
    "Zt9KJxOcQDsyQZ0hPxp+7t/f9wbnyJ7TJXsRjMjlTW/w5RwxmKznERk+9Ac97bZ71/0kRv"
    "HjWlvoRH/iY+8fOYZDfmXpWuy0tvmnH6/vuneXPfYNDcLhGZHP/9S6V7fXd+do/pemTxcG"
    "GZGb61967Gvd3HBp03jBmo1NdtP4Gy7LFjh7k2ELnL1J3QL8UnQLhN6JyU3w87B/J3/MYm"
    "KxpZ8a7P31P+zH2olXRVFb4OgfM5dM+OqisWuYjkHsU36//zoq6VncAjyHic+8sO2/zDDg"
    "x7fd3+JrcXnTvxCQUdt5ssQsYoKL2MJ4O9CYKi1LRGivRfHfIXU5CatGf62mqa5AQhBWIf"
    "8qBGqxygKEZQD7/NgbtsasEPa6SoJ/QdkbXycpNkNYLrYAYyZY1gshUHqrhf6i37+JQH9x"
    "/RAD/PH2ojc4/kGsAxtkOJ7N5RsVoc1uYQ6JpjtJxK/YFcdY4JQtH5GMb3pf9DT4R32Usu"
    "x6MPuB0z4xV/46b1mQh+vb3vChe3sfWZWr7kOPXzkTn65inx6/jz0k60nQr9cPnxH/E/3f"
    "/l0v/tysxz383yP+nXTXoRqhr0z1C9lhwacBapFVd5fTnKselYRVr8uqBxiFll18e+6SmT"
    "2H/Af8A+5NYirDVItcCW0PZmhIXn8XvtjHLwNsCseTZA/4vsBHG2cxxOr5utt8GoaRntE0"
    "HJOXFmeL+CfCrJv69+Z38qG6oRPd/6IJl+r6WmebQ9X0R2XzpqajAR4+8PDVBVrw8DXXw/"
    "fMflde514gW2egj37tDnqf+4/D3vkmtOJ783wvXh4/2w/vMyzED3EFYrMQ/FJ0IZhuwNQH"
    "yas8faOHRKpbgqOy/GcxR+aPP2bxZP74Y7ork1+LYmxKlWg8MRa6KYfYlCvPnsipL9pY5U"
    "kG7VXv8vq2e3P8t877mEUagP4u4SM22a0UcfUkANetuC4tg/IQsoK+FhbZrbUVdSj88OZN"
    "rfU28FpV6rXKZckyJWM229+SDZth9VBB9jdpY2fCBGvcRb2n2X/PJ7ppsqt7O1BMt5s874"
    "nRkM/R1p2kT/90bWeByb47SaDUXc/WVrwW9AUXhdatP1dbsRIPn6M/4yLA4vO0FSh2hdgz"
    "bNkadSXGiQpWD/5U7YfKIIDUNqSoNd07KtDnc7RUNfBJVmmsJhWYbthUQ2+mNu2mMoMoIt"
    "4kCaAEcaj04Mk62AWBk9YETviaqnr4wzKtC6AU7+OfGvbS1FeaKsxxuTr7+WsD9lK37Vf2"
    "Atbmuj1XQTsh2EK4S/Hq78NPB2p6k6npbMmUDrS1QK7lrpmmW8GT9YondKHxt61M9UnHOS"
    "5XCNytfkUzxOa6o9ElJspQRwUB611YQwioYuKyQ58x0V6Y7eZbyRlNqIRcdQHNpoQzgROe"
    "DnUz2cFZOOGhrHxNySmRFMz1SNVNEyrgoUqErKVoJ6H+yHRt44l8wauEoSF3GEYrLzQL6D"
    "R3IfvY0l/XHjPJNmM4sF+PvTfEgO3/wfUlgz0LLyDCmAZuwDa/9oRh9axZTPu2ZEmJKnBd"
    "8qkGYqa2omXPjdnewVw+R1sBOiBBoCEHXx34AU2ECgKUEKDcDy2lAGWYPUdnhkyPCyDtE/"
    "xA2X+yPKf6bHa/ma+F23Ax0wtD6tabq4Uo4cXSpCtcyKbqheZqCVQ52AHb0izjevx2toBW"
    "Yr7l7+IOfN7gJkf/BirBAakEwTKo+URiUtX5GGuPdJSkoYZqSAIQ3e1jCk6SPZ1LGVP56w"
    "ZuVr9SaFNFHEqX3eFl96p3FNWhQy+JPWFtod8oDm3sFJTDm+6uK5MvGHZFyUrZRj1V6fqA"
    "SDDSEj6y+nAJL4ynb0UH+NvZ2du3P529efv+w4/vfvrpxw9v1gdq8tK2k/Xi+hM/XDvhSM"
    "xuTaH1We+cxsMJPP3Hh3PkZxaoRt6zBN7T4+6JsLt48PKFKiOS1YQqq3wmGhKZDEDaGpqE"
    "FHtIsW8SrlPDO+a1hYJxExWCEHrSYHw1nLlBNEsnT6o0q7hoPqZVzfCthmhlU9eaKDFiNx"
    "IVVpDhKnpZ+7jkKj0uecGWwaaTqe/bdnVUsEL24PqTxu5qdtOZYS3yqY4x2QKUx+acLI1T"
    "Hqd46i6x9owlFW+2pClFpCAfLHaIJQnQm4divFLkDyYlQftJnliHC0S0HFiIQ0AcogbO8g"
    "bEIWp2EBQRhmDfAd093twcpb7Mqtu5DYVX8v5OgfgwoR6PTisJ8qx5trvCOxtS7+5WhX2C"
    "kT2ZM/XRxFMkJHkbPco/5pOhBV6MsYV0R3wW7E10zC0FG+kWRjqvKYsC68H2uu9F2hKWdZ"
    "OthBQ+VphVjm45Nrd9gJlySGZKsB5J0zXFpPHHbzNXWxXn4OZnor9VsHelwKXb/BHBFia2"
    "tcnix2SaZ4lDYrDAtV7gIM1U2dMQlwNzuE5+hro9MuBoqCOi4Ghov6OhqdBu8zRsEpTlrz"
    "LwM+zyM8Tf3vXyMoQzt2TOhlhm1y6fg59UVjM2KRjtexrtQV4X021VwpExsdZ15im+wdfc"
    "sLCm6iKJCO3pJ6nnKZvRTzKhC7/TusZ/ojZeKgV0ZcJgayUtAkJl+3NLFzoq3ZrNf/5LqT"
    "RYA3ur8e+yhLWlol3tssyCFOaS7bKDLkJhVlnBquoQO473veWqanA9g6pqe0MPqKoqkruA"
    "1bWd1ZWuvr7opit5Y/087N/JoV4LxLUpY+Kg/0FmtlZRNfUHyGDmUET86AG8x7fd3+LIX9"
    "70L+IOcj7BRfxNBv3aU5+AZlZklMQ5VPu1l+7NuKOOMTPSq2YkB2V4WZDQ+IyUioc5RmEx"
    "nns4pl/RMf+tmExPF9i29Se2S04js5+cIx39ii/pAnkjMHKoR5DooFfLcBxMkEEQe9ugsW"
    "sbxO97G6FaVHnzERHtiHhBYHYjnUwRA9F4wRaeovHKG8ru+mRRl137k47TSBux9+bvHHvH"
    "FT+O4K8OOw0cvFg6aw4HZBM3KJs4RadpQAZxbZxDkBMgS2w6+5Als+nsQ3pqE78mtcEl9e"
    "bSdcawDKiNe6iNS31lUl1yjKRjHxIB6PeAfvPCTZ4uu8tBbKQr9PQtmTbjW/wqVSHue3dX"
    "13efzpEvPyLD3t3DObIxcUbkY/f6pnfF72eYXpqi6rGU5VBKP5ISB5Kv+kiWJlWxCYtAt4"
    "CEDzumUCZw3W6gSsQhn7I+RmmSfGfqtqNhy6ISh2667hSVgvhFlviFQV5005hq6w6VWV/i"
    "CcHqX+VH/5i5xLNjx65hOgaxT/n9/qus9aj8Bc9eb3l45BsxOObqfMxBE5z0o6+ZLtcsTX"
    "DA0d62Va+5o/3C0om0AqV3obPNoT7mQ4Ag2DxSRWeL31e1nzK0rE5RqL1gtsJjHmnoMHUn"
    "+/Zcufdmaawat2d/DMWD8JLB80StlewsXF/behxOvFFGGZzp34+WuuW3zhFfDlKfv91D8t"
    "CKWMmVnGxqSbTf1D0bDAfPaNwz6h0ZagzUiAxQpnem/G2O5T1zp8LvmGYhnJVhGtlae/TO"
    "nMwNc8qm2k87ah/e0We/YhWybi+pg+iQ95YxwTfcqy1RIjcXt2qRSz5M467qjOy0LhIiwp"
    "uO2LwmU0A51UtHk7lOCGbg6OsKPB1ELTSmzvzvgs21oEzGXuIJ540hrxG8N9Erd5jHw6Vl"
    "3wt8AaDm1uYEKb1gqffEqOAbEskFcc1eZLEQ5pssEcw36QHMRBl8Lwg5s6ikDP52Z3pUEg"
    "Jl9fGdJ0Mm3lo5knTmLGvsyPKZYYVrtcKGrXnqgkSZ3VaePiJXYXX6QAVobHF6KPVcjfMA"
    "qugWVNsmQzO/0HHi4MXedrFvy12zuRqo2x7WOhagbbOQA1SzWMnaejkLj7is7yHOy2cXgi"
    "4HtUa99ZhJHX9b0sIiYm2qYldJglgcfu+RU4ooxOXatAaFxWrY8aIG60YA8MwQpomc5Xvq"
    "WhFPbsNwzhysiT+1u0s18jfk/uAOvVlaCuvmqa1TM+ogzCPVydYRoG3a2CbYBFTARp2Z2x"
    "SuCVtpJfe0P751VMDiE8AhslJu2nf4myVgfsBf03rgRsVakCa2zQ/c++0h4jBMpCWt3cA3"
    "/btPwfB4rlIsvfUJawuDaAtKnLlSkmtCEByISTNBoMSennzwRgQB3iS8M2otXFPXmJIqa/"
    "Gcim5CDsCVmLhzbM6YSTHjJW5XKptXIgkAJwGGOFnVTZwhR7Nl2XpZcjRF2puasy4sAieX"
    "5EHyybiK7ZSiUuAH3e0HHQdZnXt66dbZoc3at1nddOHnNUsTlRCXvLo0gLpt3azgxh7bPT"
    "IB7GdZiSuVQH67vM2lhu85VLIirB6CW8qu+osEjuFGvUQ64BgGx/BhHcPvszDC2ah0x/D7"
    "BCecJ6Co4BuMb4EruOyEhrFuqR4MIZFCEhpafTSwXynxM6SDG4yvcOuO3Hd49r6aDVxwXU"
    "5glx2UXeawpVXv9BWTqg7/H96+aUwVAIOsDKIZ7DQwdDOlJHDK5k6KlnWYJA7qxr4GTfqq"
    "2Q6dPGvO3ML2nJpqSRRS6Qp3dlP29Vh3JnONm5TPWNYpYlvEIyELUY/sUQ8IM0GYqTbKSn"
    "vDTD6pUpVsHxZqkz5aHjN8TXDdmxbetmIpnQQpPLy79nDcC165MJ0gEU/uyU9oOvsidcEn"
    "aStCQmPeNxTE52grQPr0T9d2FpjsWxFKoNRdz9ZWvBb0BReF1q0/V1uxotaU98vaP6u6zy"
    "dq20GuFJKNNrpNqQ0QQBp0r94N7DV5YfuPWqtfwrO2g7rxH8Uw9ubsumT6+gCzHyev1yYf"
    "2NneYZQ7bjZnLfu2TM+xPNHM5dzELMgg3HizMXqdU/Zf7sxHfDpk2LwFqG1Msd+Qk0yR7n"
    "Xk5H8Pvzx+ZyPe7gYtXWsy51NwuXPEJuDHmo2IqHkTK+xWwV1HxLsJl+XGEv/MmbNvwO7j"
    "GCb6/E90bNMFpgQjygP9bGqdsBlstNCfsXXCS85ZYjI267oBqpj0VEDN1KTJ8wnUkqshZ8"
    "B/CjQiKdSU7oGOSgF/YGeQsO59/5J+/sLa/nXv7wf9X3izP/+YmI7IoPdz7/KBf2bhP/HE"
    "wblaAP7wPhMRYQsPIb5Mfzkrbjw7usJJE5EB147EUcpfXTKNKdvm30jXmUxzdNW97X7qna"
    "OpvmAazoj0fru/HvzrHOGvS8NajchNfzg8Rybl7bw/9h/vePNL/p4ekcv+YMCehuv+3Tl7"
    "OVsWFv3RRmTYvb2/YTPa+mJpshmHn/uDh4/dmxv20ZxaDvva5oj0P368ub7racMuH0tnM9"
    "MgWLN1LtF/+NwbnHsv7Xo8YEyzUONR+eNbx/MppTOgFz9Te5WHZVqH8rssbJR36XSUdwk+"
    "ivc4azw2I4/6yFGOiW0L+TTWBpRhzCM2Er6UZ4Eps3oSom163VbM7LHwDFuYvXBzroVcvk"
    "VZVBWvxxRPmBWfJ5oclYSauXWumeuZO9o2jTjtcYsJtu5dXYpGFHL6qalFCcHW4V28kwMI"
    "MenQt5cQE7x+xoppwgm5FukOhblODlfyu3ZPUOFOKeHCzrFxJZKwdaF06jdRpL5uIGelyG"
    "2rUi8vHgBlU3OXTZUDGj42C0D20cYN7K2UFVnJOyYCMfse6O7x5uYoRRUDgHcAnNA+U+BN"
    "p82WWdTBY4VK2C9rumg62yVES83WpVCQh9nfyKQOojPEeR7DL4+n/D8253o4SLcwJ4UgMf"
    "f3foIOmusvWIwWH6NXw5mzUX7ES96lsMR7SZtF+Kf4OsgBrSIOSTZpTnyqMqpJ8RGqzUOm"
    "HKWSiH7LkaqGxPqqPCHUAASHYPop0F6HIBj+pRr+YJgWYJhmKmMH2UuQvQTZSzXNyVG0qA"
    "fYxtaL7n/XhF0dvtzZZl1bm4E1K5+4jazTMgO1EmrOtpyJmQdiYg228Tc2MhVSCUQSYFP5"
    "BBwz2U7fjrJ0rzefrlF8RaS/HImbeFuaA2joKaFOngLCb+EuZCWPtmaOhMWqw7YpxaTqnj"
    "YlOQ02tZRUske6lw/Xv/TOkSfNc0Luho+3PEEq2CA8aeqm1x16SVMmzwatSdKU8HdhO4eX"
    "JypZCXO1Js6yOvl0MhFXwZWX/ny115W3qSGh5tFLyAFBSvZy42UJ1DylIRHQxDL4SgP327"
    "7e0pa58Tpxf2loX2Wg8mwe7wKwVSkvU7MTISu8ieNQ2StdpmvM29yyHiLBrt9RWiUj16RP"
    "0FzUJ2H/57nR8BTNqBWQQDooYOmJISLwf4r0F90Qy4/+DxuoiRm+X8t3EMEv2EL/QG+ShJ"
    "MqbriNdRKmaIrJgX5yUPqJv5oqesxGAozzJIPeeyQU8AyLAKBxQN3lNKeNFZUEG6suNpbE"
    "tJaXEVXsWxkSATMA0qYgq6dReAK5p7qsE0iTUoFWPU1qHCQk7Alu2+pgx5ENv7L34KTF6S"
    "f5WUQxxktLYAe+lQJWpTuVQpS+NPdSlPWXvYZvZp8TRhZ9RUts+ZlDDnUnczz9u6iPyy7Z"
    "QRqSn3KH7DnPQIrU/0DH3AnEB/1JXYvoJmKfW6sTmcup9PtBBd16eZXqX2LmUE3cimeEQX"
    "3W4nY01GeF+qxQn7XSamS8e0SOZrYRsda4zauvd9kU0nZT387A1y6Vrw0UvHTomxkeykLB"
    "g/AQhIeagyyEh4rF07U5cUwF0JAEkG6hil4mkMsLD0E8s+B4JsTbCou3xc/ZAlBtd8280K"
    "ulVtXyRCDpymC/HS/Z+qyO0oJN4TGd3dGm6Xq4kbWe3iPhbRFtak69YnaiKSOlzzaaGlNR"
    "1k4UsnudYyKucT8getVtZOEJZ4lP0bGOJtQlDra8iwt9igO3oaAp2yu2BROpf9XdeUT0mS"
    "OaQPJJFl43Shu9Ygt7t2dgYnYbC5+coofwnfjXYfcxCJqxBfQiYmtPqTfCMqZsidF4xW7I"
    "brSOkKBjz80ccaB2olGzE3Z7XhPQ46SLMNwrFyX4SedZlaeov2Q/3mtqKe7tsOcbedvKGh"
    "Fms1HT72Lp/UQfEET5P9nKE3vGPo11uIzsktQQ3e9HNnWtCV77k/w/vceJvyaBG37IKB6P"
    "EvHdqxhYCkTAeElJi19nUygCG5EDdFPQFaen6pYNZABVCaoQojk6WIim/kyKFgVrYupIVq"
    "hjYnUO+dcNarXQWESohTD/cJal8jEblc5eOEvUPvYSbdUOj7AMnBs7NzOdTFzLyhWGjIm2"
    "MA7ZkLhjgMn2Mr41r72UZDXSpad/qdDC+ve9u3PEJXmBpWH/5hevwJJwBdSkwJL4Nq5wvK"
    "vysySirTvjSqFqBTsgxzEXE4WGrHU+5YBUk/6UtZdUAwSQEotCeIefelfFuCDQF4BfA3SQ"
    "GseDgQ5SBqqKTRXXp2YBwLabvpB8w9SPxbBOM06jMITzkHfxFyL5z2q5spO5Tp549B/pSN"
    "yXfdvFGFt+0N5d2Ii+iAi5d5XL4b9c3UScCxCUTQsXXtueK1vS/Xbnyv4eSfLw8xH+rRR7"
    "h8YLxQaE0oP0z4asels2h1QgW2dXOjvkL3vX9w/cATXB7GOeZOilGPJ0wUHv4XFwxy86rk"
    "VGpHv18+Pw4bZ3xwQ2IbAR+XVw/dDT+h8/nqNXy3CwRmezEXkYdO+GH3sDrf/4cL5ms2jU"
    "dULXru9Clwye5PjQv/zy0P3CvwR/8hz9WXyTYW/A65X7T9u6OPm6NvmIXN/e9wfsTsZi6Q"
    "ecD+9J8w8K5RzihFxrQryFVwNUxjYpCOCqZGinoVp9VnZjY1qQ9VyuKx0ybyHztjp4v/XM"
    "20rtgvbGCCDxFhJvm4MsBAYKxhOas0Aycx0B3RK9gm43GSMsat1uIGgFNZkbFWWFHPFsyE"
    "KO+DeWI86DF0dpkVVxsbMzqsqH1azz+7cSfSwt+Xe9sIqpI3G5Ylxph4W67FyommcVSLyW"
    "+6YVDB8vbq8fHnhege2OF4bj8CIK9/2h+Ih7rfjfl927y97NjWj5zH+7adYl/QCiI2VGR5"
    "rlWwYCejHO5fVBkGPd47KQYFLnBBPvfM+xzBFBWOM6rzEzGSyaJ+khKQhuzqTfeMJ++RO1"
    "FLGNSQGwEmB9DUJ12ybkAFyIdULSTh3epyW4k4ODtAB8L0NTNet0yApv7K2TBd71YQrO5V"
    "3gxt87KS7mFN0M8N2Bb1IdVfbhh45lg+AiOi9y/+oNm6tFZ3L5nRfXoG2LdgSoZoh4aOvV"
    "LDbs8fvmFnxyP9TuBTChIOpBYyIr28EL7S9HcmymU6AiQqC8ymwuUWJ5qghsTArsLVnlTs"
    "vgL2/Nc5wpgCuRhBQkKIx66DxYoKIDYbpBeK5VRXXSdEgMsM3I8w1U5iK4vsFcDYNZie8b"
    "2mMRo/ayO7zsXvWA8lsq5RcoqdlAzUBJPQx/8sEvCnEkcSisr3W2+RKCshJAnmyXo2BdLk"
    "SNOxkTA+qk+N0to05amA0ObGq1Qjj/fOx5BMn1HCPSvb8f9EWB5sBTzQvP/Ny79Af+iSdi"
    "3PDz9f294FvOjeXSG3XZu/ZLO0+w8QKMy2+XcbmOcqhzsmKiwMqqMyvLf/jzMCwjkrDKdV"
    "7l4DzPVag9IgrrXOd1Bp58+juzvTx5dznNuepRSVj1uqy65GH3vz3wqSty1c8sutDy0VNl"
    "ouCyl1Zs9HUL9T4IcUHYwjJ4fadADnwTkgCwJJznm0Cq8CbkANwkuOzNl+/4TQrC4bs7Xh"
    "p5aRUQhPoGsgRk7/kMYb7Q/gScs+CcfKAzNf3YvMIKgLndnHbJ+x6yBgpFOHPWgFy/AHx3"
    "ES3iKlUGeENWBOC784SIW1yHzXoJ6BSQ9KJOT0nLeYljupumUlbGC3BVDshVUUu6gDSWdB"
    "OWYaMFB6capBGx1mQEFAbsIbj+NXtxA9W/3nhuGoQp+a6iUoDsbseVEyLW7qnChzm6DQM5"
    "sy8lusGA5d96ln/N3luNJ/n3vnp9WI8kFtT6Wmeb9UStKXsAsT82Y+PZkfv+7fuzkfthev"
    "YTOuY/BZPpqZjKPl3PdXKO2ELzbq8zRAkOuL2I22noiSIuh451gga3XTZANI6llvFkEN1E"
    "YrIT0SBWtBiMNKKt+P4jYuGlqU9Eb17vCppRi12k3EhEwy+PHT7rM5uc/c0AM+x1W9sOWu"
    "rGFL0azlzcwesFykaK7/YdEvm24j7+9/v7iPBxS8uYYDQ1ZuyAxOzh43OKmcYrr8XunC55"
    "I17/i0e/Iftz5rJnahr/XWlNdn/3NgK/6vtftWe8gooOBzV+g52smKgRE4NEDfG7tyVqgJ"
    "ehuKRiSHlJprywGR5E2oqNHceUJ8HEX3KHSWSZWHhqOOpVI6JybXo0Kq4cQfArezE7uqm+"
    "BglRWIbcyxCYpmxbqy+ERLg1btOK1yHQY9UXIS4JK5B3BaCTednttjcGlxLMEbFcWNfMHx"
    "PTbs4+ZFFvzj6k6zf8GnTvaHd+CmQlfYurniUrKVR9eIEXY9X4V5o4RGyTWsJcJ1MzR/ZB"
    "Qg7AlduEyiHxqFCbTMHCcPViH0qohkUA03RMeVHhPMBu5ABdqTG2jvKoJtHFBYvBtwXxlx"
    "C6C10R1bUAoLmLGrOOL+5JNegH8zTsKMjKNQi/YXYzYjbHZlHQXvtztRvezXsmA0vGV6UK"
    "QLjd1KOoyqnUSce3sAqA+HY9UbOMhqwgp1mlGXKMNsZWATi3O8UoYZcqZxglaV8RRSO5An"
    "2CHyj7T0b8B4JHNPCcwI1TNjKneq01rExptmsld294c6sZzYA1YQ5koTXuRVXsz2aceDfU"
    "BWwJtmL4cmcrYdEbqNlsZEa6Yhd53VgsxIXQQp9i9Do32D85Nc4xTBO96pwmKGbu8IqjXE"
    "2YskGYIMNB9ortlWmCaegLnJyiR2/1Y2tU2Y1HxCcF8im/s9H1FC+W1MFksvqenejnaE5f"
    "8QsnC87Yh5zzOF1/xPbKxLUsthPM1cnme9nsdjb/CvoT20cd/i/D5kRI/xtSTknk83CJmW"
    "HZbCSxX9mEgvvIttcKT9PYhsAqPCCrUDHMuE94sWbAlh9dDGKyc92W0Op3x3IDueoC55Xh"
    "/f5dBrjfv0tFm1+KuRon4uDKE9WLibYwrNfcMF4yessU8Sdm5/DVkC+0fJFjYtsWuV0LzB"
    "ct3tvaw0K1TnlMDPg8Wfg89pxajibSOxTUl5hUa+hqhXnndZMzFVYaJaZfEyJGBqTUxDqR"
    "o5sUjgE8ZtJlIbz+pNpj4KLfv4kc8RfXMbbf3ePtRY8pOWJ3s0GGZ/7J4k72kt1XgvrPw/"
    "5dmk6zkYmfvcbEQf+DTCOf56K+Jy9HIwJ5cFAc33Z/i58hlzf9i/jrkk9wkVaZtA4F0+u2"
    "GA2lL2UhrbE7Ws+KlKWQCDBpkudYviKeUMGznlyaFm7WLQF0qNN5pODhVi/SKc5OCIztCj"
    "+G3jAZQo5Vsz4aimoq6ePQBSY83GXxmmBBdpSWKKEg3+9HPL+dYGGv4a8OtohucvCgWsEh"
    "4wreHlYrVRCWaV2Eofg6BaF9n0R4d3p9SLwsT14BaB/d94fniNlSI3J7fXd9P+h/GnRvz9"
    "HCIMbSok+WvhiR+8/M5mKj2I/AI/LQ7V90++zuOh3rdER+vjpHf07ZqCv2j+WU/euq//iv"
    "67tzNKXuyiAj8uWxez383H88R8+ubthz6o7Irz2GO/tan/v35+gVM7QcjVdZGZGb61/YzU"
    "xmScdDvJkiTYVn6YcPPYWnLSbWvozB4mNMda9nkXjejpaYTDliqg9d7+7q+u4Te1w8efbw"
    "dK/506MbolzFL9e9X3mxihcDv45I9+amf9kV9St0U6javKjF/fXlF28OY/Is5kj2db3q8Y"
    "dpwD9jCgN7oizR2bV/e3/TE/NN6GLJtZ+Ufq/8uzw8Du680hleKaV6PJS2O85ZuCEu2Rrf"
    "f8Wp6lPDFnwb9RWIS8IK5FsB8Zizr5XjGYhJwgrkLFyS7wiC86cA7Pm7Uh36sBQgD2Vimr"
    "kCS30l2MQLzPBTskqSkq2jmRSvbHIN211Ktvo2EsRGCMgPSuQHEUS3NPGBws5OCLZuYxdv"
    "cK8xE66dXGivJVsHd0nlp3zc9OnUwrbE2fGAv27vfRuRbQHq20gkvd8eIudKguGz5pDc9O"
    "8+BcPjtJ9YgQ9FWibwMVU2+NhdsR1q4YUui++moxyXA7SzoC0Sy/Jw1SKC1TDVKo0NtZeo"
    "JizYHAu+EStguWsWmGjI8mbKvwj6WaovcVQSVrnOq7wOvOSpjRmThZWu9UoHwbQ8Kx2ThZ"
    "Wu80pD3dO26WOSZd9W9zRvwVNgZdcvhaDlwOYp0Qt1eXeAavN3tSKoERkAdWdiBpQuC3bQ"
    "DpZ7er0yeUbGYTJeGgpujoSX9eu+AIBbnvUS14wypL54xyhAu6tfbfhto1xlL9ksURK/uv"
    "BFP34ZYHN9DMjBDndNbZhFk4a4lCO5J0wi/efKn6utWOEXXAxQvRfcXpR4Ld0iQGpZ4eGY"
    "bWPb+t5nk4Dp1puqrUj5bLAikLr3pmorUl4uRhFADcRM7cWJMzz3xGkgJmk3RJpfhbAQqP"
    "YoTNwMxHjq0d5I7VnCuQlI8RBwASf60J+mTTApJe5L2sLTWTqmQbnrQi2ehpiYUYXCwkyn"
    "0CYmlZUvU4frXsx3GUzXEsTylIVYm39p5SHC9uGOMhFaxC7dXdKbLRWy9Rf2WxEloga1mO"
    "Y7Xnt6gtm4DtJttLSMCR/Cbm4aeMqLWMdLaQdD/pg4X0/XX+KPk/OjGKAV3HJEdCZPF5T/"
    "SjYbrx6+ZPeiFlpSvoQd9Go4czanjdgGw6YowK0vuDwyCJphcop+tQyHF/n2CnQ7aF3ovY"
    "xi3Nsya1pWN6OSfJotVbsNopRVE4xvYSXp4rNpJuxUUgE3GN86RnDx+RzinFLBdi3Qxp1b"
    "Rs157/xXz3yMyrWpqGHVqY/i3awQYN8ItCbbtDDCgqfyKPKWwjJAWKhHcc6ang3Q3vKw4d"
    "7d7S0PWOjQi9OlmbPrKN4uW3YTN9xtyA5FiSg0N2yHWqtzxHsyrRhyOrENPkaYeISKOyA2"
    "k7AMX+cUTQ1hXPLLvFvUacJeLXRmsBtrrYyk240ziy60bVXM5IsQE2udoVO8DenQHDBHhA"
    "DknSBDonSZqbsByy1HVlBEErJF6pItkiV7F4yD4g0u11aFNCQBFixYW5VZW/FdWwCo7eYr"
    "hx7UAnqCF2zAfqbmdOAKeOU27HpAZ7cZO2djNcvN3GaZB0gZfDPjybWEUcknQHyCRAjU46"
    "6dnDMj04uicoNzoTuTObYRs1eXNo9neqO8SCYvFpG0ccu/5Yh0EY+leZFXQpFFX3mLYzqb"
    "QXfjGnYhSI+T7i7XXWzMtAyYjz5ff/qs/dK9eeydo7nxNNdedJP3/+5eXQ16w6E2uB5+YV"
    "vcq8alWYb9PCIfrwfDB60/uOoNzr1W3Zp4AEbk4vFfvYE26N12B0wqXu/o8OYeJhxcmf9o"
    "W5nDkBTUOVSoc+jM2aYRh756+eC4aGsCWxXHEp/x6pU9nBInUnqjzbBM9Y02j/4xc4nwHr"
    "MDxDAdg9in/H7/VZYjZAvGpbTfhBoa6c9IM70iAUbbamgEa6daQyMhB9b8Tmt+gxlYn7us"
    "z/j2qp8NKvL40uzPIMlvl+25TiostnUcmGYHNM3sZ1e5hHZYpo2EwPdvMtlMb7YYTW/iVt"
    "NfjuQcTd29/mhw48vc+MRwNE7Xx+omUVK2TRBDZ6dvzDA1DcJfpbmaCyVl4VHIvRDsvNb8"
    "srpqp3xYqjVPQWFHPQco3E9QAdewGACbJHQ/2epHRliqNZhWfFIAsaOEeorMHlErprgWAD"
    "yB13EYXgfbgwVgOvRmaSmim+c0pXJiukctXBXExtaLKCCwd2mQ9UztcWZKKqho3DYopIzK"
    "jUGaGEJRqqFSBFpBIZW24VW6XzsovJbm2g4VZtvl3Q6Xg8vGq/IlEJ2t+Uvf2UifOdj63t"
    "ZNbCMegtenaIydV4yJqBFhzykz+CyRycPrVfBEoCQxSkwi5jiRE6wquveI/MFn0XTnD06w"
    "4qlHXpUN7rxHtjHFHnkFiXsZzjmbU5/N0IyyuwT3Y1/M/7od77b+1/AHCQFKcEbq1u8bhU"
    "R32cNkaQFFyP+mR/+GtKdapj3FlisPGyw2RZ2jD0fDz/37e07v8vf7iAwfuh8/+o9I/KnO"
    "EpnIUqggvUxBokjBmE4lQYktvff88XVGPWfM58c3WWI+bFQquuJak1N3oO9eIZk7wUtIcc"
    "VDYtC9qT4UpOT6QkcUqIXRCEytha6G6EYAtihkD4KXuR4+lM5eXmZog5QR1vQ2SPJGMpCW"
    "WUhaZuyFVQCiqvW7Gwrt5mVdP7Jx0OMhzSkb6gGxyykb7jwBrONGves7WzyBC7YMVKl07k"
    "aihd6n4pM0of7ogXk++KuDLaKbmoUlDQHS93lcLtduj7/TDnuWlFzM+Inh8KorObJDIq0r"
    "QlX8WUJdR2O3m2KNUBWU43Ktg7r4vdysiEG1x3h7Qwbg/QTvUk3Myn0qAR+qu1tDLPjyyV"
    "B+y8A0s3vTUXCX1R3qYribCdUNSjfN2TcVnB5P/By9zlfomBN+RL2qTWmn6UlnTUHyxgqO"
    "0BRPDJuXrFj302FHvk0lVZTLv+WI/LHA1hNXXf5ATxZ1l7Z3S05lYp+zmSjiDEDeXogSXp"
    "fKmmATHdsMeK9oTweJf/tlfzpiVNAP/ATKVNXQK7GtVPBualL5NYMTWB/NN8udvVpV7+bq"
    "XDw5IzLo3fS6wx7722InvW5j9tll9+6yd3PDP5zwH2r6ZZsOb4h4z6ZSGZ6QCFThiajDRV"
    "ThCY5INUfeRqa6B6Uag/DtWYYt//YsdcvzS7Eca/8FpakW2U4Its76hmrbYIBHxuU3wPnD"
    "Ms216lFJYO7VmbkXrJVq9bCEHLB5gMEHPqzaOFY6ezGkNk93AdC2m86TOAhrRT0J9wCXuM"
    "BiLcLTXWDh3uQKLjDXGdOvvBA5M5u5qHA1/YqZhu6ge32FvGl9vxXP2ttY18glvKw5WhjE"
    "+H5p0SdLX/gDj8Vc4t8nHWRTqSusmluPSDh3j83ALAvE5xVtyVZowR6WTadrw8sT9G/EO2"
    "uLJmdBSzMbEweNV74/TniL0Z90DG6xGrrFmhf/bTCboe4+SIm5v8RkyiFTQ/zovnd3dX33"
    "6Rz58iNyxRT/czSlBI/Ix+61cEHOdCOn/7HgZEmdHWuLpVJL4bBIa+olFWYxEPzV0XyIcl"
    "jeEvFKzO8qT/Y2Wd+mbjsatiwqMWG2NZ4PS4EPM4sPky0a/8oKKG8kWodw8S55cBGnQ99e"
    "FzE0nGjbqkveWokaT7XwajbeuEz4NFUcRDv9n32CHyj7T9nez4MuQ0n8vb0cbj5BT+Jr21"
    "D30t1sIY7gbgfbLbMJV+iJcj8S//KC88UJVQ6zHX2nVsAJS/YYFDc6OUWXuj3veEWvpkj0"
    "aBOcsDn7z/cWnvDxCUuzwluPSJDthmx3MsFspO6Irod/Rzryr/GyXtR9mof9e/8bdU1DeO"
    "Js35nGRH3n2tKiLwb/brx5PPuED6GvI3LMyW70NfAenqM/YgbVH2jKviQbayPdwmkOu5M1"
    "q45Z6U/sNmyYJb4IP4nZ1+AVwzzP4fqbiN6Q1sIGZ18NnX3e2ip6+iJC9W3UWBsTArLzDp"
    "yd14z808ZmjHmsS7UTJJBoHbyl+Hj425zZMS9c181RyV8q3hoXdcWHiYVfMGE6zFK3ZOGB"
    "beTkmCBQlCN+gSIoynWPpyWpyr7uj5WJ/cmA2vDx8rLXu+JxtPWsRYTWin9jQBI3JHG3JY"
    "nbgytnWy6JMLyX872XA4eD5punMn9B+saXS8P237n9bXe84BywPLGSuCwQ6usTHEnGxIAS"
    "A5QYoMQAJab+7hI/5JCPtRGThXdSnZ8pYOekP2fN5GkAO+dbXPUs7JzgiVVN6EzIQUInJH"
    "RWganP4VBDNSoEWxU6XUDa8QG044LTjqHYfZHF7iWHbFE7NlSsvp3gRt8vGQDeqE8FYNzu"
    "jPmEplmrjHmPphucHqk83tDxsovOq1ne2Iy03odQQrluP9uCW8u5ogtBuhV0W5GvLnLUPY"
    "6tw1mvc91GPP2c7S6Ls0x5JcYlZ+jGGbhHseWs4JYjEsPi5Bwx3Cz6siH0inqTQYr8nG2g"
    "72z2EZnS1w5iyOKAaes16PUW0AK+bA35snXnl0j8uP6+VCeYDHr/fGQ2u1cu0p9jRLr394"
    "P+L/zDYJfzupI/9y79gX/iSXCvg7MggJhYtqdd+GuCjZAE+oJSE+skJTgYl41BPmbCZWG+"
    "/qRa//pFv38T8bZdXMd4DXePtxc9ts3FIrBBhqc7JK1gKBUJpSJroh431OcMpSIhipiILO"
    "Tp95wmDt7G5GuLp0CaOYI4CTkAF4I44B6vrStMzT2eOEELQLjtLYzT3joZXLqbwxRcujtQ"
    "Trx3aubS5QGhG4PgI6k/d321s92Zy8dpJhsInXfb5a/8y5E84qmo+qNBD5CmfdoOnTwr+r"
    "hCUhV6t4Id3Fjn1oQZeOrJVGGp1mQbVJxF5ettDl7ksiM2cnCI1IC61EY8txhnh2HZ1A3k"
    "PWk2UgNt83gXZfte+3O1FNzEeRjBeNAbPgyuLx8OazdspYLEnoGd1oMaFaRL0OC2e46cGD"
    "+DF03TZ7MgttxBT5RObTShvM0mJ2sc+xoVohZ6tRi+iM5mJx2fz/FEsS3GSZuIln9HMH/q"
    "Zf7wI06xttlaAgqbxYKiycJmwIbJxobhn132rn/xPptgwx/38fHuyvvMq+IYP7SANdNOLo"
    "HPGFQ2cKNyYOLmM3GByZG+IO1lckDOaNtWXULt2JYzCswOYHY0FlxgdgCzo16eLWB2ALOj"
    "0Sjvz+wIFxi3bf0JS1whF77kxy8DbOrit2w/OW69qdqDu8Ty3ROnTb+RFiK0ZuHsg0+Y99"
    "OS19B/lOIhGzzx1wl70p8kKTIBpEFHod3A9kJztWTrKQaOhnNjKfLjJTGj9bXOtnCR7Y8C"
    "plm7Qi3BuirGW2JiEHTZGXSZ6JZlyPTodJBDIq1z0BcPMD+RntkXUNzJMbHWAV1C6WheUy"
    "Ff4eiIJLhk6+KSzeKIhzJ+JfoJTToROqwatDEp8BaCBxY8sPUx0jp7eWCDh7sAYG9CU7UU"
    "29hRmMLahPpoB6qPVqifLHBYfNOespwOoLScwzimux1BkHfYQm8Q5B0WpXdO6FOOjp9hKe"
    "AJ5uMJsl2peckNstJm2zZzRKw18Be2pce6M5mrmVJhETgmIG+zYnTXuooStjEpQHa3C8AO"
    "xRD3NKXC4ciGgZzVnoptMEjjLMvVsjONM/F6KwDfi2CelmIbfqfXKjv2Qjf5yvSIY62OJD"
    "Zu5Hpnm43r0/fGnoDGHlXLyGjrHvWJKBZOnrBXodyb6zvbqxI+/f5FN12eoiqmRsdM2T9J"
    "Zr3mnURiT/9+tCFwPhse/8rCs6N/72Nob7NhWmZrV2K9pFvkbG/yK6qGZESsTRpMxcZk8M"
    "TkSZQNZKujFKjDf/TQv3+8Zw8WXbrLEbnv/uscLfVVkOUa5LiOSPfq58fhwznSp3+6tjMi"
    "t73Bp552fXfOzibrCWsGCT7rPz4EH1LXiR9tWSgLkBtbKiPkh7MPWfA9+5AOML92+DhrvX"
    "oeF1+5bKa2YWe5d2vN4lJlE5gWTDmiKce6HNyNRPtOg8IP28ORWeq2jwt3wHr2iD5z2MGp"
    "rBNKxUE3zK0bAiOuzPgZVHv4BkmmeZL998/wr90Cl+usrz6ht24AZ3V1pqfxHtrXealbeI"
    "AXHD/rCpvGC5b7PKXjOtt8nxMmoVm+CP/FXEbN+8lmQMEMonMjFe5Mw5yyf4k/+OnbQTYm"
    "DtJtpKNf8SXv3mi7Yz7bGCM/M5d3YlywI0a0Y0xxk5Z5tx3+VHEXf3sE3p4pG8+wAPdqjX"
    "S2dPdqeAWzqm8hEXjdKPlM5YA2wU9aG+PaP16kOnFKKGAtsU0XLgbqKg+QLchyVTaeHYgX"
    "S5P9NumzviU7MCrWwi1aQn5gzcuLJjbp0RKTKUdMDfCj+97d1fXdp3Pky4/IMPjEDn3yIP"
    "50RuRj9/qG1w2d6YbJK4kOv1zf3/MP7GeRF1mPWInu8E3vSBYw9ZUYFgHeZPx9uLCf1A6d"
    "tQA483efNqZuOxq2LKqUWh+Vap1Tv5Tyt/wQy5P0vRGDdqr1qbmZdL6ByzX96WqvyxUK7L"
    "Zt1SUPe6JcGTjai9L0wNFeqqN9zYc/kJ+dO/uOZI51caGTgUUs/IWWF22HVNlGPdudLZ5j"
    "8b8JWNMtjmB8C11IxdfyYnBIa4qkw7uRaJ0xl4Wtmc7VTDA1x4blzKe6JNE73YcclvmWvc"
    "hgIqXv2WYqy8BKAWW5JgA3X1mm7lL85KS27F3Zqi5PxJisjSiRNxzN2TdD45XgeXjAnKI/"
    "bPzXH+zL8b/scPacfwueU8fHB8E9dOxtgZMOep0bkzla6M/Y5i0n4xGZqu47Iktsfe/JI9"
    "NYGA5ieODvbX22hZgSzCsO0PVTwL7UfmwUMBX2NBUmbLOr6LLB+NZVVT57kyUq8SY9KPEm"
    "GZP4S2HD+qOrex3/UOsd2+SQvUtcGwcrnDli/3j3OOQBd096RPy/xL97v91fD/if+OvSsO"
    "oSjX/RTYO9wi0qKf2w3eKISrbQ4miIhZEp9ubtOTuHYRmVrGaZa2KgN26VIUm26BcXP7rz"
    "hC7tIl0xwEko7YmxqWtNlJTnjUSFjuCJqRuLarzBxasY4NRMhx6cmuDUVHkfbaWZp+K6nW"
    "X+7SK7xV0c9nXt6TD2nJMPoQkbBnVWx3Fsm2WoiQdO+Rakika3d6p3PvwA7PLSa8FWggLw"
    "TbSfgNVykFSF8NdSwDgm1jp+SynJCq0v3Ne97T/y1DJ9QV2eXHZ1Pbz0Ppka9oR/Vg8Htv"
    "f91KsVReVak1VWcY2iYC9o46XC2zImVWG87A37f7V+dYaUJ/bcrIFS3t4yadjk+Ta5M7ew"
    "PadMWnkZEqKwBvnWwIs2TvWVSt5wVAjKoKXBWovwb82QbogrNlOUw1srR9K3OssaO7LG1b"
    "DCtVphhzq6qf3lsv9R8QtHpVrzbirseDRs28VTbW3uZPUGxcQA2DiwS2xpvktT0E8VwJWJ"
    "AuMuUd+UR4zFD03qq5SaWCcpIdewXAzWMRMsC9fAyVntOX/R799EjviL65gmevd4e9EbHP"
    "8gznY2yHBSFFTD1vSJY7yoAh6RA8CzAw7lkaE8MnA22lqro27PVzMXXWI7JEp1TNgiPFFL"
    "9RSNSsEZupNREiCWBFmdURKaqlkYZ6U7xLaXMuEhnBy1TvuLaWW+4McvA2zqKdHPRH5hw1"
    "5WaXj/p0xGiE/GkTBBNjSdXWVNgPjRLuJHUKxGMVUxJta6jMXi4+HEmDwrs2xCMq2jfxTP"
    "s9Ff2C63NNcyVUCOSrUO5lJYNkuGkdJOXgu0r7RteQBrc92WdKbegfJaqhCoa3QmF39g0C"
    "UmaiWaNxKA7i502a+kivCGRADfXfia+AUrvenWAhW+5Ai1FrpZzauueKVtScWdspsdGwGI"
    "Laa1sczdwBKoWvvR5QSrwF7iPLxFiTCsQ751aEhuc1PPbM8hmSdYEpVsX7CkucGRZEhMNP"
    "Iw6ZNBcix0QhjWus5rDUHv9MO0mfFPCHp/g4ueJei9wNYTWzn2S6lqiYq4IIS+M9TeXYOW"
    "hLq8XP+agZw91T++xSLhb/Y10N3jzU228Leo77Vn9LtvTduEt9RZwOzNoAt1fqAuvMl6bK"
    "4s3Iy6veQzARZuN7IHoSJob9JKiIBysgsi3TR0e9/HzXsRdPlUbcXJ0Z8KAelBf2orRJ4r"
    "vJgD/F7M1erz23bH68n3RGvoTTXGl2wq3MgqYgfkx3nnVipJbn2s7WwAFjpLMzQ2IJTz4d"
    "CE/QrktRLgbQOCZgLnSCeImtNgBLvEhiObfUNkz+lyyS54+ini+ikyHHTMB5j4SZ+skLFY"
    "UitRGKSSm46IGGKLKWwmp/O7s3sIssLJKfpIXSJaKnBRkZoneicETRAofXaXyDSesRjgf8"
    "yJZ2kNEYBPeMieB/wpJBJzckvbg41I63iExbdIa0j0KHTiNDCGBB7ndOib6XyE0ri18TlC"
    "adGs/saa9vvykL/XV5ec/p+qKQcDsujKS30lkgkytwFjuuP3/ARFtsM2zvT7F910MWLTLJ"
    "jBI9TDkLrI1UmDGN8vLfpk6QuuvL7a6Jijgcn01M9sOWXSXJDppPx8Y+qsndSYK7rxiAw/"
    "d78/+/E9Mmz0jJfOua8es+nZZWzO+AUdjbFucXWYfRN2e0M30YxaXIE3iOuUoiFvIwm1TE"
    "muhBe0vX2YMgU8ItQ6dbp4Em2zGvAAhSSp2WWikEC/mHavbz07LDVObwcbOBvUYAODDbzr"
    "WQIbuP02MA/fptq/fmx3p+0bxJKLrarwe2iXsTtAK+iDhkUcby9kteL84ZW11W1wPATUFF"
    "BTQE0BNQXUFJmacs9JFpeiS6lETwldzaKoeOUlRCXazH76XzF7yzm81bqFXrBlsO89Dcgf"
    "AeVkzn4KJ4AEvBP0ajhz37+OPP86tZDHJ2O/kDo+60TinS/zdiPCj6SF7hgT3TRX6FhHFp"
    "6s2OG3Js+8UpfNPdfJVLjrKftjEwhgX2GFHIpe5xS/8O+h22KUL8uOupNTdO2MyKtuOLZw"
    "5PPLc8HAYRPQVxL8Pn0iiDJ8NrY3Z4a16PDvzEXYszib8Qvi57NfyUZ7Py4tGvC7X1zYOw"
    "K924G6eFB18WDlX+p2AJft/mdPi+NK6JbZGoZtpCvT1I+WmEw5YmqAH9337q6u7z6dI19+"
    "RC77dx+vB7e9q/PgDOFH3C+9wfXHa/5hcHyOyKD38XHIP7LwjHvE4+cucHTq9tS0V/Gf4o"
    "kxzZndH5aEcE6dwzmBQqJY+zgqBSaerDGg/xSoVudPyEHILAmupzurARuRgS0rQdWkE5Hw"
    "ooZrTAq26+5C6CErEBw+2x0+sVeN3OWTPBoA2t3QRg7E3cBuXkwFgPtotymhPo5s4h2eUr"
    "9AdvgWAO5NaKp2Ahx75yiXhyjVExxKoZW5gqMZtrt9wYns3t3e4D7BaDLXyRMOZxl+Z/u+"
    "1lN0T22Dt9xC/rSeZ/aPgGlJyR9ItzAyqcM9p7qDvCvo4/XH/mnCG1z+7XaE3YN+8hae7e"
    "dPBc41v1YF55ptd6VOnevxoLlLNPfgAcjjWw1k6+zGPup1B3fnCOsWGZEhd7GeI14iVfhM"
    "f+kNhj3uM33Blo35Jw+PfLSFHZeP7/12fz1gA7xDZUS6Vz8/Dh/OkT7907WdEbntDT71tG"
    "smIcJPmkGCz/qPD8GH1GUjP/YHH3vX7LMZtWbYSOR5H8Y/a2HdlukN6fGLjUT7ypyefciC"
    "79mHdID5tVj5+lqSnpsXhwvv2Znahp3l3q01U3GryrORnQjcb789x0Z6KkR89s1DfAvC3A"
    "efUjxdnzkyN8LO2ulrOVBUoGctJJLUBer2BmqBoVnUswQMzVIZmlnalpbpmEtUa5N452QV"
    "3Xa66OxASKCD/b40WUiba0+ZTuxXbHE2oY7W032/wLbNfgty8GJpsq1y6tMSOUdxXR0hXM"
    "4O6aZJX/lFFMguvd0Wo29Wc+MR0ScTUVPhD144wXDsP7zCYzbyLtiC9bnCgkjqc0U5gMEk"
    "WZx/wXfkWw7IlAfNvQmtRALdLTk4UbE6+6FqY+XVnU5ZiNOve3nZu+eOOnFWcMfez73LB+"
    "7Y+xNP2N8X3btzNNbJiHy8vnnoDdhtDdNJnncHo01ODaWeZiGJ1rR8Ksy48TYBs1HEC0QB"
    "1aQggAuWI1iOtWr8AqteYecX8BeAv6AB/oIDZ3R2vdS/I4mXILjU2eYc8FMHS6g4AUbuIe"
    "tu+5U2s1q3wfjWlQgs3mIS/6sAbTC+zkZsbTwGAh0puLv9BYFsnYE+6g7ZlXOk2zZ2RuTm"
    "untxfXP98K9zZBr62DANZzUivX8+io/wX674m5OH7h598hBxsSAL9e6GHlsIExvXw5dg2B"
    "p7exgvkhW8oNTEOkk51MNysdUbM8Gyli84laqN5l/0+zcRJfziOsZLvHu8vegx7AX0bJDh"
    "aRpJg3ipW1g1Ky4iA/HpnTqyh1cBOnJIHWsWwFl15MjOUo6pFd26rnVwR/MwDLJvE62fqW"
    "sR3bxhM9Xn/bg/SmUaWxfulNk3RxJby7/S2WZqzQwiuFdjMTZj9PXX+aZiC1roK49QjCjh"
    "zZiCui8G4fkMlDjzTTF5/26n/t1OkgkRxU4tjX+G04X8GbXA1BCTQiz0oGZifE2y2jRxuT"
    "qr3LUxHL0Nr4DyWqCF8G7btwG6P6WC+1McW30h9uNMqjVsSZeKyrXJZ1xJ5hREab7tKM3h"
    "ajHUbpELjnUHT4UqBT0hByb+ThP/MEntddvBRWS1bwx9+V4uAOF212RIPL61KhrQ873NEg"
    "O4t3FE77aAfa915l7IiC75WvNGwb6ol8Lvma7H3O3UQa/sO9sd5Drci25g+/T09KSDnvEK"
    "T71Mfl5F1cITbHBGr+44+mTOq8Eyk5e/FWX1Yyu68Yi8zjG3ur32yz5KXtVaBqZFX7Atui"
    "nHDfAAx1QLHIxrMK7rcQCWbVwHSZ9Jy0MOcjB+zyTSDDBXuaXVkkjBaD6w0czbnC7YYU2V"
    "MhGiUm08HbJ0BfkhvSvID4muIAwyrHQGrwVaV3qieM7GAi+oklvTH986aM9+/DEDtmxUKr"
    "jiWrNyaEosSX7fHz7wOuOBluxl1niVx3luTc7S44WfLlCEOoc+UnNXZzIPwdtzWp46RjFB"
    "OPiyHHyQ7ZOOfjMjClmyfaD0ClR7bya4vGqoHNdttnRYqkWoVmxIQxwSQmU1jOaoh8o2rz"
    "EIle2quR9/42coXw7V4UutDo+DeuF7IutTk9flx9uJcPjVvwdd3gsoLoKCTvkJ4X4It7ue"
    "r0Unc6m08CRw6QHyKLqZQ+VabJWzlO2yJzoheBqEnnlHUIO8UGPiBbHJOqR9fH/1sYN+vu"
    "994mPu7z6J8PVSkL95y1Ee4RzrbOA6ms2bSiYJ5dXcEsLc9QpzzwwTq+bEhmVaGMAqxx9G"
    "icPzq9JTZFM8IzG5FuJdQuUy478lIKeeFcFwMCElxrk9189+fK+yZTcSsFkzbFZ+NMu8Tk"
    "S3VqnsF1mbkvHK8Uh5DQN4m//opn8RcX0zHC+u77qDfx3fdn87ifi/b/p3n4LxYbf2xb8e"
    "el2ITkB04ijQxpUUyagQvCKk2Q4m1fNEJpKCLXKil+XEDRUN2dNRE2J9N2wHZ3bSRB7e3f"
    "0nQxsSXIw7kx3iD2+tsh2uyQuzm6i1+kU3Xd0HIeHXkYzqbHPsGMF47SUQyOjRuaUvDPXv"
    "9Re2FZ4wmrBXGy9fjoZfHpE+sahtC9fJZM4gP0d8dsw5uuh/o7+cFTK8q2yPOEI06b4pYX"
    "7w1dTLV8MWSgFVfzQUIo6rK+u9rxbrj4i1BtWKQ/32s6umIm4EioG88QdEQjNUeb1GFiK5"
    "Cn2CHyj7T0b9ZujN0aglyKrdbPZdluDeXppKJF4q0VHi8dR07eRPb6RSI+d05KQ1gWx2iw"
    "leu6P9P/dtiwI9kYs9cNN1CC9sTZRSPsIyrSsx+zZLQsHb9ISCt8mEAkhmVE5mhCykUrOQ"
    "ood25kBOVKyF0ZziH/7NC1EdaOhNlQJzMmgGAZx06NsbwIH0kurCDMBlLpzLnIUPCqWBU0"
    "AvlQMahizdAg8Q3W2Ar1cxC9NziseGIFvqyOvOd4qu2KuH2GwE8g4xG7HdhCy8pJZjo4nr"
    "oIVuPRmEdzMdfnnsoAlb4CdqrTp+cSNenmgy53ROU8b0rOKWBUcPwEVQlYtAbA51/3hEDP"
    "zj+fzj3tOoDn5UDtDPhz54bo6UPTf+ka9i7oZEchm7NVMTyy6OttQth8ga/W0rgLQWaR/C"
    "UAOpWd7HoCKikskeFQLapUxX8BVwRV9IVAo8IbWpBVHT/frNFINo+a6umnrTQji3sbIPkz"
    "xftzOjwOx5iQpRAL7ZG8s1Fdqo5pQBXCkVTBnYbGSwmh0KhbHBZHpZAaBehqZqJ7IxdTQD"
    "vIcpYtRQeLPVMDpMhsatTtwttMfw5U6WYhsLIaBEfuRNIvTpn67tNYng9/JbP4xX604Oic"
    "YN0RudnKOppc8cT4gSr/VDx697ixzKMyuSMZiKbjwiJp4+YYtdN1coY6eKhf6Mre8nc8xu"
    "b0F7ijrmgtTXVX2Ic7A1LMPKnKilePpSyAs/D/t3KWZ7IBDflsbEQf+DTMNusKYuA5ZDwW"
    "dek60CPNf1DEJQX0qqGfAJLmKwO9RhbwXlmGFEDDxW+XOaoMZ/wTX+i+8vBDX+1c+qOrFD"
    "A0ygxn+NXvdAwk5HH0jYaWsOJOyj9CAN1PhvX1y3nqhWoCRDdgFUSq89vFApvQax3sMEIO"
    "6xZdCorzp6pbMt7DAxqc32zVIMzZzs4UmhBSXOnH0h6vv+F/oKjUXhbHbRIDbbksiQVHnK"
    "MwG47uvluhdLp+SGDgRaV3xhG5CBUfpTqkn6U8Ig9R7JHPZoWBDM0UaZo97SKVujMbEWaf"
    "alZQQHkIFOuUtlj22uWhXGHGLHMfG0b02FLpDQfSLXt2pAtjdSo3xodsKFGI5e5wwjtDR1"
    "Z0athddz5IXPjHTkTczbpSDLJUzlwbqFp+fI2wcdZFOu+HjzGLY/fIqcV2MiZVqUe8cROX"
    "ZeKeJdMWzEwOSMDl5M02a4eiIdxAewie2AnKE7iLIHZG9uhZhe7eQLi0BNvZ3amr4QbErl"
    "6GpUDsKrucOrM5yjWGdICKDPDT0EeL5FjZq9p9TeKBuBNj1rZanRDK0CFOjhWmEZuG1uwr"
    "rZW7VyHW7gT6sZExuRQZHmY9Uqx/DBvDUf1za5+ikqugTq7vpDE8+Ytuk6Ha8d3+ucKZ+v"
    "uo1mTEGZylyMRU0LFWBq/Z5P13kt9r6QlYhNfwOsBVpTeqS4qPNXB4uiUGo1IWNirWMkFV"
    "/F4RC2cM0cVEXv3cBZouW1glMmaM0pAbbwN4F74OlUxj4mCPjnw5+6Vu4jKCkLq1B8okPK"
    "9i89ueGQKVRZNJizdA3mLKHBECpL6kuHNxjfOuWwFLo6+LXAr1V3v9a6K+Wh3Voc/a1eLX"
    "95Mjm1eOQzm0+rT0IR2lBQVnicLMxgnRg88Ko/MWxt7n+yPL+UnXRk7TkX0ObqFYg9QKHR"
    "PMmVlakfxWdJ8gdD/FsB4rAMqCFZ1BAe9NRmFl3IY6op+T1hoT1rONTMZ6VWwkEA4Uh80z"
    "uwc2Te6W8KORFZ0kTSv8LbKSbVGtO5MBfpQncmc6zywg9JAJyJBEhjNsMWZjaCxNGQnv4Y"
    "lQJYwYFZL9fZDLNTNI/n3gbk90Mef12KQiTq6MclYQXyrYBHec5BIowIQumVOpdeAaZo+k"
    "PXXqYolAKBahWtIcRtCW1Avn/ofVV0bXcoBdLURqNJinPDXs1puJfaa7TrTg3nhj4dScJr"
    "62udbZE1nY/STPqULaiWDgcQtGv8PupsiYXxkt2qkZqwTOsiNcWzidkTJW0ykA7wRqJ9wc"
    "bi8WVvDcNZeRgpgBwTax/Sb88yIP32LBVpfkmKtGL6QVgIjoud23mMZ0xXTSKcXvt8I7FX"
    "8fN6qrIyXEupfc77X0hao6bDvhYA1POj/mLoKoeJP7zCY0RfGtWcJMWzcIylCrTe6NYd0O"
    "+yEG/epfNu3jW8WHWl+kd7HdTc5lFzTYckWuQ+LYvz7dqyly947SJeu9CWqlUhsOspXiyp"
    "g8lkNcATakkroSYHdba5pozNcM0S40vwUf1+ZE+oZ/8949XRv8Fn1QSf1XrNMiePBQItzB"
    "0r3gDlT4ICuP7wFkL7w9mHLCr52Yd0nZxfi+WOYfZLbUeb67ZS6d64XAvxLn4rp+WZppMU"
    "09JMv91EvejmtZfsDkreqbAMNOfbw1XSLLsTmFH5Dc+EnXQYtf7eogvqL0WyscH64lY1fh"
    "kMq1mE+VtR1ctLomRrraK/BONb13mg+DCbajy++lh8g1XCZ/a75ODu7rAayNYZ6KOPjzc3"
    "2qB39Xj5cN2/Y5OyKTQLT11BKhiR+97gsnf3oPU/fuT9V60Jz6uns9mIXDz+S7vTPrF5b8"
    "/R2F1pRGOHrbYYkdve7UVvoN0Pri9752iBF2NsaUtLUiQ9y6KevcmSC/smPRX2TVY9v76N"
    "c6eWPnMUIyBHV4Pux4dzJGT5Qoomulr3/n7Q/6V7s+6mq7HXsUVfdHNEvGu8ja73mby17o"
    "iwqfgHTB7narRb/JI6c6ZDzamZI90mIQr5NvnybZpWsb5d6Ft4iWW23gWlJtZJmrUdCMVg"
    "HzOpsnBff1KtlX3R799ErLiL6xiod4/8vXX8gzh32CDDScE69B7UxpKweXpZyoRga7Z7YV"
    "4jrkr85UicyqmohiQAzkQGsIWxIp5hEQA0UXjB02cp9x+pnbYxSThyFY5cv6SSRGtP9yWH"
    "Zar3JR/9Y+YSYUUx68gwHYPYp/x+/6Wox9fWw2zSiUjU0Yyp0rLE5WBpCl8aZqNajp3D9x"
    "8RbB/lrCGe/gCkrRwzZn3nWeGQGKxvndcXivKWWQ3PdscLw8kXII3LQomQOj9HgSszx0LH"
    "RGGd67zOnntas7Buq+VPJgThBM1yggLBJB39dhFMIpkNy2nOVY9KwqrXZdUlh6v/7SXvUN"
    "WKS0lByG6ROLfYL3+iKVWX0qtZRaUA2PRGwlAorIzarmszSBVeiSQAvDPpLXjek0ArJ75d"
    "hqZqFsaZS1ZFD0eoB1YouBnrgaWdFgDwDoAlB2QGiEPKFiC8A+GkYrpHTTs2mWl4Qa09S9"
    "utefLdzZQNNIXSViFacMLBi6LgumZztQmnShI1wntsW85GbC9mSN/Q4k/E7g5cv/I+7pS3"
    "zgomQbbOHlD2mfhYdMg6RzqaGvaEEwb9dvFEdIa38ASzuZLNuIqbFooW1poJmZ57AgkSZZ"
    "YrbBjptyW7Hdzw7XXIZnHDi9eWmtMlLNKm560wf9ZGe1HCNS4G2O52ZYm9WICN2g/maRi8"
    "Wa3U8DMr79cr3cAFIBtJ2G4puvEnN8VJeOB0emHabjPPAts3i122trl3G2QPzP4Zfnm0mW"
    "20sZ0m9AVbNjomzHY6R5j9seKDOsyOEgZT4HY96aBXw5mLzzzaOxIJoOiVmU4YGQ4ybG5/"
    "JQ226m4rrfAVeYbsZ3e/Kl/fioVXWt0AsXrq1kVErEWhpao7qIFGVF709NlVDJquBQDP3R"
    "om6EIF6kJSbZO/HPfHdujN0lJUN89srXTLS3Go3DKF0fuRCd0yOmCrbmksltRy/HNKW3gi"
    "GVXMru+L96UQnTGtz8RP+mSFZoaJv7ORNy+aY33KNUCHoktLn5oYeT+1gyzs2myKma8JEv"
    "zVEbJJzbL0u0kVyqAKjEAYlMlDKpMQCIBKSfkrJd0P+rxK0vCc26W8PpI9IsOH/uWXc2Q7"
    "dPIc1D0aBiWP+PXH+/uba/GZ7fKQqPi0f9+70/qDK/E5XWKiCT+PHT+xsixk8X0gvGVRS7"
    "TeiNQjmZfftjXJvBDhSX8W2hvhgUSLtq16WqJFwoo9jFFwLRT5n+n4SGIQbC5mMQb+pGMo"
    "4Nou3RnUu5aod9xaVTWEwjKQHJslORaTCZ36vpOsKIdlWody8Ru57lVcJVBP5njyjKeKiB"
    "9dfu5dfrm++3SOxAQM9BERn2kfu9c3vBKr+Fyb6ew5nfrX1h+LIq6Pd3diAsslRMhfMf3l"
    "HE0pwSMSzBLID/o37G/tossPP4uaJqfJMx2jHgfYYuOVzGqfhkTAPi3cPnWoo5uaRV9VWq"
    "dEhaDKYDw8SJ9VEQ1JAJzJ6rhe7WpVUBNyAG2yMqN4yagiGxcDYOPAesa0OrIJOYA2UWNY"
    "dyZzzTb+W2IGpZcZjghVB+rZm6bAii2LSmi9W0yeQKB19g6UXAKfcGRc/kjAzCCGPc+17D"
    "FRKGBXH9d/cp1DlnaOpU5Kw2rXebWhNFGFlXOgtEvRpV2ylMUINWKPUfcVSjx4kcdND/iG"
    "6SWZKmHIDbwcKLGzpkUQlR/t9rdVasB7s+12xrxDm3038bVPMHLmnISqE+RNgPwnj6c08c"
    "YV7Ft3kEG8j7nzWAQR/y788RwC5JIpxTanoS4Qwa/Y5kxUy5bUwCj9blAao9YJPelRfXbw"
    "MAVFxR+6FoAkFJkDhDiGs/JASYC6LfIbEaszTyKnO6T4trc+ZqrnR0SsTXu44tRA/JV9BZ"
    "UY7FoAIrCFR2D/pGM1I3Ij0KZHoCzz8U+P9rin3RihUDYM4KzW42ZfyfMHD8lsHQhHTJqi"
    "71lOu7V831Irltn6e7DFfPVqrzQx0J5Be27OsRvlvEh287aGmp5AhX00D+PbLrCNZp7uON"
    "AWRyVGy08LFb04GA9qceFqcUCEUTxVwmLQo1fhcAEzBMwQMENSzZCu68yH2LZTym2HL3e2"
    "mSI6G6jZ3kiFeINJnwyCjnXk0GdM2MiFYa5OzpHh2EifTNh83hUbTXTLWonPjSk6Hh3Zxn"
    "R0dNIRn1h4xk7cuT8Jr4Hh7yF2J3nkoYL7jsiI9PTJfD1qQV+wjf7YDPmDV/Qer0TJb1Eh"
    "TkdPLltRPEWP95wPgHQyZf9nv/K6HzoPcURv+XceO6HmFFsjEv0uS/ZvTHgsRX/S+S8VNU"
    "L470Ovus2Tx5jCweMsFl6a+gpPT9i/XpioiKag1zm7jvzlPEU39Im6jvg2oszdiDCMRF1y"
    "L0zDZHQHLVzbQZiNCbYB+4eD/vDm5WyfP/4ew1YUO/GvB1L8uy3RK7WeRWzIGRHKjg50zL"
    "c7m/zUxhPXMpzVKdtbIk6EJ8+2KKLnrQA7E9h6iS9kUn1q+6X4TBNbJ6eoi5i5w+vteQ8g"
    "r7g+ESX45ro9Ivjr0rDYh8eE+jguDAEiL63CBk10/vUM00RjjF50k+0INjs5KSPelK78Sl"
    "9OORXfwxrMpXjj86SLyoFuQopoTrA/ZMD6QyrUHxLpT2zLUyVsNxItRLeE/LKZxH7bajD4"
    "EmArKNgKm1ezgr0QFYK0hjio+nTKlJGUnFg5pCGR1vl3ii9yBQT8dOjbS8D39f1c6x6XBV"
    "J2nUnZnlVi51jnqGQ1z3eVBkSbVnljJqs/zWFJeJabsMp5Ql5xydapRsXz8byiSGr+/4hM"
    "SXkszSvCFaoBaKsiGpIAPHcFVFy7kCZEhSUEHeB9vjOUEtpQu0vCe89zAZDeridqJaiRc6"
    "9OIaobHqv5qBuma+EjSYwqcr2zLUgloj6iIpXL3+mdLFGqj6L+FFrqtv1KrakXObLRElvo"
    "mO9D/mU6aGIamDjId1ycnIuow9KiXHewjRfM4w36igc81nEMR5/NTnnYLBmhquCePDr1BS"
    "8dEdrg89lezES3MCIUBfEdh1J0zOf1olBejIdQdgGbppd4oy91yzk5RQ8Gn4TL4yWdzEdk"
    "YZimYWO28aY2sqn4ejzU5S7ZT3C824m78NiWvyiIfcUV+6UmD1oN/3kjImTUmaN7TxHjH/"
    "EwFPtfw9lS4D5ASayx700CAmMjCIzhpcuqHIdlWhhPKKFDbkOcsg2GOPyayagoh0UgkBA3"
    "PEzddvxyktpClpq85YhOyrYG34pzrMYmFSXS2HvbMJXXQSYNK5F9JRKG42FU8qFPwhlix0"
    "np1hQfslUxD0g9mu2NPmCh9mcsqcexhSPiDW8dG6eo92G6nveim65EyUsnpa8FqmelH8a7"
    "XQr/HFp4pD8BzYwWSwIPdWrhMeROh9uZLn1JBNe2vx34KM0nNEH7jkZ5ure9Adhb38KSY+"
    "gBf01rN7uWaIUJuu2A6f32sP3sX58vN/27T8Hw+AshXp6CA6GaehSSAjahAptQ2Jy2g5c5"
    "TNVADGyjnJVAvD2bhzMTkQQ2RX2UmiSbApiP6Y9dM3XZTE0IKycgtE8t28s22EVW6BP8QN"
    "l/iqUq1GsRCqMqFGdoXc51QrDZ9UK3RxJzKzais83omnhjNT8SnDWn07WQPadLHrflsd6F"
    "bj1jZ2nqPIWPfyAu8kA2+8yZUWtx7lV19CLH3tp6gW7/C3TWI72ByJienEiSOiu8MdiR9b"
    "Ijg3VS8duGZVrnvC0+/6z+Xeobm77DjmBNMegQEmmFHyS2e8+yZKeyUen79yyRocohS/M3"
    "bQe6ZT6nCqoNeUn+msigV0I7Jte6w6MUtF/xeE7pszrcCcHW4V3KSTLWbay5lqkCdVimdS"
    "iXsqtt44lo6mUFYmKtw7qEjsXMLpJ6U7aAvBFpHcDF63eGzWxox3iR6M/bK76F5SoMvARm"
    "S2PjLkvXnmv5Ql1xUYBdBXbT1CauZcu6LaaHdGNiuQ6UBoVYygjrcghzRUEighDqglAXhL"
    "pqFuoCsl7LVr0Asl6orDODgKmujoOtPVu1XbGZbsREDdwKabG46EvSd/hrXtRnP7ju/cn6"
    "fK7WIsaVYdthv2pftNhEQz5PW5Gy58ZygYmjccj2RWvoT8ZRaytgC325DNI89kDq2b31Jm"
    "orTktqGhNj7x3l0MnzPZ9q1SagyiSth96HEh5F9G25m0MRf0/v5lF0ET9KvBx5L21RpOLT"
    "mYPJKRILeo54zWWmeQi+A11igrxbeCwGn7fRQfaze/J3FBxR5+Jq8NdRbAWquu+I8NtAm8"
    "76U2qbXE2Zzc32a2Md88+uGstxIwDd1yXuyUD/T8N1N1dIS0UY4h7JuMdfjoTTkrp5/dGw"
    "cyUFlNnLdbF0VApJhEVak0JSXENky5LFKLa0Qg4EWvfY//jmTYbnno1KffDFtdibi9n6bk"
    "ptmR5xFwleePQ1tpauEG2uxioiftS/792dCwV4RAa9+5vuv67vPp37HVXYEvBPh/2bX3pX"
    "/EObmi9eUPHwqoX3FbU1CzzjqRIXg5Ml2cnQ66aTq4pvRBSicfVx0CfjMsHjnGudI6Kwzn"
    "VeZ4i6ph+dzYy/QdT1W1z1tKhrjLXOFRs1n0tUCBqGbtOJxis1bJOC4B1IwhuJPUoB3uYS"
    "l0m3COVDVORLnCjJFVEuPZ5M3G3YoZI1XTp6nu4u7h7ZvwUArRh8r9muz4qy7KnfjXXoPC"
    "4A6cIaFNQS4eS7K4Iv+xro7vHm5lAl9aP8JUmEO0Fw2h3klhCsMsW5o0n2uo0Y/tjmXXeP"
    "/Qw13qeYU5VPOqKGvKAk+T17EdNHJ3PRx9crf+/P1hFV4vknl5Y+NbEs0F3JjUfELx7goD"
    "GeMJBP0WOo1sBGLFlswCvob0zxYkkdTCYr9IxFOX/vewa9raX17yPp7ZGF4dsRKuHXRn3o"
    "bImw16OuwaE1uZJ94cmnIwfaEeEWwl58dHhbjCjFVDlAXKgN+1odaYlo6wKfxfeawy9co1"
    "YtiB+Wak08reJij4aDZbCnVxJfC+xVSbyepokMxlIKiTvU0U1tJqs5sW3DR8TA1ZR3zwOH"
    "pdz6E8zMNV6wJeXep+7tqFBrjvPifNXUtSYyRLdofRuR1m3c4nUQiFenQ9/MyCXEq7/FVY"
    "d49eFeUul+oFRUt3h/mqzSltXiGuKipcdFaRC32RPgrAnuNdvAWWENP7j1CtCtU+Zlwblw"
    "Pn2GwFw0j393UO4+VAUbRfI5vZCUjdkis22DXtn/14kTj4GtQ2A8QdQLl52iHjOMVkhk5C"
    "Hh9EqE5Kq57YiM3cXSRuw3GxZTfdisf0e6l/Y6oYul64hW2Bj95bJ7GM6Kp7t6SbFMBRL3"
    "sPCEbRw7+FL8XhPK7oOnp2KkNyv7GuZqRJ4s+mp3eP9rnSBq8tiedy/2J2HfyEJc9NUyHD"
    "Y5+4R32WY/ID20Fzo9/Xw0COfVyEWzpd1VxQmddXvXFa2ohZ5gtW0dE2yNn6ZiF+TmqFOD"
    "PyoH6O+FvlqWbVQITBWJi7J5uYtLTKZ+DRyl9MUv54g+j8h97+5KJC768/C0xYdBkMvoWF"
    "4q41Wve3WOeCGTuN52mPA2JEUXvPFF20HlqFJUqnUe+lJCSwR/dTR/M+bw2UrEIYmwPn7a"
    "pHseEwapm7MZZUQU1rnO6+wrV3nKMIcEYY3rvMYQakt/c0KoDUJtEBeqX1zoMBGMAWZffm"
    "KYhihOOnDJkSSSkRzUyRLRsCJiWVuTEoyWum3zDBruuY9Ogv6k43P0yuteCnf+YqlbeNoJ"
    "fWIxASf6kWtOEaGOpBtpufeCBqT1akDKjiMrn1YQlQStoC5aQRba1cwgRk6NPyYKOn99lL"
    "/kOrNf+vQkY1Oku8VCIhX6xMbY205NTFeyn11bm8zx5BkrhkgjYuDXTQY06IQrAl/VcI1K"
    "AaxSlmCeHZsUBHBTwFXdtHExAFaaNaQSM9sIAJhJ/omjG6ZS4mFIZK/Uw3z6wT9mLpkIA3"
    "TsGqZjEPuU3++/ytIZqshITLiTDuPtiNQNkjg64nWFdvs4JD2Fdvs4HuaYWQI6sXWxzrqJ"
    "qOuM6VfuhwgmFE6JaLUR+xxxAqKD2c5YeRRK8fF3aPj5+v6+d6V97ve/DJEhCJcJb0cldx"
    "2RYKrv7PDdOj7lEjk0ygY9nuiWZWAL/S8+fPLMvixbtcUYWyf8fnzdMZme+njbp+tvejoi"
    "sRgrd9awb6kjC5v6Ci3Y/zn6M/ZcO/QVHbPVoMhgP9LEuo3ZaMPEAanU4IVl0Mw0nubOST"
    "ZaZ7D0hCa4nb+HOCbxSPC/gfhZS+InlBjJYFKWUGIk9BgpAB4TayHUJeSdeketCswhkRZC"
    "XLyDJHiHKe7mmFgLoa62NlG7OKBJ7udV/653jqaUYOB8tt6CBSbitxXJAI5vVRxf4AK2/2"
    "mCYivpT1h7o/7AAG3bqgMDFIqtNBxSINUqKB9QbAWKrUSDd8/urb5cer8xGbrbXO1kCtw9"
    "u9rCE8jKTHYtNPzyKIK/XkcBfRPGcgkvGRKObH1ni9HGVMI73memDNVGjhiOkc/irbH3Kk"
    "XyrYSjSuMhN7XHeYN9xYat8Tj0C5YEWCk1sU5StnRYLob0mAmWBXWw3au17S/6/ZuIpn9x"
    "HYui3j3eXvQGxz8I6Nkgw4kEV8Hqbq/9lcXqBvurJHYw1KTaG08wvg5pfHGtdH94h94sLc"
    "V089DWKUN0yHMM+oIpeCSzu0KXO1kML7oZmykZlDP3eBM2rzgkn+UJc5biMYOrg0w6Ecma"
    "J8xi0h20oC/Yqy6pv+iG2BDrCpGdEI8xaZKVdacREdOdevhyxtIpw8hcaf78Hm3SuxvnPo"
    "Y4k6foQSSlcjKj41rE5t+Q0xQd6nEWX6n1XEamKXAO+TUoNtmMF3skdO4/pGqgxqQAWTDo"
    "lKBul0FXl1wN/tq8p6YxWaXqHf7lTHqHlyu55BJG1kSNz0wjWLiTOdcCqGuFXvWejqCjoB"
    "A2TzawsWme8krY4qd41bB9Pfk7XslabDtexZorGq+GM2f/9PXiiC5SyV1HhBe0tgz2i3nl"
    "ihm1PL1m+OXxdK3rsKeYX/cmxqJGt+cOW49AM4z9Gtv+l8rupAYn9CGLYcx1C2vjpYruER"
    "Kp7h35wxv2/2oNcghUfYadlTZ2ZzNZqDEd2bgckGBTNTtxJCWxTc/mTEpCP8n8/SSBWNU2"
    "PRCIVd+OY79mhxf49St+TTTar1+zzdtst/4Ns+I8JpvEuN5c7GwzrXkbXS/hOaM93SVe8Q"
    "CRly/qCTBbFNs2u8yT9ykaU/dp7qDjsbtio5hxKvzpJx2fFfU6N5hZbPEOU7aDnvGqg2YW"
    "XfifD/DUsNHE1I1FknNV7a2l9q9/O35d3IT/w59QYxNKigjwDuib4VA4oJ5O/PViZmVxrQ"
    "VayN368CYDd+vDm1TuFr8U1ZHCj4gCyDGxXFDX7I0Ty9w9+5AldffsQ3ruLr8Wc/PzI0yR"
    "lBiWKWZHH/ZQiaD8Lst+fpe+n98l9rNaL6h9mkDV7qT4pmNSle7hZroisnAMuU6kZjOHJO"
    "Axqkl2V9sx9XV9RedORAhw3e3hCZlUe7oguMk73MzWMJgz+yIiO2y3eycwQIsD99qfsaUA"
    "h9419ctIbCqoqSmJNfChBWdGihctdKTs8KP5j2Y2T1o6xNB0pF48C8dwTEnW2ZZScIFAC5"
    "1D314RuMRWPrInczx1TRysfOYqcMPLz72rx5ve1TlazzEiN9e/9M4RP0FGpHd3xa9idvea"
    "1IITjXPsvB137PZyBRpikEu4AUmLnO23PEscEmufA6ZN61ujvlk1c8i3aZXFWyPfYwwr3I"
    "gVbpa7HKh7xfjLl5YxwRozPi36opt5NeXkLPWtMHrEr931ekIZHpFk9eTu/f2g/wu/6v0g"
    "rkcPej/3Lh/4Zxb+U7T1rIcG7QE/xRMj3/Esk4djus7HtLdi3i5k/6PbMv/2lhJBcvH6Pq"
    "45fQmlFAQOXnTjlVrkJiEH7FxIzq0O2eghr7p5U6RhC8vCuqapGiuPyMD2zRLU5YAVEBd7"
    "tFsdFotsrEhcbMCUkMH15cOR9PwtIqAbmqql6MbeOxnw3SgB1e3dmp23WcFN6EsplWa3ve"
    "QA5B0gp7zXlYv6xjv+JoG/8OU+fhlgc30wpHNB2kZYSHBmCsConXyZ/1TExxCwbedkBMhm"
    "42Vo62XNVraMV2yms02S0Sn6w6bm9A9EiblCT6KSlzO3eNKRqJ7x5LKfj6fo8Z47Ibjout"
    "Uqu43toKXuzOMuqfLuNCLHfBL0v9Bfzgr94//w/2FQOJpus9OkE9wL2Y5hmoguMTnxSo9w"
    "IsRYt/H3fJx3L6Q/sR3AJuYVR7jSwr58piwpqBJyaPbKzNTtuea9SGZYojluyzKTCLfJ/K"
    "kk6yy8FJRaeRYhJNaasiIVYx85/BSOmYRcm/Z/cU4Vair5U/zhrdnMxbkBsaWJ3FLNNBaG"
    "JFSU7gJMSgK8iXQzk9pYlmm9rYPARqjC9gHrTxrbP4CfnBbmVW9liG89cMNisIkhMakiXK"
    "GS7954QqLXwRK9oD5/7kI+m2AAuFBr6hi811e88v7AleZpha52trkDl944zXIzZmkdddFY"
    "d7xCvra7XJoGtpA/i42OR+47PP0wct+P32L237Of/sb/ffbDyTlaWnTJ9UZep4gSjGYG4U"
    "8ecm1sddgUxhS9zjFBOqHccxbw2GxJ3aODfAXIQquXH4+tuMbZfUloOXswxSYMyWxjDDb3"
    "EJJhyX3iMdXOoY5uqnveImJt0vEqdr41L8XPJxofqS3DUZKofN+9vjoXZ+2IXHbvLns3Iv"
    "1vwn+pGaQQKpeNylQ1akvRqDhpMiBR52Anx0SBmFxnYjLkj6Q/Yu3NH1k/oqq00qQgMErT"
    "a5gB47x8JxIQ9Eol6IUeeMB3V53txOG4By3PIC/UmMi6Yqh4lYa+e+Dam6092JfrWnKtyV"
    "y302tpRwd0tjqY/KEqNbXT0QEfTM18MFzHkpuxKQ6YQKB1RXXfZrFB36bboG8TNmjznART"
    "S585qi6Cq0H348M5ErIjMny8uL1+EEnLtjte8Jaz06zZzUy6d8emsjFhM1327z5eD26Fc4"
    "GSmWEt+Ij77uDhuntz8y9t0LvsXYs5l7rlGLpp8jj7BBv+7MHVzWeXN/2hmE7wH4pzX5xl"
    "qcd8ll6P+SxRj5lgR925FxJqDcegYr/ei54D95AQ4J4P92a5s9uFvX8iW5pF1aoCJgTbl8"
    "9f+MEeVCuxNd4LwrBkTLLhgr3Ldriw4jNU2Puy3M3/9uyn9+vtzv/YtsGHt0wTSO5oQmVR"
    "xfSNHIxv3/4tox5F7iogUP8jF97461Jox8rB8oTgnhHzerpWMgbMIVCUvofbGyham6B5Ck"
    "XGZCEQXOdA8MywbEfbI+wvnQDWvM5rnr8CHdSea84qc29gnuN7IwbrW+f1XTt38+hmMVlY"
    "6VqvtPC751nmsCCscZ3X2F1Oc9pZUUmws2q87In6QsAYK5GOl7eGJlTPzABuzOxTxThNHK"
    "CGWrsVJnr7NDnFbO+oFCCbIeXbhyyJsnpecmiqhoGcOTk5usGgHGzB+EI52JqxzaEQbGZ4"
    "s5aA3aqrAco7UE5TT/cg9psG2ZfVH6Gf37D5WnRGx6gSE8ym3hOugTdLW0E6VKZIY8CqLF"
    "VEPIq70kWC5zVryoi2PjCKzRv5/WgpEhGgIO+hk0j+ciQv4m3l8MDaTLHj2e9y8lY2Tsq2"
    "CeKq+ej6V42DpI2XCls7JlUhJ/ftm6bUevSqYXoZOWqnRkSsNWT/goHdtIlUAnYjBsAmKh"
    "hTxdZlFByqUJP0QA7qpSSbV9knkkgPbxjGWb0j6ycVapHWphap7zLRCnAz+X6TtjmYKnAH"
    "sO81xI7jfb00d0BoUCeDO4CN430n+PiMlUov5+xnf//Ke/Zs5kBLahqTVUfU/7ToK1piCz"
    "3jFTq2MUYcBUymp5vxp974k2QV0uKn36O6BbtFcrOnp1L5w1tXhOH9uwz5U+/fpaZP8Uvb"
    "nRUvuulKsqh+Hvbv0rK7fYE4I82YOOh/kGnYTVRDtsDMoeAzr2lnAbzHt93f4shf3vQvBD"
    "ghPhmf4CLu2QBa4DdCC0wop+lv/TLfZEHQRPL+CsVTMjixwzGcbG322FzGC7ZW68oj62Zz"
    "evCmCXrbHXPA2QCHItuhk2ekE/EH71pn4ukTGyIKWr9aPBONSN5iVdxwi/d9Yhqi/DiegR"
    "P+oE74QG9WK+cUlWqdOlF8TafQfleAOSqVC+aaERDKUdtCLSkYPv7rPGYAbmtsFZKqsLNV"
    "sL8b29gKqk1BtalvCXeoD1NufRhPCdVkNN70aiUxsW+6uwcUK0nfwM20lrMUK4FAY5GBxv"
    "V5oprSlRSEZC6IO5Yfd5RnbIR2YwEIt5vtnnxyD8tzhwBkXrdtGhM5hmh2921ZLGTweR6W"
    "eKzpkwleqlPewmKtMaOBS1h3YKF26pYegB8y+CLYqC1dAD/EfRFAqK+Jy000/FWzw8IiYI"
    "FJeclcqVH2GYSE2rShi3UcMI1R3WmwFgJcgfldtQfG2rBa9nQStC/fuCNzFKyf1t3sb//U"
    "LNrF1TLHQBzl6Lsmg68LSPYFkOwTWlcBkF4E8zRL48qKaVjTVE5dKNMbtq4RJXGFhetHpf"
    "vBghJM4Ppql+trwpZaxX8QjAeKX8xpkKT4if9VgDYYX51HpjJwS/HJsDs67BDSVHGOy7XO"
    "A1Y8izKAbMmAyoX1WrB1YBd/buCFbpgqIK8FWgduKeeGPp1a2E7ppytHOCTSOoxL4e4t9d"
    "WCM9UdbC1sbaqvJHCn+xalwtX5bt42JQpk2Bo7XI0XVXp7RA4I7tkJ7sCnTN/b7eJTKmQf"
    "hpJNuDOuyJqWDdwHqWyfyOvBolN3sm89y8Bzce/N1iawqnAGBRUut/iEQkUwd7uGtHABzt"
    "0Zrl0UCH5nI18UHY/cd7O/jUfuj/hv79h/f3z3nv337fSHkfvT395/OFknpPKyCvf9Dlpw"
    "lxtep57e99lkItZuexmp7LO/XJ04hmOwj8KVvyLZr4f8MiPCLxLqoBV2gptP0bGsSIS+4q"
    "jbW9Jpw5Xl/bl4ViYk1R7SyxZaCAWrIyrVQrdQ8bZzAJlqi+O43DedNTR11QEMy5QPXpVn"
    "gxp2KWzv9LIwawEoC7NHWZjmZB63jpHXnOTj1kHvUEc31cGPiAH8ueHHX5eCoq6+AnFJWI"
    "Tci2A7uuOmOPN7xF0kmClRauBauiz1ugBV5ei2+3D5uXd1HhiYI/K5d8P+nLOfNiL33Wv2"
    "76VusH9fdu8uezc3fOyE/2DTTBq72QIvmeIuW8Iucc18Ttk8XtqBkn4Ul6teTTr6x8wlE7"
    "4WaOwapsNM/lN+v/8qKz5TtfJkYRN7KW7q2SRxSQiPZQmPQRwhHf12xRGguXFVWSx+0Nhy"
    "FfvCJgUBXmheUHZqkHhv5qkpEheEzQptjKGNcR2cnSW0MYZqOKVVw1mfowUg3PZqOPF3To"
    "YWuyGtqogt7M02cLN04W4ozEk9FPpwF4lv1j7ch83QCrhMW0g5IbpTBlJOmGqVhZQz/PKI"
    "9DUbBtnYNG3k2uwLYwfxUhYeowUd468T053yVie/dB9OOogdElPEnQ6C67IwiLFwF361eJ"
    "/1skqWna/ihjt5MtD69dAEmZylVaCqSjFBFP4oiYrnqlT9pGB1q/BTrfd66Pg2iN/BWq3B"
    "cUKuwj6wDYHWsNn7Dc+wZcnqi+3KgYiIVpgGsf6ksXkQUIIFHFb1RRYcVhU4rKC7afXdTc"
    "s0QLsmtqRmp3ehs83YpEtb0/kwheZmYvw5s/wYYFNDsCuOn9nSof/F22SeIAahzRuQOWhB"
    "RYoFMwF1xLTMDjMRicNzLHRksRc8cuYWdZ/mIr2Cba3ZDFHXGdOv8h5nFd1XanPy+xx5O8"
    "e7teb332TTJwzQ38Wn7DMh9W8le3SbzdQyk7QSSyndcA2WNCtjJhgP2RxZmqTFn5OsKCcE"
    "Wwj3395ngPtvcbrLBm5+KZb3oUtA3pLyocug/bZSZfiLQGVjBuNbuB+Lf/xNOhEZwGpWUU"
    "wK+BHSyrTGkneSVGLiRqWAhxvxpRTBw11g22bKeXJNHvDXNB/hRqQVR8o2tmfvt4ftkK/J"
    "njf9u0/B8Pg6JDr4GTNjyzGzNX8sKdyi06biEARQotMXpF2UaIXSKmU6PHilEXfJKSUSp8"
    "fmYmeb42MshnHKRvl1UX/nyUqWv9HBHVBPd8D/b+9qe9XGsfBfsfplWwlVt1rtjsR8opQ7"
    "lw6FO1za0WqRotxgSma4CZtA2bva/e9rO29O4gQbyJs5H1q1JMeBx47t8/ic57Q9G02wqy"
    "KD16HAqvXLm/nX6XQ8/aWPQvulM/u1j9w/l879YMwS0NamfWb2mYzoX7HkX07wb2WbW2wJ"
    "1pViP40z0WJflcnuk6EOPhRTBx9y1MHaVvODo/u1Sxf7292dBLbkrkJw2bXM8aD9H2w8v+"
    "6FdQRL5va0nTZVtOrOsmeSSwoMRGKgDeTXox7co28wAQK1oZy20wbXup0s96BI+iQW7SB8"
    "6GP1IXxsP8joV+qStFU7ukUrHg57niuIEClm4WIDDbYzdTNwq4MXEGgvKktsxkqb9eB6EW"
    "UJV5BDtZxOS1tqSKd1hD6LMCmVFFjbju1vzurnjOkVOrplPHbX+7klPOnQdFY2O8wX8KTJ"
    "xV4ZT7rxDCu6swKm9J8M75DEYqVGDDbmIKmn0aQeKIBUYUke5VI8DZTgqQ3eamqYcBOJKs"
    "6JmYZoX38wkz2nKO5B+tSk7ggIutRtbRx1vvShyeDxcTKmZyOh/dJ5Gs5Ho+AghdyJcXCU"
    "QubW0fzbePR7H5EuwN4PGx+Xzuz+fjTvI3e9xt7SeRjPaUsb26PtzEefR8MF/cDDfzBtyX"
    "MOXq4v++e7B89SmqcSCw286cprDLoime5ipiK6XwNo6yYq8Mtu675irBaNmLHSKD7oalQF"
    "RP4UQ61X5A/f64fd6sxeT1tCr7el1wVERr7wU+Cnq2oJ8kaQ5no6zZWjQy7MxfzsPj8mjX"
    "UMZWnppdQAU07L5MvPhJv1CyubjaN2NAI9NQ8wH+ZCkGa0DZ0AqpTFxV4YrC7mcbnLvVNM"
    "bnJv9VGvwNjWydgWZ7OepmG6kNn6ZvgwnnwaDuajPrI29nZlmR5eOl/Izmg+HS/+YQSXXs"
    "gX9Rx7/2oE1x9Gg8nigdZbMLfEkZfrqoojLkl/PIt0LEro9dhCA++/akbS9v0D8TFE5RBK"
    "qsjxRhfmxbbM6VdLi8X/3tnEaVCEL211y1XkgBIpfvG76RwDJXKLvS5DiUBVkAq55eZI+9"
    "a9QdUyThFkV6CcRlxTHQNZlnDKDLDTwmqg812jzndaHsASZl0p8FQctzJl7Wk0sOvirELg"
    "ypmrBF1Z/srgOlhOto75KK8osOtzMnEY7bCHuLZ7VCAO+7R+IXr71zvkeugnqiPnv2N65W"
    "FDdE+G3prII+PhmA/aqOOZS4drAX3Hex/Z5I97dMJH+u/eo8UGo2AwIs89IttnsnffD6ST"
    "f2b/DLTv2EXL9DwbB3f8jofuCwplSoqV8aw0/xj/ilhWmvMNIaizSYow3zWyWZE5Q9hXiY"
    "sKd4A6aTH31JxqWNtwA9mwm0hXBNkwkA1rQR+AbFjLXoqOcqZSlZQ5F06NNM0Zwkp/mtzL"
    "eGcX0k+ZWJOOQS1NQ+VGmpjlayip0z14vphPCa70TpEo7DaI/9HLubdIX+dhLdNZX11xE9"
    "kstBVn6uztvZpEWmygxQ49m2cmI/FH7irJNMvL/HHfLIdzsS+UMdMgNqo5CRfbOQhF6iR0"
    "XBLT+nZkf++KmsvO9H3Dt8hOSwHbtBGgKqoeSLYt9g8BqKdKByZ2NdYNjJbDzpYNBGe9eG"
    "zr5awraNdwueLY9wlsFx63LyioBOqnoLUOjoVGDtvjqBuBT8hH5JR6hVFcC/iFevmFcbyS"
    "46q4MBkz8BJPeokgmVSlZJLr22LvsETNh7MBkOWkfLpWASHZzCtp+QwX42+jPgqsl85kdL"
    "/ooy1es9Wj4ZIHNauDte0oUmtxsNNgN7ciXn8+IX4GcUUEE0oxo8eZ6DCa66bzmKKYYvwZ"
    "b3PT0WfEmDk9BpNRVoEwb3nLGaQxGliUkS6BIhZmo98UhnQvovgecya3jFwsVqwYXZIx0y"
    "isC9TegAOG1GbodaXUZgjFr2oWPfjYU0OVs7jKstR5vrsk3jEagXl4lYMdJ1xTHRuzspGO"
    "mff1Avm8rLLY+YeAesaYZrJxriA0+Ii9teu90DE8xzoLDkY8/qV4hc3MseV6K13BIlcc/3"
    "KBxqc9mS0XYVsaY2VH9ZMvD1rQb1zlYxbSu5g8bjMHL1zyl+QKe6aaRaP7F9mlldu0yahY"
    "XBQAkmjOCiJAUoK0pSEgaQlciAHp1J64h0pK21sbvDpsz6spmLHV0I3vrtueZ2t2W1OtZk"
    "tsoEH0fA2ZCvEcyWZ3pWx6gSmk1JcfgZ6RUk8u0e8vfANOB7Ek1jW+DjvsrMJtqEoUy+No"
    "+olVnwrtl87j4OmJ1pGi6QNUHOh+MJ7Q/69Ne5sXKGogtmWN8YpuefLdUxwSwNtoMEfVHR"
    "IAhzbFQ72b9D0c2txir8sc2jR59t26bq7o8Bu0fmsQreBLU194ipMqc92xMSwtWJF5gUGU"
    "tlWitFXmfnFFvgTcX7oEWCn594f7bITFtID+04v+A/0KyE3qOsieWzSEJUgdt/2j+c3Tw+"
    "zxkdYI9zfubkerhA8no/mvfUTA8f5cOk+L2XxkfBlMB7+wu+gBrREsC+Tex68UuSd6ZXfw"
    "rI3p00/vx9PBdDgi39B2KDJL5+E3Y/Dpy3jaR5t/EcfixXaWzmT8bUS+1mRCrbf2D2z4eL"
    "sNlnTlhJ07mXydu+J0nbtsx2+It2a5B0fgyBYuDCmb+ryZD61eH0Btp3EuroMJlu4OO6rE"
    "9OxxRCYYakknsRmjpK2t67eCggY+tBj3bjJjwIfeYq9L8aHA2VW3i4AMAQhpbyFdJxfSDl"
    "xo4wW6YtL60nwBDQn+SuXCZus1I2VzbHFwoXeCKHbXUXg5UMSdWmJ6JRTxi+vsN9tXwze3"
    "pvdqrLFgtSkrjCG212l1r7k4BlOSUFQA4G1uWsmjgzzL1WIAB8Ph6HFBKRfTsvBuT+MAP4"
    "2Gk/GUfrbC1tZ2WkHEkK9ir85yydOWV3DJ27kb66AHnidegG4rfru6SbxIFfmBQDQIROsK"
    "uBCIBoFonQC31YFoeTkCAcMg1CwoZRt2iYXBySacrvg9QMwn/YuPAjPkrlnZ7UjYuoeO9n"
    "7DCl0TpxX7rMq25b682Ex7Hq3t7weyIFKz/YbV7SatIZOVxn5FR+xhdNyEZ6N81e+anrt0"
    "aAvhI47k8tGz93vsoLe0O4kz8J68LOv1ew6/d8U1vDGnEk8sbHcFpbob5WPCTsgBWxJRFl"
    "u0OczpzHiyMjAj1/OnQtfzp6zr6XoroUJG4bBNDOrbknalFA+bxdQZw5SZNqjWXUI3XjfU"
    "OyBvC71wXi9QdIznncJ8wlloA/r1JhTFYmkN1Elr/c4iPUVg2nYO0OJIT94Gwjwh5fqKo1"
    "tfzjOumKTkEGWsYAoTra84Vk1RWWPTVsB2nmQ7eRbgQiaOLzvXsdErS8dl3tzTVGc0IIHo"
    "PIFs5s1tF82ZVhEVcZw5ndFygjO83djYNKfrVY7djB6CQqs+4xg994h22EO7+Cr5Tcjcs4"
    "ssY+xnRjzS1Az22cb0keMi7Kx8w3Xe58jM6h4DAWAtIxwhibX6JFYWoOWfE9XlQ1gXWXGD"
    "+UMFPM7kloviEK/LV3u3EwsNCIAaigqCz1+Mvr4+P8TiVOj2A6ECqXtdQBYYlaYYFciMVI"
    "EXMiNvNjgvXc5FQFrl6r2UclaB+FCq1AzkAnZqzeqVUEF4vcbWnupAKfraGbub5irA4waP"
    "GzzuHnjc7V8JwOOuHtm1574Y57ndIlPAWIAxmTXOQzhvCPgCt9Ewt5F67YHgkMFYNFNKsB"
    "zc6w84y+Ccny+BS7odLilT71ZAJuUr4paySVEZXsNj90vmd864nEpkB3FGPmb5LH2EHc/d"
    "bvEKvTVpUuSK/Iv+inc9GpfkoPhD10OOu+dTMmkuAUvJDCrB5UOianyuMFUzfBa9Hq/AkK"
    "vZJF8W9Woe2o+uu8WmI4aXN8uA/EzsOju9CfOoZrNJimD4OM7mUXz98nE0f/uBMQvkJjuY"
    "7JrODmoZxNd2mYJCkYoDNzGCYSs9bMl0r1SCJbofuGAZLhjkvYvR7yYXHGFUJu8NdGVlKb"
    "jBJlMN2LQR4HqaQuP28hc6xJHL9ZS02DGoZZ3j9Cg7zaMBTamCrhRN2SzvEA3xEuKBewvk"
    "mIdwUEEki16eeZg6o74rTBlquCns7iYwHxHAUnzUu5gzgw5udQeznyVKmy4pYJqYaOdAXz"
    "8t0TJ3pmXvBQczJUq9iQkQa8UivRCcpgshIRWc5h48X1XzmrcBpxkEryEVrLvIlnA9wXt+"
    "BRZiGDfUMYClwx/4GVEisgSCd1TQhcidVkfu8BkkcTRM5nBWoThePhRHk2FdaYW8AfZsa/"
    "NGwDCGV3plxKKZ3ANUYpdW714JlfgDe+KjmmISgjPRUB2pknN8+lIpIBzeriG6H+7uJNAl"
    "dxWiy65lpYCdPXYEjMTnp9m0yDuNTbJUhG3t0X/R1va7uNkvAZeCkeIbcpLAWfXfXppIoA"
    "18FDkDdZ6b/e//3fF2ug=="
)
