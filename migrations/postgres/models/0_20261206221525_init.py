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
    "price_flagged" BOOL NOT NULL,
    "price_variance_fen" BIGINT NOT NULL,
    "price_lines" JSONB NOT NULL,
    "price_reviewed_at" TIMESTAMPTZ,
    "price_review_note" VARCHAR(255) NOT NULL,
    "clerk_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "price_reviewed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_offline_sal_price_f_2105b9" ON "offline_sales" ("price_flagged");
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
CREATE TABLE IF NOT EXISTS "channel_publications" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "state" VARCHAR(16) NOT NULL,
    "category_id" VARCHAR(32) NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "images" JSONB NOT NULL,
    "attributes" JSONB NOT NULL,
    "platform_item_id" VARCHAR(64) NOT NULL,
    "sku_ids" JSONB NOT NULL,
    "error_kind" VARCHAR(32) NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "attempts" INT NOT NULL,
    "published_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pub_product_7aaaae" UNIQUE ("product_id", "account_id")
);
COMMENT ON COLUMN "channel_publications"."state" IS 'PENDING: pending\nPUBLISHED: published\nFAILED: failed';
COMMENT ON TABLE "channel_publications" IS 'A Cradle product on one shop: what staff chose for the platform (leaf category, its attributes, images,';
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
COMMENT ON TABLE "purchasing_settings" IS 'Chain-wide purchasing settings, one row per key (see backend.purchasing.settings_store).';
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
    "eJzsvWtz4za2LvxXUP7wxq5X8XS7k06PZ/aukm11t9O25ZHsZOZEUwwlQhZjClR4sVv77P"
    "nvBwAv4gWUCIqkSPY6dXamTXKB1AMQXJdnrfV/j5amhg379NK1HXM5Mg18dI7+7xFRl+wf"
    "grM9dKSuVptz7ICjTrnc0Yxfp1j0Qn5CndqOpc4cem6uGjamhzRszyx95egmYRJ9xC5Gn/"
    "+BNDzXCbbR8VSdPWOindp45lq6sz7lw52cIxVNVRujuf4Va1ysh5wFRitsLXXbpgPayJzz"
    "QzPVUQ3zycVId9Azxiv+NJo5o4+jk6c6bzwhxyqy3amNneAiPhgb5ju7h1I3VV1nYVr6/6"
    "gMopMeUolGH0CjAyN7Zq7wOR+D4mxhKv6qWnhhujZ9fnrhhNgqfWQ0W6iE0MlhT7FU14hO"
    "ATIJOiauYdCfYxj+oyxPThkwLtH/dLHimE+YHrQoPL/9mx7WiYa/0on0/1w9K3MdG1psge"
    "gaG4AfV5z1ih+7Js5HfiHDfKrMTMNdks3FqzX9gSS8WicOO/qECbZUB7PhHctlS4U9rb+y"
    "gtXjPenmEu8RIzJ0MlXXYAuOSXsPsDl2pCh3wwdlPHhQlKPUYgwkIsvEPzSjU0wXMn1Um/"
    "/6J/YI35+9/eGnHz68e//DB3oJf8zwyE//8W69AcYT5PDcPRz9h5+nc+pdwTHegDqjb1Ya"
    "1suFaolxDa5PIEsfOYlsgGNzoV2qXxUDkydnQf98d7YFx1/6o8vP/dHxu7MTdkOTbjTeLn"
    "TnnznjpxjUG2j5/0pAG1xfDrTBgQ22m22xdnDf/5AD3Pc/ZILLTsXBZRsb3/zFCA+Iu+Qo"
    "X9OnUskMp9CODdBkyI/Gn4f394PRObIX5op+CCbk8mYw+nKOKEzW84SMH4ajgXLbv+t/4l"
    "ex7VpZqkR9YtfePzIMx+zMyrXobm2zox+v7/p3lwP6hDph8EzI538o/avb67tztPhTUbWl"
    "Tibk5vqXAX2smxsmbegvWLGxQW+a/MLlWQJnb3IsgbM3mUuAnYovgcg3Mb0Ifh4P78SvWU"
    "IsMfWaTr9f/0t/rJ36VJS1BI7+PnfJjM0umrq64ejEPmX3+++jit7FLcAzmNjIS9v+04gC"
    "fnzb/2dyLi5vhhccMtN2niw+Ch/gIjEx3grUNalpiQntNSn+N6QpO2Hd6IdqmuwMpARhFo"
    "rPQqAWy0xAVAawL469bivUCqGfqzT4Fyb94qskw2aIyiUmYEoFq/ogBEpvvdBfDIc3Megv"
    "rh8SgD/eXgxGx2/5PNCLdMezuXyjIrLYLcwgUVQnjfgVPePoS5yx5GOSyUXvi54G/2iOUp"
    "ZfD6Y/UBsSY+3P85YJebi+HYwf+rf3sVm56j8M2JkzfnSdOHr8PvGShIOgX68fPiP2J/o/"
    "w7tB8r0Jr3v4P0fsmVTXMRVivlLVL2KHBUcD1GKz7q60grMel4RZb8qsBxhFpp0/PXPJzJ"
    "8j/gN2gHmTqMqgKbEzkeVBDQ3B5+/CF/v4ZYQN7ngSrAHfF/ho4zyGWDM/d5ujURjNMzML"
    "x/Sp5dkyeYSbdZp/b3YnH6obc6b6D5pyqYbnetscqoZ/VT5vajYa4OEDD19ToAUPX3s9fM"
    "/0dxV17gWyTQb66Nf+aPB5+DgenG9CK743z/fiFfGzvX2fYyLeJhWIzUSwU/GJoLoBVR8E"
    "n/LshR4RqW8KjqrynyUcmT/+mMeT+eOP2a5Mdi6OsSFUovFMX6qGGGJDrDx7Iqe+aGuVJx"
    "G0V4PL69v+zfFfe+8TFmkA+g8pH7FBbyWJqycBuG7FdWXpJgshS+hrUZHdWltZm8LbN28a"
    "rbeB16pWr1UhS5YqGfP5/pZs1Axrhgqyv0mb2BNmWGEu6j3N/ns20E2bXd3bgaK63ex5T4"
    "zGbIyuriRV+8O1nSUm+64kjlI/HK2reC3NF1wWWrf+WF3Fir98jvqMywCLjdNVoOgZYs+x"
    "ZSumKzBOZLB68IfqPlQ6AaS2IWVa2t5RgSEbo6OqgU+yymI1ycB0Q4caeyN1aTVVGUTh8S"
    "ZBACWIQ2UHT8JgFwROOhM4YXMq6+GPynQugFK+j1/T7ZWhrhVZmJNyTfbzNwbslWrbr/QD"
    "rCxUeyGDdkqwg3BX4tXfh58O1PQ2U9PplEltaKFAoelumKZbw5v1imfmUmFfW5Hqk41zUq"
    "4UuDv9iaaILVRHMVeYSEMdFwSsd2ENIaCaicuO+YyJ8kJtN99KzmlCpeTqC2i2JZwJnPBs"
    "qNvJDs7DCY9k5StSTom0YKFXqmmaUAkvVSpkLUQ7DfVHqmvrT+QLXqcMDbHDMF55oV1AZ7"
    "kL6WFLfQ09ZoJlRnGgvx57X4gRXf+j60sKex5eQIwxDdyAbX7tGcXqWbGo9m2JkhJl4Lpk"
    "Q434SF1Fy17o872DuWyMrgJ0QIJASza+JvAD2ggVBCghQLkfWlIByih7zpzrIj0ugHRI8I"
    "NJ/5PnPVXn8/vNeB1chsu5WhpSt95YHUQJL1eGucalLKpBZKyOQFWAHbAtzTKpx29nCygV"
    "5lv+xu/Axg1ucvRvoBIckEoQTIOcTyQhVZ+PsfFIx0kacqhGJADR3T6mYCfZ07mUM5W/ae"
    "Dm9StFFlXMoXTZH1/2rwZHcR068pHYE9YO+o2S0CZ2QTG82e66KvmCUVeUqJRt3FOVrQ/w"
    "BCMl5SNrDpfwQn/6VnSAv56dvXv309mbd+8//PjDTz/9+OFNuKGmT23bWS+uP7HNtReNxO"
    "zWFDqf9c5oPIzAM3x8OEd+ZoFs5D1P4D077p4Ku/MXr1ioMiZZT6iyzneiJZHJAKStoUlI"
    "sYcU+zbhquneNq8sJYybuBCE0NMG46vuLHSiWCp5kqVZJUWLMa0ahm89RCvbdK2ZFCN2I1"
    "FjBRmmole1jiuu0uOSF2zpdDiR+r5tVccFa2QPhkdau6rpTee6tSymOiZkS1Ae27OztE55"
    "1LDmrrDyjAUVb7akKcWkIB8ssYmlCdCbl2K6luQPpiVB+0nvWIcLRHQcWIhDQByiAc7yFs"
    "QhGrYRlBGGoM+A7h5vbo4yP2b1rdyWwiv4fmdAfJhQj0enFQR5Qp7trvDOhtS7u1XhkGBk"
    "zxZUfTSwhrgka6NnssNsMLTEyym2kOrwY8HaRMfMUrCRamGkspqyKLAebK/7XqwtYVU32U"
    "pIYddys8pRLcdmtg8wUw7JTAnmI226Zpg0/vXbzNVOxTmY+ZnqbxWsXSFw2TZ/TLCDiW1d"
    "svgx0YpMcUQMJrjRExykmUp7GpJyYA43yc/QtFcGHA1NRBQcDd13NLQV2m2ehk2CsvhTBn"
    "6GXX6G5Ne7WV6GaOaWyNmQyOza5XPwk8oaxiYFo31Poz3I66K6rUw4MiHWuc485Tf4WugW"
    "VmRdJDGhPf0kzdxlc/pJZubS77SusJ+oTFdSAV2RMNhaaYuAmKL1uaULnSlcmu1//yupNN"
    "gAe6v137KUtSWjXe2yzIIU5ortsoNOQmlWWcmq6hg7jvfcYlU1OJ9DVbW9Sw+oqkqSu4DV"
    "tZ3Vla2+vqiGK/hi/Twe3omhDgWS2pQ+c9D/IiNfq6iG+gNEMDMoYn70AN7j2/4/k8hf3g"
    "wvkg5yNsBF8ksG/doz34B2VmQUxDlk+7VX7s24Mx19rmdXzUhflONjQSLX56RUPCwwioqx"
    "3MOp+RUds9+KiXa6xLatPtFVchob/eQcqehXfGkukXcFRo7pESR66NXSHQcTpBNEvzZo6t"
    "o68fvexqgWdd58Qng7IlYQmN5IJRqiIOov2MIamq69S+ldnyzTpef+MKdZpI3Ed/M3hr3j"
    "8h9H8FeH7gYOXq6ckMMB2cQtyibO0GlakEHcGOcQ5ASIEpvOPuTJbDr7kJ3axM4JbXBBvb"
    "lsnTEqA2rjHmrjSl0bpirYRrKxj4gA9HtAv/ngpneX3eUgNtI1evpWVJvxLX6ZqhD3g7ur"
    "67tP58iXn5Dx4O7hHNmYOBPysX99M7hi99MNL01RdlvKsyllb0mpDclXfQRTk6nYREWgW0"
    "DKh51QKFO4bjdQBeKQT9kcozRNvjNU21GwZZkCh2627hSXgvhFnviFTl5UQ9eUsENl3o94"
    "SrD+T/nR3+cu8ezYqasbjk7sU3a//65qPmr/wNPPWxEe+UYMtrkmb3PQBCd762unyzVPEx"
    "xwtHdt1hvuaL+wVCKsQOmd6G1zqE/ZJUAQbB+porfF7yvbTxlaVmco1F4wW+I1jzV00NzZ"
    "vj1X7r1RWqvG7dkfQ3IjvKTwPJnWWrQXhue2bocz7yq9Cs70b0cr1fJb5/CHg9Tnb3eTPL"
    "QiVnElJ9u0BNpv5poNLgfPaNIz6m0ZcgzUmAxQpnem/G225T1zp6LfmHYhnJdhGltae/TO"
    "nC10Q6ND7acddQ/v+LtfswrZtI/UQXTIe0uf4Rvm1RYokZuTW7XIFbtMYa7qnOy0PuIi3J"
    "uO6LgGVUAZ1UtFs4VKCKbgqGEFnh4yLTQ1ncXfOJtraVIZe4VnjDeGvEbw3kCvzGGeDJdW"
    "fS/wBYCa25gdpPKCpd4bI4NvRKQQxA37kCVCmG/yRDDfZAcwU2XwvSDk3DIFZfC3O9Pjkh"
    "Aoa47vPB0y8ebKEaQz55ljR5TPDDPcqBnWbcVTFwTK7Lby9DG5GqvTBypAa4vTQ6nnepwH"
    "UEW3pNo2OZr5RbYTBy/3tot9W+6ajtVC3faw1jEHbZuFHKCax0pWwuksPeIS3oPvl88uBF"
    "0Oao168zEXOv62pIXFxLpUxa6WBLEk/N4rJxVRSMp1aQ5Ki9XQ7UUO1o0A4JkjTBPby/fU"
    "tWKe3JbhnDtYk3xrd5dqZF/I/cEde6N0FNbNW9ukZtRBmEeok4URoG3a2CbYBFTAVu2Z2x"
    "SuGZ1pKfe0f33nqIDlJ4BDZKXatO/ok6VgfsBfs3rgxsU6kCa2zQ88+OdDzGGYSksK3cA3"
    "w7tPweXJXKVEeusTVpY6UZYmcRZSSa4pQXAgps0EjhJ9e4rBGxMEeNPwzk1r6RqqQpVUUY"
    "vnTHRTcgCuwMRdYGNOTYo5K3G7llm8AkkAOA0wxMnqbuIMOZody9bLk6PJ097knHVREdi5"
    "BC+ST8aVbKcUlwI/6G4/6DTI6tzTSxdmh7Zr3eZ100Xf1zxNVCJc8vrSAJq2dPOCm3ht98"
    "gEsJ9FJa5kAvnd8jZXGr5nUImKsHoIbim76k8SOIZb9RHpgWMYHMOHdQy/z8MIp1dlO4bf"
    "pzjhLAFFBt/g+g64gqtOaJiqluzGEBEpJaGh01sD/ZUCP0M2uMH1NS7difsDnr+vZwGXXJ"
    "cT2GUHZZc5dGrlO30lpOrD/+27N62pAqCTtU4Une4GumpklATOWNxp0ao2k9RG3drPoGG+"
    "KrZjzp4VZ2Fhe2EackkUQukaV3Zb1vVUdWYLhZmUz1jUKWJbxCMlC1GP/FEPCDNBmKkxyk"
    "p3w0w+qVKWbB8V6pI+Wh0zPCS47k0L71qxlF6KFB5dXXs47jmvnJtOkIgn9uSnNJ19kbpg"
    "g3QVIa4x7xsKYmN0FSBV+8O1nSUm+1aE4ij1w9G6itfSfMFloXXrj9VVrExLY/2y9s+qHr"
    "KBuraRS4Vk441uM2oDBJAG3at3A3tNXuj6M631L9FRu0Hd+I9kGHuzd11SfX2E6Y8T12sT"
    "X9jb3mGUOW42ey19WqrnWJ5o7nJufBSkE2a82Ri9Lkz6X+bMR2w4pNusBaita9hvyEk0pH"
    "odOdnf4y+P39mItbtBK9eaLdgQTO4c0QHYtmYjwmveJAq71XDXCfFuwmSZscSOOQv6BPQ+"
    "jm6gz/9Ax7a5xCbByGSBfjq0SugINlqqz9g6YSXnLD4YHTVsgMoHPeVQUzVp9nwCteQayB"
    "nw3wKFCAo1ZXug41LAH9gZJGx637+0n7+0tn/9+/vR8BfW7M/fJrQJGQ1+Hlw+sGMW/gPP"
    "HFyoBeDb97mICFt4CMlp+tNZM+PZUSV2mpgMuHYEjlL26RJpTPkW/0a6yWSao6v+bf/T4B"
    "xp6pJqOBMy+Of99ehf5wh/XenWekJuhuPxOTJM1s774/DxjjW/ZN/pCbkcjkb0bbge3p3T"
    "j7NlYd4fbULG/dv7GzqirS5XBh1x/Hk4evjYv7mhhxam5dDHNiZk+PHjzfXdQBn32bXmfG"
    "7oBCu2yiSGD58Ho3Pvo92MF4xqFnI8Kv/6zvF8KukM6MXP5D7lUZnOofxDHjbKD9l0lB9S"
    "fBTvdVZYbEYc9RGjnBDbFvJprQ0owphFbAR8Kc8Ck2b1pES79Lmtmdlj4Tm2MP3gFpwLsX"
    "yHsqhqng8Nz6gVXySaHJeEmrlNrpnrmTvKNo0463VLCHbuW12JRhRx+smpRSnBzuFdvpMD"
    "CDHZ0HeXEBN8fqaSacIpuQ7pDqW5Tg5X8rtxb1DpTinuwi6wcAWSsHShdOo3UaS+aSDnpc"
    "htq1IvLh4AZVMLl00VAxrdNktA9tHGLeytlBdZwTcmBjF9DnT3eHNzlKGKAcA7AE5pnxnw"
    "ZtNmqyzq4LFCBeyXkC6azXaJ0FLzdSnk5GH6NzJMB5lzxHge4y+Pp+w/NuN6OEi1MCOFID"
    "72936CDlqoL5hfzQ+jV91Z0Kv8iJe4S2GF9xI2i/B38TDIAa0iDkk2aU98qjaqSfkRqs1L"
    "Jh2lEoh+y5GqlsT66twh5AAEh2D2LtBdhyAY/pUa/mCYlmCY5ipjB9lLkL0E2UsNzcmRtK"
    "hH2MbWi+o/a8qujp7ubbOurc2FDSufuI2s0zEDtRZqzracibkHYmoOtvE3NjI1Ugl4EmBb"
    "+QQMM9FK346ycK23n65RfkWkPx2Bm3hbmgNo6BmhTpYCwm7hLkUlj7ZmjkTF6sO2LcWkmp"
    "42JdgNNrWUZLJH+pcP178MzpEnzXJC7saPtyxBKlggLGnqZtAfe0lTBssGbUjSFPd3YbuA"
    "lycuWQtztSHOsib5dHIRV8GVl/1+ddeVt6khIefRS8kBQUr0cWNlCeQ8pRER0MRy+EoD99"
    "u+3tKOufF6SX9pZF3loPJsXu8SsJUpL9OwHSEvvKntUNorXaVrzFvcoh4iwarfUVolJ9dk"
    "SNCC1yeh/+e50bCG5qYVkEB6KGDp8Ut44P8UqS+qzqcf/Re9UOEjfB/K9xDBL9hCf0dv0o"
    "STOm64jXUSpWjywYF+clD6iT+bMnrMRgKM8zSD3nslJPCMigCgSUDdlVbQxopLgo3VFBtL"
    "YFqLy4hK9q2MiIAZAGlTkNXTKjyB3FNf1gmkSclAK58mNQ0SEvYEt2t1sJPIRj/Ze3DSkv"
    "ST4iyiBOOlI7AD30oCq8qdShFKX5Z7Kc76y1/DN7fPCSPLfEUrbPmZQ47pzhZY+xuvj0tP"
    "2UEakp9yh+wFy0CK1f9Ax8wJxC76w3QtohqIHrfWJyKXU+X3gwq6zfIqNb/EzKGauJXPCI"
    "P6rOWtaKjPCvVZoT5rrdXIWPeIAs1sY2KdcZvXX++yLaTttn6dga9dKV8bKHjZ0LczPJSH"
    "ggfhIQgPtQdZCA+Vi6drM+KYDKARCSDdQhW9XCBXFx6CeGbJ8UyIt5UWb0vusyWg2u2aeZ"
    "FPS6Oq5fFA0pVOfzte0flZH2UFm6LX9HZHm7Twcj1vPb1Hwtoi2qahecXseFNG03y2kaZr"
    "vKwdL2T3usCEn2N+QPSq2sjCM8YS19CximamSxxseSeXqoYDtyGnKdtrugRTqX/13XlC1L"
    "nDm0CyQZZeN0obvWILe7enYGJ6GwufnKKH6J3Y49D76ATN6QR6EbHQU+pdYekanWI0XdMb"
    "0huFERJ07LmZYw7UXjxqdkJvz2oCepx0HoZ7ZaIEP6ksq/IUDVf0x3tNLfm9Hfp+I29ZWR"
    "NCbTbT8LtYej/RBwSZ7J905ok9p0cTHS5jqyQzRPfbkW261gyH/iT/T+91Yp9J4IYfMorH"
    "okRs9UoGlgIRMF4y0uLDbApJYGNygG4Gunz3lF2ygQygKkAVQjRHBwvRNJ9J0aFgTUIdyQ"
    "t1QqzJIf+mQS0XGosJdRDmt2d5Kh/Tq7LZC2ep2sdeoq3c5hGVgX1j52I2ZzPXsgqFIROi"
    "HYxDtiTuGGCyvYxvw2svpVmN5srTv2RoYcP7wd05YpKswNJ4ePOLV2CJuwIaUmCJP43LHe"
    "+y/CyBaOf2uEqoWsEKKLDNJUShIWuTdzkg1WS/Zd0l1QABpMKiEN7mJ99VMSkI9AXg1wAd"
    "pMHxYKCDVIGqZFPFcNcsAdhu0xfSX5jmsRjCNOMsCkM0D3kXfyGW/yyXKztbqOSJRf+Riv"
    "h96dMup9jyg/bu0kbmC4+Qe2eZHP7TVQ3EuABB2bRo4bXtubIV3W93ruxvsSQPPx/h31Kx"
    "d2i8UG5AKDtI/6yLqrflc0gFsk12pdNN/nJwff/AHFAzTA+zJEMvxZClC44GD4+jO3bScS"
    "0yIf2rnx/HD7eDOyqwCYFNyK+j64eBMvz48Ry9WrqDFXM+n5CHUf9u/HEwUoaPD+chm0Ux"
    "XSdy7vouckpnSY4Pw8svD/0v7CHYm+eoz/xJxoMRq1fuv21hcfKwNvmEXN/eD0f0Tvpy5Q"
    "ecD+9J8zcK6RzilFxnQrylVwOUxjYtCODKZGhnoVp/VnZrY1qQ9VytKx0ybyHztj54v/XM"
    "21rtgu7GCCDxFhJv24MsBAZKxhOas0AycxMB3RK9gm43OSMsct1uIGgFNZlbFWWFHPF8yE"
    "KO+DeWI86CF0dZkVV+srczqsoua1jn928l+lhZ8m84sZKpI0m5clxph4W66lyohmcVCLyW"
    "+6YVjB8vbq8fHlhege1Ol7rjsCIK98MxP8S8Vuzvy/7d5eDmhrd8Zr/dMJqSfgDRkSqjI+"
    "3yLQMBvRzncrgRFJj3pCwkmDQ5wcTb3wtMc0wQ5rjJc0xNBssskvSQFgQ3Z9pvPKO//Mm0"
    "JLFNSAGwAmB9DUJ22abkAFyIdULSThO+pxW4k4ONtAR8LyNDtWt3yAtv4quTB95wMwXn8i"
    "5wk9+dDBdzhm4G+O7AN62OSvvwI9uyTnAZnReZf/WGjtWhPbn6zoshaNuiHQGqOSIeSjib"
    "5YY9ftvcgg3uh9q9ACYURD1oTGRtO3ip/OkIts1sClRMCJRXkc3FSyxrksAmpMDeElXutH"
    "T28VY8x5kEuAJJSEGCwqiHzoMFKjoQpluEZ6gqypOmI2KAbU6eb6Ayl8H1DcZqGcxSfN/I"
    "GosZtZf98WX/agCU30opv0BJzQdqDkrqYfiTD35RiCOBQyE819vmSwjKSgB5sluOgrBciB"
    "x3MiEG1En+uztGnbQwvTiwqeUK4fzjceARJMMxJqR/fz8a8gLNgaeaFZ75eXDpX/gHnvHr"
    "xp+v7+8533Khr1beVZeDa7+08wzrL8C4/HYZl2GUQ56TlRAFVlaTWVn+y1+EYRmThFlu8i"
    "wH+3mhQu0xUZjnJs8z8OSzv5nd5cm7K63grMclYdabMuuCl91/euBT1+Sqn1vmUilGTxWJ"
    "gsteWLHR1y3k+yAkBWEJi+D1nQIF8E1JAsCCcJ5vAsnCm5IDcNPg0i9fse03LQib7+54ae"
    "yjVUIQ6hvIEhB953OE+SLrE3DOg3P6hc7V9GPzCSsB5m5z2gXfe8gaKBXh3FkDYv0C8N1F"
    "tEiqVDngjVgRgO/OHSJpcR026yWgU0DSizw9JSvnJYnpbppKVRkvwFU5IFdFLukC0liyTV"
    "iKjRJsnHKQxsQ6kxFQGrCH4Po37MMNVP9m47lpECblu4pLAbK7HVdOhFi7pwof5ei2DOTc"
    "vpT4AgOWf+dZ/g37brWe5D/46vVhPRJYUOG53jbrybQ0+gJi/9qcjWcn7vt3788m7gft7C"
    "d0zH4KJtopH8o+Dcc6OUd0olm31zkyCQ64vYjZaejJREwOHasEjW779ALeONa09CedqAbi"
    "g53wBrG8xWCsEW3N958QC68MdcZ783pn0Ny06EmTGYlo/OWxx0Z9poPTvylguh22te2hla"
    "pr6FV3FvwOXi9QeiV/tu8Qz7fl9/Gf728Twq5bWfoMI02f0w0S05ePjclHmq69FrsLc8Ua"
    "8foPHn9C+ufcpe+UlvxdWU12f/MWAjvr+1+VZ7yGig4HNX6DlSyZqJEQg0QN/ru3JWqAl6"
    "G8pGJIeUmnvNARHnjaio0dxxAnwSQ/codJZJlZWNMd+aoRcbkuvRo1V44g+JV+mB3VkJ+D"
    "lChMQ+FpCExTuqzlJ0Ig3Bm3ac3zEOix8pOQlIQZKDoD0Mm86nbbG4NLCuaYWCGsG+aPSW"
    "g3Zx/yqDdnH7L1G3YOund0Oz8FspK+xVnPk5UUqT68xMupbPwrSxwitmktYaESzSiQfZCS"
    "A3DFNqF0SDwu1CVTsDRcvdiHFKpREcA0G1NWVLgIsBs5QFdojIVRHtkkuqRgOfh2IP4SQX"
    "epSqIaCgCau6gxYXxxT6rBMBinZVtBXq5B9AuzmxGz2TbLgvbaH6vb8G6+MzlYMr4qVQLC"
    "3aYexVVOqU46voVVAsS34UDtMhrygpxllebIMdoYWyXg3O0Uo5RdKp1hlKZ9xRSN9AwMCX"
    "4w6X9y4j/iPKKR5wRunbKRO9Ur1LBypdmGSu7e8BZWM9oBa8ocyENr3IuqOJzPGfFurHLY"
    "UmzF6OneVsKid6Fi0ytz0hX7yOvGYiEmhJaqhtHrQqf/ZNQ4RzcM9KoymiAfuccqjjI1Qa"
    "MXYYJ0B9lrula0FNPQFzg5RY/e7CfmqLYbT4hPCmRDfmejaw0vV6aDyWz9Pd3Rz9HCfMUv"
    "jCw4pwcZ51ELD9G1MnMti64EY32yeS6b3s5mj6A+0XXUY//SbUaE9J/QZJRENg6TmOuWTa"
    "8k9isdkHMf6fJaYy2LbQiswgOyCiXDjPuEFxsGbPXRxSAmu1BtAa1+dyw3kKsvcF4b3u9/"
    "yAH3+x8y0WanEq7GGd+4ikT1EqIdDOu1N4yXjt5SRfyJ2jlsNsQTLZ7khNi2Se7WBLNJS/"
    "a29rCQrVOeEAM+Tx4+j70wLUfh6R0S6ktCqjN0tdK886rBmAprxSSGXxMiQQY0TQOrRIxu"
    "WjgB8JRKV4VweKTebeBiOLyJbfEX1wm2393j7cWAKjl8ddOLdM/8E8Wd7BW9rwD1n8fDuy"
    "ydZiOT3Hv1mYP+Fxl6Mc9Fc3dehkYM8mCjOL7t/zO5h1zeDC+Sn0s2wEVWZdImFExv2mS0"
    "lL6Uh7TGMwCVuaE+PYlKdmzd71KylW13KQuu/budB17YZFaaei6W78wXvWYCuodmRpmu7M"
    "9PQqz+L9DR3+cumTGM0dTVDUcn9im7339XpdrW/V3yELbwi45fC32dhANAU48mm+LRKZO2"
    "JoXCYFPmsSnpNdazJH05IgKs2vR3pVhBb6jm3UxebccXa+JTKUuzzxIHqHfyFqE8ekSH2U"
    "kskK+Nzj9TJYDbbT5S9GOeg+lVN9m2pahmcm3FSzW1i8Ky3QFw1nenBDZdicwkvshFnKRg"
    "9e8on1ZB0enfjlgNJ4K5kw5/dbBFVIOBBxW5Dsmd8TYMuXJcUZnOsWjKr8UVWfdphHeXkI"
    "qIV+VZKAHto/vh+BytTHtCbq/vru9Hw0+j/u05WupEX1nmk6UuJ+T+8/BuQK+iPwJPyEN/"
    "eNEf0rur5lQ1J+Tnq3P0h0avuqL/WGn0X1fDx39d350jzXTXOpmQL4/96/Hn4eM5enZV3V"
    "6Y7oT8OqC408f6PLw/R6+YouUorJLghNxc/0JvZugvKRpjLjZV6ZWoopuexNuWEOteVYzy"
    "eVRNr9mWet+OVphoDDHZl25wd3V994m+Lp48fXn61+ztUXVeku2X68GvrCAb01YmpH9zM7"
    "zs8xptqsHtGla47f768os3hj575mOMP1/f3/Pibl79TvoiDtjLNGLHqMJA3yiLHb0c3t7f"
    "DPh4M3O5YtoPO9q/uxzc8OJwM4av4ZeHe3gc3Xnl4bxyoc14KW13WrA4WVISomHFomGabn"
    "NOufwMJCVhBorNAH/N6WMVeAcSkjADBYvzFduCYP8pIxpPv5UFGBERKUAeSiG2cwZW6ppn"
    "zC0xxU/KKklLdi7sXb6yyTRsdyVY6luJb6EQEHylCL6cKGop/IDEyk4Jdm5hl29wh5hx10"
    "4htEPJzsFdUYlVHzdV0yxsC5wdD/hr5tczLdsB1Lex0gb/fIjtKym2YEhKuxnefQouT1II"
    "E0XsJMliwA+TWeBTd01XqIWXqiiYno1yUg7QzpXhZbrWTGo1byQ6h3AFih+rTVGIUBwVrC"
    "fZpdbQW4dzXZiDoMCEb8SAN95k3rgfGykwxXFJmOUmz3IY1ypSXj8hCzPd6JkOYpVFZjoh"
    "CzPd5JmG1gld08cE076tdULRngmQYdC8zKOOA1ukywe09tgBqs2+1ZKgxmQA1J1JRlD9OF"
    "hBOxIKsksei1M2DpO91VJwCyRvhZ/7EgDudipMSjPKkcblbaMA7Q5oY18b6dSidL91QXjw"
    "whf9+GWEjXAbEIM98IdpoUWThbiQgronTDy76sofq6tY4RdcDlCDF9xdlFg7jjJA6ljvko"
    "RtY9vq3nsTh+nWG6qrSPlkuzKQuveG6ipSXqpLGUCN+EjdxYkRaPfEacQH6TZEil/IvBSo"
    "9uht0g7EWGbX3kjt2QWmDUixEHAJO/rYH6ZLMEnVRUhbOoo5z8Y06JhTqsXTEhMzUfcDU5"
    "1CmRmmqAKyPFz3fLzLYLiOIFak6kZo/mVV34jahzuqcCgxu3R3VyA6VchWX+hvRSbhbWz4"
    "MN+x9jUzTK/rIdVGrIIJu4Te3NCxxvrgJLvxBJf8PnO+noYP8fvJ+VEC0BpuOSEqlTeXJv"
    "uVdDTWgGhF72VaaGWyKeyhV91Z0DFtRBcYNngPH3XJ5JFO0ByTU/SrpTusT5DX48dBYa+o"
    "Kvr5bEtc6lhZklrSlbY0/tGJVNJScH0Hm9GUz1md0V1JBtzg+s7RgctPl+H7lAy2oUAXV2"
    "4Vbau8/V8+sTQu16VaqHVnlvJvs0SAfSPQmWTe0ggLnsojyVuKygBhoRk1fRu6N1RFAqm7"
    "aGfT4M0b7s2s2nnZH1/2rwYHrSPpxemyzNkwirfLlt3EDXcbsmNegQstdNsxrfU5Ym1d1x"
    "Q5ldg6bz/BTDxi8jsgdeZZhq8LE2k6Ny7ZadZw9jRlr5Y6MtiNjVZGsu3GuWUulW1F4sST"
    "kBDrnKFTvg3pmAVgjgkByDtBhjz0SvuU+Cy3AllBMUnIFmlKtkie7F0wDso3uFxbFtKIBF"
    "iwYG3VZm0lV20JoHabrxx5UZvXCOGzaWgjl8MrtmHDC3q7zdgFvVax6MUSMVkK31x/ci1u"
    "VLIBEBsgFQL1uGsn59TI9KKozOBcqs5sgW1E7dWVzeKZ3lVeJJMVi0jbuNXfckL6iMXSvM"
    "grMZFlviLdRuZ8XoVh/K1YxZU1eciOk+6uhl5uzLQKmI8+X3/6rPzSv3kcnKOF/rRQXlTD"
    "xXSRXl2NBuOxMroef6FL3Ct2pli6/TwhH69H4wdlOLoajOhj6pbtKPwFmJCLx38NRspocN"
    "sfUalkOanDm3uYMHBl2ydHpKCMpEQZSWdBFw3f9OWrMydFOxPYqjmW+IzXr/TllGqWHJWB"
    "Tsmxl6GMTslQQyP7HWmnVyTAaFsNjWDuZGtopOTAmt9pzW8wA+tzl/WZXF7Ns0F5Hl+W/R"
    "kk+e2yPcOkwnI784FpdkDTzH52pSuUR2W6SAh8/yaXzfRmi9H0Jmk1/ekI9tHM1etfDW58"
    "kRuf6I7itUGVNonSsl2CGBpnfWOGqaET9ikt1LspLQuvQuGJoPu14pfVldvlo1KdeQtK2+"
    "oZQNF2jRK4RsUA2DSh+8mW3zKiUp3BtOadAogdFdRTpPaIXDHFUADwBF7HYXgddA2WgOnY"
    "G6WjiG7e04zKidketWhVEBtbL7yAwN6lQcKRuuPMFFRQUZhtUEoZlRudtDGEIlVDpQy0gk"
    "IqXcOrcr92UHgty7UdKcy2y7sdLQeXj1flSyBzHvKXvrOROnew9b2tGthGLASvamiKnVeM"
    "Ca8RYS9MavBZPJOH1atgiUBpYhQfhI9xIiZY1XTvCfmdjaKozu+MYMVSj7wqG8x5j2xdwx"
    "55BfF76c45HVOdz9HcpHcJ7kcfzH/cnndb/zH8i7iASXBO6tZvG4VEdenLZCkBRch/0qN/"
    "Q9pTI9OeEtNVhA2WGKLJ0Yej8efh/T2jd/nrfULGD/2PH/1XJPlW54lM5ClUkF2mIFWkYG"
    "pqgqDEltaG/vVNRr1gzOfHN3liPvSqTHT5uTan7kDfvVIyd4KPkOSMR8Sge1NzKEjp+YWO"
    "KFALoxWYWktVDtGNACxRyB4EL3MzfCi9vbzM0AYpJ6zZbZDEjWQgLbOUtMzEB6sERGXrd7"
    "cU2s3Hunlk46DHQ5ZTNtIDYpdTNtp5AljHrfrW97Z4Apd0Gkyp0rkbiQ56n8pP0oT6owfm"
    "+eCvDraIaigWFjQEyF7nSblCqz35TTvsXlJxMeMnisOrKuXIjoh0rghV+XuJ6ToKvZ2GFW"
    "LKoJyU6xzU5a/ldkUM6t3GuxsyAO8neJcaYlbuUwn4UN3dWmLBV0+G8lsGZpndm46Cu6zu"
    "SBfD3UyoflC6aUGflHN6PPFz9LpYo2NG+OH1qjalnbSTXkhB8q7lHCENz3SblawI++nQLd"
    "82BVWUq7/lhPy+xNYTU11+R0+W6a5s75aMykSP05FMxBiArL2QSVhdKmuGDXRsU+C9oj09"
    "xP/tl/3p8auCfuAnUKaqgV6JbaWCd1OTqq8ZnML6aLGZ7vzVqgY3V+f8zZmQ0eBm0B8P6N"
    "8W3elVG9Njl/27y8HNDTs4Yz/U8Ms2Hd4Q8d5NqTI8ERGowhNTh8uowhNskXKOvI1MfS9K"
    "PQbhu7McS/7dWeaSZ6cSOdb+B0qRLbKdEuyc9Q3VtsEAj11X3ABnL4tWaNbjksDcazJzL5"
    "gr2ephKTlg8wCDD3xYjXGs9PZiSG3e7hKg7TadJ7URNop6Eu0BLnCBJVqEZ7vAor3JJVxg"
    "rjM1v7JC5NRsZqLc1fQrphq6g+7VNfKG9f1WLGtvY10jl7Cy5mipE/37lWU+WerSv/CYj8"
    "X/fdJDtil0hdVz6wmJ5u7REahlgdi4vC3ZGi3py7LpdK17eYL+jVhnbd7kLGhpZmPioOna"
    "98dxbzH6w5yCW6yBbrH2xX9bzGZoug9SYO6vMNEYZHKIH90P7q6u7z6dI19+Qq6o4n+ONJ"
    "PgCfnYv+YuyLmqF/Q/lpwsqdJtbbmSaikcFelMvaTSLAaCvzqKD1EBy1sgXov5XefO3iXr"
    "21BtR8GWZQpMmG2N56NS4MPM48Okk8YeWQLljUTnEC7fJQ8u4mzou+sihoYTXZt1wVcrVe"
    "OpEV7N1huXKZ+mjINop/9zSPCDSf9TtffzoNNQEX9vL4ebT9AT+No21L1sN1uEI7jbwXZL"
    "bcI1ejKZH4k9POd8MUKVQ21H36kVcMLSPQb5jU5O0aVqL3pe0SsN8R5tnBO2oP/53sIzdn"
    "3K0qzx1hMSZLsh253NML1SdXjXw78hFfnnWFkv031aRP17f0F9Q+eeONt3plFR37m2sswX"
    "nT0bax5Pj7BLzNcJOWZkN/M18B6eo98TBtXvSKMPSa+1kWrhLIfdSciqo1b6E70NvcziD8"
    "J2YvoYrGKY5zkMn4T3hrSWNjj7Gujs8+ZW0tMXE2puo8bGmBCQnXfg7Lx25J+2NmPMY13K"
    "7SCBROfgrcTHw77m1I55YbpugUr+QvHOuKhr3kws/IIJ1WFWqiUKD2wjJycEgaIc8wuUQV"
    "FuejwtTVX2dX8sTexPB9TGj5eXg8EVi6OFo5YRWiv/iwFJ3JDE3ZUkbg+ugm25BMLwXS72"
    "XQ4cDopvnor8BdkLXywNy3/n8rfd6ZJxwIrESpKyQKhvTnAkHRMDSgxQYoASA5SY5rtL/J"
    "BDMdZGQha+SU1+p4Cdk/2etZOnAeycb3HW87BzgjdWNqEzJQcJnZDQWQemPodDDtW4ECxV"
    "6HQBaccH0I5LTjuGYvdlFrsXbLJlrdhIsfpughv/vuQAeKM+lYBxtzPmU5pmozLmPZpusH"
    "tk8ngj28suOq9iedfmpPU+RBLKVfvZ5txaxhVdctItp9vyfHWeo+5xbB3Gel2oNmLp53R1"
    "WYxlyioxrhhDN8nAPUpMZw23nJAEFifniOJmmS8bQi+vNxmkyC/oAvrOpoeIZr72EEUWB0"
    "xbr0GvN4EW8GUbyJdtOr9E4Mf116U8wWQ0+Mcjtdm9cpH+GBPSv78fDX9hB4NVzupK/jy4"
    "9C/8A8+Cex2cBQHExKo97dxfEyyENNAXpmlglWQEB5OyCcinVLgqzMMj9frXL4bDm5i37e"
    "I6wWu4e7y9GNBlzieBXqR7ukPaCoZSkVAqsiHqcUt9zlAqEqKIqchCkX7PWeLgbUx/tlgK"
    "pFEgiJOSA3AhiAPu8ca6wuTc46kdtASEu97COOurk8Olu9lMwaW7A+XUd6dhLl0WELrRCT"
    "4S+nPDs73tzlx2nWLQC6Hzbrf8lX86glc8E1X/atADhGmftmPOniV9XBGpGr1bwQpurXNr"
    "Rg08+WSqqFRnsg1qzqLy9TYHLwvZERs52EQaQF3qIp5bjLPDsGyaBvKeNBuhgbZ5vcuyfa"
    "/9sToKbmo/jGE8GowfRteXD4e1G7ZSQRLvwE7rQY4K0idodNs/R06Cn8GKpqnzeRBb7qEn"
    "09RsNDNZm01G1jj2NSpkWujVovgicz4/6fl8jicT2/w6YRPR6u8I5k+zzB+2xUnWNgsloL"
    "BZIiiaLmwGbJh8bBh27HJw/Yt3bIZ1/7qPj3dX3jGvimNy0wLWTDe5BD5jUNrAjcuBiVvM"
    "xAUmR/aEdJfJATmjXZt1AbVjW84oMDuA2dFacIHZAcyOZnm2gNkBzI5Wo7w/syNaYNy21S"
    "cscIVc+JIfv4ywofLfsn3nuPWG6g7uAst3T5w2/UY6iFDIwtkHnyjvpyOfof9IxUM2eOKv"
    "M/qmPwlSZAJIg45Cu4EdRMbqyNKTDByNF/qK58cLYkbhud62cJHtXwVMs26FWoJ5lYy3JM"
    "Qg6LIz6DJTLUsX6dHZIEdEOuegLx9gtiM90weQXMkJsc4BXUHpaFZToVjh6JgkuGSb4pLN"
    "44iHMn4V+gkNc8Z1WDloE1LgLQQPLHhgm2Ok9fbywAYvdwnA3kSG6ii2ia0wg7UJ9dEOVB"
    "+tVD9Z4LD4pj1lBR1AWTmHSUx3O4Ig77CD3iDIOyxL75yZTwU6fkalgCdYjCdIV6XiJTeI"
    "SpttW8wxsc7AX9qSnqrObCFnSkVFYJuAvM2a0Q11FSlsE1KA7G4XgB2JIe5pSkXDkS0DOa"
    "89lVhgkMZZlatlZxpn6vNWAr4XwTgdxTb6TW9UduyFarCZGRDHWh8JbNzY+d42G9en7009"
    "AYW+qpae09Y9GhJeLJw8Ya9CuTfWd7ZXJVz7/kU1XJaiyodGx1TZP0lnvRYdRGBP/3a0IX"
    "A+6x7/ysLzo3/vY2hvs2E6ZmvXYr1kW+R0bbIzsoZkTKxLGkzNxmTwxhRJlA1k66MUyMN/"
    "9DC8f7ynL5a5clcTct//1zlaqesgyzXIcZ2Q/tXPj+OHc6Rqf7i2MyG3g9GngXJ9d073Ju"
    "sJKzoJjg0fH4KDpuskt7Y8lAXIja2UEfL27EMefM8+ZAPMzh0+ztqsnsflVy6byy3YeeHV"
    "2rC4VNUEpiVVjsyMbV0M7kaie7tB6Zvt4cgsTVvHpTtgPXtEnTt045TWCYXioBsW1g2BEV"
    "dl/AyqPXyDJNMiyf77Z/g3boKrddbXn9DbNIDzujqz03gP7eu8VC08wkuGn3WFDf0Fi32e"
    "wut623yfMyqhWL4I+8VMRs77SUdAwQi8c6PJ3Zm6odF/8T/Y7ttDNiYOUm2kol/xJeveaL"
    "tTNtoUIz8zl3ViXNIthrdjzHCTVnm3Hf5Ufhd/eQTeHo1eT7EA92qDdLZs92p0BvOqbxER"
    "+NxI+UzFgLbBT9oY49rfXoQ6cUYoIJTYpguXA3WdG8gWZJkqm8wOxMuVQX+b8F3fkh0YF+"
    "vgEq0gP7Dh5UVTi/RohYnGEJMD/Oh+cHd1fffpHPnyEzIOjtiRIw/8T2dCPvavb1jd0Lmq"
    "G6yS6PjL9f09O2A/87zIZsRKVIctekcwgZmfxKgI8CaT38Ol/SS36YQC4MzfvdsYqu0o2L"
    "JMqdT6uFTnnPqVlL9lm1iRpO+NGLRTbU7NzbTzDVyu2W9Xd12uUGC3a7MueNlT5crA0V6W"
    "pgeO9kod7SEf/kB+dubsOxI51vmJXg4WMfcXWl60HVJlW/Vu97Z4jvn/pmDNtjiC6zvoQi"
    "q/lheFQ1hTJBvejUTnjLk8bM1srmaKqTnVLWehqYJE72wfclTmW/Yig4mUvWbbqSwDKwWU"
    "5YYA3H5l2XRX/CentWXvzFZ1ecavyduIEnmXowV9MjRdc56HB8wp+t3Gf/5OH479ZUez5/"
    "xbsJw6dn0Q3EPH3hI46aHXhT5boKX6jG3WcjIZkanrvhOywtb3njwy9KXuIIoH/t5W51uI"
    "KcG4fAMN3wL6UPuxUcBU2NNUmNHFLqPLBtd3rqry2Zs8UYk32UGJN+mYxJ8SC9a/ur7P8d"
    "tGr9g2h+xd4to4mOHcEfvHu8cxC7h70hPi/8X/Pfjn/fWI/Ym/rnSrKdH4F9XQ6SfcMgWl"
    "H7ZbHHHJDlocLbEwcsXevDVnFzAs45L1THNDDPTWzTIkyZb94WJbd5HQpV2mKwY4CZW9Mb"
    "bpWjMp5XkjUaMjeGao+rIeb3D5KgY4NbOhB6cmODVlvkdbaeaZuG5nmX+7yG5xF0d9XXs6"
    "jD3n5ENkwJZBnddxnFhmOWrigVO+A6mi8eWd6Z2PvgC7vPRKsJSgAHwb7SdgtRwkVSH6WB"
    "IYJ8Q6x2+pJFmh84X7+rfDR5Zapi5NlyWXXV2PL70jmm7P2LFmOLC955OvVhSX60xWWc01"
    "ioK1oExXEl/LhFSN8bI39P81+tMZUZ7oexMCJb28RdKwyIstcmdhYXthUmnpaUiJwhwUmw"
    "Mv2qipa5m84bgQlEHLgrUR4d+GId0SV2yuKIc3V46gb3WeOXZEjathhhs1w47pqIbyp0v/"
    "R8YvHJfqzLeptO1Rt20Xa0po7uT1BiXEANgksCtsKb5Lk9NPJcAViQLjLlXflEWM+Q9N66"
    "umaWCVZIRco3IJWKdUsCpcAydnvfv8xXB4E9viL64Tmujd4+3FYHT8lu/t9CLdyVBQdVtR"
    "Z47+Igt4TA4Azw84lEeG8sjA2ehqrY6mvV/tnHSB7ZAq1TGjk/BkWrK7aFwK9tCdjJIAsT"
    "TI8oySyFDtwjgv3SGxvKQJD9HkqDDtL6GV+YIfv4ywoWZEP1P5hS37WGXh/Z8qGSE+GUfA"
    "BNnQdHaVNQHiR7eIH0GxGslUxYRY5zIWy4+HE332LM2yich0jv5RPs9GfaGr3FJcy5ABOS"
    "7VOZgrYdmsKEZSKzkU6F5p2+oAVhaqLehMvQPlUKoUqBu0J5e/YZgrTORKNG8kAN1d6NJf"
    "aUrCGxEBfHfha+AXLPWlCwVq/MgR01qqRj2fuvKVtpXJ75Tf7NgIQGwxq41l4QaWQNXajy"
    "7HWQX2ChfhLQqEYR6KzUNLcpvbumd7DskiwZK4ZPeCJe0NjqRDYryRh2E+6aTARKeEYa6b"
    "PNcQ9M7eTNsZ/4Sg9zc46XmC3ktsPdGZo7/UlC1RkRSE0HeO2rshaGmoq8v1bxjI+VP9k0"
    "ssFv6mj4HuHm9u8oW/eX2vPaPfQ0vrEt5CZwG1N4Mu1MWBuvAGG9Cx8nAzmvaRzwVYtN3I"
    "HoSKoL1JJyECyskuiFRDV+19XzfvQ9BnQ3UVJ0d9KgWkB/WpqxB5rvByNvB7Plan92/bnY"
    "aD74nW2Btqii/pULiVVcQOyI/z9q1Mkly4re1sABbZS3M0NiAm48OhGf0VyGslwNoGBM0E"
    "zpFKkGlowRX0FL0c2fQJkb0wVyt6wtNPEdNPke6gY3aBgZ/U2Rrpy5VppQqD1HLTCeGX2H"
    "wIm8qp7O70HpyscHKKPpou4S0VmChPzeO9E4ImCKb57K6QoT9jfoF/mBHPshoiAJ/wkD0P"
    "2FtIBObklrYHG5HO8QjLb5HWkuhRZMdpYQwJPM7Z0LfT+QilcRvjc4TSonn9jQ3t9+Uhf6"
    "+uLxn9P1NTDi7Ioyuv1DVPJsjdBozqjt+zHRTZDl042vcvquFiRIdZUoOHq4cRdZGpkzrR"
    "v19Z5pOlLpny+mqjY4YGJtqpn9lySqWZINVJ2f5G1Vk7rTHXdOMJGX/uf3/243uk2+gZr5"
    "xzXz2mw9PT2JizEyqaYtVi6jB9Enp7XTXQ3LSYAq8T16lEQ95GEuqYklwLL2h7+zBpCnhM"
    "qHPqdPkk2nY14AEKSVqzy0UhgX4x3Z7fZnZYap3eHndIr6huQvWKIi9OShhenya/PuDvyH"
    "6twN8B/o5d+yb4O7rv72Ch+kxfhx/H3+nnCHgD5VbQ+C2yyugdoO33QUNgjrcW8lrs/uW1"
    "tVBucewL1BRQU0BNATUF1BSRmnLPCDWXvCOtQE+JnM2jqHilRHjV4dwxmV8x/co5yLWxhV"
    "6wpdPn1gKiT0AvWtCfwsg+AccIverOwo+lIC+WYlrI4w7SX2g6PsNIEImp8nYTwrakpero"
    "M9Uw1uhYRRaerenmFxKlXk2Xjr1QicZDMyb9YxP0oY+wRo6JXhcmfmHPodr8Kl+WbnUnp+"
    "jamZBXVXdsHrRhpxecbUUHMF9J8PvUGSdFsdHo2pzr1rLHnpmJ0HdxPmcn+M+nv5Je7f24"
    "rMjPb34haW8L9G4H6uJB1cWDlfpp2gZcdaiHvi2OK6DW5msOt5GuTVM/WmGiMcTkAD+6H9"
    "xdXd99Oke+/IRcDu8+Xo9uB1fnwR7CtrhfBqPrj9fsYLB9Tsho8PFxzA5ZeM6iH8l9F/hY"
    "TXtruqv4a3imFws/xCUh9tDo2IOvkEjWuY5LgYknagLpvwWynRhSchAeTYPr6c5ywMZkYM"
    "kKUDXMGU9uksM1IQXLdXfR+4gVCA6f7Q6fxKdG7PJJbw0A7W5oYxvibmA3H6YSwH20u1Q8"
    "IYls6hueUatCtPmWAO5NZKhuApz45kiXAqnUExxJlxa5guPZ1Lt9walM7t3e4CHBaLZQyR"
    "OOZpR+Z/u+1lN0b9o6a6+G/GE9z+zvAavWJL8j1cLIMB3mOVUd5J1BH68/Dk9T3uDqb7cj"
    "7P5Mlyv7XwvP9/OnAr+enauDX0+Xu1RX1vB60NwFmnvwAhTxrQayTXZjHw36o7tzhFWLTM"
    "iYuVjPESuHy32mvwxG4wHzmb4w1is78vDIrraw47LrB/+8vx7RC7xNZUL6Vz8/jh/Okar9"
    "4drOhNwORp8GyjWV4OEnRSfBseHjQ3DQdOmVH4ejj4NremxuWnOsp3L6D+OftbBqi/SG7P"
    "jFRqJ7JW3PPuTB9+xDNsDsXKJVQSMJ7u2Lw0XX7Fxuwc4Lr9aGqbh15VSJdgTmt9+eTyXc"
    "FWI++/YhvgVh5oPPKJSvzh2RG2FnnfxQDhQV6E8M/YmbAnV3A7XA0CzrXQKGZqUMzTwtaq"
    "t0zKUq8wm8c6LqfTtddHYgxNHBfg+iPKTN0FOmEvsVW4xNqKJwuO+X2Lbpb0EOXq4MulRO"
    "fVoi4yiGlTCipQuRahjmKzuJAtmVt9oS9M16bjwh6mzG62f8zopk6I79u1dkzkbeCZuzPt"
    "eYE0l9rigDMBgkj/MveEa25IBMedDcm8hMpNDdkoMTF2uyH6oxVl7T6ZSlOP36l5eDe+ao"
    "43sFc+z9PLh8YI69P/CM/n3RvztHU5VMyMfrm4fBiN5WN5z0fncw2qSmS/Wvi0h0pr1Xac"
    "aNtwiojcI/IBKopgUBXLAcwXJsVJMfmPUau/yAvwD8BS3wFxw4o7Pvpf4dCbwEwaneNueA"
    "nzpYQcUJMHIPWWPdr6qa17oNru9cOcjyLSb+vxLQBtc32YhtjMeAoyMEd7e/IJBtMtBH/T"
    "E9c45U28bOhNxc9y+ub64f/nWODF2d6oburCdk8I9Hfgj/6fK/GXno7tEnDxEXc7LQ4G7s"
    "sYUwsXEzfAm6rdCvh/4imMEL0zSwSjI29ahcYvamVLCq6Qt2pXqj+RfD4U1MCb+4TvAS7x"
    "5vLwYUew49vUj3NI20QbxSLSybFReTgfj0Th3Zw6sEHTmijrUL4Lw6cmxlScfUym5T2Dm4"
    "43kYOtm3YdrPpmsR1bihIzXn+7g/SpUaW1bfCDNgRBZX9Hxvq9nFen8Fl+YMxN6rluOlLl"
    "h4hulxRMc3WEUbFhclSCcvpj7D6cwHGUEw5JplyKlLtospc+F2uCUPJC7XJWdYLSkhEHTo"
    "rvs5T9ABGKAVxvH8740csnGhLm1oJaYr8K+7HK5xIcB1t0XoI1aGSWiNNmO1DOS8VmF8fW"
    "WYhYLdoRR4rzdjdRTe+LaYA97NF6oEhLtdICH1MW9UBn/funRtx1xyI01gioZnezsM0Zl/"
    "YW4+cCCApu6aNWo2SViB9Hji/jB/85b+F79VJ+6P7/HZxP2gnWkT990bdvz92U9/pcffaW"
    "/DIz+9U9l/P/xAj0/VM3bNu59OzlkTu8A0tXnmPd9KXtiTRxrkzXXC1uhp5ORJ2gRuw0NP"
    "yDWjGrPW2bpXCnZFDXfiNdxm426uRtz/00OqzQnR3JpnPOlAmP64lbrm44JV30CrHsKzlT"
    "UAOGx4tkHQlh+c9TuYKg62lraiqWsZ2rBYuD57412LWK6a7iiGvtQL+P1E0p1hEtft+jOJ"
    "w1QhqY06FOlc0YryNxTwrWZDD77VrDkH3+pRbl8VWPs1WvspH9aeEfou+q9EDuu9YeqeF7"
    "ViGkOwroSOo8ii2+o3ii7yPG4jWzVwwu3yI/7rDxP3/Y/v3jP3yo8/npyjKwu9fXt2ho4D"
    "58d/cVdI4L45QX9Bl1bAhESstY7pOivXQb/0H9DrAhNWvhFTLVjkBDrEI4DvpVm+l8BjTk"
    "wZxT4u1TlnQfl+mKAKV1qrFwMcXL9nVa8cG3ydKG9BVVDVS6P7hDRuEZlvGTt/O1bUWUbq"
    "9ba6fSnRJucQNCYTxqHDMziU6UriO5WQAsaBwPNEcAHXX0SoS6DW7PR7UQtAHxEC6AtD75"
    "iOasiDHxMD+AvD74WXsSY/A0lJCDgUm4FXS3ccTBRzPpefBIEwzEOxeWh63ap0G1Bz5c24"
    "TCrq8H5wd46Y5ITQax5uWE9PGzuOgYv19MxjQ77NtiHfpmzIJV5KGenB9Z0LvZ39+GMObO"
    "lVmeDycxB9g+gbRN+q5G74LmJJaONSXVJhS0OW9WQSr9htOlFUqkPrtWZ1CDpu1hSsjzC2"
    "9059iNK/W7Z35I7Yx/fNHMkP0L5QAt5t7QvF8OKgX+Ce2PqlCcL2g93EN/pxgsSdUjeGEq"
    "k8iTIN+9BU4sUhOrIppxxYmHmg9sbqVzbScD7vElLVcnoCEpSQ0xNhSG3l9EQZWbs5Pbcm"
    "wWsUeH/R3DKXSN1kWh1fWZw4M1XJMzItNFPtRUi94RwaRrM5OUW/sm6qutdmIVKaxK8yHu"
    "PwVH/LCQnzt+h5lwRn2VC98FrWCoA3pAgvNuf8zjZLwQqeBwhADSQABRnJcgSguBQQgBL+"
    "RSAAlUFigWo/B3Z1+Nt7gRmIC0LkrSD+3qdakU2QTcoBfytXS+Y5tjAR1drY2uR2I9S5QB"
    "vkuEGUDaJsjVToIcpWPbIQZatX9YFg0AGDQRCtkMEXohUQrWj/rlGxDz6MWgid8NGYxlYv"
    "fDyMkie3dqpqSMNTB/ksYESFI6W9eaLrTz/MeVmz9xP3/Yd3HybuX39888ZLd6Xi33Nxv5"
    "/IxlWOTPpm0pFM5rpm/Y8t5gK3zBe/slgiwfZgzwFO9mY52cGTeWBPWnPd74f4EOROIlVt"
    "ETtomzsskOigy7ES2nn7kivop0hjoMlhfnQ/uLu6vvt0jnz5Cbkfjh9YkgVzNmEtaBXOjn"
    "jNwpuSd6Hhma4V8lnGJUvwWTZTp2+6izLAZKuP0ltzSpE9LyHYuTAA5NtAJCDHawaRgAP7"
    "q4PPjSy4KTkAF4IBTbLeoEVOLRk30GvkCHqNNALbvEEA8dcP4N0Bb+qDnwNeiA/KIJwjPp"
    "gdwKoyKnOhkuexQ/Fm7QeOBIGZ+AW9bbEZllag2MG1OaMzQ4KRvlyZFp1yLzEhHAHNdQOn"
    "28IkbnOC5qaF1HhSg4G1JxYE8YiP6VhMbXeFyEvDIi8Np9AeLsehfAYtezdkMA6u72Cs4E"
    "MObD9kQvshiSzbomRb+URlwCWZKxazUM9+fC+D8Uaig2u4fPY3/6YGO6tcwplAtHOL+oc3"
    "OQD/4U0m4OxUOuytsKxQ2dh3KLRnALyZ6nvO+DcHwhEs0x3YOaLl+U0hxxsyKrwUqYROm5"
    "DqTNZYaT5oDyCCX6VB9WUAUkF/OQhDQhgSwpDQdOvwXsMyue983xcEKyVY7zFX4A0dr4Wb"
    "2EGo72ngdjlaA3TzOluVcHrz8OHpBcSm19ADrDCLunF+nqLf5xQ+bK0ois7v6DgoF/Odje"
    "irpqsG/W3LKbZ6iD4QpqIL5vj0q7uwhzjx6sLw2U7MSH13npDVxg/bQ7bpO3tZa/OwDM3G"
    "46s+0ZWA6OeCV7xZ0KtO0a3qzBZe2RvVQUv6vUEmwegPL1zBb0hvPiFsuKCEDmt2pcYvSY"
    "hv7snOZnmIfxO4KUNojv69jwN5GzmhYz7kWkgJ7fU0H9CTVL6rOfp+SGCdEOsg1B/y+JA+"
    "ZPuQPqR8SBbVrEW+usxtZSMApBtRX5evRLqtWVQGKkJBHtXBmHhT1WAGmvwMJAQ7ZDfXPA"
    "NcWaDfMNVyBAZ19qcvKde56MnbszxBV3rVltSfVODVdpdLVcR72hIT3Ih0DuNKwq5QeKuG"
    "0OvSM2+530CaxS4QLmUD/2asxvQ8MPe0YBJM08Aq2T4LgWhiCqZUtqplHx6pVwO8GA5vYh"
    "GFi+sEwHePtxcDuqvzN4FepDu7cJeO88QlIYmzyUmcwVzJxnVSch3ST0szXDfOZylsk2Jd"
    "sr6qipnZUQL2niGzFKG7ZVDnDZ4l11mOjJzNaw+hyR3opnZI6dBkpQE3V3vC4nQG70xvW2"
    "jNp/wrU35tzqgab5nA4ll0naClukY2K2yBTMIKPAUBIhZlQkuTOAtBgoF3t5N0skK5Qwvj"
    "TdFiZskABB90v6jTtxJy+mbTFjoVTPIWvATKoUAH4d22bgN0f8oE96cktuCxP7DDwV1pBQ"
    "mOcUkgODbYEk61Hjtck9LGTXLJVnDwVsi6GFJy4GLYaQYfpkFp01ZwXhNNvkPpZk2C/bsD"
    "3NTr2yj7d+AVCD4SGMDBqV4eC9gvNJyXWEqQuWJzzWiWQY1in+XJTNdjCzM25it9ZruHXE"
    "c3dEfH9unp6UkPPeM11tCrTu1X3bFR0GoRqY6jciImI1d6pSFTBnJdN56Q1wUmYZ1lH6V4"
    "vWU6SNoAD3DMtMDBuAbjuhkbYNXGdXMrLwPNrQ3L8yBG80pdK0u6WZuC7Td7f4hLdXF3KL"
    "22MoUMS+3BoQBwfhLgCjg/eClVYyG4vnPQQuV2Di1UbofK7R0k/UDldqjc3pDXqqURBSiZ"
    "AJXbuwsuVG4/OpghDXFICJU1MJojHyqDKjZQvL0Z8ELx9kYXb4948XlAMSyNnlA9JOow+S"
    "Hcfjheh3bmSuswpYHLDpDH0c0dKlcSs5ynHJM9UwnBWhB6ZuXkg47AJu8PHIS0j++vPvbQ"
    "z/eDT+ya+7tPPHy94uRvVoeIRTinKr0wjGazGkmiTsR13BLC3M0Kc7enaHhtAaxq/GEmcV"
    "jaEQdKAuukXAfxLj+mZev/IwA5O/nQvxxMSFFCJ9S7r3axsq1Z5HUiqrXOZL+oAnina8cj"
    "5bUM4G3+o5vhRcz1TXG8uL7rj/51fNv/50nM/30zvPsUXB91a1/862HQh+gERCeOAm1cSp"
    "GMC8EnQpjtYJhqkchEWrBDTvSqnLh4w9Xe01ETYX23bAXndtLEXt6Ym+ayP77sXw2SuQ7h"
    "ggQX485kh+TL26hsh2vyQu0m01r/ohqu6oOQ8usIruptc+zowfXKSyCQ06Nza75Q1L9XX+"
    "hSeMJoxoo/s3rU4y+PSJ1Zpm1z18lsQSE/R2x0XgcR/QX96axZEWt2lq4Rh4um3TcVjA++"
    "mmb5av4UFXPMRPVPYQnHCjWWtnRzCde+XKw/JtYZVGsO9dvPrmRhqFCgHMhbv0GkNEOZz2"
    "tsItKzMCT4waT/yanfjL0xWjUFuQtFhesuT3BvL00lFi8V6CjJeGq2duI3mVBYbFLPmaCZ"
    "jZywJpBNbzHDoTva/5MiBQ0oGrThZusQXtharq1mVKYcl+5hJyLm0H2XJ6HgXXZCwbt0Qg"
    "EkM0onM0IWUqVZSPFNO3cgJy7WwWhO+S//5oMoD7TwS9cFmMsPmkEAJxv67gZwIL0EOnI2"
    "0BPesI6cvr0IvTilTfCsLpwJRHcb4FKNNzU81TnZUkV0JWm6c4qu6KeH2KwfpreJ2YiuJm"
    "Rh1q7SRjPXQUvVetIJmq6Zg7+HZnSCn0xr3fOLG7HyRLMFo3MaIqZnHbcsOXoALoK6XAR8"
    "ccj7x2Ni4B8v2LiLv43y4MflAP1i6IPn5kjac+Nv+TLmbkSkkLHbMDWx6uJorBsf8fTnvA"
    "hHRLqHMNRAapf3MaiIKGWyx4WAdinSFXwFXNIXEpcCT0hjakE0dL1+M8UgOr6q66bedBDO"
    "bazswyTPN23PKDF7XqBClIBvfzNSR6GNa045wBVSwaSBzUcGa9imUBobTKSXlQDqZWSobi"
    "KbUEdzwHuYIkYthTdfDaPDZGjcYO0JW1eqkPS4OdnbFnAx+GWKpq5zhluuVN1YI8d06GlW"
    "1YJlPfhRG8SjNjxpwt9D/dBGL4hreF0fPN8KOn6D/oImR5Mj9LrALP7B5VmlC0RMgk96qb"
    "hLjfeeEF6PY7rm5Xc5IXQdVOdgR+gTfWfTFaMSm8LFoj6p9hS2u1yqjEZ6coru/7+bHr1a"
    "pw86VQ12uhf8Y0LsBcbscVUDsyHpGD30S/+hh+i0s94b7MGDhpQLnf2qNWIcBfYwNqZPZT"
    "vsLwoIfsH0HPsp2U0pA59q/DOXWOdRD6PvCkvyU39LjMDH/TeEpJoZkmqsY/4Qu35Ozzz4"
    "3aoxpFtWrrItaVkHCCQ12RXfiThSkwGuoJILECeAOPHNoL9XImLZVuT42d1qSPrnezlsSe"
    "br2c+e9Cwhzoejptb35vx778jGxttFoDtHTzxjP6Tc5bIlK7jvhPD6AfQKakoGghHr7RTd"
    "sqVH/w9r9D7PGIWGu6wJt/GxJXxCGbYdJBw2ZivogekGplsbbIyDlx9ogGrQAf5Jp2EF9w"
    "K4F9roXgDrt26lC6xfsH4D6/bWJPy9zrZ/vSt6OS3gJbs6d2k7em0xa9Q7H9iVx/yu6L94"
    "y4C5btkOopb4Sc8LDKZs4JruOyEpOxkFBm3KYOaD/2UztElHQK8L08DIg5Qbz7Yf+zxW0R"
    "qrFiu/9/YMWearPSHRJ/RV+hP+R8I/gUxCf/vctLygrmo5LDzr30R1+FEmYRey0Zfhaslh"
    "pIMp3ph9qbfFFA/nNK8tHgqAMQ7GOBjjTQYTjPFKYAWjpu7PFxg137xRc6sSd0s9zOjpre"
    "ZM0IVtyQWkqmIe9QlStT9czpREHn3yGa8xj4P546Ypk/EbnZwjzVLnjidkEoxcG1s9zr+k"
    "xxyTqegpo6auG0+IZ094ZsTrAtP7EpMZAOFtmBSi8FrUiLGpbUTtJPUZW9/PFpje3jqBIu"
    "ENLBIO8bYCKn7zE8CrXJHVp4BnVLX6eTy8ywhnBALJZanPHPS/yNDtNlpQW4BlULCRwyp8"
    "AZ5ho6sI1JeCNldsgIsE7NwxJq9AxcS6ZLrWXezeUR1XsOzZvjIg7jKVpRS3dkPpqnaZ1G"
    "fvaEWVCoaj3DQc3Q/urq7vPp0jX35C7ofjh8HVua9yTMho8PPgkh+x8B94xp66wN5URdDK"
    "65MtX0c0LllCHdFmZpiJkG5S2dAAk611Q701p1hYtUV5g9nf+ZRg5+LA1TS7heq8mehDdd"
    "6sOYfqvEfbHJHe50YW3JQcgNuYgj/NRPUQfkYoO11h2WnxNgLw7oA3tXPmgPdAVYBainCO"
    "IkCHCUDcY0s3477q+JnetrDDzDBtum5W/NLcVcA9KY+/Qx/I9H3/S3WNphgxjVdjpRLokk"
    "S6oP1nkQHAdd8s130GP2eLGzqDn1PQLG1QV65tQAZG6U+ZJulPKYPUeyUL2KNRQTBHW2WO"
    "elMnbY0mxDqk2VfWKiaADHTKXSp7YnE1qmP6GDuOgbWhpXFdIKX7xM5v1YBs70rFZJfmJ1"
    "zwyxlZ2sZoZajO3LSWyMIzrL+wkZGKvIGXVLNBlkuoyoNVC2vnyFsHPWSbTPHxxtFt/3IN"
    "Oa/6TMi0qPaOE3LsvJporjP6OQWTMTo8hvoSeyI9xC6gA9sBOUN1kElfkL25FXx4uZ0vKg"
    "LNlndqa+qSE3ylo6txOQivFg6vznGBLu4RIYB+H2omBHi+OY2afqfkvigbgS69a1Wp0RSt"
    "EhTocaiwjNw8hW2bBnJeVXqzthrlOtzAn9VMMHFFDkWaXSvXUpBXg/XzIZn6yVv9BepueN"
    "DAc6ptuk4PverOgqrBVPl8VW00pwqKJnIxljUstAZs9Hc+W+e16PeCCJiy2V+AUKAzeRjl"
    "RZ2/Oph3C5VrFp4Q6xwjqfy6jIewhRvmoCp77QbOEqWoFZwxQGd2CbCFvwncA0+nNPYJQc"
    "C/GP6maxXegtKyMAvlJzpkLP/KkxsOmUKVR4M5y9ZgzlIaDDFFSX3Z8AbXd045rISuDn4t"
    "8Gs13a912R9f9q8Gh3drMfS3erX86cnl1GKRz3w+rSGJRGgjQVnucbIwhXWms8Cr+qSyhk"
    "KIftw9v5SddmTtORbQ5poViG1mZc/DcefKz5JkLwb/twTEURlQQ/KoISzoqcwtcymOqWbk"
    "90SF9qzh0DCflVwJBw6EI/BN78DOEXmnvynkeGRJ4Un/El+nhFRnTOfSXKRL1ZktsMwHPy"
    "IBcKYSIPX5HFuY2ggCR0N2+mNcCmAFB2azXGdzTHfRIp57G5DfD3n8dcULkcijn5SEGSg2"
    "Ax7luQCJMCYIpVeaXHoFmKLZL113maJQCgSqVXSGELcltAH5/pHvVRn5/uJNpASEO55XmL"
    "MUSHbwaGetzgtf7OOXETZ4q7E8sbqA4tyyT3MW7v+pMsbWdzXduTGfjgThtfBcb1tkTWVX"
    "KYb5lC+olg0HELQb/D3qbYmFsZLdspGaqEznIjXls4npG6XLVZHcSHQv2Fg+vvSroTtrDy"
    "MJkBNi3UP63VkOpN+dZSLNTgmRlkw/iArBdrFzOU/xnOqqaYSza59vJPYqft5MVVaEayW1"
    "z1n/C0sG9lAAUC+O+ouuymwm/uU1biPqSq9nJymfhaOvZKD1ru7cBv1DHuLND9m8mx9aXq"
    "y6Vv2juw5qZvPIuaYjEh1yn1bF+XZt0ccXvHYxr11kSTWqENi1hpcr08Fkth7hmWkJK6Gm"
    "L+ptc03pm8sVi19fgY/qtyN7Znr23zNeQ1vidviswjnLnTwWCHQwd6x8A5S9CRLg+pd3EN"
    "q3Zx/yqORnH7J1cnYukTuG6S+1HWWh2lKle5NyHcS7/KWclWeaTVLMSjP9dhP14ovXXtE7"
    "SHmnojLQnG8PV0m77E5gRhU3PFN20mHU+nvLXJr+VKQbG4Qnt6rxq+CyhkWYvxVVvbokSj"
    "rXMvpLcH3nOg+UH2aTjcfXH4tvsUr4TH+XGNzdHVYD2SYDffTx8eZGGQ2uHi8frod3dFA6"
    "hGJhzeWkggm5H4wuB3cPyvDjR9Z/1ZqxvHpzPp+Qi8d/KXfKJzru7TmaumuFKHSzVZYTcj"
    "u4vRiMlPvR9eXgHC3xcootZWUJiqTnmdSzN3lyYd9kp8K+yavnN7dxrmapc0cyAnJ0Nep/"
    "fDhHXJZNJG+iq/Tv70fDX/o3YTddhX6OLfNFNSbEO8fa6HrHxK11J4QOxQ5QeVyo0W75U+"
    "osqA61MI0C6TYpUci3KZZv07aK9d1C38IrLLL1LkzTwCrJsrYDoQTsUypVFe7hkXqt7Ivh"
    "8CZmxV1cJ0C9e2TfreO3fN+hF+lOBtaR76AyFYTNs8tSpgQ7s9xL8xoxVeJPR+BUzkQ1Ig"
    "FwpjKALYwl8YyKAKCpwguePmsy/5HcbpuQhC1XYsv1SyoJtPZsX3JUpn5f8tHf5y7hVhS1"
    "jnTD0Yl9yu7335J6fGM9zIY544k6iq5JTUtSDqam9KmhNqrl2AV8/zHB7lHOWuLpD0Dayj"
    "Gj1neRGY6Iwfw2eX6hKG+V1fBsd7rUnWIB0qQslAhp8nsUuDILTHRCFOa5yfPsuacVC6u2"
    "XP5kShB20Dw7KBBMstHvFsEkltmw0grOelwSZr0psy7YXP2nF3xDZSsupQUhu0Xg3KK//M"
    "nMqLqUXc0qLgXAZjcShkJhVdR2Dc0gWXgFkgDwzqS34H1PAy2d+HYZGapdGOcuWRXfHKEe"
    "WKng5qwHlrVbAMA7ABZskDkgjihbgPAOhNOK6R417ehghu4FtfYsbRfy5PubIVtoCmXNQr"
    "zghIOXZcF1TcfqEk61JGpE19i2nI3EWsyRvqEk34jdHbh+ZX3cTdY6KxgE2Sp9Qekxfph3"
    "yDpHKtJ0e8YIg367eMI7w1t4hulY6WZc5Q0LRQsbzYTMzj2BBIkqyxW2jPTbkdUObvjuOm"
    "TzuOH5Z0vO6RIV6dL7Vpo/a6O9SOGaFANsd7uy+FoswUYdBuO0DN68Vmr0nRX36xUu4BKQ"
    "jSVsdxTd5Jub4SQ8cDo9N223mWeB7ZvHLgtt7t0G2QO1f8ZfHm1qG21sp5n5gi0bHRNqO5"
    "0jTP9Ys4t61I7iBlPgdj3poVfdWfBjHu0d8QRQ9EpNJ4x0B+k2s7/SBlt9txVW+Iq9Q/az"
    "u1+Vr2/FwqusbgCfPXnrIibWodBS3R3UQCOqLnr67EoGTUMBwHO3hgm6UIm6kFDbZB/H/b"
    "Ede6N0FNXNO9so3fKSbyq3VGH0fmRKt4xfsFW31Jcr03L8fUpZeiI5Vcy+74v3pZA5p1qf"
    "gZ/U2RrNdQN/ZyNvXLTAqsY0QMdEl5aqGRh5P7WHLOzadIi5rwkS/NXhsmnNsvK7CRXKoA"
    "oMRxiUyUMqkxAIgEpJxSsl3Y+GrErS+JzZpaw+kj0h44fh5ZdzZDvm7DmoezQOSh6x84/3"
    "9zfX/JjtspAoPzq8H9wpw9EVP26uMFG4n4dd378ZjJXP13Tc0b+ojGpgW1nodHyPq3X4Lh"
    "HepMmlYW9EmpHqy27bmVRfiP9kvwvdjf9AGkbXZj0rDSNl4x7GZLjmav7P5vRIYC5sTuYx"
    "Ff4wp1DetVuaNSh/34TyxyxdWSMqKgOJtXkSazGZmZrvd8mLclSmcyiXv5CbXgFWAPVsgW"
    "fPWJNE/Ojy8+Dyy/Xdp3PEB6CgTwg/pnzsX9+wKq78uDJX6Xuq+efCw7wA7OPdHR/Acgnh"
    "8ldUuzlHmknwhASjBPKj4Q39W7nos63RMg2DUeypBtKMDWy58WjmtV4jImC9lm69OqajGo"
    "plvsq0XYkLQYXCZGjRfJZFNCIBcKYr63p1r2VBTckBtOmqjvwjI4tsUgyATQLrmdryyKbk"
    "ANpUfWLVmS0UW/8fgRmUXaI4JlQfqGdv2gIrtixTQAneYvIEAp2zd6BcE3iMY9cVjxPMda"
    "Lbi0LTnhCF4nfNCQyk5zliaReY6rQ0zHaTZxvKGtVYdQfKwpRdFiZPSY1IE/cE7V+iPIQX"
    "l9z0j2+ZXpKriobYwCuAEt1rOgRR9bFwf1llhsM3y25nRDyy2HeTZocEI2fBCKwqQd4AyH"
    "/zWDoUa3pBn7qHdOIdZs5jHmL8G/fHMwiQSzQT24zCukQEv2KbsVgtW1A/o/K7QVmNRicD"
    "Zcf86cZDFRQZf2goAAksIgcIcXRn7YGSAnVb5Dcm1mQWRUF3SPktc33MZPePmFiX1nDNaY"
    "X4K30EmRhsKAAR2NIjsH+YUzkjciPQpVegKvPxD48UuafdGCNYtgzgvNbjZl2Jcw8PyXsd"
    "cUdMlqLvWU67tXzfUiuX9/pbsMR89WqvFDPQnkF7bs+2G+e8CFbztmacnkCNPTgP49susQ"
    "Vnkc460FJHJkbLdgsZvTi4HtTi0tXigAgjuatExaC/r8TmAmYImCFghmRXg1Mt1TCwcaWu"
    "j0S14CKne1srwfkXKpq6log3TF1bJ9i2ERXz6mZYLjnnJTD8Ahr4K1sa39lorj+5dF9FK2"
    "whG3ufCNVG7sowVY1FClSisXJsxC+t8Z0tjDlUescJCWReWVk4Q7UdNDOXFByshQXkltk1"
    "PeijsHPBMzIwobTHQRMQY1ORgpexXzJ4mQm5bbyX9m56IkwZkSXZ0J2/WDIK6EYCVNDSVd"
    "BgRypC2YyLApuryWwu/1sk895FRODFK/3Fo593OVtkIwC2yG5bxNee9rRFApV35Ha5LONm"
    "ZclaIxGvkj6fUzWXorlvt6XAyggH7BDy1bZcSiO3zYqL4ZvHmIvPcJ7Ci94XhFlWrAsSN7"
    "IINZL0mVc823k1kb22WbVw1hlJpdsltcnw2qSmFG+M5JLvWH1Eg049va1fdlt36NWWbhjf"
    "a+YrSdl1tdx1Qo7ZpV5RjR4XG395pGJL8wUvMV0FQdFwr1AHPWNg7YnajvScpVObcIoXdG"
    "2GxqL/0CfZ5qBvO/i2J/vnM97TIIRAXF2BuMis5Q1rREQ6SLcqv+oCexsk4PUv7yC05Vfd"
    "pL8bGzLghgKdi8i9ff8m18J9s2Xlvknhyx0cyotquAJW5rZdOinZoVSb2jucsQ9xkTlISs"
    "IcFJ0DqnuKQtPbwA9FOlNCoG7MmU6rBJp0bk5ATAq8Q+V7h4AGU3UBvK8rg96vkOc7KQuu"
    "7ya7vqnlLOdp3QiAp1WYWRGsftnUcIFkh7SlqlzZwmhzYVe2z95o2RrO68revLq7ewtFV2"
    "MJAHc77V7w6kon3tfh/GaRmi1ebz+Qk8PdbblEgrvE6iczN24gzrzIEc+xjR2HdSzyuEWh"
    "b9lmWcvY8p3TauC5nrGu5TajF3HntJcXraU83TXdd0IW5iuiwK8RWyV45jr6C73YwKrFvO"
    "s85xrZ9F353pzPEcFYs6tIuv5WXNWV0ZdaWI/YrwYsaWYcpasJj68/3Q2ulOHHj+d8qdJ9"
    "jC7W5Ct1GM+1hf90dcajCeiSeQkBSbn6tNV3jX4FIkuel7cP9z35Hq8ZA4C3qZi3ibcxiM"
    "D5pyPQvLInQyzdmckosXqowQHaY+FnDtEZtOtuc2yy+2/wlFj3ItHOTENpi56YjlzjRf96"
    "cJdCZVeo7Cp2nW5U5QITnxIGN3mT3eQWZqlOMlHAjQREAEuPAEL51Qp1BcOcqZE+9DmhTU"
    "hBcEhk4W02fdmVKxKFxbszPBSsyhJCGDeRoVq2jvPGMRLvcCyGMaLf0NH15cNRxkYMQaKS"
    "ajNnbhiA8A6ERXvkHgWwxR7nQuk6nQorV5qn03edxRjbtvesqVBl9HRvW6iSavMLxfaulA"
    "hVGuaTTtCxihzzGRN65VI31ifnPF6ozmasHAI/Y6OZallrflzX0PGELj5tcnTS40csPKfK"
    "68IfhEUA/amndxIXeK7hvhMyIQN1tgivYuk4Nvp9c8nvLBdouuaZQTxKqqInl84o1tDjPT"
    "PDeB0Hldiv2KKPxSpJx2/5N1ai2jQ0bE1I/FlW9N+YsJLV6pPKfqmFXRuz34deVZtFag3M"
    "ylbT8VaGusbaCf3XCxX1AqivC3oe+dN5im7MJ9N1+NPgF2ytJ4RixOKzfjVsKqM6aOnaDs"
    "L0mmAZsIgv+t0bl7lcfv9bAluvyoV3PpBiz7ZCr6b1zEO+zoSYdItFx2y508FPWczX0p31"
    "KV1bvBw3nj3b7Hfp3gzQV5nOF38gVg3D+z0zti1YJ6eojyzzFek28jYpDfHBqfRCtScEf1"
    "2xGBY6JqaP41LnIM7pnehFM5U9nm4YaIrRi2roPEmLZCZK7RNhzvYVCpXRgp7Cw8aYKyl6"
    "XKRnd0ZaTgv6dBcE+0MOrD9kQv0h1WWWLnlTCtuNRAfRraCN71yUi7CtLpsvASXZJEqybT"
    "7NEp6CuBCEwpKgqppGlZEMqo8Y0ohI5wJi5WdEQjQsG/ruRsN8fb/QvCdlIRbW5FiYZ5XY"
    "xVKDIpL1vN91GhBdmuWNmSz/Nkcl4V1uwywXSalMSnZONSq/7ZFX8EYu8heTqSjk1z4m/w"
    "ZT15ZFNCIBeO6KoLp+yKgpkacDfM93Bp4iC2p3Zp33PpcA6W04UCdBje17TaoEfsNiNR9V"
    "3XAtfCSIUcXO97YFqXjUR5l7l+aMUrGBsYZWqm2/mpbmRY680tvHbB2yh+mhmaFj4iDfcX"
    "HipbitLJPpDjbLUKPP4pX1DuMYjjqfn7KwWTpCVcM9WXTqC145PLTBxrO9mIlqYURMFMR3"
    "HNNEvLqcF4XyYjzEpCewYXj9TdWVajknp+hBZ4MwebwyZ4sJWeqGoduYLjzNRrbJH4+Fut"
    "wV/QmOd7sgyw/5k4LoI67pL2XpnWj8jxseITOdBbr3FDF2iIWh6P/qDs4uUBegxOfY9yZB"
    "eboG5SJkR2miU5dXOY7KdDCeUL7PsC1O2RZDHP3M5FSUoyIQSEjxZFXb4R9vagUvRUyhbb"
    "XpUrKdwbfm1LGpYc6YH4J+t3VDeh5E0jAT+WciZTgeRiUf+yScsVfSQaSVJy/ZqpgHpB4l"
    "qBGRSzfPnp89uDiHLN3aIDZOWd/DbD0vo7pldoZPVlHLGhJ8DuPdriSVx11pBaPFcUmIFj"
    "c48BDShpvwrWBOh9u5KvxIBOe2fx3YVYpPaDrMVwFqAFVRAwjPLCzYhh7w16ysrFCiEybo"
    "tg1m8M+H7Xt/uL/cDO8+BZcnPwiJYomEASHb4TUiBWxCCTYhtzltB68KmKqBGNhGxaxUf8"
    "0W4czEJIFN0RylJs2mAOZj9mvXTl02D/OxfgJC99SyvWyDXWSFIcEPJv1PuVSFZk1CaVSF"
    "8gyty4VKCDb6Xuj2SGBuJa7obTO6Zt61ih8JzpvT6VrIXpgrFrdlsd6laj1jZ2WoLIWPHe"
    "AnWSCbHnPmprU89xuX8cixN7deoNt/gF54pXch0rWTE0FSZ403BjuyWXZkME8yftuoTOec"
    "t+Xnn8kG5OsPxrc2fYduwYpk0CEi0gk/SGL1nuXJTqVXZa/fs1SGKoMsy9+0HeiO+ZxqKM"
    "/oJfkrPINeCu2EXOc2j0rQfsXThWk+y8OdEuwc3pXsJFPVxoprSfWgjMp0DuVKVjWrLaTI"
    "lxVIiHUO6/I1O2YXCb0pW0DeiHQO4PL1O92mNjTrUiIZdonJ1Rh4CcyW1sZdVq69UIqFup"
    "KiALsM7IahzFzLNgUuweyQbkKs0IbSohBLFWFdBmGhKEhMEEJdEOqCUFfDQl1A1uvYrJdA"
    "1ov2KFc1qro6Drb2rJx6RUe64QO1cClkxeLiH0nf4a94UZ/94Lr3BxuysTqLmDs1dK9A9b"
    "5wWabmzpz7zYDdxYwaEKw7oSjvSwoyOtCYjdNVpOyFvlpi4igMsn3RGvuDMdS6CthSXa2C"
    "1Jg9kHp2b72BuorTyqSbjL73imLt/e7ZUFBKPCf/JKJDCLgncQ1jN+8kqdvs5p70EdtKvL"
    "oCXqonL19gzh1MThGf0HPE6lRTbY1zRMwVJsi7hcf88LkuPWQ/uyd/Q8EWdc7PBn8dJWag"
    "rvtOCLtNFQQUqG3AztVR26D5Fai9vqatDWY8u5JtfkIBaO4jcOkGNlMWrrv5VUomwhArSs"
    "eK5FoQ79NyuOMrV6Uf1+XKkSm+ERXpTNpNaYBiyxLFdbI3gFCgc6/9j2/e5Hjv6VWZLz4/"
    "l2xGrjpuRj2eAXGXKS59/DMWSteINlNjJRE/Gt4P7s65Ajwho8H9Tf9f13efzv0uNHQK2N"
    "Hx8OaXwRU7aJvGixeIPbxq4T2iEjLnc+4qSTHYWZI7S9CBqFDl45goRDCbE9RIx7KC17nQ"
    "PMdEYZ6bPM8Qqc7eOtsZs4RI9bc461mR6gTTnyk2cj6XuBA0rt6mE8m2rU4LgndA0Bc8Gn"
    "sUArzNJS6S7hDKh6himNpR0jMiXa49nezcsk0lb4p5fD/dXRA/tn5LAFoy+N6wVZ8XZdFb"
    "vxvryH5cAtLdbiee/nZJNxOvMrwd53wJItwpUtjuILeAlJYrzh0vTKDaiOKPbdap+NjP6m"
    "O9nRm9+6TH6+5zSpLf5xhRfXS24L2PvZYB/mg9XlmfHbm0VM3AokB3LTeeEL/ggoOmeEZB"
    "PkWPkfoMG7F0gQavCYKu4eXKdDCZrdEz5i0QvOcM+oELewbESgLEJoYtR+ge0Bj1obclwt"
    "6MWhCH1uQq9oWn344CaMeEOwh7+dHhbTGiDFPlAHGhLqxreaQFop0LfJbfnw+/MI1atolA"
    "VKoz8bSaC2TqDhbBnl19PRTYq/p6M00TEYyVFF93TEc1lLmoTse2BR8TA1dT0TUPHJZqa3"
    "ZQM1d/wZaQe5+5tuNCndnOy/NVm641EyG6RevbiHRu4Zavg0C8Ohv6dkYuIV79Lc46xKsP"
    "95HK9gNlorrF+9NmlbaqtuAQF608LmoGcZs9Ac5bFKBhCzgvrNEXt1kBunSVAVGUTliLIE"
    "eoLlENIU+czgtnsZ7c7JZBaXJWPu8cvbJ0Ud7ZCs0Wpo15I+5oVAwdG1ilJ+kCejKtdQ/p"
    "rFG2Qydx6jrYpn8vKQ52TxCmq+W+E+LojoH9OF8g/Z2NmKfIa9L95RHpmr2J420CfazJDT"
    "JdZ2amonveQ/eCFuQn5yzxlWJvL+jvQ+oT6wzu6WC28M46Xb9UgWFBP+aUYkL0AZxXfbal"
    "X7h/Vz6x/sa4V8DvW4n2VdcbLKh9UTQdpu7y4ytMNL+qgkxCzP3g7oqnwPjyE3L/eHFzPf"
    "7MMmD8dY+1CfnYv75hh7wE8+Q7f5hwSbBFSAYAE2IdjEyV76TgW60MyKFA5zxAlRR19r5p"
    "UvGQUKL+drRHf5+7ZMZgRFNXN+g3zj5l9/vvqmag7jjJRt2QmZK4VDOmhd22M9MSBrmZol"
    "WU9hGR7dzeVAHng5dPkHoNIiLwDpT+DvCYoCJbyCUu1bl1XwEzBGK1ldYbgAIZZdfKCWy1"
    "QnW447KQ4NycGFI6dAgB4+yXqp2hQwgYf4uzDgHjA34tPX+7HK5xIcB1d9Q4EtbYM6h5vx"
    "mpZRDnjWvGV9fucDFE5CuJyB8odhyWWxeFjKO12PNEimM14HcHiu8jXadRrBawl85oYzrL"
    "dAWhV/r/VeIk8yfDqCqL8nqplqdo8IKtNeLVXBFPmEjGjGq67YRM3eXKRvQ36xbVguiof0"
    "OqVzJ5Zi5XbhDH/dNVWUR5zUolewWVqTbE72HhmWlpdvBQ7F4zk94Ha6f8Sm9U+hjGekKe"
    "LPPVpj/DpKLINFheqHcv+iehT2QhJvpq6Q4dnB55ZUfIltBw5D33a5lCKmiD6P1bQsg1Fw"
    "Nu2q5cts4WeYPllnVCsDO+o5rTVzZbnRz8cTlAfy/05So0x4WA5ipIb2lf3duCTJ/hl3Nk"
    "Pk9ImvEzGjyMgjq4juWVwb0a9K/OEWuCkdTbDsP1gXhByQufMSAV6ShXXKpzoa5K0hIJ/u"
    "oo/mIs4L4ViEN8pjku27SnHhMKqVvIVZ8QhXlu8jz7ylWRcCvEWlsyxxB1y/5yQtQNom6Q"
    "UwgRDG8KRpg+/Ew3dJ6iNnKFyW/pi3p5IhpWTCxnVGNIMFqpts0SsZjnPj4I+sOc+slo3J"
    "2/XKkW1nqRIxYVcOKHXENDxHROU6GMiu9Vcr/Fb8X/X2VymFVMK4hLglbQFK0gDwNrrpOi"
    "BMuEKOj8zVH+0vNMf+nTkygTf0u220akRp/YFHvLqYactyo6pdrKbIFnz1gyRBoTA79uOq"
    "Bhzpgi8FUO17gUwCqsMFNkxaYFAdwMcGUXbVIMgBVWnJSJmW0EAMw0/8RRdUMqFTIi0oxU"
    "yNZnaafcSYfxdsR6zggcHcmeNLt9HLH+LnmZmw8LTC0Bldgqn2fVYDVtpuZX5ocIBuROiX"
    "inCvscMQKig+nKWHsUSn74OzT+fH1/P7hSPg+HX8ZI54TLlLejlrtOSDDUd3b0bj2fcokc"
    "M1E2aKZalo4t9P+zy2fPrPAOcZdTbJ2w+7F5x0Q79fG2T8MnPZ2QRIyVOWvoU6rIwoa6Rk"
    "v6f476jD3XjvmKjulsmLwukYFVG9OrdQMHpFKdNSVBc0N/Wjgn+WidwdQTM8Xt/C3CMUlG"
    "gv8NxM9GEj+hPUUOk7KCUgWR10gC8IRYB6GuoGaxt9XKwBwR6SDE5TtIgm+Y5GpOiHUQ6n"
    "r72nSLA5rmfl4N7wbnSDMJ/n/tfWtz2zi27V9B+cvYddSuvDqd9sw9VYqtdNSRH1d20jPV"
    "muJQIhRxTJEaPuzo1jn//QLgQ3wLoEiKhPdUTdoWuUF5AQSwF9beGzSf0nuwoER8WScZoP"
    "FtS+MLWkD53ybIu1L8hsl76g8KUNl6HRSgRz7pg0IdIKrtm6gWCnXIU6jj/tG7Vjcb/2/M"
    "Ht3trg64Du4ePWXtG/Aqkz2b1aagh7F+NXp1d4zlmTRlSKqwhF/JIkd3fEhLHNlGTgiOic"
    "92ZYZrSEXyUo6jGtMhp3sjgzBPveiipCPAFedxxbqj0HPop5xiCB8ty8CqWTCk43YppOfE"
    "sCmow+Herm//8fZ2ktjpfxynTlFvvl5/HE1PXzPoyU26mzhcBa9bXv+Lx+sG/6shdTDkpD"
    "oYT3C+jul80V3p4fDe+61Iiunupe1ShOg9jTG4ZUrBkzy/K3Z5wON4Wbt7uYJBqXKPlvjz"
    "k0PSVr5jqlI8JXANkGH5xRXPiMekumhtPWE/u6T6pOpsQEQZIgcxHWPWJWvqSTOTNXfu40"
    "sVS+cEI2OrBO37skn/aVT7GNNMnqMHFpRKxYyuZ5sO/YZUpuhavmbx2bIfm4g0Bc0hvQbJ"
    "JvuxsCeOzoOXVAzUlBUgCw6dENRyOXRdidWgy+adZeiLbeG+I7jMte/wYyU31ELnDdT4TH"
    "YEa2+xorsAy7NjS72/R1BRmAibBhs42DDOaSZs9qf42bCDffJfaCZrNuxoFmu60XjW3RX5"
    "MdgXJ/YirTx1ZtKE1rZO/mKaucIv50z2Nfdfvp5Hex3yFtPrfsOY5ej26bDoDrTEOMixHX"
    "wpfpIaSOhjJsNYqTZW5huRvUfMpL018vUr8r9OgxwDVV1id6vMveUy76ixGNm0HYhgC3d2"
    "bErKYlsczZm1PCios5vHuo1Gb4KwSuZ9IAirXg6x37HJC3j9lpeJXvP6HRu8/ab1J8SL85"
    "VsOc717uKgzLU2yG1+wDOnPz00/eQBLC6f5RMgvih2HHKZBu9baG5531cuOp17W3IXcU4Z"
    "n342CFRRzyuduMU2rTDluOgRbwdoaVvr4PMp1nQHLQxVX2c1V+0+Otf/DR5Hr7OH0B+CBh"
    "XSYE4SAVr0fnc7JA7oJokfdSaviisykFC79YGn6viH4qLjHzI1x+OviADIKbNKUHdsxUlF"
    "7r75wBO6++ZDcewuvZai+ekUJihKjNvUM6KPO6kkUH7HM57fFY/nd5nxLFYL6pAiUJ2bKV"
    "70mVSrY7ifVASPxpDuicR85pgFvEYdie6SHdNgry9I7iSMANf9DE/MpTqQgqAu7/2utZ7B"
    "zM1FJEbYfnondEDrA3cctCgpwLG1pnsRiX0FtTAksQMcWjhnFLBosSllD48WvJp8TFoxxF"
    "B0pFs6C1d3jZyos5JUcKGBhOTQy0sClxnKJ85ihTXPwGHPc2eBu7/8PLr6OhldXaCojZk5"
    "GX8bXSA6g8zM0c0VvYrJ0zuSC44VznGqVtxx5NUK9MQhz9EGZD1yMt6qdHHMTD4CRqb+7V"
    "DdrI4R8jL1Mls1qr3G0MO96OF+0eUg3auHL9/Y+gIrxPm0rSfVqLpTzrbS3QyjJ/TazWjE"
    "NsMzM5s9eXh3N739Rq/6fxDdR09Hv48uH+hnNv43K+vZjR20D7yGF3q16TnPHqbpLk/Tfo"
    "/5o5D8R3Xy+O2SFEH55t19XStyCY0kBA4XuvlW7OQmYwfqXAjObQ/Z5CQvOngLrGEI5x3r"
    "GoboWXnCBoYvz6EuBayGc7GvjtTHYomBlTgXm5JNyHR8+XCSO//WcaAba0pSdFPrDge+u0"
    "1Ae2O3Y/MtL7iZ/VJBptmyRQ5A3gNywbounNQ3XfE3C/zHwO7Tlyk2oomhWAsim2Aho5mp"
    "ASM59TL/25Ieg8FWrskIkeXTZShRt/KlLaMZm63lLsjoHP3LsQztX8gyjS36zjJ5uSubBh"
    "2x7BnfPfLnYw19vaMkBDWNSq2Sxzgu2qjuKk1JNfekmXlKG0H/hf7jbtHf/g/9D4HCVVSH"
    "zCaD8FnIcXXDQNYGm2d+6hEqhJirDv6J3uc/C6nfyQggDdOMI3TTQr48V5QUZAk5tnplaa"
    "jOSvEXkiXO2TmWRZnlGMvk/rQSdRbvCsuyq3RCzEyatCItY5+Y/ASmmYydTOO/PlLFMoT4"
    "lOB2aQZzfTQgthUWW6oY+lrPOSoqpgCzlgBvJtzMsBycF2ldVkFgZ9Ri+YDok97WD6Azp4"
    "1p1ts8xEsn3LgZDGIITGoJV8jkezCeEOh1tEAvyM9fOZHP7jAAKNSOEoN36pZm3p96uXFa"
    "sauDMjpw49+n2B5nlNbJEM1V10/k63ibjaFjGwWtOOh05r3D2oeZ937+FpN/3/zyK/35ze"
    "uzC7SxrQ3dN9I8RZaJ0VI36ZuHPAfbA9KErqHnFTaRalqUOQt1bE5O3qOjfAWIQusWj0d6"
    "XKHqviy0VD1Y4BPGbMoUg/2dhPKwpJx4amvnWq5qiDNvCTOZ9ngtk2/9C/ELhMYnYt1wkh"
    "Uq3w3HVxdsrp2Zl8Oby9GEhf8t6F9qhCGEwmmjuLJGlSSNSosmQxF1BXVyyhSEyV0WJkP8"
    "SPErJm/8SPSKispKs4agKC3OYQaK8+ZJJBDoNSrQi73wgO++PNuZyfEAWZ5uPln6Iq8qhg"
    "irdB/QA2O/NXmwb5Za8uzFSnWKc2knbxiUEkzBrSI5tYvRAQ6mYxwM3WPlu7EFBExoIF1S"
    "3bc8PujbYh/0bcYH7R9JoNnq0hWlCK6mw08PF4jZzsz7rx+vxw8saNnx5mtaclbjjW4m1q"
    "Mb0pSDTdLS5e3Np/H0mpELlrnU7TW94244fRgPJ5N/KNPR5WjM2tyotqurhkHP2RdYD1oP"
    "r+4+u5zc3rPmmP6hPvriDU8+5jfF+ZjfZPIxm9gVJ/diRtJoDFrm9Z7UCrjHjAD3arj3i8"
    "6WC/tgRrYV2xLLCpgxlC+ev/aJPcxW4ii0FoRu5ynJ7tdkLdtDYaVbaLH2ZbOD/+2bX95H"
    "w53+UjbA76/JTiA7ok0r71SxeCCH98s3fpvIR1E5Cwjk/6iEN/6xYbtj4cPyjOGBJ+bdpF"
    "Y4D8zhoKh4DMt7UBS5oFUSRaZs4SC4ywfBS912XOWAY//cBqDPu9zn1TPQQe65/vQyZQOr"
    "TN87M+jfLvdvRO5W2ZulbKGnO93TjHev0s1xQ+jjLvext9Eq+llJS/CzOtztmfxCoBhrUI"
    "5XNYcmZM/kADfl9oliXGQOUEOu3RYDvQOZnGC0d9IKkOUI+Q4gy6IsHpcca6pnIHMHJycH"
    "GKSDrRlfSAfbMbU5JILlhpc3BWzpXg1Q3oNy0fb0AGG/oZuHqvoT8vMJaU+iOTollVhg0v"
    "SBcE39VmQF6ViRIr0Bq7VQEfYq7gsXCd9X3pARJZow6o0b+fNkwwIRICHvsYNI/uPmLMRl"
    "6fDA2yzw48nf5VbNbJy1lQnitvXo6g+FgqTMNwJDO2XVoib37au+5Hr0s2H6ETlis0bCTB"
    "qxf83A7spECgG7MwNgMxmMLcHSZRYQqpCT9EgE9SYnmleYE8mEh/cMY152JHpTIRdpZ3KR"
    "BpSJUgPNFPAmshFMLdAB5HvdY9f1v14RHRC7acBBB5D7aN0Jej9nptLLFfmzf3qmNXt2ba"
    "CNZeiL7YDl/7StZ7TBNnrEW3TqYIwoCtjUznf3n/v3n2WzkNbf/AHZLcgjsoO9OJQquF26"
    "JAzv33HET71/Vxg+RS+VkxVPquHlRFH9fn97UxTdHRikFWn6wkX/gwzd6eM2pARmCgVtOZ"
    "KdhfCeXg//nkb+cnL7kYET05PRBj6mmQ2QBb4QWWBmc1q86je5koWHJjnrV+w8hYPEjp/h"
    "8JXZI23pT9jeRplHomJzarjShLXtTing5AbXQo5rLR6RarJfaNU6A2vfyS0sofWzTSPRzJ"
    "xVrI0HlrDvC0Nn6cfxEkj4o5Lw4b5ZLJ1T0kq67UT9OZ1i410A5qRVJZg7JkBoZtsWK0lB"
    "8AmW85QDWFbYKmbVYmWrcHz3trAVZJuCbFMvCXfID9Nsfhh/E6rkyXiLs5WkzF50dQ9IVl"
    "I8gPvpLfMkK4GDxjoPGqP5RDSkK2sIwVxw7tj8uWN+xEZsNNaAsNxq9+ybe1ydOxxAVqVt"
    "i5TIKUT56dumVMjAeR5XeKyoiwXeiEve4mbSuNGgJew6sJA7taQG4AcOLoLcVVIF8EOaiw"
    "BBfUcoN1bwV8wPi5uAB5arS6abGmHOIGYk04CulzggO0Zx0iAyAlxB+d02A2PvVC0HkgTy"
    "xRsP8oiC6G3dr/4OZs26KS7JiIE0ysm1hoPrApF9DSL7zK6rBkg/hu30a8fFi2l8pykcut"
    "AkGxbliMqhwuL5o4p5sDAFE1BfclFfC9LVIvxBeD9I/FKkQVbix/4rAG14f3uMTGvgNsLJ"
    "kCe6ZBJSRHFO20nHgNWvogwh2xCgKmEdGUoHdv3zBl6ruiECcmQgHbiNzBuqptnYKainm4"
    "9wzEQ6jBvR7m3U7Zoq1V1srx1FU7c5cBdzi7nG7XE3b/tyCqQ7Cplc9SdReXvCDgTu/AJ3"
    "0FMWj2259JQC0YexYBNKxtWZ07KH46BQ7ZNYHmxL8xaH5rMMmYs7vzWZwGqDDAozXJZwQr"
    "EkmPupISWegHN/hOsQhYZ/cVBgik5n3rvlr/OZ9zP+9R359+d378m/b7XXM++XX99/OIsC"
    "UmlahbvbAVpTyg1Hoad3t6Qxdtbu+BGp5LP/eKrp6q5OPopn/kpEvx7zy8xMetG0XLTFbv"
    "hwDZ3mJYlQtxR1pyScNp5ZPmiLRmVCUO0xWbZYRwh4HUkrCWmh+n3nEDLREsdpuxcdNaR5"
    "4gDGbZoHr825QQy7ArV3cVqYyADSwhyQFqY/kcfSKfL6E3wsHfSu5aqGOPgJM4C/Mvz4x4"
    "ZJ1MV7IG0JnVC5ExxXdb0CMn9keuuMMiUpDYysm9pe17BVObkePlx+Hl1dhA7mzPw8mpBf"
    "V+RPm5l3wzH5eaPq5OfL4c3laDKh9y7oH2wYWWeX7+CF69yl5NglvTNfWaQdP+xAaH+Utm"
    "t/m3Tyt6VnLmhfoLmnGy5x+c/p8/67qfOZtjdPNjawH+ImHk2StoTjMZ7jMThHKEZfrnME"
    "KG7cVhRLcGhse4J1YbOGAC8UL2g6NIitm1VyiqQNYbBCGWMoY9wFsrOBMsaQDaexbDjRPF"
    "oDwrJnw0mvORwldmO7qjqGsN/a1OOpwt1TmLP7UKjDXSe+vHW4jxuhFWqZSkQ5MbkThygn"
    "LrXiEeXcf/mK1EgNgxxsGA7yHPKFsYtoKgtf0YJO8Y+F4Wm01Mm34cPZAJFJQkOUdGBal7"
    "Vu6mtvHWSLD1Qv22za+TYeuFcnA6Vfjy2QqZhaBbKq1HOIQl8llvFcVKqfNWyvF37p9FiP"
    "Td+6GVSwFitwnLFrsQ5sT6DVHbK+4SW27bz8YvtiIBKmLYZBRJ/0Ng4CUrAAYdVdZIGwao"
    "Gwguqm7Vc3bdIBHRrYznU7/QuDMmfT2jiKSm8TKG7G7r8gnh8BTNOZuuL0kXQd+i9aJvMM"
    "EQgdWoDMRWuLhVgQF1BFZJc5IC6i6dIYCxXZZIFH7sq2vO8rFl5BhtZyiSzPnVs/8muctf"
    "TcXJ+TPufEHzn+o5Wg/iZpPuOA/sk+JZ8xq38K+aNlPpNkLmkrnlKx4xp2Ka9iJrwfojl4"
    "iqSl3xNelDOGEsL963sOuH9Ny112cNNLqbgPNQfkkpAPNQ/alxUqQxcCkYEZ3i/heKz/9T"
    "esBYsAFvOKUlagj8jNTKtvaCVJISVu0gp0uAkupQ4d7ho7DtmcZ/vkAf8o4gh3JlJMKWVq"
    "z9HfH8ohj8Sek9ub38Lb0/2QqeCnL/WSaaY0fixrLNFs0/IRBEiiiztELkm0QGqVJgkPmm"
    "nE21BJSQ7psbs4KCM+5uw2KtloPi/qnzRYyQ4GOtAB3aQDuh6NlrOrIoPXpMCK9cvJ9OvN"
    "zfjmtwsU2M/M2y8XyHqcmZ+GYxaAtlT1itFnPEn/ilP+ZRL+abpq4EXOulLsp8VMpNhXpa"
    "L7eKiD18XUwesMdbDUxfzg8H7pwsV+fvWKA1tyVyG47FrqeFD/f1iZb93cOoIlc3vSTpoq"
    "Wm1H2bOUSwIMxM5AGsjrox6sZ0dhCQjEhnLSThpc23ayLE+Q9NlZdIPwoY+Vh/DRHT+iX6"
    "hLklbd6BapeDhs21aOQqSYhYsMJNjOtM3AaZ7tE2hrkSU2ZSXNelCfomzHFWRQLafTkpYS"
    "0mk9oc9CTEpTCix1U3dWlfo5ZVpDR3eMx+57P3eEJ71UTU1nh/k5POnu4qCMJ13ZyiK8sw"
    "Gm9E+Gd0BisVIjChtzENRz1KAeKIDUYEke4VI8RyjB0xq8zdQwiU0kojjvzCREu/7BTPac"
    "eboH7lOTthUQdKkzdBx2PvehyfDubjKmZyOB/cy8v5yORv5BCrkTY/8ohcyto+m38eiPC0"
    "S6ANtPOn6embefPo2mF8haLrE9Mz+Pp7SllW7Tdqaj30eXD/QDG/+b5ZascvBSf9o/x/Ls"
    "hdA8tbOQwJtuvMaglZemu5ipCO+XANq2iQq83hjWFmMxNWLKSiJ9UG1UBSh/iqGWS/kT73"
    "Vvo1Xs9aQl9HpXej2HyMgWfvL9dNFcgnEjCHPdH+Yao0MOjMX83Zrf7RrrGcrcqZcSA0w4"
    "LDNefibYrB9Y2WwctiMR6Il5gPkwB4J0S9uQCaBGWVxsB2L1fB43dnmwj8nd3du86hUY2z"
    "YZ2+Jo1v00TB8iW08uP48nV5fD6egCLVa6oS1UG8/Ma7Izmt6MH/6h+JfW5Ivapu5uFf/6"
    "59Fw8vCZ1ltQDeLI83VVw4pL0h/zvDwWJfR6ZCGB9980I6k7jkd8jLxyCCVV5OJGB8bFds"
    "zpFwuLxT82OnEaBOFLWr3kKnJAiRS/+P10joESeYm9zkOJQFWQBrnl45H2nXuDmmWcQshq"
    "oJxGsaZ6BjIv4ZQaYPsTq0Ge7xbzfCfTAyxyo64EeKoYt3LD2pNoYLfFWQXAlTNXO3R5+S"
    "sl1sF8aeuYj7JFvt1FLE0cRhtso1jbA5ogDju0fiE6ffsKWTb6heaRc85YvvKgIbonQ6cq"
    "ssl4eM6KNtp45syMtYC+Y9dBOvm/9WwGj3TOztHDCiN/MCLbeka6w9LeffdIJ/+V/ejnvm"
    "MXF6pt69i/4w98aa1RkKakODPeIsk/Rn9FlFY65huCqPOYFGG2a3ijIjOGsK/KLyrcA+qk"
    "w9zT8bKGdQ03SBv2IsIVIW0YpA3rQB9A2rCOvRQ95Uy5KinHXDgx0jRjCCv9fnIv5Z0dSD"
    "+ltCY9g5qbhsqMtHyW70hBnZZnO/l8in9lsI9EYbeB/kcu535B+joLa1meda3GTeRxoW04"
    "UsfVXbEUaZGBFDv0dJwZT4o/cldJpFk2zV/sm2VwLvaFUmYSaKOOl8JFN73cJHUceVx2pu"
    "3tyN73JZvLRnUcxVmQnZYAtkkjQDWveiDZtuhPOaDuKx24s2uxbmC4HPa2bCA468VjWy5n"
    "XSB3TSxWHDsOge3A4/YHCiqB+t5vrYdj4SiH7ZHqJscnjCtySr3CUNcCfqFcfmGkVzItER"
    "cmZQZe4l4vEVImNZkyyXL0fO+wJJtPzAZA5kvl07cKCLvNvFAun8uH8bfRBfKtZ+Zk9Onh"
    "Ahl4yVaPI5c8aDk7WNeOIqVODrYf7OOtiPXPJ8TPIK5IzoRSzOjFTGQYzW3TeSyjmKD+LG"
    "7zotVnxJg5PQpLoywCYdbyJUeQRmjgvIh0DhRxbjT6i8KQ7kUE3+OYyUtGLkpWLKguSZlJ"
    "JOuCbG/AAUNoM/S6UGgzSPGbmkU9B9tiqMYsalmWes93l+gdwxGYhVdY7DiJNdWzMcurdE"
    "y9rwekz0tnFqt+CCinxjQVjVNDosE7bC8te03H8BTLnHAw5PEPxStoZooXlq3JCha5YjqH"
    "J2i8d8ls+RC0JTFWelg/+XDRgnzjKqtZSO5isrjdmvjBIv9wrrAVs1kcdf/Cu7TGNm08WS"
    "wOEoDscs7mKEASCWlLJSDJFLigAenVnniASkrbL1ZY84xqNQVTthK68f1127NszcZQxWq2"
    "RAYSqOdbiFSI5kg2uwtF0+eYQkh9+RFohZB6col+/9w3YL+IZWfd4uuwwaYWbENFVCx3o5"
    "srVn0qsJ+Zd8P7e1pHioYP0ORAn4bjCf19qepGNkHREbQtS4w1uuXJdk+xJCBuI8Ec1bYk"
    "AA5tiod6P+l7OLR5ib3Oc2hzzLPvznVzQ4ffkOu3haQV8dLUB57iJMpc92wMcyesSL3AkJ"
    "S2U0lpm4z9ihX5yuH+kiXASsm/f1tzJSimBfSfXPQf5K+A2KS+g2xbRUOYg9Sxuj+aT+4/"
    "397d0RrhzsrabGiV8MvJaPrlAhFw7MeZef9wOx0p18Ob4W/sLnpAq/jLArn37itF7p5e2X"
    "j2YqU69NNP45vhzeWIfEPdpMjMzM//VxleXY9vLtDqP8SxWOvmzJyMv43I15pMqLWhP2HF"
    "wYbhL+nCATuveOJ1XhWH67xKd/yKeGsLyzNzHNnChSFh054387rT6wNk2zk6F9fDAEtrg0"
    "1RYvr2bkQmGGpJJ7FbRkkvDMvpBAUNfGgx7v1kxoAPfYm9zsWHAmfX3C4CIgRA0t5Buo5P"
    "0g5c6NELdEWk9aHxAhIS/I2mC7tdLhkpm2GL/QuDPUSxtQzl5UAR92qJGZRQxGvLdFfGVn"
    "FUQ7W3yhLnrDZlhTHy7WVa3VsujsEySQhmAIjbvOhMHj3kWWrTAA4vL0d3D5RyURcLvHGp"
    "DvBqdDkZ39DPNLwwdLMTRAz5KrpWySVPWtbgkndzN9ZDDzxLvADdVvx29ZN44SryA0I0EK"
    "L1BVwQooEQrRfgdlqIlk1HkMMw5OYsKGUbNjsLJZY2YX/F7yFiPulfHOSbIWvJym6Hia0H"
    "6Fl3V6zQNXFascOqbC+s9VpnuefRUv/ukQWRmrkrVrebtIZUVhp7i56xjdHzKjgbjVf9bu"
    "m5M5O2EDzimVx+tnXXxSY6pd1JnIFz8rIsl+cx/M6Ka3jjWJZ4YqFbGpTqPiofE3RCBtgS"
    "RVlk0WWZU0U9WRmYoev5S6Hr+Uva9bRsLTdDRuGw3Rm0tyXtSykeNouJM4YJM2lQbbuEbr"
    "RuiHdA1hZ6oVovUHSU+UZgPolZSAN6fROKYLG0I9RJ6/zOIjlFYNp2BtBipWfcBmSeEHJd"
    "4+iWl/OMKiYJOUQpK5jC8tZXHGVNEVljk1bAdu5lO+MswIFMXLzsXM9GLy8dl3pz91Od4Y"
    "AEonMPsqk3t1s0ZzKLaB7HmckzWk5wBrcrK53GdG352M3wISiwumAco209ow220Sa6Sv4m"
    "pLrsIosY+ysjHmloBvtspTrItBA2NUexzPMMmdncY0AA1jHCEYJYmw9iZQItp4qqywFZF1"
    "lx/flDBLyYyUsuikO8Lkfs3d5ZSEAAtFBUEHz+YvTl9flBi9Og2w+ECoTu9QFZYFSOxahA"
    "ZKQIvBAZ+WLFeclyLjmkVabeSyln5ScfSpSagVjAXq1ZgxIqCC+XeOHSPFCCvnbK7kVzFe"
    "Bxg8cNHvcAPO7urwTgcTeP7NK21ko1tzvPFDDOwZjMGtUQzhoCvsBtHJnbSLz2QHDwYJw3"
    "U3KwHLHXH3DmwTk7XwKX9HK4pFS92xwyKVsRt5RNCsvwKja7nzO+8zYWU4l0X2fkYBbPco"
    "GwaVuGgTV0qtKgSI38RP+KswHVJZko+tCykWm58ZBMGkvAQjL9SnBZSVSLz80N1QyeRa9H"
    "KzDEah6TLwt7NQvtR8sysGrmwxs3S4E8J3a9nd5y46hubycJguHjOB1H8fX642h6+poxC+"
    "Qm3Z/sjh0d1DGI63aZ/EKRggN3ZwTDlnvYkuleqARLeD9wwTxcMKT3Lka/n1xwiFFZem+g"
    "KxsLwfU3mWLAJo0A1/0UWmwvf6BDHLpc97sWewY1r3OcHGX7eTSgKUXQ5aIpj8s7hEO8hH"
    "iIvQV8zEMwqEDJIpdnHoTOiO8KE4YSbgr7uwnMKgJYiI94F8fMoIM73cHsz8oLmy4pYLoz"
    "kc6Brj8scaFu1IXu5hzMlGTq3ZkAsVacpBfEabIQElziNMuzHdGc13EbcJoh4TWEgvUX2R"
    "Kux3/Pa2AhLqOGegYwt/whPiNyKEtAvCOCLih3Oq3ciUeQRGqY1OGsQHG8rBRHkmHdbIW8"
    "DTYvDR2zp2XL5O2uDsoIRpr+SFmwG7lz1m9U2yX9g0irhu6/qOfoHpNx5TpItTGyVVOz1u"
    "jNz+9/musu8tFzkLOynqkWaYH/Sv41tlRUpNvo/vPwJ3Ir0h30iDcuOlVpLqbVSQr61h48"
    "M60lIj/q31c/EVhsa7NFDnsIMjHWWJYox7Ce0ZerT2fnaLh06VdCtuWyb8SkUhuaHszynN"
    "DQcXXDQGRfviIt0q+OHeSRn4yZ+a/wXsW/V8E/NjrZ7hPn6l/olDb2nXQIRn7udPLAKX6y"
    "HrF2Qb+HS34y6R+gO46HNSbOwk/Y3u6u2HjpOViDhFYd5H79Fy93W1vMGyWM6mGOjgtygj"
    "l694qDOXr3qpA5opdSqhZ1LaZqCe6XMFvY61c86JK7CuFl1zJit01efdzf729vCuVugUWa"
    "OtIXLvofZOhOY87Zyd+WnrlgE/Xc0w1XN51z+rz/booYLQGcIpRgjTKJndM5nAdJOog2kE"
    "7szNK2G/pad2ldGmWt5/gc5TnfM8btuc7vX/UmAby/WIc7Fd7JJWUm4RxTP/Wf3iCJYl5k"
    "D6cuwtDv9qaiRwblLUF91C4fbvawVLHKknwIvnYnw8uH8bcRrUpMrWfmdPTt9gstSWz7Pl"
    "faJ+Xac73n2XKluze243qffimDL1PhJUxawkvX5ZcOTmeLXzB5T2chSEC2XucJEoDT4xbP"
    "OOGk6BgnRYyPPvCgiB5qPNB2ejh7FZ4RJTba3jxq/ECs/sDzlWU93sdalAm1pk/W/GFWcL"
    "AWjcE952q7Mc9xrGYSr2OBHSc6uWEHOq6FVOQz/ug0+C95LTV6jEQaomdDpnt24R9r6a4T"
    "P9RiGTC1bHaAZh+1/4zpz5OY8/9PoROnslqhkh06tVIftPhoig0NYaotaSXd4VQD1Vbg8K"
    "RLhyfV+c3a+cyOLsU9dLeyXnaMzkutL2U5JWJW1ZJKVOrS6JPeppUAJqt4eeknp8EVZ1Cs"
    "bSnmM0qkLSDYLhQQ1UBkJPWCPQOZm8+ID68uhY0HzvrQdfF6k6vnTN0x2Ot7PvsGiupbcH"
    "qhDyuMSHs6kxAa1vcLhNXFCgWNUBeRzhLETwxviqWHU03nGds0bRz9Ddu2ZWd9zyYeULOq"
    "EXzMtnxMdTeaOReImAUsD3mqJHbWTgDThNLPJa3gECEn6zydbUSYkMhAOpVRI8nRNM/2I3"
    "7WOWRI4cBNWbU3JfRFpQiuVzHU8rpe4d4p1/kq296kDGVaYlvY6pT4aSGwNXhqgSdwFWux"
    "Zz3C666lRmMHHbaoE4o9tng/cbpswd+tYwGnzfLcufUDWUsUtIJ2rVyw/N+29UxjyNApfi"
    "JO8ADFz5rPiJdl6zTXM80WTr0rVjdP9al+0ij5KNeVa/6xM3PuObpJTyuDFuhkiTU03yLa"
    "l9jUzoO4QOc8+BLOefAtFM3Dvv9oY5d+JxYgR82s5fIc0b+ANYp0DenOzGRZzkk3km8ehN"
    "GFjqmf9XxjqMQhdSzy4wLTBzhIs60NvUJWS6ckIXrqGJ49lY7rdFb0P2NyWRP/cEP/HY5K"
    "u+vGRp0p4h481R3Dd+xltuEoPh8whpEwzKGVhEC/fcMB9Ns3hUDTS+l061vDUnMGc/GRdM"
    "yk/TPp4xx5NnL63MM4C7Jv0SiEYj1wcje6uRrf/HaBAvuZeTWajL+NpjTYIli8sUY/HbIP"
    "1I6EXsTZdDHKEgiKXIIivcfJ4FrOUuSYQ1RLl5UXhuq4SjWWOs8UqOqcbGkUJ2G+OmkFpD"
    "UXaR0uVBVmrrQtTFtdnraARy9+z+Tl0SEYT7Ze5wnGi3N1gsVlspYyHaE0VmEmRY7Wc0Ai"
    "aeTTIF1qJjvmRA9KMu6tYljfcwhl8eizmFxNEvgbDTzLG7nFJ0vpAc55upSJMdx/wPTHCt"
    "PCr2Fw2LNKQPIPTpzgNMY/S3HIe0pADZMe0rgwrNJKs6pLS8a66DQ8sWGALOzthgaU6S5a"
    "e+TqPHvG1NqTZyZd0NjREBUh0vZ8ZWJ4CAn5EzuYP9GzDREfN7hdwmOAn7kS+/1cktjv52"
    "xiP/89EzkI2FlAbFr9pwNsbst2xwP+UVjsMLSQYsiX+Rijvz+UAx65GJPbm9/C29O9kARc"
    "d5RdGimBOLGEXYuRYuHMDoFi4G93xN8GluUl9joPywLhgScQHtgtKuWg8MDMqZCel9ahAo"
    "ciodC3URJlNDafLH2BT3KYk+jaoIwuwbp/V8cq7YKgk15rQ9D5SP74fF5hvwortO2yx3Xy"
    "cfJ1dIHmhsdy3LL8tpUEVh84SIcPhZTDh+x5uuZtsPKIc+IkilmdpJV0OYfe8YD8rhjldx"
    "mYbUz+SMcVxTllJp1E5PUbHqTJXcV6wTcZrB2yEVANsgkWQTphJN2Arl+y3HXdbAbr+mSz"
    "4/v7r3QC93P4zcxPw/GE/r5UdaMTc/rc22K7RLe/v3+SLXR6XR2T7vk2vvo6nJAeIT30pG"
    "ueaszMy9vru+HNPy7QwlpvVHNbpV/qFzP7wIqWR0padbk7qq4DTRRJCgYxeY7YUpC2k27V"
    "fcMD9ptirN8UQI3XZAYURzoykw7oRoa1iV1liXNUO2XOasxIJhKvFac1lqCVdK4w9DEjgL"
    "469JZLtufi4MfNAP7K8Bs0HDwLfbEsITIAVULidKgOVULAlQpua5JW7fld7Sy19Xu4vntX"
    "4Yg0YQgxJt05EM2eg2+0pSIoaIuZSLdfbUTSRp641O214nmCNZdTdtKhXX9m+xAysYUhaQ"
    "Uwc8NMWUwhHidjKB3YPFgXQ51BGlJANhtNC7kVILdC2ydTMu0f13g9x7aYoi5hA8kUQJIs"
    "vzgVJMkvsdd5JMmWrYnOn3ETmRjd2uZPy9a/66ZqCKciThlKtDa1zJbbeOmZmtiwTthIBH"
    "1twzrQwlUo2ZxjCQDvDWRg82wWZfE4hrCdnk3LvCEM8fUoEcEwJYvjdHz5cJIzN9SA6zRq"
    "qF/DlhfXxITIAWy4etUAbTxmQU5wU0s917jdTaI1QCx3FfecFeeAOu421g6Ma5JvQDcaz3"
    "SprjcqGc4nOfFM0bVBWTzTwl4ri+DOjsU0vZSApsYyoOTnUC079clNnApRBVnNhagwWmJJ"
    "dAPHlivVNHGB2GF/TEDMvMtwn9xf318gZ+3MzNH1cDy5QJG++MhhGf0LmdFsdekKHm+eXE"
    "2Hnx4uELOdmUH4jDK8u5vefqNBGkEcjUIWT9t6oqEa/jUaQuN/RoNq7sOwGyfKVn97MyLN"
    "WiYLoPx9dPngR1H+Gy9canE5vLkcTVgkzoIiaFQMxqlfHU8Go0KP9MguDRdk4C4JTMszlu"
    "50u/7ZLsJso9pqXoXDYu1qjmk3VKz0sdKoWNm0TFMj0hdY5I3IGEr3NjQSFuvDNre0HPe9"
    "OJ9Z0koCpNvOaOYsVljzjEonm2nbds42QQxSTQxi44W+0fPzN5acTcSNQFCVqa7tzde0XG"
    "Gl1ydlC1r8Lr8+4d6/QkenTKGfu9zPxJG1K77PCUvo5S738lI3dWdVqZtTptDPXe5nn39R"
    "bKw6eZUkylIbpQwl8C1aUOyDOLYY/X7KJEEc+xJ7nUccG21rRQVvWUPQuxXHGYiim7EDcH"
    "P8dvx9LZxsOmkE4u5SPkR02OZYwsDdXyjNH5JZnIUVb/e7lno2hnlVb8nXl0NTuJtJa8BX"
    "bkVhZtEp0BMWzRUA8P6ifunpkQPi2E4LEN6DcHZXKqyJbVT0Sb4/mb1GtJ7WSZ7wM359sF"
    "f86d+t7Mpz7a/5d2tiFNghqrb6jtHp3fhucoGeV9gcoJX1PEBL21rT323SwHxLfrLWZ+do"
    "uKGymp8s4gexqnmJin41tgv59TsdglYiWgXx31HFf99t1XRx3itQVtYsZtViUbPjUN81Fj"
    "VzLM9eVE5+vbPu9FC/Ht+M76a3v02H1xdorZs6WV3JeFnT1Ndfbx5GU5r62iPDx56Zwyty"
    "9wVSNXLfzCQviTId3U3+wV4VxcYbYxu8MMpkfPMleGsUQzcfZ+b4+u52+nCB9PXGst0qr1"
    "L9abQ17AqmGt5ZwDkDzzmD54jG5ccsgFfIzkn6RmS4+ndLN1QbCGro1XlYq/vOfh6M8ByH"
    "HSftUtf2Ug0znz5gNbAa11FDPQOYl9hIDC3RIoZNUhpRHcMcOiNe47CcykgWV+SjMdbYcc"
    "h3Qq6FLPYrRYhsQFEYFPsXB536/Yw22I4+RqqpBXefIcsmBuRhpqOyQAjVYI0Fdrk0RwvP"
    "nZm76mdnRaTInyeLWJxw8Cr9E6gSoEq6Mgt2lyrpVylIAoX9SLaI4pXFrofTL2QrRYMcoz"
    "Zm5sN0eHM/vHwY397QaMnENNQV5/tIJSPTHmKHQuEbjF8UDRiFYFFxsMVjRCE0tMHQ0P5F"
    "ytdWXDIb904+eWC/ujPzajQZfxux8sHBrpxGvn+9iX3umbErydKUpK0v47s7+oHzqG821e"
    "Lj619QOpk0u2NsTk/YG75IL8g6Xy+3TL4gtm3VEEE0YQOQZsTB7OisEq+csIT0/R2eiKge"
    "SS9KQF1SAippJlsptfq311Wiw6QNC6s/a5qhOq4iXConaSUdzI2cijNJX4XA5Z0ZRLN2eU"
    "GwMdW4VFr2U6bQz93vZ2FqLWUm3Zz50uUZ7R7fy6vPgHBl2Xo9Z1bNhCuHJ96C0bRJK5AO"
    "ZrkIkDvVhWqJ3Cmu1zhQ8BRPEd+vkcsdjZh8afM1T9khXAO2ICY7lpjMRz6IgjvJUZQlbx"
    "hwRshxisr+WDFtFVIDlRZSycqFNSr0isQTyDKZUCtQ4AwQWajO0Yiq3MK4t2dbd7FDWolH"
    "85FGrGzUXCtPzJWO7V6WUEt0kHLspcjGmiv4AIIwiJ3jxD36BILnujzWX3LwnL8wVeJkEp"
    "YSeuf99cYhSAaCZMCvqe7XjNhep9CrGYVboXKfJvgj2QrA6dgMA/fiLw7CP1E7stBoZBpw"
    "BsjBqkEcDtVF5HcXndK/F5vaOfvDFvZ2456hZ91dEediTpYbDbEhgJaWjQzLevQ2Ttaraf"
    "5xUK6uW95LtIvnPeWKDLq8g6t4wvXzax71BbmrcD/FruVVVlmpzkoY5shKuuKA9Z8lwqlS"
    "MfTynip1ZBvb+yUis4kV2W3t3/DemvjBIv80vt09akc0tdk9aAMbJhbN2bzGco6Wb1yD1J"
    "3ce1ZHfSJbRdsz8G6fSNo5D9sJnzyld6gOolE+Z2ixsiyH0uY+Ps5fEX5SDY/2PktFhzwH"
    "a3l71qYfB3vWbu1ZoQ5wk2ps8pJkwS0OdQzvbz/Q8ThMXyMhjSCEk23zCkK4l9jrXEI4KC"
    "zRnmwLUshzi7Y4U8gfh4YfYltfrE5ynJjgSqkPo+7u2ee9FOMKXkC3vIAn4rPpYnGDMRMJ"
    "fYFGYtroSyWAcHC7hOi+fvWKR2rx6lWx1oJeS8eRm25u/ZhifytmAi6XoMt1EMt56GL2v/"
    "8fTRSluA=="
)
