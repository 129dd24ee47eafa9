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
    "eJzsvWt34za2JvxXsPzhjb1G5ak4SSXH3XPWkm1VSinbckt20j3RWQxFQRZjClB4sUtnTv"
    "/3FwBJiRdQIiiKIll71px0meQGqQcguC/P3vv/nSzoFFvO+bXnuHQxpBY+uUT/74ToC/4P"
    "ydkOOtGXy805fsDVJ0LuxBDXaTa7UJzQJ45r64bLzs10y8Hs0BQ7hm0uXZMSLtFF/GL06R"
    "9oimcmwQ46nejGCybTcwcbnm26q3Mx3Nkl0tFEdzCamV/wVIh1kDvHaInthek4bEAH0Zk4"
    "ZOiubtFnDyPTRS8YL8XTTKnBHsckz1XeeExOdeR4Ewe74UViMD7MN04HpW6qe+6c2uZ/6x"
    "yisw7SyZQ9wJQNjByDLvGlGIPhbGMm/qbbeE49hz0/u3BMHJ09MjLmOiFscvhTLPQVYlOA"
    "KEGnxLMs9nMsK3iUxdk5B8Yj5l8e1lz6jNlBm8Hz+3+xwyaZ4i9sIoM/ly/azMTWNLZAzC"
    "kfQBzX3NVSHOsT96O4kGM+0QxqeQuyuXi5Yj+QrK82icuPPmOCbd3FfHjX9vhS4U8brKxw"
    "9fhPurnEf8SIDJtM3bP4guPS/gNsjp1o2v3gURv1HjXtJLUYQ4nIMgkOGWyK2UJmj+qIX/"
    "/MH+Hdxbff//j9T999+P4ndol4zPWRH//t33oDjC8o4Ll/PPm3OM/m1L9CYLwB1WBvVhrW"
    "67luy3ENr08gyx45iWyIY32hXehfNAuTZ3fO/vzuYguOv3aH15+6w9PvLs74DSnbaPxd6D"
    "44cyFOcag30Ir/VYA2vL4caMMDG2w322Ll4H74Pge4H77PBJefioPLNzax+csR7hFvIVDu"
    "s6fSiYFTaMcGqDPkJ6NPg4eH3vASOXO6ZB+CMbm+7Q0/XyIGk/0yJqPHwbCn3XXvuz+Lq/"
    "h2rS10oj/zax+eOIYjfmbp2Wy3dvjRj/377v11jz2hSTg8Y/LpH1r35q5/f4nmf2n6dGGS"
    "Mbnt/9pjj3V7y6Ut8xVrDrbYTZNfuDxL4OJ9jiVw8T5zCfBT8SUQ+SamF8Evo8G9/DVLiC"
    "Wmfmqy79f/sB/rpD4VZS2Bk7/PPGLw2UUTz7Rckzjn/H7/eXKgd3EL8BwmPvLCcf6yooCf"
    "3nX/mZyL69vBlYCMOu6zLUYRA1wlJsZfgeZUaVpiQntNSvANqctOWDX6azVNdQZSgjALxW"
    "chVItVJiAqA9gXx950NGaFsM9VGvwryr74OsmwGaJyiQmYMMFDfRBCpbda6K8Gg9sY9Ff9"
    "xwTgT3dXveHpt2Ie2EWm69tcgVERWew25pBouptG/Iadcc0FzljyMcnkog9Ez8N/1Ecpy6"
    "8Hsx84HRBrFczzlgl57N/1Ro/du4fYrNx0H3v8zIU4ukocPf2QeEnWg6Df+o+fEP8T/d/B"
    "fS/53qyve/y/J/yZdM+lGqFvTPWL2GHh0RC12Kx7y2nBWY9LwqzXZdZDjCLTLp6eu2RmLx"
    "H/AT/AvUlMZZhqsTOR5cEMDcnn7yoQ+/h5iC3heJKsgcAX+OTgPIZYPT93m6NRGOkFzcIx"
    "fWpxsUgeEWbdNLg3v1MA1S019OBBUy7V9bnONoeqFVyVz5uajQZ4+MDDVxdowcPXXA/fC/"
    "tdRZ17oWydgT75rTvsfRo8jXqXm9BK4M0LvHhF/GzffsgxEd8mFYjNRPBT8YlgugFTHySf"
    "8uyFHhGpbgpODuU/Szgyf/ghjyfzhx+yXZn8XBxjS6pEY8Nc6JYcYkuuPPsi54FoY5UnGb"
    "Q3vev+Xff29D86HxIWaQj69ykfscVupYirLwG4bsV1aZuUh5AV9LWoyG6traxN4dv372ut"
    "t4HXqlKvVSFLlikZs9n+lmzUDKuHCrK/SZvYEwyscRf1nmb/Ax/otsmu7u1AMd3OeNkTox"
    "Efo60rSZ/+6TnuApN9V5JAqbsera14LegrLgutu2CstmIlXj5Xf8FlgMXHaStQ7AxxZth2"
    "NOpJjBMVrB6DodoPlUkAqW1IUXu6d1RgwMdoqWoQkKyyWE0qMN2yoUb+SG1aTYcMooh4ky"
    "SAEsahsoMn62AXBE5aEzjhc6rq4Y/KtC6AUr6Pf2o6S0tfaaowJ+Xq7OevDdhL3XHe2AdY"
    "m+vOXAXtlGAL4T6IV38ffjpQ05tMTWdTprShrQUKTXfNNN0K3qw3bNCFxr+2MtUnG+ekXC"
    "lwt/oTzRCb665Gl5goQx0XBKx3YQ0hoIqJyy59wUR7ZbZbYCXnNKFSctUFNJsSzgROeDbU"
    "zWQH5+GER7LyNSWnRFqw0CtVN02ohJcqFbKWop2G+iPTtc1n8hmvUoaG3GEYr7zQLKCz3I"
    "XssK2/rT1mkmXGcGC/HvtfiCFb/8P+NYM9Dy8gxpgGbsA2v7bBsHrRbKZ927KkRBW4rvlQ"
    "QzFSW9Fy5uZs72AuH6OtAB2RINCQja8O/IAmQgUBSghQ7oeWUoAyyp6jM1Omx4WQDgh+pO"
    "w/ed5TfTZ72IzXwmW4mOmlIXXnj9VClPBiadEVLmVR9SJjtQSqAuyAbWmWST1+O1tAO2C+"
    "5e/iDnzc8CYn/wVUgiNSCcJpUPOJJKSq8zHWHuk4SUMN1YgEILrbxxTuJHs6l3Km8tcN3L"
    "x+pciiijmUrruj6+5N7ySuQ0c+EnvC2kK/URLaxC4ohzfbXXdIvmDUFSUrZRv3VGXrAyLB"
    "SEv5yOrDJbwyn78WHeA/Li6+++7Hi/ffffjph+9//PGHn96vN9T0qW0761X/Z765dqKRmN"
    "2aQuuz3jmNhxN4Bk+PlyjILFCNvOcJvGfH3VNhd/HiFQtVxiSrCVVW+U40JDIZgrQ1NAkp"
    "9pBi3yRcp6a/zWsLBeMmLgQh9LTB+Ga6c5Notk6eVWlWSdFiTKua4VsN0cqhnm0oMWI3Eh"
    "VWkOEq+qHW8YGr9HjkFdsmG06mvm9b1XHBCtmD6yONXdXspjPTXhRTHROyJSiPzdlZGqc8"
    "TvHUW2LtBUsq3mxJU4pJQT5YYhNLE6A3L8VkpcgfTEuC9pPesY4XiGg5sBCHgDhEDZzlDY"
    "hD1GwjKCMMwZ4B3T/d3p5kfsyqW7kNhVfy/c6A+DihHp9OKwnyrHm2u8I7G1Lv7laFA4KR"
    "Y8yZ+mjhKRKSvI0e5Yf5YGiBFxNsI90Vx8K1iU65peAg3cZI5zVlUWg9OH73vVhbwkPdZC"
    "shhV8rzCpXt12H2z7ATDkmMyWcj7TpmmHSBNdvM1dbFefg5meqv1W4dqXAZdv8McEWJra1"
    "yeLHZFpkiiNiMMG1nuAwzVTZ05CUA3O4Tn6Gur0y4GioI6LgaGi/o6Gp0G7zNGwSlOWfMv"
    "Az7PIzJL/e9fIyRDO3ZM6GRGbXLp9DkFRWMzYpGO17Gu1hXhfTbVXCkQmx1nXmKb/B19y0"
    "sabqIokJ7eknqecum9NPYtBF0Gld4z9RmyyVAroyYbC10hYBobL1uaULHZUuzea//wepNF"
    "gDe6vx37KUtaWiXe2yzMIU5gPbZUedhNKsspJV1RF2Xf+55apqeD6Hqur4lx5RVVUkdwGr"
    "azurK1t9fdUtT/LF+mU0uJdDvRZIalOm4aL/QVa+VlE19QfIYOZQxPzoIbynd91/JpG/vh"
    "1cJR3kfICr5JcM+rVnvgHNrMgoiXOo9ms/uDfjnrrmzMyumpG+KMfHgkSuz0mpeJxjFBXj"
    "uYcT+gWd8t+KyfR8gR1Hf2ar5Dw2+tkl0tFv+JoukH8FRi71CRId9GabrosJMgliXxs08R"
    "yTBH1vY1SLKm8+JqIdES8IzG6kkyliIJqv2MZTNFn5l7K7PtvUY+f+pJMs0kbiu/k7x971"
    "xI8j+IvLdgMXL5bumsMB2cQNyibO0GkakEFcG+cQ5ATIEpsufsqT2XTxU3ZqEz8ntcEl9e"
    "aydcaoDKiNe6iNS31lUV2yjWRjHxEB6PeAfvPBTe8uu8tBbKQr9PQtmTYTWPwqVSEeevc3"
    "/fufL1EgPyaj3v3jJXIwccfkY7d/27vh9zMtP01RdVvKsyllb0mpDSlQfSRTk6nYREWgW0"
    "DKh51QKFO4bjdQJeKQT1kfozRNvrN0x9WwbVOJQzdbd4pLQfwiT/zCJK+6ZU61dYfKvB/x"
    "lGD1n/KTv8884tuxE8+0XJM45/x+/3mo+aj8A88+b0V45Bsx2ObqvM1BE5zsra+ZLtc8TX"
    "DA0d62Wa+5o/3K1om0AqV/orPNoT7hlwBBsHmkis4Wv69qP2VoWZ2hUPvBbIXXPNbQYeoZ"
    "+/ZcefBHaawat2d/DMWN8JrB80ztlWwvXJ/buh0a/lXmITjTv58sdTtonSMeDlKfv95N8t"
    "iK2IErOTnUlmi/mWs2vBw8o0nPqL9lqDFQYzJAmd6Z8rfZlvfMnYp+Y5qFcF6GaWxp7dE7"
    "05ib1pQNtZ921D684+9+xSpk3T5SR9EhH2zTwLfcqy1RIjcnt2qRS36Zxl3VOdlpXSREhD"
    "cdsXEtpoByqpeOjLlOCGbg6OsKPB1EbTSh7vxvgs21oEzGWWKD88aQ3wjeH+iNO8yT4dJD"
    "3wt8AaDm1mYHOXjBUv+NUcE3IlII4pp9yBIhzPd5IpjvswOYqTL4fhByZlNJGfztzvS4JA"
    "TK6uM7T4dM/LlyJenMeebYleUzwwzXaoZNR/PVBYkyu608fUyuwur0oQrQ2OL0UOq5GucB"
    "VNEtqbZNjmZ+ke3ExYu97eLAluuzsRqo2x7XOhagbbOQQ1TzWMnaejpLj7is7yH2yxcPgi"
    "5HtUb9+ZhJHX9b0sJiYm2qYldJglgSfv+VU4ooJOXaNAelxWrY9qIG60YA8MwRpont5Xvq"
    "WjFPbsNwzh2sSb61u0s18i/k/uCO/FFaCuvmra1TM+owzCPVydYRoG3a2CbYBFTARu2Z2x"
    "Qug820kns6uL51VMDyE8AhsnLYtO/ok6VgfsRfsnrgxsVakCa2zQ/c++djzGGYSktau4Fv"
    "B/c/h5cnc5US6a3PWFuYRFtQ4s6VklxTguBATJsJAiX29hSDNyYI8KbhnVF74Vm6xpRUWY"
    "vnTHRTcgCuxMSdY2vGTIoZL3G7Ulm8EkkAOA0wxMmqbuIMOZoty9bLk6Mp0t7UnHVREdi5"
    "JC9SQMZVbKcUlwI/6G4/6CTM6tzTS7fODm3Wus3rpou+r3maqES45NWlAdRt6eYFN/Ha7p"
    "EJ4LzISlypBPLb5W0+aPieQyUrwuojuKXsajBJ4Bhu1EekA45hcAwf1zH8IQ8jnF2V7Rj+"
    "kOKE8wQUFXzD61vgCj50QsNEt1U3hohIKQkNrd4a2K+U+BmywQ2vr3Dpjr3v8exDNQu45L"
    "qcwC47KrvMZVOr3ukrIVUd/t9+974xVQBMsjKJZrLdwNStjJLAGYs7LXqozSS1UTf2M2jR"
    "N81xqfGiuXMbO3NqqSVRSKUrXNlNWdcT3TXmGjcpX7CsU8S2iEdKFqIe+aMeEGaCMFNtlJ"
    "X2hpkCUqUq2T4q1CZ99HDM8DXBdW9aeNuKpXRSpPDo6trDcS945cJ0gkQ8uSc/pensi9QV"
    "H6StCAmNed9QEB+jrQDp0z89x11gsm9FKIFSdz1aW/Fa0FdcFlp3wVhtxYraU94va/+s6g"
    "EfqG0buVJINt7oNqM2QAhp2L16N7B98srWH7VXv0ZHbQd149+KYezN3nXN9PUhZj9OXq9N"
    "fmFne4dR7rjZ7LXsaZmeY/uiucu5iVGQSbjx5mD0Nqfsv9yZj/hwyHR4C1DHnOKgISeZIt"
    "3vyMn/Hn1++sZBvN0NWnq2MedDcLlLxAbg25qDiKh5kyjsVsFdx8S/CZflxhI/5s7ZE7D7"
    "uKaFPv0DnTp0gSnBiPJAPxtaJ2wEBy30F2yf8ZJzthiMjbpugCoGPRdQMzXJeDmDWnI15A"
    "wEb4FGJIWasj3QcSngD+wMEta971/az19a27/uw8Nw8Ctv9hdsE9MxGfZ+6V0/8mM2/hMb"
    "Li7UAvDbD7mICFt4CMlp+stdcePZ1RV2mpgMuHYkjlL+6ZJpTPkW/0a6zmSak5vuXffn3i"
    "Wa6gum4YxJ758P/eG/LhH+sjTt1ZjcDkajS2RR3s774+Dpnje/5N/pMbkeDIfsbegP7i/Z"
    "x9m2seiPNiaj7t3DLRvR0RdLi404+jQYPn7s3t6yQ3Nqu+yxrTEZfPx427/vaaMuv5bOZp"
    "ZJsOboXGLw+Kk3vPQ/2vV4wZhmocajCq5vHc/nIJ0B/fiZ2qc8KtM6lL/Pw0b5PpuO8n2K"
    "j+K/zhqPzcijPnKUE2LbQj6NtQFlGPOIjYQv5VtgyqyelGibPrcVM3tsPMM2Zh/cgnMhl2"
    "9RFlXF8zHFBrPii0ST45JQM7fONXN9c0fbphFnvW4JwdZ9qw+iEUWcfmpqUUqwdXiX7+QA"
    "Qkw29O0lxISfn4limnBKrkW6Q2muk+OV/K7dG1S6U0q4sAssXIkkLF0onfpVFKmvG8h5KX"
    "LbqtTLiwdA2dTCZVPlgEa3zRKQfXJwA3sr5UVW8o2JQcyeA90/3d6eZKhiAPAOgFPaZwa8"
    "2bTZQxZ18FmhEvbLmi6azXaJ0FLzdSkU5GH2N7Koi+gMcZ7H6PPTOf+Pw7keLtJtzEkhSI"
    "z9LkjQQXP9FYurxWH0ZrpzdlUQ8ZJ3KTzgvaTNIoJdfB3kgFYRxySbNCc+VRnVpPwI1eYl"
    "U45SSUS/5khVQ2J9Ve4QagCCQzB7F2ivQxAM/4Ma/mCYlmCY5ipjB9lLkL0E2Us1zclRtK"
    "iH2MH2qx48a8qujp7ubLOu7c2FNSufuI2s0zIDtRJqzraciZkPYmoOtvE3NjIVUglEEmBT"
    "+QQcM9lK346ydK03n65RfkWkv1yJm3hbmgNo6BmhTp4Cwm/hLWQlj7ZmjkTFqsO2KcWk6p"
    "42JdkNNrWUVLJHuteP/V97l8iX5jkh96OnO54gFS4QnjR12+uO/KQpi2eD1iRpSvi7sFPA"
    "yxOXrIS5WhNnWZ18OrmIq+DKy36/2uvK29SQUPPopeSAICX7uPGyBGqe0ogIaGI5fKWh+2"
    "1fb2nL3HidpL80sq5yUHk2r3cJ2KqUl6nZjpAX3tR2qOyVPqRrzF/csh4i4arfUVolJ9dk"
    "QNBc1Cdh/+e70fAUzagdkkA6KGTpiUtE4P8c6a+6KaYf/R92oSZGeLeW7yCCX7GN/o7epw"
    "knVdxwG+skStEUgwP95Kj0k2A2VfSYjQQY52kGvf9KKOAZFQFAk4B6y2lBGysuCTZWXWws"
    "iWktLyOq2LcyIgJmAKRNQVZPo/AEck91WSeQJqUCrXqa1CRMSNgT3LbVwU4iG/1k78FJS9"
    "JPirOIEoyXlsAOfCsFrA7uVIpQ+rLcS3HWX/4avrl9ThjZ9A0tsR1kDrnUM+Z4+jdRH5ed"
    "csI0pCDlDjlznoEUq/+BTrkTiF/0J/VsoluIHbdXZzKX08HvBxV06+VVqn+JmWM1cSufEQ"
    "b1Wctb0VCfFeqzQn3WSquR8e4RBZrZxsRa4zavvt5lU0jbTf06A1/7oHxtoOBlQ9/M8FAe"
    "Ch6EhyA81BxkITxULp6ew4ljKoBGJIB0C1X0coF8uPAQxDNLjmdCvK20eFtyny0B1XbXzI"
    "t8WmpVLU8Ekm5M9tvxks3P6iQr2BS9prM72jRdX27mraf3RHhbRIdaU7+YnWjKSOmLg6bm"
    "VJS1E4Xs3uaYiHPcD4jedAfZ2OAs8Sk61ZFBPeJi2z+50Kc4dBsKmrKzYkswlfpX3Z3HRJ"
    "+5ogkkH2Thd6N00Bu2sX97BiZmt7Hx2Tl6jN6JPw67j0nQjE2gHxFbe0r9K2xzyqYYTVbs"
    "huxG6wgJOvXdzDEHaiceNTtjt+c1AX1OugjDvXFRgp91nlV5jgZL9uP9ppbi3i57v5G/rO"
    "wxYTYbtYIulv5PDABBlP+TzTxxZuxoosNlbJVkhuh+P3GoZxt47U8K/vRfJ/6ZBG74MaN4"
    "PErEV69iYCkUAeMlIy1+nU2hCGxMDtDNQFfsnqpLNpQBVCWoQojm5GghmvozKVoUrEmoI3"
    "mhTojVOeRfN6jVQmMxoRbC/O1FnsrH7Kps9sJFqvaxn2irtnlEZWDf2LmYqWF4tl0oDJkQ"
    "bWEcsiFxxxCT7WV8a157Kc1qpEtf/1KhhQ0eeveXiEvyAkujwe2vfoEl4QqoSYEl8TSecL"
    "yr8rMkoq3b4w5C1QpXQIFtLiEKDVnrvMsBqSb7LWsvqQYIIAcsCuFvfupdFZOCQF8Afg3Q"
    "QWocDwY6yCFQVWyquN41SwC23fSF9BemfiyGdZpxFoUhmoe8i78Qy39Wy5U15jp55tF/pC"
    "NxX/a0iwm2g6C9t3AQfRURcv8sl8N/ebqFOBcgLJsWLby2PVf2QPfbnSv7eyzJI8hH+C+l"
    "2Ds0Xig3IJQdpH8xZdXb8jmkQtk6u9LZJn/d6z88cgeUgdlhnmTopxjydMFh7/FpeM9Pup"
    "5NxqR788vT6PGud88ENiGwMflt2H/saYOPHy/Rm226WKOz2Zg8Drv3o4+9oTZ4erxcs1k0"
    "6rmRc/37yCmTJzk+Dq4/P3Y/84fgb56rv4gnGfWGvF558Lati5Ova5OPSf/uYTBkdzIXyy"
    "DgfHxPWrBRKOcQp+RaE+ItvRqgMrZpQQBXJUM7C9Xqs7IbG9OCrOfDutIh8xYyb6uD92vP"
    "vK3ULmhvjAASbyHxtjnIQmCgZDyhOQskM9cR0C3RK+h2kzPCotbtBoJWUJO5UVFWyBHPhy"
    "zkiH9lOeI8eHGSFVkVJzs7o6r8spp1fv9aoo8HS/5dT6xi6khSrhxX2nGhPnQuVM2zCiRe"
    "y33TCkZPV3f9x0eeV+B4k4XpuryIwsNgJA5xrxX/+7p7f927vRUtn/lvt6y6pB9AdOSQ0Z"
    "Fm+ZaBgF6Oc3m9ERSY96QsJJjUOcHE398LTHNMEOa4znPMTAabFkl6SAuCmzPtNzbYL3+m"
    "tiK2CSkAVgJsoEGoLtuUHIALsU5I2qnD9/QA7uRwIy0B3+vIUM3aHfLCm/jq5IF3vZmCc3"
    "kXuMnvToaLOUM3A3x34JtWR5V9+JFt2SS4jM6L3L96y8Zq0Z58+M6La9C2RTtCVHNEPLT1"
    "bJYb9vh9cws+eBBq9wOYUBD1qDGRlePihfaXK9k2sylQMSFQXmU2lyixPFUENiEF9pascq"
    "dt8o+35jvOFMCVSEIKEhRGPXYeLFDRgTDdIDzXqqI6aToiBtjm5PmGKnMZXN9wrIbBrMT3"
    "jayxmFF73R1dd296QPk9KOUXKKn5QM1BST0Of/IxKApxInEorM91tvkSwrISQJ5sl6NgXS"
    "5EjTuZEAPqpPjdLaNO2phdHNrUaoVw/vHU8wmS6zHGpPvwMByIAs2hp5oXnvmldx1c+Cc2"
    "xHWjT/2HB8G3nJvLpX/Vda8flHY2sPkKjMuvl3G5jnKoc7ISosDKqjMrK3j5izAsY5Iwy3"
    "We5XA/L1SoPSYK81zneQaefPY3s708eW85LTjrcUmY9brMuuRlD54e+NQVuepnNl1oxeip"
    "MlFw2UsrNga6hXofhKQgLGEZvIFToAC+KUkAWBLOC0wgVXhTcgBuGlz25Su2/aYFYfPdHS"
    "+NfbRKCEJ9BVkCsu98jjBfZH0CznlwTr/QuZp+bD5hJcDcbk675HsPWQOlIpw7a0CuXwC+"
    "u4gWSZUqB7wRKwLw3blDJC2u42a9hHQKSHpRp6dk5bwkMd1NUzlUxgtwVY7IVVFLuoA0lm"
    "wTlmGjhRunGqQxsdZkBJQG7DG4/jX7cAPVv954bhqEKfmu4lKA7G7HlRsh1u6pwkc5ug0D"
    "ObcvJb7AgOXfepZ/zb5bjSf59774fVhPJBbU+lxnm/VE7Sl7AXFwbc7Gs2Pvw3cfLsbeT9"
    "OLH9Ep/ymYTM/FUM75eqyzS8Qmmnd7nSFKcMjtRdxOQ88UcTl0qhM0vOuyC0TjWGqbzybR"
    "LSQGOxMNYkWLwVgj2orvPyY2Xlq6IXrz+mfQjNrsJOVGIhp9furwUV/Y4OxvBpjprNvadt"
    "BSN6fozXTn4g5+L1B2pXi2b5DItxX3CZ7vb2PCr1vapoHR1JyxDRKzl4+PKUaarPwWu3O6"
    "5I14gwePPyH7c+axd2qa/F1ZTXZ/9xcCPxv4X7UXvIKKDkc1fsOVrJiokRCDRA3xu7clao"
    "CXobykYkh5Sae8sBEeRdqKg13XkifBJD9yx0lkMWw8NV31qhFxuTa9GhVXjiD4jX2YXd1S"
    "n4OUKExD4WkITVO2rNUnQiLcGrdpxfMQ6rHqk5CUhBkoOgPQyfzQ7bY3BpcSzDGxQljXzB"
    "+T0G4ufsqj3lz8lK3f8HPQvaPd+SmQlfQ1znqerKRI9eEFXkxU419Z4hCxTWsJc51MrQLZ"
    "Byk5AFduEyqHxONCbTIFS8PVj30ooRoVAUyzMeVFhYsAu5EDdGXG2EJXTJ5bC5SDZwviLV"
    "HDax0zU01JTAoCuruoMev44p5Ug0E4TsO2grxcg+gXZjcjZrNtlgVtPxir3fBuvjM5WDKB"
    "KlUCwu2mHsVVTqVOOoGFVQLEd+uBmmU05AU5yyrNkWO0MbZKwLndKUYpu1Q5wyhN+4qpce"
    "kZGBD8SNl/cuI/FDyioe8EbpyykTvVa62/5kqzXatle8NbWM1oBqwpBTYPrXEvquJgNuPE"
    "u5EuYEuxFaOnO1sJi/6FmsOuzElX7CK/G4uNuBBa6FOM3uYm+yenxrmmZaE3ndMExcgdXn"
    "GUqwlTdhEmyHSRs2JrZZpiGgYCZ+foyZ/9xBxVduMxCUiBfMhvHNSf4sWSupgYq3dsR79E"
    "c/qGXzlZcMYOcs7jdH2IrRXDs222EqzV2ea5HHY7hz+C/szWUYf/y3Q4ETJ4QsopiXwcLj"
    "EzbYddSZw3NqDgPrLltcLTLLYhsAqPyCpUDDPuE16sGbCHjy6GMdm57kho9btjuaFcdYHz"
    "yvD+8H0OuD98n4k2P5VwNRpi4yoS1UuItjCs19wwXjp6yxTxZ2bn8NmQT7R8khNi2ya5XR"
    "PMJy3Z29rHQrVOeUIM+Dx5+DzOnNquJtI7FNSXhFRr6Gqleet1izMVVholVlATIkEGpNTC"
    "OpGjmxZOADxh0odCeH2k2m3gajC4jW3xV/0E2+/+6e6qx5QcsbrZRaZv/skiJc6S3VeC+i"
    "+jwX2WTrORSe69puGi/0GWWcxzUd+dl6MRgzzcKE7vuv9M7iHXt4Or5OeSD3CVVZm0DgXT"
    "6zYZDaUv5SGtsTvaL4qUpYgIMGnS+1ixIp5QwbOeXJoWLtYtAXSo03mi4OFWL9Ip9k4IjO"
    "0KP0a+MDlCjlWzPhqKaibp49gFJnzcZfGacEJ2lJY4QEG+3094fjvBwl7DX1xsE93i4EG1"
    "gmPGFfw1rFaqICrTughD+XUKIus+jfDu9PqI+KE8eSWgffIwGF0iZkuNyV3/vv8wHPw87N"
    "5dooVJzKVNn219MSYPn5jNxa5iPwKPyWN3cNUdsLvrdKLTMfnl5hL9OWVX3bB/LKfsXzeD"
    "p3/17y/RlHork4zJ56duf/Rp8HSJXjzddObUG5Pfegx39lifBg+X6A0ztFyNV1kZk9v+r+"
    "xmFrOkkyHeXJGm0rP0o5uewtuWEGtfxmD5Maa617NIvW8nS0ymHDHVl653f9O//5m9Lr48"
    "e3m6ff726KYoV/Frv/cbL1bxauK3Mene3g6uu6J+hW4JVZsXtXjoX3/2xzCNFzFGuq/rTY"
    "+/TEN+jCkM7I2yRWfXwd3DbU+MZ9DFkms/Gf1e+bM8Pg3v/dIZfimleryUjjcpWLghKdka"
    "33/FqepT0xF8G/UZSErCDBSbAfGas8cq8A4kJGEGChYuKbYFwf5TAvb8W6kOfVQKkIcyMc"
    "2cgaW+EmziBWb4KVklacnW0UzKVza5hu0tJUt9GwliIwTkByXygwii25o4oLCyU4KtW9jl"
    "G9xrzIRrpxDaa8nWwX2g8lMBbvp0amNH4ux4xF+2976NybYA9W0kkt4/H2P7Sorhs+aQ3A"
    "7ufw4vT9J+EgU+FGmZwMdUWeATb8VWqI0Xuiy+m41yUg7QzoO2SCwrwlWLCVbDVKs0NtRe"
    "opqwYAtM+EashOmuWWCiIdObK/8i7GepPsVxSZjlOs/yOvBSpDZmQhZmutYzHQbTisx0Qh"
    "Zmus4zDXVP26aPSaZ9W93TogVPgZVdvxSClgNbpEQv1OXdAarDv9WKoMZkANSdiRlQuixc"
    "QTtY7tn1yuQZGcfJeGkouAUSXtaf+xIAbnnWS1IzypH64m+jAO2ufrXRr41ylb10s0RJ/O"
    "oqEP34eYit9TYgBzvaNbVhFk0W4lKO5J4wifSfm2CstmKFX3E5QPVecXtR4rV0ywCpZYWH"
    "E7aN4+h7700Cpjt/qLYiFbDBykDqwR+qrUj5uRhlADUUI7UXJ87w3BOnoRik3RBpQRXCUq"
    "DaozBxMxDjqUd7I7VnCecmIMVDwCXs6KNgmDbBpJS4L2kLT2fZmIblrku1eBpiYsYVChsz"
    "nUIzLCorX6YO14MY7zocriWIFSkLsTb/sspDRO3DHWUitJhdurukN5sq5Oiv7LciSkQNaj"
    "HMN7z2tIHZdR2kO2hpmwa/hN3cMvGUF7FOltIOL/nDcL+crx/ij7PLkwSgFdxyTHQmTxeU"
    "/0o2Gq8evmT3ojZaUj6FHfRmunM2poPYAsOWKMCtL7g8MgmaYXKOfrNNlxf59gt0u2hd6P"
    "0Qxbi3Zda0rG5GJfk0W6p2m0Qpqya8voWVpMvPpjHYrqQCbnh96xjB5edziH1KBdu1QBtX"
    "7iFqzvv7v3rmY1yuTUUNq059FN9mhQD7RqA12aalERZ8lUeRtxSVAcJCPYpz1nRvgPaWxw"
    "337m5vecRCh36cLsucXUfxdtmym7jhbkN2JEpEobnpuNReXSLek2nFkNOJY/JrhIlHqLgD"
    "YiMJy/BtTtHUFMYlP827RZ2n7NVSRwa7sdbKSLbdOLPpQttWxUw+CQmx1hk65duQLi0Ac0"
    "wIQN4JMiRKHzJ1N2S5FcgKiklCtkhdskXyZO+CcVC+weU5qpBGJMCCBWurMmsruWpLALXd"
    "fOXIi1pCT/CSDdhP1JoOPQGv3IZdX9DZbcbO2bWa7eVus8wDpAy+mfns2cKo5AMgPkAqBO"
    "pz184umZHpR1G5wbnQXWOOHcTs1aXD45n+VX4kkxeLSNu4h7/lmHQRj6X5kVdCkU3feItj"
    "OptBd+MadiHIjpPuLtddbsz0EDCffOr//En7tXv71LtEc/N5rr3qFu//3b25GfZGI23YH3"
    "1mS9yvxqXZpvMyJh/7w9GjNhje9IaXfqtuTbwAY3L19K/eUBv27rpDJpWsd3R8cw8TDq7M"
    "f7StzGFECuocKtQ5dOds0YhNX718cFK0NYGtimOJL3j1xl5OiRMpu9FmVKb6Rpsnf595RH"
    "iP2QZiWq5JnHN+v/88lCNkC8YHab8JNTSy35FmekVCjLbV0AjnTrWGRkoOrPmd1vwGM7A+"
    "d1mfyeVVPxtU5PFl2Z9hkt8u23OdVFhu6zgwzY5omjkvnnIJ7ahMGwmBH97nspnebzGa3i"
    "etpr9cyT6auXqDq8GNL3PjE9PVOF0fq5tEadk2QQydnb4yw9QyCf+UFmoulJaFV6HwRLD9"
    "WgvK6qrt8lGp1rwFpW31HKBoP0EFXKNiAGya0P3sqG8ZUanWYFrxTgHEjgPUU2T2iFoxxb"
    "UA4Am8juPwOtgaLAHTkT9KSxHdvKcZlROzPWrRqiAOtl9FAYG9S4OsR2qPM1NSQUXjtkEp"
    "ZVRuTdLEEIpSDZUy0AoLqbQNr4P7tcPCa1mu7Uhhtl3e7Wg5uHy8qkAC0dmav/SNg/SZi+"
    "13jm5hB/EQvD5FE+y+YUxEjQhnTpnBZ4tMHl6vgicCpYlRYhAxxpmcYFXRvcfkDz6Kprt/"
    "cIIVTz3yq2xw5z1yzCn2yStI3Mt0L9mY+myGZpTdJbwfe7DgcTv+bYPHCC4SApTgnNSt3z"
    "cKie6xl8nWQopQ8KQn/wVpT7VMe0pMVxE2WGKIOkcfTkafBg8PnN4VrPcxGT12P34MXpHk"
    "W50nMpGnUEF2mYJUkYIJnUqCElt67wXX1xn1gjGfH97nifmwqzLRFeeanLoDffdKydwJP0"
    "KKMx4Rg+5N9aEgpecXOqJALYxGYGovdDVENwKwRCF7ELzM9fChdPbyMkMbpJywZrdBkjeS"
    "gbTMUtIyEx+sEhBVrd/dUGg3H+v6kY3DHg9ZTtlID4hdTtlo5wlgHTfqW9/Z4glcsGmgSq"
    "VzNxIt9D6Vn6QJ9UePzPPBX1xsE93SbCxpCJC9zpNyhVZ78pt23L3kwMWMnxkOb7qSIzsi"
    "0roiVOXvJdRzNXa7KdYIVUE5Kdc6qMtfy82KGFS7jbc3ZADeT/Au1cSs3KcS8LG6uzXEgj"
    "88GSpoGZhldm86Cu6yuiNdDHczobph6aY5e1LB6fHFL9HbfIVOOeFH1KvalHaannXWFCT/"
    "WsERmmLDdHjJinU/HbblO1RSRfnwtxyTPxbYfuaqyx/o2abe0vFvyalM7DgbiSLOAOTthS"
    "jhdalsA1vo1GHA+0V7Okj8Oyj70xFXhf3Az6BMVQ29EttKBe+mJh2+ZnAK65P5ZrrzV6vq"
    "3d5cijdnTIa921531GN/22yn1x3Mjl137697t7f8oMF/qBWUbTq+IeK/m0pleCIiUIUnpg"
    "6XUYUn3CLVHHkbmepelGoMwu8uciz57y4ylzw/lcixDj5QmmqR7ZRg66xvqLYNBnjsuuIG"
    "OH9ZpoVmPS4JzL06M/fCuVKtHpaSAzYPMPjAh1Ubx0pnL4bU5u0uAdp203lSG2GtqCfRHu"
    "ASF1iiRXi2Cyzam1zBBea5E/qFFyJnZjMXFa6m3zDT0F30oK+QP2zgt+JZexvrGnmElzVH"
    "C5OY75Y2fbb1RXDhqRhL/PusgxwqdYVVc+sxiebusRGYZYH4uKIt2Qot2Muy6XRt+nmCwY"
    "14Z23R5CxsaeZg4qLJKvDHCW8x+pNOwC1WQ7dY8+K/DWYz1N0HKTH3l5hMOWRqiJ889O5v"
    "+vc/X6JAfkxumOJ/iaaU4DH52O0LF+RMNwv6H0tOltTZtrZYKrUUjoq0pl5SaRYDwV9cLY"
    "CogOUtEa/E/K5yZ2+T9W3pjqth26YSE2Zb4/moFPgw8/gw2aTxR1ZAeSPROoTLd8mDizgb"
    "+va6iKHhRNtmXfLVStV4qoVXs/HGZcqnqeIg2un/HBD8SNl/Du39POo0HIi/t5fDLSDoSX"
    "xtG+petpstwhHc7WC7YzbhCj1T7kfiDy84X5xQ5TLbMXBqhZywdI9BcaOzc3StO/OOX/Rq"
    "ikSPNsEJm7P/vLOxwa9PWZoV3npMwmw35HiGgdmVuiu6Hv4N6Sg4x8t6Ue95HvXv/W/UtU"
    "zhiXMCZxoTDZxrS5u+mvzZePN4doRfQt/G5JST3ehb6D28RH8kDKo/0JQ9JLvWQbqNsxx2"
    "Z2tWHbPSn9lt2GW2eBC+E7PH4BXDfM/h+klEb0h74YCzr4bOPn9uFT19MaH6NmqsjQkB2X"
    "lHzs5rRv5pYzPGfNal2g4SSrQO3oP4ePjXnNkxr1zXLVDJXyreGhd1xZuJjV8xYTrMUrdl"
    "4YFt5OSEIFCUY36BMijKdY+npanKge6PlYn96YDa6On6ute74XG09ahlhNbK/2JAEjckcb"
    "cliduHq2BbLokwfJeLfZdDh4MWmKcyf0H2wpdLw/Lfufwdb7LgHLAisZKkLBDq6xMcScfE"
    "gBIDlBigxAAlpv7ukiDkUIy1kZCFb1Kd3ylg52S/Z83kaQA752uc9TzsnPCNVU3oTMlBQi"
    "ckdFaBacDhUEM1LgRLFTpdQNrxEbTjktOOodh9mcXuJZtsWSs2Uqy+neDGvy85AN6oTyVg"
    "3O6M+ZSmWauMeZ+mG+4emTzeyPayi86r2f61OWm9j5GEct15cQS3lnNFF4J0K+i2Il9d5K"
    "j7HFuXs17nuoN4+jlbXTZnmfJKjEvO0E0ycE8S01nBLcckgcXZJWK42fR1Q+gV9SbDFPk5"
    "W0DfOOwQmdK3DmLI4pBp6zfo9SfQBr5sDfmydeeXSPy4wbpUJ5gMe/94Yja7Xy4yGGNMug"
    "8Pw8Gv/GC4ynldyV9618GFf2IjvNfRWRBATDy0p134a8KFkAb6ilIL6yQjOJiUTUA+YcKH"
    "wnx9pFr/+tVgcBvztl31E7yG+6e7qx5b5mIS2EWmrzukrWAoFQmlImuiHjfU5wylIiGKmI"
    "osFOn3nCUO3sb0Z4unQFoFgjgpOQAXgjjgHq+tK0zNPZ7aQUtAuO0tjLO+OjlcupvNFFy6"
    "O1BOfXdq5tLlAaFbk+ATqT93fbaz3ZnLr9MsdiF03m2Xv/IvV/KKZ6IaXA16gDTt03Gp8a"
    "Lo44pIVejdCldwY51bBjPw1JOpolKtyTaoOIsq0NtcvChkR2zkYBOpAXWpjXhuMc6Ow7Kp"
    "G8h70mykBtrm9S7L9u0HY7UU3NR+GMN42Bs9DvvXj8e1G7ZSQRLvwE7rQY0K0iVoeNe9RG"
    "6Cn8GLpumzWRhb7qBnSqcOMihvs8nJGqeBRoWojd5shi+is9lZJ+BzPFPsiOukTUQPf0cw"
    "f+pl/vAtTrG22VoCCpslgqLpwmbAhsnHhuHHrnv9X/1jBjaD6z4+3d/4x/wqjslNC1gz7e"
    "QSBIxBZQM3LgcmbjETF5gc2RPSXiYH5Iy2bdYl1I5tOaPA7ABmR2PBBWYHMDvq5dkCZgcw"
    "OxqN8v7MjmiBccfRn7HEFXIVSH78PMSWLn7L9p3jzh+qPbhLLN89cdr0G2khQmsWzj74RH"
    "k/LfkM/VspHrLBE38x2Jv+LEmRCSENOwrtBrYXGaslS08xcDSam0uRHy+JGa3PdbaFi5zg"
    "KmCatSvUEs6rYrwlIQZBl51BF0O3bVOmR2eDHBFpnYO+fID5jvTCHkBxJSfEWgf0AUpH85"
    "oKxQpHxyTBJVsXl2weRzyU8Tugn9CihtBh1aBNSIG3EDyw4IGtj5HW2csDG77cJQB7Gxmq"
    "pdgmtsIM1ibURztSfbRS/WShw+Kr9pQVdABl5RwmMd3tCIK8wxZ6gyDvsCy906DPBTp+Rq"
    "WAJ1iMJ8hWpeYnN8hKm21bzDGx1sBf2pKe6K4xVzOloiKwTUDeZsXornUVJWwTUoDsbheA"
    "E4kh7mlKRcORDQM5rz2VWGCQxnkoV8vONM7U560EfK/CcVqKbfSbXqvs2Cvd4jPTI669Op"
    "HYuLHznW02bkDfm/gCGntVbTOnrXsyIKJYOHnGfoVyf6xvHL9K+PTdq255PEVVDI1OmbJ/"
    "ls56LTqIxJ7+/WRD4Hwxff6VjWcn/7WPob3NhmmZrV2J9ZJtkbO1yc+oGpIxsTZpMBUbk+"
    "EbUyRRNpStjlKgDv/J4+Dh6YG9WHTpLcfkofuvS7TUV2GWa5jjOibdm1+eRo+XSJ/+6Tnu"
    "mNz1hj/3tP79Jdub7GesmSQ8Nnh6DA9Sz01ubXkoC5Abe1BGyLcXP+XB9+KnbID5uePHWe"
    "vV87j8ymUztQU7K7xaaxaXOjSBacGUI5qxrcvB3Ui0bzcofbM9Hpmlbuu4dAesb4/oM5dt"
    "nMo6oVQcdMPCuiEw4g4ZP4NqD18hybRIsv/+Gf61m+DDOuurT+itG8B5XZ3ZabzH9nVe6z"
    "Ye4gXHz77BlvmK5T5P6XWdbb5Pg0lodiDCfzGXUfN+shFQOILo3EiFO9O0puxf4g+++3aQ"
    "g4mLdAfp6Dd8zbs3Ot6EjzbBKMjM5Z0YF2yLEe0YM9ykh7zbDn+quEuwPEJvz5Rdz7AA92"
    "qNdLZs92p0BvOqbxER+Nwo+UzlgDbBT1ob4zrYXqQ6cUYoYC2xTRcuB+oqN5AtyHJVNpkd"
    "iBdLi/026bu+JTswLtbCJXqA/MCalxdNLdKTJSZTjpga4CcPvfub/v3PlyiQH5NReMSJHH"
    "kUf7pj8rHbv+V1Q2e6afFKoqPP/YcHfsB5EXmR9YiV6C5f9K5kAjM/iVER4E0mv4cL51lt"
    "01kLgDN/925j6Y6rYdumSqn1canWOfUPUv6Wb2JFkr43YtBOtT41N9PON3C5Zr9d7XW5Qo"
    "Hdts265GVPlSsDR3tZmh442g/qaF/z4Y/kZ+fOvhOZY12c6ORgEQt/oe1H2yFVtlHvdmeL"
    "51j8bwrWbIsjvL6FLqTya3kxOKQ1RbLh3Ui0zpjLw9bM5mqmmJoT03bnU12S6J3tQ47KfM"
    "1eZDCRstdsM5VlYKWAslwTgJuvLFNvKX5yWlv2z2xVlw1xTd5GlMi/HM3Zk6HJSvA8fGDO"
    "0R8O/usP9nD8LyeaPRfcgufU8evD4B469ZfAWQe9zU1jjhb6C3Z4y8lkRKaq+47JEtvvfH"
    "lkmQvTRQwP/M7RZ1uIKeG4YgNdvwXsofZjo4CpsKepYLDFrqLLhte3rqryxfs8UYn32UGJ"
    "9+mYxF8KCza4urrP8be1XrFNDtl7xHNwOMO5I/ZP908jHnD3pcck+Ev8u/fPh/6Q/4m/LE"
    "27LtH4V90y2SfcppLSD9stjrhkCy2OhlgYuWJv/ppzChiWcclqprkmBnrjZhmSZMv+cPGt"
    "u0jo0inTFQOchIO9MQ71bENJed5IVOgINizdXFTjDS5fxQCnZjb04NQEp6bK92grzTwT1+"
    "0s868X2S3u4qiva0+Hse+cfIwM2DCo8zqOE8ssR008cMq3IFU0vrwzvfPRF2CXl14LlxIU"
    "gG+i/QSslqOkKkQfSwHjhFjr+C0HSVZofeG+7t3giaeW6Qvq8eSym/7o2j8yNR2DH6uHA9"
    "t/PvVqRXG51mSVVVyjKFwL2mSp8LVMSFUYL3vP/l+tP50R5Ym9N2uglJe3TBoWebFF7s5t"
    "7Mwpk1aehpQozEGxOfCjjVN9pZI3HBeCMmhZsNYi/FszpBviis0V5fDnypX0rc4zx66scT"
    "XMcK1m2KWubml/eex/VPzCcanWfJtK2x5Nx/HwVFubO3m9QQkxADYJ7BLbWuDSFPRTBXBl"
    "osC4S9U35RFj8UPT+iqlFtZJRsg1KpeAdcIED4Vr6OSsdp+/GgxuY1v8VT+hid4/3V31hq"
    "ffir2dXWS6GQqq6Wi64ZqvqoDH5ADw/IBDeWQojwycjbbW6qjb+9XMSZfYDqlSHQabhGdq"
    "q+6icSnYQ3cySkLE0iCrM0oiQzUL47x0h8TyUiY8RJOj1ml/Ca0sEPz4eYgtPSP6mcovbN"
    "jHKgvvfx+SERKQcSRMkA1NZ1dZEyB+tIv4ERarUUxVTIi1LmOx/Hg4MY0XZZZNRKZ19I/y"
    "eTb6K1vltubZlgrIcanWwXwQls2SYaS0ktcC7StteziAtbnuSDpT70B5LVUK1DXak8vfMO"
    "gSE7USzRsJQHcXuuxXUkV4IyKA7y58LfyKlb50a4EKP3KE2gvdquZTV77StqTiTvnNjo0A"
    "xBaz2lgWbmAJVK396HKCVeAscRHeokQY5qHYPDQkt7mpe7bvkCwSLIlLti9Y0tzgSDokJh"
    "p5WPTZJAUmOiUMc13nuYagd/Zm2sz4JwS9v8JJzxP0XmD7mc0c+6VUtURFUhBC3zlq765B"
    "S0N9uFz/moGcP9U/ucRi4W/2GOj+6fY2X/hb1PfaM/o9sKdtwlvqLGD2ZtiFujhQV/5gPT"
    "ZWHm5G3T7yuQCLthvZg1ARtjdpJURAOdkFkW6ZurPv6+Z/CLp8qLbi5OrPpYD0qD+3FSLf"
    "FV7OBv4gxmr1/u14k/Xge6I18oea4Gs2FG5kFbEj8uP8fSuTJLfe1nY2AIvspTkaGxDK+X"
    "DIYL8C+a0EeNuAsJnAJdIJotY0vIKdYpcjhz0hcuZ0uWQnfP0Ucf0UmS465RdY+Fk3Vshc"
    "LKmdKgxSyU3HRFziiCEcJqfzu7N7CLLC2Tn6SD0iWipwUZGaJ3onhE0QKH3xlsgyX7C4ID"
    "jMiWdZDRGAT3jMngf8LSQSc3JL24ONSOt4hOW3SGtI9Ciy4zQwhgQe52zom+l8hNK4tfE5"
    "QmnRvP7Gmvb78pF/0FfXnP6fqSmHF+TRlZf6SiQT5G4DxnTHd3wHRY7LFs703atueRixYR"
    "bM4BHqYURd5OqkScx3S5s+2/qCK69vDjrlaGAyPQ8yW86ZNBdkOinf35g666Q15opuPCaj"
    "T913Fz98QKaDXvDSvQzUYzY8O42tGT+hownWba4Osydhtzd1C82ozRV4k3juQTTkbSShli"
    "nJlfCCtrcPU6aAx4Rap06XT6JtVgMeoJCkNbtcFBLoF9Pu+a1nh6XG6e1gA+eDGmxgsIF3"
    "vUtgA7ffBubh20z7N4jt7rR9w1hyuVUVfo+sMnYHaAV91LCI66+FvFZccHllbXUbHA8BNQ"
    "XUFFBTQE0BNUWmpjxwksW16FIq0VMiZ/MoKn55CVGJNref/jfMvnIub7Vuo1dsm+y5pyH5"
    "I6SczNlP4QSQkHeC3kx3HvjXke9fpzby+WTsF1I3YJ1IvPOHvN2Y8C1pobumoVvWCp3qyM"
    "bGim1+a/LMG/XY2HOdTIW7nrI/NoEA9ggr5FL0Nqf4lT+H7oirAlm21Z2do747Jm+66TrC"
    "kc9PzwUDhw1A30j4+3RDEGX4aGxtzkx70eHPzEXYuzib8RPi57Nfya72f1xWNOD3oLiwvw"
    "X6twN18ajq4tHKv9RtAz60+5+9La4noVvmaxi2ka5MUz9ZYjLliKkBfvLQu7/p3/98iQL5"
    "Mbke3H/sD+96N5fhHsK3uF97w/7HPj8Ybp9jMux9fBrxQzaecY94ct8Fjk7d3pr2Kv5TbJ"
    "jTgtn9UUkI59Q5nBMqJIq1j+NSYOLJGgMGb4Fqdf6UHITM0uD6urMasDEZWLISVC1qiIQX"
    "NVwTUrBcdxdCj1iB4PDZ7vBJfGrkLp/01gDQ7oY2tiHuBnbzYSoB3CenTQn1SWRT3/CM+g"
    "WyzbcEcG8jQ7UT4MQ3R7k8xEE9wZEUWpkrOJ5hu9sXnMru3e0NHhCMjLlOnnE0y/AbJ/C1"
    "nqMH6pi85RYKhvU9s3+ETEtK/kC6jZFFXe451V3kn0Ef+x8H5ylv8OFvtyPsHvaTt/FsP3"
    "8qcK75uSo412y5K3XqXF8PmrtEcw9fgCK+1VC2zm7sk153eH+JsG6TMRlxF+sl4iVShc/0"
    "195w1OM+01dsO5gfeXziV9vY9fj1vX8+9IfsAn9TGZPuzS9Po8dLpE//9Bx3TO56w597Wp"
    "9JiPCTZpLw2ODpMTxIPXblx8HwY6/Pjs2oPcNmKs/7OP5ZG+uOTG/Ijl9sJNpX5vTipzz4"
    "XvyUDTA/lyhfX0vSc/PicNE1O1NbsLPCq7VmKm5VeTayHYH77bfn2Eh3hZjPvnmIb0GY++"
    "AziqfrM1fmRthZO30tB4oK9KyFRJK6QN3eQC0wNMt6l4CheVCGZp62pYd0zKWqtUm8c7KK"
    "bjtddE4oJNDBQV+aPKTNtadMJ84btjmbUEfr4d4tsOOw34JcvFhabKmcB7REzlFcV0eIlr"
    "NDumXRN34ShbJLf7Ul6JvV3HhMdMMQNRX+4IUTTNf5wy885iD/hCNYnyssiKQBV5QDGA6S"
    "x/kXPiNfckCmPGruTWQmUuhuycGJi9XZD1UbK6/udMpSnH7d6+veA3fUib2CO/Z+6V0/cs"
    "fen9hgf1917y/RRCdj8rF/+9gbstualpve745Gm5yaSj3NIhKtaflUmnHjLwJmo4gPiAKq"
    "aUEAFyxHsBxr1fgFZr3Czi/gLwB/QQP8BUfO6Oz6qX8nEi9BeKqzzTkQpA4eoOIEGLnHrL"
    "sdVNrMa92G17euRGD5FpP4XwVow+vrbMTWxmMg0JGCu9tfEMrWGeiT7oiduUS642B3TG77"
    "3av+bf/xX5fIMvWJaZnuakx6/3gSh/Bfnvibk4funwLyEPGwIAv17kc+WwgTB9fDl2A6Gv"
    "t6mK+SGbyi1MI6ydjUo3KJ2ZswwUNNX7grVRvNvxoMbmNK+FU/wUu8f7q76jHsBfTsItPX"
    "NNIG8VK3sWpWXEwG4tM7dWQfrxJ05Ig61iyA8+rIsZWlHFMru3Vd6+CO52GYZN8mWr9Qzy"
    "a6dctGqs/3cX+UDmlsXXlTZt+cSGyt4Exnm6k1M4ngXk3EtTmjr7/NNxVb0EJf+YRiRAlv"
    "xhTWfTEJz2egxJ1viskHdzsP7naWTogod2hp/DOaLhSMqIWmhhgUYqFHNROTc5LXpknK1V"
    "nlro3h6C94BZTXAi2Ed9u6DdH9MRPcH5PY6guxHmdSrWFLulRcrk0+40oypyBK83VHaY5X"
    "i6F2k1xyrDt8K1Qp6Ck5MPF3mvjHSWqv2wouI6t9Y+jL13IJCLe7JkPq9a1V0YBe4G2WGM"
    "C9jSN6twUceK1z90JGdMnnmjcKDkT9FH7fdD3lbqcOemPP7HSQ53Ivuomd8/Pzsw56wSs8"
    "9TP5eRVVGxvY5Ixe3XV1Y86rwTKTl38VZfVjK7rxmLzNMbe6/fbLAUp+1VoGpk1fsSO6KS"
    "cN8BDHTAscjGswruuxAR7auA6TPtOWhxzk8Po9k0hzwFzlklZLIgWj+chGM29zumCbNVXK"
    "RIhLtXF3yNMV5NvsriDfprqCMMiw0h68Fmhd6YnyORsLvKBKbs3g+tZBe/HDDzmwZVdlgi"
    "vONSuH5oAlyR8Go0deZzzUkv3MGr/yOM+tKVh6vPTdBYpQF9BHau7qTOch+GtOK1LHKCEI"
    "G1+ejQ+yfbLRb2ZEIU+2D5RegWrvzQSXVw2V47rNlo5KtQjVig1piENCqKyG0Rz1UNnmMw"
    "ahsl0195Nf/Bzly6E6/EGrw+OwXvieyAbU5HX58XYiHP3070GX9wOKi7CgU3FCeBDC7a7H"
    "a9HOfFBaeBq47AB5HN3coXItMct5ynY5hk4InoahZ94R1CSv1DT8IDZZh7RPH24+dtAvD7"
    "2f+TUP9z+L8PVSkL95y1Ee4Zzo7MJ1NJs3lUwTyqu5JYS56xXmnpkWVs2Jjcq0MIB1GH8Y"
    "JS7Pr8pOkc3wjCTkWoj3ASqXmf8tATlzrwgvBxNSYpw7c/3ihw8qS3YjAYs1x2LlW7PM60"
    "R0e5XJfpG1KZmsXJ+U1zCAt/mPbgdXMdc3w/Gqf98d/uv0rvvPs5j/+3Zw/3N4fdStffWv"
    "x14XohMQnTgJtXElRTIuBJ8IabaDRfUikYm0YIuc6Idy4kaKhuzpqImwvhu2gnM7aWIv7+"
    "7+k5EFCS7GnckOyZe3VtkOffLK7CZqr37VLU8PQEj5dSRXdbY5dszweu01FMjp0bmjrwz1"
    "d/orWwrPGBns08bLl6PR5yekGzZ1HOE6MeYM8kvER8eco4v+N/rLXSHTP8vWiCtE0+6bA4"
    "wPvpp6+WrYRCmgGlwNhYiT6sp67avF+mNirUG14lC/8+KpqYgbgXIgb/wGkdIMVT6vsYlI"
    "z8KA4EfK/pNTvxn5YzRqCvJqN5t1lye4t5emEouXSnSUZDw1Wzv5079SqZFzNnLSmkAOu4"
    "WB1+7o4M9926JAT+RyN9xsHcIPWxOllI+oTOtKzH6XJ6Hgu+yEgu/SCQWQzKiczAhZSAfN"
    "Qopv2rkDOXGxFkZzyn/5Nx9EdaChN1UGzOmgGQRwsqFvbwAH0kuqCzMAl7l0LnMePiiUBs"
    "4A/aAc0Chk2RZ4iOhuA3w9i3mYnlM8MQXZUkd+d75zdMM+PcRhVyB/E3MQW03Ixktquw4y"
    "PBctdPvZJLyb6ejzUwcZbIKfqb3qBMWNeHkiY87pnJaM6VnFLUuOHoCLoCoXgVgc6v7xmB"
    "j4x4v5x/23UR38uBygXwx98NycKHtugi1fxdyNiBQydmumJh66ONpSt10ia/S3rQDSWqR9"
    "CEMNpGZ5H8OKiEome1wIaJcyXSFQwBV9IXEp8ITUphZETdfrV1MMouWrumrqTQvh3MbKPk"
    "7yfN32jBKz5yUqRAn45m8s11Ro45pTDnClVDBlYPORwWq2KZTGBpPpZSWAeh0Zqp3IJtTR"
    "HPAep4hRQ+HNV8PoOBkat3j6jO0bXUp63JzsbAu4WOIybaqvcoZbbnTTWiGXuuw0r2rBsx"
    "6CqA0SURuRNBHsoUFooxPGNfyuD75vBZ2+R/8bjU/GJ+htjnn8Q8jzSheIUILPOqm4S4X3"
    "HhNRj2OyEuV3BSF0FVbn4EfYE33jsBWjE4c3b6Yk3Z7C8RYLndNIz87Rw/9322FXm+xBJ7"
    "rFT3fCf4yJM8eYP65uYT4kG6ODfu0+dhCbdt57gz942JBybvJftUKco8AfxsHsqRyX/8UA"
    "wa+YneM/JbspZehTjX/mEus86mEMXGHAT62Rubcl+FRbF/wx9vecPnjwsB3GZG5YYcqmJG"
    "AdIWRUZ6d7KyJGdQb4ADVbgCIBFImvBv29Ug7LthdHL95WkzE438lhNXKvzn6Wo2/zCOYb"
    "M6re0dk7/8jGmttFlbtEzyI3f02uy2U1HuC+YyIqBbArmNEYCkbstHN0x5ce+z88Zfd5wW"
    "htoqsaaxtvWsL7k2HFgelWm62gA6YbmG5NsDGOXmigBqpBC5gmrYYV3AvgXmiiewGs36qV"
    "LrB+v3rr904n3pYiMdHTnTytCRZCQKlUzEmXIH36pyfCh8iPKb7gFRYmY9j3PhVHjN/o7B"
    "JNbX3m+kKUYOQ52O4EXUKZmcutzZQNXNWNx8R3DbDzzOZ+m2N2X0K5Pbu+DZdCDF6bvjJT"
    "23TR6UJ/wfY7Y47Z7e0zqJxXw8p5YJq2siZLZSknB8mLyEj1/mU0uM/Q/EOB5LI0DRf9D7"
    "JMp4mW/xZgORR85HVpihDPdfX3CNTXktrvfICrBOzCk6quQMXE2uRyqboCJHREL7kj+gHs"
    "O+iIrrxX1amWTogJdESv0eceSlZlow8lq7LmHEpWnWR7eqEjevuyYOuJ6jH8jFCLDfpK1w"
    "1e6Ctdg8zY4wQgHrBt0rivOn6msy3sYFjUYetmKS7NXRrPl0ILStw5eyAa+P4X+gpNRJth"
    "dtIkDluSyJT0xCkyALju6+W6F1On5IYOBVpXqn4bkKFR+mOmSfpjyiD1X8kC9mhUEMzRRp"
    "mj/tQpW6MJsRZp9gernxxCBjrlLpU9sbhq1UZwhF3XwtOBPRW6QEr3iZ3fqgE5/pUa5Zfm"
    "J1yIy9HbnGGElpbuzqi9QDY2sPnKR0Y68gdeMM0G2R5hKg/WbTy9RP466CCHcsXHH8d0gs"
    "unyH0zDSnT4rB3HJNT942imcnzFRiYnNHhpzQssC/SQfwCNrATkjN0F1H2guzNrRDDq+18"
    "URHoQLZTW9MXgpiuHF2Ny0F4tXB4dYYLtDaMCAH0+1AzIcDz1WnU7Dul9kXZCLTpXTuUGs"
    "3QKkGBHq0VlqGXp9pT3UDOq0pv1latXIcb+LM6bCSuyKFI82vV+myIEklBAi1XP0X/i1Dd"
    "XR+08Ixpm57bQW+mO2dqMFM+33QHzZiCMpW5GMsaFvpl1Po7n63z2ux7IWuomf0FWAu0Jg"
    "+jvKjzFxeLFjpqHfQSYq1jJJVfwuQYtnDNHFRlr93QWaIVtYIzBmjNLgG28FeBe+jpVMY+"
    "IQj4F8OfenbhLSgtC7NQfqJDxvI/eHLDMVOo8mgwF9kazEVKgyFUltSXDW94feuUw4PQ1c"
    "GvBX6tuvu1rruj6+5N7/huLY7+Vq9WMD25nFo88pnPpzUgkQhtJCgrPE42ZrAaJg+86s86"
    "r7KN2Mfd90s5aUfWnmMBba5egdh6FsE5Hneu/CxJ/mKIfytAHJUBNSSPGsKDntrMpgt5TD"
    "UjvycqtGcNh5r5rNRKOAggXIlvegd2rsw7/VUhJyJLmkj6V/g6JaRaYzqX5iJd6K4xxyof"
    "/IgEwJlKgDRnM2xjZiNIHA3Z6Y9xKYAVHJj1cp3NMNtFi3juHUB+P+Txl6UoRKKOflISZq"
    "DYDPiU5wIkwpgglF6pc+kVYIpmv3TtZYpCKRCoVtEaQtyW0Abk+0e+V2V3woZSIKWXAskO"
    "Hu2s1XkViH38PMTWupXwrlhdSHFu2Kc5C/d/HzLG1vWmpntLn08k4bX1uc62yJrOr9Is+p"
    "wvqJYNBxC0a/w96myJhfGS3aqRmqhM6yI15bOJ/SbSKgBvJNoXbCwfX/bVMN2Vj5ECyAmx"
    "9iH93UUOpL+7yESan5IirZh+EBWC7WLncp7gGdNV0whn1z7fSOxV/LyeqqwM14PUPuf9Ly"
    "RtgbNhXwsA6sVRfzV1lc0kuLzCbURfmtXsJOWzcMylCrT+1a3boL/PQ7z5Ppt3833Di1VX"
    "qn+010HNbR4113REokXu00Nxvj1H9vEFr13MaxdZUrUqBNaf4sWSupgYqyE2qC2thJq+qL"
    "PNNWVuLtdscf0BfFS/nzgG9e2/F7yCZtrN8Fmt5yx38lgo0MLcsfINUP4mKIAbXN5CaL+9"
    "+CmPSn7xU7ZOzs8lcscw+6WOq811R6l0b1KuhXiXv5Sz8kyzSYpZaaZfb6JefPE6S3YHJe"
    "9UVAaa8+3hKmmW3QnMqOKGZ8pOOo5a/2DTBQ2mIt3YYH1yqxq/DC+rWYT5a1HVD5dEyeZa"
    "RX8Jr29d54Hyw2yq8fjqY/ENVglf2O+Sg7u7w2ooW2egTz4+3d5qw97N0/Vjf3DPBmVDaD"
    "aeeoJUMCYPveF17/5RG3z8yPuv2gbPq6ez2ZhcPf1Lu9d+ZuPeXaKJt9KIxjZbbTEmd727"
    "q95Qexj2r3uXaIEXE2xrS1tSJD3PpF68z5ML+z47FfZ9Xj2/vo1zp7Y+cxUjICc3w+7Hx0"
    "skZPlEiia6WvfhYTj4tXu77qarsc+xTV91a0z8c7yNrn9M3lp3TNhQ/ACTx4Ua7ZY/pe6c"
    "6VBzahVIt0mJQr5NsXybplWsbxf6Nl5ima13RamFdZJlbYdCCdgnTOpQuK+PVGtlXw0Gtz"
    "Er7qqfAPX+iX+3Tr8V+w67yHQzsI58B7WJJGyeXZYyJdia5V6a14irEn+5EqdyJqoRCYAz"
    "lQFsY6yIZ1QEAE0VXvD1Wcr9R2q7bUIStlyFLTcoqSTR2rN9yVGZ6n3JJ3+feURYUcw6Mi"
    "3XJM45v99/KurxtfUwW9QQiTqaOVWalqQcTE3pU8NsVNt1Cvj+Y4Lto5w1xNMfgrSVY8as"
    "7yIzHBGD+a3z/EJR3kNWw3O8ycJ0iwVIk7JQIqTO71Hoyiww0QlRmOc6z7PvntZsrDtq+Z"
    "MpQdhB8+ygQDDJRr9dBJNYZsNyWnDW45Iw63WZdcnmGjy95BuqWnEpLQjZLRLnFvvlzzSj"
    "6lJ2Nau4FACb3UgYCoUdorbr2gxShVciCQDvTHoL3/c00MqJb9eRoZqFce6SVfHNEeqBlQ"
    "puznpgWbsFALwDYMkGmQPiiLIFCO9AOK2Y7lHTjg1mmX5Qa8/SdmuefHczZANNoaxZiBec"
    "cPGiLLj6bKw24VRJokZ0jW3L2UisxRzpG1ryjdjdges33sed8tZZ4SDI0dkLyo6Jw6JD1i"
    "XS0dR0DE4YDNrFE9EZ3sYGZmOlm3GVNywULaw1EzI79wQSJA5ZrrBhpN+WrHZww7fXIZvH"
    "DS8+W2pOl6hIm9630vxZG+1FCdekGGC725Ul1mIJNuogHKdh8Oa1UqPvrLxfr3QBl4BsLG"
    "G7pegm39wMJ+GR0+mFabvNPAtt3zx22drm3m2QPTL7Z/T5yWG20cZ2Mugrth10SpjtdIkw"
    "+2PFL+owO0oYTKHb9ayD3kx3Lo75tHckEkDRGzOdMDJdZDrc/kobbNXdVlrhK/YOOS/efl"
    "W+vhYL72B1A8TsqVsXMbEWhZaq7qAGGtHhoqcvnmLQdC0AeO7WMEEXKlEXkmqb/OO4P7Yj"
    "f5SWorp5Z2ulW16LTeWOKYz+j0zplvELtuqW5mJJbTfYp7SFL5JTxewGvvhACtEZ0/os/K"
    "wbKzQzLfyNg/xx0RzrU64BuhRd2/rUwsj/qR1kY89hQ8wCTZDgL66QTWuWB7+bVKEMq8AI"
    "hEGZPKYyCYEAqJRUvFLSw3DAqySNLrldyusjOWMyehxcf75EjkuNl7Du0SgsecTPPz083P"
    "bFMcfjIVFxdPDQu9cGwxtxnC4x0YSfx0nuWHkmsvw+EP60qCVab0TqkczLb9uaZF6I8GS/"
    "C+2N8ECiRdtmPSvRImXFHsco6AtF/hc6OZEYBJuTeYyBP+kECri2S3cG9a4l6h23VlUNoa"
    "gMJMfmSY7FxKDTwHeSF+WoTOtQLn8h172KqwRqY46NFzxVRPzk+lPv+nP//udLJAZgoI+J"
    "OKZ97PZveSVWcVyb6ew9nQbn1odFEden+3sxgO0RIuRvmP5yiaaU4DEJRwnlh4Nb9rd21e"
    "Wbn00ti9PkmY5Rjw1ssfFK5rVPIyJgn5Zun7rU1S3Npm8qrVPiQlBlMBkepC+qiEYkAM50"
    "dVy/drUqqCk5gDZdmVF8ZFSRTYoBsElgfWNaHdmUHECbqjGsu8Zcc8z/lphB2WWGY0LVgX"
    "rxvimwYtumElrvFpMnFGidvQMll8AnHLuueCRgZhLTmRea9oQoFLCrj+s/Pc8RS7vAVKel"
    "YbbrPNtQmqjCyjlQ2qXs0i55ymJEGrEnqPsKJR78yOOmB3zD9JJclTDkBl4BlNhe0yKIDh"
    "/tDpZVZsB7s+x2xrwji3038XVAMHLnnISqE+QPgII3j6c08cYV7Kk7yCT+Ye48FkHEvwl/"
    "PIcAeWRKscNpqAtE8Bt2OBPVdiQ1MA5+NyiNUeuEnuyoPtt4mIKi4g9dC0ASiswBQlzTXf"
    "mgpEDdFvmNidWZJ1HQHVJ+29sAM9X9IybWpjVccWog/sIeQSUGuxaACGzpEdg/6UTNiNwI"
    "tOkVOJT5+KdPe9zTboxRKBsGcF7rcbOu5PmDx2S2DoUjJkvR9y2n3Vp+YKmVy2z9PVxigX"
    "q1V5oYaM+gPTdn241zXiSreVtDTV+gwj6ax/Ftl9hGs0h3HGiLoxKj5buFil4cXg9qcelq"
    "cUiEUdxVomLQo1dhcwEzBMwQMEOyK7rptm5Z2LrRVyeyem6R052t1dyCC7WpvlKIN0w8xy"
    "TYcRAT82tf2B65FGUsgiIY+AtfGt84aGY+e2xfRUtsIwf7nwjdQd7SovqURwp0MuUl1UhQ"
    "HuObVG7T4e84JqHMGy/tZumOiwy6YODg6boI3CK7Lgd7FH4ufEYOJpTnOGqKYWwqUvBy9k"
    "sGLzMht4330txNT4YpJ7Ikm7KLF0tFAd1IgApaugoa7khFKJtxUWBz1ZnNFXyLVN67iAi8"
    "eKW/eOzzrmaLbATAFtltiwTa0562SKjyDr02l1bcrCxVayTiVTJnM6bmMjT37ZgUWhnrAV"
    "uE/GHbJqWR22bFxfDNY8zFZzhP8UT/C8ItK97JSBhZhBlJpuEXwHbfKHJWDq/4zbsb6Wy7"
    "ZDYZXlFmSonmRh75htc4tNjUs9sGpbNNl11tm5b1bkrfSMquq+SuY3LKL/XLZnSE2OjzEx"
    "Nb0Fe8wGwVhIW//VIc7IyFp8/MdmTnbJPZhBM8Z2tzbSwGD32WbQ4GtkNge/J/vuA9DUII"
    "xFUViIvMWt6wRkSkhXSr8qsu8LdBAd7g8hZCW37lTPa7saUC7lqgdRG5bz+8z7Vw329Zue"
    "9T+AoHh/aqW56Elbltl05KtijVpvIuZfxDXGQOkpIwB0XngOmestD0NvDXIq0pIVA15lyn"
    "1UJNOjcnICYF3qHyvUNAgzl0AbwvS4vdr5DnOykLru86u76Z5azmad0IgKdVmlkRrn7V1H"
    "CJZIu0pUO5sqXR5sKu7IC90bA1nNeVvXl1d/cHiq7GEgBud9q95NVVTryvwvnNIzVbvN5B"
    "ICeHu9v2iAJ3yXHZcvnGQaE49yJHPMcOdl3edcjnFq19yw7PWsZ24JzWQ8+1wTuPO5xeJJ"
    "zTfl70NOXprui+YzKnb4gBv0J8lWDDc81XdrGFdZt710XONXLYu/KOzmaIYDx1DpF0/bW4"
    "qg9GX2pgPeKgGrCimXGSriY86v9837vRBh8/XoqlyvYxtliTr9RxPNc2/sszOY8mpEvmJQ"
    "Qk5arTVr+r9SsQWfK6hR1tve+p92nNGAC8TcW8TaJRQQTOv1yJ5pU9GXLp1kxGidVDLQHQ"
    "Hgs/c4jWoF11q2LK77/BU2Hdy0RbMw2lLXpCXbXmicH14C6Fyq5Q2VXuOt2oygUmPiUMbv"
    "I6u8ltzFOdVKKAGwmIAJYeAYTyqwfUFSxq6JFe8jmhTUhBcEhm4W02fdWVKxOFxbszPBSu"
    "yhJCGLeRoRq2jvPGMRLvcCyGMWTf0GH/+vEkYyOGIFFJtZkzNwxAeAfCsj1yjwLYco9zoX"
    "SdVoWVD5qn0/Xc+Qg7jv+sqVBl9HRnW6iSafNzzfGvVAhVWvTZJOhURy59wYRduTCt1dml"
    "iBfqhsHLIYgzDjJ0216J4+YUnY7Z4puOT8464oiNZ0x5nQeD8AhgMPXsTvICzxXcd0zGpK"
    "cb8/VVPB3HQX9sLvmD5wJNViIzSERJdfTssRnFU/T0wM0wUcdBJ84bttlj8UrS8Vv+jZeo"
    "ptYU22MSf5Yl+zcmvGS1/qzzX2pjz8H896E33eGRWgvzstVsvKWlr/D0jP3rlYn6AdS3OT"
    "uPguk8R7f0mXqueBr8iu3VmDCMeHw2qIbNZHQXLTzHRZhdEy4DHvFFf/jjcpfLH39LYOtX"
    "ufDPh1L82ZbojdovIuTrjgllWyw65cudDX7OY7626a7O2doS5bix8eLw32X6M8BeZTZf4o"
    "F4NQz/9xh8W7DPzlEX2fQNmQ7yN6kpEoMz6bnujAn+suQxLHRKaIDjwhQgztid2EWGzh/P"
    "tCw0wehVt0yRpEUyE6X2iTBn+wqlymhBT+FxY8wHKXpcpCt3RlpOAzpxFwT7pxxY/5QJ9U"
    "+pLrNsyVMlbDcSLUT3AG18Z7JchG112QIJKMmmUJJt82lW8BTEhSAUlgRVn06ZMpJB9ZFD"
    "GhFpXUCs/IxIiIZlQ9/eaFig7xea96QsxMLqHAvzrRKnWGpQRLKa97tKA6JNs7wxk9Xf5q"
    "gkvMtNmOUiKZVJydapRuW3PfIL3qhF/mIyBwr5NY/Jv8HUc1QRjUgAnrsiqF4QMqpL5OkI"
    "3/OdgafIgtqdWee/zyVAerceqJWgxva9OlUCv+Wxmo+6aXk2PpHEqGLnO9uCVCLqo838S3"
    "NGqfjAeIqWuuO8UXvqR4780tunfB3yh+kgwzIxcVHguDjzU9yWNuW6g8Mz1Niz+GW913EM"
    "V5/NznnYLB2hquCePDr1GS9dEdrg4zl+zES3MSIUhfEdl1Ikqsv5USg/xkMoO4Ety+9vqi"
    "912z07R48mH4TL4yU15mOyMC3LdDBbeFMHOVQ8Hg91eUv2E1z/dmGWHwomBbFHXLFfytM7"
    "0egftyJCRt05evAVMX6Ih6HY/5ouzi5QF6Ik5jjwJkF5uhrlImRHaaJTl1c5jsq0MJ5Qvs"
    "+wKU7ZBkMc/czkVJSjIhBISPFkdccVH29mBS9kTKFttelSsq3Bt+LUsYlFDe6HYN9t01Ke"
    "B5k0zET+mUgZjsdRyUcBCWfkl3SQaeXJS7Yq5iGpRwtrROTSzbPnZw8uzjFLt9aIjVPW9z"
    "Bbz8uobpmd4ZNV1LKCBJ/jeLcPksrjLacFo8VxSYgW1zjwsKYN1+FbwZ0OdzNd+pEIz23/"
    "OvCrtIDQdJyvAtQAOkQNIGzYWLINPeIvWVlZa4lWmKDbNpjePx+37/3r/eV2cP9zeHnyg5"
    "Aolkg4EKodXiNSwCZUYBMKm9Nx8bKAqRqKgW1UzEoN1mwRzkxMEtgU9VFq0mwKYD5mv3bN"
    "1GXzMB+rJyC0Ty3byzbYRVYYEPxI2X/KpSrUaxJKoyqUZ2hdz3VCsNX1Q7cnEnMrcUVnm9"
    "Fl+NdqQSQ4b06nZyNnTpc8bstjvQvdfsHu0tJ5Ch8/IE7yQDY75s6ovbgMGpeJyLE/t36g"
    "O3iAzvpK/0JkTs/OJEmdFd4Y7Mh62ZHhPKn4baMyrXPelp9/phqQrz4Y39j0HbYFa4pBh4"
    "hIK/wgidV7kSc7lV2VvX4vUhmqHLIsf9N2oFvmc6qgPKOf5K+JDHoltBNyrds8DoL2G57M"
    "KX1Rhzsl2Dq8D7KTTHQHa56t1IMyKtM6lA+yqnltIU29rEBCrHVYl6/ZcbtI6k3ZAvJGpH"
    "UAl6/fmQ6zoXmXEsWwS0yuwsBLaLY0Nu6y9Jy5VizUlRQF2FVgtyzN8GyHSlyC2SHdhFih"
    "DaVBIZZDhHU5hIWiIDFBCHVBqAtCXTULdQFZr2WzXgJZL9qjXJ8y1dV1sb1n5dQbNtKtGK"
    "iBSyErFhf/SAYOf82P+uwH10Mw2ICP1VrEuDLMO+3JcpiU0GIDjfg4bUXKmZvLBSauxiHb"
    "F61RMBhHra2ALfTlMkzz2AOpF+/OH6itOC2pZRrm3iuKt6p74ENBWeycXIrI91DCo4h/LX"
    "dzKJLf6d08ii7iW4mfI++nLYpUfDpzMTlHYkIvEa+5zDQPwXegS0yQfwufxRDwNjrIefHO"
    "/obCLepSnA3/OknMQFX3HRN+m0OQKSBPn5+rIk+//tWU/R6djXXMv3iKLWvWAtCoRuKeDP"
    "X/LFx3c4W0TIQh7pGOe6i1092nfW7LV67OPq6LpatSSCIq0poUktIAxbYti1FkbwBrgda9"
    "9j+8f5/jvWdXZb744lyysbbuehm1ZXrEW6R44fHP2Fq6QrS5GquI+MngoXd/KRTgMRn2Hm"
    "67/+rf/3wZdFRhU8CPjga3v/Zu+EGHWq9+UPH4qoX/iNqaBZ5zV0mKwc6S3FnCbjqFqvjG"
    "RCEaVx8HfTouE77OheY5JgrzXOd5hqhr9tbZzPgbRF2/xlnPiromWOtcsVHzucSFoAnzNp"
    "1ItQVzWhC8A5Ie19HYoxTgbS5xmXSLUD5GRb7UjpKeEeXS4+nE3YZtKnnTpeP76e7i7rH1"
    "WwLQisH3mq36vCjL3vrdWEf24xKQbndr7PS3S7kx9iHD23H+kiTCnSI47Q5ySwhWueLc8S"
    "R73UEMf+zwrrunQYYa71PMqcpnHVFDXlCSgp69iOmjxlz08fXL3wejdUSVeH7k2tanFpYF"
    "uiu58ZgExQNcNMEGA/kcPUVqDWzE0sUG/IL+5hQvltTFxFihFyzK+fvPGfa2lta/j6W3xy"
    "aGL0eohF8b9aGzJcJej7oGx9bkDuwLT78dBdCOCbcQ9vKjw9tiRBmmyhHiQm1Y1+pIS0Rb"
    "F/gsv9ccfuUatWpB/KhUa+JpFRd7NF0sgz27kvhaYK9K4vU0TWQwHqSQuEtd3dJmspoT2x"
    "Z8TAxcTUXXPHBYDlt/gpm55iu2pdz7zLUdF2rNdl6er5p6tiFDdIvWtxFp3cItXweBeHU2"
    "9M2MXEK8+mucdYhXH+8jle0HykR1i/enySrtoVpcQ1z04HFRGsZt9gQ4b4J7zRZwXlijL2"
    "69AnTrlHlZcC6aT58jMBfP498dlHuIVMFGsXxOPyTlYDbJbNmgN/b/deImY2DrEBhPEPXD"
    "ZeeoxwyjFRIZeUg4vVIhuWpuOyYTb7F0EPvNps1UHzbq35Dup70adLH0XNEKG6O/PHYP01"
    "3xdFc/KZapQOIeNjbYwnHCh+L3Mii7D56eiyv9UdljWKsxebbpm9Ph/a91gqjFY3v+vdif"
    "hD2Rjbjom226bHB2hHfZZj8gO7QX2T2DfDQI59XIRbOl3VXFCZ11+9aVrahF3mC1ZZ0QbI"
    "2fpmIX5GarU4M/Lgfo74W+WpZtXAhMFYmLsnm5i0tMpkENHKX0xc+XiL6MyUPv/kYkLgbj"
    "8LTFx2GYy+jafirjTa97c4l4IZOk3nac8DYkRZe88EXbQeWoUlyqdR76g4SWCP7iasFiLO"
    "CzlYhDEmF9/LRp9zwmDFKvYDPKmCjMc53nOVCuipRhjgjCHNd5jiHUlv3lhFAbhNogLlS/"
    "uNBxIhhDzB7eMC1TFCcdeuREEslIX9TJE9GwY2J5W5MSjJa64/AMGu65jw+C/qSTS/TG61"
    "4Kd/5iqdt42okcsZmAGz/kWVNEqCvpRnrYe0ED0no1IGXbkV1MK4hLglZQF60gD+1qZhKz"
    "oMafEAWdvz7KX3qe2S99fpaxKbLdYhGRCn1iE+wvpyamKzkvnqMZc2y8YMUQaUwM/LrpgA"
    "Y1uCLwRQ3XuBTAKmUJFlmxaUEANwNc1UWbFANgpVlDKjGzjQCAmeafuLppKSUeRkT2Sj0s"
    "ph/8feYRQxigE8+0XJM45/x+/3konaGKjMSUO+k43o5Y3SCJoyNZV2i3j0PSU2i3j+Nxjp"
    "kloBNHF/OsW4h67oR+4X6IcEDhlIhXG3EuEScgupitjJVPoRSHv0GjT/2Hh96N9mkw+DxC"
    "piBcprwdldx1TMKhvnGid+sElEvk0jgb9NTQbdvENvpf/HLjhT0sm7XFBNtn/H583jGZng"
    "d4O+frJz0fk0SMlTtr2FPqyMaWvkIL9n+u/oJ91w59Q6dsNigy2Y+0sO5gdrVp4ZBUavLC"
    "Mmhmmc9z9ywfrTOcekJT3M7fIxyTZCT4v4D4WUviJ5QYyWFSHqDESOQ1UgA8IdZCqA+Qd+"
    "pvtSowR0RaCHH5DpLwG6a4mhNiLYS62tpE7eKAprmfN4P73iWaUoKB89l6CxaYiF9XJAM4"
    "vlVxfIEL2P63CYqtZL9h7Y36AwO0bbMODFAottJwSIFUq6B8QLEVKLYSD969eHf6cun/xn"
    "TobnO2kytw9+JpC18gLzPZs9Ho85MI/vodBfRNGMsjvGRINLL1jSOuNqcS3vE+I+WoNnLC"
    "cIwdS7bG3qsUydcSjjoYD7mpPc4b7Cs2HY3HoV+xJMBKqYV1krGko3IJpCdM8FBQh8u9Wt"
    "v+ajC4jWn6V/1EFPX+6e6qNzz9VkDPLjLdWHAVrO722l95rG6wvw7EDoaaVHvjCcbXMY0v"
    "rpXuD+/IH6WlmG5e2jpliI54jsFAMAVPZHZX5HQnj+FFN9fmSgblzD3ehM0vDslHecacpX"
    "jK4OogixoiWfOMWUy6ixb0FfvVJfVX3RQLYl0hshPhMaZNskPdaUzEcOc+vpyxdM4wslZa"
    "ML5Pm/TvxrmPEc7kOXoUSamczOh6NnH4E3Kaokt9zuIbtV8OkWkKnEN+DopNNuPDHgudBy"
    "+pGqgJKUAWDDolqNtl0NUlV4N/Nh+oZRqrTL0jOJ1L7/BzJZdcwsybqPGJaQQLz5hzLYB6"
    "duRT7+sIOgoLYfNkAwdb1jmvhC1+il8NO9CTv+GVrMWy41WsuaLxZrpz9s9AL47pIpXcdU"
    "x4QWvbZL+YV66YUdvXa0afn87Xug57i/l5f2AsanT77rD1FWiGcVBjO3io/E5qcEIfsxjG"
    "XLexNlmq6B4Rkeq+kd++Z/+v1iBHQNVn2F1pE282k4Uas5FNygEJNlOzE1tSGtvsbM60JP"
    "STLN5PEohVbdMDgVj19Tj2a7Z5gV+/4s9Eo/36NVu8zXbr3zIrzmeySYzrzcnONtOat9H1"
    "E55z2tNd4hcPEHn5op4As0Wx47DTPHmfogn1nucuOp14K3YVM06FP/2sE7Ci3uYmM4tt3m"
    "HKcdELXnXQzKaL4PgQT00HGZZuLtKcq2pvLbV/g9vx8+Im/B/BgBobUFJEgHdA31wOhQPq"
    "6cRfT2ZeFtdaoIXcrZ/e5+Bu/fQ+k7vFT8V1pOgrogByQqwQ1DX74iQydy9+ypO6e/FTdu"
    "4uP5dw8/MtTJGUGJUpZ0Ufd1OJofx9nvX8ffZ6/j61ntV6Qe3TBKp2O8VXHZOqdA030xWR"
    "h2PIdSI1mzkiAa9RTbK72o5poOsrOndiQoDrbg9PxKTa0wXBTd7RZrSGwZzbFxFbYbvdO6"
    "EBWh64/WDElgIc+dbULyOxqaBmpiTWwIcW7hkZXrTIlrLDjxa8mvk8adkQQ9ORevEsXNO1"
    "JFlnW0rBhQItdA59fUXgUkv5xDHmeOpZOJz53FXgRtefejdPt72bS7QeY0xu+7/2LhHfQc"
    "akd3/Dz2J295rUghONc5yiHXec9nIFGmKQS7gBaYucrbciUxwRa58Dpk3zW6O+WTVzyLdp"
    "lsVXo9hrDDPciBlulrscqHvl+MuXtmlgjRmfNn3VraKacnqU+lYYPeHn7ns9oQyPSbp6cv"
    "fhYTj4lZ/1fxDXo4e9X3rXj/yYjf8UbT3roUH7wE+xYRbbnmXysE3XeZv2Z8xfhex/dEfm"
    "395SIkguXt/XtaAv4SAFgcMP3WSlFrlJyQE7F5Jzq0M2vsmrLt4MaVjCsrCuZanGymMysH"
    "zzBHU5YCXExZ6cVofFYgsrFhcbMiVk2L9+PJHuv2UEdCNDtRTdxHcnB74bJaC6tVuz/TYv"
    "uCl9KaPS7LaPHIC8A+SM77pyUd9kx9808FeB3MfPQ2ytN4ZsLkjbCAspzkwJGLWTL/Pviv"
    "gYArbtnIwQ2Xy8DG09rfnKlvGKzXS2STI6R3841Jr+gSixVuhZVPJy5zZPOhLVM5499vPx"
    "FD09cCcEF123WmW3cVy01N150iV1uDuNySkfBP0v9Je7Qn//P/x/GBSupjtsN+mE90KOa1"
    "oWoktMzvzSI5wIMdEd/I5f598L6c9sBbCBecURrrSwh8+VJQVVQo7NXplZujPX/A/JDEs0"
    "x21ZZhLhNpk/lWSdRaeCUrvIJETEWlNWpGLsY5ufwjaTkmvT+i/PqUItJX9KcHlrFnN5bk"
    "BsayK3VLPMhSkJFWW7ANOSAG8q3cyiDpZlWm/rILARqrB9wPpIY/sH8J3TxrzqrQzxrRtu"
    "VAwWMSQmVYQrVPLdG09I9DpaohfU5y9cyGcTDAAXak0dgw/6ilfeH3rSPK3I2c42d+DSv0"
    "6zvZxZWiddNNFdv5Cv4y2XloltFIzioNOx9z2e/jT2Pky+w+y/Fz/+B//3xbdnl2hp0yXX"
    "G3mdIkowmpmEv3nIc7DdYUOYU/Q2xwTphHLPWchjcyR1j47yCJCFVi8/HptxjbP70tBy9m"
    "CGTRiR2cYYbO4mJMOS+8QTqp1LXd1S97zFxNqk41XsfGteil9AND5Rm4aTNFH5odu/uRR7"
    "7Zhcd++ve7ci/c/gv9QKUwiVy0blqhq1pWhUkjQZkqgLsJMTokBMrjMxGfJHsl+x9uaPrF"
    "9RVVppWhAYpdk1zIBxfngnEhD0DkrQi7zwgO+uOtupzXEPWp5JXqlpyLpiqHiVRoF7oO+P"
    "1h7sD+ta8mxjrjvZtbTjF3S2OpiCS1VqamejAz6YmvlguI4lN2MzHDChQOuK6n6Xxwb9Lt"
    "sG/S5lgzbPSTC19Zmr6iK4GXY/Pl4iITsmo6eru/6jSFp2vMmCt5yd5s1uZtK9ezaUgwkb"
    "6Xpw/7E/vBPOBUpmpr3gVzx0h4/97u3tv7Rh77rXF2Mudds1dcvicXYDm8Ho4dnNsevbwU"
    "gMJ/gP5bkvLvLUY77Irsd8karHTLCr7tyLCLWGY1CxX+9VL4B7RAhwL4Z7s9zZ7cI+2JFt"
    "zaZqVQFTgu3L5y99Yw+rlTga7wVh2jIm2WjBvmU7XFjJESrsfXnYxf/dxY8f1sud/7FtgY"
    "/umCaQXtGEyqKK2Qs5vL596/cQ9SgKVwGB+h+F8MZflkI7Vg6WpwT3jJjX07WSM2AOgaLs"
    "NdzeQNHaBC1SKDIhC4HgOgeCZ6btuNoeYX/pADDndZ7z4hXooPZcc2aZewOLbN8bMZjfOs"
    "/v2rlbRDdLyMJM13qmhd+9yDRHBWGO6zzH3nJa0M6KS4KdVeNpT9UXAsbYAel4RWtoQvXM"
    "HOAmzD5VjLPEAWqotVthondAk1PM9o5LAbI5Ur4DyNIoq+clR4ZqGMi5k5PjCwzKwZaML5"
    "SDrRnbHArB5oY3bwnYrboaoLwD5Sz1dA9iv2WSfVn9Mfr5LRuvRXt0giphYDb0nnAN/VHa"
    "CtKxMkUaA1ZlqSLiVdyVLhK+r3lTRrT1hlFu3sjvJ0uRiAAFeY+dRPKXK/kQbyuHB9Zmhh"
    "3PfpdbtLJxWrZNEFfNR9e/aBwkbbJUWNoJqQo5ud+9b0qtR78app+Ro7ZrxMRaQ/YvGdhN"
    "m0glYDdiAGyqgjFVbF1GwaEKNUmP5KBeSrJ5lX0iqfTwhmGc1zuyflOhFmltapEGLhOtBD"
    "dT4Ddpm4OpAncAe64Rdl3/8bLcAZGLOjncAew63neCX5+zUun1nP3sd2+8Z89mDLSklmms"
    "OqL+p03f0BLb6AWv0KmDMeIoYDI931x/7l9/lq5CWv7we1S3YLdIL/bsVKrg8tYVYfjwfY"
    "78qQ/fZ6ZP8VPbnRWvuuVJsqh+GQ3us7K7A4EkI800XPQ/yDKdJqohW2DmUPCR17SzEN7T"
    "u+4/k8hf3w6uBDgRPhkf4Crp2QBa4FdCC0wpp9lf/UN+ycKgieT7FYmn5HBiR2M4+drssb"
    "HMV2yv1pVH1s3m9PBLE/a2O+WAswtcihyXGi9IJ+IP3rXOwtNndokoaP1m80w0IvmKVXHD"
    "Ld53wzJF+XE8+//bu9bmtnFk+1dQ/rJ2XY3Lmbwmnq2t0jhKoolj+9qazN6KtrS0CEXcUK"
    "SWjzjeuve/XwB8CCRBCpBIioT7w3gckU3KByCIPt19Gkj4g5Lwyb5ZTc4pa6XddqJ+TSdu"
    "vivAnLXaCeaOJSA0s23jWlIQfOLXec4BrGpsxVm12Nkqmd+9bWwFalOgNvWUcAd9mGb1Ya"
    "JN6EyUxluuVpIze9LdPUCspHwC99NblhErgUBjnYHGdD1RLekqGkIxF8Qdm487iis2uNlY"
    "A8J6Z7sXn9zD5rlDAHJX2rYsEzmHqDx921QWMnCeh008nhnzOV6rp7zxZtq40ZBL2HVgQT"
    "u1ogfgLxJcBDmrogvgL3kuAhLqO0K5sYa/an4YbwIemDAvmW5qlDkDzkinCV0vcUB2jOqk"
    "QWoEuELmd9sMjLfJatmTJNCv3nggIgrSp3V79ne8atZNcWlGDORRzr5rJLguSLKvIcm+sO"
    "uqAdLfkuv0a8cliym/01QuXWiSDUs1ogRUGK8fVc6DJRJMQH3pRX3NyVCr8AfJ+ZDilyMN"
    "iil+7P8K0Cbnt8fItAZuI5wMuWNAFqGZKs55O+0YsPqzKBPI1gSonbBODbUDu/51A68My1"
    "YBOTXQDtxG1g3DND3sl/TTFSPMmWiHcSO5e2vjcUUz1QPsrfyZaTwK4C7nFoXG7XE3z/sS"
    "BbL8GVlcre+q6e0ZO0hwl09wh3zK8rmtVz6lQvUhV2xCybg6NS17OA9Ks30yrwfPNcP5vn"
    "qWCXNxE11NJ7DaIIMShcsKTogTwdxODc14Ac7tFa5DlBj+xUexKTqehi8Wb+6n4Uv85gX5"
    "+fLFK/LzuflsGr5+8+qXk7Qglcoq3FwP0IpSbjgtPb25JhdjsXY/qkgln/07NJzACizyEa"
    "/8lal+PeSXmTr0oOMG6BEHyc1NdCwSiTAeKep+RTktrywfX4tWZUJR7SFZNm4gFLyOrJWG"
    "tFD9vnMCmWqL47zdk64aMkN1AHmb5sFrc21Qw64k27tcFiY1AFmYPWRh+lN5rF1GXn+Kj7"
    "WDPnADw1YHP2MG8O8MP/6xZinq6iOQt4RB2HkQ/MAIwhIyf+SEq0JmSjY1MLVuantdw1bl"
    "6NNwcvFh9PY8cTCnzofRJfnnkvxpU+dmOCa/rw2L/H4xvLoYXV7Sc+f0D7btorMrF3iRir"
    "tUhF3yO/OlS64TlR0o7Y/ydu1vk47+ugidOR0LdB9adkBc/lN6v781FZ9pe/PkYRtHJW7q"
    "1SR5SwiPyYTHII5Qjr5ecQRobtxWFUscNPZCxb6wRUOAF5oXNF0axN6bu2iK5A1hskIbY2"
    "hj3AWys4E2xqCG05gaTrqO1oCw7mo4+XeORItdbldVxxSOrnYbynTh7inMxX0o9OGuE1/Z"
    "PtyHrdBKcpkqknK4dCeJpBw+1UomKefu4x/ISLNhkI9t20ehT74wDhCVsogyWtAx/jG3Q5"
    "O2Ovk8nJwMEFkkTERJB5brsrIcaxWuYrX4OOvlsSg738YNt+bJQOvXQyfI7CitAqoq9QRR"
    "6KPEFM9VU/WLhu2NwutOz3Vu+bacuIO1WoPjgl2LfWB7Aq3lk/cbXmDPE+mLbauByJi2WA"
    "aRftLbOgiQYAHCqrvIAmHVAmEF3U3b727apAM6tLEndDujA4MqZ9Nd+zODnqbQ3Iydf048"
    "PwKYabHsiuNvZOjQf9E2mSeIQOjTBmQBWrmsxIK4gAYiu8wBcRGdgNZYGMgjL3gULD03/L"
    "pk5RVkai0WyA2De/eHuMdZS/cV+pz0PkfRzIluPYv7b5LLFxzQL+xT8hmz+oeSP1rlM2nm"
    "krbiKZU7rsmQymbMJOdDNYdMk7T8cyKLcsFQQ7jfvJKA+00+3WUDNz2Uq/swBCBXlHwYIm"
    "ifVqkMfRGoTMzkfA3nY/2Pv+3OWQWwmleUs4L8CKEyrbWmnSSVMnGzVpCHm+FS6sjDXWHf"
    "J5vz4phM8I8yjnBjosWSUpXtOfr7pBryNNnz8vrqfXJ6fhwKHfyshVWxzFTWjxWNNVptWg"
    "5BQEp0+YDolRKtIK3SJOFBlUbCNU0pEZAem4ODKuLjnp1GUzaa10X9QouVvHiiAx3QTTqg"
    "69Vogl0VmbwOBVZtXI5u/7i6Gl+9P0ex/dS5/niO3G9T591wzArQFoa1Y/WZjOhfueRfQf"
    "DPtAwbzwXvlXI/jTPRYl+Vq+6ToQ6elVMHzwrUwcJS84OT87UrF3t5diaBLTmrFFx2LBce"
    "tP6DZ/ePgbCPYMXanrXTpotW21X2THJJgYHYGGgDeX3Ug/vgz5gAgdpUztppg2vbTpYbKp"
    "I+G4tuED70tvoQPpYfVfQrDUnWqhvDohUPhz3PFWSIlLNwqYEG25m2GTgz9CICbaXyis1Z"
    "afM+qC+jbMMVFFCtptOylhrSaT2hzxJMKiUFFpZj+cudxjlnWsNAd4zH7vs4d4QnvTAc02"
    "LBfAFPujk4qOJJl95snpzZAFP6heEdk1is1ciMzTko6jloUQ80QGqwJY9yK54DtOBpDd5m"
    "ephwC4kqzhszDdGufzKTPaco70E6atJ2BgR91dkWTgZfOmgyvLm5HNPYSGw/de4ubkejKJ"
    "BCzsQ4CqWQtXV0+3k8+vMckSHA3ncLP0yd63fvRrfnyF0ssDd1Poxv6ZWWlkevczv6fXQx"
    "oR94+F9MW3KXwEv9sn++G3pzpXVqY6GBN914j0FXJNNdzlQk52sAbdtEBV6tbfcRY7VsxJ"
    "yVRvlBtVEVkPlTDrVemT/8qIdrc8dRz1rCqHdl1AVERrHxU+Snq2oJ8kZQ5rq9zJWjQ/as"
    "xfzdvb/ZXKxnKEtLL2UmmHJZJt9+Jt6s79nZbJxcRyPQM+sA82H2BOmaXkMngBplcbEXJ6"
    "uLeVzu8GAbk7s5t/msV2Bs22Rsy6tZt9MwfahsPbr4ML58ezG8HZ2j+dKyzbnh4anzieyM"
    "bq/Gk/+ZRYdW5It6jhU8zqLjH0bDy8kH2m/BsIkjLzdUDWdckvG4F+lYVNDrqYUG3n/TjK"
    "Tl+yHxMUTtECq6yPFGe9bFdszpVyuLxT/WFnEaFOHLWj3lLnJAiZQ/+P10joESeYqjLkOJ"
    "QFeQBrnlw5H2nXuCmmWcEshqoJxG3KV6BrIs4ZSbYNuF1UDnu0Wd76w8wFxYdaXAU3Hcyh"
    "W7nkYTuy3OKgaumrnaoCvLX824AZaTrWM+yiOK7M45mTiM1thD3LUHVCAO+7R/ITp+foZc"
    "D72mOnL+CdMrjy9E92To2EAemQ8PxaSNNu45dbgroK848JFF/nMfnPiW/skpmiwxiiYj8t"
    "wHZPlM9u5rSAb5V/ZrpH3HDs4Nz7NwdMaf+MJdoVimpFwZb57lH9O/IpWV5nxDSOo8JEVY"
    "HBrZqsiCIeyrxE2Fe0CddJh7OpxqWNdwA9mwJ1GuCLJhIBvWgTEA2bCOPRQ95UylOilzLp"
    "waaVowhDf9dnIv553tST/lck16BrU0DVWYaWKW70BFnW7o+WI+JToy2EaisNMg/0cv535O"
    "xroIa5XOulnjJvKw0DZcqRNYgZpEWmqgxQ49X2cmI/FHzqqoNCvK/HHfrIBzuS+UM9MgN+"
    "pwEi6WEwpF6iR0XDam7e3IXvVFzWVt+P7Mn5OdlgK2WSNAVdQ9kGxbrO8CULe1DtzYtdg3"
    "MHkd9rZtIDjr5XNbL2ddQbuGqxXHvk9g2zPcPqGgEqjvoqv1cC4cJNieZt0IfEI+I6fSK0"
    "zyWsAv1MsvTPOVHFfFhcmZgZe41UsEyaQmJZNc3xJ7hxVqPpwNgCwn5dO3DgibzbySls/F"
    "ZPx5dI4i66lzOXo3OUc2XrC3x4FbHrSsDta1UKTW4mDbwT7cG7H+9YT4GcQVESwo5YweZ6"
    "LDbG6bzmOKYor5Z7zNk84+I8bM6ZkxGWUVCIuWT7mCNEUDiyrSJVDEwmr0J4Uh3YsoPsec"
    "yVNGLhUrVswuyZlplNYFam/AAUNpM4y6UmkzpOI3tYqGPvbUUOUsankt9Z7vrsh3TGZgEV"
    "7lZMdL7lI9m7OymY6553UP+by8stjuQUA9c0xz1Tg1CA3eYG/heis6h2+xzoKDCY+/L17x"
    "ZW7x3PVMXcEiRxx/f4HGu4CslpP4WhpjZSX9k/dPWtBvXhVzFrK7mCJu1w6euOSH5Bt2Rz"
    "WLg+5fZF+t3KZNRsVirwSQjeasIAMkI0hbmQKSlcCFHJBe7YkHqKK1/XyJzdDeradgzlZD"
    "N76/bnuRrVnbhlrPltRAg+z5FioV0jWSre5K1fQCUyiprw6B7lBSTw7R7y98ArYnsWysW3"
    "wc1tgx422oShbLzejqLes+FdtPnZvh3R3tI0XLB6g40Lvh+JL+e2FYdlGg6AC5LQuMTbrl"
    "KQ5PeUoAb6PBGtV2SgAEbcqnej/pewjaPMVRlwnaHDL23blhbij4DVq/LYhW8K2p94ziZN"
    "pc92wOSwtW5B5gEKXtlChtk7VfXJMvAfeXbQFWSf79y72fxc20gP7Ti/4D/QqoTeo7yJ5b"
    "NoUlSB23+7P56O7D9c0N7RHuL931mnYJv7gc3X48RwQc79vUuZtc345mn4ZXw/fsLBqgnU"
    "WvBXLuzR8UuTt6ZB1686Xh00/fja+GVxcj8g0thyIzdT7892z49tP46hwt/00ci5XlTJ3L"
    "8ecR+VqXl9Tatr7jmY9tO3qlKxfsnMnU65yVl+uc5Qd+Sby1uRs6Ake29MWQsWnPm3nW6f"
    "cDqO0cnIvrYYGlu8aOKjF9fTMiCwy1pIvYNaOk57brd4KCBj60HPd+MmPAhz7FUZfiQ4Gz"
    "a24XARUCkNLeQbpOLqUduNCDN+hKSet96wU0JPgblQu7XiwYKVtgi6MDgy1EsbtI0suBIu"
    "7VK2ZQQRGvXCdY2o8z37AN73G2wIK3TVVjDLG9Tm/3lptjMCUJRQUA3uZJK3n0kGepLQdw"
    "eHExuplQysWYz/E6oHmAb0cXl+Mr+pmJ57bldIKIIV/FMndyybOWNbjk3dyN9dADLxIvQL"
    "eVP139JF6kmvxAIhokovUFXEhEg0S0XoDb6US0ohyBgGEQahZUsg3rjcWMk03Y3vF7iJhP"
    "+hcfRWbIXbC224mw9QA9WMGSNbomTiv2WZftubtaWUx7Hi2sryF5IVKzYMn6dpOrIYO1xn"
    "5ED9jD6GEZx0b5rt8t3Xfq0CvEt3gghx88Kwiwg47pcBJn4JQ8LIvFKYffSXkPb8ypxBML"
    "yzWhVfdB+Zh4EArAVmSUpRZdTnPaMZ+sCszE9Xxd6nq+zruermcKFTJKp+3GoL0taV9a8b"
    "BVTJ0xzJhpg2rbLXTT94b6ABRtYRR2GwWKzux+rbCecBbagF7fgqLYLO0AfdI6v7PILhGY"
    "XrsAaHmmJ28DaZ5Qcl3j7NaX80w7Jik5RDkrWMJE71ecqqaovGOzVsB2bmU7eRZgTyaObz"
    "vXs9krS8flntztVGcyIYHo3IJs7sntFs2ZVREVcZwFndFqgjM+fba0aE3Xoxy7mdwExVbn"
    "jGP03Ae0xh5ap0fJ34SMgB1kFWO/MuKRlmawz5aGjxwXYcf0Z65zWiAzm7sNJIB1jHCEIt"
    "bmi1hZgpa/S1aXD2ld5I0brR8q4HEmT7kpDvG6fLVne2OhAQHQQlNB8PnL0dfX54dcnAbd"
    "fiBUoHSvD8gCo3IoRgUqI1XghcrIJ5ucl23nIiCtCv1eKjmrSHwo02oGagF79c4aVFBBeL"
    "HA84DqQCn62jm7J81VgMcNHjd43APwuLv/JgCPu3lkF567mu3mdotMAWMBxmTV2A3hoiHg"
    "C9zGgbmNzGMPBIcMxqKVUoLl4B5/wFkG5+J6CVzS0+GScv1uBWRSsSNuJZuUtOGdeex8yf"
    "rOa66mEllRnpGPWT3LOcKO59o2NtGxQYsiTfIb/StOBjQvyUHph66HHDfgSzJpLQEryYw6"
    "wRVTolq8r7BUM74XPZ6+gaFW85B8WTKqRWh/c10bG44YXt4sB/I9sevt8iaso7q+vswQDL"
    "+N83UUf3z6bXR7/IwxC+QkK1rsDl0d1DGI63aZokaRihN3YwTTVnrakuVeqQVLcj5wwTJc"
    "MMh7l6PfTy44wahK3hvoysZKcKNNphqwWSPAdTuFxu3l93SIE5frbnPFnkEt6xxnZ9l2Hg"
    "1oShV0pWjKw/IOyRSvIB64p0COeYgnFWSy6OWZx6Uz6rvCjKGGm8L+bgKLGQGsxEd9iDkz"
    "GOBODzD7s0Rl0xUNTDcm2jnQ9Zclzo21MbcCQWCmQql3YwLEWrlILySn6UJISCWnuaHnq2"
    "pe8zbgNIPgNZSC9RfZCq4nes5rYCEu0gv1DGDp9Ad+RZTILIHkHRV0IXOn05k7fAVJmg2T"
    "C84qNMcrpuJoMq2b7ZC3xs6FbWF2t2KbvM3RQRXBSOWPZnN2orRm/drwAjI+iFzVtqIH9R"
    "TdYTKvAh8ZHkae4ZjuCv388tVP91aAIvR85C/dB5qLNMe/kp/2I00qsjx092H4EzkVWT76"
    "htcBOjaoFtPyKAd9azeeOu4CkV+tr8ufCCyeu35EPrsJcjA2mUqUb7sP6OPbdyenaLgI6F"
    "dCnhuwb8RSpdZUHswN/cTQDyzbRmRfviRXpF8d+ygkv9lT55/JubPo3Bn+sbbIdp84V/9E"
    "x/RiX8mAYBRpp5Mb3uLv7jdsntPvEZDfHPoHWL4fYpMlZ+Hv2HvcHPHwIvSxCYJWHeR+ow"
    "dPuK0t540yRvUwR4cFOcMcvTiTYI5enJUyR/RQLqvFWKlltcTna6gW9uxMBl1yVim87Fgh"
    "2W0t6o/7+931VWm6W2yRp46seYD+F9mW35hzdvTXRejM2UJ9H1p2YDn+Kb3f35oiRisApw"
    "hlWKOCsHNew3mQpYPoBfLCzky23bZWVkD70sxWlsDnqNZ8Lxi35zq/OuuNAHz0sk52KrKL"
    "S85MwzWmfuo/v0FSxbzMHqIuytBv9qaqIYPqK0F/1C4HN3vYqthgIh+Kj93R8GIy/jyiXY"
    "mp9dS5HX2+/khbEnuRz5X3SaX2XK9ktlz54eV2XK/yD2X8ZXZ4CLOW8NB1+aGD6Gz5A6Zv"
    "dBaKBHQbdZkiAYgetxjjhEjRISJFjI/eM1BEgxoTep0erl6lMaLMRju8Ty++J1Z/4vul63"
    "67466oE2pNR9aiaVYSWEvn4Ja42mbOS4TVHOJ1zLHvp5EbFtAJXGSgiPFHx/H/yWNp0jAS"
    "uRCNDTnByXkU1rICnw9qMQVMs6gO0OyttseYvhxxzv8/lCJOVb1CNQs6tdIftDw0xaaGMt"
    "WWtdIuONVAtxUInnQpeLI7v1k7n9nRV3EP3a2il83Rebn3S5WmBGe1m6jETkOaftJbWQlg"
    "sspfL/3kNKTqDMpzW8r5jIrUFkjYLk0gqoHIyOYL9gxkaT6Dn15dKhuPnfVhEODVWpjPmT"
    "tjsNX3fIgMZkZkIemFTpYYketZLIXQdr+eI2zMlyi+CHUR6SpB/MTkJE4eznD8B+xR2Tj6"
    "L+x5rlf0PZu4Qc1ZjeBjtuVjGpvZLPmC4Czg9SDKSmKxdgKYqSQ/l7WCIIJAdZ6uNipMSG"
    "qgXZZRI+JoZuhFFT8rARlSOnFzVu0tCX3JUgTXqxxqfV2vZO8kdL6qtjc5Q51esS1sdSr8"
    "tATYGjy12BN4y12xZyMi667lZmMHHbZ0EMo9Nn6cJF22+O+2sILT5obBvfsDuQsUXwVtrn"
    "LO9L8994HWkKFj/J04wQPEx5pPiJflWVTrmaqFU++K9c0zIqqfXJR8JHTlmr/t1LkPfcuh"
    "0cr4CnSxxCa6f0R0LLFjnsZ1gf5p/CX80/hbzMwQR/6jhwP6nViBHDVzF4tTRP8CdlFkmc"
    "jypw5TOSfDSL55XEaXOKaR6vnaNohD6rvk1zmmN/CR6blreoS8Lf0KQfRcGJ7dlc7rvCr6"
    "Fy5d1sE/gsR/h1Bpd93YdDBV3IPvddfwHfo123AVXwQYw0gZ5sRKQ6Cf/ywB9POfS4Gmh/"
    "Jy64+2awgmc3lImjNpPyZ9mJBnI9HnHtZZkH2LSSFUG4Gjm9HV2/HV+3MU20+dt6PL8efR"
    "LS22iF/e2KSfDtkHRkdKL3g2XY2yBIJCSFDk9zgFXKtZCoE5VLV0OfPCNvxgthtLLTIFql"
    "qglkZxUuars1ZAWkuR1smLaoeVK28Ly1aXly3g0cufM315dCjG023UZYrxeK5OsblM0VKn"
    "EEpjHWZy5Gg9ARJNK58G+VYzxTmnGigpuLcz2/0qIJTVq8+4dDVN4G+08Ew0c8sjS/kJLh"
    "ldKtQYbg8w/bnEtPFrUhz2YBCQosCJH0djoliKT55TAmoiekjrwrBBO80aAW0ZG6DjJGLD"
    "AJl7j2taUGYFaBWSo/fFGFNrd5469IXGQkM0CZFeL8pMTIKQoJ/YQf3E0LNVfNz4dA3DAC"
    "+lhP1eVgj7vSwK+0XPmUogYGMBtWn1RwfY2lYcjgn+UdrsMLHQYspX+Rijv0+qAU9djMvr"
    "q/fJ6flRyAJu+bONjJRCnVjGrsVKsWRlh0Ix8Lc74m8Dy/IUR12GZYHywCMoD+wWlbJXeW"
    "AhKmSJZB124FA0TPRtlEQZEujnyyMBbxIfGVRRJcbmHGix26dVcFBBE9BEXSG3XE4VcCZa"
    "+E4tRMPpQ6WAcHy6hug20mWB3DEQvsvL2RjOBNIyFYmXwqaqzTqT//t/+TW17Q=="
)
