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
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
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
    "eJzsfft34zay5r+C419in1W8HafT6fHM3nNkW50obVseyc7MbDSHoSTIYkyBCh926+6d/3"
    "0B8CE+QImgKIpE1z27mbaIAqUPIFiPr6r+38nSmmHTOb/2HNdaDi0Tn1yi/3dC9CX7h+Bq"
    "B53oq9XmGvvA1Sdc7mTKx2k2Hcgv6BPHtfWpS6/NddPB9KMZdqa2sXINizCJLmKD0c9/Rz"
    "M8Nwh20OlEn75gMjt38NSzDXd9zqc7u0Q6mugORnPjC55xsQ5yFxitsL00HIdO6CBrzj+a"
    "6q5uWs8eRoaLXjBe8W8zs6b06xjkuc4bj8mpjhxv4mA3HMQnY9N843RQ5qa65y4s2/hvnU"
    "F01kE6mdEvMKMTI2dqrfAln4PibGMq/qbbeGF5Dv3+dOCYODr9ymi60Amhi8O+xVJfI7oE"
    "yCLolHimSX+OaQZfZXl2zoDxiPGnhzXXesb0Q5vC89u/6ccGmeEvdCGDP1cv2tzA5iyxQY"
    "wZm4B/rrnrFf+sT9xPfCDDfKJNLdNbks3g1Zr+QBKNNojLPn3GBNu6i9n0ru2xrcK+bbCz"
    "wt3jf9PNEP8rxmToYuqeyTYck/a/wOazE027Hzxqo96jpp1kNmMoEdsmwUdTusR0I9Ov6v"
    "Bf/8y+wrcX373/8f3H7z+8/0iH8K8ZffLjf/xbb4DxBTk8948n/+HX6Zr6IzjGG1Cn9MnK"
    "wnq90G0xruH4FLL0K6eRDXFsLrRL/YtmYvLsLuif319swfHX7vD65+7w9PuLM3ZDix40/i"
    "l0H1y54JcY1Bto+f9KQBuOrwba8IMNtptjsXZwP7wvAO6H97ngsktJcNnBxg9/McI94i05"
    "yn36rXQyxRm0ExM0GfKT0c+Dh4fe8BI5C2tFXwRjcn3bG36+RBQm+2VMRo+DYU+76953f+"
    "Kj2HGtLXWiP7OxD08MwxG7svJselo77NNP/fvu/XWPfkODMHjG5Oe/a92bu/79JVr8qemz"
    "pUHG5Lb/a49+rdtbJm0ar1hzsElvmn7DFdkCF+8KbIGLd7lbgF1KboHYOzG7CX4ZDe7Fj1"
    "lKLLX0M4O+v/6H/lgn86qoaguc/G3ukSlbXTTxDNM1iHPO7vdfJwd6FrcAz2BiMy8d508z"
    "DvjpXfef6bW4vh1cccgsx322+Sx8gqvUwvg70JhJLUtCaK9FCd4hTTkJ60Y/UtNkVyAjCK"
    "tQfhVCtVhmAeIygH157A1Ho1YIfV1lwb+y6BtfJzk2Q1wutQATKnioF0Ko9NYL/dVgcJuA"
    "/qr/mAL86e6qNzz9jq8DHWS4vs0VGBWxzW5jBommu1nEb+gV11jinC2fkExv+kD0PPxHc5"
    "Sy4now/YGzATHXwTpvWZDH/l1v9Ni9e0isyk33sceuXPBP16lPTz+kHpJoEvSP/uPPiP2J"
    "/u/gvpd+bqJxj//3hH0n3XMtjVhvVPWL2WHhpyFqiVX3VrOSq56UhFVvyqqHGMWWnX975p"
    "KZv8T8B+wD5k2iKsNMS1yJbQ9qaAhef1eB2KfPQ2xyx5NgDwS+wCcHFzHEmvm623wah9G6"
    "sPJwzF5aXizTn3Czbhbcm90pgOrWmurBF824VKNrnW0OVTMYVcybmo8GePjAw9cUaMHD11"
    "4P3wv9XWWde6Fsk4E++Ud32Pt58DTqXW5CK4E3L/DilfGzffehwEJ8l1YgNgvBLiUXguoG"
    "VH0QvMrzN3pMpL4lODmU/yzlyPzhhyKezB9+yHdlsmtJjE2hEo2nxlI3xRCbYuXZFzkPRF"
    "urPImgveld9++6t6d/6XxIWaQh6O8zPmKT3koSV18CcN2K68o2LBZCltDX4iK7tbaqDoXv"
    "3r1rtN4GXqtavValLFmqZMzn+1uycTOsGSrI/iZt6kyYYo25qPc0+x/YRLdtdnVvB4rqdt"
    "OXPTEasTlU3Un67A/PcZeY7LuTOErdaDZV8Vpar7gqtO6CuVTFij98rv6CqwCLzaMqUPQK"
    "cebYdjTLExgnMlg9BlOpD5VBAKltSFn2bO+owIDNoahqEJCs8lhNMjDd0qlG/kwq7aZDBl"
    "F4vEkQQAnjUPnBkyjYBYETZQInbE1lPfxxGeUCKNX7+GeGszL1tSYLc1quyX7+xoC90h3n"
    "jb6AtYXuLGTQzggqCPdBvPr78NOBmt5majpdMqkDLRIotdwN03RreLLe8NRaauxtK1J98n"
    "FOy1UCt9KvaIrYQnc1a4WJNNRJQcB6F9YQAqqZuOxaL5hor9R2C6zkgiZURq6+gGZbwpnA"
    "Cc+Hup3s4CKc8FhWvibllMgKlnqkmqYJVfBQZULWQrSzUH+iurbxTD7jdcbQEDsMk5UX2g"
    "V0nruQfmzrb5HHTLDNKA7012P/DTGk+3/Yv6awF+EFJBjTwA3Y5teeUqxeNJtq37YoKVEG"
    "rms21ZDPpCpazsKY7x3MZXOoCtARCQItOfiawA9oI1QQoIQA5X5oSQUo4+w5a26I9LgQ0g"
    "HBjxb9T5HnVJ/PHzbzKbgNl3O9MqTu/LkURAkvV6a1xpVsql5sLkWgKsEO2JZmmdbjt7MF"
    "tAPmW/7G78DmDW9y8m+gEhyRShAug5xPJCVVn4+x8UgnSRpyqMYkANHdPqbwJNnTuVQwlb"
    "9p4Bb1K8U2VcKhdN0dXXdveidJHTr2ktgTVgX9RmloU6egGN58d90h+YJxV5SolG3SU5Wv"
    "D/AEIy3jI2sOl/DKeP5adIC/XFx8//2PF+++//Dxh/c//vjDx3fRgZq9tO1kver/xA7XTj"
    "wSs1tTUD7rndF4GIFn8PR4iYLMAtnIe5HAe37cPRN25w9euVBlQrKeUGWdz0RLIpMhSFtD"
    "k5BiDyn2bcJ1ZvjHvLaUMG6SQhBCzxqMb4a7MIhm6+RZlmaVFi3HtGoYvvUQrRzLs6dSjN"
    "iNRI0VZJiKfqh9fOAqPR55xbZBpxOp79t2dVKwRvZg9ElrdzW96dywl+VUx5RsBcpje06W"
    "1imPMzzzVlh7wYKKN1vSlBJSkA+WOsSyBOjNQzFZS/IHs5Kg/WRPrOMFIhQHFuIQEIdogL"
    "O8BXGIhh0EVYQh6HdA90+3tye5L7P6dm5L4RW8v3MgPk6ox6fTCoI8Ec92V3hnQ+rd3apw"
    "QDBypguqPpp4hrgka6NnsY/ZZGiJlxNsI93ln4V7E50yS8FBuo2RzmrKotB6cPzue4m2hI"
    "e6yVZCChvLzSpXt12H2T7ATDkmMyVcj6zpmmPSBOO3matKxTmY+ZnpbxXuXSFw+TZ/QlDB"
    "xDaVLH5MZmWWOCYGC9zoBQ7TTKU9DWk5MIeb5Gdo2iMDjoYmIgqOBvUdDW2FdpunYZOgLH"
    "6VgZ9hl58h/fZulpchnrklcjakMrt2+RyCpLKGsUnBaN/TaA/zuqhuKxOOTIkp15mn+gZf"
    "C8PGmqyLJCG0p5+kmadsQT/J1FoGndY19hO1yUoqoCsSBlsraxEQS7Q/t3Shs4Rbs/3P/0"
    "EqDTbA3mr9uyxjbcloV7ssszCF+cB22VEXoTKrrGJVdYRd1//eYlU1vF5AVXX8oUdUVSXJ"
    "XcDq2s7qyldfX3XTE7yxfhkN7sVQRwJpbcqYuuh/kFmsVVRD/QEimBkUCT96CO/pXfefae"
    "SvbwdXaQc5m+Aq/SaDfu25T0A7KzIK4hyy/doP7s24t1xjbuRXzcgOKvCyILHxBSkVjwuM"
    "4mIs93BifUGn7LdiMjtfYsfRn+kuOU/MfnaJdPQPfG0tkT8CI9fyCRId9GYbrosJMgiibx"
    "s08RyDBH1vE1SLOm8+JrwdESsITG+kkxmiIBqv2MYzNFn7Q+ldn23Lo9f+sCZ5pI3Ue/M3"
    "hr3r8R9H8BeXngYuXq7ciMMB2cQtyibO0WlakEHcGOcQ5ASIEpsuPhbJbLr4mJ/axK4JbX"
    "BBvbl8nTEuA2rjHmrjSl+bli44RvKxj4kA9HtAv3nhZk+X3eUgNtI1evpWVJsJLH6ZqhAP"
    "vfub/v1PlyiQH5NR7/7xEjmYuGPyqdu/7d2w+xmmn6YoeywVOZTyj6TMgRSoPoKlyVVs4i"
    "LQLSDjw04plBlctxuoAnHIp2yOUZol35m642rYti2BQzdfd0pKQfyiSPzCIK+6acy0qENl"
    "0Zd4RrD+V/nJ3+Ye8e3YiWeYrkGcc3a//zrUetT+gqevtzI88o0YHHNNPuagCU7+0ddOl2"
    "uRJjjgaFdt1RvuaL+ydSKsQOlf6GxzqE/YECAIto9U0dni95Xtpwwtq3MUaj+YLfGYJxo6"
    "zLzpvj1XHvxZWqvG7dkfQ/IgvKbwPFv2WnQWRte2HodTf5RxCM70bycr3Q5a5/AvB6nPX+"
    "8heWxF7MCVnBzLFmi/uXs2HA6e0bRn1D8y5BioCRmgTO9M+dscy3vmTsXfMe1CuCjDNLG1"
    "9uidOV0Y5oxOtZ92pB7eyWe/ZhWyaS+po+iQD7YxxbfMqy1QIjcXt2qRKzZMY67qguy0Lu"
    "Ii3JuO6LwmVUAZ1UtH04VOCKbg6FEFng6ybDSx3MVfOZtraVEZZ4WnjDeG/Ebw/kRvzGGe"
    "Dpce+l7gCwA1tzEnyMELlvpPjAy+MZFSEDfsRZYKYb4rEsF8lx/AzJTB94OQc9sSlMHf7k"
    "xPSkKgrDm+82zIxF8rV5DOXGSNXVE+M6xwo1bYcDRfXRAos9vK0yfkaqxOH6oArS1OD6We"
    "63EeQBXdimrbFGjmFztOXLzc2y4ObLk+nauFuu1xrWMO2jYLOUS1iJWsRctZecQlugc/L1"
    "88CLoc1Rr112MudPxtSQtLiKlUxa6WBLE0/P4jJxVRSMuptAaVxWro8SIH60YA8CwQpkmc"
    "5XvqWglPbstwLhysST+1u0s1sjfk/uCO/FkUhXXz1DapGXUY5hHqZFEEaJs2tgk2ARWwVW"
    "fmNoVrSldayj0djFeOClh9AjhEVg6b9h3/ZhmYH/GXvB64STEF0sS2+YF7/3xMOAwzaUmR"
    "G/h2cP9TODydq5RKb33G2tIg2tIi7kIqyTUjCA7ErJnAUaJPTzl4E4IAbxbeuWUvPVPXqJ"
    "IqavGci25GDsAVmLgLbM6pSTFnJW7XMptXIAkAZwGGOFndTZwhR1OxbL0iOZo87U3OWRcX"
    "gZNL8CAFZFzJdkpJKfCD7vaDTsKszj29dFF2aLv2bVE3Xfx5LdJEJcYlry8NoGlbtyi4qc"
    "d2j0wA50VU4komkK+Wt/mg4XsGlagIq4/glrKrwSKBY7hVL5EOOIbBMXxcx/CHIoxwOirf"
    "MfwhwwlnCSgy+IbjFXAFHzqhYaLbsgdDTKSShAaljwb6KwV+hnxww/E1bt2x9x7PP9SzgS"
    "uuywnssqOyy1y6tPKdvlJS9eH/3ffvWlMFwCBrg2gGPQ0M3cwpCZyzubOihzpMMgd1a1+D"
    "pvWmOa41fdHchY2dhWXKJVEIpWvc2W3Z1xPdnS40ZlK+YFGniG0Rj4wsRD2KRz0gzARhps"
    "YoK+qGmQJSpSzZPi6kkj56OGZ4RHDdmxauWrGUToYUHt9dezjuOa+cm06QiCf25Gc0nX2R"
    "umKTqIoQ15j3DQWxOVQFSJ/94TnuEpN9K0JxlLrRbKritbRecVVo3QVzqYqVZc9Yv6z9s6"
    "oHbCLVDnKpkGyy0W1ObYAQ0rB79W5g++SV7j/LXv8an1UN6sZ/JMPYm7PrmurrQ0x/nLhe"
    "m3hgZ3uHUea42Zy19NtSPcf2RQuXc+OzIIMw483B6G1h0f8yZz5i0yHDYS1AHWOGg4acZI"
    "Z0vyMn+3v0+ekbB7F2N2jl2dMFm4LJXSI6ATvWHER4zZtUYbca7jom/k2YLDOW2Gfugn4D"
    "eh/XMNHPf0enjrXEFsHIYoF+OrVO6AwOWuov2D5jJedsPhmdNWqAyic951BTNWn6cga15B"
    "rIGQieAo0ICjXle6CTUsAf2BkkbHrfv6yfv7K2f92Hh+HgV9bsLzgmZmMy7P3Su35kn9n4"
    "Dzx1cakWgN99KERE2MJDSC/Tn+6aGc+uLnHSJGTAtSNwlLJXl0hjKrb5N9JNJtOc3HTvuj"
    "/1LtFMX1INZ0x6/3zoD/91ifCXlWGvx+R2MBpdItNi7bw/DZ7uWfNL9p4ek+vBcEifhv7g"
    "/pK+nG0b8/5oYzLq3j3c0hkdfbky6YyjnwfDx0/d21v60cKyXfq1zTEZfPp027/vaaMuG2"
    "vN56ZBsOboTGLw+HNveOm/tJvxgFHNQo5HFYxXjudzkM6AfvxM7lUel1EO5fdF2Cjv8+ko"
    "7zN8FP9x1lhsRhz1EaOcEtsW8mmtDSjCmEVsBHwp3wKTZvVkRFV63dbM7LHxHNuYvnBLro"
    "VYXqEsqprXY4an1IovE01OSkLN3CbXzPXNHW2bRpz3uKUElXtXH0Qjijn95NSijKByeFfv"
    "5ABCTD706hJiwtfPRDJNOCOnkO5QmevkeCW/G/cEVe6U4i7sEhtXIAlbF0qnfhVF6psGcl"
    "GK3LYq9eLiAVA2tXTZVDGg8WOzAmSfHNzC3kpFkRW8YxIQ0++B7p9ub09yVDEAeAfAGe0z"
    "B9582uwhizr4rFAB+yWii+azXWK01GJdCjl5mP6NTMtF1hwxnsfo89M5+4/DuB4u0m3MSC"
    "GIz/1tkKCDFvor5qP5x+jNcBd0VBDxEncpPOC9hM0iglM8CnJAq4hjkk3aE5+qjWpSfYRq"
    "85BJR6kEol9zpKolsb46Twg5AMEhmH8KqOsQBMP/oIY/GKYVGKaFythB9hJkL0H2UkNzci"
    "Qt6iF2sP2qB981Y1fHL3e2Wdf2ZmDDyiduI+soZqDWQs3ZljMx90HMrME2/sZGpkYqAU8C"
    "bCufgGEm2unbURbu9fbTNaqviPSnK3ATb0tzAA09J9TJUkDYLbylqOTR1syRuFh92LalmF"
    "TT06YEp8GmlpJM9kj3+rH/a+8S+dIsJ+R+9HTHEqTCDcKSpm573ZGfNGWybNCGJE1xfxd2"
    "Snh5kpK1MFcb4ixrkk+nEHEVXHn5z5e6rrxNDQk5j15GDghSopcbK0sg5ymNiYAmVsBXGr"
    "rf9vWWKubG66T9pbF9VYDKs3m8K8BWprxMw06EovBmjkNpr/QhXWP+5hb1EAl3/Y7SKgW5"
    "JgOCFrw+Cf3/vhsNz9DcskMSSAeFLD0+hAf+z5H+qht8+dH/oQM1PsO3kXwHEfyKbfQ39C"
    "5LOKnjhttYJ3GKJp8c6CdHpZ8Eqymjx2wkwDjPMuj9R0ICz7gIAJoG1FvNStpYSUmwsZpi"
    "YwlMa3EZUcm+lTERMAMgbQqyelqFJ5B76ss6gTQpGWjl06QmYULCnuCqVgc7jWz8lb0HJy"
    "1NPynPIkoxXhSBHfhWElgd3KkUo/TluZeSrL/iNXwL+5wwsq03tMJ2kDnkWt50gWd/5fVx"
    "6SUnTEMKUu6Qs2AZSIn6H+iUOYHYoD8szya6iejn9vpM5HI6+P2ggm6zvErNLzFzrCZu1T"
    "PCoD5rdTsa6rNCfVaoz1prNTLWPaJEM9uEmDJu8/rrXbaFtN3WtzPwtQ/K1wYKXj707QwP"
    "FaHgQXgIwkPtQRbCQ9Xi6TmMOCYDaEwCSLdQRa8QyIcLD0E8s+J4JsTbKou3pc/ZClBVu2"
    "Ze7NXSqGp5PJB0Y9Dfjld0fdYnecGm+JjO7mjTLBpuFK2n90RYW0THMmd+MTvelNGyXhw0"
    "M2a8rB0vZPe2wIRfY35A9KY7yMZTxhKfoVMdTS2PuNj2Ly71GQ7dhpym7KzpFsyk/tV35z"
    "HR5y5vAskmWfrdKB30hm3s356CieltbHx2jh7jd2Jfh97HIGhOF9CPiEWeUn+EbczoEqPJ"
    "mt6Q3iiKkKBT382ccKB2klGzM3p7VhPQ56TzMNwbEyX4WWdZledosKI/3m9qye/t0ucb+d"
    "vKHhNqs1lm0MXS/4kBIMhi/6QrT5w5/TTV4TKxS3JDdL+dOJZnT3HkTwr+9B8n9poEbvgx"
    "o3gsSsR2r2RgKRQB4yUnLT7KppAENiEH6Oagy09P2S0bygCqAlQhRHNytBBN85kUCgVrUu"
    "pIUahTYk0O+TcNarnQWEJIQZi/uyhS+ZiOymcvXGRqH/uJtnKHR1wGzo2dm9maTj3bLhWG"
    "TIkqGIdsSdwxxGR7Gd+G117Kshqtla9/ydDCBg+9+0vEJFmBpdHg9le/wBJ3BTSkwBL/Nh"
    "53vMvyswSiyp1xB6FqhTugxDGXEoWGrE0+5YBUk/+UqUuqAQLIAYtC+IeffFfFtCDQF4Bf"
    "A3SQBseDgQ5yCFQlmypGp2YFwKpNX8i+YZrHYojSjPMoDPE85F38hUT+s1yu7HShk2cW/U"
    "c64vel33Y5wXYQtPeWDrJeeYTcv8rk8J+ebiLGBQjLpsULr23PlT3Q/Xbnyv6WSPII8hH+"
    "LRV7h8YL1QaE8oP0L4aoelsxh1Qo22RXOj3kr3v9h0fmgJpi+jFLMvRTDFm64LD3+DS8Zx"
    "ddzyZj0r355Wn0eNe7pwKbENiY/GPYf+xpg0+fLtGbbbhYs+bzMXkcdu9Hn3pDbfD0eBmx"
    "WTTLc2PX+vexSwZLcnwcXH9+7H5mX4I9ea7+wr/JqDdk9cqDpy0qTh7VJh+T/t3DYEjvZC"
    "xXQcD5+J604KCQziHOyCkT4q28GqA0tllBAFcmQzsP1fqzslsb04Ks58O60iHzFjJv64P3"
    "a8+8rdUuUDdGAIm3kHjbHmQhMFAxntCcBZKZmwjolugVdLspGGGR63YDQSuoydyqKCvkiB"
    "dDFnLEv7IccRa8OMmLrPKLnZ1RVTasYZ3fv5bo48GSf6OFlUwdSctV40o7LtSHzoVqeFaB"
    "wGu5b1rB6Onqrv/4yPIKHG+yNFyXFVF4GIz4R8xrxf6+7t5f925vectn9ttNsynpBxAdOW"
    "R0pF2+ZSCgV+Ncjg6CEuueloUEkyYnmPjne4llTgjCGjd5janJYFtlkh6yguDmzPqNp/SX"
    "P1u2JLYpKQBWAGygQchu24wcgAuxTkjaacL79ADu5PAgrQDf69hU7TodisKbeusUgTc6TM"
    "G5vAvc9Hsnx8Wco5sBvjvwzaqj0j782LFsEFxF50XmX72lcyl0Jh++82IE2rZoR4hqgYiH"
    "Fq1mtWGP3za3YJMHoXY/gAkFUY8aE1k7Ll5qf7qCYzOfApUQAuVVZHPxEsszSWBTUmBviS"
    "p32gZ7eWu+40wCXIEkpCBBYdRj58ECFR0I0y3CM1IV5UnTMTHAtiDPN1SZq+D6hnO1DGYp"
    "vm9sjyWM2uvu6Lp70wPK70Epv0BJLQZqAUrqcfiTj0FRiBOBQyG61tnmSwjLSgB5Ui1HQV"
    "QuRI47mRID6iT/3YpRJ21MB4c2tVwhnL8/9XyCZDTHmHQfHoYDXqA59FSzwjO/9K6DgX/g"
    "KR83+rn/8MD5lgtjtfJHXff6QWnnKTZegXH59TIuoyiHPCcrJQqsrCazsoKHvwzDMiEJq9"
    "zkVQ7P81KF2hOisM5NXmfgyee/M9XlyXurWclVT0rCqjdl1QUPe/DtgU9dk6t+bltLrRw9"
    "VSQKLnthxcZAt5Dvg5AWhC0sgjdwCpTANyMJAAvCeYEJJAtvRg7AzYJL33zljt+sIBy+u+"
    "OliZdWBUGoryBLQPSeLxDmi+1PwLkIztkHulDTj80rrAKY1ea0C973kDVQKcKFswbE+gXg"
    "u4tokVapCsAbsyIA350nRNriOm7WS0ingKQXeXpKXs5LGtPdNJVDZbwAV+WIXBW5pAtIY8"
    "k3YSk2WnhwykGaEFMmI6AyYI/B9W/Yixuo/s3Gc9MgTMp3lZQCZHc7rtwYsXZPFT7O0W0Z"
    "yIV9KckNBix/5Vn+DXtvtZ7k3/vi92E9EVhQ0bXONuvJsmf0AcTB2IKNZ8feh+8/XIy9j7"
    "OLH9Ep+ymYzM75VM55NNfZJaILzbq9zpFFcMjtRcxOQ88WYnLoVCdoeNelA3jjWMs2ng2i"
    "m4hPdsYbxPIWg4lGtDXff0xsvDL1Ke/N619Bc8umFy1mJKLR56cOm/WFTk7/poAZTtTWto"
    "NWujFDb4a74Hfwe4HSkfy7fYN4vi2/T/D9/jombNzKNqYYzYw5PSAxffjYnHymydpvsbuw"
    "VqwRb/DFk9+Q/jn36DM1S/+uvCa7v/kbgV0N/K/aC15DRYejGr/hTpZM1EiJQaIG/93bEj"
    "XAy1BdUjGkvGRTXugMjzxtxcGua4qTYNIvueMkskxtPDNc+aoRSTmVHo2aK0cQ/EZfzK5u"
    "yq9BRhSWofQyhKYp3dbyCyEQVsZtWvM6hHqs/CKkJWEFyq4AdDI/dLvtjcElBXNCrBTWDf"
    "PHpLSbi49F1JuLj/n6DbsG3TvUzk+BrKSvcdWLZCXFqg8v8XIiG//KE4eIbVZLWOhkZpbI"
    "PsjIAbhim1A6JJ4UUskUrAxXP/YhhWpcBDDNx5QVFS4D7EYO0BUZY0tdMnkuEqgGTwXiLX"
    "HDK4qZyaYkpgUB3V3UmCi+uCfVYBDO07KjoCjXIP6G2c2I2RybVUHbD+ZSG97Ne6YASyZQ"
    "pSpAWG3qUVLllOqkE1hYFUB8F03ULqOhKMh5VmmBHKONsVUBzmqnGGXsUukMoyztK6HGZV"
    "dgQPCjRf9TEP8h5xENfSdw65SNwqlekf5aKM02Usv2hre0mtEOWDMKbBFa415UxcF8zoh3"
    "I53DlmErxi93thIW/YGaQ0cWpCt2kd+NxUZMCC31GUZvC4P+k1HjXMM00ZvOaIJ85g6rOM"
    "rUhBkdhAkyXOSs6V6ZZZiGgcDZOXryVz+1RrXdeEwCUiCb8hsH9Wd4ubJcTKbrb+mJfokW"
    "1ht+ZWTBOf2QcR5n0Ud0r0w926Y7wVyfbb6XQ2/nsK+gP9N91GH/MhxGhAy+ocUoiWweJj"
    "E3bIeOJM4bnZBzH+n2WuNZHtsQWIVHZBVKhhn3CS82DNjDRxfDmOxCdwS0+t2x3FCuvsB5"
    "bXh/eF8A7g/vc9Fml1Kuxik/uMpE9VKiCob12hvGy0ZvqSL+TO0cthrihRYvckps2yKrtc"
    "Bs0dK9rX0sZOuUp8SAz1OEz+MsLNvVeHqHhPqSklKGrlaZt143GVNhrVnEDGpCpMiAlmVi"
    "nYjRzQqnAJ5Q6UMhHH1S7zFwNRjcJo74q36K7Xf/dHfVo0oO3910kOGbf6JIibOi9xWg/s"
    "tocJ+n02xk0mevMXXR/yDTKOe5aO7Jy9BIQB4eFKd33X+mz5Dr28FV+nXJJrjKq0zahILp"
    "TVuMltKXipDW6B3tF0nKUkwEmDTZc6xcEU+o4NlMLo2Cm3VLAB3qdJ5IeLjli3TysxMCY7"
    "vCj7E3TIGQY92sj5aimkv6OHaBCR93UbwmXJAdpSUOUJDvtxOW304wt9fwFxfbRDcZeFCt"
    "4JhxBX8Py5UqiMsoF2Govk5BbN9nEd6dXh8TP5QnrwK0Tx4Go0tEbakxuevf9x+Gg5+G3b"
    "tLtDSIsbKtZ1tfjsnDz9TmoqPoj8Bj8tgdXHUH9O66NdGtMfnl5hL9MaOjbug/VjP6r5vB"
    "07/695doZnlrg4zJ56duf/Tz4OkSvXi64Swsb0z+0aO406/18+DhEr1hiparsSorY3Lb/5"
    "XezKSWdDrEWyjSVHmWfvzQk3jaUmLqZQxWH2Nqej2LzPN2ssJkxhCTfeh69zf9+5/o4+LL"
    "04en22dPj27wchW/9nv/YMUqXg38Nibd29vBdZfXr9BNrmqzohYP/evP/hzG9IXPke3ret"
    "NjD9OQfUYVBvpE2byz6+Du4bbH55tayxXTfnL6vbLv8vg0vPdLZ/illJrxUDrepGThhrSk"
    "Mr7/mlPVZ4bD+TbyK5CWhBUotwL8Madfq8QzkJKEFShZuKTcEQTnTwXYs3elPPRxKUAeys"
    "S0cwVW+pqziZeY4idllWQllaOZVK9sMg3bWwm2+jYSxEYIyA9S5AceRLc1/oHEzs4IKrex"
    "qze4I8y4a6cU2pGkcnAfqPxUgJs+m9nYETg7HvGX7b1vE7IKoL6NRNL752PiXMkwfCIOye"
    "3g/qdweJr2kyrwIUnLBD6mzAafeGu6Q2281EXx3XyU03KAdhG0eWJZGa5aQrAeplqtsSF1"
    "iWrcgi2x4BuxCpa7YYGJlixvofyLsJ+l/BInJWGVm7zKUeClTG3MlCysdKNXOgymlVnplC"
    "ysdJNXGuqeqqaPCZZ9W93TsgVPgZXdvBQCxYEtU6IX6vLuANVh72pJUBMyAOrOxAwoXRbu"
    "oB0s9/x6ZeKMjONkvLQU3BIJL9HrvgKAFc96SWtGBVJf/GMUoN3Vrzb+tpGuspdtliiIX1"
    "0Fop8+D7EZHQNisONdU1tm0eQhLuRI7gkTT/+5CeZSFSv8iqsBqveK1UWJ1dKtAiTFCg+n"
    "bBvH0fc+mzhMd/5UqiIVsMGqQOrBn0pVpPxcjCqAGvKZ1MWJMTz3xGnIJ1EbIi2oQlgJVH"
    "sUJm4HYiz1aG+k9izh3AakWAi4ghN9FEyjEkxSifuCtvDWPB/TsNx1pRZPS0zMpEJhY6pT"
    "aFPTEpUvk4frgc93HU6nCGJlykJE5l9eeYi4fbijTISWsEt3l/SmS4Uc/ZX+VmQRXoOaT/"
    "MNqz09xXRcB+kOWtnGlA2hNzcNPGNFrNOltMMhv0/dL+fRl/j97PIkBWgNtxwTncpbS4v9"
    "Sjobqx6+oveybLSy2BJ20JvhLuicDqIbDJu8ALe+ZPLIIGiOyTn6h224rMi3X6DbRVGh90"
    "MU496WWaNY3Yxa8mm2VO02iFRWTThewUrS1WfTTOmpJANuOF45RnD1+Rz8nJLBNhJQcece"
    "oua8f/7LZz4m5VQqalh36iN/N0sE2DcCymSbVkZY8FUeSd5SXAYIC80oztnQswHaWx433L"
    "u7veURCx36cbo8czaK4u2yZTdxw92G7IiXiEILw3Ete32JWE+mNUVOJ47BxnATj1j8DojO"
    "xC3Dt4WFZgY3Ltll1i3qPGOvVjoz2I2NVkby7ca5bS21bVXMxIuQElPO0KnehnStEjAnhA"
    "DknSBDovQhU3dDlluJrKCEJGSLNCVbpEj2LhgH1RtcniMLaUwCLFiwtmqzttK7tgJQ1eYr"
    "xx7UCnqCV2zA/myZs6HH4RXbsNGAzm4zdkHHarZXuM0yC5BS+ObGs2dzo5JNgNgEmRCoz1"
    "07u6RGph9FZQbnUnenC+wgaq+uHBbP9Ef5kUxWLCJr4x7+lmPSRSyW5kdeiYVs6421OLbm"
    "c+hu3MAuBPlx0t3luquNmR4C5pOf+z/9rP3avX3qXaKF8bzQXnWT9f/u3twMe6ORNuyPPt"
    "Mt7lfj0mzDeRmTT/3h6FEbDG96w0u/VbfGH4AxuXr6V2+oDXt33SGVStc7Or65hwkDV+Q/"
    "2lbmMCYFdQ4l6hy6C7pp+KEvXz44LapMYKvmWOILXr/Rh1PgRMpvtBmXqb/R5snf5h7h3m"
    "N6gBimaxDnnN3vvw7lCNmC8UHab0INjfxnpJ1ekRCjbTU0wrWTraGRkQNrfqc1v8EMrM9d"
    "1md6ezXPBuV5fHn2Z5jkt8v2jJIKq20dB6bZEU0z58WTLqEdl1GREPjhXSGb6d0Wo+ld2m"
    "r60xWco7m7NxgNbnyRG58Yrsbo+ljeJMrKqgQxdHb6ygxT0yDsVVqquVBWFh6F0gtBz2st"
    "KKsrd8rHpZR5Cio76hlA8X6CErjGxQDYLKH72ZE/MuJSymBa80kBxI4D1FOk9ohcMcVIAP"
    "AEXsdxeB10D1aA6cifRVFEN89pTuXEfI9avCqIg+1XXkBg79Ig0UzqODMFFVQ0ZhtUUkbl"
    "1iBtDKFI1VCpAq2wkIpqeB3crx0WXstzbccKs+3ybsfLwRXjVQUSyJpH/KVvHKTPXWx/6+"
    "gmdhALweszNMHuG8aE14hwFhY1+GyeycPqVbBEoCwxik/C5zgTE6xquveY/M5m0XT3d0aw"
    "YqlHfpUN5rxHjjHDPnkF8XsZ7iWdU5/P0dyidwnvR79Y8HU7/m2DrxEM4gIWwQWpW79tFB"
    "Ldow+TrYUUoeCbnvwb0p4amfaUWq4ybLDUFE2OPpyMfh48PDB6V7Dfx2T02P30KXhE0k91"
    "kchEkUIF+WUKMkUKJtZMEJTY0nsvGN9k1EvGfH54VyTmQ0flosuvtTl1B/ruVZK5E76EJF"
    "c8Jgbdm5pDQcquL3REgVoYrcDUXupyiG4EYItC9iB4mZvhQ+ns5WWGNkgFYc1vgyRuJANp"
    "mZWkZaZeWBUgKlu/u6XQbl7WzSMbhz0e8pyysR4Qu5yy8c4TwDpu1bu+s8UTuKTLYEmVzt"
    "1IKOh9qj5JE+qPHpnng7+42Ca6qdlY0BAgf5+n5Urt9vQ77bhnyYGLGT9THN50KUd2TES5"
    "IlTVnyWW52r0djOsEUsG5bScclBXv5fbFTGo9xhXN2QA3k/wLjXErNynEvCxuru1xII/PB"
    "kqaBmYZ3ZvOgrusrpjXQx3M6G6YemmBf2mnNPji1+it8UanTLCD69XtSntNDvrRBQkfyzn"
    "CM3w1HBYyYqonw498h1LUEX58Lcck9+X2H5mqsvv6Nm2vJXj35JRmejndCYLMQYgay9kEV"
    "aXyp5iE506FHi/aE8H8X8HZX86fFTYD/wMylQ10CuxrVTwbmrS4WsGZ7A+WWyWu3i1qt7t"
    "zSV/csZk2LvtdUc9+rdNT3rdwfSz6+79de/2ln04ZT/UDMo2Hd8Q8Z9NqTI8MRGowpNQh6"
    "uowhMekXKOvI1MfQ9KPQbh9xcFtvz3F7lbnl1K5VgHLyhNtsh2RlA56xuqbYMBnhhX3gBn"
    "D8us1KonJYG512TmXrhWstXDMnLA5gEGH/iwGuNY6ezFkNo83RVAqzadJ3MQNop6Eu8BLn"
    "CBpVqE57vA4r3JJVxgnjuxvrBC5NRsZqLc1fQPTDV0Fz3oa+RPG/itWNbexrpGHmFlzdHS"
    "IMa3K9t6tvVlMPCUz8X/fdZBjiV0hdVz6zGJ5+7RGahlgdi8vC3ZGi3pw7LpdG34eYLBjV"
    "hnbd7kLGxp5mDiosk68MdxbzH6w5qAW6yBbrH2xX9bzGZoug9SYO6vMJkxyOQQP3no3d/0"
    "73+6RIH8mNxQxf8SzSyCx+RTt89dkHPdKOl/rDhZUqfH2nIl1VI4LqJMvaTKLAaCv7haAF"
    "EJy1sgXov5XefJrpL1beqOq2HbtgQmzLbG83Ep8GEW8WHSRWNfWQLljYRyCFfvkgcXcT70"
    "6rqIoeGEaqsueGtlajw1wqvZeuMy49OUcRDt9H8OCH606H8O7f086jIciL+3l8MtIOgJfG"
    "0b6l6+my3GEdztYLujNuEaPVvMj8S+POd8MUKVS23HwKkVcsKyPQb5jc7O0bXuLDp+0asZ"
    "4j3aOCdsQf/zrY2nbHzG0qzx1mMSZrshx5tOMR2pu7zr4V+RjoJrrKyX5T0v4v69/426ps"
    "E9cU7gTKOigXNtZVuvBvturHk8/YQNsd7G5JSR3ay30Ht4iX5PGVS/oxn9knSsg3Qb5zns"
    "ziJWHbXSn+lt6DCbfxF2EtOvwSqG+Z7D6Jvw3pD20gFnXwOdff7aSnr6EkLNbdTYGBMCsv"
    "OOnJ3XjvzT1maM+axLuRMklFAO3oP4eNjbnNoxr0zXLVHJXyiujIu65sPExq+YUB1mpdui"
    "8MA2cnJKECjKCb9AFRTlpsfTslTlQPfH0sT+bEBt9HR93evdsDhaNGsVobXq3xiQxA1J3K"
    "okcftwlWzLJRCG93K593LocNAC81TkL8jf+GJp2P47t7/jTZaMA1YmVpKWBUJ9c4Ij2ZgY"
    "UGKAEgOUGKDENN9dEoQcyrE2UrLwTmryMwXsnPznrJ08DWDnfI2rXoSdEz6xsgmdGTlI6I"
    "SEzjowDTgccqgmhWCrQqcLSDs+gnZccdoxFLuvsti94JCtasfGitWrCW7y/VIA4I36VAHG"
    "amfMZzTNRmXM+zTd8PTI5fHGjpdddF7N9scWpPU+xhLKdefF4dxaxhVdctItp9vyfHWeo+"
    "5zbF3Gel3oDmLp53R32YxlyioxrhhDN83APUktZw23HJMUFmeXiOJmW68bQi+vNxmmyC/o"
    "BvrGoR+RmfXWQRRZHDJt/Qa9/gLawJdtIF+26fwSgR832JfyBJNh7+9P1Gb3y0UGc4xJ9+"
    "FhOPiVfRjuclZX8pfedTDwDzwN73V0FgQQEw/taef+mnAjZIG+siwT6yQnOJiWTUE+ocKH"
    "wjz6pF7/+tVgcJvwtl31U7yG+6e7qx7d5nwR6CDD1x2yVjCUioRSkQ1Rj1vqc4ZSkRBFzE"
    "QWyvR7zhMHb2P2tcVSIM0SQZyMHIALQRxwjzfWFSbnHs+coBUgrHoL47y3TgGX7uYwBZfu"
    "DpQz752GuXRZQOjWIPhE6M+Nrna2O3PZOM2kA6Hzrlr+yj9dwSOei2owGvQAYdqn41rTF0"
    "kfV0yqRu9WuINb69yaUgNPPpkqLqVMtkHNWVSB3ubiZSk7YiMHh0gDqEsq4rnFODsOy6Zp"
    "IO9JsxEaaJvHuyrbtx/MpSi4mfMwgfGwN3oc9q8fj2s3bKWCpJ6BndaDHBWkS9DwrnuJ3B"
    "Q/gxVN0+fzMLbcQc+WNXPQ1GJtNhlZ4zTQqJBlozeb4ous+fysE/A5ni3s8HHCJqKHvyOY"
    "P80yf9gRJ1nbLJKAwmapoGi2sBmwYYqxYdhn173+r/5nU2wE4z493d/4n/lVHNOHFrBm1O"
    "QSBIxBaQM3KQcmbjkTF5gc+QuiLpMDckZVW3UBtWNbzigwO4DZ0VpwgdkBzI5mebaA2QHM"
    "jlajvD+zI15g3HH0ZyxwhVwFkp8+D7Gp89+y/eS486dSB3eB5bsnTpt+IwoiFLFw9sEnzv"
    "tR5DX0H6l4yAZP/GVKn/RnQYpMCGnYUWg3sL3YXIpsPcnA0WhhrHh+vCBmFF3rbAsXOcEo"
    "YJqpFWoJ11Uy3pISg6DLzqDLVLdtQ6RH54McE1HOQV89wOxEeqFfQHInp8SUA/oApaNZTY"
    "VyhaMTkuCSbYpLtogjHsr4HdBPaFpTrsPKQZuSAm8heGDBA9scI62zlwc2fLgrAPY2NpWi"
    "2KaOwhzWJtRHO1J9tEr9ZKHD4qv2lJV0AOXlHKYx3e0IgrxDBb1BkHdYld45tZ5LdPyMSw"
    "FPsBxPkO5KzU9uEJU227aZE2LKwF/Zlp7o7nQhZ0rFReCYgLzNmtGNdBUpbFNSgOxuF4AT"
    "iyHuaUrFw5EtA7moPZXaYJDGeShXy840zszrrQJ8r8J5FMU2/k5vVHbslW6ylekR116fCG"
    "zcxPXONhs3oO9NfAGNPqq2UdDWPRkQXiycPGO/Qrk/1zeOXyV89u2rbnosRZVPjU6psn+W"
    "zXotO4nAnv7tZEPgfDF8/pWN5yf/3sfQ3mbDKGZr12K95FvkdG+yK7KGZEJMJQ2mZmMyfG"
    "LKJMqGsvVRCuThP3kcPDw90AfLWnmrMXno/usSrfR1mOUa5riOSffml6fR4yXSZ394jjsm"
    "d73hTz2tf39Jzyb7GWsGCT8bPD2GH1qemz7ailAWIDf2oIyQ7y4+FsH34mM+wOza8eOsze"
    "p5XH3lsrnchp2X3q0Ni0sdmsC0pMqRlXOsi8HdSKh3GlR+2B6PzNK0fVy5A9a3R/S5Sw9O"
    "aZ1QKA66YWndEBhxh4yfQbWHr5BkWibZf/8M/8Yt8GGd9fUn9DYN4KKuzvw03mP7Oq91Gw"
    "/xkuFn32DTeMVin6dwXGeb73NKJTQ7EGG/mMnIeT/pDCicgXdutLg70zBn9F/8D3b6dpCD"
    "iYt0B+noH/iadW90vAmbbYJRkJnLOjEu6RHD2zHmuEkPebcd/lR+l2B7hN6eGR1PsQD3ao"
    "N0tnz3anwFi6pvMRF43Uj5TMWAtsFP2hjjOjhehDpxTiggktimC1cDdZ0HyBZkmSqbzg7E"
    "y5VJf5vwWd+SHZgUU3CLHiA/sOHlRTOb9GSFyYwhJgf4yUPv/qZ//9MlCuTHZBR+4sQ+ee"
    "R/umPyqdu/ZXVD57phskqio8/9hwf2gfPC8yKbESvRXbbpXcEC5r4S4yLAm0y/D5fOs9yh"
    "EwmAM3/3aWPqjqth27akUuuTUso59Q9S/pYdYmWSvjdi0E61OTU3s843cLnmP13qulyhwK"
    "5qqy542DPlysDRXpWmB472gzraIz78kfzszNl3InKs8wudAixi7i+0/Wg7pMq26tnubPEc"
    "8//NwJpvcYTjFXQhVV/Li8IhrCmSD+9GQjljrghbM5+rmWFqTgzbXcx0QaJ3vg85LvM1e5"
    "HBRMrfs+1UloGVAspyQwBuv7JseSv+k7Pasn9lq7o85WOKNqJE/nC0oN8MTdac5+EDc45+"
    "d/Cfv9Mvx/5y4tlzwS1YTh0bHwb30Km/Bc466G1hTBdoqb9gh7WcTEdk6rrvmKyw/a0vj0"
    "xjabiI4oG/dfT5FmJKOC8/QKOngH6p/dgoYCrsaSpM6WaX0WXD8cpVVb54VyQq8S4/KPEu"
    "G5P4U2LDBqPrex1/1+gd2+aQvUc8B4crXDhi/3T/NGIBd196TIK/+L97/3zoD9mf+MvKsJ"
    "sSjX/VTYO+wm1LUPphu8WRlFTQ4miJhVEo9ubvOaeEYZmUrGeZG2Kgt26VIUm26hcXO7rL"
    "hC6dKl0xwEk42BPjWJ49lVKeNxI1OoKnpm4s6/EGV69igFMzH3pwaoJTU+Z9tJVmnovrdp"
    "b514vsFndx3Ne1p8PYd04+xiZsGdRFHcepbVagJh445RVIFU1u71zvfPwB2OWl18KtBAXg"
    "22g/AavlKKkK8a8lgXFKTDl+y0GSFZQv3Ne9Gzyx1DJ9aXksueymP7r2P5kZzpR91gwHtv"
    "/95KsVJeWUySqruUZRuBe0yUribZmSqjFe9o7+X6NfnTHliT43EVDS21skDZu83CZ3FzZ2"
    "FhaVll6GjCisQbk18KONM30tkzecFIIyaHmwNiL82zCkW+KKLRTl8NfKFfStLrLGrqhxNa"
    "xwo1bYtVzd1P706P/I+IWTUsq8myo7Hg3H8fBMi8ydot6glBgAmwZ2hW0tcGly+qkEuCJR"
    "YNxl6puyiDH/oVl91bJMrJOckGtcLgXrhAoeCtfQyVnvOX81GNwmjvirfkoTvX+6u+oNT7"
    "/jZzsdZLg5CqrhaPrUNV5lAU/IAeDFAYfyyFAeGTgbqtbqaNrz1c5FF9gOmVIdU7oIz5Yt"
    "e4ompeAM3ckoCRHLgizPKIlN1S6Mi9IdUttLmvAQT46K0v5SWlkg+OnzEJt6TvQzk1/Ysp"
    "dVHt7/OSQjJCDjCJggG5rOrrImQPxQi/gRFquRTFVMiSmXsVh9PJwY0xdplk1MRjn6R/U8"
    "G/2V7nJb82xTBuSklHIwH4Rls6IYSe3kSEC90raHA1hb6I6gM/UOlCOpSqBu0Jlc/YFhrT"
    "CRK9G8kQB0d6FLf6UlCW9MBPDdha+JX7HUmy4SqPElRyx7qZv1vOqqV9pWFr9TcbNjIwCx"
    "xbw2lqUbWAJVaz+6HGcVOCtchrcoEIZ1KLcOLcltbuuZ7TskywRLkpLqBUvaGxzJhsR4Iw"
    "/TejZIiYXOCMNaN3mtIeidf5i2M/4JQe+vcNGLBL2X2H6mK0d/qSVboiItCKHvArV3I9Cy"
    "UB8u179hIBdP9U9vsUT4m34NdP90e1ss/M3re+0Z/R7YM5XwFjoLqL0ZdqEuD9SVP1mPzl"
    "WEm9G0l3whwOLtRvYgVITtTZSECCgnuyDSTUN39n3c/BdBl02lKk6u/lwJSI/6s6oQ+a7w"
    "ag7wBz6X0ue3402iyfdEa+RPNcHXdCrcyipiR+TH+edWLkkuOtZ2NgCLnaUFGhsQi/Hh0J"
    "T+CuS3EmBtA8JmApdIJ8gyZ+EIeokORw79hshZWKsVveDrp4jpp8hw0SkbYOJnfbpGxnJl"
    "2ZnCILXcdEz4EIdP4VA5nd2d3oOTFc7O0SfLI7ylAhPlqXm8d0LYBMGyXrwVMo0XzAcEHz"
    "PiWV5DBOATHrPnAXsKicCc3NL2YCOiHI+w+hZpLYkexU6cFsaQwOOcD307nY9QGrcxPkco"
    "LVrU39jQfl8+8g/6+prR/3M15XBAEV15pa95MkHhNmBUd/yWnaDIcenGmX37qpseRnSaJT"
    "V4uHoYUxeZOmkQ49uVbT3b+pIpr28OOmVoYDI7DzJbzqk0E6Q6KTvfqDrrZDXmmm48JqOf"
    "u99e/PABGQ56wSv3MlCP6fT0Mjbn7IKOJli3mTpMvwm9vaGbaG7ZTIE3iOceREPeRhJSTE"
    "muhRe0vX2YNAU8IaScOl09ibZdDXiAQpLV7ApRSKBfjNrr28wOS63T28EGLgY12MBgA+96"
    "lsAGVt8GZuHbXPs3iO3utH3DWHK1VRV+i+0yegdoBX3UsIjr74WiVlwwvLa2ui2Oh4CaAm"
    "oKqCmgpoCaIlJTHhjJ4pp3KRXoKbGrRRQVv7wEr0Rb2E//D0zfci5rtW6jV2wb9HvPQvJH"
    "SDlZ0J/CCCAh7wS9Ge4i8K8j379u2cjnk9FfaLkB60TgnT/k7caEHUlL3TWmummu0amObD"
    "xd08MvIs+8WR6de6GTGXfXW/SPTSCAfoU1ci30trDwK/seusNHBbL0qDs7R313TN50w3W4"
    "I59dXnAGDp3AeiPh79OnnCjDZqN7c27Yyw77zkyEPovzObvAfz79lXS0/+PyogG/BcWF/S"
    "PQvx2oi0dVF49W/qVpB/Ch3f/0aXE9Ad2yWMOwjXRtmvrJCpMZQ0wO8JOH3v1N//6nSxTI"
    "j8n14P5Tf3jXu7kMzxB2xP3aG/Y/9dmH4fE5JsPep6cR+8jGc+YRT5+7wNFp2lOjruI/w1"
    "NjVjK7Py4J4Zwmh3NChUSy9nFSCkw8UWPA4CmQrc6fkYOQWRZcX3eWAzYhA1tWgKppTXnC"
    "ixyuKSnYrrsLocesQHD4bHf4pF41YpdP9mgAaHdDmzgQdwO7eTFVAO6To1JCfRrZzDs8p3"
    "6B6PCtANzb2FRqApx650iXhzioJziWQityBSczbHf7gjPZvbu9wQOC0XShk2cczzL8xgl8"
    "refowXIM1nILBdP6ntnfQ6alRX5Huo2RabnMc6q7yL+CPvU/Dc4z3uDD325H2D3sJ2/j+X"
    "7+VOBcs2t1cK7pdpfq1BmNB81doLmHD0AZ32oo22Q39kmvO7y/RFi3yZiMmIv1ErESqdxn"
    "+mtvOOoxn+krth3MPnl8YqNt7HpsfO+fD/0hHeAfKmPSvfnlafR4ifTZH57jjsldb/hTT+"
    "tTCR5+0gwSfjZ4egw/tDw68tNg+KnXp5/NLXuOjUye93H8szbWHZHekB+/2EioV+b04mMR"
    "fC8+5gPMrqXK1zeS9Ny+OFx8z87lNuy89G5tmIpbV56N6ERgfvvtOTbCUyHhs28f4lsQZj"
    "74nOLp+twVuRF21k6P5EBRgZ61kEjSFKjVDdQCQ7OqZwkYmgdlaBZpW3pIx1ymWpvAOyeq"
    "6LbTReeEQhwdHPSlKULajDxlOnHesM3YhDqKpvt2iR2H/hbk4uXKpFvlPKAlMo5iVB0hXs"
    "4O6aZpvbGLKJRd+bstRd+s58Zjok+nvKbC76xwguE6v/uFxxzkX3A463ONOZE04IoyAMNJ"
    "ijj/wu/IthyQKY+aexNbiQy6W3JwkmJN9kM1xsprOp2yEqdf9/q698AcdfysYI69X3rXj8"
    "yx9wee0r+vuveXaKKTMfnUv33sDeltDdPNnndHo03ODKmeZjEJZVo+VWbc+JuA2ij8BSKB"
    "alYQwAXLESzHRjV+gVWvsfML+AvAX9ACf8GRMzq7furficBLEF7qbHMOBKmDB6g4AUbuMe"
    "tuB5U2i1q34XjlSgRWbzHx/5WANhzfZCO2MR4Djo4Q3N3+glC2yUCfdEf0yiXSHQe7Y3Lb"
    "7171b/uP/7pEpqFPDNNw12PS+/sT/wj/6fG/GXno/ikgDxEPc7JQ737ks4UwcXAzfAmGo9"
    "G3h/EqWMEryzKxTnIO9bhcavUmVPBQyxeeSvVG868Gg9uEEn7VT/ES75/urnoUew49HWT4"
    "mkbWIF7pNpbNikvIQHx6p47s41WBjhxTx9oFcFEdObGzpGNqVbeuUw7uZB6GQfZtovWL5d"
    "lEN2/pTM15P+6P0iGNrStvRu2bE4GtFVzpbDO15gbh3KsJH1sw+vqPxaZiC1rqa59QjCzC"
    "mjGFdV8MwvIZLOIuNsXkg7udB3c7yyZEVDu1MP4ZTxcKZtRCU4NPCrHQo5qJ6TUpatOk5Z"
    "qscjfGcPQ3vATKkYCC8G7btyG6P+aC+2MaW33J9+NcqDVsSZdKyqnkM64lcwqiNF93lOZ4"
    "tRgat8gVx7rDp0KWgp6RAxN/p4l/nKT2pu3gKrLaN4a+eC9XgLDaNRkyj2+jigb0Am+zwA"
    "DubRzRuy3gwGtduBcyslZsrVmj4EDUT+H3TddT5nbqoDf6nZ0O8lzmRTewc35+ftZBL3iN"
    "Z34mP6uiauMpNhijV3ddfbpg1WCpycveiqL6sTXdeEzeFphZ3X775QAlv2otBdO2XrHDuy"
    "mnDfAQx1wLHIxrMK6bcQAe2rgOkz6zlocY5HD8nkmkBWCuc0vLJZGC0Xxko5m1OV3Sw9qS"
    "ykRISql4OhTpCvJdfleQ7zJdQShkWOoMjgSUKz1RPWdjiZeWlFszGK8ctBc//FAAWzoqF1"
    "x+rV05NAcsSf4wGD2yOuOhluxn1viVx1luTcnS45WfLlCEuoQ+0nBXZzYPwd9zWpk6RilB"
    "OPiKHHyQ7ZOPfjsjCkWyfaD0ClR7bye4rGqoGNdttnRcSiFUazakIQ4JobIGRnPkQ2Wb1x"
    "iEynbV3E+/8QuUL4fq8AetDo/DeuF7IhtQk6Py42oiHH/170GX9wOKy7CgU3lCeBDC7Ubz"
    "KXQyH5QWngUuP0CeRLdwqFxLrXKRsl3OVCcEz8LQM+sIapBXy5j6QWwShbRPH24+ddAvD7"
    "2f2JiH+594+HrFyd+s5SiLcE50OjCKZrOmkllCeT23hDB3s8Lcc8PEsjmxcRkFA1iH8YdZ"
    "xGX5VfkpsjmekZScgngfoHKZ8d8CkHPPinA4mJAC49xZ6Bc/fJDZshsJ2KwFNis7mkVeJ6"
    "Lb61z2i6hNyWTt+qS8lgG8zX90O7hKuL4pjlf9++7wX6d33X+eJfzft4P7n8Lxcbf21b8e"
    "e12ITkB04iTUxqUUyaQQvCKE2Q6mpZeJTGQFFXKiH8qJGysasqejJsb6btkOLuykSTy8u/"
    "tPxjYkuBh3JjukH95GZTv0ySu1myx7/atuenoAQsavIxjV2ebYMcLx2msoUNCjc2e9UtS/"
    "1V/pVnjGaEpfbax8ORp9fkL61LYch7tOpgsK+SVis2PG0UX/G/3prpHhX6V7xOWiWffNAe"
    "YHX02zfDV0oSRQDUZDIeK0uhLtfblYf0JMGVRrDvU7L56cirgRqAby1h8QGc1Q5vWaWIjs"
    "KgwIfrTofwrqNyN/jlYtQVHtZrPvigT39tJUEvFSgY6Sjqfmayd/+COlGjnnIyesCeTQW0"
    "xx5I4O/ty3LQr0RK72wM3XIfywNZFK+YjLKFdi9vsiCQXf5ycUfJ9NKIBkRulkRshCOmgW"
    "UvLQLhzISYopGM2p/uHfvBDlgYbeVDkwZ4NmEMDJh17dAA6kl9QXZgAuc+Vc5iJ8UCgNnA"
    "P6QTmgccjyLfAQ0d0GeLSKRZieMzwxONlSR353vnN0Q189xKEjkH+IOYjuJmTjlWW7Dpp6"
    "Llrq9rNBWDfT0eenDprSBX627HUnKG7EyhNNF4zOaYqYnnXcsuLoAbgI6nIR8M0h7x9PiI"
    "F/vJx/3H8a5cFPygH65dAHz82JtOcmOPJlzN2YSCljt2Fq4qGLo6102yWiRn/bCiBFIuoh"
    "DDWQ2uV9DCsiSpnsSSGgXYp0hUABl/SFJKXAE9KYWhAN3a9fTTEIxXd13dQbBeHcxso+Tv"
    "J8086MCrPnBSpEBfgWbyzXVmiTmlMBcIVUMGlgi5HBGnYoVMYGE+llFYB6HZtKTWRT6mgB"
    "eI9TxKil8BarYXScDI07nXhbaI/xy50ixTaWXECK/MiaROizPzzHbxLB7hW0fpiso04Omc"
    "YNyRudXaKZrc9dX8gifuuHTlD3FrkWy6zIxmBquvGYmHj2jG163Vyjgp0qlvoLtr+dLjC9"
    "vQ3tKZqYC9JcV/UxzkFlWIa1OVEP4unLIS/8Mhrc55jtoUB6WxpTF/0PMg2nxZq6CFgGBZ"
    "s5IluFeEb1DGJQXwuqGbAJrlKwu5ZL3wrSMcOEGHisyuc0QY3/imv8V99fCGr8y59VTWKH"
    "hphAjf8Gve6BhJ2PPpCw89YcSNgn+UEaqPGvXly3majWoCRDdgFUSm88vFApvQGx3uMEIB"
    "6wbVhJX3XySmdb2GFqWg7dNys+tHCyhy+FlhZxF/QLWYHvf6mv0YQXzqYXDeLQLYkMQZWn"
    "MhOA675Zrnu+dFJu6FBAueIL24AMjdIfc03SHzMGqf9IlrBH44JgjrbKHPWXTtoaTYkppN"
    "kfLCM4hAx0yl0qe2pzNaow5gi7rolnA3vGdYGM7pO4vlUDcvyRmsWGFidc8OHobUExQitT"
    "d+eWvfR7jryymZGO/IlZuxRke4SqPFi38ewS+fuggxyLKT7+PIYTDJ8h982YCpkWh73jmJ"
    "y6bxZiXTEcRMFkjA5WTNOhuPoiHcQG0ImdkJyhu8iiD8je3Ao+vdzJFxeBmno7tTV9ydmU"
    "0tHVpByEV0uHV+e4RLHOmBBAXxp6CPB8jRo1fU/JvVE2Aio9a4dSoylaFSjQo0hhGXoqN2"
    "Hd7K1GuQ438OfVjEmNKKBIs7FylWPYYNaaj2mbTP3kFV1CdTf60MRzqm16bsdvx/e2oMrn"
    "m+6gOVVQZiIXY1XTQgWYRr/n83Vem74vRCVi898AkYAypUeqizp/cTEvCiVXEzIlphwjqf"
    "oqDsewhRvmoKp674bOEq2sFZwzgTKnBNjCXwXuoadTGvuUIOBfDn/Ls0sfQVlZWIXqEx1y"
    "tv/BkxuOmUJVRIO5yNdgLjIaDLFESX358IbjlVMOD0JXB78W+LWa7teKulIe263F0N/q1Q"
    "qWp5BTi0U+i/m0BiQWoY0FZbnHycYU1qnBAq/6M8XWYf4n2/dLOVlH1p5zAW2uWYHYIxQa"
    "LZNcWZv6UX2WJHsw+L8lII7LgBpSRA1hQU9tbltLcUw1J78nLrRnDYeG+azkSjhwIFyBb3"
    "oHdq7IO/1VIccjSxpP+pd4O6WklDGdK3ORLnV3usAyL/yYBMCZSYA05nNsY2ojCBwN+emP"
    "SSmAFRyYzXKdzTE9Rct47h1Afj/k8ZcVL0Qij35aElag3Ar4lOcSJMKEIJReaXLpFWCK5j"
    "906jJFoRQIVKtQhhC3JbQB+f6x91XVtd2hFEhbG41mKc4tezXn4X7QXqNdb2a4t9bziSC8"
    "Fl3rbIus6WyUZlrPxYJq+XAAQbvB76POllgYK9ktG6mJyygXqameTUyfKGGTgXyANxLqBR"
    "urx5e+NQx37WMkAXJKTD2kv78ogPT3F7lIs0tCpCXTD+JCcFzs3M4TPKe6ahbh/NrnG4m9"
    "ip83U5UV4XqQ2ues/4WgNWo+7JEAoF4e9VdDlzlMguE1HiP6yqjnJKmehWOsZKD1Ryt3QL"
    "8vQrx5n8+7ed/yYtW16h/qOqiZzSPnmo5JKOQ+PRTn23NEL1/w2iW8drEt1ahCYP0ZXq4s"
    "F5Ppeoinli2shJod1NnmmjI2wzWbjz+Aj+q3E2dq+fbfC16f/Bt8Vm3wWUVrVjh5LBRQMH"
    "esegOUPQkS4AbDFYT2u4uPRVTyi4/5Ojm7lsodw/SXOq620B2p0r1pOQXxrn4r5+WZ5pMU"
    "89JMv95EveTmdVb0DlLeqbgMNOfbw1XSLrsTmFHlDc+MnXQctf7BtpZWsBTZxgbRxa1q/C"
    "oc1rAI89eiqh8uiZKutYz+Eo5XrvNA9WE22Xh8/bH4FquEL/R3icHd3WE1lG0y0Cefnm5v"
    "tWHv5un6sT+4p5PSKTQbzzxOKhiTh97wunf/qA0+fWL9V+0py6u35vMxuXr6l3av/UTnvb"
    "tEE2+tEY0ettpyTO56d1e9ofYw7F/3LtESLyfY1la2oEh6kUW9eFckF/Zdfirsu6J6fnMb"
    "585sfe5KRkBObobdT4+XiMuyheRNdLXuw8Nw8Gv3Nuqmq9HXsW296uaY+NdYG13/M3Fr3T"
    "GhU7EPqDwu1Wi3+iV1F1SHWlhmiXSbjCjk25TLt2lbxXq10LfxCotsvSvLMrFO8qztUCgF"
    "+4RKHQr36JN6reyrweA2YcVd9VOg3j+x99bpd/zcoYMMNwfr2HtQmwjC5vllKTOCymz3yr"
    "xGTJX40xU4lXNRjUkAnJkMYBtjSTzjIgBopvCCr89azH8kd9qmJOHIlThyg5JKAq0935cc"
    "l6nfl3zyt7lHuBVFrSPDdA3inLP7/ZekHt9YD7NpTXmijmbMpJYlLQdLU/nSUBvVdp0Svv"
    "+EoHqUs5Z4+kOQtnLMqPVdZoVjYrC+TV5fKMp7yGp4jjdZGm65AGlaFkqENPk5Cl2ZJRY6"
    "JQrr3OR19t3Tmo11Ry5/MiMIJ2iRExQIJvnoq0UwSWQ2rGYlVz0pCavelFUXHK7Btxe8Q2"
    "UrLmUFIbtF4Nyiv/zZyqm6lF/NKikFwOY3EoZCYYeo7RqZQbLwCiQB4J1Jb+HzngVaOvHt"
    "OjZVuzAuXLIqeThCPbBKwS1YDyzvtACAdwAsOCALQBxTtgDhHQhnFdM9atrRyUzDD2rtWd"
    "ou4sl3N1O20BTKW4VkwQkXL6uCq0/nUgmnWhI14ntsW85Gai8WSN/Q0k/E7g5c/2B93C3W"
    "OiucBDk6fUDpZ/xj3iHrEuloZjhTRhgM2sUT3hnexlNM58o246puWiha2GgmZH7uCSRIHL"
    "JcYctIv4rsdnDDq+uQLeKG568tOadLXESl560yf9ZGe5HCNS0G2O52ZfG9WIGNOgjnaRm8"
    "Ra3U+DMr7tcr3MAVIJtI2FYU3fSTm+MkPHI6PTdtt5lnoe1bxC6LbO7dBtkjtX9Gn58cah"
    "ttbKep9YptB50SajtdIkz/WLNBHWpHcYMpdLueddCb4S74Zz7tHfEEUPRGTSeMDBcZDrO/"
    "sgZbfbcVVvhKPEPOi7dfla+vxcI7WN0Avnry1kVCTKHQUt0d1EAjOlz09MWTDJpGAoDnbg"
    "0TdKEKdSGhtslejvtjO/JnURTVzTPbKN3ymh8qd1Rh9H9kRrdMDtiqWxrLlWW7wTmlLX2R"
    "gipmN/DFB1LImlOtz8TP+nSN5oaJv3GQPy9aYH3GNEDXQte2PjMx8n9qB9nYc+gU80ATJP"
    "iLy2WzmuXB7yZUKMMqMBxhUCaPqUxCIAAqJZWvlPQwHLAqSaNLZpey+kjOmIweB9efL5Hj"
    "WtOXsO7RKCx5xK4/PTzc9vlnjsdCovzTwUPvXhsMb/jn1goTjft5nPSJVWQhq+8D4S+LXK"
    "L1RqQZybzstsok80KEJ/9ZUDfCA4kWqq16XqJFxoo9jlHQ54r8L9bkRGAQbC4WMQb+sCZQ"
    "wFUt3RnUO0XUO2atyhpCcRlIji2SHIvJ1JoFvpOiKMdllEO5+o3c9CquAqinCzx9wTNJxE"
    "+uf+5df+7f/3SJ+AQU9DHhn2mfuv1bVomVf67NdfqczoJr0ce8iOvT/T2fwPYI4fI3VH+5"
    "RDOL4DEJZwnlh4Nb+rd21WWHn22ZJqPJUx2jGQfYcuOVLGqfxkTAPq3cPnUtVzc123qTaZ"
    "2SFIIqg+nwoPUii2hMAuDMVsf1a1fLgpqRA2izlRn5S0YW2bQYAJsG1jem5ZHNyAG0mRrD"
    "ujtdaI7x3wIzKL/McEKoPlAv3rUFVmzbloDWu8XkCQWUs3eg5BL4hBPjykcC5gYxnEWpZU"
    "+JQgG75rj+s+scs7RLLHVWGla7yasNpYlqrJwDpV2qLu1SpCxGrBF7irovUeLBjzxuesC3"
    "TC8pVAlDbOCVQImeNQpBdPhod7CtcgPem223M+Yd2+y7ia8DgpG7YCRUnSB/AhQ8eSyliT"
    "WuoN+6gwzif8ycxzyI+Ffuj2cQII/MLOwwGuoSEfyGHcZEtR1BDYyD3w1KYzQ6oSc/qk8P"
    "HqqgyPhDIwFIQhE5QIhruGsflAyo2yK/CbEm8yRKukOqb3sbYCZ7fiTEVNrDNacG4i/0K8"
    "jEYCMBiMBWHoH9w5rIGZEbAZUegUOZj3/4tMc97cYEhbJlABe1Hjf7Spw/eExm65A7YvIU"
    "fd9y2q3lB5ZatczW38ItFqhXe6WJgfYM2nN7jt0k50Wwm7c11PQFauyjeRzfdoVtNMt0x4"
    "G2ODIxWnZayOjF4XhQiytXi0MijOSpEheDHr0ShwuYIWCGgBmSX9FNt3XTxOaNvj4R1XOL"
    "Xe5sreYWDNRm+loi3jDxHINgx0FUzK99YXvkkpexCIpg4C9sa3zjoLnx7NFzFa2wjRzsvy"
    "J0B3kr09JnLFKgkxkrqUaC8hjfZHKbDn/HMQll3lhpN1N3XDS1lhQcPIuKwC3z63LQr8Ku"
    "hd+RgQnlOY6aYphYigy8jP2Sw8tMyW3jvbT30BNhyogs6abs/MGSUUA3EqCCVq6ChidSGc"
    "pmUhTYXE1mcwXvIpnnLiYCD17lDx59vcvZIhsBsEV22yKB9rSnLRKqvENP5dKKm50la43E"
    "vErGfE7VXIrmvh2TQisjmlAh5A/bNimL3DYrLoFvEWMuucJFiif6bxBmWbFORtzIItRIMq"
    "Z+AWz3zULO2mEVv1l3I50el9Qmw2uLmlK8uZFHvmE1Dk269PS2Qelsw6WjbcM0v51ZbyRj"
    "19Vy1zE5ZUP9shkdLjb6/ETFltYrXmK6C8LC334pDnrFxLNnajvSa7ZBbcIJXtC9GRmLwZ"
    "c+yzcHA9shsD3ZP1/wngYhBOLqCsTFVq1oWCMmoiDdqvqqC+xpkIA3GK4gtNVXzqS/G5sy"
    "4EYCykXkvvvwrtDGfbdl577L4MsdHNqrbnoCVua2UzotqVCqTe1dytiLuMwapCVhDcquAd"
    "U9RaHpbeBHIsqUEKgbc6bTaqEmXZgTkJAC71D13iGgwRy6AN6XlUnvV8rznZYF13eTXd/U"
    "cpbztG4EwNMqzKwId79sarhAUiFt6VCubGG0ubQrO2BvtGwPF3Vlbx7d3f2B4ruxAoDVTr"
    "sXPLrSifd1OL9ZpGaL1zsI5BRwd9sekeAuOS7dLt84KBRnXuSY59jBrsu6Dvncosi37LCs"
    "ZWwHzmk99FxPWedxh9GLuHPaz4ueZTzdNd13TBbWG6LArxHbJXjqucYrHWxi3WbedZ5zjR"
    "z6rHxrzeeIYDxzDpF0/bW4qg9GX2phPeKgGrCkmXGSrSY86v9037vRBp8+XfKtSs8xulnT"
    "j9RxPNc2/tMzGI8mpEsWJQSk5erTVr9v9CMQ2/K6iR0tOvfk+7TmTADepnLeJt6oIAbnn6"
    "5A88pfDLG0MotRYfVQkwO0x8bPnUIZtOtuVWyx+2/wlNj3IlFllqGyTU8sV655YjAe3KVQ"
    "2RUqu4pdpxtVucTCZ4TBTd5kN7mNWaqTTBRwIwERwMojgFB+9YC6gmlN9Vgv+YLQpqQgOC"
    "Sy8DaHvuzOFYnC5t0ZHgp3ZQUhjNvYVC3bx0XjGKlnOBHDGNJ36LB//XiScxBDkKii2sy5"
    "BwYgvANh0Rm5RwFssce5VLqOUmHlg+bpdD13McKO43/XTKgyfrmzLVRJtfmF5vgjJUKVpv"
    "VsEHSqI9d6wYSOXBrm+uySxwv16ZSVQ+BXHDTVbXvNPzdm6HRMN99sfHLW4Z/YeE6V10Uw"
    "CYsABktP7yQu8FzDfcdkTHr6dBGNYuk4Dvp9M+R3lgs0WfPMIB4l1dGzR1cUz9DTAzPDeB"
    "0HnThv2KZfi1WSTt7yr6xEtWXOsD0mye+yov/GhJWs1p919ktt7DmY/T70pjssUmtiVraa"
    "zrcy9TWendF/vVJRP4D6tqDXUbCc5+jWerY8l38b/Irt9ZhQjFh8NqiGTWV0Fy09x0WYjg"
    "m3AYv4ot/9eZnL5fe/prD1q1z410Mp9t1W6M2yX3jI1x0Tix6x6JRtdzr5OYv52oa7Pqd7"
    "i5fjxtMXh/0uw18B+ijT9eJfiFXD8H/PlB0L9tk56iLbekOGg/xDaob45FR6oTtjgr+sWA"
    "wLnRIrwHFpcBDn9E500FRnX88wTTTB6FU3DZ6kRXITpfaJMOf7CoXKaElP4XFjzAcpelym"
    "K3dOWk4LOnGXBPtjAaw/5kL9MdNllm55SwrbjYSC6B6gje9clIuwrS5bIAEl2SRKsm1ezR"
    "KegqQQhMLSoOqzGVVGcqg+YkhjIsoFxKrPiIRoWD706kbDAn2/1LqnZSEW1uRYmG+VOOVS"
    "g2KS9TzfdRoQKq3yxkyWf5rjkvAst2GVy6RUpiWVU42qb3vkF7yRi/wlZA4U8msfk3+Dqe"
    "fIIhqTADx3RVC9IGTUlMjTEd7nOwNPsQ21O7POf54rgPQumkhJUBPnXpMqgd+yWM0n3TA9"
    "G58IYlSJ651tQSoe9dHm/tCCUSo2MZ6hle44b5Y98yNHfuntU7YP2ZfpoKlpYOKiwHFx5q"
    "e4rWyL6Q4Oy1Cj38Uv6x3FMVx9Pj9nYbNshKqGe7Lo1Ge8cnlog83n+DET3caIWCiM77iW"
    "hXh1OT8K5cd4iEUvYNP0+5vqK912z87Ro8EmYfJ4ZU0XY7I0TNNwMN14Mwc5Fv96LNTlre"
    "hPcP3bhVl+KFgURL/imv5Slt6JRn+/5REyy12gB18RYx+xMBT9X8PF+QXqQpT4GgfeJChP"
    "16BchPwoTXzpiirHcRkF4wnV+wzb4pRtMcTx10xBRTkuAoGEDE9Wd1z+8qZW8FLEFNpWmy"
    "4jqwy+NaeOTUxryvwQ9L1tmNLrIJKGlSi+EhnD8Tgq+Sgg4Yz8kg4irTw9ZKtiHpJ6tLBG"
    "RCHdPH999uDiHLN0a4PYOFW9D/P1vJzqlvkZPnlFLWtI8DmOd/sgqTzealYyWpyUhGhxgw"
    "MPEW24Ce8K5nS4m+vCl0R4bfvbgY3SAkLTcd4KUAPoEDWA8NTGgmPoEX/Jy8qKJJQwQbcd"
    "ML1/Pm4/+6Pz5XZw/1M4PP1CSBVLJAwI2Q6vMSlgE0qwCbnN6bh4VcJUDcXANipnpQZ7tg"
    "xnJiEJbIrmKDVZNgUwH/Mfu3bqskWYj/UTENRTy/ayDXaRFQYEP1r0P9VSFZq1CJVRFaoz"
    "tK4XOiHY7Pqh2xOBuZUa0dlmdE39sVoQCS6a0+nZyFlYKxa3ZbHepW6/YHdl6iyFj33AL7"
    "JANv3MnVv28jJoXMYjx/7a+oHu4At0opH+QGTMzs4ESZ013hjsyGbZkeE6yfht4zLKOW+r"
    "zz+TDcjXH4xvbfoOPYI1yaBDTEQJP0hq914UyU6lo/L370UmQ5VBludv2g60Yj6nGsoz+k"
    "n+Gs+gl0I7Jafc4XEQtN/wZGFZL/JwZwSVw/sgJ8lEd7Dm2VI9KOMyyqF8kF3Nagtp8mUF"
    "UmLKYV29ZsfsIqE3ZQvIGxHlAK5evzMcakOzLiWSYZeEXI2Bl9BsaW3cZeU5C61cqCstCr"
    "DLwG6a2tSzHUvgEswP6abESh0oLQqxHCKsyyAsFQVJCEKoC0JdEOpqWKgLyHqKrXoFZL14"
    "j3J9RlVX18X2npVTb+hMt3yiFm6FvFhc8iUZOPw1P+qzH1wPwWQDNpeyiDFlmHXaE+UwSa"
    "FFJxqxeVRFylkYqyUmrsYg2xetUTAZQ01VwJb6ahWmeeyB1It350+kKk4ryzSmxt47irWq"
    "e2BTQVnsglyK2PtQwKNIvi13cyjS7+ndPIouYkeJnyPvpy3yVHxr7mJyjviCXiJWc5lqHp"
    "zvYK0wQf4tfBZDwNvoIOfFO/srCo+oS341/OsktQJ13XdM2G0OQaaAPH12rY48/eZXU/Z7"
    "dLbWMf/iSbasiQSgUY3APRnq/3m47uYKabkIQ9wjG/eQa6e7T/tcxXeuTl+uy5UrU0giLq"
    "JMCkllgGLbFsUo8g+ASEC5x/6Hd+8KPPd0VO6Dz6+lG2vrrpdTW6ZHvGWGF558jUXSNaLN"
    "1FhJxE8GD737S64Aj8mw93Db/Vf//qfLoKMKXQL26Whw+2vvhn3oWOarH1Q8vmrhf0UtYo"
    "EXPFXSYnCypE+WsJtOqSq+CVGIxjXHQZ+Ny4SPc6l1TojCOjd5nSHqmn90tjP+BlHXr3HV"
    "86KuKdY6U2zkfC5JIWjCvE0nkm3BnBUE74Cgx3U89igEeJtLXCStEMrHqMiXOVGyKyJdej"
    "ybuNuyQ6VounTyPN1d3D2xfysAWjL43rBdXxRl0VO/G+vYeVwB0mq3xs6+u6QbYx8yvJ3k"
    "Lwki3BmC0+4gt4BgVSjOnUyy1x1E8ccO67p7GmSosT7FjKp81uE15DklKejZi6g+Ol3wPr"
    "5++ftgtg6vEs8+ubb1mYlFge5abjwmQfEAF03wlIJ8jp5itQY2YtliA35Bf2OGlyvLxWS6"
    "Ri+Yl/P3v2fY21pY/z6R3p5YGLYdoRJ+Y9SHzpYIezPqGhxbkzuwLzz7dJRAOyGsIOzVR4"
    "e3xYhyTJUjxIVU2NfySAtElQt8Vt9rDr8yjVq2IH5cSpl4Ws3FHg0Xi2DPryQeCexVSbyZ"
    "pokIxoMUEnctVze1uajmxLYNnxADV1PZPQ8clsPWn6BmrvGKbSH3PndvJ4WUOc6r81Vbnj"
    "0VIbpF69uIKLdxq9dBIF6dD307I5cQr/4aVx3i1cd7SeX7gXJR3eL9abNKe6gW1xAXPXhc"
    "1ArjNnsCXDTBvWEbuCis8Qe3WQG6KGVeFJyL59MXCMwl8/h3B+UeYlWwUSKf0w9JOZguMt"
    "026I3+P5246RhYFAJjCaJ+uOwc9ahhtEY8Iw9xp1cmJFfPbcdk4i1XDqK/2bCp6kNn/SvS"
    "/bTXqbVceS5vhY3Rnx69h+GuWbqrnxRLVSB+DxtP6cZxwi/F7jW16H3w7JyP9GelX8Ncj8"
    "mzbb05Hdb/WifIMllsz78X/ZPQb2QjJvpmGy6dnH7CumzTH5Af2oudnkE+GoTzGuSi2dLu"
    "quaEzqa966pW1GJPsNy2Tgkq46ep2QW5Oerk4E/KAfp7oS+XZZsUAlNF4KJsX+7iCpNZUA"
    "NHKn3x8yWyXsbkoXd/wxMXg3lY2uLjMMxldG0/lfGm1725RKyQSVpvO054G5KiK974vO2g"
    "dFQpKaWch/4goSWCv7hasBlL+GwF4pBE2Bw/bdY9jwmF1CvZjDIhCuvc5HUOlKsyZZhjgr"
    "DGTV5jCLXlvzkh1AahNogLNS8udJwIxhDTLz81TIMXJx165EQQycgO6hSJaNgJsaKtSQlG"
    "K91xWAYN89wnJ0F/WJNL9MbqXnJ3/nKl23jWiX1iUwE3+ZFnzhCxXEE30sPeCxqQNqsBKT"
    "2O7HJaQVIStIKmaAVFaFdzgxglNf6UKOj8zVH+sutMf+nzs4hNke8Wi4nU6BObYH87tTFd"
    "yXnxHG26wNMXLBkiTYiBXzcb0LCmTBH4IodrUgpgFbIEy+zYrCCAmwOu7KZNiwGwwqwhmZ"
    "jZRgDAzPJPXN0wpRIPYyJ7pR6W0w/+NvfIlBugE88wXYM45+x+/3UonaGOjMSMO+k43o5E"
    "3SCBoyNdV2i3j0PQU2i3j+NxgakloBNH5+usm8jy3In1hfkhwgm5UyJZbcS5RIyA6GK6M9"
    "Y+hZJ//A0a/dx/eOjdaD8PBp9HyOCEy4y3o5a7jkk41TdO/G6dgHKJXCvJBj2d6rZtYBv9"
    "LzZ8+kK/LF215QTbZ+x+bN0xmZ0HeDvn0Tc9H5NUjJU5a+i31JGNTX2NlvT/u/oL9l071h"
    "s6pathIYP+SBPrDqajDROHpFKDFZZBc9N4XrhnxWid4dITK8Pt/C3GMUlHgv8NxM9GEj+h"
    "xEgBk/IAJUZij5EE4CkxBaE+QN6pf9TKwBwTURDi6h0k4TtMcjenxBSEut7aRGpxQLPcz5"
    "vBfe8SzSyCgfOpvAULTMSvK5IBHN+6OL7ABVT/aYJiK/lPmLpRf2CAqrbqwACFYisthxRI"
    "tRLKBxRbgWIryeDdi3enr1b+b8yG7jZXO4UCdy+etvQFijKTPRuNPj/x4K/fUUDfhLE8wk"
    "qGxCNb3zh8tDET8I73malAtZETimPis3Rr7L1KkXwt4aiD8ZDb2uO8xb5iw9FYHPoVCwKs"
    "lmVineRs6bhcCukJFTwU1OF2r9e2vxoMbhOa/lU/FUW9f7q76g1Pv+PQ00GGmwiugtWtrv"
    "1VxOoG++tA7GCoSbU3nmB8HdP4Ylrp/vCO/FkUxXTz0DYpQ3TEcgwGnCl4IrK7Ypc7RQwv"
    "azO2UDIoY+6xJmx+cUg2yzNmLMVTClcHmdaUJ2ueUYtJd9HSesV+dUn9VTf4hogqRHZiPM"
    "asSXaoO40Jn+7cx5cxls4pRuZaC+b3aZP+3Rj3McaZPEePPCmVkRldzyYO+4aMpuhaPmfx"
    "zbJfDpFpCpxDdg2KTbbjxZ4InQcPqRyoKSlAFgw6KajVMuiakqvBXpsPlmlM17l6R3C5kN"
    "7h50qumIRRNFHjZ6oRLL3pgmkBlmfHXvW+jqCjsBA2SzZwsGmes0rY/Kf41bADPfkbVsma"
    "bztWxZopGm+Gu6D/DPTihC5Sy13HhBW0tg36i1nlirll+3rN6PPTeaTr0KeYXfcnxrxGt+"
    "8Oi0agOcZBje3gSxV3UoMT+pjFMBa6jbXJSkb3iInU94787h39v0aDHANVn2N3rU28+VwU"
    "asxHNi0HJNhczY4fSVls87M5s5LQT7J8P0kgVqmmBwKx6utx7Dfs8AK/fs2viVb79Ru2ed"
    "vt1r+lVpzPZBMY15uLnW2mNWuj6yc8F7Snu8QvHsDz8nk9AWqLYsehl1nyvoUmlve8cNHp"
    "xFvTUdQ45f70s07AinpbGNQstlmHKcdFL3jdQXPbWgafD/HMcNDU1I1llnNV762F9m9wO3"
    "ad34T9I5hQoxMKigiwDuib4VA4oJlO/Ggxi7K4IgEFuVsf3xXgbn18l8vdYpeSOlL8EZEA"
    "OSVWCuqGvXFSmbsXH4uk7l58zM/dZddSbn52hEmSEuMy1ezo4x4qCZTfF9nP7/P38/vMfp"
    "brBbVPE6jGnRRfdUyq1j3cTldEEY4h04nkbOaYBDxGDcnuUh3TQNeXdO4khADX3R6emEm1"
    "pwuCmbyjzWwtg7mwLyKxw3a7d0IDtDpw+8GMigIce9c0LyOxraDmpiQ2wIcWnhk5XrTYkb"
    "LDjxY8msU8afkQQ9ORZvEsXMM1BVlnW0rBhQIKOoe+viJwma184kwXeOaZOFz5wlXgRtc/"
    "926ebns3lyiaY0xu+7/2LhE7Qcakd3/DrmJ694bUguONc5yyHXccdbkCLTHIBdyArEVO91"
    "uZJY6JqeeAUWl9G9Q3q2EOeZVWmb81yj3GsMKtWOF2ucuBuleNv3xlG1OsUePTtl51s6ym"
    "nJ2luRVGT9i1+16PK8Njkq2e3H14GA5+ZVf9H8T06GHvl971I/vMxn/wtp7N0KB94Gd4ap"
    "Q7nkXycEw3+Zj2V8zfhfR/dEfk395SIkgs3tzHtaQv4SAFgcMX3WQtF7nJyAE7F5Jz60M2"
    "ecjLbt4cadjCorCuacrGyhMysH2LBHUZYBXExZ4cpcNiiY2ViIsNqRIy7F8/ngjP3yoCur"
    "GpFEU39d4pgO9GCahv7zbsvC0KbkZfyqk0u+0lByDvADnnvS5d1Dfd8TcL/FUg9+nzEJvR"
    "wZDPBVGNsJDhzFSAkZp8mf/UxMfgsG3nZITIFuNlaNGyFitbxio2W/NNktE5+t2xzNnvyC"
    "LmGj3zSl7uwmZJR7x6xrNHfz6eoacH5oRgolGrVXobx0Ur3V2kXVKHu9OYnLJJ0P9Cf7pr"
    "9Lf/w/6HQuFqukNPk054L+S4hmkia4XJmV96hBEhJrqDv2Xj/Hsh/ZnuADoxqzjClBb65Q"
    "tlSUGVkGOzV+am7iw0/0UyxwLNcVuWmUBYJfOnlqyz+FJYll1mEWJiypQVqRn7xOEnccxk"
    "5FTa/9U5VSxTyp8SDFdmM1fnBsS2xnNLNdNYGoJQUb4LMCsJ8GbSzUzLwaJM620dBDZCNb"
    "YPiD5pbf8AdnLamFW9FSG+9cCNi8EmhsSkmnCFSr574wmJXkdL9IL6/KUL+WyCAeBCbahj"
    "8EFfs8r7Q0+YpxW72tnmDlz54zTbK5ilddJFE931C/k63mplGthGwSwOOh177/Hs49j7MP"
    "ke0/9e/PgX9u+L784u0cq2VkxvZHWKLILR3CDsyUOeg+0OncKYobcFJkgnFvOchTw2R1D3"
    "6ChfAbLQmuXHoyuuMXZfFlrGHsyxCWMy2xiD7T2ERFgyn3hKtXMtVzflPW8JMZV0vJqdb+"
    "1L8QuIxidyy3CSJSo/dPs3l/ysHZPr7v1175an/03ZLzXDFELpslGFqkZtKRqVJk2GJOoS"
    "7OSUKBCTm0xMhvyR/EdM3fyR6BGVpZVmBYFRml/DDBjnh3ciAUHvoAS92AMP+O6qs505HP"
    "eg5Rnk1TKmoq4YMl6lUeAe6PuzqYP9YV1Lnj1d6E5+Le3kgM5WB1MwVKamdj464INpmA+G"
    "6VhiMzbHARMKKFdU9/siNuj3+Tbo9xkbtH1Ogpmtz11ZF8HNsPvp8RJx2TEZPV3d9R950r"
    "LjTZas5eysaHYzle7d06kcTOhM14P7T/3hHXcuWGRu2Es24qE7fOx3b2//pQ17170+n3Ol"
    "266hmyaLs0+xEcweXt18dn07GPHpOP+hOvfFRZF6zBf59ZgvMvWYCXblnXsxIWU4BjX79V"
    "71ErjHhAD3cri3y52tFvbBiWxrtiVXFTAjqF4+f+UHe1itxNFYLwjDFjHJRkv6LtvhwkrP"
    "UGPvy8Nu/u8vfvwQbXf2x7YNPrqjmkB2RxNLFFXM38jhePX27yHqUZSuAgL1P0rhjb+suH"
    "YsHSzPCO4ZMW+ma6VgwBwCRfl7WN1AUWSClikUmZKFQHCTA8Fzw3ZcbY+wv3ACWPMmr3n5"
    "CnRQe649q8y8gWWO740YrG+T1zdy7pbRzVKysNKNXmnudy+zzHFBWOMmr7G3mpW0s5KSYG"
    "c1eNkz9YWAMXZAOl7ZGppQPbMAuCmzTxbjPHGAGmrt1pjoHdDkJLO9k1KAbIGU7wCyLMry"
    "ecmxqVoGcuHk5OQGg3KwFeML5WAbxjaHQrCF4S1aAnarrgYo70A5Tz3dg9hvGmRfVn+Cfn"
    "5L51PojE5RJaaYTr0nXEN/FlVBOlamSGvAqi1VhD+Ku9JFwue1aMqIFh0Y1eaN/Hay4okI"
    "UJD32Ekkf7qCF/G2cnhgbebY8fR3uWUrG2dlVYK4bj66/kVjIGmTlcTWTknVyMn9/l1baj"
    "361TD9jBy5UyMhpgzZv2JgN20ipYDdiAGwmQrGlmTrMgscqlCT9EgO6pUgm1faJ5JJD28Z"
    "xkW9I9GTCrVIG1OLNHCZaBW4mQK/iWoOphrcAfR7jbDr+l8vzx0QG9Qp4A6g41jfCTa+YK"
    "XS6wX92d++sZ49mznQyjKN6brD63/a1htaYRu94DU6dTBGDAVMZueb8ef++LNsFdLqp9+j"
    "ugW9RXaz56dSBcOVK8Lw4X2B/KkP73PTp9il7c6KV930BFlUv4wG93nZ3YFAmpFmTF30P8"
    "g0nDaqIVtgZlCwmSPaWQjv6V33n2nkr28HVxycGJ+MTXCV9mwALfAroQVmlNP8t/4h32Rh"
    "0ETw/orFUwo4seMxnGJt9uhcxiu211HlkajZnB6+acLedqcMcDrAtZDjWtMXpBP+B+taZ+"
    "LZMx3CC1q/2SwTjQjeYnXccIv3fWoavPw4noMT/qhO+FBvlivnlJRSTp2ovqZTbL9LwJyU"
    "KgVzwwgIh1HbYi0pKD7B6zxlAG5rbBWTqrGzVbi/W9vYCqpNQbWprwl3qA9z2PowvhKqiW"
    "i8+dVKUmJfdXcPKFaSv4HbaS0XKVYCgcYqA43ReSKb0pUVhGQuiDsePu4oztiI7cYKEFab"
    "7Z59co/Lc4cAZFm3bR4TOYVocfftoVjI4PM8LvFY06dTvJKnvMXFlDGjgUvYdGChduqWHo"
    "AfC/gi6KgtXQA/pn0RQKhviMuNN/yVs8PiImCBCXnJTKmR9hnEhFTa0NU6DqjGKO80iIQA"
    "V2B+1+2BsTeslj2dBOrlG3dEjoLoad3N/g5OzapdXIo5BtIoJ981BXxdQLKvgGSf0boqgP"
    "QqnKddGldRTOOapnTqwiG9YVGNKIErLF4/Kt8PFpZgAteXWq6vKV1qGf9BOB4ofimnQZbi"
    "x/9XAtpwfH0emdrAPYhPht7RpYeQJotzWk45D1j1LMoQshUFqhTWkaByYFd/buClbpgyIE"
    "cCyoF7kHNDn81s7OT00xUjHBNRDuODcPdW+nrJmOoutpeONtPXArjzfYtC4fp8N9+3JQpk"
    "OBo9XI1XWXp7Qg4I7sUJ7sCnzN/bavEpJbIPY8kmzBlXZU3LFu6DXLZP4vVgWzNvum89y9"
    "Bz8eDPphJYdTiDwgqXW3xCsSKYu11DWrwA5+4M1y4KBb9xUCCKTsfe+/lfJmPvB/yX9/S/"
    "P7z/QP/7/ey7sffjXz58PIsSUllZhYdBBy2Zyw1HqacPAzoZj7X///autrltHEn/FZS/nF"
    "OncTkzm0ytZmurNLYSa+LYPluT2a1oS0uLUIQNRWr5EsdXd/99AZCUQBKkAEmkSLg/7Kwj"
    "okGp8dpPdz8dxBmp9LN/R5YbkpDQj0Tmr0z26zG/zMRlD10vRM84TF9uo1MZSYT1zLQeVK"
    "TTiszySV8sKxOSao+JsgkDoWF1ZKUMhIUObzunKtMtcZyXe9FZQ3akr0BRpn7lNbk36Omu"
    "JNq7nBZmLQC0MHvQwnQn89i4iLzuJB8bp/rQCy1HX/kZMVD/zurH31c8RF1/BPKSMAg7D0"
    "IQWmFUAuYP3WhZiEzJhgaupeu6Xh/gqnLycTC+uBpe9lMDc+JeDa/pPxf0p03cu8GI/r2y"
    "CP37YnBzMby+Zm1n7Ac7TtHYVXO8KPldKtwu+Zv5wqP9xGkHWvejvFzz16STv8wjd8bGAj"
    "1GxAmpyX/G3vfXuvwzTV+efOzgOMVNP5skLwnuMRX3GPgRyrVvlh8Bihs3lcWSOI39SLMu"
    "bFEQ1AvFC+pODeLn5i6cInlBmKxQxhjKGLcB7KyhjDGw4dTGhrPeRw+gYdPZcPJnjkKJXe"
    "FWdYgpHPd2H6lU4e6omov3UKjDfUj9qtbhPm6GVhrLVBGUI4Q7KQTliKFWKkE5Dx9+R9Y6"
    "GgYF2HECFAX0C+MQMSqLOKIFneLvMyeyWamTT4Pxqx6im4SNGOjAY12WxCXLaJmwxSdRL8"
    "9F2vkmXrg1TgZKvx47QGZHahVgVTmME4UtJc54rhuqXxRsbhR+bvVcF7Zv4iYVrPUKHBfk"
    "GqwD2xHVkoCeb3iOfV/GL7YtByIj2mAaxPqTzuZBAAULAFbt1SwAVg0AVlDdtPnqpnUaoA"
    "MH+1KzM37QqzI2vVUwtVgzjeJmvH2fWn5UYTbh0RWnX+nQof9mZTJfIarCgBUgC9HS4ykW"
    "1AS0EL1l9qiJ6IYsx8JCPj3gUbjwvejLgqdX0Kk1nyMvCh+97/IaZw29V2pzsvecxDMnfv"
    "U0qb9Juy8YoJ/5p/QzLvUPLXu0ymYyzCRtxFIqN1zTIVWNmEnbQzaHSpG0/DpR1XJB0EB1"
    "//mtgrr/nA932aibPcrlfVgSJVekfFgy1b6sVBl2EOhMzLS9gfPx8Mvf8WY8A1jPKspJQX"
    "yElJmWrFglSa1I3KwUxOFmsJRDxOEucRDQy3lxTMb4exlGuBExYkupivYc/m1crfJ1sOf1"
    "7c37tHl+HAoV/MicVGwzlfljRWGDdpuGXRAQEl0+IGaFRGtQq9QJeDCmkWjFQkokoMfmYa"
    "8K+HjkzVjIRv28qJ9ZspKfTHSAA9oJB7Q9G01yq6KT12WK1RuXk/vfb25GN+/7KJGfuLcf"
    "+sj7OnHfDUY8AW1ukR2zz1RI/8op/wqEfzaxHDyTnCvldpogYsS9KpfdpwIdvC6HDl4XoI"
    "M50bOD0/bGpYu9OT9X0C1tVapc/iznHiT/i6ePz6G0jmDF3p6VM6aKVtNZ9pxySQOB2AgY"
    "o/LDQQ/eUzDlBAR6UzkrZ4xemzayvEgT9NlItAPwYa81B/AhQZzRrzUkWal2DItROBz2fU"
    "8SIVKOwq0FDLjONI3A2ZEfA2hLnSM2J2XMeXC4iLINVlDQajWclpU0EE7rCHyW6qSSUmBO"
    "XBIsdhrnnOgBBrplOHbXx7klOOmF5dqEO/MlOOnmYa8KJ13401nasgak9DPXdwJi8VIjUz"
    "7nIKnnqEk9UACpxpI82qV4jlCCpzH11lPDRNhIdPW8ETNQ24efzPTOKYt7UPaaNB0BwY46"
    "h+B08JWdJoO7u+sR840k8hP34eJ+OIwdKbQlxrErhe6tw/tPo+EffUSHAPvfCH6auLfv3g"
    "3v+8ibz7E/ca9G96ynBfFZP/fD34YXY/aBj//FuSV3cbwcnvYv8CJ/prVPbSQMsKZrrzHo"
    "yWi6y5GKtL0Bqm0aqMDLleM9Y6wXjZiTMig+6GBQBUT+lKvarMgfcdSjlb3jqGclYdTbMu"
    "oSIKNY+Cm203W5BEUhSHPdnuYqwCF75mL+5j3ebTrrmJaVqZcyE0w7LVMsP5Nc1vesbDZK"
    "+zFI6Zl9gNsweyrplvVhkoJqRXGxnwSry3Fc4XFvG5K7aVt/1Csgtk0ituXZrNthmC5ktp"
    "5cXI2uLy8G98M+mi2IY88sH0/cj/RmdH8zGv99Gj9a0i/quyR8nsbPr4aD6/EVq7dgOdSQ"
    "VxuqmiMu6Xg8yngsKuD1tYQB1n/diCQJgojaGLJyCBVV5EShPfNiW2b066XF4u8rQo0GTf"
    "VlpV5yFTmARMoXfjeNY4BEXuKoq0AiUBWkRmz5eKB961ZQvYhTqrIDQE5DoauOKVkVcMpN"
    "sO3EasDz3SDPd5YeYCbNutLAqQRs5Yb3Z9DEbgqzShRXjVxttKuKX02FAVajreM2yjOK5f"
    "oCTRxGK+wjoe8eI4jDAatfiE5/Okeej35mPHLBK85XnnTE7mTo1EI+nQ9PxaCNJt45cYUe"
    "0BccBojQ/3lPbvLK4NUZGi8wiicj8r0nRAJOe/clooP8C/8z5r7jD2eW7xMct/gDX3hLlN"
    "CUlDPjzbL44/pXrGmlBdsQgjqPCREWh0Y1K7IgCPcqeVHhDkAnLcaejsca1ja9AW3Yi0hX"
    "BNowoA1rwRgAbVjLFkVHMVOlSsqCCacHmhYE4aTfDu7lrLM94adcrEnHVK0MQxVmmhzlO1"
    "JSpxf5gRxPiZ/0toEovBnE/5hl3M/oWBfVWsWzbh/wEnlc1dacqROSUI8ibS1gxA09n2em"
    "QvFHW1VkmhVp/oRvVtBzuS2UEzMgNup4FC7EjaQkdQo8LhvR5m5kb7vC5rKygmAazOhNS0"
    "O3WSHQqqx6IL22kG8SpW4rHbiRa7BuYHocdrZsIBjr5XPbLGNdg7tGyBXHQUDVtqe7fcyU"
    "SlX9EPfWwblwFGf7OupGYhOKETmVVmEa1wJ2oVl24TpeyfV0TJicGFiJW61EoEyqkzLJC4"
    "jcOqxg8xFkQMlqVD5dq4CwucxrcflcjEefhn0US0/c6+G7cR85eM5PjyOXPGiYHaxtrkij"
    "ycG2K/t4J+Lh9xNqZ1BTRLKhlCN6gogJs7lpOI8zimnGn4kyLzr6jApzo2fKaZR1VFiUfM"
    "kZpGttYFlGuoIWsTQb/UXpkN1FNNexIPKSNbcmK9aMLsmJGRTWBWxvgAFDajOMulZqM4Ti"
    "17WLRgH29bQqSBzkWOo83l0R75jOwKJ6tYMdr4WuOjZnVSMdc+t1D/q8PLPY7k5AM2NMc9"
    "k4ByAavMP+3POXbA7fY5MJB1Mcf199Jd3c45nn26Yqiz5xg/0JGh9CuluOk74M1hVJ6yfv"
    "H7Rg3rwqxixkbzFFvd26eOzR/yiesDuyWRz1/qJ6tAqXNhUWi70CQDacs5IIkAwhbWUISJ"
    "YCF2JAOnUn7qGK0vazBbYjZ7eagjlZA8347prtRbRm5Vh6NVvWAgZEzzeQqbDeI/nurpVN"
    "LxGFlPpqF+gOKfX0Efv+0hWwPYhlI93gclhh106uoTpRLHfDm0tefSqRn7h3g4cHVkeKpQ"
    "8wcqB3g9E1+/fcIk6RoOgIsS1zjG125SkOT3lIgChjwB7VdEgAOG3Kp3o34Xtw2rzEUVdx"
    "2hzT9926Ya7J+Q1cvw2QVoilqff04mTKXHdsDisTVuQWMJDStoqUts7cL6HIlwT7y5YAqw"
    "T//uU9TpNiWgD/mQX/AX8F5CZ1Xcm+VzaFFUAdr/2z+eTh6vbujtUIDxbeasWqhF9cD+8/"
    "9BFVjv914j6Mb++H04+Dm8F73oo5aKfxsUDb3v3ONPfAnqwif7awAvbpu9HN4OZiSL8hcZ"
    "lmJu7V/0wHlx9HN320+Dc1LJbEnbjXo09D+rWur5m0Q77haYAdJz7StRN2zlXydc7L03XO"
    "8wO/oNbazItciSFbejBkZJqzZl63+nwAtp2jY3EdTLD0VtjVBaZv74Z0g2GSbBO75ZD0zP"
    "GCVkDQgIeW672byBjgoS9x1JXwUMDs6rtFQIYAhLS3EK5TC2kHLPToBbrWoPW++QIGAvy1"
    "0oXdzucclC2gxfGD3hag2Jun4eUAEXfqiOlVQMRLzw0XzvM0sBzLf57OseS0qSqMIZc36X"
    "RvuDgGZ5LQZAAQZV40k0cHcZaDxQAOLi6Gd2MGuVizGV6FLA7wcnhxPbphn9l45hC3FUAM"
    "/SrE3skkz0oewCRv522sgxZ4EXgBuK18dXUTeFEq8gOBaBCI1hXlQiAaBKJ1QrmtDkQr0h"
    "FIEAYpZ0El2rDaSEwF2oTtFb8HiNuk/xWgWAx5c152OyW27qEnEi54oWtqtOKAV9meecsl"
    "4dzzaE6+RPRAZGLhgtftpr0hi5fGfkZP2MfoaZH4RsWq3w29d+KyHpJXPNHHTz4JQ+yiUz"
    "ac1Bg4o4tlPj8T9PeqvIY3FljiqQTxbCjVfVQ8JhmEgmIrIsrWEm0Oc9oxnqxKmanp+XOp"
    "6flz3vT0fFvKkFE6bTcCzV1Ju1KKh+9i+ohhRswYrTZdQnd9bugPQFEWRmG3UWDamT6uNP"
    "YTQcIYpR9uQ9EslnaEOmmtv1lktwjM+i4otDzSU5SBME9IuT7g7DYX81xXTNIyiHJSsIXJ"
    "zle8Zk3ROWOzUoB2bkU7RRRgTyROLDvXsdmrCsflVu52qDOdkAB0btFsbuW2C+bMsojKMM"
    "4Cz2g1wJk0ny4Iy+l6VkM305egRKrPMUbfe0Ir7KPV+in9TcgK+UOeMfYLBx5Zagb/bGEF"
    "yPUQdu1g6rlnBTCzvtdAAFjLAEdIYq0/iZUHaAW7RHUFENZFT9x4/9BRniDykoviUKsr0F"
    "vbGwkDAIAGigqCzV+ufXNtfojFqdHsB0AFUve6oFlAVI6FqEBmpI56ITPyxQbnZcu5SECr"
    "Qr2XSswqJh/KlJqBXMBOnVm9CigIz+d4FjIeKE1bOyf3orEKsLjB4gaLuwcWd/tPArC469"
    "fs3PeW093Mbpko6FiiY7pr7KbhoiDoF7CNI2MbmWUPAIeKjmU7pQLKISx/0LOKnov7JWBJ"
    "LwdLytW7lYBJxYq4lWhSWoZ36vP2ivmdt0JOJSJxnFGAeT5LH2HX9xwH2+jUYkmRNv2L/Y"
    "pXPRaX5KL1h56PXC8UUzJZLgFPyYwrwRVDohp8rzRVM3kXe74+gSFX85h4WTqqRdX+6nkO"
    "tly5ekWxnJIfqVxntzdpHtXt7XUGYPh1lM+j+P3jr8P709ccWaCNSLzZHTs7qGUqPrTJFB"
    "eK1Jy4GyGYtsrTlm73WiVY0vaABatgwUDvXa79bmLBqY6q6L0BrqwtBTe+ZOopNisEet0O"
    "oQl3+T0N4tTketj02DFVqxrH2Vm2HUcDmFJHu0ow5XFxh3SKVwAPwipQQx6SSQWRLGZZ5k"
    "nqjP6tMCNo4KWwu5fAYkQAT/HRH2JBDAa41QPMf5YsbbqigOlGxDgD+vBpiTNrZc1IKHHM"
    "VDD1bkQAWCsn6YXgNFMACaXgNC/yA13Oa1EGjGYgvIZUsO5qtgLridf5AVCIi3VHHVOwcv"
    "iDuCMqRJZA8I6OdiFyp9WRO2IGyToaJuec1SiOVwzFMWRa11shb4XdC4dg/rZimbzN014V"
    "wMjoj6Yz3lCZs35l+SEdH0R7dUi8UM/QA6bzKgyQ5WPkW67tLdGPb97+8EhCFGsvQMHCe2"
    "KxSDP8C/2v88yCioiPHq4GP9CmiAToK16F6NRiXEyLk5zqG3vxxPXmiP5Jvix+oGrxvdUz"
    "CvhLkIuxzVmiAsd7Qh8u3706Q4N5yL4S8r2QfyMeKrVi9GBeFKSCQUgcB9F7+YL2yL46Dl"
    "BE/3Im7j/TttO47RR/XxF63afG1T/RKevsCx0QjGLudPrCe/zN+4rtPvseIf3LZT+ABEGE"
    "bR6chb9h/3nzxMfzKMA2EFq1EPuNF570WluOG2WEDoMcHVfJGeToT+cKyNGfzkuRI/YoF9"
    "ViLfWiWpL2BrKFvT5X0S5tVape/qwQ7LaS1cf97eH2pjTcLZHIQ0dkFqL/Qw4JajPOTv4y"
    "j9wZ36gfI+KExA3O2Pv+WhcwWqFwpqEMalQgds5zOPeycBDrIE/szGnbHbIkIatLM10Sic"
    "1RzfleEG7OdH573hkC+PiwTm8qqptLTszAPebw0H/+gqSr8zJ58Lpoq35zN9V1GVT3BPVR"
    "2+zc7GCpYouTfGguu5PBxXj0aciqEjPpiXs//HT7gZUk9mObK2+TKt253qpcufLDK9y43u"
    "YXZfJldliEWUlYdG1edOCdLV9g5npnIUnAtFFXSRIA73GDPk7wFB3DU8Tx6D0dRcypMWb9"
    "dHD3KvURZS7a0eO68z119Qd+XHje1wehR5O0VrdnLZ5mJY619Rzc4lfbzHkFt5pLrY4ZDo"
    "K154Y7dEIPWShG/NFp8v90WdrMjUQ7Yr4hN3zVj91aJAxEpxZnwLSL7AD1vmq7j+nziWD8"
    "/0PL41RVK9Qwp1Mj9UHLXVN8amhDbVkp45xTNVRbAedJm5wnu+ObB8czW3oUd9DcKlrZAp"
    "yXO1+qOCUEqd1IJXYa0vUnnaWVACSr/HjpJqahlGdQHttSjmdUhLZAwHZpANEBgIxsvGDH"
    "lKyMZ4jTq01p44mxPghDvFxJ4zlzLXpbbc+nWGBqxRKKVuh4gRHtj/AQQsf70kfYmi1Q0g"
    "kzEdkuQe3EtJFAD2e5wRP2GW0c+xf2fc8v2p51vODAUY1gYzZlY1qb2ax4QAgScDzIopK4"
    "r50qzNain8tKgRNBwjrPdhsdJGQtYFyUUS3kaHbkxxk/SwkYUjpxc1LNbQldiVIE06tc1e"
    "aaXundSWp8VV1vcoImHbENXHUq7LRUsQew1BJL4FLosWMjomqu5WZjCw229SCUW2ziOCma"
    "bMnvJljDaPOi8NH7jrw5SnpBm176nP/b955YDhk6xd+oEdxDoq/5FbWyfMK4nhlbOLOueN"
    "08K4b6aaf0I6kpV/9rJ+5jFBCXeSuTHthmiW30+IzYWGLXPkvyAoOz5EsEZ8m3mNoRju1H"
    "H4fsO/EEOSbmzedniP0C3ikiNiLBxOUs53QY6TdP0uhSwzRmPV85FjVIA4/+OcPsBQGyfW"
    "/FntDTMqggRM+54flb2bzOs6J/FsJlXfw9TO13cJW214xdD6aOefDt0Dl8xz5ma87iixXG"
    "daSt5lTKQEX/9KOCon/6sVTR7FGebv3Z8SzJZC53SQsizfukj+PyrMX73ME8C3pvsZkK9U"
    "bg5G54czm6ed9HifzEvRxejz4N71myRXJ4Y5t9OuAfWC1JvRDRdD3IEgAKKUCRv+MU9FqN"
    "UkjEIaulzZEXjhWE091QapkoQNUStjSmJ228OisFoLUSaJ0eVDvsXHlZ2LbavG0Bjl6+zs"
    "zF0SEZz7RRV0nGE7E6zeIyRUmTXCi1VZjJgaOHcZAYmvnUy5eaKc45XUdJwbydOt4XCaCs"
    "n30mhKsZov5aE89kM7fcs5Sf4IrepUKO4XYH0x8LzAq/pslhTxZVUuw4CRJvTOxLCeg6pU"
    "pNSQ9ZXhi2WKVZK2QlY0N0mnpsuEJm/vOKJZSREC0j+vSx6GNq7M0Tlx1o3DXEghBZf3Fk"
    "YuqEBP7EFvInRr6jY+MmzQ10A7xRIvZ7U0Hs96ZI7BevMx1HwEYCctMO7x3ge1txOMb4e2"
    "mxw1TCiClfZWMM/zauVvjaxLi+vXmfNs+PQlbhJJhuaKQ08sQycg1miqU7OySKgb3dEnsb"
    "UJaXOOoqKAukB55AemC7oJS90gMLXiEio3XYAUMxMNC3VhBlQFU/W5xIcJPkSa8KKrE2ba"
    "DEbpd2wV4FTMACdaXYcjlUIIgYYTs14A1ni0pDw0lzA7VbS5UF+sZQepaXozGCCIRlagIv"
    "hUtVk3km//8foMhz6g=="
)
