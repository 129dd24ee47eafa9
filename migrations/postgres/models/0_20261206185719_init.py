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
    "Byk5AFduEyqHxONCbTIFS8PVj30ooRoVAUyzMeVFhYsAu5EDdKXG2DrKo5pElxQsB98WxF"
    "8i6C50RVTXAoDmLmrMOr64J9VgEI7TsK0gL9cg+oXZzYjZbJtlQdsPxmo3vJvvTA6WTKBK"
    "lYBwu6lHcZVTqZNOYGGVAPHdeqBmGQ15Qc6ySnPkGG2MrRJwbneKUcouVc4wStO+YopGeg"
    "YGBD9S9p+c+A8Fj2joO4Ebp2zkTvVaa1i50mzXSu7e8BZWM5oBa8ocyENr3IuqOJjNOPFu"
    "pAvYUmzF6OnOVsKif6HmsCtz0hW7yO/GYiMuhBb6FKO3ucn+yalxrmlZ6E3nNEExcodXHO"
    "VqwpRdhAkyXeSs2FqZppiGgcDZOXryZz8xR5XdeEwCUiAf8hsH9ad4saQuJsbqHdvRL9Gc"
    "vuFXThacsYOc8zhdH2JrxfBsm60Ea3W2eS6H3c7hj6A/s3XU4f8yHU6EDJ6QckoiH4dLzE"
    "zbYVcS540NKLiPbHmt8DSLbQiswiOyChXDjPuEF2sG7OGji2FMdq47Elr97lhuKFdd4Lwy"
    "vD98nwPuD99nos1PJVyNhti4ikT1EqItDOs1N4yXjt4yRfyZ2Tl8NuQTLZ/khNi2SW7XBP"
    "NJS/a29rFQrVOeEAM+Tx4+jzOntquJ9A4F9SUh1Rq6Wmneed3iTIWVRokV1IRIkAEptbBO"
    "5OimhRMAT5j0oRBeH6l2G7gaDG5jW/xVP8H2u3+6u+oxJUesbnaR6Zt/sriTs2T3laD+y2"
    "hwn6XTbGSSe69puOh/kGUW81zUd+flaMQgDzeK07vuP5N7yPXt4Cr5ueQDXGVVJq1DwfS6"
    "TUZD6Ut5SGvsjvaLImUpIgJMmvQ+VqyIJ1TwrCeXpoWLdUsAHep0nih4uNWLdIq9EwJju8"
    "KPkS9MjpBj1ayPhqKaSfo4doEJH3dZvCackB2lJQ5QkO/3E57fTrCw1/AXF9tEtzh4UK3g"
    "mHEFfw2rlSqIyrQuwlB+nYLIuk8jvDu9PiJ+KE9eCWifPAxGl4jZUmNy17/vPwwHPw+7d5"
    "doYRJzadNnW1+MycMnZnOxq9iPwGPy2B1cdQfs7jqd6HRMfrm5RH9O2VU37B/LKfvXzeDp"
    "X/37SzSl3sokY/L5qdsffRo8XaIXTzedOfXG5Lcew5091qfBwyV6wwwtV+NVVsbktv8ru5"
    "nFLOlkiDdXpKn0LP3opqfwtiXE2pcxWH6Mqe71LFLv28kSkylHTPWl693f9O9/Zq+LL89e"
    "nm6fvz26KcpV/Nrv/caLVbya+G1Mure3g+uuqF+hW0LV5kUtHvrXn/0xTONFjJHu63rT4y"
    "/TkB9jCgN7o2zR2XVw93DbE+MZdLHk2k9Gv1f+LI9Pw3u/dIZfSqkeL6XjTQoWbkhKtsb3"
    "X3Gq+tR0BN9GfQaSkjADxWZAvObssQq8AwlJmIGChUuKbUGw/5SAPf9WqkMflQLkoUxMM2"
    "dgqa8Em3iBGX5KVklasnU0k/KVTa5he0vJUt9GgtgIAflBifwggui2Jg4orOyUYOsWdvkG"
    "9xoz4dophPZasnVwH6j8VICbPp3a2JE4Ox7xl+29b2OyLUB9G4mk98/H2L6SYvisOSS3g/"
    "ufw8uTtJ9EgQ9FWibwMVUW+MRbsRVq44Uui+9mo5yUA7TzoC0Sy4pw1WKC1TDVKo0NtZeo"
    "JizYAhO+ESthumsWmGjI9ObKvwj7WapPcVwSZrnOs7wOvBSpjZmQhZmu9UyHwbQiM52QhZ"
    "mu80xD3dO26WOSad9W97RowVNgZdcvhaDlwBYp0Qt1eXeA6vBvtSKoMRkAdWdiBpQuC1fQ"
    "DpZ7dr0yeUbGcTJeGgpugYSX9ee+BIBbnvWS1IxypL742yhAu6tfbfRro1xlL90sURK/ug"
    "pEP34eYmu9DcjBjnZNbZhFk4W4lCO5J0wi/ecmGKutWOFXXA5QvVfcXpR4Ld0yQGpZ4eGE"
    "beM4+t57k4Dpzh+qrUgFbLAykHrwh2orUn4uRhlADcVI7cWJMzz3xGkoBmk3RFpQhbAUqP"
    "YoTNwMxHjq0d5I7VnCuQlI8RBwCTv6KBimTTApJe5L2sLTWTamYbnrUi2ehpiYcYXCxkyn"
    "0AyLysqXqcP1IMa7DodrCWJFykKszb+s8hBR+3BHmQgtZpfuLunNpgo5+iv7rYgSUYNaDP"
    "MNrz1tYHZdB+kOWtqmwS9hN7dMPOVFrJOltMNL/jDcL+frh/jj7PIkAWgFtxwTncnTBeW/"
    "ko3Gq4cv2b2ojZaUT2EHvZnunI3pILbAsCUKcOsLLo9MgmaYnKPfbNPlRb79At0uWhd6P0"
    "Qx7m2ZNS2rm1FJPs2Wqt0mUcqqCa9vYSXp8rNpDLYrqYAbXt86RnD5+Rxin1LBdi3QxpV7"
    "iJrz/v6vnvkYl2tTUcOqUx/Ft1khwL4RaE22aWmEBV/lUeQtRWWAsFCP4pw13RugveVxw7"
    "2721sesdChH6fLMmfXUbxdtuwmbrjbkB2JElFobjoutVeXiPdkWjHkdOKY/Bph4hEq7oDY"
    "SMIyfJtTNDWFcclP825R5yl7tdSRwW6stTKSbTfObLrQtlUxk09CQqx1hk75NqRLC8AcEw"
    "KQd4IMidKHTN0NWW4FsoJikpAtUpdskTzZu2AclG9weY4qpBEJsGDB2qrM2kqu2hJAbTdf"
    "OfKiltATvGQD9hO1pkNPwCu3YdcXdHabsXN2rWZ7udss8wApg29mPnu2MCr5AIgPkAqB+t"
    "y1s0tmZPpRVG5wLnTXmGMHMXt16fB4pn+VH8nkxSLSNu7hbzkmXcRjaX7klVBk0zfe4pjO"
    "ZtDduIZdCLLjpLvLdZcbMz0EzCef+j9/0n7t3j71LtHcfJ5rr7rF+393b26GvdFIG/ZHn9"
    "kS96txabbpvIzJx/5w9KgNhje94aXfqlsTL8CYXD39qzfUhr277pBJJesdHd/cw4SDK/Mf"
    "bStzGJGCOocKdQ7dOVs0YtNXLx+cFG1NYKviWOILXr2xl1PiRMputBmVqb7R5snfZx4R3m"
    "O2gZiWaxLnnN/vPw/lCNmC8UHab0INjex3pJlekRCjbTU0wrlTraGRkgNrfqc1v8EMrM9d"
    "1mdyedXPBhV5fFn2Z5jkt8v2XCcVlts6DkyzI5pmzounXEI7KtNGQuCH97lspvdbjKb3Sa"
    "vpL1eyj2au3uBqcOPL3PjEdDVO18fqJlFatk0QQ2enr8wwtUzCP6WFmgulZeFVKDwRbL/W"
    "grK6art8VKo1b0FpWz0HKNpPUAHXqBgAmyZ0PzvqW0ZUqjWYVrxTALHjAPUUmT2iVkxxLQ"
    "B4Aq/jOLwOtgZLwHTkj9JSRDfvaUblxGyPWrQqiIPtV1FAYO/SIOuR2uPMlFRQ0bhtUEoZ"
    "lVuTNDGEolRDpQy0wkIqbcPr4H7tsPBalms7Uphtl3c7Wg4uH68qkEB0tuYvfeMgfeZi+5"
    "2jW9hBPASvT9EEu28YE1EjwplTZvDZIpOH16vgiUBpYpQYRIxxJidYVXTvMfmDj6Lp7h+c"
    "YMVTj/wqG9x5jxxzin3yChL3Mt1LNqY+m6EZZXcJ78ceLHjcjn/b4DGCi4QAJTgndev3jU"
    "Kie+xlsrWQIhQ86cl/QdpTLdOeEtNVhA2WGKLO0YeT0afBwwOndwXrfUxGj92PH4NXJPlW"
    "54lM5ClUkF2mIFWkYEKnkqDElt57wfV1Rr1gzOeH93liPuyqTHTFuSan7kDfvVIyd8KPkO"
    "KMR8Sge1N9KEjp+YWOKFALoxGY2gtdDdGNACxRyB4EL3M9fCidvbzM0AYpJ6zZbZDkjWQg"
    "LbOUtMzEB6sERFXrdzcU2s3Hun5k47DHQ5ZTNtIDYpdTNtp5AljHjfrWd7Z4AhdsGqhS6d"
    "yNRAu9T+UnaUL90SPzfPAXF9tEtzQbSxoCZK/zpFyh1Z78ph13LzlwMeNnhsObruTIjoi0"
    "rghV+XsJ9VyN3W6KNUJVUE7KtQ7q8tdysyIG1W7j7Q0ZgPcTvEs1MSv3qQR8rO5uDbHgD0"
    "+GCloGZpndm46Cu6zuSBfD3Uyobli6ac6eVHB6fPFL9DZfoVNO+BH1qjalnaZnnTUFyb9W"
    "cISm2DAdXrJi3U+HbfkOlVRRPvwtx+SPBbafueryB3q2qbd0/FtyKhM7zkaiiDMAeXshSn"
    "hdKtvAFjp1GPB+0Z4OEv8Oyv50xFVhP/AzKFNVQ6/EtlLBu6lJh68ZnML6ZL6Z7vzVqnq3"
    "N5fizRmTYe+21x312N822+l1B7Nj1937697tLT9o8B9qBWWbjm+I+O+mUhmeiAhU4Ympw2"
    "VU4Qm3SDVH3kamuhelGoPwu4scS/67i8wlz08lcqyDD5SmWmQ7Jdg66xuqbYMBHruuuAHO"
    "X5ZpoVmPSwJzr87MvXCuVKuHpeSAzQMMPvBh1cax0tmLIbV5u0uAtt10ntRGWCvqSbQHuM"
    "QFlmgRnu0Ci/YmV3CBee6EfuGFyJnZzEWFq+k3zDR0Fz3oK+QPG/iteNbexrpGHuFlzdHC"
    "JOa7pU2fbX0RXHgqxhL/Pusgh0pdYdXcekyiuXtsBGZZID6uaEu2Qgv2smw6XZt+nmBwI9"
    "5ZWzQ5C1uaOZi4aLIK/HHCW4z+pBNwi9XQLda8+G+D2Qx190FKzP0lJlMOmRriJw+9+5v+"
    "/c+XKJAfkxum+F+iKSV4TD52+8IFOdPNgv7HkpMldbatLZZKLYWjIq2pl1SaxUDwF1cLIC"
    "pgeUvEKzG/q9zZ22R9W7rjati2qcSE2dZ4PioFPsw8Pkw2afyRFVDeSLQO4fJd8uAizoa+"
    "vS5iaDjRtlmXfLVSNZ5q4dVsvHGZ8mmqOIh2+j8HBD9S9p9Dez+POg0H4u/t5XALCHoSX9"
    "uGupftZotwBHc72O6YTbhCz5T7kfjDC84XJ1S5zHYMnFohJyzdY1Dc6OwcXevOvOMXvZoi"
    "0aNNcMLm7D/vbGzw61OWZoW3HpMw2w05nmFgdqXuiq6Hf0M6Cs7xsl7Ue55H/Xv/G3UtU3"
    "jinMCZxkQD59rSpq8mfzbePJ4d4ZfQtzE55WQ3+hZ6Dy/RHwmD6g80ZQ/JrnWQbuMsh93Z"
    "mlXHrPRndht2mS0ehO/E7DF4xTDfc7h+EtEb0l444OyrobPPn1tFT19MqL6NGmtjQkB23p"
    "Gz85qRf9rYjDGfdam2g4QSrYP3ID4e/jVndswr13ULVPKXirfGRV3xZmLjV0yYDrPUbVl4"
    "YBs5OSEIFOWYX6AMinLd42lpqnKg+2NlYn86oDZ6ur7u9W54HG09ahmhtfK/GJDEDUncbU"
    "ni9uEq2JZLIgzf5WLf5dDhoAXmqcxfkL3w5dKw/Hcuf8ebLDgHrEisJCkLhPr6BEfSMTGg"
    "xAAlBigxQImpv7skCDkUY20kZOGbVOd3Ctg52e9ZM3kawM75Gmc9DzsnfGNVEzpTcpDQCQ"
    "mdVWAacDjUUI0LwVKFTheQdnwE7bjktGModl9msXvJJlvWio0Uq28nuPHvSw6AN+pTCRi3"
    "O2M+pWnWKmPep+mGu0cmjzeyveyi82q2f21OWu9jJKFcd14cwa3lXNGFIN0Kuq3IVxc56j"
    "7H1uWs17nuIJ5+zlaXzVmmvBLjkjN0kwzck8R0VnDLMUlgcXaJGG42fd0QekW9yTBFfs4W"
    "0DcOO0Sm9K2DGLI4ZNr6DXr9CbSBL1tDvmzd+SUSP26wLtUJJsPeP56Yze6XiwzGGJPuw8"
    "Nw8Cs/GK5yXlfyl951cOGf2AjvdXQWBBATD+1pF/6acCGkgb6i1MI6yQgOJmUTkE+Y8KEw"
    "Xx+p1r9+NRjcxrxtV/0Er+H+6e6qx5a5mAR2kenrDmkrGEpFQqnImqjHDfU5Q6lIiCKmIg"
    "tF+j1niYO3Mf3Z4imQVoEgTkoOwIUgDrjHa+sKU3OPp3bQEhBuewvjrK9ODpfuZjMFl+4O"
    "lFPfnZq5dHlA6NYk+ETqz12f7Wx35vLrNItdCJ132+Wv/MuVvOKZqAZXgx4gTft0XGq8KP"
    "q4IlIVerfCFdxY55bBDDz1ZKqoVGuyDSrOogr0NhcvCtkRGznYRGpAXWojnluMs+OwbOoG"
    "8p40G6mBtnm9y7J9+8FYLQU3tR/GMB72Ro/D/vXjce2GrVSQxDuw03pQo4J0CRredS+Rm+"
    "Bn8KJp+mwWxpY76JnSqYMMyttscrLGaaBRIWqjN5vhi+hsdtYJ+BzPFDviOmkT0cPfEcyf"
    "epk/fItTrG22loDCZomgaLqwGbBh8rFh+LHrXv9X/5iBzeC6j0/3N/4xv4pjctMC1kw7uQ"
    "QBY1DZwI3LgYlbzMQFJkf2hLSXyQE5o22bdQm1Y1vOKDA7gNnRWHCB2QHMjnp5toDZAcyO"
    "RqO8P7MjWmDccfRnLHGFXAWSHz8PsaWL37J957jzh2oP7hLLd0+cNv1GWojQmoWzDz5R3k"
    "9LPkP/VoqHbPDEXwz2pj9LUmRCSMOOQruB7UXGasnSUwwcjebmUuTHS2JG63OdbeEiJ7gK"
    "mGbtCrWE86oYb0mIQdBlZ9DF0G3blOnR2SBHRFrnoC8fYL4jvbAHUFzJCbHWAX2A0tG8pk"
    "KxwtExSXDJ1sUlm8cRD2X8DugntKghdFg1aBNS4C0EDyx4YOtjpHX28sCGL3cJwN5Ghmop"
    "tomtMIO1CfXRjlQfrVQ/Weiw+Ko9ZQUdQFk5h0lMdzuCIO+whd4gyDssS+806HOBjp9RKe"
    "AJFuMJslWp+ckNstJm2xZzTKw18Je2pCe6a8zVTKmoCGwTkLdZMbprXUUJ24QUILvbBeBE"
    "Yoh7mlLRcGTDQM5rTyUWGKRxHsrVsjONM/V5KwHfq3CclmIb/abXKjv2Srf4zPSIa69OJD"
    "Zu7Hxnm40b0PcmvoDGXlXbzGnrngyIKBZOnrFfodwf6xvHrxI+ffeqWx5PURVDo1Om7J+l"
    "s16LDiKxp38/2RA4X0yff2Xj2cl/7WNob7NhWmZrV2K9ZFvkbG3yM6qGZEysTRpMxcZk+M"
    "YUSZQNZaujFKjDf/I4eHh6YC8WXXrLMXno/usSLfVVmOUa5riOSffml6fR4yXSp396jjsm"
    "d73hzz2tf3/J9ib7GWsmCY8Nnh7Dg9Rzk1tbHsoC5MYelBHy7cVPefC9+CkbYH7u+HHWev"
    "U8Lr9y2Uxtwc4Kr9aaxaUOTWBaMOWIZmzrcnA3Eu3bDUrfbI9HZqnbOi7dAevbI/rMZRun"
    "sk4oFQfdsLBuCIy4Q8bPoNrDV0gyLZLsv3+Gf+0m+LDO+uoTeusGcF5XZ3Ya77F9nde6jY"
    "d4wfGzb7BlvmK5z1N6XWeb79NgEpodiPBfzGXUvJ9sBBSOIDo3UuHONK0p+5f4g+++HeRg"
    "4iLdQTr6DV/z7o2ON+GjTTAKMnN5J8YF22JEO8YMN+kh77bDnyruEiyP0NszZdczLMC9Wi"
    "OdLdu9Gp3BvOpbRAQ+N0o+UzmgTfCT1sa4DrYXqU6cEQpYS2zThcuBusoNZAuyXJVNZgfi"
    "xdJiv036rm/JDoyLtXCJHiA/sOblRVOL9GSJyZQjpgb4yUPv/qZ///MlCuTHZBQecSJHHs"
    "Wf7ph87PZved3QmW5avJLo6HP/4YEfcF5EXmQ9YiW6yxe9K5nAzE9iVAR4k8nv4cJ5Vtt0"
    "1gLgzN+921i642rYtqlSan1cqnVO/YOUv+WbWJGk740YtFOtT83NtPMNXK7Zb1d7Xa5QYL"
    "dtsy552VPlysDRXpamB472gzra13z4I/nZubPvROZYFyc6OVjEwl9o+9F2SJVt1Lvd2eI5"
    "Fv+bgjXb4givb6ELqfxaXgwOaU2RbHg3Eq0z5vKwNbO5mimm5sS03flUlyR6Z/uQozJfsx"
    "cZTKTsNdtMZRlYKaAs1wTg5ivL1FuKn5zWlv0zW9VlQ1yTtxEl8i9Hc/ZkaLISPA8fmHP0"
    "h4P/+oM9HP/LiWbPBbfgOXX8+jC4h079JXDWQW9z05ijhf6CHd5yMhmRqeq+Y7LE9jtfHl"
    "nmwnQRwwO/c/TZFmJKOK7YQNdvAXuo/dgoYCrsaSoYbLGr6LLh9a2rqnzxPk9U4n12UOJ9"
    "Oibxl8KCDa6u7nP8ba1XbJND9h7xHBzOcO6I/dP904gH3H3pMQn+Ev/u/fOhP+R/4i9L06"
    "5LNP5Vt0z2CbeppPTDdosjLtlCi6MhFkau2Ju/5pwChmVcspppromB3rhZhiTZsj9cfOsu"
    "Erp0ynTFACfhYG+MQz3bUFKeNxIVOoINSzcX1XiDy1cxwKmZDT04NcGpqfI92kozz8R1O8"
    "v860V2i7s46uva02HsOycfIwM2DOq8juPEMstREw+c8i1IFY0v70zvfPQF2OWl18KlBAXg"
    "m2g/AavlKKkK0cdSwDgh1jp+y0GSFVpfuK97N3jiqWX6gno8ueymP7r2j0xNx+DH6uHA9p"
    "9PvVpRXK41WWUV1ygK14I2WSp8LRNSFcbL3rP/V+tPZ0R5Yu/NGijl5S2ThkVebJG7cxs7"
    "c8qklachJQpzUGwO/GjjVF+p5A3HhaAMWhastQj/1gzphrhic0U5/LlyJX2r88yxK2tcDT"
    "Ncqxl2qatb2l8e+x8Vv3BcqjXfptK2R9NxPDzV1uZOXm9QQgyATQK7xLYWuDQF/VQBXJko"
    "MO5S9U15xFj80LS+SqmFdZIRco3KJWCdMMFD4Ro6Oavd568Gg9vYFn/VT2ii9093V73h6b"
    "dib2cXmW6Ggmo6mm645qsq4DE5ADw/4FAeGcojA2ejrbU66vZ+NXPSJbZDqlSHwSbhmdqq"
    "u2hcCvbQnYySELE0yOqMkshQzcI4L90hsbyUCQ/R5Kh12l9CKwsEP34eYkvPiH6m8gsb9r"
    "HKwvvfh2SEBGQcCRNkQ9PZVdYEiB/tIn6ExWoUUxUTYq3LWCw/Hk5M40WZZRORaR39o3ye"
    "jf7KVrmtebalAnJcqnUwH4Rls2QYKa3ktUD7StseDmBtrjuSztQ7UF5LlQJ1jfbk8jcMus"
    "RErUTzRgLQ3YUu+5VUEd6ICOC7C18Lv2KlL91aoMKPHKH2Qreq+dSVr7QtqbhTfrNjIwCx"
    "xaw2loUbWAJVaz+6nGAVOEtchLcoEYZ5KDYPDcltbuqe7TskiwRL4pLtC5Y0NziSDomJRh"
    "4WfTZJgYlOCcNc13muIeidvZk2M/4JQe+vcNLzBL0X2H5mM8d+KVUtUZEUhNB3jtq7a9DS"
    "UB8u179mIOdP9U8usVj4mz0Gun+6vc0X/hb1vfaMfg/saZvwljoLmL0ZdqEuDtSVP1iPjZ"
    "WHm1G3j3wuwKLtRvYgVITtTVoJEVBOdkGkW6bu7Pu6+R+CLh+qrTi5+nMpID3qz22FyHeF"
    "l7OBP4ixWr1/O95kPfieaI38oSb4mg2FG1lF7Ij8OH/fyiTJrbe1nQ3AIntpjsYGhHI+HD"
    "LYr0B+KwHeNiBsJnCJdIKoNQ2vYKfY5chhT4icOV0u2QlfP0VcP0Wmi075BRZ+1o0VMhdL"
    "aqcKg1Ry0zERlzhiCIfJ6fzu7B6CrHB2jj5Sj4iWClxUpOaJ3glhEwRKX7wlsswXLC4IDn"
    "PiWVZDBOATHrPnAX8LicSc3NL2YCPSOh5h+S3SGhI9iuw4DYwhgcc5G/pmOh+hNG5tfI5Q"
    "WjSvv7Gm/b585B/01TWn/2dqyuEFeXTlpb4SyQS524Ax3fEd30GR47KFM333qlseRmyYBT"
    "N4hHoYURe5OmkS893Sps+2vuDK65uDTjkamEzPg8yWcybNBZlOyvc3ps46aY25ohuPyehT"
    "993FDx+Q6aAXvHQvA/WYDc9OY2vGT+hognWbq8PsSdjtTd1CM2pzBd4knnsQDXkbSahlSn"
    "IlvKDt7cOUKeAxodap0+WTaJvVgAcoJGnNLheFBPrFtHt+69lhqXF6e9whvWS6CdMrirw4"
    "KWF4fer8+oC/I/u1An8H+Dt27Zvg72i/v4OH6jN9HUEcf6efI+QNlFtB4/fIKmN3gLbfRw"
    "2Buf5ayGuxB5dX1kK5wbEvUFNATQE1BdQUUFNkasoDJ9Rci460Ej0lcjaPouKXEhFVh3PH"
    "ZH7D7CvnIs/BNnrFtsmeexoSfUJ60Zz9FE72CTlG6M1050EsBfmxFGojnzvIfiF1A4aRJB"
    "JzyNuNCd+SFrprGrplrdCpjmxsrNjmtyZKvVGPjT3XyVSEZij7YxP0YY+wQi5Fb3OKX/lz"
    "6I64KpBlW93ZOeq7Y/Kmm64jgjb89FywrdgA9I2Ev083BCmKj8bW5sy0Fx3+zFyEvYuzGT"
    "8hfj77lexq/8dlRX5+DwpJ+1ugfztQF4+qLh6t1E/dNuBDh3rY2+J6EmptvuZwG+nKNPWT"
    "JSZTjpga4CcPvfub/v3PlyiQH5Prwf3H/vCud3MZ7iF8i/u1N+x/7POD4fY5JsPex6cRP2"
    "TjGY9+JPdd4GPV7a1pr+I/xYZZLPwQl4TYQ61jD4FColjnOi4FJp6sCWTwFqh2YkjJQXg0"
    "Da6vO6sBG5OBJStB1aKGSG5SwzUhBct1d9H7iBUIDp/tDp/Ep0bu8klvDQDtbmhjG+JuYD"
    "cfphLAfXLaVDwhiWzqG55Rq0K2+ZYA7m1kqHYCnPjmKJcCOagnOJIuLXMFx7Opd/uCU5nc"
    "u73BA4KRMdfJM45mlH7jBL7Wc/RAHZO3V0PBsL5n9o+QVUvJH0i3MbKoyz2nuov8M+hj/+"
    "PgPOUNPvztdoTdX9hy5f9r49l+/lTg1/NzVfDr2XJX6sq6vh40d4nmHr4ARXyroWyd3dgn"
    "ve7w/hJh3SZjMuIu1kvEy+EKn+mvveGox32mr5z1yo88PvGrbex6/PrePx/6Q3aBv6mMSf"
    "fml6fR4yXSp396jjsmd73hzz2tzyRE+EkzSXhs8PQYHqQeu/LjYPix12fHZtSeYTOV038c"
    "/6yNdUemN2THLzYS7Stpe/FTHnwvfsoGmJ9LtCqoJcG9eXG46JqdqS3YWeHVWjMVt6qcKt"
    "mOwP322/OppLtCzGffPMS3IMx98BmF8vWZK3Mj7KyTv5YDRQX6E0N/4rpA3d5ALTA0y3qX"
    "gKF5UIZmnha1h3TMpSrzSbxzsup9O110Tigk0MFBD6I8pM21p0wnzhu2OZtQR+vh3i2w47"
    "Dfgly8WFpsqZwHtETOUVxXwoiWLkS6ZdE3fhKFskt/tSXom9XceEx0wxD1M/7gRTJM1/nD"
    "LzLnIP+EI1ifKyyIpAFXlAMYDpLH+Rc+I19yQKY8au5NZCZS6G7JwYmL1dkPVRsrr+50yl"
    "Kcft3r694Dd9SJvYI79n7pXT9yx96f2GB/X3XvL9FEJ2PysX/72Buy25qWm97vjkabnJpK"
    "/esiEq1p71WaceMvAmajiA+IAqppQQAXLEewHGvV5AdmvcIuP+AvAH9BA/wFR87o7Pqpfy"
    "cSL0F4qrPNORCkDh6g4gQYucessR5UVc1r3YbXt64cZPkWk/hfBWjD6+tsxNbGYyDQkYK7"
    "218QytYZ6JPuiJ25RLrjYHdMbvvdq/5t//Ffl8gy9Ylpme5qTHr/eBKH8F+e+JuTh+6fAv"
    "IQ8bAgC/XuRz5bCBMH18OXYDoa+3qYr5IZvKLUwjrJ2NSjconZmzDBQ01fuCtVG82/Ggxu"
    "Y0r4VT/BS7x/urvqMewF9Owi09c00gbxUrexalZcTAbi0zt1ZB+vEnTkiDrWLIDz6sixla"
    "UcUyu7TWHr4I7nYZhk34Zpv1DPJrp1y0aqz/dxf5QOaWxdeVNm35xIbK3gTGebqTUzieBe"
    "TcS1OaOvv803FVvQQl/5hGJECW+8FdZ9MQnPZ6DEnW8aBwR3Ow/udpZOiCh3aGn8M5ouFI"
    "yohaaGGBRioUc1E5NzktemScrVWeWujeHoL3gFlNcCLYR327oN0f0xE9wfk9jqC7EeZ1Kt"
    "YUu6VFyuTT7jSjKnIErzdUdpjleLoXaTXHKsO3wrVCnoKTkw8Xea+MdJaq/bCi4jq31j6M"
    "vXcgkIt7smQ+r1rVXRgF7gbZYYwL2NI3q3BRx4rXP3vUZ0yeeaN4UORP0Uft90PeVupw56"
    "Y8/sdJDnci+6iZ3z8/OzDnrBKzz1M/l5FVUbG9jkjF7ddXVjzqvBMpOXfxVl9WMruvGYvM"
    "0xt7r9VtsBSn7VWgamTV+xIzpnJw3wEMdMCxyMazCu67EBHtq4DpM+05aHHOTw+j2TSHPA"
    "XOWSVksiBaP5yEYzb2m7YJs1VcpEiEu1cXfI0xXk2+yuIN+muoIwyLDSHrwWaF3pifI5Gw"
    "u8oEpuzeD61kF78cMPObBlV2WCK841K4fmgCXJHwajR15nPNSS/cwav/I4z60pWHq89N0F"
    "ilAX0Edq7upM5yH4a04rUscoIQgbX56ND7J9stFvZkQhT7YPlF6Bau/NBJdXDZXjus2Wjk"
    "q1CNWKDWmIQ0KorIbRHPVQ2eYzBqGyXTX3k1/8HOXLoTr8QavD47Be+J7IBtTkdfnxdiIc"
    "/fTvQZf3A4qLsKBTcUJ4EMLtrsdr0c58UFp4GrjsAHkc3dyhci0xy3nKdjmGTgiehqFn3h"
    "HUJK/UNPwgNlmHtE8fbj520C8PvZ/5NQ/3P4vw9VKQv3nLUR7hnOjswnU0mzeVTBPKq7kl"
    "hLnrFeaemRZWzYmNyrQwgHUYfxglLs+vyk6RzfCMJORaiPcBKpeZ/y0BOXOvCC8HE1JinD"
    "tz/eKHDypLdiMBizXHYuVbs8zrRHR7lcl+kbUpmaxcn5TXMIC3+Y9uB1cx1zfD8ap/3x3+"
    "6/Su+8+zmP/7dnD/c3h91K199a/HXheiExCdOAm1cSVFMi4EnwhptoNF9SKRibRgi5zoh3"
    "LiRoqG7OmoibC+G7aCcztpYi/v7v6TkQUJLsadyQ7Jl7dW2Q598srsJmqvftUtTw9ASPl1"
    "JFd1tjl2zPB67TUUyOnRuaOvDPV3+itbCs8YGezTxsuXo9HnJ6QbNnUc4Tox5gzyS8RHx5"
    "yji/43+stdIdM/y9aIK0TT7psDjA++mnr5athEKaAaXA2FiJPqynrtq8X6Y2KtQbXiUL/z"
    "4qmpiBuBciBv/AaR0gxVPq+xiUjPwoDgR8r+k1O/GfljNGoK8mo3m3WXJ7i3l6YSi5dKdJ"
    "RkPDVbO/nTv1KpkXM2ctKaQA67hYHX7ujgz33bokBP5HI33Gwdwg9bE6WUj6hM60rMfpcn"
    "oeC77ISC79IJBZDMqJzMCFlIB81Cim/auQM5cbEWRnPKf/k3H0R1oKE3VQbM6aAZBHCyoW"
    "9vAAfSS6oLMwCXuXQucx4+KJQGzgD9oBzQKGTZFniI6G4DfD2LeZieUzwxBdlSR353vnN0"
    "wz49xGFXIH8TcxBbTcjGS2q7DjI8Fy10+9kkvJvp6PNTBxlsgp+pveoExY14eSJjzumclo"
    "zpWcUtS44egIugKheBWBzq/vGYGPjHi/nH/bdRHfy4HKBfDH3w3Jwoe26CLV/F3I2IFDJ2"
    "a6YmHro42lK3XSJr9LetANJapH0IQw2kZnkfw4qISiZ7XAholzJdIVDAFX0hcSnwhNSmFk"
    "RN1+tXUwyi5au6aupNC+Hcxso+TvJ83faMErPnJSpECfjmbyzXVGjjmlMOcKVUMGVg85HB"
    "arYplMYGk+llJYB6HRmqncgm1NEc8B6niFFD4c1Xw+g4GRq3ePqM7RtdSnrcnOxsC7hY4j"
    "Jtqq9yhltudNNaIZe67DSvasGzHoKoDRJRG5E0EeyhQWijE8Y1/K4Pvm8Fnb5H/xuNT8Yn"
    "6G2OefxDyPNKF4hQgs86qbhLhfceE1GPY7IS5XcFIXQVVufgR9gTfeOwFaMThzdvpiTdns"
    "LxFgud00jPztHD/3fbYVeb7EEnusVPd8J/jIkzx5g/rm5hPiQbo4N+7T52EJt23nuDP3jY"
    "kHJu8l+1QpyjwB/GweypHJf/xQDBr5id4z8luyll6FONf+YS6zzqYQxcYcBPrZG5tyX4VF"
    "sX/DH295w+ePCwHcZkblhhyqYkYB0hZFRnp3srIkZ1BvgANVuAIgEUia8G/b1SDsu2F0cv"
    "3laTMTjfyWE1cq/Ofpajb/MI5hszqt7R2Tv/yMaa20WVu0TPIjd/Ta7LZTUe4L5jIioFsC"
    "uY0RgKRuy0c3THlx77Pzxl93nBaG2iqxprG29awvuTYcWB6VabraADphuYbk2wMY5eaKAG"
    "qkELmCathhXcC+BeaKJ7AazfqpUusH6/euv3TifeliIx0dOdPK0JFkJAqVTMSZcgffqnJ8"
    "KHyI8pvuAVFiZj2Pc+FUeM3+jsEk1tfeb6QpRg5DnY7gRdQpmZy63NlA1c1Y3HxHcNsPPM"
    "5n6bY3ZfQrk9u74Nl0IMXpu+MlPbdNHpQn/B9jtjjtnt7TOonFfDynlgmrayJktlKScHyY"
    "vISPX+ZTS4z9D8Q4HksjQNF/0PskyniZb/FmA5FHzkdWmKEM919fcI1NeS2u98gKsE7MKT"
    "qq5AxcTa5HKpugIkdEQvuSP6Aew76IiuvFfVqZZOiAl0RK/R5x5KVmWjDyWrsuYcSladZH"
    "t6oSN6+7Jg64nqMfyMUIsN+krXDV7oK12DzNjjBCAesG3SuK86fqazLexgWNRh62YpLs1d"
    "Gs+XQgtK3Dl7IBr4/hf6Ck1Em2F20iQOW5LIlPTEKTIAuO7r5boXU6fkhg4FWleqfhuQoV"
    "H6Y6ZJ+mPKIPVfyQL2aFQQzNFGmaP+1ClbowmxFmn2B6ufHEIGOuUulT2xuGrVRnCEXdfC"
    "04E9FbpASveJnd+qATn+lRrll+YnXIjL0ducYYSWlu7OqL1ANjaw+cpHRjryB14wzQbZHm"
    "EqD9ZtPL1E/jroIIdyxccfx3SCy6fIfTMNKdPisHcck1P3jaKZyfMVGJic0eGnNCywL9JB"
    "/AI2sBOSM3QXUfaC7M2tEMOr7XxREehAtlNb0xeCmK4cXY3LQXi1cHh1hgu0NowIAfT7UD"
    "MhwPPVadTsO6X2RdkItOldO5QazdAqQYEerRWWoZen2lPdQM6rSm/WVq1chxv4szpsJK7I"
    "oUjza9X6bIgSSUECLVc/Rf+LUN1dH7TwjGmbnttBb6Y7Z2owUz7fdAfNmIIylbkYyxoW+m"
    "XU+jufrfPa7Hsha6iZ/QVYC7QmD6O8qPMXF4sWOmod9BJirWMklV/C5Bi2cM0cVGWv3dBZ"
    "ohW1gjMGaM0uAbbwV4F76OlUxj4hCPgXw596duEtKC0Ls1B+okPG8j94csMxU6jyaDAX2R"
    "rMRUqDIVSW1JcNb3h965TDg9DVwa8Ffq26+7Wuu6Pr7k3v+G4tjv5Wr1YwPbmcWjzymc+n"
    "NSCRCG0kKCs8TjZmsBomD7zqzzqvso3Yx933SzlpR9aeYwFtrl6B2HoWwTked678LEn+Yo"
    "h/K0AclQE1JI8awoOe2symC3lMNSO/Jyq0Zw2Hmvms1Eo4CCBciW96B3auzDv9VSEnIkua"
    "SPpX+DolpFpjOpfmIl3orjHHKh/8iATAmUqANGczbGNmI0gcDdnpj3EpgBUcmPVync0w20"
    "WLeO4dQH4/5PGXpShEoo5+UhJmoNgM+JTnAiTCmCCUXqlz6RVgima/dO1likIpEKhW0RpC"
    "3JbQBuT7R75XZXfChlIgpZcCyQ4e7azVeRWIffw8xNa6lfCuWF1IcW7YpzkL938fMsbW9a"
    "ame0ufTyThtfW5zrbIms6v0iz6nC+olg0HELRr/D3qbImF8ZLdqpGaqEzrIjXls4n9JtIq"
    "AG8k2hdsLB9f9tUw3ZWPkQLICbH2If3dRQ6kv7vIRJqfkiKtmH4QFYLtYudynuAZ01XTCG"
    "fXPt9I7FX8vJ6qrAzXg9Q+5/0vJG2Bs2FfCwDqxVF/NXWVzSS4vMJtRF+a1ewk5bNwzKUK"
    "tP7Vrdugv89DvPk+m3fzfcOLVVeqf7TXQc1tHjXXdESiRe7TQ3G+PUf28QWvXcxrF1lStS"
    "oE1p/ixZK6mBirITaoLa2Emr6os801ZW4u12xx/QF8VL+fOAb17b8XvIJm2s3wWa3nLHfy"
    "WCjQwtyx8g1Q/iYogBtc3kJov734KY9KfvFTtk7OzyVyxzD7pY6rzXVHqXRvUq6FeJe/lL"
    "PyTLNJillppl9vol588TpLdgcl71RUBprz7eEqaZbdCcyo4oZnyk46jlr/YNMFDaYi3dhg"
    "fXKrGr8ML6tZhPlrUdUPl0TJ5lpFfwmvb13ngfLDbKrx+Opj8Q1WCV/Y75KDu7vDaihbZ6"
    "BPPj7d3mrD3s3T9WN/cM8GZUNoNp56glQwJg+94XXv/lEbfPzI+6/aBs+rp7PZmFw9/Uu7"
    "135m495doom30ojGNlttMSZ3vbur3lB7GPave5dogRcTbGtLW1IkPc+kXrzPkwv7PjsV9n"
    "1ePb++jXOntj5zFSMgJzfD7sfHSyRk+USKJrpa9+FhOPi1e7vupquxz7FNX3VrTPxzvI2u"
    "f0zeWndM2FD8AJPHhRrtlj+l7pzpUHNqFUi3SYlCvk2xfJumVaxvF/o2XmKZrXdFqYV1km"
    "Vth0IJ2CdM6lC4r49Ua2VfDQa3MSvuqp8A9f6Jf7dOvxX7DrvIdDOwjnwHtYkkbJ5dljIl"
    "2JrlXprXiKsSf7kSp3ImqhEJgDOVAWxjrIhnVAQATRVe8PVZyv1HarttQhK2XIUtNyipJN"
    "Has33JUZnqfcknf595RFhRzDoyLdckzjm/338q6vG19TBb1BCJOpo5VZqWpBxMTelTw2xU"
    "23UK+P5jgu2jnDXE0x+CtJVjxqzvIjMcEYP5rfP8QlHeQ1bDc7zJwnSLBUiTslAipM7vUe"
    "jKLDDRCVGY5zrPs++e1mysO2r5kylB2EHz7KBAMMlGv10Ek1hmw3JacNbjkjDrdZl1yeYa"
    "PL3kG6pacSktCNktEucW++XPNKPqUnY1q7gUAJvdSBgKhR2ituvaDFKFVyIJAO9Megvf9z"
    "TQyolv15GhmoVx7pJV8c0R6oGVCm7OemBZuwUAvANgyQaZA+KIsgUI70A4rZjuUdOODWaZ"
    "flBrz9J2a558dzNkA02hrFmIF5xw8aIsuPpsrDbhVEmiRnSNbcvZSKzFHOkbWvKN2N2B6z"
    "fex53y1lnhIMjR2QvKjonDokPWJdLR1HQMThgM2sUT0RnexgZmY6WbcZU3LBQtrDUTMjv3"
    "BBIkDlmusGGk35asdnDDt9chm8cNLz5bak6XqEib3rfS/Fkb7UUJ16QYYLvblSXWYgk26i"
    "Acp2Hw5rVSo++svF+vdAGXgGwsYbul6Cbf3Awn4ZHT6YVpu808C23fPHbZ2ubebZA9Mvtn"
    "9PnJYbbRxnYy6Cu2HXRKmO10iTD7Y8Uv6jA7ShhModv1rIPeTHcujvm0dyQSQNEbM50wMl"
    "1kOtz+Shts1d1WWuEr9g45L95+Vb6+FgvvYHUDxOypWxcxsRaFlqruoAYa0eGipy+eYtB0"
    "LQB47tYwQRcqUReSapv847g/tiN/lJaiunlna6VbXotN5Y4pjP6PTOmW8Qu26pbmYkltN9"
    "intIUvklPF7Aa++EAK0RnT+iz8rBsrNDMt/I2D/HHRHOtTrgG6FF3b+tTCyP+pHWRjz2FD"
    "zAJNkOAvrpBNa5YHv5tUoQyrwAiEQZk8pjIJgQColFS8UtLDcMCrJI0uuV3K6yM5YzJ6HF"
    "x/vkSOS42XsO7RKCx5xM8/PTzc9sUxx+MhUXF08NC71wbDG3GcLjHRhJ/HSe5YeSay/D4Q"
    "/rSoJVpvROqRzMtv25pkXojwZL8L7Y3wQKJF22Y9K9EiZcUexyjoC0X+Fzo5kRgEm5N5jI"
    "E/6QQKuLZLdwb1riXqHbdWVQ2hqAwkx+ZJjsXEoNPAd5IX5ahM61AufyHXvYqrBGpjjo0X"
    "PFVE/OT6U+/6c//+50skBmCgj4k4pn3s9m95JVZxXJvp7D2dBufWh0UR16f7ezGA7REi5G"
    "+Y/nKJppTgMQlHCeWHg1v2t3bV5ZufTS2L0+SZjlGPDWyx8UrmtU8jImCflm6futTVLc2m"
    "byqtU+JCUGUwGR6kL6qIRiQAznR1XL92tSqoKTmANl2ZUXxkVJFNigGwSWB9Y1od2ZQcQJ"
    "uqMay7xlxzzP+WmEHZZYZjQtWBevG+KbBi26YSWu8WkycUaJ29AyWXwCccu654JGBmEtOZ"
    "F5r2hCgUsKuP6z89zxFLu8BUp6Vhtus821CaqMLKOVDapezSLnnKYkQasSeo+wolHvzI46"
    "YHfMP0klyVMOQGXgGU2F7TIogOH+0OllVmwHuz7HbGvCOLfTfxdUAwcuechKoT5A+AgjeP"
    "pzTxxhXsqTvIJP5h7jwWQcS/CX88hwB5ZEqxw2moC0TwG3Y4E9V2JDUwDn43KI1R64Se7K"
    "g+23iYgqLiD10LQBKKzAFCXNNd+aCkQN0W+Y2J1ZknUdAdUn7b2wAz1f0jJtamNVxxaiD+"
    "wh5BJQa7FoAIbOkR2D/pRM2I3Ai06RU4lPn4p0973NNujFEoGwZwXutxs67k+YPHZLYOhS"
    "MmS9H3LafdWn5gqZXLbP09XGKBerVXmhhoz6A9N2fbjXNeJKt5W0NNX6DCPprH8W2X2Eaz"
    "SHccaIujEqPlu4WKXhxeD2px6WpxSIRR3FWiYtCjV2FzATMEzBAwQ7Iruum2blnYutFXJ7"
    "J6bpHTna3V3IILtam+Uog3TDzHJNhxEBPza1/YHrkUZSyCIhj4C18a3zhoZj57bF9FS2wj"
    "B/ufCN1B3tKi+pRHCnQy5SXVSFAe45tUbtPh7zgmocwbL+1m6Y6LDLpg4ODpugjcIrsuB3"
    "sUfi58Rg4mlOc4aophbCpS8HL2SwYvMyG3jffS3E1PhiknsiSbsosXS0UB3UiAClq6Chru"
    "SEUom3FRYHPVmc0VfItU3ruICLx4pb947POuZotsBMAW2W2LBNrTnrZIqPIOvTaXVtysLF"
    "VrJOJVMmczpuYyNPftmBRaGesBW4T8YdsmpZHbZsXF8M1jzMVnOE/xRP8Lwi0r3slIGFmE"
    "GUmm4RfAdt8oclYOr/jNuxvpbLtkNhleUWZKieZGHvmG1zi02NSz2wals02XXW2blvVuSt"
    "9Iyq6r5K5jcsov9ctmdITY6PMTE1vQV7zAbBWEhb/9UhzsjIWnz8x2ZOdsk9mEEzxna3Nt"
    "LAYPfZZtDga2Q2B78n++4D0NQgjEVRWIi8xa3rBGRKSFdKvyqy7wt0EB3uDyFkJbfuVM9r"
    "uxpQLuWqB1EblvP7zPtXDfb1m571P4CgeH9qpbnoSVuW2XTkq2KNWm8i5l/ENcZA6SkjAH"
    "ReeA6Z6y0PQ28NcirSkhUDXmXKfVQk06NycgJgXeofK9Q0CDOXQBvC9Li92vkOc7KQuu7z"
    "q7vpnlrOZp3QiAp1WaWRGuftXUcIlki7SlQ7mypdHmwq7sgL3RsDWc15W9eXV39weKrsYS"
    "AG532r3k1VVOvK/C+c0jNVu83kEgJ4e72/aIAnfJcdly+cZBoTj3Ikc8xw52Xd51yOcWrX"
    "3LDs9axnbgnNZDz7XBO487nF4knNN+XvQ05emu6L5jMqdviAG/QnyVYMNzzVd2sYV1m3vX"
    "Rc41cti78o7OZohgPHUOkXT9tbiqD0ZfamA94qAasKKZcZKuJjzq/3zfu9EGHz9eiqXK9j"
    "G2WJOv1HE81zb+yzM5jyakS+YlBCTlqtNWv6v1KxBZ8rqFHW2976n3ac0YALxNxbxNolFB"
    "BM6/XInmlT0ZcunWTEaJ1UMtAdAeCz9ziNagXXWrYsrvv8FTYd3LRFszDaUtekJdteaJwf"
    "XgLoXKrlDZVe463ajKBSY+JQxu8jq7yW3MU51UooAbCYgAlh4BhPKrB9QVLGrokV7yOaFN"
    "SEFwSGbhbTZ91ZUrE4XFuzM8FK7KEkIYt5GhGraO88YxEu9wLIYxZN/QYf/68SRjI4YgUU"
    "m1mTM3DEB4B8KyPXKPAthyj3OhdJ1WhZUPmqfT9dz5CDuO/6ypUGX0dGdbqJJp83PN8a9U"
    "CFVa9Nkk6FRHLn3BhF25MK3V2aWIF+qGwcshiDMOMnTbXonj5hSdjtnim45PzjriiI1nTH"
    "mdB4PwCGAw9exO8gLPFdx3TMakpxvz9VU8HcdBf2wu+YPnAk1WIjNIREl19OyxGcVT9PTA"
    "zTBRx0Enzhu22WPxStLxW/6Nl6im1hTbYxJ/liX7Nya8ZLX+rPNfamPPwfz3oTfd4ZFaC/"
    "Oy1Wy8paWv8PSM/euVifoB1Lc5O4+C6TxHt/SZeq54GvyK7dWYMIx4fDaohs1kdBctPMdF"
    "mF0TLgMe8UV/+ONyl8sff0tg61e58M+HUvzZluiN2i8i5OuOCWVbLDrly50Nfs5jvrbprs"
    "7Z2hLluLHx4vDfZfozwF5lNl/igXg1DP/3GHxbsM/OURfZ9A2ZDvI3qSkSgzPpue6MCf6y"
    "5DEsdEpogOPCFCDO2J3YRYbOH8+0LDTB6FW3TJGkRTITpfaJMGf7CqXKaEFP4XFjzAcpel"
    "ykK3dGWk4DOnEXBPunHFj/lAn1T6kus2zJUyVsNxItRPcAbXxnslyEbXXZAgkoyaZQkm3z"
    "aVbwFMSFIBSWBFWfTpkykkH1kUMaEWldQKz8jEiIhmVD395oWKDvF5r3pCzEwuocC/OtEq"
    "dYalBEspr3u0oDok2zvDGT1d/mqCS8y02Y5SIplUnJ1qlG5bc98gveqEX+YjIHCvk1j8m/"
    "wdRzVBGNSACeuyKoXhAyqkvk6Qjf852Bp8iC2p1Z57/PJUB6tx6olaDG9r06VQK/5bGaj7"
    "ppeTY+kcSoYuc724JUIuqjzfxLc0ap+MB4ipa647xRe+pHjvzS26d8HfKH6SDDMjFxUeC4"
    "OPNT3JY25bqDwzPU2LP4Zb3XcQxXn83OedgsHaGq4J48OvUZL10R2uDjOX7MRLcxIhSF8R"
    "2XUiSqy/lRKD/GQyg7gS3L72+qL3XbPTtHjyYfhMvjJTXmY7IwLct0MFt4Uwc5VDweD3V5"
    "S/YTXP92YZYfCiYFsUdcsV/K0zvR6B+3IkJG3Tl68BUxfoiHodj/mi7OLlAXoiTmOPAmQX"
    "m6GuUiZEdpolOXVzmOyrQwnlC+z7ApTtkGQxz9zORUlKMiEEhI8WR1xxUfb2YFL2RMoW21"
    "6VKyrcG34tSxiUUN7odg323TUp4HmTTMRP6ZSBmOx1HJRwEJZ+SXdJBp5clLtirmIalHC2"
    "tE5NLNs+dnDy7OMUu31oiNU9b3MFvPy6humZ3hk1XUsoIEn+N4tw+SyuMtpwWjxXFJiBbX"
    "OPCwpg3X4VvBnQ53M136kQjPbf868Ku0gNB0nK8C1AA6RA0gbNhYsg094i9ZWVlriVaYoN"
    "s2mN4/H7fv/ev95XZw/3N4efKDkCiWSDgQqh1eI1LAJlRgEwqb03HxsoCpGoqBbVTMSg3W"
    "bBHOTEwS2BT1UWrSbApgPma/ds3UZfMwH6snILRPLdvLNthFVhgQ/EjZf8qlKtRrEkqjKp"
    "RnaF3PdUKw1fVDtycScytxRWeb0WX412pBJDhvTqdnI2dOlzxuy2O9C91+we7S0nkKHz8g"
    "TvJANjvmzqi9uAwal4nIsT+3fqA7eIDO+kr/QmROz84kSZ0V3hjsyHrZkeE8qfhtozKtc9"
    "6Wn3+mGpCvPhjf2PQdtgVrikGHiEgr/CCJ1XuRJzuVXZW9fi9SGaocsix/03agW+ZzqqA8"
    "o5/kr4kMeiW0E3Kt2zwOgvYbnswpfVGHOyXYOrwPspNMdAdrnq3UgzIq0zqUD7KqeW0hTb"
    "2sQEKsdViXr9lxu0jqTdkC8kakdQCXr9+ZDrOheZcSxbBLTK7CwEtotjQ27rL0nLlWLNSV"
    "FAXYVWC3LM3wbIdKXILZId2EWKENpUEhlkOEdTmEhaIgMUEIdUGoC0JdNQt1AVmvZbNeAl"
    "kv2qNcnzLV1XWxvWfl1Bs20q0YqIFLISsWF/9IBg5/zY/67AfXQzDYgI/VWsS4Msw77cly"
    "mJTQYgON+DhtRcqZm8sFJq7GIdsXrVEwGEetrYAt9OUyTPPYA6kX784fqK04LallGubeK4"
    "q3qnvgQ0FZ7Jxcisj3UMKjiH8td3Mokt/p3TyKLuJbiZ8j76ctilR8OnMxOUdiQi8Rr7nM"
    "NA/Bd6BLTJB/C5/FEPA2Osh58c7+hsIt6lKcDf86ScxAVfcdE36bQ5ApIE+fn6siT7/+1Z"
    "T9Hp2Ndcy/eIota9YC0KhG4p4M9f8sXHdzhbRMhCHukY57qLXT3ad9bstXrs4+roulq1JI"
    "IirSmhSS0gDFti2LUWRvAGuB1r32P7x/n+O9Z1dlvvjiXLKxtu56GbVlesRbpHjh8c/YWr"
    "pCtLkaq4j4yeChd38pFOAxGfYebrv/6t//fBl0VGFTwI+OBre/9m74QYdar35Q8fiqhf+I"
    "2poFnnNXSYrBzpLcWcJuOoWq+MZEIRpXHwd9Oi4Tvs6F5jkmCvNc53mGqGv21tnM+BtEXb"
    "/GWc+KuiZY61yxUfO5xIWgCfM2nUi1BXNaELwDkh7X0dijFOBtLnGZdItQPkZFvtSOkp4R"
    "5dLj6cTdhm0qedOl4/vp7uLusfVbAtCKwfearfq8KMve+t1YR/bjEpBud2vs9LdLuTH2Ic"
    "Pbcf6SJMKdIjjtDnJLCFa54tzxJHvdQQx/7PCuu6dBhhrvU8ypymcdUUNeUJKCnr2I6aPG"
    "XPTx9cvfB6N1RJV4fuTa1qcWlgW6K7nxmATFA1w0wQYD+Rw9RWoNbMTSxQb8gv7mFC+W1M"
    "XEWKEXLMr5+88Z9raW1r+PpbfHJoYvR6iEXxv1obMlwl6PugbH1uQO7AtPvx0F0I4JtxD2"
    "8qPD22JEGabKEeJCbVjX6khLRFsX+Cy/1xx+5Rq1akH8qFRr4mkVF3s0XSyDPbuS+Fpgr0"
    "ri9TRNZDAepJC4S13d0maymhPbFnxMDFxNRdc8cFgOW3+CmbnmK7al3PvMtR0Xas12Xp6v"
    "mnq2IUN0i9a3EWndwi1fB4F4dTb0zYxcQrz6a5x1iFcf7yOV7QfKRHWL96fJKu2hWlxDXP"
    "TgcVEaxm32BDhvgnvNFnBeWKMvbr0CdOuUeVlwLppPnyMwF8/j3x2Ue4hUwUaxfE4/JOVg"
    "Nsls2aA39v914iZjYOsQGE8Q9cNl56jHDKMVEhl5SDi9UiG5am47JhNvsXQQ+82mzVQfNu"
    "rfkO6nvRp0sfRc0Qobo788dg/TXfF0Vz8plqlA4h42NtjCccKH4vcyKLsPnp6LK/1R2WNY"
    "qzF5tumb0+H9r3WCqMVje/692J+EPZGNuOibbbpscHaEd9lmPyA7tBfZPYN8NAjn1chFs6"
    "XdVcUJnXX71pWtqEXeYLVlnRBsjZ+mYhfkZqtTgz8uB+jvhb5alm1cCEwViYuyebmLS0ym"
    "QQ0cpfTFz5eIvozJQ+/+RiQuBuPwtMXHYZjL6Np+KuNNr3tziXghk6TedpzwNiRFl7zwRd"
    "tB5ahSXKp1HvqDhJYI/uJqwWIs4LOViEMSYX38tGn3PCYMUq9gM8qYKMxznec5UK6KlGGO"
    "CMIc13mOIdSW/eWEUBuE2iAuVL+40HEiGEPMHt4wLVMUJx165EQSyUhf1MkT0bBjYnlbkx"
    "KMlrrj8Awa7rmPD4L+pJNL9MbrXgp3/mKp23jaiRyxmYAbP+RZU0SoK+lGeth7QQPSejUg"
    "ZduRXUwriEuCVlAXrSAP7WpmErOgxp8QBZ2/Pspfep7ZL31+lrEpst1iEZEKfWIT7C+nJq"
    "YrOS+eoxlzbLxgxRBpTAz8uumABjW4IvBFDde4FMAqZQkWWbFpQQA3A1zVRZsUA2ClWUMq"
    "MbONAICZ5p+4umkpJR5GRPZKPSymH/x95hFDGKATz7Rckzjn/H7/eSidoYqMxJQ76Tjejl"
    "jdIImjI1lXaLePQ9JTaLeP43GOmSWgE0cX86xbiHruhH7hfohwQOGUiFcbcS4RJyC6mK2M"
    "lU+hFIe/QaNP/YeH3o32aTD4PEKmIFymvB2V3HVMwqG+caJ36wSUS+TSOBv01NBt28Q2+l"
    "/8cuOFPSybtcUE22f8fnzeMZmeB3g75+snPR+TRIyVO2vYU+rIxpa+Qgv2f67+gn3XDn1D"
    "p2w2KDLZj7Sw7mB2tWnhkFRq8sIyaGaZz3P3LB+tM5x6QlPczt8jHJNkJPi/gPhZS+InlB"
    "jJYVIeoMRI5DVSADwh1kKoD5B36m+1KjBHRFoIcfkOkvAbpriaE2IthLra2kTt4oCmuZ83"
    "g/veJZpSgoHz2XoLFpiIX1ckAzi+VXF8gQvY/rcJiq1kv2HtjfoDA7Rtsw4MUCi20nBIgV"
    "SroHxAsRUothIP3r14d/py6f/GdOhuc7aTK3D34mkLXyAvM9mz0ejzkwj++h0F9E0YyyO8"
    "ZEg0svWNI642pxLe8T4j5ag2csJwjB1LtsbeqxTJ1xKOOhgPuak9zhvsKzYdjcehX7EkwE"
    "qphXWSsaSjcgmkJ0zwUFCHy71a2/5qMLiNafpX/UQU9f7p7qo3PP1WQM8uMt1YcBWs7vba"
    "X3msbrC/DsQOhppUe+MJxtcxjS+ule4P78gfpaWYbl7aOmWIjniOwUAwBU9kdlfkdCeP4U"
    "U31+ZKBuXMPd6EzS8OyUd5xpyleMrg6iCLGiJZ84xZTLqLFvQV+9Ul9VfdFAtiXSGyE+Ex"
    "pk2yQ91pTMRw5z6+nLF0zjCyVlowvk+b9O/GuY8RzuQ5ehRJqZzM6Ho2cfgTcpqiS33O4h"
    "u1Xw6RaQqcQ34Oik0248MeC50HL6kaqAkpQBYMOiWo22XQ1SVXg382H6hlGqtMvSM4nUvv"
    "8HMll1zCzJuo8YlpBAvPmHMtgHp25FPv6wg6Cgth82QDB1vWOa+ELX6KXw070JO/4ZWsxb"
    "LjVay5ovFmunP2z0Avjukildx1THhBa9tkv5hXrphR29drRp+fzte6DnuL+Xl/YCxqdPvu"
    "sPUVaIZxUGM7eKj8TmpwQh+zGMZct7E2WaroHhGR6r6R375n/6/WIEdA1WfYXWkTbzaThR"
    "qzkU3KAQk2U7MTW1Ia2+xszrQk9JMs3k8SiFVt0wOBWPX1OPZrtnmBX7/iz0Sj/fo1W7zN"
    "duvfMivOZ7JJjOvNyc4205q30fUTnnPa013iFw8QefmingCzRbHjsNM8eZ+iCfWe5y46nX"
    "grdhUzToU//awTsKLe5iYzi23eYcpx0QteddDMpovg+BBPTQcZlm4u0pyram8ttX+D2/Hz"
    "4ib8H8GAGhtQUkSAd0DfXA6FA+rpxF9PZl4W11qghdytn97n4G799D6Tu8VPxXWk6CuiAH"
    "JCrBDUNfviJDJ3L37Kk7p78VN27i4/l3Dz8y1MkZQYlSlnRR93U4mh/H2e9fx99nr+PrWe"
    "1XpB7dMEqnY7xVcdk6p0DTfTFZGHY8h1IjWbOSIBr1FNsrvajmmg6ys6d2JCgOtuD0/EpN"
    "rTBcFN3tFmtIbBnNsXEVthu907oQFaHrj9YMSWAhz51tQvI7GpoGamJNbAhxbuGRletMiW"
    "ssOPFrya+Txp2RBD05F68Sxc07UkWWdbSsGFAi10Dn19ReBSS/nEMeZ46lk4nPncVeBG15"
    "96N0+3vZtLtB5jTG77v/YuEd9BxqR3f8PPYnb3mtSCE41znKIdd5z2cgUaYpBLuAFpi5yt"
    "tyJTHBFrnwOmTfNbo75ZNXPIt2mWxVej2GsMM9yIGW6Wuxyoe+X4y5e2aWCNGZ82fdWtop"
    "pyepT6Vhg94efuez2hDI9Junpy9+FhOPiVn/V/ENejh71feteP/JiN/xRtPeuhQfvAT7Fh"
    "FtueZfKwTdd5m/ZnzF+F7H90R+bf3lIiSC5e39e1oC/hIAWBww/dZKUWuUnJATsXknOrQz"
    "a+yasu3gxpWMKysK5lqcbKYzKwfPMEdTlgJcTFnpxWh8ViCysWFxsyJWTYv348ke6/ZQR0"
    "I0O1FN3EdycHvhsloLq1W7P9Ni+4KX0po9Lsto8cgLwD5IzvunJR32TH3zTwV4Hcx89DbK"
    "03hmwuSNsICynOTAkYtZMv8++K+BgCtu2cjBDZfLwMbT2t+cqW8YrNdLZJMjpHfzjUmv6B"
    "KLFW6FlU8nLnNk86EtUznj328/EUPT1wJwQXXbdaZbdxXLTU3XnSJXW4O43JKR8E/S/0l7"
    "tCf/8//H8YFK6mO2w36YT3Qo5rWhaiS0zO/NIjnAgx0R38jl/n3wvpz2wFsIF5xRGutLCH"
    "z5UlBVVCjs1emVm6M9f8D8kMSzTHbVlmEuE2mT+VZJ1Fp4JSu8gkRMRaU1akYuxjm5/CNp"
    "OSa9P6L8+pQi0lf0pweWsWc3luQGxrIrdUs8yFKQkVZbsA05IAbyrdzKIOlmVab+sgsBGq"
    "sH3A+khj+wfwndPGvOqtDPGtG25UDBYxJCZVhCtU8t0bT0j0OlqiF9TnL1zIZxMMABdqTR"
    "2DD/qKV94fetI8rcjZzjZ34NK/TrO9nFlaJ1000V2/kK/jLZeWiW0UjOKg07H3PZ7+NPY+"
    "TL7D7L8XP/4H//fFt2eXaGnTJdcbeZ0iSjCamYS/echzsN1hQ5hT9DbHBOmEcs9ZyGNzJH"
    "WPjvIIkIVWLz8em3GNs/vS0HL2YIZNGJHZxhhs7iYkw5L7xBOqnUtd3VL3vMXE2qTjVex8"
    "a16KX0A0PlGbhpM0Ufmh27+5FHvtmFx37697tyL9z+C/1ApTCJXLRuWqGrWlaFSSNBmSqA"
    "uwkxOiQEyuMzEZ8keyX7H25o+sX1FVWmlaEBil2TXMgHF+eCcSEPQOStCLvPCA764626nN"
    "cQ9ankleqWnIumKoeJVGgXug74/WHuwP61rybGOuO9m1tOMXdLY6mIJLVWpqZ6MDPpia+W"
    "C4jiU3YzMcMKFA64rqfpfHBv0u2wb9LmWDNs9JMLX1mavqIrgZdj8+XiIhOyajp6u7/qNI"
    "Wna8yYK3nJ3mzW5m0r17NpSDCRvpenD/sT+8E84FSmamveBXPHSHj/3u7e2/tGHvutcXYy"
    "512zV1y+JxdgObwejh2c2x69vBSAwn+A/luS8u8tRjvsiux3yRqsdMsKvu3IsItYZjULFf"
    "71UvgHtECHAvhnuz3Nntwj7YkW3NpmpVAVOC7cvnL31jD6uVOBrvBWHaMibZaMG+ZTtcWM"
    "kRKux9edjF/93Fjx/Wy53/sW2Bj+6YJpBe0YTKoorZCzm8vn3r9xD1KApXAYH6H4Xwxl+W"
    "QjtWDpanBPeMmNfTtZIzYA6Bouw13N5A0doELVIoMiELgeA6B4Jnpu242h5hf+kAMOd1nv"
    "PiFeig9lxzZpl7A4ts3xsxmN86z+/auVtEN0vIwkzXeqaF373INEcFYY7rPMfeclrQzopL"
    "gp1V42lP1RcCxtgB6XhFa2hC9cwc4CbMPlWMs8QBaqi1W2Gid0CTU8z2jksBsjlSvgPI0i"
    "ir5yVHhmoYyLmTk+MLDMrBlowvlIOtGdscCsHmhjdvCdituhqgvAPlLPV0D2K/ZZJ9Wf0x"
    "+vktG69Fe3SCKmFgNvSecA39UdoK0rEyRRoDVmWpIuJV3JUuEr6veVNGtPWGUW7eyO8nS5"
    "GIAAV5j51E8pcr+RBvK4cH1maGHc9+l1u0snFatk0QV81H179oHCRtslRY2gmpCjm5371v"
    "Sq1Hvxqmn5GjtmvExFpD9i8Z2E2bSCVgN2IAbKqCMVVsXUbBoQo1SY/koF5KsnmVfSKp9P"
    "CGYZzXO7J+U6EWaW1qkQYuE60EN1PgN2mbg6kCdwB7rhF2Xf/xstwBkYs6OdwB7Dred4Jf"
    "n7NS6fWc/ex3b7xnz2YMtKSWaaw6ov6nTd/QEtvoBa/QqYMx4ihgMj3fXH/uX3+WrkJa/v"
    "B7VLdgt0gv9uxUquDy1hVh+PB9jvypD99npk/xU9udFa+65UmyqH4ZDe6zsrsDgSQjzTRc"
    "9D/IMp0mqiFbYOZQ8JHXtLMQ3tO77j+TyF/fDq4EOBE+GR/gKunZAFrgV0ILTCmn2V/9Q3"
    "7JwqCJ5PsViafkcGJHYzj52uyxscxXbK/WlUfWzeb08EsT9rY75YCzC1yKHJcaL0gn4g/e"
    "tc7C02d2iSho/WbzTDTy/7d3tc1t29j6r2D8pfZc1eOkSdq6OzujOkqjxrF9ZSXdTrWjpU"
    "Uo4oYitXyx4zv3/vcLgC8CSZACZJIi4fOhqS3ygPIDEMB58JxzBKtYGw+sYN8XtsXSj+Ml"
    "kPAHJeGTfbNaOqeslXbbifpzOnHjXQHmrNVeMHdMgNDMto0rSUHwiZfznANYVdiKs2qxsl"
    "Uyvntb2AqyTUG2qeeEO+SHaTY/TLQJnYtkvOXZSnJmz7q6ByQrKR/A/fSWZZKVwEFjnQeN"
    "6XyiGtJVNIRgLjh3bP7cURyxwY3GGhDWW+1efHMPq3OHA8h9adsyJXIOUXn6tikVMnCehx"
    "Uez43FAm/UJW+8mTZuNGgJuw4s5E6tqAH4kwQXQe6qqAL4U56LAEF9Ryg3VvBXzQ/jTcAD"
    "E+qS6aZGmTPgjHQa0PUSB2THqE4apEaAKyi/22ZgvK2q5YkkgX7xxgMRUZC+rbvV3/GsWT"
    "fFpRkxkEc5u9ZIcF0gsq9BZF/YddUA6a9JO/3accliyu80lUMXmmTD0hxRAiqMzx9VzoMl"
    "KZiA+tKL+lqQrlbhD5L7QeKXIw2KEj/2fwVok/vbY2RaA7cRToY8MSCT0FwV57yddgxY/S"
    "rKBLINAWovrFND7cCuf97Aa8OyVUBODbQDt5F5wzBND/sl9XTFCHMm2mHciHZvYzyuqVI9"
    "wN7an5vGowDucm5RaNwed/NDX06BLH9OJlfrXlXenrEDgbu8wB30lOVjWy89pUL0IRdsQs"
    "m4OnNa9nAclKp9MsuD55rh4qn5LBPm4iZqTSew2iCDkgyXFZwQlwRzNzU05xNw7o5wHaLE"
    "8DsfxaboeBa+Wv58Nwtf459fkX9fv3pD/v3BfDELf/z5zU8naUAqTatwcz1Aa0q54TT09O"
    "aaNMbO2v0oIpV89p/QcAIrsMhHfOavTPTrIb/MzKEXHTdAjzhIHm6iY1GSCOORou5XhNPy"
    "meXjtmhUJgTVHpJl4zpCwevIWmlIC9XvOyeQqZY4zts966ghM1QHkLdpHrw25wY17ErU3u"
    "VpYVIDSAvzhLQw/Yk81k6R15/gY+2gD9zAsNXBz5gB/HvDj79tmERdvQfyltAJe3eCHxhB"
    "WELmj5xwXVCmZKWBqXVT2+satipHH4fTi/ejt+eJgzlz3o8uya8r8qfNnJvhmPy8MSzy88"
    "Xw6mJ0eUnvXdA/2LaLzq7cwYvUuUvFsUt+Z75ySTtR2IHS/ihv1/426ehvy9BZ0L5Ad6Fl"
    "B8TlP6XP+3tT5zNtb548bOMoxE09miRvCcdjMsdjcI5Qjr5e5whQ3LitKJb40NgLFevCFg"
    "0BXihe0HRoEFs398kpkjeEwQpljKGMcRfIzgbKGEM2nMay4aTzaA0I654NJ7/mSJTY5XZV"
    "dQzhqLVJKFOFu6cwF/ehUIe7Tnxl63AfNkIr0TJViHI4uZOEKIeXWsmIcm4/fEJGqoZBPr"
    "ZtH4U++cI4QDSVRaRoQcf428IOTVrq5PNwejJAZJIwESUdmNZlbTnWOlzH2eJj1ctjMe18"
    "Gw/cqZOB0q+HFsjsmVoFsqrUc4hCXyWW8VxVql80bK8Xfuz0WOemb8uJK1irFTgu2LVYB7"
    "Yn0Fo+Wd/wEnueKL/YrhiIjGmLYRDpJ72Ng4AULEBYdRdZIKxaIKygumn71U2bdECHNvaE"
    "bmd0YVDlbLobf27Q2xSKm7H7z4nnRwAzLaauOP5Kug79Fy2TeYIIhD4tQBagtctCLIgLaC"
    "CyyxwQF9EJaIyFgTyywKNg5bnhlxULryBDa7lEbhjcud/ENc5aeq7Q56TPOYpGTvToeVx/"
    "kzRfcED/Yp+Sz5jVP5X80SqfSTOXtBVPqdxxTbpUVjGT3A/RHDJF0vLviSzKBUMN4f75jQ"
    "TcP+flLlu46aVc3IchALki5MMQQfu8QmXoQqAyMJP7NRyP9b/+trtgEcBqXlHOCvQRwsy0"
    "1oZWklRS4matQIeb4VLq0OGuse+TzXmxT6b4WxlHuDXRYkqpUnuO/jGthjwVe15eX/2W3J"
    "7vh0IFP2tpVUwzlfFjRWONZpuWjyBAEl3eIXpJohVSqzRJeNBMI+GGSkoEpMf24qCK+Lhj"
    "t1HJRvN5Uf+iwUpePNCBDugmHdD1aDTBrooMXocCq9YvR5NPV1fjq9/OUWw/c64/nCP368"
    "x5NxyzALSlYe0ZfSaT9K885V8h4Z9pGTZeCNaVcj+NM9FiX5WL7pOhDl6UUwcvCtTB0lLz"
    "g5P7tQsXe312JoEtuasUXHYtdzxo/Q+e3z0GwjqCFXN71k6bKlptR9mzlEsKDMTWQBvI66"
    "Me3Ad/zhIQqA3lrJ02uLbtZLmhIumztegG4UMfqw/hY/lRRL9Sl2StutEtWvFw2PNcgUKk"
    "nIVLDTTYzrTNwJmhFxFoa5UlNmelzXpQn6JsyxUUUK2m07KWGtJpPaHPEkwqUwosLcfyV3"
    "v1c860ho7uGI/d937uCE96YTimxQ7zBTzp9uKgiiddefNFcmcDTOlfDO+YxGKlRuZszEFQ"
    "z0GDeqAAUoMleZRL8RygBE9r8DZTw4SbSFRx3pppiHb9g5nsOUW6B+lTk7YVEHSpsy2cdL"
    "70ocnw5uZyTM9GYvuZc3sxGY2igxRyJ8bRUQqZW0eTz+PRH+eIdAH27i38MHOu370bTc6R"
    "u1xib+a8H09oSyvLo+1MRr+PLqb0Aw//m+WW3Ofgpf60f74beguleWproYE33XiNQVeUpr"
    "ucqUju1wDatokKvN7Y7iPGamrEnJVG+qDaqApQ/pRDrZfyh+/1cGPu2etZS+j1rvS6gMgo"
    "Fn6K/HTVXIK8EYS57g5z5eiQJ8Zi/u7e3Wwb6xnK0qmXMgNMOSyTLz8Tb9afWNlsnLSjEe"
    "iZeYD5ME8E6Zq2oRNAjbK42IvF6mIel7s82MXkbu9tXvUKjG2bjG15NOtuGqYPka1HF+/H"
    "l28vhpPROVqsLNtcGB6eOR/JzmhyNZ7+OY8urckX9RwreJxH19+PhpfT97TegmETR16uqx"
    "pWXJL+uBPlsaig11MLDbz/phlJy/dD4mOIyiFUVJHjjZ4YF9sxp18tLBZ/21jEaVCEL2v1"
    "nKvIASVS/uL30zkGSuQ59roMJQJVQRrklg9H2nfuDWqWcUogq4FyGnFN9QxkWcIpN8B2J1"
    "aDPN8t5vnOpgdYCKOuFHgqjlu5Yu1pNLDb4qxi4KqZqy26svzVnOtgubR1zEd5RJHdOZcm"
    "DqMN9hDX9oAmiMM+rV+Ijn84Q66HfqR55PwTlq88bojuydCxgTwyHh6Koo02njlzuBbQFx"
    "z4yCL/uQ9O/Ej/5BRNVxhFgxF57gOyfJb27ktIOvkX9mOU+45dXBieZ+Hojj/whbtGcZqS"
    "8sx4iyz/mP4VaVppzjcEUechKcJi18hGRRYMYV8lLircA+qkw9zT4bKGdQ03SBv2LMIVIW"
    "0YpA3rQB9A2rCOvRQ95UylKilzLpwaaVowhJV+N7mX886eSD/ltCY9g1qahiqMNDHLd6Cg"
    "Tjf0fDGfEl0Z7CJR2G2g/9HLuV+Qvi7CWpVn3axxE3lYaBuO1AmsQC1FWmqgxQ49H2cmk+"
    "KP3FURaVZM88d9swLO5b5QzkwDbdThUrhYTihMUieRx2Vr2t6O7E1fsrlsDN+f+wuy01LA"
    "NmsEqIqqB5Jti3UvAHVX6cCtXYt1A5PlsLdlA8FZLx/bejnrCrlruFhx7PsEticet08pqA"
    "Tq26i1Ho6Fgxy2p6obgU/IK3IqvcJE1wJ+oV5+YapXclwVFyZnBl7iTi8RUiY1mTLJ9S2x"
    "d1iRzYezAZDlUvn0rQLCdjOvlMvnYjr+PDpHkfXMuRy9m54jGy/Z6nHgkgctZwfr2lGk1s"
    "nBdoN9uBWx/vmE+BnEFRFMKOWMHmeiw2hum85jGcUU9We8zbNWnxFj5vTMWRplFQiLls85"
    "gjRFA4si0iVQxMJo9GeFId2LKL7HnMlzRi5NVqyoLsmZaSTrgmxvwAFDaDP0ulJoM0jxm5"
    "pFQx97aqhyFrUsS73nuyv0jskILMKrLHa85Jrq2ZiVVTrm3tcnpM/LZxbb/xBQT41pLhqn"
    "hkSDN9hbut6ajuEJ1jnhYMLjPxWvuJkJXrieqStY5IrjPz1B421AZstp3JbGWFlJ/eSnix"
    "b0G1dFzUJ2F1PE7drBU5f8I7nC7pnN4qD7F9mlldu0yWSxeJIAZJtzVqAAySSkrZSAZFPg"
    "ggakV3viAaoobb9YYTO096spmLPV0I3vr9teZGs2tqFWsyU10EA930KkQjpHstldKZpeYA"
    "oh9dVHoHuE1JNL9PsL34DdIpatdYuvwwY7ZrwNVVGx3Iyu3rLqU7H9zLkZ3t7SOlI0fIAm"
    "B3o3HF/S35eGZRcTFB1A27LE2KRbnmL3lEsCeBsN5qi2JQFwaFM+1PtJ38OhzXPsdZlDm0"
    "OefXeumxs6/IZcvy0kreBLUz/xFCdT5rpnY1g6YUXuBYaktJ1KSttk7BdX5EvA/WVLgFWS"
    "f/927+ZxMS2g//Si/yB/BcQm9R1kzy0bwhKkjtv90Xx0+/765obWCPdX7mZDq4RfXI4mH8"
    "4RAcf7OnNup9eT0fzj8Gr4G7uLHtDOo2WB3HvziSJ3S69sQm+xMnz66bvx1fDqYkS+oeVQ"
    "ZGbO+/+eD99+HF+do9V/iGOxtpyZczn+PCJf6/KSWtvWPZ772LajJV05YOdMJl7nrDxc5y"
    "zf8SvirS3c0BE4sqULQ8amPW/mRafXB8i2c3AurocBlu4GO6rE9PXNiEww1JJOYteMkl7Y"
    "rt8JChr40HLc+8mMAR/6HHtdig8Fzq65XQRECICkvYN0nZykHbjQgxfoSknrp8YLaEjwN5"
    "ou7Hq5ZKRsgS2OLgx2EMXuMpGXA0XcqyVmUEERr10nWNmPc9+wDe9xvsSC1aaqMIbYXqfV"
    "veXiGCyThGIGAN7mWWfy6CHPUpsGcHhxMbqZUsrFWCzwJqA6wLeji8vxFf3MxAvbcjpBxJ"
    "CvYpl7ueRZyxpc8m7uxnrogReJF6Dbyt+ufhIvUkV+QIgGQrS+gAtCNBCi9QLcTgvRiukI"
    "BAyDMGdBJduw2VrMubQJuyt+DxHzSb/zUWSG3CUru50kth6gBytYsULXxGnFPquyvXDXa4"
    "vlnkdL60tIFkRqFqxY3W7SGjJYaexH9IA9jB5W8dkoX/W7pefOHNpC/IgHcvnBs4IAO+iY"
    "didxBk7Jy7JcnnL4nZTX8MZclnhiYbkmlOo+KB8Td0IB2ApFWWrRZZnTnnqyKjAT1/PHUt"
    "fzx7zr6XqmMENG6bDdGrS3Je1LKR42i6kzhhkzbVBtu4Ruum6od0DRFnphv16g6MzvNgrz"
    "CWehDej1TSiKxdIOUCet8zuL7BSBadsFQMuVnrwNyDwh5LrG0a0v55lWTFJyiHJWMIWJ1l"
    "ecZk1RWWOzVsB27mQ7eRbgiUwcX3auZ6NXlo7Lvbm7qc5kQALRuQPZ3JvbLZozm0VUxHEW"
    "8oxWE5zx7fOVRWO6HuXYzeQhKLY6Zxyj5z6gDfbQJr1K/iZkBOwiixj7hRGPNDSDfbYyfO"
    "S4CDumP3ed0wKZ2dxjQADWMcIRglibD2JlAi1/H1WXD7IusuJG84cKeJzJcy6KQ7wuX+3d"
    "3lpoQAC0UFQQfP5y9PX1+UGL06DbD4QKhO71AVlgVA7FqEBkpAq8EBn5bMV52XIuAtKqUO"
    "+lkrOKkg9lSs1ALGCv1qxBBRWEl0u8CGgeKEVfO2f3rLkK8LjB4waPewAed/dXAvC4m0d2"
    "6bnr+X5ut8gUMBZgTGaN/RAuGgK+wG0cmNvIvPZAcMhgLJopJVgO7vUHnGVwLs6XwCU9Hy"
    "4pV+9WQCYVK+JWsklJGd65x+6XjO+85mIqkRXpjHzM4lnOEXY817axiY4NGhRpkp/oX3Ey"
    "oLokB6Ufuh5y3IAPyaSxBCwkM6oEV5REtfhcYahm/Cx6PV2BIVbzkHxZ0qtFaH91XRsbjh"
    "he3iwH8h2x6+30Joyjur6+zBAMv47zcRSfPv46mhy/YMwCucmKJrtDRwd1DOK6XaaoUKTi"
    "wN0awbCVHrZkulcqwZLcD1ywDBcM6b3L0e8nF5xgVJXeG+jKxkJwo02mGrBZI8B1N4XG7e"
    "Wf6BAnLtfttsWeQS3rHGdH2W4eDWhKFXSlaMrD8g7JEK8gHri3QI55iAcVKFn08szj0Bn1"
    "XWHGUMNNYX83gUVFAAvxUe9izgw6uNMdzP4sUdh0RQHTrYl2DnT9YYkLY2MsrEBwMFORqX"
    "drAsRaeZJeEKfpQkhIidPc0PNVc17zNuA0Q8JrCAXrL7IVXE/0ntfAQlykDfUMYGn5Az8j"
    "SihLQLyjgi4odzqt3OEjSFI1TO5wVqE4XlGKo8mwbrZC3gY7F7aF2dOKZfK2VwdVBCNNfz"
    "RfsBulc9ZvDC8g/YNIq7YVvain6BaTcRX4yPAw8gzHdNfo5es3399ZAYrQ85G/ch+oFmmB"
    "fyH/2o9UVGR56Pb98HtyK7J89BVvAnRs0FxMq6Mc9K09eOa4S0R+tL6svieweO7mEfnsIc"
    "jB2GRZonzbfUAf3r47OUXDZUC/EvLcgH0jJpXa0PRgbugnhn5g2TYi+/IVaZF+deyjkPxk"
    "z5x/JffOo3vn+NvGItt94lz9Cx3Txr6QDsEoyp1OHjjB9+5XbJ7T7xGQnxz6B1i+H2KTib"
    "PwPfYet1c8vAx9bEJCqw5yv9GLJ9zWlvNGGaN6mKPDgpxhjl6dSTBHr85KmSN6KadqMdZq"
    "qpb4fg2zhb04k0GX3FUKL7tWELttRPVxf7+9viqVu8UWeerIWgTof5Ft+Y05Z0d/W4bOgk"
    "3Ud6FlB5bjn9Ln/b0pYrQCcIpQhjUqJHbO53AeZOkg2kA+sTNL225bayugdWnma0vgc1Tn"
    "fC8Yt+c6vznrTQL4aLFOdiqyk0vOTMM5pn7qP79BUsW8zB5OXZSh3+5NVY8MqluC+qhdPt"
    "zsYaligyX5UHztjoYX0/HnEa1KTK1nzmT0+foDLUnsRT5X3ieV2nO9kdly5buX23G9yb+U"
    "8ZfZ4yXMWsJL1+WXDk5ny18wfU9nIUhAt16XCRKA0+MWzzjhpOgQJ0WMj37iQRE91JjSdn"
    "o4e5WeEWU22uFd2vgTsfoD361c9+st16JOqDV9shYNs5KDtXQM7jhX2455iWM1h3gdC+z7"
    "6ckNO9AJXGSgiPFHx/H/yWtp0mMk0hA9G3KCk/PoWMsKfP5Qi2XANIvZAZp91O4zpr+OOO"
    "f/n0onTlW1QjU7dGqlPmj50RQbGspUW9ZKu8OpBqqtwOFJlw5P9uc3a+czO7oU99DdKnrZ"
    "HJ2XW1+qckpwVvslldirS9NPeptWApis8uWln5yGVJxBubalnM+okLaAYLtUQFQDkZHVC/"
    "YMZGk+gx9eXQobj531YRDg9Uao58zdMdjpez5EBnMjspD0QqcrjEh7FpMQ2u6Xc4SNxQrF"
    "jVAXkc4SxE9MbuLSwxmO/4A9mjaO/oY9z/WKvmcTD6hZ1Qg+Zls+prEdzZILBGcBy4NIlc"
    "TO2glgplL6uawVHCIIss7T2UaFCUkNtFMZNZIczQy9KOJnLSBDSgduzqq9KaEvKkVwvcqh"
    "1tf1SvZOQueranuTM9RpiW1hq1PhpyXA1uCpxZ7AW67FnvWIrLuWG40ddNjSTij32Ph+kn"
    "TZ4r/bwgpOmxsGd+435C5R3AratnLO8n977gONIUPH+J44wQPEnzWfEC/Ls2iuZ5otnHpX"
    "rG6eEVH9pFHykdCVa/6xM+cu9C2HnlbGLdDJEpvo7hHRvsSOeRrHBfqn8ZfwT+NvMTdDHP"
    "mPHg7od2IBctTMXS5PEf0LWKPIMpHlzxyW5Zx0I/nmcRhd4phGWc83tkEcUt8lPy4wfYCP"
    "TM/d0CtktfQrEqLnjuHZU+m4zmdF/4uTyzr4W5D473BU2l03Nu1MFffgvu4YvkMvsw1H8U"
    "WAMYyUYU6sNAT6h5cSQP/wshRoeimfbv3Rdg3BYC4/kuZM2j+TPsyRZyOnzz2MsyD7FpNC"
    "qNYDRzejq7fjq9/OUWw/c96OLsefRxMabBEv3tiknw7ZB0ZHQi94Nl2NsgSCQkhQ5Pc4BV"
    "yrWQqBOUS1dFl5YRt+MN+PpRaZAlUtyJZGcVLmq7NWQFpLkdbJQrXHzJW3hWmry9MW8Ojl"
    "75m+PDoE4+nW6zLBeDxXp1hcpmip0xFKYxVmcuRoPQckmkY+DfKlZopjTvWgpODezm33i4"
    "BQVo8+4+RqmsDfaOCZaOSWnyzlB7jk6VIhxnD3AdMfK0wLvybBYQ8GASk6OPHj05joLMUn"
    "7ykBNUl6SOPCsEErzRoBLRkboOPkxIYBsvAeNzSgzArQOiRX74pnTK09eebQBY0dDVERIm"
    "0vUiYmh5CQP7GD+RNDz1bxcePbNTwGeC2V2O91RWK/18XEftF7pnIQsLWA2LT6TwfY3Fbs"
    "jin+VlrsMLHQYshX+Rijf0yrAU9djMvrq9+S2/O9kAXc8ufbNFIKcWIZuxYjxZKZHQLFwN"
    "/uiL8NLMtz7HUZlgXCA48gPLBbVMqTwgMLp0KWKK3DHhyKhkLfRkmU0di5d60FPhIwJ+m1"
    "QRVdgq3oro5V2gVBJ73WhqDzK/njxbzCbhVWYttlj+vo18tPo3N0Z4csxy3Lb7uXwOonCd"
    "Lhp1LK4afieboZbvD8KxbESZSzOlkr7XIOvZIB+VU5yq8KMHuY/JF+oIpzzkw7iciLlzJI"
    "k7vK9YIvC1j7ZCNg2GQTrIJ0xki7AV2/ZLnrutkC1vXJZse3t5/oBB7l8Js574bjS/r70r"
    "DsTszpd+Ej9ip0+7v7J9tCp9fVMemez+O3n4aXpEdID91bZmjYM+fi+uPN8OrPc7Rw1xvD"
    "edynX+oXM0fAqpZHylp1uTv2XQeaKJIUD2LyHLWlIG+n3ar7Ugbsl+VYvyyBGq/JDKiOdG"
    "qmHdCNDGsHB/MlFqh2qpxVzkgnEq8Vp5VL0Eo6Vxl6zgig3x96NyDbc3XweTOAf2/4bRoO"
    "XoS+XJaQGoAqIXM6VIcqIeZKFbc1Wav2/K52ltr6PdzIvdvjiDRjCDEm3TkQLZ6Db8zlXF"
    "HQxplot19tRNJGnri0vPU8DBVrLufstEO7/sz2CWRqC0PWCmCWhpmymEo8TsFQO7BlsC6H"
    "uoA0pIBsNpoWcitAboW2T6Z02j+u8foOe2qKuowNJFMASbL+4lSQJD/HXpeRJLueqTp/8i"
    "Y6Mbq1zZ+uZ32xHMNWTkWcM9RobWqZLffwMnRMtWGdsdEI+tqGdayF26Nks8ASAN4ZyMDm"
    "2SLK6nEMSTs9m5ZlQxj49SgTwTAhi+NkfDE9EswNNeA6SRvq17CVxTUzIUoAm6xeNUDLxy"
    "zoCW5uqZcat9tJtAaI9a7iLlhxnlDH3cPmE+Oa9BvQjcYzXRjrjUGG85Egnim9NqiKZ1p4"
    "6/kivrNjMU3PJaCpsQwo4hyqVac+wsSpEFVQ1FyoCqM1lkQ3cGy5MhwHl4gddscEcOZdhv"
    "vo9uPtOfLX/swZfRyOL89Rqi8+cFhG/0JmTM9YBorHm0dvJ8N303PEbGdOHD4zH97cTK4/"
    "0yCNOI5mThZPz72noRrRNRpCE31Gg2puk7AbP81Wf301Is26Dgug/H10MY2iKP+NFwG1uB"
    "heXYwuWSTOgiJo7xmMU786ngzGOT3SI7s0XJKBuyIwTWSs3el2/bNditnG8AxRhcNy7arA"
    "tBsqVvpYbVSsbFqmqRHpC6zyRhQMtXsbGgmLjWC7c02B+16ezyxrpQHSbWc08xcrbIb2Xi"
    "ebedt2zjZBDLKfGMTDC2tjifM3VpxN8EYgqCpU1w7v1rRc4V6vT84WtPhdfn2Svf8eHZ0z"
    "hX7ucj8TR9bb833OWEIvd7mXl5Zj+au9ujlnCv3c5X6O+Je5hw1fVEmiKrVRzlAD36IFxT"
    "6IY8vR76dMEsSxz7HXZcSx6bZWVfBWNAS9W3mcgSq6BTsAV+C34y9r5WTTWSMQd1fyIarD"
    "VmAJA3d3obRoSBZxVla83W5b6tkYllW9ZV9fCU3hdiatAV+9FYWFRadET1g2VwDAu4v65a"
    "dHCYi5nRYgvAPh4q5UWRPbqOiTfH8ye41oPa0jkfCTvz7YKf6M7p5vy3Ptrvl37WAU2yGq"
    "tvqC0fHN+ObyHD2ssDNAK/dhgJaeu6a/e6SBu0fyk7s+OUXDDZXVfO8SP4hVzctU9KuxXc"
    "iv3+kQtArRKoj/Dir+++IZToBFr0BVWTPOqsWiZoehvmssaua7obfYO/n11rrTQ/3j+Gp8"
    "M7n+bTL8eI7WlmOR1ZWMlzVNff3pajqa0NTXIRk+3swZviV3nyPDJPfNHPKSzCejm8s/2a"
    "sy9/DGfoxfmPnl+OpD/NbMbcv5OnPGH2+uJ9NzZK03rhfs8yrVn0bbxIFiquGtBZwzyJwz"
    "hL5qXD5nAbxCcU6yNirDNbpbu6HaQFBDr87DWt139vNgROY47DBpl7q2l2qY+YwAq4HV+J"
    "g21DOAZYmNzNBSLWLYJKWR1jEU0Bl8jcNqKiNbXFGOxlhj3yffCQUuctmvFCGyAUVJUOx3"
    "PjqO+hltsJd+jAzHjO8+Qa5HDMjDHN9ggRCGzRqL7YQ0RwvPnTnb6mcnZaTIX0cLLk44fp"
    "X+CVQJUCVdmQW7S5X0qxQkgcL7SraI6pXFPg4nH8hWigY5pm3MnOlkeHU7vJiOr69otGRm"
    "GuqK832gkpF5D7FDofANxi+qBoxCsKg62OoxohAa2mBoaP8i5WsrLlmMeyefTNmvwcx5O7"
    "ocfx6x8sHxrpxGvn+64j4PHe5KtjQlaevD+OaGfuB/tTab/eLj619QOpk0u2NsTk/YG7lI"
    "L8g6Xy+3TL4g9jzDVkE0YwOQFsTB7OhsL145Ywnp+zs8EVE9klWWgLqiBFTWTLdSavVvr/"
    "eJDtM2LKz+rGm24Qdz5VI5WSvtYG7kVJxJ+vYIXN6aQTRrlxcED1ONy17Lfs4U+rn7/axM"
    "reXMtJszn7s8o93je331GRCurFuvC2bVQrhycuKtGE2btQLpYJGLALlTXahWyJ14vcYTBU"
    "98ivh+jVzpaMTsSyvWPBWHcA3YgpjsUGKyCPk4Cu5IoCjL3jCQjJCTFJX9sWLaKmTEKi1k"
    "kJULm1TolYonkOswoVaswBkgslCdohFVuSVxbw+eFWCftMJH85FG3GLUXCtPFErHti9Loi"
    "V6knLsucjGmiv4AIIwiJ2TxD39BILnujzWn3PwXLQw7cXJZCw19M77641DkAwEyYBfs79f"
    "M2J7nVKvZpRshap9mviPZCuApGMzjN2L73yEv6d2ZKExyTTgD5CPDZs4HEaAyO8BOqZ/L3"
    "bMU/aHLbzHTXCCHqxgRZyLO7LcmIgNAbR0PWS77tdw4xe9muYfB+XquuW9pLt42VOu1KDL"
    "O7g9T7hev5BRX5C7SvdT7JqossrK8FfKMKdW2hUHrP8sEU6VyqHX91SpI9vY3i8RhU2sym"
    "5r94b32sFTl/zT+Hb3oB3R1Gb3SRvYJLGoYPPK5Ryt3rjGqTul96y+cU+2il5o4+0+kbRz"
    "mrSTPHlC7zB8RKN8TtBi5bo+pc0jfPxfEL437JD2PktFh0Ifm6I9a9OPgz1rt/asUAe4ST"
    "U2eUmK4JaHOib3tx/oeBimr5GQRhDC6bZ5BSHcc+x1KSEcFJZoT7YFKeSlRVuSKeQPQ8MP"
    "sWctVkcCJya+UunDGNt7dnkv5biCF9AtL+Ce+GyWWtwgZ6KhL9BITBt9qRQQjm/XEN0XZ2"
    "cyUouzs3KtBb2WjyN3AmH9mHJ/izMBl0vR5XoSy/nUxez//h9xEO5c"
)
