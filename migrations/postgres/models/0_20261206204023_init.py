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
    "eJzsvWt32zi2JvxXsPzhLXu9Kp/ESaVy3GfOWrKtJK7Ylluyq7qn1ItFiZDFMgWoeLGjmd"
    "P/fQDwIl5AiZAoimT2rDnVMckNUg9AcF+evff/PZpTA1vO6aXnuHQ+oBY+Okf/94joc/4P"
    "ydkOOtIXi9U5fsDVx0LuaCKu02x2oTihjx3X1icuOzfVLQezQwZ2Jra5cE1KuEQX8YvRl7"
    "8jA09Ngh10PNYnz5gYpw6eeLbpLk/FcCfnSEdj3cFoan7DhhDrIHeG0QLbc9Nx2IAOolNx"
    "aKK7ukWfPIxMFz1jvBBPY9AJexyTPFV54xE51pHjjR3shheJwfgwPzgdlLmp7rkzapv/R+"
    "cQnXSQTgz2AAYbGDkTusDnYgyGs42Z+Ktu4xn1HPb87MIRcXT2yGgy0wlhk8OfYq4vEZsC"
    "RAk6Jp5lsZ9jWcGjzE9OOTAeMf/ysObSJ8wO2gye3//FDpvEwN/YRAZ/Lp61qYktI7FATI"
    "MPII5r7nIhjl0T95O4kGM+1ibU8uZkdfFiyX4gia42icuPPmGCbd3FfHjX9vhS4U8brKxw"
    "9fhPurrEf8SYDJtM3bP4guPS/gOsjh1p2l3/QRv2HjTtKLMYQ4nYMgkOTdgUs4XMHtURv/"
    "6JP8KPZ2/f//z+47sP7z+yS8RjRkd+/rd/6xUwvqCA5+7h6N/iPJtT/wqB8QrUCXuzsrBe"
    "znRbjmt4fQpZ9shpZEMc6wvtXP+mWZg8uTP257uzNTj+2h1cfukOjt+dnfAbUrbR+LvQXX"
    "DmTJziUK+gFf+rAG14fTnQhgdW2K62xcrB/fC+ALgf3ueCy08lweUbm9j85Qj3iDcXKF+z"
    "p9LJBGfQTgxQZ8iPhl/69/e9wTlyZnTBPgQjcnnTG3w9Rwwm+3lEhg/9QU+77d51P4ur+H"
    "atzXWiP/Fr7x85hkN+ZuHZbLd2+NFP13fdu8see0KTcHhG5Mvfte7V7fXdOZr9penG3CQj"
    "cnP9a4891s0Nl7bMF6w52GI3TX/hiiyBszcFlsDZm9wlwE8ll0Dsm5hdBL8M+3fy1ywllp"
    "p6w2Tfr/9hP9bJfCrKWgJH/zX1yITPLhp7puWaxDnl9/vvoz29i2uA5zDxkeeO85cVB/z4"
    "tvuP9Fxc3vQvBGTUcZ9sMYoY4CI1Mf4KNA2laUkI7TQpwTekLjth1ehHaprqDGQEYRa2n4"
    "VQLVaZgLgMYL899qajMSuEfa6y4F9Q9sXXSY7NEJdLTcCYCe7rgxAqvdVCf9Hv3ySgv7h+"
    "SAH+eHvRGxy/FfPALjJd3+YKjIrYYrcxh0TT3SziV+yMa85xzpJPSKYXfSB6Gv6jPkpZcT"
    "2Y/UCjT6xlMM9rJuTh+rY3fOje3idm5ar70ONnzsTRZero8YfUSxINgn67fviC+J/of/fv"
    "eun3Jrru4X8f8WfSPZdqhL4y1S9mh4VHQ9QSs+4tjC1nPSkJs16XWQ8xik27eHrukpk+x/"
    "wH/AD3JjGVwdASZ2LLgxkaks/fRSD26esAW8LxJFkDgS/w0cFFDLF6fu5WR+Mw0jOah2P2"
    "1Pxsnj4izDojuDe/UwDVDZ3owYNmXKrRuc46h6oVXFXMm5qPBnj4wMNXF2jBw9dcD98z+1"
    "3bOvdC2ToDffRbd9D70n8c9s5XoZXAmxd48bbxs739UGAi3qYViNVE8FPJiWC6AVMfJJ/y"
    "/IUeE6luCo725T9LOTJ/+qmIJ/Onn/JdmfxcEmNLqkTjiTnXLTnEllx59kVOA9HGKk8yaK"
    "96l9e33Zvj/+x8SFmkIejvMz5ii91KEVdfAnBdi+vCNikPISvoa3GRzVpbWZvC2zdvaq23"
    "gdeqUq/VVpYsUzKm090t2bgZVg8VZHeTNrUnTLDGXdQ7mv33fKCbJru61wPFdLvJ844YDf"
    "kYbV1JuvGn57hzTHZdSQKlbjRaW/Ga0xdcFlq3wVhtxUq8fK7+jMsAi4/TVqDYGeJMse1o"
    "1JMYJypYPQRDtR8qkwBS65CitrFzVKDPx2ipahCQrPJYTSow3bChhv5IbVpN+wyiiHiTJI"
    "ASxqHygydRsAsCJ60JnPA5VfXwx2VaF0Ap38dvmM7C0peaKsxpuTr7+WsD9kJ3nFf2AdZm"
    "ujNTQTsj2EK49+LV34WfDtT0JlPT2ZQpbWiRwFbTXTNNt4I36xVP6FzjX1uZ6pOPc1quFL"
    "hb/YlmiM10V6MLTJShTgoC1puwhhBQxcRllz5jor0w2y2wkguaUBm56gKaTQlnAic8H+pm"
    "soOLcMJjWfmaklMiK7jVK1U3TaiElyoTspainYX6E9O1zSfyFS8zhobcYZisvNAsoPPche"
    "ywrb9GHjPJMmM4sF+P/S/EgK3/wfUlg70ILyDBmAZuwDq/9oRh9azZTPu2ZUmJKnBd8qEG"
    "YqS2ouXMzOnOwVw+RlsBOiBBoCEbXx34AU2ECgKUEKDcDS2lAGWcPUenpkyPCyHtE/xA2X"
    "+KvKf6dHq/Gq+Fy3A+1UtD6tYfq4Uo4fnCoktcyqLqxcZqCVRbsAPWpVmm9fj1bAFtj/mW"
    "v4s78HHDmxz9C6gEB6QShNOg5hNJSVXnY6w90kmShhqqMQlAdLOPKdxJdnQuFUzlrxu4Rf"
    "1KsUWVcChddoeX3aveUVKHjn0kdoS1hX6jNLSpXVAOb767bp98wbgrSlbKNumpytcHRIKR"
    "lvGR1YdLeGE+fS86wH+enb179/PZm3cfPv70/ueff/r4JtpQs6fW7awX15/55tqJR2I2aw"
    "qtz3rnNB5O4Ok/PpyjILNANfJeJPCeH3fPhN3Fi7ddqDIhWU2ossp3oiGRyRCktaFJSLGH"
    "FPsm4WqY/javzRWMm6QQhNCzBuOr6c5Motk6eVKlWaVFt2Na1QzfaohWDvXsiRIjdiVRYQ"
    "UZrqLvax3vuUqPR16wbbLhZOr7ulWdFKyQPRgdaeyqZjedmvZ8O9UxJVuC8ticnaVxyqOB"
    "DW+BtWcsqXizJk0pIQX5YKlNLEuAXr0U46UifzArCdpPdsc6XCCi5cBCHALiEDVwljcgDl"
    "GzjaCMMAR7BnT3eHNzlPsxq27lNhReyfc7B+LDhHp8Oq0kyBPxbDeFd1ak3s2tCvsEI2cy"
    "Y+qjhQ0kJHkbPcoP88HQHM/H2Ea6K46FaxMdc0vBQbqNkc5ryqLQenD87nuJtoT7uslaQg"
    "q/VphVrm67Drd9gJlySGZKOB9Z0zXHpAmuX2eutirOwc3PTH+rcO1Kgcu3+ROCLUxsa5PF"
    "j4mxzRTHxGCCaz3BYZqpsqchLQfmcJ38DHV7ZcDRUEdEwdHQfkdDU6Fd52lYJSjLP2XgZ9"
    "jkZ0h/vevlZYhnbsmcDanMrk0+hyCprGZsUjDadzTaw7wuptuqhCNTYq3rzFN+g6+ZaWNN"
    "1UWSENrRT1LPXbagn2RC50GndY3/RG28UAroyoTB1spaBITK1ueaLnRUujSb//7vpdJgDe"
    "ytxn/LMtaWina1yTILU5j3bJcddBJKs8pKVlWH2HX955arquH5Aqqq4196QFVVkdwFrK71"
    "rK589fVFtzzJF+uXYf9ODnUkkNamzImL/gdZxVpF1dQfIIOZQ5Hwo4fwHt92/5FG/vKmf5"
    "F2kPMBLtJfMujXnvsGNLMioyTOodqvfe/ejDvqmlMzv2pG9qICHwsSu74gpeJhhlFcjOce"
    "juk3dMx/KybG6Rw7jv7EVslpYvSTc6Sj3/AlnSP/Coxc6hMkOujVNl0XE2QSxL42aOw5Jg"
    "n63iaoFlXefEREOyJeEJjdSCcGYiCaL9jGBhov/UvZXZ9s6rFzf9JxHmkj9d38nWPveuLH"
    "EfzNZbuBi+cLN+JwQDZxg7KJc3SaBmQQ18Y5BDkBssSms49FMpvOPuanNvFzUhtcUm8uX2"
    "eMy4DauIPauNCXFtUl20g+9jERgH4H6Fcf3OzusrkcxEq6Qk/fgmkzgcWvUhXivnd3dX33"
    "+RwF8iMy7N09nCMHE3dEPnWvb3pX/H6m5acpqm5LRTal/C0psyEFqo9kanIVm7gIdAvI+L"
    "BTCmUG1/UGqkQc8inrY5RmyXeW7rgatm0qcejm605JKYhfFIlfmORFt0xDizpUFv2IZwSr"
    "/5Qf/dfUI74dO/ZMyzWJc8rv99/7mo/KP/Ds87YNj3wlBttcnbc5aIKTv/U10+VapAkOON"
    "rbNus1d7Rf2DqRVqD0T3TWOdTH/BIgCDaPVNFZ4/dV7acMLatzFGo/mK3wmicaOhjeZNee"
    "K/f+KI1V43bsj6G4EV4yeJ6ovZTthdG5tdvhxL/K3Adn+vejhW4HrXPEw0Hq8/e7SR5aEd"
    "tzJSeH2hLtN3fNhpeDZzTtGfW3DDUGakIGKNMbU/5W2/KOuVPxb0yzEC7KME0srR16Z05m"
    "pmWwoXbTjtqHd/Ldr1iFrNtH6iA65L1tTvAN92pLlMjVybVa5IJfpnFXdUF2WhcJEeFNR2"
    "xciymgnOqlo8lMJwQzcPSoAk8HURuNqTv7m2BzzSmTcRZ4wnljyG8E7w/0yh3m6XDpvu8F"
    "vgBQc2uzg+y9YKn/xqjgGxPZCuKafchSIcw3RSKYb/IDmJky+H4QcmpTSRn89c70pCQEyu"
    "rjO8+GTPy5ciXpzEXm2JXlM8MM12qGTUfz1QWJMruuPH1CrsLq9KEK0Nji9FDquRrnAVTR"
    "Lam2TYFmfrHtxMXzne3iwJa7ZmM1ULc9rHUsQFtnIYeoFrGStWg6S4+4RPcQ++WzB0GXg1"
    "qj/nxMpY6/NWlhCbE2VbGrJEEsDb//yilFFNJybZqD0mI1bHtRg3UlAHgWCNMk9vIdda2E"
    "J7dhOBcO1qTf2s2lGvkXcndwh/4oLYV19dbWqRl1GOaR6mRRBGidNrYKNgEVsFF75jqFa8"
    "JmWsk9HVzfOipg+QngEFnZb9p3/MkyMD/gb3k9cJNiLUgTW+cH7v3jIeEwzKQlRW7gm/7d"
    "5/DydK5SKr31CWtzk2hzStyZUpJrRhAciFkzQaDE3p7t4E0IArxZeKfUnnuWrjElVdbiOR"
    "fdjByAKzFxZ9iaMpNiykvcLlUWr0QSAM4CDHGyqps4Q45my7L1iuRoirQ3NWddXAR2LsmL"
    "FJBxFdspJaXAD7rZDzoOszp39NJF2aHNWrdF3XTx97VIE5UYl7y6NIC6Ld2i4KZe2x0yAZ"
    "xnWYkrlUB+u7zNew3fc6hkRVh9BNeUXQ0mCRzDjfqIdMAxDI7hwzqGPxRhhLOr8h3DHzKc"
    "cJ6AooJveH0LXMH7TmgY67bqxhATKSWhodVbA/uVEj9DPrjh9RUu3ZH3Hk8/VLOAS67LCe"
    "yyg7LLXDa16p2+UlLV4f/23ZvGVAEwydIkmsl2A1O3ckoC5yzurOi+NpPMRt3Yz6BFXzXH"
    "pZNnzZ3Z2JlRSy2JQipd4cpuyroe6+5kpnGT8hnLOkWsi3hkZCHqUTzqAWEmCDPVRllpb5"
    "gpIFWqku3jQm3SR/fHDI8IrjvTwttWLKWTIYXHV9cOjnvBKxemEyTiyT35GU1nV6Qu+CBt"
    "RUhozLuGgvgYbQVIN/70HHeOya4VoQRK3Wi0tuI1py+4LLRug7HaihW1Dd4va/es6j4fqG"
    "0buVJINtnoNqc2QAhp2L16M7DX5IWtP2ovf42P2g7qxr8Vw9irveuS6esDzH6cvF6b/MLO"
    "+g6j3HGz2mvZ0zI9x/ZFC5dzE6Mgk3DjzcHodUbZf7kzH/HhkOnwFqCOaeCgIScxkO535O"
    "R/D78+/uAg3u4GLTx7MuNDcLlzxAbg25qDiKh5kyrsVsFdR8S/CZflxhI/5s7YE7D7uKaF"
    "vvwdHTt0jinBiPJAPxtaJ2wEB831Z2yf8JJzthiMjRo1QBWDngqomZo0eT6BWnI15AwEb4"
    "FGJIWa8j3QSSngD2wMEta971/Wz19a27/u/f2g/ytv9hdsE8aIDHq/9C4f+DEb/4knLt6q"
    "BeDbD4WICGt4COlp+stdcuPZ1RV2moQMuHYkjlL+6ZJpTMUW/0q6zmSao6vubfdz7xwZ+p"
    "xpOCPS+8f99eCf5wh/W5j2ckRu+sPhObIob+f9qf94x5tf8u/0iFz2BwP2Nlz3787Zx9m2"
    "seiPNiLD7u39DRvR0ecLi404/NIfPHzq3tywQzNqu+yxrRHpf/p0c33X04Zdfi2dTi2TYM"
    "3RuUT/4UtvcO5/tOvxgjHNQo1HFVzfOp7PXjoD+vEztU95XKZ1KL8vwkZ5n09HeZ/ho/iv"
    "s8ZjM/KojxzllNi6kE9jbUAZxjxiI+FL+RaYMqsnI9qmz23FzB4bT7GN2Qd3y7mQy7coi6"
    "ri+TDwhFnx20STk5JQM7fONXN9c0dbpxHnvW4pwdZ9q/eiEcWcfmpqUUawdXiX7+QAQkw+"
    "9O0lxISfn7FimnBGrkW6Q2muk8OV/K7dG1S6U0q4sLdYuBJJWLpQOvW7KFJfN5CLUuTWVa"
    "mXFw+Asqlbl02VAxrfNktA9tHBDeytVBRZyTcmATF7DnT3eHNzlKOKAcAbAM5onznw5tNm"
    "91nUwWeFStgvEV00n+0So6UW61IoyMPsb2RRF9Ep4jyP4dfHU/4fh3M9XKTbmJNCkBj7xy"
    "BBB830FyyuFofRq+nO2FVBxEvepXCP95I2iwh28SjIAa0iDkk2aU58qjKqSfkRqtVLphyl"
    "koh+z5GqhsT6qtwh1AAEh2D+LtBehyAY/ns1/MEwLcEwLVTGDrKXIHsJspdqmpOjaFEPsI"
    "PtFz141oxdHT/dWWdd26sLa1Y+cR1Zp2UGaiXUnHU5E1MfxMwcrONvrGQqpBKIJMCm8gk4"
    "ZrKVvh5l6VpvPl2j/IpIf7kSN/G6NAfQ0HNCnTwFhN/Cm8tKHq3NHImLVYdtU4pJ1T1tSr"
    "IbrGopqWSPdC8frn/tnSNfmueE3A0fb3mCVLhAeNLUTa879JOmLJ4NWpOkKeHvws4WXp6k"
    "ZCXM1Zo4y+rk0ylEXAVXXv771V5X3qqGhJpHLyMHBCnZx42XJVDzlMZEQBMr4CsN3W+7ek"
    "tb5sbrpP2lsXVVgMqzer1LwFalvEzNdoSi8Ga2Q2Wv9D5dY/7ilvUQCVf9htIqBbkmfYJm"
    "oj4J+z/fjYYNNKV2SALpoJClJy4Rgf9TpL/opph+9L/YhZoY4cdIvoMIfsE2+i/0Jks4qe"
    "KG61gncYqmGBzoJwelnwSzqaLHrCTAOM8y6P1XQgHPuAgAmgbUWxhb2lhJSbCx6mJjSUxr"
    "eRlRxb6VMREwAyBtCrJ6GoUnkHuqyzqBNCkVaNXTpMZhQsKO4LatDnYa2fgnewdOWpp+sj"
    "2LKMV4aQnswLdSwGrvTqUYpS/PvZRk/RWv4VvY54SRTV/RAttB5pBLvckMG38T9XHZKSdM"
    "QwpS7pAz4xlIifof6Jg7gfhFf1LPJrqF2HF7eSJzOe39flBBt15epfqXmDlUE7fyGWFQn7"
    "W8FQ31WaE+K9RnrbQaGe8esUUz24RYa9zm1de7bAppu6lfZ+Br75WvDRS8fOibGR4qQsGD"
    "8BCEh5qDLISHysXTczhxTAXQmASQbqGKXiGQ9xcegnhmyfFMiLeVFm9L77MloNrumnmxT0"
    "utquWJQNKVyX47XrD5WR7lBZvi13Q2R5uM6HKzaD29R8LbIjrUMvxidqIpI6XPDjJMQ5S1"
    "E4XsXmeYiHPcD4hedQfZeMJZ4gY61tGEesTFtn9yrhs4dBsKmrKzZEswk/pX3Z1HRJ+6og"
    "kkH2Tud6N00Cu2sX97BiZmt7HxySl6iN+JPw67j0nQlE2gHxGLPKX+FbZpsClG4yW7IbtR"
    "FCFBx76bOeFA7SSjZifs9rwmoM9JF2G4Vy5K8JPOsypPUX/Bfrzf1FLc22XvN/KXlT0izG"
    "ajVtDF0v+JASCI8n+ymSfOlB1NdbhMrJLcEN3vRw717AmO/EnBn/7rxD+TwA0/ZBSPR4n4"
    "6lUMLIUiYLzkpMVH2RSKwCbkAN0cdMXuqbpkQxlAVYIqhGiODhaiqT+TokXBmpQ6UhTqlF"
    "idQ/51g1otNJYQaiHMb8+KVD5mV+WzF84ytY/9RFu1zSMuA/vGxsVMJxPPtrcKQ6ZEWxiH"
    "bEjcMcRkfRnfmtdeyrIa6cLXv1RoYf373t054pK8wNKwf/OrX2BJuAJqUmBJPI0nHO+q/C"
    "yJaOv2uL1QtcIVsMU2lxKFhqx13uWAVJP/lrWXVAMEkD0WhfA3P/WuimlBoC8AvwboIDWO"
    "BwMdZB+oKjZVjHbNEoBtN30h+4WpH4shSjPOozDE85A38RcS+c9qubKTmU6eePQf6Ujclz"
    "3tfIztIGjvzR1EX0SE3D/L5fBfnm4hzgUIy6bFC6+tz5Xd0/0258r+nkjyCPIR/qUUe4fG"
    "C+UGhPKD9M+mrHpbMYdUKFtnVzrb5C971/cP3AE1wewwTzL0Uwx5uuCg9/A4uOMnXc8mI9"
    "K9+uVx+HDbu2MCqxDYiPw2uH7oaf1Pn87Rq226WKPT6Yg8DLp3w0+9gdZ/fDiP2Cwa9dzY"
    "ueu72CmTJzk+9C+/PnS/8ofgb56rP4snGfYGvF558LZFxcmj2uQjcn173x+wO5nzRRBwPr"
    "wnLdgolHOIM3KtCfGWXg1QGdusIICrkqGdh2r1WdmNjWlB1vN+XemQeQuZt9XB+71n3lZq"
    "F7Q3RgCJt5B42xxkITBQMp7QnAWSmesI6JroFXS7KRhhUet2A0ErqMncqCgr5IgXQxZyxL"
    "+zHHEevDjKi6yKk52NUVV+Wc06v38v0ce9Jf9GE6uYOpKWK8eVdlio950LVfOsAonXcte0"
    "guHjxe31wwPPK3C88dx0XV5E4b4/FIe414r/fdm9u+zd3IiWz/y3W1Zd0g8gOrLP6EizfM"
    "tAQC/HuRxtBFvMe1oWEkzqnGDi7+9bTHNCEOa4znPMTAabbpP0kBUEN2fWbzxhv/yJ2orY"
    "pqQAWAmwgQahumwzcgAuxDohaacO39M9uJPDjbQEfC9jQzVrdygKb+qrUwTeaDMF5/ImcN"
    "PfnRwXc45uBvhuwDerjir78GPbsklwGZ0XuX/1ho3Voj15/50XI9DWRTtCVAtEPLRoNssN"
    "e/y+ugUfPAi1+wFMKIh60JjI0nHxXPvLlWyb+RSohBAorzKbS5RYNhSBTUmBvSWr3Gmb/O"
    "Ot+Y4zBXAlkpCCBIVRD50HC1R0IEw3CM9IVVQnTcfEANuCPN9QZS6D6xuO1TCYlfi+sTWW"
    "MGovu8PL7lUPKL97pfwCJbUYqAUoqYfhTz4ERSGOJA6F6FxnnS8hLCsB5Ml2OQqiciFq3M"
    "mUGFAnxe9uGXXSxuzi0KZWK4Tz98eeT5CMxhiR7v39oC8KNIeeal545pfeZXDhn3girht+"
    "ub6/F3zLmblY+Fdd9q6D0s4TbL4A4/L7ZVxGUQ51TlZKFFhZdWZlBS//NgzLhCTMcp1nOd"
    "zPtyrUnhCFea7zPANPPv+b2V6evLcwtpz1pCTMel1mXfKyB08PfOqKXPVTm8617eipMlFw"
    "2UsrNga6hXofhLQgLGEZvIFTYAt8M5IAsCScF5hAqvBm5ADcLLjsy7fd9psVhM13c7w08d"
    "EqIQj1HWQJyL7zBcJ8sfUJOBfBOftCF2r6sfqElQBzuzntku89ZA2UinDhrAG5fgH4biJa"
    "pFWqAvDGrAjAd+MOkba4Dpv1EtIpIOlFnZ6Sl/OSxnQzTWVfGS/AVTkgV0Ut6QLSWPJNWI"
    "aNFm6capAmxFqTEVAasIfg+tfsww1U/3rjuWoQpuS7SkoBspsdV26MWLujCh/n6DYM5MK+"
    "lOQCA5Z/61n+NftuNZ7k3/vm92E9klhQ0bnOOuuJ2gZ7AXFwbcHGsyPvw7sPZyPvo3H2Mz"
    "rmPwUT41QM5ZxGY52cIzbRvNvrFFGCQ24v4nYaeqKIy6FjnaDBbZddIBrHUtt8MoluITHY"
    "iWgQK1oMJhrRVnz/EbHxwtInojevfwZNqc1OUm4kouHXxw4f9ZkNzv5mgJlO1Na2gxa6aa"
    "BX052JO/i9QNmV4tl+QCLfVtwneL6/jQi/bmGbE4wMc8o2SMxePj6mGGm89FvszuiCN+IN"
    "Hjz5hOzPqcfeKSP9u/Ka7P7uLwR+NvC/as94CRUdDmr8hitZMVEjJQaJGuJ3r0vUAC9DeU"
    "nFkPKSTXlhIzyItBUHu64lT4JJf+QOk8gysbFhuupVI5JybXo1Kq4cQfAr+zC7uqU+BxlR"
    "mIatpyE0TdmyVp8IiXBr3KYVz0Oox6pPQloSZmDbGYBO5vtut70yuJRgTohthXXN/DEp7e"
    "bsYxH15uxjvn7Dz0H3jnbnp0BW0vc460WykmLVh+d4PlaNf+WJQ8Q2qyXMdGJYW2QfZOQA"
    "XLlNqBwSTwq1yRQsDVc/9qGEalwEMM3HlBcV3gbYlRygKzXGoiiPahJdWrAcfFsQf4mhO9"
    "cVUY0EAM1N1Jgovrgj1aAfjtOwraAo1yD+hdnMiFltm2VBex2M1W54V9+ZAiyZQJUqAeF2"
    "U4+SKqdSJ53AwioB4ttooGYZDUVBzrNKC+QYrYytEnBud4pRxi5VzjDK0r4SikZ2BvoEP1"
    "D2n4L4DwSPaOA7gRunbBRO9Yo0rEJptpGSuzO8W6sZzYA1Yw4UoTXuRFXsT6eceDfUBWwZ"
    "tmL8dGctYdG/UHPYlQXpil3kd2OxERdCc93A6HVmsn9yapxrWhZ61TlNUIzc4RVHuZpgsI"
    "swQaaLnCVbK0aGaRgInJyiR3/2U3NU2Y1HJCAF8iF/cNC1gecL6mIyWf7IdvRzNKOv+IWT"
    "BafsIOc8GtEhtlYmnm2zlWAtT1bP5bDbOfwR9Ce2jjr8X6bDiZDBE1JOSeTjcImpaTvsSu"
    "K8sgEF95EtryU28tiGwCo8IKtQMcy4S3ixZsDuP7oYxmRnuiOh1W+O5YZy1QXOK8P7w/sC"
    "cH94n4s2P5VyNU7ExrVNVC8l2sKwXnPDeNnoLVPEn5idw2dDPtHySU6JrZvkdk0wn7R0b2"
    "sfC9U65Skx4PMU4fM4M2q7mkjvUFBfUlKtoauV5p3XLc5UWGqUWEFNiBQZkFIL60SOblY4"
    "BfCYSe8L4ehItdvARb9/k9jiL65TbL+7x9uLHlNyxOpmF5m++SeLOzkLdl8J6r8M+3d5Os"
    "1KJr33mhMX/Q+yzO08F/XdeTkaCcjDjeL4tvuP9B5yedO/SH8u+QAXeZVJ61AwvW6T0VD6"
    "UhHSGruj/axIWYqJAJMmu49tV8QTKnjWk0vTwsW6JoAOdTqPFDzc6kU6xd4JgbFN4cfYF6"
    "ZAyLFq1kdDUc0lfRy6wISPuyxeE07IhtISeyjI9/sRz28nWNhr+JuLbaJbHDyoVnDIuIK/"
    "htVKFcRlWhdhKL9OQWzdZxHenF4fE9+XJ68EtI/u+8NzxGypEbm9vru+H/Q/D7q352huEn"
    "Nh0ydbn4/I/Rdmc7Gr2I/AI/LQ7V90++zuOh3rdER+uTpHfxrsqiv2j4XB/nXVf/zn9d05"
    "Mqi3NMmIfH3sXg+/9B/P0bOnm86MeiPyW4/hzh7rS//+HL1ihpar8SorI3Jz/Su7mcUs6X"
    "SIt1CkqfQs/fimp/C2pcTalzFYfoyp7vUsMu/b0QITgyOm+tL17q6u7z6z18WXZy9P95q/"
    "PbopylX8et37jRereDHx64h0b276l11Rv0K3hKrNi1rcX19+9ccwJ89ijGxf16sef5kG/B"
    "hTGNgbZYvOrv3b+5ueGG9C5wuu/eT0e+XP8vA4uPNLZ/illOrxUjreeMvCDWnJ1vj+K05V"
    "N0xH8G3UZyAtCTOw3QyI15w91hbvQEoSZmDLwiXbbUGw/5SAPf9WqkMflwLkoUxMM2dgoS"
    "8Fm3iOGX5KVklWsnU0k/KVTa5hewvJUl9HglgJAflBifwggui2Jg4orOyMYOsWdvkGd4SZ"
    "cO1shXYk2Tq491R+KsBNNwwbOxJnxwP+tr73bUK2BaivI5H0/vGQ2FcyDJ+IQ3LTv/scXp"
    "6m/aQKfCjSMoGPqbLAx96SrVAbz3VZfDcf5bQcoF0EbZFYtg1XLSFYDVOt0thQe4lqwoLd"
    "YsJXYiVMd80CEw2Z3kL5F2E/S/UpTkrCLNd5lqPAyza1MVOyMNO1nukwmLbNTKdkYabrPN"
    "NQ97Rt+phk2tfVPd224CmwsuuXQtByYLcp0Qt1eTeA6vBvtSKoCRkAdWNiBpQuC1fQBpZ7"
    "fr0yeUbGYTJeGgruFgkv0ee+BIBbnvWS1owKpL742yhAu6lfbfxro1xlL9ssURK/ughEP3"
    "0dYCvaBuRgx7umNsyiyUNcypHcESaR/nMVjNVWrPALLgeo3gtuL0q8lm4ZILWs8HDKtnEc"
    "fee9ScB06w/VVqQCNlgZSN37Q7UVKT8XowygBmKk9uLEGZ474jQQg7QbIi2oQlgKVDsUJm"
    "4GYjz1aGekdizh3ASkeAi4hB19GAzTJpiUEvclbeHpNB/TsNx1qRZPQ0zMpEJhY6ZTaBOL"
    "ysqXqcN1L8a7DIdrCWLblIWIzL+88hBx+3BDmQgtYZduLunNpgo5+gv7rYgSUYNaDPMDrz"
    "09wey6DtIdtLDNCb+E3dwyscGLWKdLaYeX/DFxv51GD/HHyflRCtAKbjkiOpOnc8p/JRuN"
    "Vw9fsHtRGy0on8IOejXdGRvTQWyBYUsU4NbnXB6ZBE0xOUW/2abLi3z7BbpdFBV630cx7n"
    "WZNS2rm1FJPs2aqt0mUcqqCa9vYSXp8rNpJmxXUgE3vL51jODy8znEPqWCbSTQxpW7j5rz"
    "/v6vnvmYlGtTUcOqUx/Ft1khwL4SaE22aWmEBV/lUeQtxWWAsFCP4pw13RugveVhw72b21"
    "sesNChH6fLM2ejKN4mW3YVN9xsyA5FiSg0Mx2X2stzxHsyLRlyOnFMfo0w8QgVd0BsJGEZ"
    "vs4oMkxhXPLTvFvUacZeLXVksBtrrYzk241Tm861dVXM5JOQEmudoVO+DenSLWBOCAHIG0"
    "GGROl9pu6GLLctsoISkpAtUpdskSLZu2AclG9weY4qpDEJsGDB2qrM2kqv2hJAbTdfOfai"
    "ltATvGQD9gu1jIEn4JXbsNEFnc1m7Ixdq9le4TbLPEDK4JuaT54tjEo+AOIDZEKgPnft5J"
    "wZmX4UlRucc92dzLCDmL26cHg807/Kj2TyYhFZG3f/txyRLuKxND/ySiiy6StvcUynU+hu"
    "XMMuBPlx0s3lusuNme4D5qMv15+/aL92bx5752hmPs20F93i/b+7V1eD3nCoDa6HX9kS96"
    "txabbpPI/Ip+vB8EHrD656g3O/VbcmXoARuXj8Z2+gDXq33QGTStc7Ory5hwkHV+Y/Wlfm"
    "MCYFdQ4V6hy6M7ZoxKavXj44LdqawFbFscRnvHxlL6fEiZTfaDMuU32jzaP/mnpEeI/ZBm"
    "JarkmcU36//96XI2QNxntpvwk1NPLfkWZ6RUKM1tXQCOdOtYZGRg6s+Y3W/AozsD43WZ/p"
    "5VU/G1Tk8eXZn2GS3ybbM0oqLLd1HJhmBzTNnGdPuYR2XKaNhMAPbwrZTG/WGE1v0lbTX6"
    "5kH81dvcHV4MaXufGJ6Wqcro/VTaKsbJsghs5O35lhapmEf0q3ai6UlYVXYeuJYPu1FpTV"
    "Vdvl41KteQtK2+o5QPF+ggq4xsUA2Cyh+8lR3zLiUq3BtOKdAogde6inyOwRtWKKkQDgCb"
    "yOw/A62BosAdOhP0pLEV29pzmVE/M9avGqIA62X0QBgZ1Lg0QjtceZKamgonHboJQyKjcm"
    "aWIIRamGShlohYVU2obX3v3aYeG1PNd2rDDbJu92vBxcMV5VIIHoNOIv/eAgfepi+0dHt7"
    "CDeAheN9AYu68YE1EjwplRZvDZIpOH16vgiUBZYpQYRIxxIidYVXTvEfmDj6Lp7h+cYMVT"
    "j/wqG9x5jxzTwD55BYl7me45G1OfTtGUsruE92MPFjxux79t8BjBRUKAElyQuvX7SiHRPf"
    "Yy2VpIEQqe9OhfkPZUy7Sn1HRtwwZLDVHn6MPR8Ev//p7Tu4L1PiLDh+6nT8Erkn6ri0Qm"
    "ihQqyC9TkClSMKaGJCixpvdecH2dUd8y5vPTmyIxH3ZVLrriXJNTd6DvXimZO+FHSHHGY2"
    "LQvak+FKTs/EJHFKiF0QhM7bmuhuhKAJYoZA+Cl7kePpTOTl5maINUENb8NkjyRjKQlllK"
    "Wmbqg1UCoqr1uxsK7epjXT+ycdjjIc8pG+sBsckpG+88AazjRn3rO2s8gXM2DVSpdO5Koo"
    "Xep/KTNKH+6IF5Pvibi22iW5qNJQ0B8td5Wm6r1Z7+ph12L9lzMeMnhsOrruTIjom0rghV"
    "+XsJ9VyN3c7AGqEqKKflWgd1+Wu5WRGDarfx9oYMwPsJ3qWamJW7VAI+VHe3hljw+ydDBS"
    "0D88zuVUfBTVZ3rIvhZiZUNyzdNGNPKjg9vvg5ep0t0TEn/Ih6VavSTsZJJ6Ig+dcKjpCB"
    "J6bDS1ZE/XTYlu9QSRXl/d9yRP6YY/uJqy5/oCebegvHvyWnMrHjbCSKOAOQtxeihNelsi"
    "fYQscOA94v2tNB4t9B2Z+OuCrsB34CZapq6JVYVyp4MzVp/zWDM1gfzVbTXbxaVe/m6ly8"
    "OSMy6N30usMe+9tmO73uYHbssnt32bu54Qcn/IdaQdmmwxsi/rupVIYnJgJVeBLqcBlVeM"
    "ItUs2Rt5Kp7kWpxiB8d1Zgyb87y13y/FQqxzr4QGmqRbYzgq2zvqHaNhjgieu2N8D5y2Js"
    "NetJSWDu1Zm5F86VavWwjByweYDBBz6s2jhWOjsxpFZvdwnQtpvOk9kIa0U9ifcAl7jAUi"
    "3C811g8d7kCi4wzx3Tb7wQOTObuahwNf2GmYbuont9ifxhA78Vz9pbWdfII7ysOZqbxPxx"
    "YdMnW58HFx6LscS/TzrIoVJXWDW3HpF47h4bgVkWiI8r2pIt0Zy9LKtO16afJxjciHfWFk"
    "3OwpZmDiYuGi8Df5zwFqM/6RjcYjV0izUv/ttgNkPdfZASc3+BicEhU0P86L53d3V99/kc"
    "BfIjcsUU/3NkUIJH5FP3Wrggp7q5pf+x5GRJnW1r84VSS+G4SGvqJZVmMRD8zdUCiLawvC"
    "XilZjfVe7sbbK+Ld1xNWzbVGLCrGs8H5cCH2YRHyabNP7ICiivJFqHcPkueXAR50PfXhcx"
    "NJxo26xLvlqZGk+18Go23rjM+DRVHEQb/Z99gh8o+8++vZ8HnYY98fd2crgFBD2Jr21F3c"
    "t3s8U4gpsdbLfMJlyiJ8r9SPzhBeeLE6pcZjsGTq2QE5btMShudHKKLnVn1vGLXhlI9GgT"
    "nLAZ+8+PNp7w6zOWZoW3HpEw2w053mSC2ZW6K7oe/g3pKDjHy3pR72kW9+/9B+papvDEOY"
    "EzjYkGzrWFTV9M/my8eTw7wi+hryNyzMlu9DX0Hp6jP1IG1R/IYA/JrnWQbuM8h91JxKpj"
    "VvoTuw27zBYPwndi9hi8YpjvOYyeRPSGtOcOOPtq6Ozz51bR05cQqm+jxtqYEJCdd+DsvG"
    "bknzY2Y8xnXartIKFE6+Ddi4+Hf82ZHfPCdd0tKvlLxVvjoq54M7HxCyZMh1notiw8sI6c"
    "nBIEinLCL1AGRbnu8bQsVTnQ/bEysT8bUBs+Xl72elc8jhaNWkZorfwvBiRxQxJ3W5K4fb"
    "i2bMslEYbv8nbf5dDhoAXmqcxfkL/w5dKw/Dcuf8cbzzkHbJtYSVoWCPX1CY5kY2JAiQFK"
    "DFBigBJTf3dJEHLYjrWRkoVvUp3fKWDn5L9nzeRpADvne5z1Iuyc8I1VTejMyEFCJyR0Vo"
    "FpwOFQQzUpBEsVOl1A2vEBtOOS046h2H2Zxe4lm2xZKzZWrL6d4Ca/LwUAXqlPJWDc7oz5"
    "jKZZq4x5n6Yb7h65PN7Y9rKJzqvZ/rUFab0PsYRy3Xl2BLeWc0XngnQr6LYiX13kqPscW5"
    "ezXme6g3j6OVtdNmeZ8kqMC87QTTNwj1LTWcEtRySFxck5YrjZ9GVF6BX1JsMU+RlbQD84"
    "7BAx6GsHMWRxyLT1G/T6E2gDX7aGfNm680skftxgXaoTTAa9vz8ym90vFxmMMSLd+/tB/1"
    "d+MFzlvK7kL73L4MI/8SS818FZEEBM3LenXfhrwoWQBfqCUgvrJCc4mJZNQT5mwvvCPDpS"
    "rX/9ot+/SXjbLq5TvIa7x9uLHlvmYhLYRaavO2StYCgVCaUia6IeN9TnDKUiIYqYiSxs0+"
    "85Txy8jdnPFk+BtLYI4mTkAFwI4oB7vLauMDX3eGYHLQHhtrcwzvvqFHDprjZTcOluQDnz"
    "3amZS5cHhG5Mgo+k/tzobGe9M5dfp1nsQui82y5/5V+u5BXPRTW4GvQAadqn49LJs6KPKy"
    "ZVoXcrXMGNdW5NmIGnnkwVl2pNtkHFWVSB3ubi+VZ2xEoONpEaUJfaiOca4+wwLJu6gbwj"
    "zUZqoK1e77Js3+tgrJaCm9kPExgPesOHwfXlw2HthrVUkNQ7sNF6UKOCdAka3HbPkZviZ/"
    "Ciafp0GsaWO+iJUsNBE8rbbHKyxnGgUSFqo1eb4YvodHrSCfgcTxQ74jppE9H93xHMn3qZ"
    "P3yLU6xtFklAYbNUUDRb2AzYMMXYMPzYZe/6V//YBJvBdZ8e7678Y34Vx/SmBayZdnIJAs"
    "agsoGblAMTdzsTF5gc+RPSXiYH5Iy2bdYl1I51OaPA7ABmR2PBBWYHMDvq5dkCZgcwOxqN"
    "8u7MjniBccfRn7DEFXIRSH76OsCWLn7L+p3j1h+qPbhLLN8dcVr1G2khQhELZxd84ryfln"
    "yG/q0UD1nhib9N2Jv+JEmRCSENOwptBrYXG6slS08xcDScmQuRHy+JGUXnOuvCRU5wFTDN"
    "2hVqCedVMd6SEoOgy8agy0S3bVOmR+eDHBNpnYO+fID5jvTMHkBxJafEWgf0HkpH85oK2x"
    "WOTkiCS7YuLtkijngo47dHP6FFJ0KHVYM2JQXeQvDAgge2PkZaZycPbPhylwDsTWyolmKb"
    "2gpzWJtQH+1A9dFK9ZOFDovv2lO2pQMoL+cwjelmRxDkHbbQGwR5h2XpnRP6tEXHz7gU8A"
    "S34wmyVan5yQ2y0mbrFnNCrDXwl7akx7o7mamZUnER2CYgb7NidCNdRQnblBQgu9kF4MRi"
    "iDuaUvFwZMNALmpPpRYYpHHuy9WyMY0z83krAd+LcJyWYhv/ptcqO/ZCt/jM9IhrL48kNm"
    "7ifGedjRvQ98a+gMZeVdssaOse9YkoFk6esF+h3B/rB8evEm78+KJbHk9RFUOjY6bsn2Sz"
    "XrcdRGJP/360InA+mz7/ysbTo3/tYmivs2FaZmtXYr3kW+RsbfIzqoZkQqxNGkzFxmT4xm"
    "yTKBvKVkcpUIf/6KF//3jPXiy68BYjct/95zla6MswyzXMcR2R7tUvj8OHc6Qbf3qOOyK3"
    "vcHnnnZ9d872JvsJayYJj/UfH8KD1HPTW1sRygLkxu6VEfL27GMRfM8+5gPMzx0+zlqvns"
    "flVy6bqi3Y6dartWZxqX0TmOZMOaI527oc3JVE+3aD0jfbw5FZ6raOS3fA+vaIPnXZxqms"
    "E0rFQTfcWjcERtw+42dQ7eE7JJluk+y/e4Z/7SZ4v8766hN66wZwUVdnfhrvoX2dl7qNB3"
    "jO8bOvsGW+YLnPU3pdZ53vc8IkNDsQ4b+Yy6h5P9kIKBxBdG6kwp1pWgb7l/iD774d5GDi"
    "It1BOvoNX/LujY435qONMQoyc3knxjnbYkQ7xhw36T7vtsGfKu4SLI/Q22Ow6xkW4F6tkc"
    "6W716Nz2BR9S0mAp8bJZ+pHNAm+ElrY1wH24tUJ84JBUQS63ThcqCucgNZgyxXZdPZgXi+"
    "sNhvk77ra7IDk2ItXKJ7yA+seXnRzCI9WmBicMTUAD+6791dXd99PkeB/IgMwyNO7MiD+N"
    "MdkU/d6xteN3SqmxavJDr8en1/zw84zyIvsh6xEt3li96VTGDuJzEuArzJ9Pdw7jypbTqR"
    "ADjzN+82lu64GrZtqpRan5RqnVN/L+Vv+Sa2TdL3Sgzaqdan5mbW+QYu1/y3q70uVyiw27"
    "ZZl7zsmXJl4GgvS9MDR/teHe0RH/5Afnbu7DuSOdbFiU4BFrHwF9p+tB1SZRv1bnfWeI7F"
    "/2Zgzbc4wutb6EIqv5YXg0NaUyQf3pVE64y5ImzNfK5mhqk5Nm13ZuiSRO98H3Jc5nv2Io"
    "OJlL9mm6ksAysFlOWaANx8ZZl6C/GTs9qyf2atujwR1xRtRIn8y9GMPRkaLwXPwwfmFP3h"
    "4L/+YA/H/3Li2XPBLXhOHb8+DO6hY38JnHTQ68yczNBcf8YObzmZjshUdd8RWWD7R18eWe"
    "bcdBHDA//o6NM1xJRwXLGBRm8Be6jd2ChgKuxoKkzYYlfRZcPrW1dV+exNkajEm/ygxJts"
    "TOIvhQUbXF3d5/htrVdsk0P2HvEcHM5w4Yj9493jkAfcfekRCf4S/+794/56wP/E3xamXZ"
    "do/ItumewTblNJ6Yf1FkdSsoUWR0MsjEKxN3/NOVsYlknJaqa5JgZ642YZkmTL/nDxrXub"
    "0KVTpisGOAl7e2Mc6tkTJeV5JVGhI3hi6ea8Gm9w+SoGODXzoQenJjg1Vb5Ha2nmubiuZ5"
    "l/v8iucRfHfV07Oox95+RDbMCGQV3UcZxaZgVq4oFTvgWposnlneudj78Am7z0WriUoAB8"
    "E+0nYLUcJFUh/lgKGKfEWsdv2UuyQusL93Vv+488tUyfU48nl11dDy/9I4bpTPixejiw/e"
    "dTr1aUlGtNVlnFNYrCtaCNFwpfy5RUhfGyN+z/1frTGVOe2HsTAaW8vGXSsMi3W+TuzMbO"
    "jDJp5WnIiMIcbDcHfrTR0JcqecNJISiDlgdrLcK/NUO6Ia7YQlEOf65cSd/qInPsyhpXww"
    "zXaoZd6uqW9pfH/kfFL5yUas23qbTt0XQcDxtaZO4U9QalxADYNLALbGuBS1PQTxXAlYkC"
    "4y5T35RHjMUPzeqrlFpYJzkh17hcCtYxE9wXrqGTs9p9/qLfv0ls8RfXKU307vH2ojc4fi"
    "v2dnaR6eYoqKaj6RPXfFEFPCEHgBcHHMojQ3lk4Gy0tVZH3d6vZk66xHbIlOqYsEl4orbq"
    "LpqUgj10I6MkRCwLsjqjJDZUszAuSndILS9lwkM8OSpK+0tpZYHgp68DbOk50c9MfmHDPl"
    "Z5eP97n4yQgIwjYYKsaDqbypoA8aNdxI+wWI1iqmJKrHUZi+XHw4k5eVZm2cRkWkf/KJ9n"
    "o7+wVW5rnm2pgJyUah3Me2HZLBhGSis5Emhfadv9AazNdEfSmXoDypFUKVDXaE8uf8OgC0"
    "zUSjSvJADdTeiyX0kV4Y2JAL6b8LXwC1b60kUCFX7kCLXnulXNp658pW1BxZ2Kmx0rAYgt"
    "5rWx3LqBJVC1dqPLCVaBs8Db8BYlwjAP281DQ3Kbm7pn+w7JbYIlScn2BUuaGxzJhsREIw"
    "+LPplki4nOCMNc13muIeidv5k2M/4JQe/vcNKLBL3n2H5iM8d+KVUtUZEWhNB3gdq7EWhZ"
    "qPeX618zkIun+qeXWCL8zR4D3T3e3BQLf4v6XjtGv/u20Sa8pc4CZm+GXai3B+rCH6zHxi"
    "rCzajbR74QYPF2IzsQKsL2Jq2ECCgnmyDSLVN3dn3d/A9Blw/VVpxc/akUkB70p7ZC5LvC"
    "y9nA78VYrd6/HW8cDb4jWkN/qDG+ZEPhRlYROyA/zt+3ckly0ba2sQFYbC8t0NiAUM6HQx"
    "P2K5DfSoC3DQibCZwjnSBqGeEV7BS7HDnsCZEzo4sFO+Hrp4jrp8h00TG/wMJP+mSJzPmC"
    "2pnCIJXcdETEJY4YwmFyOr87u4cgK5ycok/UI6KlAhcVqXmid0LYBIHSZ2+BLPMZiwuCw5"
    "x4ltcQAfiEh+x5wN9CIjEn17Q9WIm0jkdYfou0hkSPYjtOA2NI4HHOh76ZzkcojVsbnyOU"
    "Fi3qb6xpvy8f+Xt9ecnp/7macnhBEV15oS9FMkHhNmBMd/yR76DIcdnCMX580S0PIzbMnB"
    "k8Qj2MqYtcnTSJ+ePCpk+2PufK66uDjjkamBinQWbLKZPmgkwn5fsbU2edrMZc0Y1HZPil"
    "++PZTx+Q6aBnvHDPA/WYDc9OY2vKT+hojHWbq8PsSdjtTd1CU2pzBd4knrsXDXkdSahlSn"
    "IlvKD17cOUKeAJodap0+WTaJvVgAcoJFnNrhCFBPrFtHt+69lhqXF6e9IhvWC6CdMrtnlx"
    "MsLw+tT59QF/R/5rBf4O8Hds2jfB39F+fwcP1ef6OoI4/kY/R8gbKLeCxu+xVcbuAG2/Dx"
    "oCc/21UNRiDy6vrIVyg2NfoKaAmgJqCqgpoKbI1JR7Tqi5FB1pJXpK7GwRRcUvJSKqDheO"
    "yfyG2VfORZ6DbfSCbZM9txESfUJ60Yz9FE72CTlG6NV0Z0EsBfmxFGojnzvIfiF1A4aRJB"
    "Kzz9uNCN+S5rprTnTLWqJjHdl4smSbX0SUeqUeG3umE0OEZij7YxX0YY+wRC5FrzOKX/hz"
    "6I64KpBlW93JKbp2R+RVN11HBG346ZlgW7EB6CsJf58+EaQoPhpbm1PTnnf4M3MR9i5Op/"
    "yE+PnsV7Kr/R+XF/n5PSgk7W+B/u1AXTyouniwUj9124D3Hephb4vrSai1xZrDraQr09SP"
    "FpgYHDE1wI/ue3dX13efz1EgPyKX/btP14Pb3tV5uIfwLe7X3uD60zU/GG6fIzLofXoc8k"
    "M2nvLoR3rfBT5W3d6a9ir+Bp6Y24UfkpIQe6h17CFQSBTrXCelwMSTNYEM3gLVTgwZOQiP"
    "ZsH1dWc1YBMysGQlqFp0IpKb1HBNScFy3Vz0PmYFgsNnvcMn9amRu3yyWwNAuxnaxIa4Gd"
    "jVh6kEcB+dNhVPSCOb+Ybn1KqQbb4lgHsTG6qdAKe+OcqlQPbqCY6lS8tcwcls6s2+4Ewm"
    "92ZvcJ9gNJnp5AnHM0p/cAJf6ym6p47J26uhYFjfM/tHyKql5A+k2xhZ1OWeU91F/hn06f"
    "pT/zTjDd7/7TaE3Z/ZcuX/a+Ppbv5U4Nfzc1Xw69lyV+rKGl0PmrtEcw9fgG18q6Fsnd3Y"
    "R73u4O4cYd0mIzLkLtZzxMvhCp/pr73BsMd9pi+c9cqPPDzyq23sevz63j/urwfsAn9TGZ"
    "Hu1S+Pw4dzpBt/eo47Ire9weeeds0kRPhJM0l4rP/4EB6kHrvyU3/wqXfNjk2pPcVmJqf/"
    "MP5ZG+uOTG/Ij1+sJNpX0vbsYxF8zz7mA8zPpVoV1JLg3rw4XHzNTtUW7HTr1VozFbeqnC"
    "rZjsD99uvzqaS7QsJn3zzE1yDMffA5hfL1qStzI2yskx/JgaIC/YmhP3FdoG5voBYYmmW9"
    "S8DQ3CtDs0iL2n065jKV+STeOVn1vo0uOicUEujgoAdREdJm5CnTifOKbc4m1FE03I9z7D"
    "jstyAXzxcWWyqnAS2RcxSjShjx0oVItyz6yk+iUHbhr7YUfbOaG4+IPpmI+hl/8CIZpuv8"
    "4ReZc5B/whGszyUWRNKAK8oBDAcp4vwLn5EvOSBTHjT3JjYTGXTX5OAkxersh6qNlVd3Om"
    "UpTr/u5WXvnjvqxF7BHXu/9C4fuGPvTzxhf190787RWCcj8un65qE3YLc1LTe73x2MNmmY"
    "Sv3rYhKtae9VmnHjLwJmo4gPiAKqWUEAFyxHsBxr1eQHZr3CLj/gLwB/QQP8BQfO6Oz6qX"
    "9HEi9BeKqzzjkQpA7uoeIEGLmHrLEeVFUtat2G17euHGT5FpP4XwVow+vrbMTWxmMg0JGC"
    "u9lfEMrWGeij7pCdOUe642B3RG6uuxfXN9cP/zxHlqmPTct0lyPS+/ujOIT/8sTfnDx09x"
    "iQh4iHBVmodzf02UKYOLgevgTT0djXw3yRzOAFpRbWSc6mHpdLzd6YCe5r+sJdqdpo/kW/"
    "f5NQwi+uU7zEu8fbix7DXkDPLjJ9TSNrEC90G6tmxSVkID69UUf28SpBR46pY80CuKiOnF"
    "hZyjG1stsUtg7uZB6GSXZtmPYL9WyiWzdspPp8H3dHaa/Glt21ogwYmcUVP99Za3bx3l/h"
    "pQUDsfe67fqpCzaeYHYcsfEtXtGGx0UJMskLNSc4m/mgIgiGXL0MOX3OdzFtKt0O1+SBJO"
    "Xa5AyrJCUEgg7tdT8XCToAA3SPcbzge6OGbFKoTRtaiekK4uuuhmtSCHDdbBEGiJVhEtqD"
    "1VgNA7moVZhcXzlmoWR3KAXe69VYLYU3uS0WgHf1hSoB4XYXSMh8zGuVwd+1Lz3HpXNhpE"
    "lM0ehsZ4MhOgkuLMwHDgXQ2FvyRs2URBVIj0fe++mbt+y/+K0+8n76gM9G3kfjzBh5797w"
    "4x/Ofv5Pdvyd8TY68vM7nf/343t2fKyf8Wve/XxyzpvYhaapIzLvxVbywp881iBvahK+Rk"
    "9jJ0+yJnATHnpErjnVmLfONv1SsAtmuBO/4TYfd3U1Ev6fDtIdQYgW1jznSYfC7Mct9KUY"
    "F6z6Glr1EJ7dWwOAw4ZnawRt+cHZoIOp5mJ77miGvlShDcuFq7M33jWI5WqYrmaZc3MLv5"
    "9MujVM4qpdf5S4XBVS2qgjkdYVrSh/QwHfaj704FvNm3PwrR4V9lWBtV+htZ/xYe0YoW+j"
    "/0rmsN4ZpvZ5UfdMYwjXldRxFFt0a/1G8UVexG3k6BZOuV1+wv/5fuR9+OndB+5e+emnk3"
    "N0ZaO3b8/O0HHo/PhfwhUSum9O0H+gSztkQiLeWod67sJz0a/dB/Q6w4SXb8RMC5Y5gQ7x"
    "COB7qZfvJfSYE6qi2CelWucsKN8PE1bhymr1coDD63es6lVgg68S5TWoSqp6GWyfUMYtJv"
    "M9Yxdsx5o+yUm9Xle3LyNa5xyC2mTCuGx4Doc2Xih8p1JSwDiQeJ4I3sL1FxNqE6gVO/1e"
    "9C2gjwkB9FtD71JXt9TBT4gB/FvD74eXsaE+A2lJCDhsNwOvtum6mGh0OlWfBIkwzMN281"
    "D3ulXZNqB04c+4Sipq/753d4645Iiwax5ueE9PB7uuhbfr6VnEhnybb0O+zdiQczxXMtLD"
    "61sXejv76acC2LKrcsEV5yD6BtE3iL7tk7sRuIgVoU1KtUmFLQ1Z3pNJvmLX6URxqRat14"
    "rVIei4WVGwPsbY3jn1IU7/btjeUThin9w3CyQ/QPtCBXjXtS+Uw4vDfoE7YhuUJojaD7YT"
    "3/jHCRJ3St0YSqTypMo07EJTSRaHaMmmnHFgYe6B2hmr3/hI/em0TUjtl9MTkqCknJ4YQ2"
    "otpyfOyNrM6bmlBC9R6P1FU5vOkb7KtDq+sgVxZqyTZ0RtNNGdWUS9ERwaTrM5OUW/8W6q"
    "pt9mIVaaJKgynuDw7P+WIxLlb7HzHgnP8qE60bW8FYBoSBFdTKfizg5PwQqfBwhANSQAhR"
    "nJagSgpBQQgFL+RSAAlUFigWo/B3Z1BNv7FjOQFITI25b4+59qTTVBNi0H/K1CLZmn2MZE"
    "VmtjbZPblVDrAm2Q4wZRNoiy1VKhhyjb/pGFKFu1qg8Egw4YDIJohQq+EK2AaEXzd409++"
    "CjqIXUCR+Paaz1wifDKEVya8e6gQw8dlHAAkZMOFbaWyS6/vx+KsqafRh5Hz6++zjy/vOn"
    "N2/8dFcm/qMQD/qJrFzliLI3k41Eueua9z+2uQvcpi9BZbFUgu3BngOc7PVysoMn88CetP"
    "q63w/xISicRKo7MnbQOndYKNFCl+NeaOfNS65gnyKDg6aG+dF97+7q+u7zOQrkR+S+P3zg"
    "SRbc2YSNsFU4P+I3C69L3oWBJ6axlc8yKVmCz7KeOn3dXZQhJmt9lP6a07bZ81KCrQsDQL"
    "4NRAIKvGYQCTiwvzr83KiCm5EDcCEYUCfrDVrkVJJxA71GjqDXSC2wLRoEkH/9AN4N8GY+"
    "+AXghfigCsIF4oP5Aax9RmUudPI8dBnevP3AkSQwk7ygsy42w9MKNCe8tmB0pk8wMucLar"
    "Mp9xMTohHQ1LRwti1M6jYnaEptpCeTGixsPPEgiE98zMZiKrsrRF5qFnmpOYX2cDkO5TNo"
    "+buhgnF4fQtjBR8LYPsxF9qPaWT5FqXayicuAy7JQrGYmX720wcVjFcSLVzD5bO/xTc13F"
    "nVEs4koq1b1O/fFAD8/ZtcwPmpbNhb41mhqrHvSGjHAHg91feC8W8BhCtZphuwc2XL87tC"
    "TjRk1EQpUgWdNiXVmqyx0nzQPkAEvyqDGsgApJL+chCGhDAkhCGh6dbhvYZlct/Fvi8JVi"
    "qw3hOuwBs2XgM3sYNQ37PAbXK0hugWdbZq0fQW4cOzC4jDrmEHeGEWfeX8PEV/TBl82F4w"
    "FN0/0HFYLuYHB7FXzdQt9tvmY2x3EHsgzERn3PEZVHfhD3Hi14URs52akeruPCKLlR+2gx"
    "waOHt5a/OoDM3K46s/sZWA2OdCVLyZsatO0a3uTmZ+2RvdRXP2vUGUYPSnH64QN2Q3HxE+"
    "XFhChze70pOXpMRX9+Rn8zzEv0vclBE0R//axYG8jpzQMh9yJaSE5nqaD+hJKt/VHH8/FL"
    "BOibUQ6o9FfEgf831IHzM+JJtp1jJfXe62shIA0o2sr8s3otzWLC4DFaEgj+pgTLyxbnED"
    "TX0GUoItspsrngGhLLBvmG67EoM6/9OXlmtd9OTtWZGgK7tqTepPJvDqePO5LuM9rYkJrk"
    "Rah/Fewq5QeKuC0OvcN2+F30CZxS4RLmUD/26sxuw8cPe0ZBIotbBO1s9CKJqagjGT3dey"
    "j45UqwFe9Ps3iYjCxXUK4LvH24se29XFm8AuMt1NuCvHeZKSkMRZ5yTOcK5U4zoZuRbpp6"
    "UZrivnsxK2abE2WV/7ipk5cQL2jiGzDKG7YVAXDZ6l11mBjJzVaw+hyQ3oZnZI5dDkXgNu"
    "nvGE5ekM/pnOutBaQPnXxuLaglE10TKBx7PYOkFzfYkcXtgCUcILPIUBIh5lQnNK3Jkkwc"
    "C/20k2WaHcoaXxpngxs3QAQgy6W9Tpewk5fbdpC60KJvkLXgHlSKCF8K5btyG6P+eC+3Ma"
    "W/DYH9jh4C2MLQmOSUkgONbYEs60Hjtck9LaTXLJVnD4Vqi6GDJy4GLYaAYfpkFp3VZwUR"
    "NNvUPpak2C/bsB3MzrWyv7t+cXCD6SGMDhqU4RCzgoNFyUWEoQXfC55jTLsEZxwPLkpuux"
    "jTkb85U9s9NBnmtapmti5/T09KSDnvESG+jVZPar6ToobLWIdNfVBRGTkyv90pAZA7mqG4"
    "/I6wyTqM5ygFKy3jIbJGuAhzjmWuBgXINxXY8NcN/GdX0rLwPNrQnL8yBG80JfanO2WVPJ"
    "9pu/PySl2rg7lF5bmUGGlfbgSAA4PylwJZwfPFeqsRBe3zpooXK7gBYqt0Pl9haSfqByO1"
    "Rur8lr1dCIApRMgMrt7QUXKrcfHcyQhjgkhMpqGM1RD5VBFRso3l4PeKF4e62Lt8e8+CKg"
    "GJVGT6keCnWYghBuNxqvRTvzXuswZYHLD5An0S0cKtdSs1ykHJMz0QnBRhh65uXkw47AVP"
    "QHDkPax/dXnzrol/veZ37N/d1nEb5eCPI3r0PEI5xjnV0YRbN5jSRZJ+Iqbglh7nqFuZtT"
    "NLyyANZ+/GGUuDztSAClgHVaroV4lx/Tcsz/IwE5P/kwuBxMSFlCJ9S73+9i5VuzzOtEdH"
    "uZy37RJfCOl65PymsYwOv8Rzf9i4Trm+F4cX3XHfzz+Lb7j5OE//umf/c5vD7u1r7450Ov"
    "C9EJiE4chdq4kiKZFIJPhDTbwaL6NpGJrGCLnOj7cuLiFVd7R0dNjPXdsBVc2EmTeHkTbp"
    "rL7vCye9VL5zpECxJcjBuTHdIvb62yHa7JC7ObqL38Vbc8PQAh49eRXNVZ59gxw+u1l1Cg"
    "oEfnlr4w1H/UX9hSeMJowos/83rUw6+PSJ/Y1HGE62QyY5CfIz66qIOI/gP95S55EWt+lq"
    "0RV4hm3Td7GB98NfXy1fwlK+aYi+pf0hKOe9RYmtLNJVr7arH+hFhrUK041O88e4qFoSKB"
    "ciBv/AaR0QxVPq+JicjOQp/gB8r+U1C/GfpjNGoKCheKitZdkeDeTppKIl4q0VHS8dR87S"
    "RoMqHx2KRZMEEzHzlpTSCH3WKCI3d08CdDChpQ1GjDzdch/LC1WlvNuEw5Lt3DTkTCofuu"
    "SELBu/yEgnfZhAJIZlROZoQspL1mISU37cKBnKRYC6M55b/8qw+iOtDSL10bYC4/aAYBnH"
    "zo2xvAgfQS6MhZQ094zTpyBvYi9OJUNsHzunCmEN1sgCs13jTw2BRkSx2xlWSY7im6Yp8e"
    "4vB+mP4m5iC2mpCNebtKB008F811+8kkaLzkDv4OmrAJfqL2shMUN+LliSYzTue0ZEzPKm"
    "5ZcvQAXARVuQjE4lD3jyfEwD++ZeMu8Taqg5+UA/S3Qx88N0fKnptgy1cxd2MiWxm7NVMT"
    "910cjXfjI77+XBThmEj7EIYaSM3yPoYVEZVM9qQQ0C5lukKggCv6QpJS4AmpTS2Imq7X76"
    "YYRMtXddXUmxbCuY6VfZjk+brtGSVmz0tUiBLw7a5Gaim0Sc2pALhSKpgysMXIYDXbFEpj"
    "g8n0shJAvYwN1U5kU+poAXgPU8SoofAWq2F0mAyNG2w8YftKl5IeVyc76wIulrhMM/RlwX"
    "DLlW5aS+RSl53mVS141kMQtUEiaiOSJoI9NAhtdMK4ht/1wfetoOM36D/Q6Gh0hF5nmMc/"
    "hDyvdIEIJfikk4m7VHjvERH1OMZLUX5XEEKXYXUOfoQ90Q8OWzE6cRhcPOqTaU/hePO5zm"
    "mkJ6fo/v+76bCrTfagY93ipzvhP0bEmWHMH1e3MB+SjdFBv3YfOohNO++9wR88bEg5M/mv"
    "WiLOUeAP42D2VI7L/2KA4BfMzvGfkt+UMvSpJj9zqXUe9zAGrjDgp9bI3FsTfKqtC/4Q+3"
    "tBHzx42PZjMjesMGVTErAOEDKqs9O9FRGjOgO8h5otQJEAisR3g/5OKYdl24vDZ2+tyRic"
    "7xSwGrlXZzfL0bd5BPONGVU/0umP/pGVNbeJKneOnkRufkSuK2Q17uG+IyIqBbArmNEYCs"
    "bstFN0y5ce+z9ssPs8YxSZ6KrG2sqblvL+5FhxYLrVZivogOkGplsTbIyDFxqogWrQAqZJ"
    "q2EF9wK4F5roXgDrt2qlC6zf7976vdWJt6ZITPx0p0hrgrkQUCoVc9QlSDf+9ET4EPkxxW"
    "e8xMJkDPveZ+KIyRudnCPD1qeuL0QJRp6D7U7QJZSZudzazNjAVd14RHzXADvPbO7XGWb3"
    "JZTbs9FtuBRi8Nr0hZnapouO5/oztn+czDC7vX0ClfNqWDkPTNNW1mSpLOVkL3kROanevw"
    "z7dzmafyiQXpbmxEX/gyzTaaLlvwZYDgUfOSpNEeIZVX+PQX0pqf3OB7hIwS48qeoKVEKs"
    "TS6XqitAQkf0kjui78G+g47oyntVnWrphJhAR/Qafe6hZFU++lCyKm/OoWTVUb6nFzqity"
    "8Ltp6oHsLPCLXYoK903eCFvtI1yIw9TADiHtsmTfqqk2c668IOE4s6bN0sxKWFS+P5UmhO"
    "iTtjD0QD3/9cX6KxaDPMTprEYUsSmZKeONsMAK77ernuxdQpuaFDgdaVql8HZGiU/pxrkv"
    "6cMUj9V3ILezQuCOZoo8xRf+qUrdGUWIs0+73VTw4hA51yk8qeWly1aiM4xK5rYaNvG0IX"
    "yOg+ifNrNSDHv1Kj/NLihAtxOXqdMYzQwtLdKbXnyMYTbL7wkZGO/IHnTLNBtkeYyoN1Gx"
    "vnyF8HHeRQrvj445hOcLmB3FdzImVa7PeOI3LsvlI0NXm+AgOTMzr8lIY59kU6iF/ABnZC"
    "cobuIspekJ25FWJ4tZ0vLgIdyDZqa/pcENOVo6tJOQivbh1eneItWhvGhAD6XaiZEOD57j"
    "Rq9p1S+6KsBNr0ru1LjWZolaBADyOFZeAVqfZUN5CLqtKrtVUr1+EK/rwOG6krCijS/Fq1"
    "PhuiRFKQQMvVT9H/IlR3o4MWnjJt03M76NV0Z0wNZsrnq+6gKVNQDJmLsaxhoV9Grb/z+T"
    "qvzb4Xsoaa+V+ASKA1eRjlRZ2/uVi00FHroJcSax0jqfwSJoewhWvmoCp77YbOEm1bKzhn"
    "gNbsEmALfxe4h55OZexTgoD/dvhTz956C8rKwiyUn+iQs/z3ntxwyBSqIhrMWb4Gc5bRYA"
    "iVJfXlwxte3zrlcC90dfBrgV+r7n6ty+7wsnvVO7xbi6O/1qsVTE8hpxaPfBbzafVJLEIb"
    "C8oKj5ONGawTkwde9SedV9lG7OPu+6WcrCNrx7GANlevQGw9i+AcjjtXfpYkfzHEvxUgjs"
    "uAGlJEDeFBT21q07k8ppqT3xMX2rGGQ818VmolHAQQrsQ3vQE7V+ad/q6QE5ElTST9K3yd"
    "UlKtMZ1Lc5HOdXcywyof/JgEwJlJgDSnU2xjZiNIHA356Y9JKYAVHJj1cp1NMdtFt/HcO4"
    "D8bsjjbwtRiEQd/bQkzMB2M+BTnrcgESYEofRKnUuvAFM0/6VrL1MUSoFAtYrWEOLWhDYg"
    "3z/2vSq7EzaUAim9FEh+8Ghjrc6LQOzT1wG2olbCm2J1IcW5YZ/mPNz/vc8YW9czTPeGPh"
    "1JwmvRuc66yJrOr9Is+lQsqJYPBxC0a/w96qyJhfGS3aqRmrhM6yI15bOJ/SbSKgCvJNoX"
    "bCwfX/bVMN2lj5ECyCmx9iH97qwA0u/OcpHmp6RIK6YfxIVgu9i4nMd4ynTVLML5tc9XEj"
    "sVP6+nKivDdS+1z3n/C0lb4HzYIwFAfXvUX0xdZTMJLq9wG9EXZjU7SfksHHOhAq1/des2"
    "6PdFiDfv83k37xterLpS/aO9Dmpu86i5pmMSLXKf7ovz7Tmyjy947RJeu9iSqlUhsGsDzx"
    "fUxWSyHOAJtaWVULMXdda5pszV5Zotrt+Dj+r3I2dCffvvGS+hmXYzfFbRnBVOHgsFWpg7"
    "Vr4Byt8EBXCDy1sI7duzj0VU8rOP+To5P5fKHcPslzquNtMdpdK9abkW4l3+Us7LM80nKe"
    "almX6/iXrJxess2B2UvFNxGWjOt4OrpFl2JzCjtjc8M3bSYdT6e5vOaTAV2cYG0cm1avwi"
    "vKxmEebvRVXfXxIlm2sV/SW8vnWdB8oPs6nG46uPxTdYJXxmv0sO7uYOq6FsnYE++vR4c6"
    "MNelePlw/X/Ts2KBtCs7HhCVLBiNz3Bpe9uwet/+kT779qT3hePZ1OR+Ti8Z/anfaZjXt7"
    "jsbeUiMa22y1+Yjc9m4vegPtfnB92TtHczwfY1tb2JIi6UUm9exNkVzYN/mpsG+K6vn1bZ"
    "xr2PrUVYyAHF0Nup8ezpGQ5RMpmuhq3fv7Qf/X7k3UTVdjn2ObvujWiPjneBtd/5i8te6I"
    "sKH4ASaPt2q0W/6UujOmQ82otUW6TUYU8m22y7dpWsX6dqFv4wWW2XoXlFpYJ3nWdiiUgn"
    "3MpPaFe3SkWiv7ot+/SVhxF9cpUO8e+Xfr+K3Yd9hFppuDdew7qI0lYfP8spQZwdYs99K8"
    "RlyV+MuVOJVzUY1JAJyZDGAbY0U84yIAaKbwgq/PUu4/UtttU5Kw5SpsuUFJJYnWnu9Ljs"
    "tU70s++q+pR4QVxawj03JN4pzy+/23oh5fWw+zRSciUUczDaVpScvB1JQ+NcxGtV1nC99/"
    "QrB9lLOGePpDkNZyzJj1vc0Mx8Rgfus8v1CUd5/V8BxvPDfd7QKkaVkoEVLn9yh0ZW4x0S"
    "lRmOc6z7PvntZsrDtq+ZMZQdhBi+ygQDDJR79dBJNEZsPC2HLWk5Iw63WZdcnmGjy95Buq"
    "WnEpKwjZLRLnFvvlTzSn6lJ+NaukFACb30gYCoXto7ZrZAapwiuRBIA3Jr2F73sWaOXEt8"
    "vYUM3CuHDJquTmCPXASgW3YD2wvN0CAN4AsGSDLABxTNkChDcgnFVMd6hpxwazTD+otWNp"
    "u4gn310N2UBTKG8WkgUnXDwvC65rNlabcKokUSO+xtblbKTWYoH0DS39RmzuwPUb7+NOee"
    "uscBDk6OwFZcfEYdEh6xzpyDCdCScMBu3iiegMb+MJZmNlm3GVNywULaw1EzI/9wQSJPZZ"
    "rrBhpN+WrHZww7fXIVvEDS8+W2pOl7hIm9630vxZK+1FCde0GGC72ZUl1mIJNmo/HKdh8B"
    "a1UuPvrLxfr3QBl4BsImG7peim39wcJ+GB0+mFabvOPAtt3yJ2WWRzbzbIHpj9M/z66DDb"
    "aGU7TegLth10TJjtdI4w+2PJL+owO0oYTKHb9aSDXk13Jo75tHckEkDRKzOdMDJdZDrc/s"
    "oabNXdVlrhK/EOOc/eblW+vhcLb291A8TsqVsXCbEWhZaq7qAGGtH+oqfPnmLQNBIAPDdr"
    "mKALlagLSbVN/nHcHduhP0pLUV29s7XSLS/FpnLLFEb/R2Z0y+QFa3VLc76gthvsU9rcFy"
    "moYnYDX3wgheiUaX0WftInSzQ1LfyDg/xx0QzrBtcAXYoubd2wMPJ/agfZ2HPYENNAEyT4"
    "mytks5rl3u8mVSjDKjACYVAmD6lMQiAAKiVtXynpftDnVZKG59wu5fWRnBEZPvQvv54jx6"
    "WT57Du0TAsecTPP97f31yLY47HQ6LiaP++d6f1B1fiOF1gogk/j5PesYpMZPl9IPxpUUu0"
    "XonUI5mX37Y1ybwQ4cl/F9ob4YFEi7bNel6iRcaKPYxRcC0U+V/o+EhiEKxOFjEG/qRjKO"
    "DaLt0Z1LuWqHfcWlU1hOIykBxbJDkWkwk1At9JUZTjMq1DufyFXPcqrhKoJzM8ecaGIuJH"
    "l196l1+v7z6fIzEAA31ExDHtU/f6hldiFce1qc7eUyM4Fx0WRVwf7+7EALZHiJC/YvrLOT"
    "IowSMSjhLKD/o37G/toss3P5taFqfJMx2jHhvYfOWVLGqfxkTAPi3dPnWpq1uaTV9VWqck"
    "haDKYDo8SJ9VEY1JAJzZ6rh+7WpVUDNyAG22MqP4yKgimxYDYNPA+sa0OrIZOYA2U2NYdy"
    "czzTH/j8QMyi8znBCqDtSzN02BFds2ldB615g8oUDr7B0ouQQ+4cR120cCpiYxndlW054S"
    "hQJ29XH9Z+c5ZmlvMdVZaZjtOs82lCaqsHIOlHYpu7RLkbIYsUbsKeq+QokHP/K46gHfML"
    "2kUCUMuYG3BUpsr2kRRPuPdgfLKjfgvVp2G2PescW+mfjaJxi5M05C1QnyB0DBm8dTmnjj"
    "CvbUHWQS/zB3Hosg4t+EP55DgDxiUOxwGuocEfyKHc5EtR1JDYy93w1KY9Q6oSc/qs82Hq"
    "agqPhDIwFIQpE5QIhruksflAyo6yK/CbE68yS2dIeU3/Y2wEx1/0iItWkNV5waiL+xR1CJ"
    "wUYCEIEtPQL7Jx2rGZErgTa9AvsyH//0aY872o0JCmXDAC5qPa7WlTx/8JDM1oFwxOQp+r"
    "7ltFnLDyy1cpmtv4dLLFCvdkoTA+0ZtOfmbLtJzotkNa9rqOkLVNhH8zC+7RLbaG7THQfa"
    "4qjEaPluoaIXh9eDWly6WhwSYRR3lbgY9OhV2FzADAEzBMyQ/Ipuuq1bFrau9OWRrJ5b7H"
    "RnbTW34ELN0JcK8Yax55gEOw5iYn7tC9sj56KMRVAEA3/jS+MHB03NJ4/tq2iBbeRg/xOh"
    "O8hbWFQ3eKRAJwYvqUaC8hg/ZHKb9n/HEQllXnlpN0t3XDShcwYONqIicPP8uhzsUfi58B"
    "k5mFCe46AphompyMDL2S85vMyU3DreS3M3PRmmnMiSbsouXiwVBXQlASpo6SpouCNtQ9lM"
    "igKbq85sruBbpPLexUTgxSv9xWOfdzVbZCUAtshmWyTQnna0RUKVd+C1ubTiamWpWiMxr5"
    "I5nTI1l6G5a8ek0MqIBmwR8vttm5RFbp0Vl8C3iDGXnOEixRP9Lwi3rHgnI2FkEWYkmRO/"
    "ALb7SpGzdHjFb97dSGfbJbPJ8JIyU0o0N/LID7zGocWmnt02KJ1tuuxq27SsHw36SjJ2XS"
    "V3HZFjfqlfNqMjxIZfH5nYnL7gOWarICz87ZfiYGcsbDwx25Gds01mE47xjK3NyFgMHvok"
    "3xwMbIfA9uT/fMY7GoQQiKsqEBebtaJhjZhIC+lW5Vdd4G+DArzB5S2EtvzKmex3Y0sF3E"
    "igdRG5tx/eFFq4b9as3DcZfIWDQ3vRLU/Cyly3S6clW5RqU3mXMv4h3mYO0pIwB9vOAdM9"
    "ZaHpdeBHIq0pIVA15lyn1UJNujAnICEF3qHyvUNAg9l3AbxvC4vdbyvPd1oWXN91dn0zy1"
    "nN07oSAE+rNLMiXP2qqeESyRZpS/tyZUujzVu7sgP2RsPWcFFX9urV3dwfKL4aSwC43Wn3"
    "kldXOfG+Cuc3j9Ss8XoHgZwC7m7bIwrcJcdly+UHB4Xi3Isc8xw72HV51yGfWxT5lh2etY"
    "ztwDmth57rCe887nB6kXBO+3nRRsbTXdF9R2RGXxEDfon4KsETzzVf2MUW1m3uXRc518hh"
    "78qPdDpFBGPD2UfS9ffiqt4bfamB9YiDasCKZsZRtprw8PrzXe9K63/6dC6WKtvH2GJNv1"
    "KH8Vzb+C/P5DyakC5ZlBCQlqtOW31X61cgtuR1CztatO+p92nNGQC8Tdt5m0Sjghicf7kS"
    "zSt/MuTSrZmMEquHWgKgHRZ+7hCtQbvqVsWU33+Fp8K6l4m2ZhpKW/SEumrNE4PrwV0KlV"
    "2hsqvcdbpSlbeY+IwwuMnr7Ca3MU91UokCriQgAlh6BBDKr+5RV7DoRI/1ki8IbUoKgkMy"
    "C2+16auuXJkoLN6N4aFwVZYQwriJDdWwdVw0jpF6hxMxjAH7hg6uLx+OcjZiCBKVVJs5d8"
    "MAhDcgLNsjdyiALfc4b5Wu06qw8l7zdLqeOxtix/GfNROqjJ/urAtVMm1+pjn+lQqhSos+"
    "mQQd68ilz5iwK+emtTw5F/FCfTLh5RDEGQdNdNteiuOmgY5HbPEZo6OTjjhi4ylTXmfBID"
    "wCGEw9u5O8wHMF9x2REenpk1l0FU/HcdAfq0v+4LlA46XIDBJRUh09eWxGsYEe77kZJuo4"
    "6MR5xTZ7LF5JOnnLv/ES1dQysD0iyWdZsH9jwktW6086/6U29hzMfx961R0eqbUwL1vNxl"
    "tY+hIbJ+xfL0zUD6C+zth5FEznKbqhT9RzxdPgF2wvR4RhxOOzQTVsJqO7aO45LsLsmnAZ"
    "8Igv+sMfl7tc/vhbClu/yoV/PpTiz7ZAr9R+FiFfd0Qo22LRMV/ubPBTHvO1TXd5ytaWKM"
    "eNJ88O/12mPwPsVWbzJR6IV8Pwf8+Ebwv2ySnqIpu+ItNB/iZlIDE4k57pzojgbwsew0LH"
    "hAY4zk0B4pTdiV000fnjmZaFxhi96JYpkrRIbqLULhHmfF+hVBnd0lN42BjzXooeb9OVOy"
    "ctpwGduLcE+2MBrD/mQv0x02WWLXmqhO1KooXo7qGN71SWi7CuLlsgASXZFEqyrT7NCp6C"
    "pBCEwtKg6obBlJEcqo8c0phI6wJi5WdEQjQsH/r2RsMCfX+reU/LQiyszrEw3ypxtksNik"
    "lW835XaUC0aZZXZrL62xyXhHe5CbO8TUplWrJ1qlH5bY/8gjdqkb+EzJ5Cfs1j8q8w9RxV"
    "RGMSgOemCKoXhIzqEnk6wPd8Y+AptqA2Z9b573MJkN5GA7US1MS+V6dK4Dc8VvNJNy3Pxk"
    "eSGFXifGddkEpEfbSpf2nBKBUfGBtooTvOK7UNP3Lkl94+5uuQP0wHTSwTExcFjosTP8Vt"
    "YVOuOzg8Q409i1/WO4pjuPp0esrDZtkIVQX35NGpr3jhitAGH8/xYya6jRGhKIzvuJQiUV"
    "3Oj0L5MR5C2QlsWX5/U32h2+7JKXow+SBcHi/oZDYic9OyTAezhWc4yKHi8Xioy1uwn+D6"
    "twuz/FAwKYg94pL9Up7eiYZ/vxERMurO0L2viPFDPAzF/td0cX6BuhAlMceBNwnK09UoFy"
    "E/ShOfuqLKcVymhfGE8n2GTXHKNhji+GemoKIcF4FAQoYnqzuu+HgzK3guYwqtq02XkW0N"
    "vhWnjo0tOuF+CPbdNi3leZBJw0wUn4mM4XgYlXwYkHCGfkkHmVaevmStYh6SerSwRkQh3T"
    "x/fnbg4hyydGuN2DhlfQ/z9byc6pb5GT55RS0rSPA5jHd7L6k83sLYMlqclIRocY0DDxFt"
    "uA7fCu50uJ3q0o9EeG7914FfpQWEpsN8FaAG0D5qAOGJjSXb0AP+lpeVFUm0wgRdt8H0/v"
    "Gwfu+P9peb/t3n8PL0ByFVLJFwIFQ7vMakgE2owCYUNqfj4sUWpmooBrbRdlZqsGa34cwk"
    "JIFNUR+lJsumAOZj/mvXTF22CPOxegJC+9SynWyDTWSFPsEPlP2nXKpCvSahNKpCeYbW5U"
    "wnBFtdP3R7JDG3Uld01hldE/9aLYgEF83p9GzkzOiCx215rHeu28/YXVg6T+HjB8RJHshm"
    "x9wptefnQeMyETn259YPdAcP0Imu9C9EpnFyIknqrPDGYEfWy44M50nFbxuXaZ3ztvz8M9"
    "WAfPXB+Mam77AtWFMMOsREWuEHSa3esyLZqeyq/PV7lslQ5ZDl+ZvWA90yn1MF5Rn9JH9N"
    "ZNAroZ2Sa93msRe0X/F4RumzOtwZwdbhvZedZKw7WPNspR6UcZnWobyXVc1rC2nqZQVSYq"
    "3DunzNjttFUm/KGpBXIq0DuHz9znSYDc27lCiGXRJyFQZeQrOlsXGXhefMtO1CXWlRgF0F"
    "dsvSJp7tUIlLMD+kmxLbakNpUIhlH2FdDuFWUZCEIIS6INQFoa6ahbqArNeyWS+BrBfvUa"
    "4bTHV1XWzvWDn1io10IwZq4FLIi8UlP5KBw1/zoz67wXUfDNbnY7UWMa4M8057shwmJbTY"
    "QEM+TluRcmbmYo6Jq3HIdkVrGAzGUWsrYHN9sQjTPHZA6tm79QdqK04LapkTc+cVxVvV3f"
    "OhoCx2QS5F7Hso4VEkv5abORTp7/RmHkUX8a3Ez5H30xZFKj6dupicIjGh54jXXGaah+A7"
    "0AUmyL+Fz2IIeBsd5Dx7J39D4RZ1Ls6Gfx2lZqCq+44Iv80+yBSQp8/PVZGnX/9qyn6Pzs"
    "Y65p89xZY1kQA0qpG4J0P9Pw/XzVwhLRdhiHtk4x5q7XR3aZ/b8pWrs4/rfOGqFJKIi7Qm"
    "haQ0QLFty2IU+RtAJNC61/6nN28KvPfsqtwXX5xLN9bWXS+ntkyPePMMLzz5GYukK0Sbq7"
    "GKiB/173t350IBHpFB7/6m+8/ru8/nQUcVNgX86LB/82vvih90qPXiBxUPr1r4j6hFLPCC"
    "u0paDHaW9M4SdtPZqopvQhSicfVx0GfjMuHrvNU8J0Rhnus8zxB1zd86mxl/g6jr9zjreV"
    "HXFGudKzZqPpekEDRhXqcTqbZgzgqCd0DS4zoee5QCvM4lLpNuEcqHqMiX2VGyM6Jcejyb"
    "uNuwTaVounRyP91c3D2xfksAWjH4XrNVXxRl2Vu/GevYflwC0u1ujZ39dik3xt5neDvJX5"
    "JEuDMEp81BbgnBqlCcO5lkrzuI4Y8d3nX3OMhQ432KOVX5pCNqyAtKUtCzFzF9dDITfXz9"
    "8vfBaB1RJZ4fubR1w8KyQHclNx6RoHiAi8Z4wkA+RY+xWgMrsWyxAb+gv2ng+YK6mEyW6B"
    "mLcv7+c4a9raX17xPp7YmJ4csRKuHXRn3orImw16OuwaE1uT37wrNvxxZoJ4RbCHv50eF1"
    "MaIcU+UAcaE2rGt1pCWirQt8lt9rDr9wjVq1IH5cqjXxtIqLPZoulsGeX0k8Etipkng9TR"
    "MZjHspJO5SV7e0qazmxLoFnxADV9O2ax44LPutP8HMXPMF21Lufe7aTgq1Zjsvz1dNPXsi"
    "Q3SN1rcSad3CLV8HgXh1PvTNjFxCvPp7nHWIVx/uI5XvB8pFdY33p8kq7b5aXENcdO9xUR"
    "rGbXYEuGiCe80WcFFY4y9uvQJ0Ucq8LDgXz6cvEJhL5vFvDsrdx6pgo0Q+px+ScjCbZLZs"
    "0Cv7/zpx0zGwKATGE0T9cNkp6jHDaIlERh4STq9MSK6a247I2JsvHMR+s2kz1YeN+jek+2"
    "mvEzpfeK5ohY3RXx67h+kuebqrnxTLVCBxDxtP2MJxwofi95pQdh9snIor/VHZY1jLEXmy"
    "6avT4f2vdYKoxWN7/r3Yn4Q9kY246KttumxwdoR32WY/ID+0F9s9g3w0COfVyEWzpt1VxQ"
    "mddfvWla2oxd5gtWWdEmyNn6ZiF+Rqq1ODPykH6O+EvlqWbVIITBWJi7J5uYsLTIygBo5S"
    "+uLXc0SfR+S+d3clEheDcXja4sMgzGV0bT+V8arXvTpHvJBJWm87THgbkqJLXvii7aByVC"
    "kp1ToP/V5CSwR/c7VgMW7hs5WIQxJhffy0Wfc8JgxSb8tmlAlRmOc6z3OgXG1ThjkmCHNc"
    "5zmGUFv+lxNCbRBqg7hQ/eJCh4lgDDB7+IlpmaI46cAjR5JIRvaiTpGIhp0QK9qalGC00B"
    "2HZ9Bwz31yEPQnHZ+jV173Urjz5wvdxkYndsRmAm7ykGcZiFBX0o10v/eCBqT1akDKtiN7"
    "O60gKQlaQV20giK0q6lJzC01/pQo6Pz1Uf6y88x+6dOTjE2R7xaLiVToExtjfzk1MV3Jef"
    "YcbTLDk2esGCJNiIFfNxvQoBOuCHxTwzUpBbBKWYLbrNisIICbA67qok2LAbDSrCGVmNlK"
    "AMDM8k9c3bSUEg9jIjulHm6nH/zX1CMTYYCOPdNyTeKc8vv99750hioyEjPupMN4OxJ1gy"
    "SOjnRdoc0+DklPoc0+jocZZpaAThxdzLNuIeq5Y/qN+yHCAYVTIlltxDlHnIDoYrYylj6F"
    "Uhz+AQ2/XN/f9660L/3+1yEyBeEy4+2o5K4jEg71gxO/WyegXCKXJtmgxxPdtk1so/+fXz"
    "55Zg/LZm0+xvYJvx+fd0yM0wBv5zR60tMRScVYubOGPaWObGzpSzRn/+fqz9h37dBXdMxm"
    "gyKT/UgL6w5mV5sWDkmlJi8sg6aW+TRzT4rROsOpJzTD7fw9xjFJR4L/BcTPWhI/ocRIAZ"
    "NyDyVGYq+RAuApsRZCvYe8U3+rVYE5JtJCiMt3kITfMMXVnBJrIdTV1iZqFwc0y/286t/1"
    "zpFBCQbOZ+stWGAifl+RDOD4VsXxBS5g+98mKLaS/4a1N+oPDNC2zTowQKHYSsMhBVKtgv"
    "IBxVag2EoyePfs3eqLhf8bs6G71dlOocDds6fNfYGizGTPRsOvjyL463cU0FdhLI/wkiHx"
    "yNYPjrjaNCS8411GKlBt5IjhmDiWbo29UymS7yUctTceclN7nDfYV2w6Go9Dv2BJgJVSC+"
    "skZ0nH5VJIj5ngvqAOl3u1tv1Fv3+T0PQvrlNR1LvH24ve4PitgJ5dZLqJ4CpY3e21v4pY"
    "3WB/7YkdDDWpdsYTjK9DGl9cK90d3qE/SksxXb20dcoQHfIcg75gCh7J7K7Y6U4Rw4uuri"
    "2UDMqZe7wJm18cko/yhDlL8ZjB1UEWnYhkzRNmMekumtMX7FeX1F90UyyIqEJkJ8ZjzJpk"
    "+7rTiIjhTn18OWPplGFkLbVgfJ826d+Ncx9jnMlT9CCSUjmZ0fVs4vAn5DRFl/qcxVdqP+"
    "8j0xQ4h/wcFJtsxoc9EToPXlI1UFNSgCwYdEpQt8ugq0uuBv9s3lPLnCxz9Y7gdCG9w8+V"
    "XHAJs2iixhemEcy9yYxrAdSzY596X0fQUVgImycbONiyTnklbPFT/GrYgZ78A69kLZYdr2"
    "LNFY1X052xfwZ6cUIXqeSuI8ILWtsm+8W8csWU2r5eM/z6eBrpOuwt5uf9gbGo0e27w6Ir"
    "0BTjoMZ28FDFndTghD5kMYyZbmNtvFDRPWIi1X0j375h/6/WIMdA1afYXWpjbzqVhRrzkU"
    "3LAQk2V7MTW1IW2/xszqwk9JPcvp8kEKvapgcCser7cezXbPMCv37Fn4lG+/Vrtnib7da/"
    "YVacz2STGNerk511pjVvo+snPBe0p7vELx4g8vJFPQFmi2LHYad58j5FY+o9zVx0PPaW7C"
    "pmnAp/+kknYEW9zkxmFtu8w5Tjome87KCpTefB8QE2TAdNLN2cZzlX1d5aav8Gt+PnxU34"
    "P4IBNTagpIgA74C+uhwKB9TTiR9NZlEWVyTQQu7WxzcFuFsf3+Ryt/ippI4Uf0UUQE6JbQ"
    "V1zb44qczds49FUnfPPubn7vJzKTc/38IUSYlxmXJW9GE3lQTK74us5/f56/l9Zj2r9YLa"
    "pQlU7XaK7zomVekabqYrogjHkOtEajZzTAJeo5pkd7Ud00DXV3TuJIQA180enphJtaMLgp"
    "u8w9VoDYO5sC8iscI2u3dCA7Q8cK+DEVsKcOxbU7+MxKaCmpuS+P/au9bmxm1k+1dQ/hK7"
    "VnHNK5PEu3erNLImo4z8uLJmsqloi0uL0IgZitTyYY9v7f73C4AP8S2AIikS7g+Z2CIblA"
    "9AAH1wursDHFo4ZxSwaLEpZQ+PFryafExaMcRQdKRbOgtXd42cqLOSVHChgYTk0PNLApcZ"
    "yifOco01z8Bhz3NngbsbfRhffpqOLy9Q1MbCnE4+jy8QnUEW5vj6kl7F5OkdyQXHCuc4VS"
    "vuOPJqBXrikOdoA7IeORlvVbo4ZiYfASNT/3aoblbHCHmZepmtGtVeY+jhXvRwv+hykO7V"
    "w5dvbX2JFeJ82taDalTdKWdb6W6G0RN67Xo8ZpvhhZnNnjy8vZ3dfKZX/T+I7qNn41/Hoz"
    "n9zMZ/srKe3dhB+8BreKlXm57z7GGa7vI07feYPwrJ/1Qnj98uSRGUb97d17Uil9BIQuBw"
    "obt/Eju5ydiBOheCc9tDNjnJiw7eAmsYwnnHuoYhelaesIHhy3OoSwGr4VzskyP1sVhiYC"
    "XOxWZkEzKbjOYnufNvHQe6saYkRTe17nDgu9sEtDd2Ozbf8oKb2S8VZJotW+QA5D0gF6zr"
    "wkl90xV/s8C/C+zef5xhI5oYirUgsgkWMpqZGjCSUy/z35b0GAy2ck1GiCyfLkOJupUvbR"
    "nN2GytdkFG5+hfjmVo/0KWaTyhLyyTl7u2adARy57xxSN/PtbQp1tKQlDTqNQqeYzjoq3q"
    "rtOUVHNPWpintBH0F/Rv9wn97X/o/wgUrqI6ZDYZhM9CjqsbBrK22DzzU49QIcS96uDv6X"
    "3+s5D6hYwA0jDNOEI3LeTLc0VJQZaQY6tXVobqrBV/IVnhnJ1jWZRZjrFM7k8rUWfxrrAs"
    "u0onxMykSSvSMvaJyU9gmsnYyTT+6yNVLEOITwlul2Yw10cDYlthsaWKoW/0nKOiYgowaw"
    "nwZsLNDMvBeZHWZRUEdkYtlg+IPult/QA6c9qYZr3NQ7x0wo2bwSCGwKSWcIVMvgfjCYFe"
    "Rwv0gvz8lRP57A4DgELtKDF4qz7RzPszLzdOK3Z1UEYHbv37FNvjjNI6GaJ71fUT+Tredm"
    "vo2EZBKw46XXhvsPbTwnt7/xqTf1/9+DP9+dXLswu0ta0t3TfSPEWWidFKN+mbhzwH2wPS"
    "hK6hxzU2kWpalDkLdWxOTt6jo3wFiELrFo9Helyh6r4stFQ9WOATxmzKFIP9nYTysKSceG"
    "pr51quaogzbwkzmfZ4LZNv/QvxC4TGJ2LdcJIVKt8OJ5cXbK5dmKPh9Wg8ZeF/S/qXGmEI"
    "oXDaKK6sUSVJo9KiyVBEXUGdnDIFYXKXhckQP1L8iskbPxK9oqKy0qwhKEqLc5iB4rx5Eg"
    "kEeo0K9GIvPOC7L892ZnI8QJanmw+WvsyriiHCKt0F9MDEb00e7Julljx7uVad4lzayRsG"
    "pQRTcKtITu1idICD6RgHQ/dY+W5sAQETGkiXVPc1jw/6utgHfZ3xQftHEmi2unJFKYLL2f"
    "D9/AIx24V59+nd1WTOgpYd735DS85qvNHNxHp8TZpysElaGt1cv5/Mrhi5YJkr3d7QO26H"
    "s/lkOJ3+rszGo/GEtblVbVdXDYOesy+xHrQeXt19Npre3LHmmP6hPvriFU8+5lfF+ZhfZf"
    "Ixm9gVJ/diRtJoDFrm9R7UCrjHjAD3arj3i86WC/tgRrYV2xLLCpgxlC+ev/aJPcxW4ii0"
    "FoRu5ynJ7jZkLdtDYaVbaLH2ZbOD//WrH99Gw53+UjbA767ITiA7ok0r71SxeCCH98s3fp"
    "vIR1E5Cwjk/6iEN/62Zbtj4cPyjOGBJ+bdpFY4D8zhoKh4DMt7UBS5oFUSRaZs4SC4ywfB"
    "K912XOWAY//cBqDPu9zn1TPQQe65/vQyZQOrTN87M+jfLvdvRO5W2ZulbKGnO93TjHev0s"
    "1xQ+jjLvext9Uq+llJS/CzOtztmfxCoBhrUI5XNYcmZM/kADfl9oliXGQOUEOu3RYDvQOZ"
    "nGC0d9IKkOUI+Q4gy6IsHpcca6pnIHMHJycHGKSDrRlfSAfbMbU5JILlhpc3BWzpXg1Q3o"
    "Ny0fb0AGG/oZuHqvoT8vMpaU+iOTollVhi0vSBcM38VmQF6ViRIr0Bq7VQEfYq7gsXCd9X"
    "3pARJZow6o0b+eNkywIRICHvsYNI/u3mLMRl6fDA2yzw48nf5VbNbJy1lQnitvXo6jeFgq"
    "TcbwWGdsqqRU3u6xd9yfXoZ8P0I3LEZo2EmTRi/5qB3ZWJFAJ2ZwbAZjIYW4KlyywgVCEn"
    "6ZEI6m1ONK8wJ5IJD+8ZxrzsSPSmQi7SzuQiDSgTpQaaKeBNZCOYWqADyPe6w67rf70iOi"
    "B204CDDiD30boT9H7OTKWjNfmzv3+kNXt2baCtZejLpwHL/2lbj2iLbfQVP6FTB2NEUcCm"
    "dr67/9y//yybhbT+5g/IbkEekR3sxaFUwe3SJWF4+4Yjfurtm8LwKXqpnKx4UA0vJ4rq17"
    "ub66Lo7sAgrUjTly76DzJ0p4/bkBKYKRS05Uh2FsJ7ejX8Rxr50fTmHQMnpiejDbxLMxsg"
    "C3wmssDM5rR41W9yJQsPTXLWr9h5CgeJHT/D4SuzR9rSH7D9FGUeiYrNqeFKE9a2O6WAkx"
    "tcCzmutfyKVJP9QqvWGVj7Qm5hCa0fbRqJZuasYm08sIR9Xxo6Sz+OV0DCH5WED/fNYumc"
    "klbSbSfqz+kUG+8CMCetKsHcMQFCM9u2WEkKgk+wnKccwLLCVjGrFitbheO7t4WtINsUZJ"
    "t6TrhDfphm88P4m1AlT8ZbnK0kZfasq3tAspLiAdxPb5knWQkcNNZ50BjNJ6IhXVlDCOaC"
    "c8fmzx3zIzZio7EGhOVWu2ff3OPq3OEAsiptW6RETiHKT982pUIGzvO4wmNFXS7xVlzyFj"
    "eTxo0GLWHXgYXcqSU1AH/i4CLIXSVVAH9KcxEgqO8I5cYK/or5YXET8MBydcl0UyPMGcSM"
    "ZBrQ9RIHZMcoThpERoArKL/bZmDsnarlQJJAvnjjQR5REL2t+9XfwaxZN8UlGTGQRjm51n"
    "BwXSCyr0Fkn9l11QDpu7Cdfu24eDGN7zSFQxeaZMOiHFE5VFg8f1QxDxamYALqSy7qa0m6"
    "WoQ/CO8HiV+KNMhK/Nj/BaAN72+PkWkN3EY4GfJEl0xCiijOaTvpGLD6VZQhZFsCVCWsI0"
    "PpwK5/3sAbVTdEQI4MpAO3kXlD1TQbOwX1dPMRjplIh3Ej2r2t+rShSnUX2xtH0dSnHLiL"
    "ucVc4/a4m9d9OQXSHYVMrvqDqLw9YQcCd36BO+gpi8e2XHpKgejDWLAJJePqzGnZw3FQqP"
    "ZJLA+2pXnLQ/NZhszFrd+aTGC1QQaFGS5LOKFYEsz91JAST8C5P8J1iELD7xwUmKLThfdm"
    "9fP9wvsB//yG/PvDm7fk39fay4X3489vfzqLAlJpWoXbmwHaUMoNR6GntzekMXbW7vgRqe"
    "Szf3uq6equTj6KZ/5KRL8e88ssTHrRtFz0hN3w4Ro6zUsSoT5R1J2ScNp4ZvmgLRqVCUG1"
    "x2TZYh0h4HUkrSSkher3nUPIREscp+2eddSQ5okDGLdpHrw25wYx7ArU3sVpYSIDSAtzQF"
    "qY/kQeS6fI60/wsXTQu5arGuLgJ8wA/srw429bJlEX74G0JXRC5U5wXNX1Csj8seltMsqU"
    "pDQwsm5qe13DVuXkajgffRhfXoQO5sL8MJ6SX9fkT1uYt8MJ+Xmr6uTn0fB6NJ5O6b1L+g"
    "cbRtbZ5Tt44Tp3KTl2Se/M1xZpxw87ENofpe3a3yad/G3lmUvaF+je0w2XuPzn9Hl/b+p8"
    "pu3Nk40N7Ie4iUeTpC3heIzneAzOEYrRl+scAYobtxXFEhwa255gXdisIcALxQuaDg1i62"
    "aVnCJpQxisUMYYyhh3gexsoIwxZMNpLBtONI/WgLDs2XDSaw5Hid3YrqqOIey3NvN4qnD3"
    "FObsPhTqcNeJL28d7uNGaIVaphJRTkzuxCHKiUuteEQ5dx8/ITVSwyAHG4aDPId8Yewims"
    "rCV7SgU/xtaXgaLXXyeTg/GyAySWiIkg5M67LRTX3jbYJs8YHq5Smbdr6NB+7VyUDp12ML"
    "ZCqmVoGsKvUcotBXiWU8F5XqZw3b64UfOz3WY9O3bgYVrMUKHGfsWqwD2xNodYesb3iFbT"
    "svv9i+GIiEaYthENEnvY2DgBQsQFh1F1kgrFogrKC6afvVTZt0QIcGtnPdTv/CoMzZtLaO"
    "otLbBIqbsfsviOdHANN0pq44/Uq6Dv2Flsk8QwRChxYgc9HGYiEWxAVUEdllDoiLaLo0xk"
    "JFNlngkbu2Le/LmoVXkKG1WiHLc++tb/k1zlp6bq7PSZ9z4o8c/9FKUH+TNJ9xQP9gn5LP"
    "mNU/hfzRMp9JMpe0FU+p2HENu5RXMRPeD9EcPEXS0u8JL8oZQwnh/vktB9w/p+UuO7jppV"
    "Tch5oDcknIh5oH7fMKlaELgcjADO+XcDzW//ob1pJFAIt5RSkr0EfkZqbVt7SSpJASN2kF"
    "OtwEl1KHDneDHYdszrN9MsffijjCnYkUU0qZ2nP8j3k55JHYc3pz/Ut4e7ofMhX89JVeMs"
    "2Uxo9ljSWabVo+ggBJdHGHyCWJFkit0iThQTONeFsqKckhPXYXB2XExz27jUo2ms+L+gcN"
    "VrKDgQ50QDfpgK5Ho+XsqsjgNSmwYv1yMvt0fT25/uUCBfYL8+bjBbK+Lsz3wwkLQFupes"
    "XoM56kf8Up/zIJ/zRdNfAyZ10p9tNiJlLsq1LRfTzUwcti6uBlhjpY6WJ+cHi/dOFiP7x4"
    "wYEtuasQXHYtdTyo/x9W7p/c3DqCJXN70k6aKlptR9mzlEsCDMTOQBrI66MerEdHYQkIxI"
    "Zy0k4aXNt2sixPkPTZWXSD8KGPlYfw0R0/ol+oS5JW3egWqXg4bNtWjkKkmIWLDCTYzrTN"
    "wGme7RNoG5ElNmUlzXpQn6JsxxVkUC2n05KWEtJpPaHPQkxKUwqsdFN31pX6OWVaQ0d3jM"
    "fuez93hCcdqaams8P8HJ50d3FQxpOubWUZ3tkAU/oHwzsgsVipEYWNOQjqOWpQDxRAarAk"
    "j3ApniOU4GkN3mZqmMQmElGcd2YSol3/YCZ7zjzdA/epSdsKCLrUGToOO5/70GR4ezud0L"
    "ORwH5h3o1m47F/kELuxNg/SiFz63j2eTL+7QKRLsD2g44fF+bN+/fj2QWyVitsL8wPkxlt"
    "aa3btJ3Z+NfxaE4/sPGfLLdklYOX+tP+OZZnL4XmqZ2FBN504zUGrbw03cVMRXi/BNC2TV"
    "TgzdawnjAWUyOmrCTSB9VGVYDypxhquZQ/8V73tlrFXk9aQq93pddziIxs4SffTxfNJRg3"
    "gjDX/WGuMTrkwFjMX637211jPUOZO/VSYoAJh2XGy88Em/UDK5tNwnYkAj0xDzAf5kCQbm"
    "gbMgHUKIuL7UCsns/jxi4P9jG5u3ubV70CY9smY1sczbqfhulDZOvJ6MNkejkazsYXaLnW"
    "DW2p2nhhXpGd0ex6Mv9d8S9tyBe1Td19UvzrH8bD6fwDrbegGsSR5+uqhhWXpD/u8/JYlN"
    "DrkYUE3n/TjKTuOB7xMfLKIZRUkYsbHRgX2zGnXywsFn/b6sRpEIQvafWcq8gBJVL84vfT"
    "OQZK5Dn2Og8lAlVBGuSWj0fad+4NapZxCiGrgXIax5rqGci8hFNqgO1PrAZ5vlvM851MD7"
    "DMjboS4Kli3Mo1a0+igd0WZxUAV85c7dDl5a+UWAfzpa1jPsoT8u0uYmniMNpiG8XaHtAE"
    "cdih9QvR6esXyLLRjzSPnHPG8pUHDdE9GTpVkU3Gw2NWtNHGMxdmrAX0BbsO0sl/1qMZPN"
    "I5O0fzNUb+YES29Yh0h6W9++KRTv4r+9HPfccuLlXb1rF/x294ZG1QkKakODPeMsk/Rn9F"
    "lFY65huCqPOYFGG2a3ijIjOGsK/KLyrcA+qkw9zT8bKGdQ03SBv2LMIVIW0YpA3rQB9A2r"
    "COvRQ95Uy5KinHXDgx0jRjCCv9fnIv5Z0dSD+ltCY9g5qbhsqMtHyW70hBnZZnO/l8in9l"
    "sI9EYbeB/kcu535J+joLa1meda3GTeRxoW04UsfVXbEUaZGBFDv0dJwZT4o/cldJpFk2zV"
    "/sm2VwLvaFUmYSaKOOl8JFN73cJHUceVx2pu3tyN72JZvLVnUcxVmSnZYAtkkjQDWveiDZ"
    "tugPOaDuKx24s2uxbmC4HPa2bCA468VjWy5nXSB3TSxWHDsOge3A4/Y5BZVAfee31sOxcJ"
    "TD9kh1k+MTxhU5pV5hqGsBv1AuvzDSK5mWiAuTMgMvca+XCCmTmkyZZDl6vndYks0nZgMg"
    "86Xy6VsFhN1mXiiXz2g++Ty+QL71wpyO388vkIFXbPU4csmDlrODde0oUurkYPvBPt6KWP"
    "98QvwM4orkTCjFjF7MRIbR3DadxzKKCerP4jbPWn1GjJnTo7A0yiIQZi2fcwRphAbOi0jn"
    "QBHnRqM/KwzpXkTwPY6ZPGfkomTFguqSlJlEsi7I9gYcMIQ2Q68LhTaDFL+pWdRzsC2Gas"
    "yilmWp93x3id4xHIFZeIXFjtNYUz0bs7xKx9T7ekD6vHRmseqHgHJqTFPRODUkGrzF9sqy"
    "N3QMz7DMCQdDHv9QvIJmZnhp2ZqsYJErpnN4gsY7l8yW86AtibHSw/rJh4sW5BtXWc1Cch"
    "eTxe3GxHOL/MO5wlbMZnHU/Qvv0hrbtPFksThIALLLOZujAEkkpC2VgCRT4IIGpFd74gEq"
    "KW2/XGPNM6rVFEzZSujG99dtz7I1W0MVq9kSGUignm8hUiGaI9nsLhRNn2MKIfXlR6AVQu"
    "rJJfr9c9+A/SKWnXWLr8MWm1qwDRVRsdyOry9Z9anAfmHeDu/uaB0pGj5AkwO9H06m9PeV"
    "qhvZBEVH0LasMNbolifbPcWSgLiNBHNU25IAOLQpHur9pO/h0OY59jrPoc0xz747180NHX"
    "5Drt8WklbES1MfeIqTKHPdszHMnbAi9QJDUtpOJaVtMvYrVuQrh/tLlgArJf/+tO6VoJgW"
    "0H9y0X+QvwJik/oOsm0VDWEOUsfq/mg+uftwc3tLa4Q7a2u7pVXCR9Px7OMFIuDYXxfm3f"
    "xmNlauhtfDX9hd9IBW8ZcFcu/tJ4rcHb2y9ezlWnXop+8n18Pr0Zh8Q92kyCzMD/+rDC+v"
    "JtcXaP1v4lhsdHNhTiefx+RrTafU2tAfsOJgw/CXdOGAnRc88TovisN1XqQ7fk28taXlmT"
    "mObOHCkLBpz5t52en1AbLtHJ2L62GApbXFpigxfXM7JhMMtaST2A2jpJeG5XSCggY+tBj3"
    "fjJjwIc+x17n4kOBs2tuFwERAiBp7yBdxydpBy706AW6ItL60HgBCQn+RtOF3axWjJTNsM"
    "X+hcEeothahfJyoIh7tcQMSijijWW6a+NJcVRDtZ+UFc5ZbcoKY+Tby7S6t1wcg2WSEMwA"
    "ELd51pk8esiz1KYBHI5G49s5pVzU5RJvXaoDvByPppNr+pmGl4ZudoKIIV9F1yq55EnLGl"
    "zybu7GeuiBZ4kXoNuK365+Ei9cRX5AiAZCtL6AC0I0EKL1AtxOC9Gy6QhyGIbcnAWlbMN2"
    "Z6HE0ibsr/g9RMwn/c5BvhmyVqzsdpjYeoAedXfNCl0TpxU7rMr20tpsdJZ7Hq30Lx5ZEK"
    "mZu2Z1u0lrSGWlsZ/QI7YxelwHZ6Pxqt8tPXdh0haCRzySy4+27rrYRKe0O4kzcE5eltXq"
    "PIbfWXENbxzLEk8sdEuDUt1H5WOCTsgAW6Ioiyy6LHOqqCcrAzN0PX8sdD1/TLuelq3lZs"
    "goHLY7g/a2pH0pxcNmMXHGMGEmDaptl9CN1g3xDsjaQi9U6wWKjnK/FZhPYhbSgF7fhCJY"
    "LO0IddI6v7NIThGYtp0BtFjpGbcBmSeEXNc4uuXlPKOKSUIOUcoKprC89RVHWVNE1tikFb"
    "Cde9nOOAtwIBMXLzvXs9HLS8el3tz9VGc4IIHo3INs6s3tFs2ZzCKax3Fm8oyWE5zB7cpa"
    "pzFdT3zsZvgQFFhdMI7Rth7RFttoG10lfxNSXXaRRYz9lRGPNDSDfbZWHWRaCJuao1jmeY"
    "bMbO4xIADrGOEIQazNB7EygZZTRdXlgKyLrLj+/CECXszkORfFIV6XI/Zu7ywkIABaKCoI"
    "Pn8x+vL6/KDFadDtB0IFQvf6gCwwKsdiVCAyUgReiIx8tuK8ZDmXHNIqU++llLPykw8lSs"
    "1ALGCv1qxBCRWEVyu8dGkeKEFfO2X3rLkK8LjB4waPewAed/dXAvC4m0d2ZVsbpZrbnWcK"
    "GOdgTGaNaghnDQFf4DaOzG0kXnsgOHgwzpspOViO2OsPOPPgnJ0vgUt6PlxSqt5tDpmUrY"
    "hbyiaFZXgVm93PGd95E4upRLqvM3Iwi2e5QNi0LcPAGjpVaVCkRn6if8XZgOqSTBR9aNnI"
    "tNx4SCaNJWAhmX4luKwkqsXn5oZqBs+i16MVGGI1j8mXhb2ahfadZRlYNfPhjZulQL4ndr"
    "2d3nLjqG5upgmC4d0kHUfx6erdeHb6kjEL5Cbdn+yOHR3UMYjrdpn8QpGCA3dnBMOWe9iS"
    "6V6oBEt4P3DBPFwwpPcuRr+fXHCIUVl6b6ArGwvB9TeZYsAmjQDX/RRabC9/oEMculx3ux"
    "Z7BjWvc5wcZft5NKApRdDloimPyzuEQ7yEeIi9BXzMQzCoQMkil2cehM6I7woThhJuCvu7"
    "CcwqAliIj3gXx8yggzvdwezPygubLilgujORzoGuPyxxqW7Vpe7mHMyUZOrdmQCxVpykF8"
    "RpshASXOI0y7Md0ZzXcRtwmiHhNYSC9RfZEq7Hf89rYCFGUUM9A5hb/hCfETmUJSDeEUEX"
    "lDudVu7EI0giNUzqcFagOF5WiiPJsG62Qt4WmyNDx+xp2TJ5u6uDMoKRpj9SluxG7pz1W9"
    "V2Sf8g0qqh+y/qObrDZFy5DlJtjGzV1KwNevXD2+/vdRf56DnIWVuPVIu0xH8l/xpPVFSk"
    "2+juw/B7civSHfQVb110qtJcTOuTFPStPXhhWitEftS/rL8nsNjW9gk57CHIxFhjWaIcw3"
    "pEHy/fn52j4cqlXwnZlsu+EZNKbWl6MMtzQkPH1Q0DkX35mrRIvzp2kEd+Mhbmv8J7Ff9e"
    "BX/b6mS7T5yrf6FT2tgX0iEY+bnTyQNn+MH6irUL+j1c8pNJ/wDdcTysMXEWfsD20+6KjV"
    "eegzVIaNVB7td/8XK3tcW8UcKoHubouCAnmKM3LziYozcvCpkjeimlalE3YqqW4H4Js4W9"
    "fMGDLrmrEF52LSN22+bVx/317ua6UO4WWKSpI33pov8gQ3cac85O/rbyzCWbqO893XB10z"
    "mnz/t7U8RoCeAUoQRrlEnsnM7hPEjSQbSBdGJnlrbd0De6S+vSKBs9x+coz/meMW7PdX77"
    "ojcJ4P3FOtyp8E4uKTMJ55j6qf/0BkkU8yJ7OHURhn63NxU9MihvCeqjdvlws4elilWW5E"
    "PwtTsZjuaTz2NalZhaL8zZ+PPNR1qS2PZ9rrRPyrXnesuz5Up3b2zH9Tb9UgZfpsJLmLSE"
    "l67LLx2czha/YPKezkKQgGy9zhMkAKfHLZ5xwknRMU6KGB994EERPdSY03Z6OHsVnhElNt"
    "refdT4gVj9hu/XlvX1LtaiTKg1fbLmD7OCg7VoDO45V9uNeY5jNZN4HUvsONHJDTvQcS2k"
    "Ip/xR6fB/8lrqdFjJNIQPRsy3bML/1hLd534oRbLgKllswM0+6j9Z0x/nMSc/38KnTiV1Q"
    "qV7NCplfqgxUdTbGgIU21JK+kOpxqotgKHJ106PKnOb9bOZ3Z0Ke6hu5X1smN0Xmp9Kcsp"
    "EbOqllSiUpdGn/Q2rQQwWcXLSz85Da44g2JtSzGfUSJtAcF2oYCoBiIjqRfsGcjcfEZ8eH"
    "UpbDxw1oeuizfbXD1n6o7BXt/z0TdQVN+C0wudrzEi7elMQmhYXy4QVpdrFDRCXUQ6SxA/"
    "Mbwplh5ONZ1HbNO0cfQ3bNuWnfU9m3hAzapG8DHb8jHV3WjmXCBiFrA85KmS2Fk7AUwTSj"
    "+XtIJDhJys83S2EWFCIgPpVEaNJEfTPNuP+NnkkCGFAzdl1d6U0BeVIrhexVDL63qFe6dc"
    "56tse5MylGmJbWGrU+KnhcDW4KkFnsBlrMWe9Qivu5YajR102KJOKPbY4v3E6bIFf7eOBZ"
    "w2y3PvrW/IWqGgFbRr5YLl/7atRxpDhk7xA3GCByh+1nxGvCxbp7meabZw6l2xunmqT/WT"
    "RslHua5c849dmPeeo5v0tDJogU6WWEP3T4j2JTa18yAu0DkPvoRzHnwLRfOw7z/a2KXfiQ"
    "XIUTNrtTpH9C9gjSJdQ7qzMFmWc9KN5JsHYXShY+pnPd8aKnFIHYv8uMT0AQ7SbGtLr5DV"
    "0ilJiJ46hmdPpeM6nRX9j5hc1sTf3NB/h6PS7rqxUWeKuAcPdcfwHXuZbTiKzweMYSQMc2"
    "glIdCvX3EA/fpVIdD0Ujrd+pNhqTmDufhIOmbS/pn0cY48Gzl97mGcBdm3aBRCsR44uR1f"
    "X06uf7lAgf3CvBxPJ5/HMxpsESzeWKOfDtkHakdCL+JsuhhlCQRFLkGR3uNkcC1nKXLMIa"
    "qly8oLQ3VcpRpLnWcKVHVOtjSKkzBfnbQC0pqLtA4XqgozV9oWpq0uT1vAoxe/Z/Ly6BCM"
    "J1uv8wTjxbk6weIyWUuZjlAaqzCTIkfrOSCRNPJpkC41kx1zogclGfdWMawvOYSyePRZTK"
    "4mCfyNBp7ljdzik6X0AOc8XcrEGO4/YPptjWnh1zA47FElIPkHJ05wGuOfpTjkPSWghkkP"
    "aVwYVmmlWdWlJWNddBqe2DBAlvbTlgaU6S7aeOTqffaMqbUnL0y6oLGjISpCpO35ysTwEB"
    "LyJ3Ywf6JnGyI+bnC7hMcAP3Al9vuhJLHfD9nEfv57JnIQsLOA2LT6TwfY3Jbtjjn+Vljs"
    "MLSQYsiX+Rjjf8zLAY9cjOnN9S/h7eleSAKuO8oujZRAnFjCrsVIsXBmh0Ax8Lc74m8Dy/"
    "Ice52HZYHwwBMID+wWlXJQeGDmVEjPS+tQgUORUOjbKIkynpgPlr7EJznMSXRtUEaXYN2/"
    "q2OVdkHQSa+1Iej8Sv74fF5hvwortO2yx3XybvppfIHuDY/luGX5bSsJrH7iIB1+KqQcfs"
    "qep2veFitfcU6cRDGrk7SSLufQGx6Q3xSj/CYDs43JH+m4ojinzKSTiLx8xYM0uatYL/gq"
    "g7VDNgKqQTbBIkgnjKQb0PVLlruum81gXZ9sdnJ394lO4H4Ov4X5fjiZ0t9Xqm50Yk6/95"
    "6wXaLb398/yRY6va5OSPd8nlx+Gk5Jj5AeetA1TzUW5ujm6nZ4/fsFWlqbrWo+VemX+sXM"
    "PrCi5ZGSVl3ujqrrQBNFkoJBTJ4jthSk7aRbdV/xgP2qGOtXBVDjDZkBxZGOzKQDupFhbW"
    "JXWeEc1U6ZsxozkonEa8VpjSVoJZ0rDH3MCKCvDr3lku25OPhxM4C/MvwGDQfPQl8sS4gM"
    "QJWQOB2qQ5UQcKWC25qkVXt+VztLbf0eru/eVTgiTRhCjEl3DkSz5+BbbaUICtpiJtLtVx"
    "uRtJEnrnR7o3ieYM3llJ10aNef2T6ETGxhSFoBzNwwUxZTiMfJGEoHNg/WxVBnkIYUkM1G"
    "00JuBcit0PbJlEz7xw3e3GNbTFGXsIFkCiBJll+cCpLk59jrPJJky9ZE58+4iUyMbm3zp2"
    "XrX3RTNYRTEacMJVqbWmbLbbzyTE1sWCdsJIK+tmEdaOEqlGzOsQSA9wYysHk2i7J4HEPY"
    "Ts+mZd4Qhvh6lIhgmJHFcTYZzU9y5oYacJ1FDfVr2PLimpgQOYANV68aoI3HLMgJbmqp5x"
    "q3u0m0BojlruKes+IcUMfdxtqBcU3yDehG45lG6markuF8khPPFF0blMUzLe2Nsgzu7FhM"
    "03MJaGosA0p+DtWyU5/cxKkQVZDVXIgKoyWWRDdwbLlWTRMXiB32xwTEzLsM98nd1d0Fcj"
    "bOwhxfDSfTCxTpi48cltG/kBnNVleu4PHmyeVs+H5+gZjtwgzCZ5Th7e3s5jMN0gjiaBSy"
    "eNrWAw3V8K/REBr/MxpUcxeG3ThRtvqb6zFp1jJZAOWv49Hcj6L8Ey9dajEaXo/GUxaJs6"
    "QIGhWDcepXx5PBqNAjPbJLwwUZuEsC0/KMpTvdrn+2izDbqraaV+GwWLuaY9oNFSt9rDQq"
    "VjYt09SI9AUWeSMyhtK9DY2Exfqw3VtajvtenM8saSUB0m1nNHOWa6x5RqWTzbRtO2ebIA"
    "apJgax8VLf6vn5G0vOJuJGIKjKVNf27je0XGGl1ydlC1r8Lr8+4d6/QkenTKGfu9zPxJG1"
    "K77PCUvo5S738ko3dWddqZtTptDPXe5nn39RbKw6eZUkylIbpQwl8C1aUOyDOLYY/X7KJE"
    "Ec+xx7nUccG21rRQVvWUPQuxXHGYiim7EDcHP8dvxlI5xsOmkE4u5SPkR02OZYwsDdXyjN"
    "H5JZnIUVb3e7lno2hnlVb8nXl0NTuJtJa8BXbkVhZtEp0BMWzRUA8P6ifunpkQPi2E4LEN"
    "6DcHZXKqyJbVT0Sb4/mb3GtJ7WSZ7wM359sFf86d+t7Mpz7a/5d2NiFNghqrb6gtHp7eR2"
    "eoEe19gcoLX1OEAr29rQ323SwP0T+cnanJ2j4ZbKar63iB/EquYlKvrV2C7k1+90CFqJaB"
    "XEf0cV/32xVdPFea9AWVmzmFWLRc2OQ33XWNTMsTx7WTn59c6600P9anI9uZ3d/DIbXl2g"
    "jW7qZHUl42VDU19/up6PZzT1tUeGj70wh5fk7gukauS+hUleEmU2vp3+zl4VxcZb4yl4YZ"
    "Tp5Ppj8NYohm5+XZiTq9ub2fwC6ZutZbtVXqX602hr2BVMNbyzgHMGnnMGzxGNy49ZAK+Q"
    "nZP0rchw9e+Wbqg2ENTQq/OwVved/TwY4TkOO07apa7tpRpmPn3AamA1rqKGegYwL7GRGF"
    "qiRQybpDSiOoY5dEa8xmE5lZEsrshHY2yw45DvhFwLWexXihDZgKIwKPY7B536/Yy22I4+"
    "RqqpBXefIcsmBuRhpqOyQAjVYI0Fdrk0RwvPXZi76mdnRaTIHyfLWJxw8Cr9E6gSoEq6Mg"
    "t2lyrpVylIAoX9lWwRxSuLXQ1nH8lWigY5Rm0szPlseH03HM0nN9c0WjIxDXXF+T5Syci0"
    "h9ihUPgG4xdFA0YhWFQcbPEYUQgNbTA0tH+R8rUVl8zGvZNP5uxXd2FejqeTz2NWPjjYld"
    "PI90/Xsc89M3YlWZqStPVxcntLP3C+6ttttfj4+heUTibN7hib0xP2hi/SC7LO18stky+I"
    "bVs1RBBN2ACkGXEwOzqrxCsnLCF9f4cnIqpH0osSUJeUgEqayVZKrf7tdZXoMGnDwurPmm"
    "aojqsIl8pJWkkHcyOn4kzSVyFweWcG0axdXhBsTDUulZb9lCn0c/f7WZhaS5lJN2c+d3lG"
    "u8f38uozIFxZtl7PmVUz4crhibdgNG3SCqSDWS4C5E51oVoid4rrNQ4UPMVTxPdr5HJHIy"
    "Zf2nzNU3YI14AtiMmOJSbzkQ+i4E5yFGXJGwacEXKcorLf1kxbhdRApYVUsnJhjQq9IvEE"
    "skwm1AoUOANEFqpzNKYqtzDu7dHWXeyQVuLRfKQRKxs118oTc6Vju5cl1BIdpBx7LrKx5g"
    "o+gCAMYuc4cY8+geC5Lo/15xw85y9MlTiZhKWE3nl/vXEIkoEgGfBrqvs1Y7bXKfRqxuFW"
    "qNynCf5ItgJwOjbDwL34zkH4e2pHFhqNTAPOADlYNYjDobqI/O6iU/r3YlM7Z3/Y0n7aum"
    "foUXfXxLm4J8uNhtgQQCvLRoZlffW2Ttaraf5xUK6uW95LtIvnPeWKDLq8g6t4wvXDSx71"
    "BbmrcD/FruVVVlmrzloY5shKuuKA9Z8lwqlSMfTynip1ZBvb+yUis4kV2W3t3/DemHhukX"
    "8a3+4etSOa2uwetIENE4vmbF5jOUfLN65B6k7uPaujPpCtou0ZeLdPJO2ch+2ET57RO1QH"
    "0SifM7RcW5ZDaXMfH+evCD+ohkd7n6WiQ56Dtbw9a9OPgz1rt/asUAe4STU2eUmy4BaHOo"
    "b3tx/oeBymr5GQRhDCybZ5BSHcc+x1LiEcFJZoT7YFKeS5RVucKeSPQ8MPsa0v1yc5Tkxw"
    "pdSHUXf37PNeinEFL6BbXsAD8dl0sbjBmImEvkAjMW30pRJAOLhdQnRfvnjBI7V48aJYa0"
    "GvpePITTe3fkyxvxUzAZdL0OU6iOU8dDH77/8DicZgCg=="
)
