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
CREATE INDEX IF NOT EXISTS "idx_order_items_sku_id_706b59" ON "order_items" ("sku_id");
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
CREATE TABLE IF NOT EXISTS "ledger_totals" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "account_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "partner" VARCHAR(64) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_tota_account_a9cd05" UNIQUE ("account_id", "location_id", "channel", "partner")
);
COMMENT ON TABLE "ledger_totals" IS 'The journal lines'' totals to date per account, store, channel and partner (LedgerDay without the date):';
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
    "kk+e2yPcOkwnI78yVMs9+O7Gc3bMwHRlpdRhpDXbZWeVSmi9TA929yWU9vtphPb5L205+O"
    "YEfNXL3+1eDQFzn0ie4oXkNUaeMoLdsliKGF1jdmoho6YR/VQl2c0rLwKhSeCLpfK36BXb"
    "ldPirVmbegtK2eARRt3CiBa1QMgE1Tu59s+S0jKtUZTGveKYDiUUFlRc9yzI/oRgDwBIbH"
    "YRgedA2WgOnYG6WjiG7e04waitm+tWh9EBtbL7yUwN5FQsKRuuPWFNRSUZhtUEpBlRudtD"
    "GYIlVNpQy0gpIqXcOrcg93UIIty8kdKdG2y88dLQyXj2HlSyBzHjKZvrOROnew9b2tGthG"
    "LBivamiKnVeMCa8WYS9MavBZPKeHVa5gKUFpihQfhI9xIqZa1XTvCfmdjaKozu+MasWSkL"
    "x6G8yNj2xdwx6NBfF76c45HVOdz9HcpHcJ7kcfzH/cnndb/zH8i7iASXBOEtdvG4VEdenL"
    "ZCkBWch/UskQAiRAlWvrZMcaEtNVhBeWGKLJ0Yej8efh/T0jevnrfULGD/2PH/1XJPlW54"
    "lM5ClZkF2wIFWuYGpqgqDEliaH/vVNRr1gzOfHN3liPvSqTHT5uTYn8UAHvlJyeIKPkOSM"
    "R8Sgj1NzyEjp+YXeKFAVoxWYWktVDtGNACxRyCMEL3MzfCi9vbzM0BApJ6zZDZHELWUgQb"
    "OUBM3EB6sERGUrebcU2s3Hunm046DbQ5ZTNtINYpdTNtqDolL+MbCO62QdL+k0mFJFdDcS"
    "HfQ+lZ+uCZVID8zzwV8dbBHVUCwsaA2Qvc6TcoVWe/Kbdti9pOKyxk8Uh1dVypEdEelcOa"
    "ry9xLTdRR6Ow0rxJRBOSnXOajLX8vtihjUu413N2QA3k/wLjXErNynJvCh+ry1xIKvngzl"
    "Nw/MMrs3vQV3Wd2Rfoa7mVD9oIjTgj4p5/R44ufodbFGx4zwwytXbYo8aSe9kILkXcs5Qh"
    "qe6TYrXhF21qFbvm0K6ilXf8sJ+X2JrSemuvyOnizTXdneLRmViR6nI5mIMQBZoyGTsApV"
    "1gwb6NimwHvle3qI/9svANTjVwWdwU+gYFUDvRLbigbvpiZVXz04hfXRYjPd+etWDW6uzv"
    "mbMyGjwc2gPx7Qvy2606s2pscu+3eXg5sbdnDGfqjhF3A6vCHivZtSBXkiIlCPJ6YOl1GP"
    "J9gi5Rx5G5n6XpR6DMJ3ZzmW/LuzzCXPTiVyrP0PlCJbbjsl2DnrG+pugwEeu664Ac5eFq"
    "3QrMclgbnXZOZeMFeydcRScsDmAQYf+LAa41jp7cWQ2rzdJUDbbTpPaiNsFPUk2g1c4AJL"
    "NAvPdoFFu5RLuMBcZ2p+ZSXJqdnMRLmr6VdMNXQH3atr5A3r+61Y1t7GukYuYQXO0VIn+v"
    "cry3yy1KV/4TEfi//7pIdsU+gKq+fWExLN3aMjUMsCsXF5g7I1WtKXZdPzWvfyBP0bsR7b"
    "vN1Z0NzMxsRB07Xvj+PeYvSHOQW3WAPdYu2L/7aYzdB0H6TA3F9hojHI5BA/uh/cXV3ffT"
    "pHvvyEXFHF/xxpJsET8rF/zV2Qc1Uv6H8sOVlSpdvaciXVXDgq0pl6SaVZDAR/dRQfogKW"
    "t0C8FvO7zp29S9a3odqOgi3LFJgw21rQR6XAh5nHh0knjT2yBMobic4hXL5LHlzE2dB310"
    "UMrSe6NuuCr1aqxlMjvJqtNy5TPk0ZB9FO/+eQ4AeT/qdq7+dBp6Ei/t5eDjefoCfwtW2o"
    "e9lutghHcLeD7ZbahGv0ZDI/Ent4zvlihCqH2o6+UyvghKW7DfIbnZyiS9Ve9LyiVxri3d"
    "o4J2xB//O9hWfs+pSlWeOtJyTIdkO2O5theqXq8P6Hf0Mq8s+xsl6m+7SI+vf+gvqGzj1x"
    "tu9Mo6K+c21lmS86ezbWRp4eYZeYrxNyzMhu5mvgPTxHvycMqt+RRh+SXmsj1cJZDruTkF"
    "VHrfQneht6mcUfhO3E9DFYxTDPcxg+Ce8SaS1tcPY10Nnnza2kpy8m1NyWjY0xISA778DZ"
    "ee3IP21txpjHupTbQQKJzsFbiY+Hfc2pHfPCdN0ClfyF4p1xUde8mVj4BROqw6xUSxQe2E"
    "ZOTggCRTnmFyiDotz0eFqaquzr/lia2J8OqI0fLy8HgysWRwtHLSO0Vv4XA5K4IYm7K0nc"
    "HlwF23IJhOG7XOy7HDgcFN88FfkLshe+WBqW/87lb7vTJeOAFYmVJGWBUN+c4Eg6JgaUGK"
    "DEACUGKDHNd5f4IYdirI2ELHyTmvxOATsn+z1rJ08D2Dnf4qznYecEb6xsQmdKDhI6IaGz"
    "Dkx9DoccqnEhWKrQ6QLSjg+gHZecdgzF7sssdi/YZMtasZFi9d0EN/59yQHwRn0qAeNuZ8"
    "ynNM1GZcx7NN1g98jk8Ua2l110XsXyrs1J632IJJSr9rPNubWMK7rkpFtOt+X56jxH3ePY"
    "Ooz1ulBtxNLP6eqyGMuUVWJcMYZukoF7lJjOGm45IQksTs4Rxc0yXzaEXl5vMkiRX9AF9J"
    "1NDxHNfO0hiiwOmLZeg15vAi3gyzaQL9t0fonAj+uvS3mCyWjwj0dqs3vlIv0xJqR/fz8a"
    "/sIOBquc1ZX8eXDpX/gHngX3OjgLAoiJVXvaub8mWAhpoC9M08AqyQgOJmUTkE+pcFWYh0"
    "fq9a9fDIc3MW/bxXWC13D3eHsxoMucTwK9SPd0h7QVDKUioVRkQ9TjlvqcoVQkRBFTkYUi"
    "/Z6zxMHbmP5ssRRIo0AQJyUH4EIQB9zjjXWFybnHUztoCQh3vYVx1lcnh0t3s5mCS3cHyq"
    "nvTsNcuiwgdKMTfCT054Zne9uduew6xaAXQufdbvkr/3QEr3gmqv7VoAcI0z5tx5w9S/q4"
    "IlI1ereCFdxa59aMGnjyyVRRqc5kG9ScReXrbQ5eFrIjNnKwiTSAutRFPLcYZ4dh2TQN5D"
    "1pNkIDbfN6l2X7XvtjdRTc1H4Yw3g0GD+Mri8fDms3bKWCJN6BndaDHBWkT9Dotn+OnAQ/"
    "gxVNU+fzILbcQ0+mqdloZrI2m4yscexrVMi00KtF8UXmfH7S8/kcTya2+XXCJqLV3xHMn2"
    "aZP2yLk6xtFkpAYbNEUDRd2AzYMPnYMOzY5eD6F+/YDOv+dR8f7668Y14Vx+SmBayZbnIJ"
    "fMagtIEblwMTt5iJC0yO7AnpLpMDcka7NusCase2nFFgdgCzo7XgArMDmB3N8mwBswOYHa"
    "1GeX9mR7TAuG2rT1jgCrnwJT9+GWFD5b9l+85x6w3VHdwFlu+eOG36jXQQoZCFsw8+Ud5P"
    "Rz5D/5GKh2zwxF9n9E1/EqTIBJAGHYV2AzuIjNWRpScZOBov9BXPjxfEjMJzvW3hItu/Cp"
    "hm3Qq1BPMqGW9JiEHQZWfQZaZali7So7NBjoh0zkFfPsBsR3qmDyC5khNinQO6gtLRrKZC"
    "scLRMUlwyTbFJZvHEQ9l/Cr0ExrmjOuwctAmpMBbCB5Y8MA2x0jr7eWBDV7uEoC9iQzVUW"
    "wTW2EGaxPqox2oPlqpfrLAYfFNe8oKOoCycg6TmO52BEHeYQe9QZB3WJbeOTOfCnT8jEoB"
    "T7AYT5CuSsVLbhCVNtu2mGNinYG/tCU9VZ3ZQs6UiorANgF5mzWjG+oqUtgmpADZ3S4AOx"
    "JD3NOUioYjWwZyXnsqscAgjbMqV8vONM7U560EfC+CcTqKbfSb3qjs2AvVYDMzII61PhLY"
    "uLHzvW02rk/fm3oCCn1VLT2nrXs0JLxYOHnCXoVyb6zvbK9KuPb9i2q4LEWVD42OqbJ/ks"
    "56LTqIwJ7+7WhD4HzWPf6VhedH/97H0N5mw3TM1q7Fesm2yOnaZGdkDcmYWJc0mJqNyeCN"
    "KZIoG8jWRymQh//oYXj/eE9fLHPlribkvv+vc7RS10GWa5DjOiH9q58fxw/nSNX+cG1nQm"
    "4Ho08D5frunO5N1hNWdBIcGz4+BAdN10lubXkoC5AbWykj5O3Zhzz4nn3IBpidO3yctVk9"
    "j8uvXDaXW7Dzwqu1YXGpqglMS6ocmRnbuhjcjUT3doPSN9vDkVmato5Ld8B69og6d+jGKa"
    "0TCsVBNyysGwIjrsr4GVR7+AZJpkWS/ffP8G/cBFfrrK8/obdpAOd1dWan8R7a13mpWniE"
    "lww/6wob+gsW+zyF1/W2+T5nVEKxfBH2i5mMnPeTjoCCEXjnRpO7M3VDo//if7Ddt4dsTB"
    "yk2khFv+JL1r3RdqdstClGfmYu68S4pFsMb8eY4Sat8m47/Kn8Lv7yCLw9Gr2eYgHu1Qbp"
    "bNnu1egM5lXfIiLwuZHymYoBbYOftDHGtb+9CHXijFBAKLFNFy4H6jo3kC3IMlU2mR2Ily"
    "uD/jbhu74lOzAu1sElWkF+YMPLi6YW6dEKE40hJgf40f3g7ur67tM58uUnZBwcsSNHHvif"
    "zoR87F/fsLqhc1U3WCXR8Zfr+3t2wH7meZHNiJWoDlv0jmACMz+JURHgTSa/h0v7SW7TCQ"
    "XAmb97tzFU21GwZZlSqfVxqc459Sspf8s2sSJJ3xsxaKfanJqbaecbuFyz367uulyhwG7X"
    "Zl3wsqfKlYGjvSxNDxztlTraQz78gfzszNl3JHKs8xO9HCxi7i+0vGg7pMq26t3ubfEc8/"
    "9NwZptcQTXd9CFVH4tLwqHsKZINrwbic4Zc3nYmtlczRRTc6pbzkJTBYne2T7kqMy37EUG"
    "Eyl7zbZTWQZWCijLDQG4/cqy6a74T05ry96ZreryjF+TtxEl8i5HC/pkaLrmPA8PmFP0u4"
    "3//J0+HPvLjmbP+bdgOXXs+iC4h469JXDSQ68LfbZAS/UZ26zlZDIiU9d9J2SFre89eWTo"
    "S91BFA/8va3OtxBTgnH5Bhq+BfSh9mOjgKmwp6kwo4tdRpcNru9cVeWzN3miEm+ygxJv0j"
    "GJPyUWrH91fZ/jt41esW0O2bvEtXEww7kj9o93j2MWcPekJ8T/i/978M/76xH7E39d6VZT"
    "ovEvqqHTT7hlCko/bLc44pIdtDhaYmHkir15a84uYFjGJeuZ5oYY6K2bZUiSLfvDxbbuIq"
    "FLu0xXDHASKntjbNO1ZlLK80aiRkfwzFD1ZT3e4PJVDHBqZkMPTk1wasp8j7bSzDNx3c4y"
    "/3aR3eIujvq69nQYe87Jh8iALYM6r+M4scxy1MQDp3wHUkXjyzvTOx99AXZ56ZVgKUEB+D"
    "baT8BqOUiqQvSxJDBOiHWO31JJskLnC/f1b4ePLLVMXZouSy67uh5fekc03Z6xY81wYHvP"
    "J1+tKC7XmayymmsUBWtBma4kvpYJqRrjZW/o/2v0pzOiPNH3JgRKenmLpGGRF1vkzsLC9s"
    "Kk0tLTkBKFOSg2B160UVPXMnnDcSEog5YFayPCvw1DuiWu2FxRDm+uHEHf6jxz7IgaV8MM"
    "N2qGHdNRDeVPl/6PjF84LtWZb1Np26Nu2y7WlNDcyesNSogBsElgV9hSfJcmp59KgCsSBc"
    "Zdqr4pixjzH5rWV03TwCrJCLlG5RKwTqlgVbgGTs569/mL4fAmtsVfXCc00bvH24vB6Pgt"
    "39vpRbqToaDqtqLOHP1FFvCYHACeH3AojwzlkYGz0dVaHU17v9o56QLbIVWqY0Yn4cm0ZH"
    "fRuBTsoTsZJQFiaZDlGSWRodqFcV66Q2J5SRMeoslRYdpfQivzBT9+GWFDzYh+pvILW/ax"
    "ysL7P1UyQnwyjoAJsqHp7CprAsSPbhE/gmI1kqmKCbHOZSyWHw8n+uxZmmUTkekc/aN8no"
    "36Qle5pbiWIQNyXKpzMFfCsllRjKRWcijQvdK21QGsLFRb0Jl6B8qhVClQN2hPLn/DMFeY"
    "yJVo3kgAurvQpb/SlIQ3IgL47sLXwC9Y6ksXCtT4kSOmtVSNej515SttK5PfKb/ZsRGA2G"
    "JWG8vCDSyBqrUfXY6zCuwVLsJbFAjDPBSbh5bkNrd1z/YckkWCJXHJ7gVL2hscSYfEeCMP"
    "w3zSSYGJTgnDXDd5riHonb2ZtjP+CUHvb3DS8wS9l9h6ojNHf6kpW6IiKQih7xy1d0PQ0l"
    "BXl+vfMJDzp/onl1gs/E0fA9093tzkC3/z+l57Rr+HltYlvIXOAmpvBl2oiwN14Q02oGPl"
    "4WY07SOfC7Bou5E9CBVBe5NOQgSUk10QqYau2vu+bt6HoM+G6ipOjvpUCkgP6lNXIfJc4e"
    "Vs4Pd8rE7v37Y7DQffE62xN9QUX9KhcCuriB2QH+ftW5kkuXBb29kALLKX5mhsQEzGh0Mz"
    "+iuQ10qAtQ0ImgmcI5Ug09CCK+gpejmy6RMie2GuVvSEp58ipp8i3UHH7AIDP6mzNdKXK9"
    "NKFQap5aYTwi+x+RA2lVPZ3ek9OFnh5BR9NF3CWyowUZ6ax3snBE0QTPPZXSFDf8b8Av8w"
    "I55lNUQAPuEhex6wt5AIzMktbQ82Ip3jEZbfIq0l0aPIjtPCGBJ4nLOhb6fzEUrjNsbnCK"
    "VF8/obG9rvy0P+Xl1fMvp/pqYcXJBHV16pa55MkLsNGNUdv2c7KLIdunC0719Uw8WIDrOk"
    "Bg9XDyPqIlMndaJ/v7LMJ0tdMuX11UbHDA1MtFM/s+WUSjNBqpOy/Y2qs3ZaY67pxhMy/t"
    "z//uzH90i30TNeOee+ekyHp6exMWcnVDTFqsXUYfok9Pa6aqC5aTEFXieuU4mGvI0k1DEl"
    "uRZe0Pb2YdIU8JhQ59Tp8km07WrAAxSStGaXi0IC/WK6Pb/N7LDUOr097pBeUd2E6hVFXp"
    "yUMLw+TX59wN+R/VqBvwP8Hbv2TfB3dN/fwUL1mb4OP46/088R8AbKraDxW2SV0TtA2++D"
    "hsAcby3ktdj9y2trodzi2BeoKaCmgJoCagqoKSI15Z4Rai55R1qBnhI5m0dR8UqJ8KrDuW"
    "Myv2L6lXOQa2MLvWBLp8+tBUSfgF60oD+FkX0CjhF61Z2FH0tBXizFtJDHHaS/0HR8hpEg"
    "ElPl7SaEbUlL1dFnqmGs0bGKLDxb080vJEq9mi4de6ESjYdmTPrHJuhDH2GNHBO9Lkz8wp"
    "5DtflVvizd6k5O0bUzIa+q7tg8aMNOLzjbig5gvpLg96kzTopio9G1OdetZY89MxOh7+J8"
    "zk7wn09/Jb3a+3FZkZ/f/ELS3hbo3Q7UxYOqiwcr9dO0DbjqUA99WxxXQK3N1xxuI12bpn"
    "60wkRjiMkBfnQ/uLu6vvt0jnz5Cbkc3n28Ht0Ors6DPYRtcb8MRtcfr9nBYPuckNHg4+OY"
    "HbLwnEU/kvsu8LGa9tZ0V/HX8EwvFn6IS0LsodGxB18hkaxzHZcCE0/UBNJ/C2Q7MaTkID"
    "yaBtfTneWAjcnAkhWgapgzntwkh2tCCpbr7qL3ESsQHD7bHT6JT43Y5ZPeGgDa3dDGNsTd"
    "wG4+TCWA+2h3qXhCEtnUNzyjVoVo8y0B3JvIUN0EOPHNkS4FUqknOJIuLXIFx7Opd/uCU5"
    "ncu73BQ4LRbKGSJxzNKP3O9n2tp+jetHXWXg35w3qe2d8DVq1JfkeqhZFhOsxzqjrIO4M+"
    "Xn8cnqa8wdXfbkfY/ZkuV/a/Fp7v508Ffj07Vwe/ni53qa6s4fWguQs09+AFKOJbDWSb7M"
    "Y+GvRHd+cIqxaZkDFzsZ4jVg6X+0x/GYzGA+YzfWGsV3bk4ZFdbWHHZdcP/nl/PaIXeJvK"
    "hPSvfn4cP5wjVfvDtZ0JuR2MPg2UayrBw0+KToJjw8eH4KDp0is/DkcfB9f02Ny05lhP5f"
    "Qfxj9rYdUW6Q3Z8YuNRPdK2p59yIPv2YdsgNm5RKuCRhLc2xeHi67ZudyCnRderQ1TcevK"
    "qRLtCMxvvz2fSrgrxHz27UN8C8LMB59RKF+dOyI3ws46+aEcKCrQnxj6EzcF6u4GaoGhWd"
    "a7BAzNShmaeVrUVumYS1XmE3jnRNX7drro7ECIo4P9HkR5SJuhp0wl9iu2GJtQReFw3y+x"
    "bdPfghy8XBl0qZz6tETGUQwrYURLFyLVMMxXdhIFsitvtSXom/XceELU2YzXz/idFcnQHf"
    "t3r8icjbwTNmd9rjEnkvpcUQZgMEge51/wjGzJAZnyoLk3kZlIobslBycu1mQ/VGOsvKbT"
    "KUtx+vUvLwf3zFHH9wrm2Pt5cPnAHHt/4Bn9+6J/d46mKpmQj9c3D4MRva1uOOn97mC0SU"
    "2X6l8XkehMe6/SjBtvEVAbhX9AJFBNCwK4YDmC5dioJj8w6zV2+QF/AfgLWuAvOHBGZ99L"
    "/TsSeAmCU71tzgE/dbCCihNg5B6yxrpfVTWvdRtc37lykOVbTPx/JaANrm+yEdsYjwFHRw"
    "jubn9BINtkoI/6Y3rmHKm2jZ0JubnuX1zfXD/86xwZujrVDd1ZT8jgH4/8EP7T5X8z8tDd"
    "o08eIi7mZKHB3dhjC2Fi42b4EnRboV8P/UUwgxemaWCVZGzqUbnE7E2pYFXTF+xK9UbzL4"
    "bDm5gSfnGd4CXePd5eDCj2HHp6ke5pGmmDeKVaWDYrLiYD8emdOrKHVwk6ckQdaxfAeXXk"
    "2MqSjqmV3aawc3DH8zB0sm/DtJ9N1yKqcUNHas73cX+UKjW2rL4RZsCILK7o+d5Ws4v1/g"
    "ouzRmIvVctx0tdsPAM0+OIjm+wijYsLkqQTl5MfYbTmQ8ygmDINcuQU5dsF1Pmwu1wSx5I"
    "XK5LzrBaUkIg6NBd93OeoAMwQCuM4/nfGzlk40Jd2tBKTFfgX3c5XONCgOtui9BHrAyT0B"
    "ptxmoZyHmtwvj6yjALBbtDKfBeb8bqKLzxbTEHvJsvVAkId7tAQupj3qgM/r516dqOueRG"
    "msAUDc/2dhiiM//C3HzgQABN3TVr1GySsALp8cT9Yf7mLf0vfqtO3B/f47OJ+0E70ybuuz"
    "fs+Puzn/5Kj7/T3oZHfnqnsv9++IEen6pn7Jp3P52csyZ2gWlq88x7vpW8sCePNMib64St"
    "0dPIyZO0CdyGh56Qa0Y1Zq2zda8U7Ioa7sRruM3G3VyNuP+nh1SbE6K5Nc940oEw/XErdc"
    "3HBau+gVY9hGcrawBw2PBsg6AtPzjrdzBVHGwtbUVT1zK0YbFwffbGuxaxXDXdUQx9qRfw"
    "+4mkO8Mkrtv1ZxKHqUJSG3Uo0rmiFeVvKOBbzYYefKtZcw6+1aPcviqw9mu09lM+rD0j9F"
    "30X4kc1nvD1D0vasU0hmBdCR1HkUW31W8UXeR53Ea2auCE2+VH/NcfJu77H9+9Z+6VH388"
    "OUdXFnr79uwMHQfOj//irpDAfXOC/oIurYAJiVhrHdN1Vq6Dfuk/oNcFJqx8I6ZasMgJdI"
    "hHAN9Ls3wvgcecmDKKfVyqc86C8v0wQRWutFYvBji4fs+qXjk2+DpR3oKqoKqXRvcJadwi"
    "Mt8ydv52rKizjNTrbXX7UqJNziFoTCaMQ4dncCjTlcR3KiEFjAOB54ngAq6/iFCXQK3Z6f"
    "eiFoA+IgTQF4beMR3VkAc/JgbwF4bfCy9jTX4GkpIQcCg2A6+W7jiYKOZ8Lj8JAmGYh2Lz"
    "0PS6Vek2oObKm3GZVNTh/eDuHDHJCaHXPNywnp42dhwDF+vpmceGfJttQ75N2ZBLvJQy0o"
    "PrOxd6O/vxxxzY0qsyweXnIPoG0TeIvlXJ3fBdxJLQxqW6pMKWhizrySResdt0oqhUh9Zr"
    "zeoQdNysKVgfYWzvnfoQpX+3bO/IHbGP75s5kh+gfaEEvNvaF4rhxUG/wD2x9UsThO0Hu4"
    "lv9OMEiTulbgwlUnkSZRr2oanEi0N0ZFNOObAw80DtjdWvbKThfN4lpKrl9AQkKCGnJ8KQ"
    "2srpiTKydnN6bk2C1yjw/qK5ZS6Rusm0Or6yOHFmqpJnZFpoptqLkHrDOTSMZnNyin5l3V"
    "R1r81CpDSJX2U8xuGp/pYTEuZv0fMuCc6yoXrhtawVAG9IEV5szvmdbZaCFTwPEIAaSAAK"
    "MpLlCEBxKSAAJfyLQAAqg8QC1X4O7Orwt/cCMxAXhMhbQfy9T7UimyCblAP+Vq6WzHNsYS"
    "KqtbG1ye1GqHOBNshxgygbRNkaqdBDlK16ZCHKVq/qA8GgAwaDIFohgy9EKyBa0f5do2If"
    "fBi1EDrhozGNrV74eBglT27tVNWQhqcO8lnAiApHSnvzRNeffpjzsmbvJ+77D+8+TNy//v"
    "jmjZfuSsW/5+J+P5GNqxyZ9M2kI5nMdc36H1vMBW6ZL35lsUSC7cGeA5zszXKygyfzwJ60"
    "5rrfD/EhyJ1EqtoidtA2d1gg0UGXYyW08/YlV9BPkcZAk8P86H5wd3V99+kc+fITcj8cP7"
    "AkC+ZswlrQKpwd8ZqFNyXvQsMzXSvks4xLluCzbKZO33QXZYDJVh+lt+aUInteQrBzYQDI"
    "t4FIQI7XDCIBB/ZXB58bWXBTcgAuBAOaZL1Bi5xaMm6g18gR9BppBLZ5gwDirx/AuwPe1A"
    "c/B7wQH5RBOEd8MDuAVWVU5kIlz2OH4s3aDxwJAjPxC3rbYjMsrUCxg2tzRmeGBCN9uTIt"
    "OuVeYkI4AprrBk63hUnc5gTNTQup8aQGA2tPLAjiER/TsZja7gqRl4ZFXhpOoT1cjkP5DF"
    "r2bshgHFzfwVjBhxzYfsiE9kMSWbZFybbyicqASzJXLGahnv34XgbjjUQH13D57G/+TQ12"
    "VrmEM4Fo5xb1D29yAP7Dm0zA2al02FthWaGyse9QaM8AeDPV95zxbw6EI1imO7BzRMvzm0"
    "KON2RUeClSCZ02IdWZrLHSfNAeQAS/SoPqywCkgv5yEIaEMCSEIaHp1uG9hmVy3/m+LwhW"
    "SrDeY67AGzpeCzexg1Df08DtcrQG6OZ1tirh9Obhw9MLiE2voQdYYRZ14/w8Rb/PKXzYWl"
    "EUnd/RcVAu5jsb0VdNVw3625ZTbPUQfSBMRRfM8elXd2EPceLVheGznZiR+u48IauNH7aH"
    "bNN39rLW5mEZmo3HV32iKwHRzwWveLOgV52iW9WZLbyyN6qDlvR7g0yC0R9euILfkN58Qt"
    "hwQQkd1uxKjV+SEN/ck53N8hD/JnBThtAc/XsfB/I2ckLHfMi1kBLa62k+oCepfFdz9P2Q"
    "wDoh1kGoP+TxIX3I9iF9SPmQLKpZi3x1mdvKRgBIN6K+Ll+JdFuzqAxUhII8qoMx8aaqwQ"
    "w0+RlICHbIbq55BriyQL9hquUIDOrsT19SrnPRk7dneYKu9KotqT+pwKvtLpeqiPe0JSa4"
    "EekcxpWEXaHwVg2h16Vn3nK/gTSLXSBcygb+zViN6Xlg7mnBJJimgVWyfRYC0cQUTKlsVc"
    "s+PFKvBngxHN7EIgoX1wmA7x5vLwZ0V+dvAr1Id3bhLh3niUtCEmeTkziDuZKN66TkOqSf"
    "lma4bpzPUtgmxbpkfVUVM7OjBOw9Q2YpQnfLoM4bPEuusxwZOZvXHkKTO9BN7ZDSoclKA2"
    "6u9oTF6Qzemd620JpP+Vem/NqcUTXeMoHFs+g6QUt1jWxW2AKZhBV4CgJELMqEliZxFoIE"
    "A+9uJ+lkhXKHFsabosXMkgEIPuh+UadvJeT0zaYtdCqY5C14CZRDgQ7Cu23dBuj+lAnuT0"
    "lswWN/YIeDu9IKEhzjkkBwbLAlnGo9drgmpY2b5JKt4OCtkHUxpOTAxbDTDD5Mg9KmreC8"
    "Jpp8h9LNmgT7dwe4qde3UfbvwCsQfCQwgINTvTwWsF9oOC+xlCBzxeaa0SyDGsU+y5OZrs"
    "cWZmzMV/rMdg+5jm7ojo7t09PTkx56xmusoVed2q+6Y6Og1SJSHUflRExGrvRKQ6YM5Lpu"
    "PCGvC0zCOss+SvF6y3SQtAEe4JhpgYNxDcZ1MzbAqo3r5lZeBppbG5bnQYzmlbpWlnSzNg"
    "Xbb/b+EJfq4u5Qem1lChmW2oNDAeD8JMAVcH7wUqrGQnB956CFyu0cWqjcDpXbO0j6gcrt"
    "ULm9Ia9VSyMKUDIBKrd3F1yo3H50MEMa4pAQKmtgNEc+VAZVbKB4ezPgheLtjS7eHvHi84"
    "BiWBo9oXpI1GHyQ7j9cLwO7cyV1mFKA5cdII+jmztUriRmOU85JnumEoK1IPTMyskHHYFN"
    "3h84CGkf31997KGf7wef2DX3d594+HrFyd+sDhGLcE5VemEYzWY1kkSdiOu4JYS5mxXmbk"
    "/R8NoCWNX4w0zisLQjDpQE1km5DuJdfkzL1v9HAHJ28qF/OZiQooROqHdf7WJlW7PI60RU"
    "a53JflEF8E7XjkfKaxnA2/xHN8OLmOub4nhxfdcf/ev4tv/Pk5j/+2Z49ym4PurWvvjXw6"
    "AP0QmIThwF2riUIhkXgk+EMNvBMNUikYm0YIec6FU5cfGGq72noybC+m7ZCs7tpIm9vDE3"
    "zWV/fNm/GiRzHcIFCS7GnckOyZe3UdkO1+SF2k2mtf5FNVzVByHl1xFc1dvm2NGD65WXQC"
    "CnR+fWfKGof6++0KXwhNGMFX9m9ajHXx6ROrNM2+auk9mCQn6O2Oi8DiL6C/rTWbMi1uws"
    "XSMOF027byoYH3w1zfLV/Ckq5piJ6p/CEo4Vaixt6eYSrn25WH9MrDOo1hzqt59dycJQoU"
    "A5kLd+g0hphjKf19hEpGdhSPCDSf+TU78Ze2O0agpyF4oK112e4N5emkosXirQUZLx1Gzt"
    "xG8yobDYpJ4zQTMbOWFNIJveYoZDd7T/J0UKGlA0aMPN1iG8sLVcW82oTDku3cNORMyh+y"
    "5PQsG77ISCd+mEAkhmlE5mhCykSrOQ4pt27kBOXKyD0ZzyX/7NB1EeaOGXrgswlx80gwBO"
    "NvTdDeBAegl05GygJ7xhHTl9exF6cUqb4FldOBOI7jbApRpvaniqc7KliuhK0nTnFF3RTw"
    "+xWT9MbxOzEV1NyMKsXaWNZq6Dlqr1pBM0XTMHfw/N6AQ/mda65xc3YuWJZgtG5zRETM86"
    "blly9ABcBHW5CPjikPePx8TAP16wcRd/G+XBj8sB+sXQB8/NkbTnxt/yZczdiEghY7dham"
    "LVxdFYNz7i6c95EY6IdA9hqIHULu9jUBFRymSPCwHtUqQr+Aq4pC8kLgWekMbUgmjoev1m"
    "ikF0fFXXTb3pIJzbWNmHSZ5v2p5RYva8QIUoAd/+ZqSOQhvXnHKAK6SCSQObjwzWsE2hND"
    "aYSC8rAdTLyFDdRDahjuaA9zBFjFoKb74aRofJ0LjB2hO2rlQh6XFzsrct4GLwyxRNXecM"
    "t1ypurFGjunQ06yqBct68KM2iEdteNKEv4f6oY1eENfwuj54vhV0/Ab9BU2OJkfodYFZ/I"
    "PLs0oXiJgEn/RScZca7z0hvB7HdM3L73JC6DqozsGO0Cf6zqYrRiU2hYtFfVLtKWx3uVQZ"
    "jfTkFN3/fzc9erVOH3SqGux0L/jHhNgLjNnjqgZmQ9IxeuiX/kMP0WlnvTfYgwcNKRc6+1"
    "VrxDgK7GFsTJ/KdthfFBD8guk59lOym1IGPtX4Zy6xzqMeRt8VluSn/pYYgY/7bwhJNTMk"
    "1VjH/CF2/ZyeefC7VWNIt6xcZVvSsg4QSGqyK74TcaQmA1xBJRcgTgBx4ptBf69ExLKtyP"
    "Gzu9WQ9M/3ctiSzNeznz3pWUKcD0dNre/N+ffekY2Nt4tAd46eeMZ+SLnLZUtWcN8J4fUD"
    "6BXUlAwEI9bbKbplS4/+H9bofZ4xCg13WRNu42NL+IQybDtIOGzMVtAD0w1MtzbYGAcvP9"
    "AA1aAD/JNOwwruBXAvtNG9ANZv3UoXWL9g/QbW7a1J+Hudbf96V/RyWsBLdnXu0nb02mLW"
    "qHc+sCuP+V3Rf/GWAXPdsh1ELfGTnhcYTNnANd13QlJ2MgoM2pTBzAf/y2Zok46AXhemgZ"
    "EHKTeebT/2eayiNVYtVn7v7RmyzFd7QqJP6Kv0J/yPhH8CmYT+9rlpeUFd1XJYeNa/ierw"
    "o0zCLmSjL8PVksNIB1O8MftSb4spHs5pXls8FABjHIxxMMabDCYY45XACkZN3Z8vMGrAqO"
    "Hq6QPT6o8yLRrvdB5zxjMP8pkyD0lK5neBdeGYrK0Zzk/RDJVs3gXNdJ2gNRo+OU+ZMjXd"
    "d0LUgLfp9WYj/uhTOq6Gjum4s2cUljb/zvaNjkDob3ESqBcY9P/NaaBI9ewwk1oovQmhdp"
    "ft354aLOrcwdZJzACa41du9qRZoFSikOGyLy8UbJdG2i6ghEO0oUV6I0QbgMwIZMbO7Atg"
    "+XQc/YZYPrcqcbd0Aoie3mr5BP2nl1xAqh/AUZ8gVfvD5TliyEsce8ZrzBmA/rjpZLH4jU"
    "7OkWYxbZ8LmQQj18ZWj2ee0WPUpKH6esoGquvGzCzhRg0PoLwuML0vMZkFEd6GSSEKr2W+"
    "YGqbOOh4qT5j6/vZAtPbWyfQHqmB7ZGAaVgguNH80ldVrsjqi19l1PP9eTy8yzCtAoHkst"
    "RnDvpfZOh2G83WLcAyKNjIYf3xAM+wxW8E6ktBg182wEUCdu48k1egYmJd8hfU3ebLUR1X"
    "sOzZvjIg7pKjH63PEI/zhdJV7TKpz97RiioVDEe5aTi6H9xdXd99Oke+/ITcD8cPg6tzX+"
    "WYkNHg58ElP2LhP/CMPXWBvakKut5M1wp1UIhLltBBoZm1NURIN6lhQoDJ1o4J3ppTLKza"
    "ooop2d/5lGDnXCaVfO6hL0k2+tCXJGvOoS/JUbYrPfjcyIKbkgNwG1PqtJmoHsLPCA13Km"
    "y4I95GAN4d8KZ2zhzwHqj+aUsRzlH+9DABiHts6WbcVx0/09sWdpgZpk3XzYpfmrv/kSfl"
    "ZS6cM0aS5/tfqms09YhLGqMH0SWJdEfUzUh+AHDdN8t1n5GZsMUNnZGZUNAsbVA/4m1ABk"
    "bpT5km6U8pg9R7JQvYo1FBMEdbZY56UydtjSbEOqTZV9YkM4AMdMpdKnticUm3yKxS6xlj"
    "xzGwNrQ0rgukdJ/Y+a0akO1dqZjs0vyEC345SxO1MVoZqjM3rSWy8AzrL2xkpCJv4CXVbJ"
    "DlEqryYNXC2jny1kEP2SZTfLxxdNu/XEPOqz4TMi2qveOEHDuvJprrLPGWgskYHV5u7hJ7"
    "Ij3ELqAD2wE5Q3WQSV+QvbkVfHi5nS8qUk7Ur9PamrrkrGrp6GpcDsKrhcOrc4zl0Y8IAf"
    "T7UDMhwPPNadT0OyX3RdkIdOldq0qNpmiVoECPQ4Vl5OZp6dE0kPOq0pu11SjX4Qb+rDbq"
    "iStyKNLsWrlm6rwPhl8JhqmfvMl5oO6GBw08p9qm6/S8LMjXBVU+X1UbzVkapMjFWNaw0B"
    "S90d/5bJ3Xot8LImDKZn8BQoHO5GGUF3X+6mAW5RF+U7OdvgmxzjGSyk/iOoQt3DAHVdlr"
    "N3CWKEWt4IwBOrNLgC38TeAeeDqlsU8IAv7F8Dddq/AWlJaFWSg/0SFj+Vee3HDIFKo8Gs"
    "xZtgZzltJgiClK6suGN7i+c8phJXR18GuBX6vpfq3L/viyfzU4vFuLob/Vq+VPTy6nFot8"
    "5vNpDUkkQhsJynKPk4UprDOdBV7VJ5UV0UL04+75pey0I2vPsYA216xAbDOrDB2OO1d+li"
    "R7Mfi/JSCOyoAakkcNYUFPZW6ZS3FMNSO/Jyq0Zw2Hhvms5Eo4cCAcgW96B3aOyDv9TSHH"
    "I0tefVCJr1NCqjOmc2ku0qXqzBZY5oMfkQA4UwmQ+nyOLUxtBIGjITv9MS4FsIIDs1musz"
    "mmu2gRz70NyO+HPP664oVI5NFPSsIMFJsBj/JcgEQYE4TSK00uvQJM0eyXrrtMUSgFAtUq"
    "OkOI2xLagHz/yPeqjHx/8SZSAsIdzyvMWQokO3i0s1bnhS/28csIG7ztQZ5YXUBxbtmnOQ"
    "v3/1QZY+u7mu7cmE9HgvBaeK63LbKmsqsUw3zKF1TLhgMI2g3+HvW2xMJYyW7ZSE1UpnOR"
    "mvLZxPSN0uWqSG4kuhdsLB9f+tXQnbWHkQTICbHuIf3uLAfS784ykWanhEhLph9EhWC72L"
    "mcp3hOddU0wtm1zzcSexU/b6YqK8K1ktrnvM2eDOyhAKBeHPUXXZXZTPzLa9xG1JVez05S"
    "PgtHX8lA613duQ36hzzEmx+yeTc/tLxYda36R3cd1MzmkXNNRyQ65D6tivPt2qKPL3jtYl"
    "67yJJqVCGwaw0vV6aDyWw9wjPTElZCTV/U2+aa0jeXKxa/vgIf1W9H9sz07L9nvIamxu3w"
    "WYVzljt5LBDoYO5Y+QYoexMkwPUv7yC0b88+5FHJzz5k6+TsXCJ3DNNfajvKQrWlSvcm5T"
    "qId/lLOSvPNJukmJVm+u0m6sUXr72id5DyTkVloDnfHq6SdtmdwIwqbnim7KTDqPX3lrk0"
    "/alINzYIT25V41fBZQ2LMH8rqnp1SZR0rmX0l+D6znUeKD/MJhuPrz8W32KV8Jn+LjG4uz"
    "usBrJNBvro4+PNjTIaXD1ePlwP7+igdAjFwprLSQUTcj8YXQ7uHpThx4+s/6o1Y3n15nw+"
    "IReP/1LulE903NtzNHXXClHoZqssJ+R2cHsxGCn3o+vLwTla4uUUW8rKEhRJzzOpZ2/y5M"
    "K+yU6FfZNXz29u41zNUueOZATk6GrU//hwjrgsm0jeRFfp39+Phr/0b8Juugr9HFvmi2pM"
    "iHeOtdH1jolb604IHYodoPK4UKPd8qfUWVAdamEaBdJtUqKQb1Ms36ZtFeu7hb6FV1hk61"
    "2YpoFVkmVtB0IJ2KdUqircwyP1WtkXw+FNzIq7uE6AevfIvlvHb/m+Qy/SnQysI99BZSoI"
    "m2eXpUwJdma5l+Y1YqrEn47AqZyJakQC4ExlAFsYS+IZFQFAU4UXPH3WZP4jud02IQlbrs"
    "SW65dUEmjt2b7kqEz9vuSjv89dwq0oah3phqMT+5Td778l9fjGepgNc8YTdRRdk5qWpBxM"
    "TelTQ21Uy7EL+P5jgt2jnLXE0x+AtJVjRq3vIjMcEYP5bfL8QlHeKqvh2e50qTvFAqRJWS"
    "gR0uT3KHBlFpjohCjMc5Pn2XNPKxZWbbn8yZQg7KB5dlAgmGSj3y2CSSyzYaUVnPW4JMx6"
    "U2ZdsLn6Ty/4hspWXEoLQnaLwLlFf/mTmVF1KbuaVVwKgM1uJAyFwqqo7RqaQbLwCiQB4J"
    "1Jb8H7ngZaOvHtMjJUuzDOXbIqvjlCPbBSwc1ZDyxrtwCAdwAs2CBzQBxRtgDhHQinFdM9"
    "atrRwQzdC2rtWdou5Mn3N0O20BTKmoV4wQkHL8uC65qO1SWcaknUiK6xbTkbibWYI31DSb"
    "4Ruztw/cr6uJusdVYwCLJV+oLSY/ww75B1jlSk6faMEQb9dvGEd4a38AzTsdLNuMobFooW"
    "NpoJmZ17AgkSVZYrbBnptyOrHdzw3XXI5nHD88+WnNMlKtKl9600f9ZGe5HCNSkG2O52Zf"
    "G1WIKNOgzGaRm8ea3U6Dsr7tcrXMAlIBtL2O4ousk3N8NJeOB0em7abjPPAts3j10W2ty7"
    "DbIHav+Mvzza1Dba2E4z8wVbNjom1HY6R5j+sWYX9agdxQ2mwO160kOvurPgxzzaO+IJoO"
    "iVmk4Y6Q7SbWZ/pQ22+m4rrPAVe4fsZ3e/Kl/fioVXWd0APnvy1kVMrEOhpbo7qIFGVF30"
    "9NmVDJqGAoDnbg0TdKESdSGhtsk+jvtjO/ZG6Siqm3e2UbrlJd9UbqnC6P3IlG4Zv2Crbq"
    "kvV6bl+PuUsvREcqqYfd8X70shc061PgM/qbM1musG/s5G3rhogVWNaYCOiS4tVTMw8n5q"
    "D1nYtekQc18TJPirw2XTmmXldxMqlEEVGI4wKJOHVCYhEACVkopXSrofDVmVpPE5s0tZfS"
    "R7QsYPw8sv58h2zNlzUPdoHJQ8Yucf7+9vrvkx22UhUX50eD+4U4ajK37cXGGicD8Pu75/"
    "Mxgrn6/puKN/URnVwLay0On4Hlfr8F0ivEmTS8PeiDQj1ZfdtjOpvhD/yX4Xuhv/gTSMrs"
    "16VhpGysY9jMlwzdX8n83pkcBc2JzMYyr8YU6hvGu3NGtQ/r4J5Y9ZurJGVFQGEmvzJNZi"
    "MjM13++SF+WoTOdQLn8hN70CrADq2QLPnrEmifjR5efB5Zfru0/niA9AQZ8Qfkz52L++YV"
    "Vc+XFlrtL3VPPPhYd5AdjHuzs+gOUSwuWvqHZzjjST4AkJRgnkR8Mb+rdy0Wdbo2UaBqPY"
    "Uw2kGRvYcuPRzGu9RkTAei3denVMRzUUy3yVabsSF4IKhcnQovksi2hEAuBMV9b16l7Lgp"
    "qSA2jTVR35R0YW2aQYAJsE1jO15ZFNyQG0qfrEqjNbKLb+PwIzKLtEcUyoPlDP3rQFVmxZ"
    "poASvMXkCQQ6Z+9AuSbwGMeuKx4nmOtEtxeFpj0hCsXvmhMYSM9zxNIuMNVpaZjtJs82lD"
    "WqseoOlIUpuyxMnpIakSbuCdq/RHkILy656R/fMr0kVxUNsYFXACW613QIoupj4f6yygyH"
    "b5bdzoh4ZLHvJs0OCUbOghFYVYK8AZD/5rF0KNb0gj51D+nEO8ycxzzE+Dfuj2cQIJdoJr"
    "YZhXWJCH7FNmOxWragfkbld4OyGo1OBsqO+dONhyooMv7QUAASWEQOEOLoztoDJQXqtshv"
    "TKzJLIqC7pDyW+b6mMnuHzGxLq3hmtMK8Vf6CDIx2FAAIrClR2D/MKdyRuRGoEuvQFXm4x"
    "8eKXJPuzFGsGwZwHmtx826EuceHpL3OuKOmCxF37Ocdmv5vqVWLu/1t2CJ+erVXilmoD2D"
    "9tyebTfOeRGs5m3NOD2BGntwHsa3XWILziKddaCljkyMlu0WMnpxcD2oxaWrxQERRnJXiY"
    "pBf1+JzQXMEDBDwAzJrganWqphYONKXR+JasFFTve2VoLzL1Q0dS0Rb5i6tk6wbSMq5tXN"
    "sFxyzktg+AU08Fe2NL6z0Vx/cum+ilbYQjb2PhGqjdyVYaoaixSoRGPl2IhfWuM7WxhzqP"
    "SOExLIvLKycIZqO2hmLik4WAsLyC2za3rQR2HngmdkYEJpj4MmIMamIgUvY79k8DITctt4"
    "L+3d9ESYMiJLsqE7f7FkFNCNBKigpaugwY5UhLIZFwU2V5PZXP63SOa9i4jAi1f6i0c/73"
    "K2yEYAbJHdtoivPe1piwQq78jtclnGzcqStUYiXiV9PqdqLkVz325LgZURDtgh5KttuZRG"
    "bpsVF8M3jzEXn+E8hRe9LwizrFgXJG5kEWok6TOveLbzaiJ7bbNq4awzkkq3S2qT4bVJTS"
    "neGMkl37H6iAadenpbv+y27tCrLd0wvtfMV5Ky62q564Qcs0u9oho9Ljb+8kjFluYLXmK6"
    "CoKi4V6hDnrGwNoTtR3pOUunNuEUL+jaDI1F/6FPss1B33bwbU/2z2e8p0EIgbi6AnGRWc"
    "sb1oiIdJBuVX7VBfY2SMDrX95BaMuvukl/NzZkwA0FOheRe/v+Ta6F+2bLyn2Twpc7OJQX"
    "1XAFrMxtu3RSskOpNrV3OGMf4iJzkJSEOSg6B1T3FIWmt4EfinSmhEDdmDOdVgk06dycgJ"
    "gUeIfK9w4BDabqAnhfVwa9XyHPd1IWXN9Ndn1Ty1nO07oRAE+rMLMiWP2yqeECyQ5pS1W5"
    "soXR5sKubJ+90bI1nNeVvXl1d/cWiq7GEgDudtq94NWVTryvw/nNIjVbvN5+ICeHu9tyiQ"
    "R3idVPZm7cQJx5kSOeYxs7DutY5HGLQt+yzbKWseU7p9XAcz1jXcttRi/izmkvL1pLebpr"
    "uu+ELMxXRIFfI7ZK8Mx19Bd6sYFVi3nXec41sum78r05nyOCsWZXkXT9rbiqK6MvtbAesV"
    "8NWNLMOEpXEx5ff7obXCnDjx/P+VKl+xhdrMlX6jCeawv/6eqMRxPQJfMSApJy9Wmr7xr9"
    "CkSWPC9vH+578j1eMwYAb1MxbxNvYxCB809HoHllT4ZYujOTUWL1UIMDtMfCzxyiM2jX3e"
    "bYZPff4Cmx7kWinZmG0hY9MR25xov+9eAuhcquUNlV7DrdqMoFJj4lDG7yJrvJLcxSnWSi"
    "gBsJiACWHgGE8qsV6gqGOVMjfehzQpuQguCQyMLbbPqyK1ckCot3Z3goWJUlhDBuIkO1bB"
    "3njWMk3uFYDGNEv6Gj68uHo4yNGIJEJdVmztwwAOEdCIv2yD0KYIs9zoXSdToVVq40T6fv"
    "Oosxtm3vWVOhyujp3rZQJdXmF4rtXSkRqjTMJ52gYxU55jMm9MqlbqxPznm8UJ3NWDkEfs"
    "ZGM9Wy1vy4rqHjCV182uTopMePWHhOldeFPwiLAPpTT+8kLvBcw30nZEIG6mwRXsXScWz0"
    "++aS31ku0HTNM4N4lFRFTy6dUayhx3tmhvE6DiqxX7FFH4tVko7f8m+sRLVpaNiakPizrO"
    "i/MWElq9Unlf1SC7s2Zr8Pvao2i9QamJWtpuOtDHWNtRP6rxcq6gVQXxf0PPKn8xTdmE+m"
    "6/CnwS/YWk8IxYjFZ/1q2FRGddDStR2E6TXBMmARX/S7Ny5zufz+twS2XpUL73wgxZ5thV"
    "5N65mHfJ0JMekWi47ZcqeDn7KYr6U761O6tng5bjx7ttnv0r0ZoK8ynS/+QKwahvd7Zmxb"
    "sE5OUR9Z5ivSbeRtUhrig1PphWpPCP66YjEsdExMH8elzkGc0zvRi2YqezzdMNAUoxfV0H"
    "mSFslMlNonwpztKxQqowU9hYeNMVdS9LhIz+6MtJwW9OkuCPaHHFh/yIT6Q6rLLF3yphS2"
    "G4kOoltBG9+5KBdhW102XwJKskmUZNt8miU8BXEhCIUlQVU1jSojGVQfMaQRkc4FxMrPiI"
    "RoWDb03Y2G+fp+oXlPykIsrMmxMM8qsYulBkUk63m/6zQgujTLGzNZ/m2OSsK73IZZLpJS"
    "mZTsnGpUftsjr+CNXOQvJlNRyK99TP4Npq4ti2hEAvDcFUF1/ZBRUyJPB/ie7ww8RRbU7s"
    "w6730uAdLbcKBOghrb95pUCfyGxWo+qrrhWvhIEKOKne9tC1LxqI8y9y7NGaViA2MNrVTb"
    "fjUtzYsceaW3j9k6ZA/TQzNDx8RBvuPixEtxW1km0x1slqFGn8Ur6x3GMRx1Pj9lYbN0hK"
    "qGe7Lo1Be8cnhog41nezET1cKImCiI7zimiXh1OS8K5cV4iElPYMPw+puqK9VyTk7Rg84G"
    "YfJ4Zc4WE7LUDUO3MV14mo1skz8eC3W5K/oTHO92QZYf8icF0Udc01/K0jvR+B83PEJmOg"
    "t07yli7BALQ9H/1R2cXaAuQInPse9NgvJ0DcpFyI7SRKcur3IclelgPKF8n2FbnLIthjj6"
    "mcmpKEdFIJCQ4smqtsM/3tQKXoqYQttq06VkO4NvzaljU8OcMT8E/W7rhvQ8iKRhJvLPRM"
    "pwPIxKPvZJOGOvpINIK09eslUxD0g9SlAjIpdunj0/e3BxDlm6tUFsnLK+h9l6XkZ1y+wM"
    "n6yiljUk+BzGu11JKo+70gpGi+OSEC1ucOAhpA034VvBnA63c1X4kQjObf86sKsUn9B0mK"
    "8C1ACqogYQnllYsA094K9ZWVmhRCdM0G0bzOCfD9v3/nB/uRnefQouT34QEsUSCQNCtsNr"
    "RArYhBJsQm5z2g5eFTBVAzGwjYpZqf6aLcKZiUkCm6I5Sk2aTQHMx+zXrp26bB7mY/0EhO"
    "6pZXvZBrvICkOCH0z6n3KpCs2ahNKoCuUZWpcLlRBs9L3Q7ZHA3Epc0dtmdM28axU/Epw3"
    "p9O1kL0wVyxuy2K9S9V6xs7KUFkKHzvAT7JANj3mzE1ree43LuORY29uvUC3/wC98ErvQq"
    "RrJyeCpM4abwx2ZLPsyGCeZPy2UZnOOW/Lzz+TDcjXH4xvbfoO3YIVyaBDRKQTfpDE6j3L"
    "k51Kr8pev2epDFUGWZa/aTvQHfM51VCe0UvyV3gGvRTaCbnObR6VoP2KpwvTfJaHOyXYOb"
    "wr2Ummqo0V15LqQRmV6RzKlaxqVltIkS8rkBDrHNbla3bMLhJ6U7aAvBHpHMDl63e6TW1o"
    "1qVEMuwSk6sx8BKYLa2Nu6xce6EUC3UlRQF2GdgNQ5m5lm0KXILZId2EWKENpUUhlirCug"
    "zCQlGQmCCEuiDUBaGuhoW6gKzXsVkvgawX7VGualR1dRxs7Vk59YqOdMMHauFSyIrFxT+S"
    "vsNf8aI++8F17w82ZGN1FjF3auhegep94bJMzZ0595sBu4sZNSBYd0JR3pcUZHSgMRunq0"
    "jZC321xMRRGGT7ojX2B2OodRWwpbpaBakxeyD17N56A3UVp5VJNxl97xXF2vvds6GglHhO"
    "/klEhxBwT+Iaxm7eSVK32c096SO2lXh1BbxUT16+wJw7mJwiPqHniNWpptoa54iYK0yQdw"
    "uP+eFzXXrIfnZP/oaCLeqcnw3+OkrMQF33nRB2myoIKFDbgJ2ro7ZB8ytQe31NWxvMeHYl"
    "2/yEAtDcR+DSDWymLFx386uUTIQhVpSOFcm1IN6n5XDHV65KP67LlSNTfCMq0pm0m9IAxZ"
    "YliutkbwChQOde+x/fvMnx3tOrMl98fi7ZjFx13Ix6PAPiLlNc+vhnLJSuEW2mxkoifjS8"
    "H9ydcwV4QkaD+5v+v67vPp37XWjoFLCj4+HNL4MrdtA2jRcvEHt41cJ7RCVkzufcVZJisL"
    "Mkd5agA1GhyscxUYhgNieokY5lBa9zoXmOicI8N3meIVKdvXW2M2YJkepvcdazItUJpj9T"
    "bOR8LnEhaFy9TSeSbVudFgTvgKAveDT2KAR4m0tcJN0hlA9RxTC1o6RnRLpcezrZuWWbSt"
    "4U8/h+ursgfmz9lgC0ZPC9Yas+L8qit3431pH9uASku91OPP3tkm4mXmV4O875EkS4U6Sw"
    "3UFuASktV5w7XphAtRHFH9usU/Gxn9XHejszevdJj9fd55Qkv88xovrobMF7H3stA/zRer"
    "yyPjtyaamagUWB7lpuPCF+wQUHTfGMgnyKHiP1GTZi6QINXhMEXcPLlelgMlujZ8xbIHjP"
    "GfQDF/YMiJUEiE0MW47QPaAx6kNvS4S9GbUgDq3JVewLT78dBdCOCXcQ9vKjw9tiRBmmyg"
    "HiQl1Y1/JIC0Q7F/gsvz8ffmEatWwTgahUZ+JpNRfI1B0sgj27+noosFf19WaaJiIYKym+"
    "7piOaihzUZ2ObQs+JgaupqJrHjgs1dbsoGau/oItIfc+c23HhTqznZfnqzZdayZCdIvWtx"
    "Hp3MItXweBeHU29O2MXEK8+lucdYhXH+4jle0HykR1i/enzSptVW3BIS5aeVzUDOI2ewKc"
    "tyhAwxZwXlijL26zAnTpKgOiKJ2wFkGOUF2iGkKeOJ0XzmI9udktg9LkrHzeOXpl6aK8sx"
    "WaLUwb80bc0agYOjawSk/SBfRkWuse0lmjbIdO4tR1sE3/XlIc7J4gTFfLfSfE0R0D+3G+"
    "QPo7GzFPkdek+8sj0jV7E8fbBPpYkxtkus7MTEX3vIfuBS3IT85Z4ivF3l7Q34fUJ9YZ3N"
    "PBbOGddbp+qQLDgn7MKcWE6AM4r/psS79w/658Yv2Nca+A37cS7auuN1hQ+6JoOkzd5cdX"
    "mGh+VQWZhJj7wd0VT4Hx5Sfk/vHi5nr8mWXA+OseaxPysX99ww55CebJd/4w4ZJgi5AMAC"
    "bEOhiZKt9JwbdaGZBDgc55gCop6ux906TiIaFE/e1oj/4+d8mMwYimrm7Qb5x9yu7331XN"
    "QN1xko26ITMlcalmTAu7bWemJQxyM0WrKO0jItu5vakCzgcvnyD1GkRE4B0o/R3gMUFFtp"
    "BLXKpz674CZgjEaiutNwAFMsqulRPYaoXqcMdlIcG5OTGkdOgQAsbZL1U7Q4cQMP4WZx0C"
    "xgf8Wnr+djlc40KA6+6ocSSssWdQ834zUssgzhvXjK+u3eFiiMhXEpE/UOw4LLcuChlHa7"
    "HniRTHasDvDhTfR7pOo1gtYC+d0cZ0lukKQq/0/6vESeZPhlFVFuX1Ui1P0eAFW2vEq7ki"
    "njCRjBnVdNsJmbrLlY3ob9YtqgXRUf+GVK9k8sxcrtwgjvunq7KI8pqVSvYKKlNtiN/Dwj"
    "PT0uzgodi9Zia9D9ZO+ZXeqPQxjPWEPFnmq01/hklFkWmwvFDvXvRPQp/IQkz01dIdOjg9"
    "8sqOkC2h4ch77tcyhVTQBtH7t4SQay4G3LRduWydLfIGyy3rhGBnfEc1p69stjo5+ONygP"
    "5e6MtVaI4LAc1VkN7Svrq3BZk+wy/nyHyekDTjZzR4GAV1cB3LK4N7NehfnSPWBCOptx2G"
    "6wPxgpIXPmNAKtJRrrhU50JdlaQlEvzVUfzFWMB9KxCH+ExzXLZpTz0mFFK3kKs+IQrz3O"
    "R59pWrIuFWiLW2ZI4h6pb95YSoG0TdIKcQIhjeFIwwffiZbug8RW3kCpPf0hf18kQ0rJhY"
    "zqjGkGC0Um2bJWIxz318EPSHOfWT0bg7f7lSLaz1IkcsKuDED7mGhojpnKZCGRXfq+R+i9"
    "+K/7/K5DCrmFYQlwStoClaQR4G1lwnRQmWCVHQ+Zuj/KXnmf7SpydRJv6WbLeNSI0+sSn2"
    "llMNOW9VdEq1ldkCz56xZIg0JgZ+3XRAw5wxReCrHK5xKYBVWGGmyIpNCwK4GeDKLtqkGA"
    "ArrDgpEzPbCACYaf6Jo+qGVCpkRKQZqZCtz9JOuZMO4+2I9ZwRODqSPWl2+zhi/V3yMjcf"
    "FphaAiqxVT7PqsFq2kzNr8wPEQzInRLxThX2OWIERAfTlbH2KJT88Hdo/Pn6/n5wpXweDr"
    "+Mkc4JlylvRy13nZBgqO/s6N16PuUSOWaibNBMtSwdW+j/Z5fPnlnhHeIup9g6Yfdj8/7/"
    "2rvW5sZxY/tXUP6ydkXrmtfOzjq5qdLYmh3tyI8re2aTWqUYSoQsxhSp8GGPbyX//QLgQ3"
    "wLoEiKhDtVmbVFNigfgAD64HQ3NrXTAG/nNPqmpzMzdcZKyRryLVVkY0N9Rmvyf1d9wD61"
    "Yz2hY9IbFstLZGDVweRu3cChqFSnRUnQ0tDvV+4Jn6wz7HrTymg7/4hpTNInwf8A4WcnhZ"
    "9QnoLDpWwgVUHsNRIAPGUmIdQN5Cz2p1oRmGMmEkJcP0ESrmGCozllJiHU7da1kUsDmtV+"
    "Xlxfjc6QZpkYNJ/Se7CgRHxZJxmg8W1L4wtaQPnfJsi7UvyGyXvqDwpQ2XodFKAHPumDQh"
    "0gqu2bqBYKdchTqOP2wbtUNxv/b8we3W2vDrgO7h48Ze0b8CqTPZvVpqCHsX41enV7jOWZ"
    "NGVIqrCEX8kiR3e8T0sc2UaOCI6Jz7ZlhmtIRfJSjqMa0yGneyODME+96KKkI8AV53HFuq"
    "PQc+jHnGIIHy3LwKpZMKTjdimk58SwKajD4d6ub//x+nqS2Ol/HKdOUa++Xn4cTY9fM+jJ"
    "TbqbOFwFr1te/4vH6wb/qyF1MOSk2htPcL4O6XzRXen+8N76rUiK6fal7VKE6C2NMbhmSs"
    "GjPL8rdnnA43hZ23u5gkGpco+W+POTQ9JW7jFVKR4TuAbIsPziiifEY1JdtLYesZ9dUn1U"
    "dTYgogyRg5iOMeuSNfWkmcmaO/XxpYqlU4KR8awE7fuySf9pVPsY00yeojsWlErFjK5nmw"
    "79hlSm6Fq+ZvHJsh+aiDQFzSG9Bskm+7GwJ47Og5dUDNSUFSALDp0Q1HI5dF2J1aDL5o1l"
    "6Ivnwn1HcJlr3+HHSm6ohc4bqPGZ7AjW3mJFdwGWZ8eWen+PoKIwETYNNnCwYZzSTNjsT/"
    "GzYQf75B9oJms27GgWa7rReNLdFfkx2Bcn9iKtPHVm0oTWtk7+Ypq5wi/nTPY1t1++nkZ7"
    "HfIW0+t+w5jl6PbpsOgOtMQ4yLEdfCl+khpI6EMmw1ipNlbmG5G9R8ykvTXy9Svyv06DHA"
    "NVXWL3WZl7y2XeUWMxsmk7EMEW7uzYlJTFtjiaM2u5V1BnN491G43eBGGVzPtAEFa9HGK/"
    "Y5MX8PotLxO95vU7Nnj7TetPiBfnK9lynOvtxUGZa22Q2/yAZ05/emj6yQNYXD7LJ0B8Ue"
    "w45DIN3rfQ3PLuVy46nnvP5C7inDI+/WQQqKKeVjpxi21aYcpx0QN+HqClba2Dz6dY0x20"
    "MFR9ndVctfvoXP83eBy9zh5CfwgaVEiDOUkEaNH77e2QOKCbJH7UmbwqrshAQu3WB56q4x"
    "+Ki45/yNQcj78iAiCnzCpB3bEVJxW5++YDT+jumw/Fsbv0Wormp1OYoCgxblPPiD7spJJA"
    "+R3PeH5XPJ7fZcazWC2ofYpAdW6meNFnUq2O4X5SETwaQ7onEvOZYxbwGnUkukt2TIO9vi"
    "C5kzACXHczPDGXak8Kgrq8t9vWegYzNxeRGGG76Z3QAa0P3HHQoqQAx9aa7kUk9hXUwpDE"
    "DnBo4ZxRwKLFppQdPFrwavIxacUQQ9GRbuksXN01cqLOSlLBhQYSkkMvLwlcZigfOYsV1j"
    "wDhz3PnQXu9vzz6OLrZHRxhqI2ZuZk/G10hugMMjNHVxf0KiZP70guOFY4x6lacceRVyvQ"
    "E4c8RxuQ9cjJeKvSxTEz+QgYmfq3Q3WzOkbIy9TLbNWo9hpDD/eih/tFl4N0rx6+fGPrC6"
    "wQ59O2HlWj6k4520p3M4we0WtXoxHbDM/MbPbk4c3N9Pobver/QXQfPR39Njq/o5/Z+F+s"
    "rGc3dtA+8Bpe6NWm5zx7mKa7PE37PeaPQvIf1cnjt0tSBOWbd/d1rcglNJIQOFzo5s9iJz"
    "cZO1DnQnBue8gmJ3nRwVtgDUM471jXMETPyhM2MHx5DnUpYDWci311pD4WSwysxLnYlGxC"
    "puPzu6Pc+beOA91YU5Kim1p3OPDdbgLaG7sdm295wc3slwoyzZYtcgDyDpAL1nXhpL7pir"
    "9Z4D8Gdp++TLERTQzFWhDZBAsZzUwNGMmpl/lvS3oMBlu5JiNElk+XoUTdype2jGZstpbb"
    "IKNT9E/HMrR/Iss0ntE9y+TlrmwadMSyZ9x75M/HGvp6Q0kIahqVWiWPcVy0Ud1VmpJq7k"
    "kz85g2gv6E/u0+o7/8D/0PgcJVVIfMJoPwWchxdcNA1gabJ37qESqEmKsO/pHe5z8Lqfdk"
    "BJCGacYRumkhX54rSgqyhBxavbI0VGel+AvJEufsHMuizHKMZXJ/Wok6i3eFZdlVOiFmJk"
    "1akZaxT0x+AtNMxk6m8V8fqWIZQnxKcLs0g7k+GhDbCostVQx9reccFRVTgFlLgDcTbmZY"
    "Ds6LtC6rILA1arF8QPRJb+sH0JnTxjTrbR7ipRNu3AwGMQQmtYQrZPLdG08I9DpYoBfk56"
    "+cyGd7GAAUakeJwRv1mWben3q5cVqxq4MyOnDj36fYHmeU1tEQzVXXT+TreJuNoWMbBa04"
    "6HjmvcPah5n3fv4Wk3/f/PwL/fnN65MztLGtDd030jxFlonRUjfpm4c8B9sD0oSuoacVNp"
    "FqWpQ5C3VsTk7eo4N8BYhC6xaPR3pcoeq+LLRUPVjgE8ZsyhSD/Z2E8rCknHhqa+darmqI"
    "M28JM5n2eC2Tb/0L8QuExkdi3XCUFSrfDMcXZ2yunZnnw6vz0YSF/y3oX2qEIYTCaaO4sk"
    "aVJI1KiyZDEXUFdXLKFITJXRYmQ/xI8Ssmb/xI9IqKykqzhqAoLc5hBorz5kkkEOg1KtCL"
    "vfCA764825nJcQ9Znm4+WvoiryqGCKt0G9ADY781ebBvllry7MVKdYpzaSdvGJQSTMGtIj"
    "m1i9EBDqZjHAzdY+W7sQUETGggXVLdtzw+6NtiH/RtxgftH0mg2erSFaUILqbDT3dniNnO"
    "zNuvHy/Hdyxo2fHma1pyVuONbibWoyvSlINN0tL59dWn8fSSkQuWudTtNb3jZji9Gw8nk7"
    "8r09H5aMza3Ki2q6uGQc/ZF1gPWg+vbj87n1zfsuaY/qE++uINTz7mN8X5mN9k8jGb2BUn"
    "92JG0mgMWub1HtUKuMeMAPdquPeLzpYL+2BGthXbEssKmDGUL56/9ok9zFbiKLQWhG7nKc"
    "lu12Qt20FhpVtosfZls4P/7Zuf30fDnf5SNsBvL8lOIDuiTSvvVLF4IIf3yzd+m8hHUTkL"
    "COT/qIQ3/r5hu2Phw/KM4Z4n5t2kVjgPzOGgqHgMy3tQFLmgVRJFpmzhILjLB8FL3XZcZY"
    "9j/9wGoM+73OfVM9BB7rn+9DJlA6tM31sz6N8u929E7lbZm6Vsoac73dOMd6/SzXFD6OMu"
    "97G30Sr6WUlL8LM63O2Z/EKgGGtQjlc1hyZkz+QAN+X2iWJcZA5QQ67dFgO9A5mcYLR30g"
    "qQ5Qj5DiDLoiwelxxrqmcgcwcnJwcYpIOtGV9IB9sxtTkkguWGlzcFbOleDVDegXLR9nQP"
    "Yb+hm/uq+hPy8wlpT6I5OiWVWGDS9J5wTf1WZAXpUJEivQGrtVAR9iruChcJ31fekBElmj"
    "DqjRv542jDAhEgIe+hg0j+7eYsxGXp8MDbLPDjyd/lVs1snLWVCeK29ejqd4WCpMw3AkM7"
    "ZdWiJvftq77kevSzYfoROWKzRsJMGrF/zcBuy0QKAbs1A2AzGYwtwdJlFhCqkJP0QAT1Ji"
    "eaV5gTyYSH9wxjXnYkelMhF2lncpEGlIlSA80U8CayEUwt0AHke91i1/W/XhEdELtpwEEH"
    "kPto3Ql6P2em0vMV+bN/fKI1e7ZtoLCNAcsAaltPaINt9ICf0bGDMaI4YFM73VqchhaK45"
    "IX9iSbj7TJB+2R8YI8KvsCFIdXBbdLl5jh/TuOmKr37wpDquilcgLjUTW8nMiq326vr4oi"
    "vgODtEpNX7joP8jQnT5uTUpgplDQliMpWgjv8eXwb2nkzyfXHxk4MY0ZbeBjmu0AqeALkQ"
    "pmNqzFO4EmV7fwICVnTYudsXAQ2/FzHb7Se6Qt/RHbz1E2kqgAnRquOWG9u2MKOLnBtRBZ"
    "RxYPSDXZL7SSnYG1e3ILS3L9ZNPoNDNnPWvjgSWM/MLQWUpyvARi/qDEfLiXFkvxlLSSbj"
    "tRf56n2HgXgDlpVQnmjokSmtm2xcpUEHyC5TzlFJYVu4pZtVjtKhzfvS12BRmoIAPVS8Id"
    "csY0mzPG34QqedLe4gwmKbMXXfEDEpgUD+B+ess8CUzg8LHOw8doPhEN88oaQoAXnEU2fx"
    "aZH8URG401ICy3Aj775h5W+w6HklVp2yJ1cgpRfvq2KWUycJ6HFSMr6mKBN+IyuLiZNG40"
    "6Au7DizkUy2pC/iBg4sgd5VUBvyQ5iJAZN8Ryo0VARbzw+Im4IHlapXppkaYM4gZyTSg6y"
    "UOyI5RnDSIjABXUIO3zcDYW1XLniSBfDHIgzyiIHpbdyvCg1mzbopLMmIgjXJyreHgukB4"
    "X4PwPrPrqgHSj2E7/dpx8WIa32kKhzM0yYZFeaNyqLB4TqliHixMywTUl1zU14J0tQh/EN"
    "4PEr8UaZCV+LH/CkAb3t8eI9MauI1wMuSJLpmEFFGc03bSMWD1qyhDyDYEqEpYR4bSgV3/"
    "vIHXqm6IgBwZSAduI/OGqmk2dgpq7OYjHDORDuNGtHsb9XlNleoutteOoqnPOXAXc4u5xu"
    "1xN2/7cgqkOwqZXPVHUXl7wg4E7vwCd9BTFo9tufSUAtGHsWATSsbVmeeyh+OgUO2TWB5s"
    "S/MW++a4DJmLG781mcBqgwwKs16WcEKxxJi7qSElnpRzd4TrEIWGPzgoMEXHM+/d8pf5zP"
    "sJ//KO/PvTu/fk37fa65n38y/vP5xEAak0vcLN9QCtKeWGo9DTm2vSGDtrd/yIVPLZvz3V"
    "dHVXJx/Fs4Elol8P+WVmJr1oWi56xm74cA0d5ySLIDsjirpTEk4bzzYftEWjMiGo9pAsW6"
    "wjBLyOpJWEtFD9vnMImWjZ47Tdi44a0jxxAOM2zYPX5twghl2B2rs4LUxkAGlh9kgL05/I"
    "Y+kUef0JPpYOetdyVUMc/IQZwF8Zfvx9wyTq4j2QtoROqNwJjqu6XgGZPzK9dUaZkpQGRt"
    "ZNba9r2KocXQ7vzj+PLs5CB3Nmfh5NyK8r8qfNzJvhmPy8UXXy8/nw6nw0mdB7F/QPNoys"
    "s8t38MJ17lJy7JLema8s0o4fdiC0P0rbtb9NOvrL0jMXtC/Q3NMNl7j8p/R5f23qfKbtzZ"
    "ONDeyHuIlHk6Qt4XiM53gMzhGK0ZfrHAEKHrcVxRIcGtueYK3YrCHACwUNmg4NYutmlZwi"
    "aUMYrFDaGEobd4HsbKC0MWTDaSwbTjSP1oCw7Nlw0msOR9nd2K6qjiHstzb1eCpz9xTm7D"
    "4UanPXiS9vbe7DRmiFWqYSUU5M7sQhyolLrXhEObdfviI1UsMgBxuGgzyHfGHsIprKwle0"
    "oGP8fWF4Gi168m14dzJAZJLQECUdmNZlrZv62lsH2eID1ctzNu18Gw/cqZOBcrCHFshUTK"
    "0CWVXqOUShrxLLeC4q1c8attcLP3d6rMemb90MqlqLFT3O2LVYG7Yn0OoOWd/wEtt2Xn6x"
    "XTEQCdMWwyCiT3obBwEpWICw6i6yQFi1QFhBxdP2K5426YAODWznup3+hUGZs2ltHEWltw"
    "kUN2P3nxHPjwCm6UxdcfxAug79iZbLPEEEQocWIHPR2mIhFsQFVBHZZQ6Ii2i6NMZCRTZZ"
    "4JG7si3vfsXCK8jQWi6R5blz63t+jbOWnpvrc9LnHPkjx3+0EtTfJM1nHNA/2KfkM2b1Dy"
    "F/tMxnkswlbcVTKnZcwy7lVcyE90M0B0+RtPR7wotyxlBCuH95zwH3L2m5yxZueikV96Hm"
    "gFwS8qHmQfuyQmXoQiAyMMP7JRyP9b/+hrVgEcBiXlHKCvQRuZlp9Q2tJCmkxE1agQ43wa"
    "XUocNdY8chm/Nsn9zh70Uc4dZEiimlTO05+ttdOeSR2HNyffVreHu6HzIV/PSlXjLNlMaP"
    "ZY0lmm1aPoIASXRxh8gliRZIrdIk4UEzjXgbKinJIT22FwdlxMec3UYlG83nRf2DBivZwU"
    "AHOqCbdEDXo9FydlVk8JoUWLF+OZp+vboaX/16hgL7mXn95QxZDzPz03DMAtCWql4x+own"
    "6V9xyr9Mwj9NVw28yFlXiv20mIkU+6pUdB8PdfC6mDp4naEOlrqYHxzeL1242E+vXnFgS+"
    "4qBJddSx0P6v+Hlfmzm1tHsGRuT9pJU0Wr7Sh7lnJJgIHYGkgDeX3Ug/XkKCwBgdhQTtpJ"
    "g2vbTpblCZI+W4tuED70sfIQPrrjR/QLdUnSqhvdIhUPh23bylGIFLNwkYEE25m2GTjNs3"
    "0CbS2yxKaspFkP6lOUbbmCDKrldFrSUkI6rSf0WYhJaUqBpW7qzqpSP6dMa+jojvHYfe/n"
    "jvCk56qp6ewwP4cn3V4clPGkK1tZhHc2wJT+wfAOSCxWakRhYw6Ceg4a1AMFkBosySNciu"
    "cAJXhag7eZGiaxiUQU562ZhGjXP5jJnjNP98B9atK2AoIudYaOw87nPjQZ3txMxvRsJLCf"
    "mbfn09HIP0ghd2LsH6WQuXU0/TYe/X6GSBdg+1HHTzPz+tOn0fQMWcsltmfm5/GUtrTSbd"
    "rOdPTb6PyOfmDjf7HcklUOXupP++dYnr0Qmqe2FhJ4043XGLTy0nQXMxXh/RJA2zZRgdcb"
    "w3rGWEyNmLKSSB9UG1UByp9iqOVS/sR73dtoFXs9aQm93pVezyEysoWffD9dNJdg3AjCXH"
    "eHucbokD1jMX+z5jfbxnqGMnfqpcQAEw7LjJefCTbre1Y2G4ftSAR6Yh5gPsyeIF3TNmQC"
    "qFEWF9uBWD2fx41dHuxicrf3Nq96Bca2Tca2OJp1Nw3Th8jWo/PP48nF+XA6OkOLlW5oC9"
    "XGM/OS7IymV+O7vyv+pTX5orapu8+Kf/3zaDi5+0zrLagGceT5uqphxSXpj3leHosSej2y"
    "kMD7b5qR1B3HIz5GXjmEkipycaM942I75vSLhcXi7xudOA2C8CWtXnIVOaBEil/8fjrHQI"
    "m8xF7noUSgKkiD3PLhSPvOvUHNMk4hZDVQTqNYUz0DmZdwSg2w3YnVIM93i3m+k+kBFrlR"
    "VwI8VYxbuWLtSTSw2+KsAuDKmasturz8lRLrYL60dcxHeUa+3VksTRxGG2yjWNsDmiAOO7"
    "R+ITp++wpZNvqZ5pFzTli+8qAhuidDxyqyyXh4yoo22njmzIy1gO6x6yCd/N96MoNHOien"
    "6G6FkT8YkW09Id1hae/uPdLJf2Y/+rnv2MWFats69u/4HZ9baxSkKSnOjLdI8o/RXxGllY"
    "75hiDqPCRFmO0a3qjIjCHsq/KLCveAOukw93S4rGFdww3Shr2IcEVIGwZpwzrQB5A2rGMv"
    "RU85U65KyjEXTow0zRjCSr+b3Et5Z3vSTymtSc+g5qahMiMtn+U7UFCn5dlOPp/iXxnsIl"
    "HYbaD/kcu5X5C+zsJalmddq3ETeVhoG47UcXVXLEVaZCDFDj0dZ8aT4o/cVRJplk3zF/tm"
    "GZyLfaGUmQTaqMOlcNFNLzdJHUcel61pezuy933J5rJRHUdxFmSnJYBt0ghQzaseSLYt+m"
    "MOqLtKB27tWqwbGC6HvS0bCM568diWy1kXyF0TixXHjkNg2/O4/Y6CSqC+9Vvr4Vg4yGF7"
    "pLrJ8QnjipxSrzDUtYBfKJdfGOmVTEvEhUmZgZe400uElElNpkyyHD3fOyzJ5hOzAZD5Uv"
    "n0rQLCdjMvlMvn/G78bXSGfOuZORl9ujtDBl6y1ePAJQ9azg7WtaNIqZOD7Qb7cCti/fMJ"
    "8TOIK5IzoRQzejETGUZz23QeyygmqD+L27xo9RkxZk6PwtIoi0CYtXzJEaQRGjgvIp0DRZ"
    "wbjf6iMKR7EcH3OGbykpGLkhULqktSZhLJuiDbG3DAENoMvS4U2gxS/KZmUc/BthiqMYta"
    "lqXe890lesdwBGbhFRY7TmJN9WzM8iodU+/rHunz0pnFqh8CyqkxTUXj1JBo8AbbS8te0z"
    "E8xTInHAx5/H3xCpqZ4oVla7KCRa6Yzv4JGm9dMlveBW1JjJUe1k/eX7Qg37jKahaSu5gs"
    "btcmvrPIP5wrbMVsFgfdv/AurbFNG08Wi70EINucszkKkERC2lIJSDIFLmhAerUnHqCS0v"
    "aLFdY8o1pNwZSthG58f932LFuzMVSxmi2RgQTq+RYiFaI5ks3uQtH0OaYQUl9+BFohpJ5c"
    "ot8/9w3YLWLZWrf4OmywqQXbUBEVy83o6oJVnwrsZ+bN8PaW1pGi4QM0OdCn4XhCf1+qup"
    "FNUHQAbcsSY41uebLdUywJiNtIMEe1LQmAQ5viod5P+h4ObV5ir/Mc2hzy7Ltz3dzQ4Tfk"
    "+m0haUW8NPWepziJMtc9G8PcCStSLzAkpe1UUtomY79iRb5yuL9kCbBS8u9f1lwJimkB/S"
    "cX/Qf5KyA2qe8g21bREOYgdazuj+aj28/XNze0RrizsjYbWiX8fDKafjlDBBz7YWbe3l1P"
    "R8rl8Gr4K7uLHtAq/rJA7r35SpG7pVc2nr1YqQ799NP4anh1PiLfUDcpMjPz8/8qw4vL8d"
    "UZWv2bOBZr3ZyZk/G3Eflakwm1NvRHrDjYMPwlXThg5xVPvM6r4nCdV+mOXxFvbWF5Zo4j"
    "W7gwJGza82Zed3p9gGw7B+fiehhgaW2wKUpMX9+MyARDLekkds0o6YVhOZ2goIEPLca9n8"
    "wY8KEvsde5+FDg7JrbRUCEAEjaO0jX8UnagQs9eIGuiLTeN15AQoK/0XRh18slI2UzbLF/"
    "YbCDKLaWobwcKOJeLTGDEop4bZnuynhWHNVQ7WdliXNWm7LCGPn2Mq3uLRfHYJkkBDMAxG"
    "1edCaPHvIstWkAh+fno5s7SrmoiwXeuFQHeDE6n4yv6GcaXhi62QkihnwVXavkkicta3DJ"
    "u7kb66EHniVegG4rfrv6SbxwFfkBIRoI0foCLgjRQIjWC3A7LUTLpiPIYRhycxaUsg2brY"
    "USS5uwu+L3EDGf9AcH+WbIWrKy22Fi6wF60t0VK3RNnFbssCrbC2u91lnuebTU7z2yIFIz"
    "d8XqdpPWkMpKYz+jJ2xj9LQKzkbjVb9beu7MpC0Ej3gil59s3XWxiY5pdxJn4JS8LMvlaQ"
    "y/k+Ia3jiWJZ5Y6JYGpboPyscEnZABtkRRFll0WeZUUU9WBmboev5c6Hr+nHY9LVvLzZBR"
    "OGy3Bu1tSftSiofNYuKMYcJMGlTbLqEbrRviHZC1hV6o1gsUHWW+EZhPYhbSgF7fhCJYLO"
    "0AddI6v7NIThGYtp0BtFjpGbcBmSeEXNc4uuXlPKOKSUIOUcoKprC89RVHWVNE1tikFbCd"
    "O9nOOAuwJxMXLzvXs9HLS8el3tzdVGc4IIHo3IFs6s3tFs2ZzCKax3Fm8oyWE5zB7cpKpz"
    "Fdz3zsZvgQFFidMY7Rtp7QBttoE10lfxNSXXaRRYz9mRGPNDSDfbZSHWRaCJuao1jmaYbM"
    "bO4xIADrGOEIQazNB7EygZZTRdXlgKyLrLj+/CECXszkJRfFIV6XI/Zuby0kIABaKCoIPn"
    "8x+vL6/KDFadDtB0IFQvf6gCwwKodiVCAyUgReiIx8seK8ZDmXHNIqU++llLPykw8lSs1A"
    "LGCv1qxBCRWEl0u8cGkeKEFfO2X3orkK8LjB4waPewAed/dXAvC4m0d2aVtrpZrbnWcKGO"
    "dgTGaNaghnDQFf4DYOzG0kXnsgOHgwzpspOViO2OsPOPPgnJ0vgUt6OVxSqt5tDpmUrYhb"
    "yiaFZXgVm93PGd95HYupRLqvM3Iwi2c5Q9i0LcPAGjpWaVCkRn6if8XJgOqSTBR9aNnItN"
    "x4SCaNJWAhmX4luKwkqsXn5oZqBs+i16MVGGI1D8mXhb2ahfajZRlYNfPhjZulQJ4Tu95O"
    "b7lxVNfXkwTB8HGcjqP4evlxND1+zZgFcpPuT3aHjg7qGMR1u0x+oUjBgbs1gmHLPWzJdC"
    "9UgiW8H7hgHi4Y0nsXo99PLjjEqCy9N9CVjYXg+ptMMWCTRoDrbgottpff0yEOXa7bbYs9"
    "g5rXOU6Ost08GtCUIuhy0ZSH5R3CIV5CPMTeAj7mIRhUoGSRyzMPQmfEd4UJQwk3hf3dBG"
    "YVASzER7yLY2bQwZ3uYPZn5YVNlxQw3ZpI50DXH5a4UDfqQndzDmZKMvVuTYBYK07SC+I0"
    "WQgJLnGa5dmOaM7ruA04zZDwGkLB+otsCdfjv+c1sBDnUUM9A5hb/hCfETmUJSDeEUEXlD"
    "udVu7EI0giNUzqcFagOF5WiiPJsG62Qt4Gm+eGjtnTsmXytlcHZQQjTX+kLNiN3DnrN6rt"
    "kv5BpFVD91/UU3SLybhyHaTaGNmqqVlr9Oan9z/OdRf56DnIWVlPVIu0wH8m/xrPVFSk2+"
    "j28/BHcivSHfSANy46VmkuptVRCvrWHjwzrSUiP+r3qx8JLLa1eUYOewgyMdZYlijHsJ7Q"
    "l4tPJ6douHTpV0K25bJvxKRSG5oezPKc0NBxdcNAZF++Ii3Sr44d5JGfjJn5z/Bexb9Xwd"
    "83OtnuE+fqn+iYNnZPOgQjP3c6eeAUP1oPWDuj38MlP5n0D9Adx8MaE2fhR2w/b6/YeOk5"
    "WIOEVh3kfv0XL3dbW8wbJYzqYY4OC3KCOXr3ioM5eveqkDmil1KqFnUtpmoJ7pcwW9jrVz"
    "zokrsK4WXXMmK3TV593N9ur68K5W6BRZo60hcu+g8ydKcx5+zoL0vPXLCJeu7phqubzil9"
    "3l+bIkZLAKcIJVijTGLndA7nQZIOog2kEzuztO2GvtZdWpdGWes5Pkd5zveMcXuu8/tXvU"
    "kA7y/W4U6Fd3JJmUk4x9RP/ac3SKKYF9nDqYsw9Nu9qeiRQXlLUB+1y4ebPSxVrLIkH4Kv"
    "3dHw/G78bUSrElPrmTkdfbv+QksS277PlfZJufZc73m2XOnuje243qdfyuDLVHgJk5bw0n"
    "X5pYPT2eIXTN7TWQgSkK3XeYIE4PS4xTNOOCk6xEkR46P3PCiihxp3tJ0ezl6FZ0SJjbY3"
    "jxrfE6vf8XxlWQ+3sRZlQq3pkzV/mBUcrEVjcMe52nbMcxyrmcTrWGDHiU5u2IGOayEV+Y"
    "w/Og7+S15LjR4jkYbo2ZDpnpz5x1q668QPtVgGTC2bHaDZR+0+Y/rjKOb8/0PoxKmsVqhk"
    "h06t1ActPppiQ0OYaktaSXc41UC1FTg86dLhSXV+s3Y+s6NLcQ/drayXHaPzUutLWU6JmF"
    "W1pBKVujT6pLdpJYDJKl5e+slpcMUZFGtbivmMEmkLCLYLBUQ1EBlJvWDPQObmM+LDq0th"
    "44GzPnRdvN7k6jlTdwx2+p5PvoGi+hacXujdCiPSns4khIZ1f4awulihoBHqItJZgviJ4U"
    "2x9HCq6Txhm6aNo79h27bsrO/ZxANqVjWCj9mWj6luRzPnAhGzgOUhT5XEztoJYJpQ+rmk"
    "FRwi5GSdp7ONCBMSGUinMmokOZrm2X7EzzqHDCkcuCmr9qaEvqgUwfUqhlpe1yvcO+U6X2"
    "Xbm5ShTEtsC1udEj8tBLYGTy3wBC5iLfasR3jdtdRo7KDDFnVCsccW7ydOly34u3Us4LRZ"
    "nju3viNriYJW0LaVM5b/27aeaAwZOsaPxAkeoPhZ8wnxsmyd5nqm2cKpd8Xq5qk+1U8aJR"
    "/lunLNP3Zmzj1HN+lpZdACnSyxhubPiPYlNrXTIC7QOQ2+hHMafAtF87DvP9rYpd+JBchR"
    "M2u5PEX0L2CNIl1DujMzWZZz0o3kmwdhdKFj6mc93xgqcUgdi/y4wPQBDtJsa0OvkNXSKU"
    "mInjqGZ0+l4zqdFf2PmFzWxN/d0H+Ho9LuurFRZ4q4B491x/AdepltOIrPB4xhJAxzaCUh"
    "0G/fcAD99k0h0PRSOt36s2GpOYO5+Eg6ZtL+mfRhjjwbOX3uYZwF2bdoFEKxHji6GV1djK"
    "9+PUOB/cy8GE3G30ZTGmwRLN5Yo58O2QdqR0Iv4my6GGUJBEUuQZHe42RwLWcpcswhqqXL"
    "ygtDdVylGkudZwpUdU62NIqTMF+dtALSmou0DheqCjNX2hamrS5PW8CjF79n8vLoEIwnW6"
    "/zBOPFuTrB4jJZS5mOUBqrMJMiR+s5IJE08mmQLjWTHXOiByUZ91YxrPscQlk8+iwmV5ME"
    "/kYDz/JGbvHJUnqAc54uZWIMdx8w/b7CtPBrGBz2pBKQ/IMTJziN8c9SHPKeElDDpIc0Lg"
    "yrtNKs6tKSsS46Dk9sGCAL+3lDA8p0F609cnWePWNq7ckzky5o7GiIihBpe74yMTyEhPyJ"
    "Hcyf6NmGiI8b3C7hMcBPXIn9fipJ7PdTNrGf/56JHARsLSA2rf7TATa3ZbvjDn8vLHYYWk"
    "gx5Mt8jNHf7soBj1yMyfXVr+Ht6V5IAq47yjaNlECcWMKuxUixcGaHQDHwtzvibwPL8hJ7"
    "nYdlgfDAIwgP7BaVsld4YOZUSM9L61CBQ5FQ6NsoiTIam4+WvsBHOcxJdG1QRpdg3b+rY5"
    "V2QdBJr7Uh6Hwgf3w+r7BbhRXadtnjOvo4+To6Q3PDYzluWX7bSgKrDxykw4dCyuFD9jxd"
    "8zZYecA5cRLFrE7SSrqcQ+94QH5XjPK7DMw2Jn+k44rinDKTTiLy+g0P0uSuYr3gmwzWDt"
    "kIqAbZBIsgnTCSbkDXL1nuum42g3V9stnx7e1XOoH7Ofxm5qfheEJ/X6q60Yk5fe49Y7tE"
    "t7+7f5ItdHpdHZPu+Ta++DqckB4hPfSoa55qzMzz68ub4dXfz9DCWm9U87lKv9QvZvaBFS"
    "2PlLTqcndUXQeaKJIUDGLyHLGlIG0n3ar7hgfsN8VYvymAGq/JDCiOdGQmHdCNDGsTu8oS"
    "56h2ypzVmJFMJF4rTmssQSvpXGHoY0YAfXXoLZdsz8XBj5sB/JXhN2g4eBb6YllCZACqhM"
    "TpUB2qhIArFdzWJK3a87vaWWrr93B9967CEWnCEGJMunMgmj0H32hLRVDQFjORbr/aiKSN"
    "PHGp22vF8wRrLqfspEO7/sz2IWRiC0PSCmDmhpmymEI8TsZQOrB5sC6GOoM0pIBsNpoWci"
    "tAboW2T6Zk2j+u8XqObTFFXcIGkimAJFl+cSpIkl9ir/NIki1bE50/4yYyMbq1zZ+Wrd/r"
    "pmoIpyJOGUq0NrXMltt46Zma2LBO2EgEfW3DOtDCVSjZnGMJAO8MZGDzbBZl8TiGsJ2eTc"
    "u8IQzx9SgRwTAli+N0fH53lDM31IDrNGqoX8OWF9fEhMgBbLh61QBtPGZBTnBTSz3XuN1O"
    "ojVALHcV95wVZ4867jbW9oxrkm9ANxrPdK6uNyoZzkc58UzRtUFZPNPCXiuL4M6OxTS9lI"
    "CmxjKg5OdQLTv1yU2cClEFWc2FqDBaYkl0A8eWK9U0cYHYYXdMQMy8y3Af3V7eniFn7czM"
    "0eVwPDlDkb74wGEZ/QuZ0Wx16Qoebx5dTIef7s4Qs52ZQfiMMry5mV5/o0EaQRyNQhZP23"
    "qkoRr+NRpC439Gg2puw7AbJ8pWf301Is1aJgug/G10fudHUf4LL1xqcT68Oh9NWCTOgiJo"
    "VAzGqV8dTwajQo/0yC4NF2TgLglMyzOW7nS7/tkuwmyj2mpehcNi7WqOaTdUrPSx0qhY2b"
    "RMUyPSF1jkjcgYSvc2NBIW68M2t7Qc9704n1nSSgKk285o5ixWWPOMSiebadt2zjZBDFJN"
    "DGLjhb7R8/M3lpxNxI1AUJWpru3N17RcYaXXJ2ULWvwuvz7h3r9CR6dMoZ+73M/EkbUrvs"
    "8JS+jlLvfyUjd1Z1Wpm1Om0M9d7meff1FsrDp5lSTKUhulDCXwLVpQ7IM4thj9fsokQRz7"
    "EnudRxwbbWtFBW9ZQ9C7FccZiKKbsQNwc/x2fL8WTjadNAJxdykfIjpscyxh4O4ulOYPyS"
    "zOwoq3221LPRvDvKq35OvLoSnczqQ14Cu3ojCz6BToCYvmCgB4d1G/9PTIAXFspwUI70A4"
    "uysV1sQ2Kvok35/MXiNaT+soT/gZvz7YKf7071a25bl21/y7NjEK7BBVW91jdHwzvpmcoa"
    "cVNgdoZT0N0NK21vR3mzQwfyY/WeuTUzTcUFnNjxbxg1jVvERFvxrbhfz6nQ5BKxGtgvjv"
    "oOK/e1s1XZz3CpSVNYtZtVjU7DDUd41FzRzLsxeVk19vrTs91C/HV+Ob6fWv0+HlGVrrpk"
    "5WVzJe1jT19deru9GUpr72yPCxZ+bwgtx9hlSN3DczyUuiTEc3k7+zV0Wx8cZ4Dl4YZTK+"
    "+hK8NYqhmw8zc3x5cz29O0P6emPZbpVXqf402hp2BVMNby3gnIHnnMFzROPyYxbAK2TnJH"
    "0jMlz9u6Ubqg0ENfTqPKzVfWc/D0Z4jsMOk3apa3uphplPH7AaWI3LqKGeAcxLbCSGlmgR"
    "wyYpjaiOYQ6dEa9xWE5lJIsr8tEYa+w45Dsh10IW+5UiRDagKAyK/cFBx34/ow22o4+Ram"
    "rB3SfIsokBeZjpqCwQQjVYY4FdLs3RwnNn5rb62UkRKfLH0SIWJxy8Sv8AqgSokq7Mgt2l"
    "SvpVCpJAYT+QLaJ4ZbHL4fQL2UrRIMeojZl5Nx1e3Q7P78bXVzRaMjENdcX5PlDJyLSH2K"
    "FQ+AbjF0UDRiFYVBxs8RhRCA1tMDS0f5HytRWXzMa9k0/u2K/uzLwYTcbfRqx8cLArp5Hv"
    "X69in3tm7EqyNCVp68v45oZ+4Dzom021+Pj6F5ROJs3uGJvTE/aGL9ILss7Xyy2TL4htWz"
    "VEEE3YAKQZcTA7OqvEKycsIX1/hyciqkfSixJQl5SASprJVkqt/u11legwacPC6s+aZqiO"
    "qwiXyklaSQdzI6fiTNJXIXB5awbRrF1eEGxMNS6Vlv2UKfRz9/tZmFpLmUk3Z750eUa7x/"
    "fy6jMgXFm2Xs+ZVTPhyuGJt2A0bdIKpINZLgLkTnWhWiJ3ius19hQ8xVPE92vkckcjJl/a"
    "fM1TdgjXgC2IyQ4lJvORD6LgjnIUZckbBpwRcpyist9XTFuF1EClhVSycmGNCr0i8QSyTC"
    "bUChQ4A0QWqlM0oiq3MO7tydZd7JBW4tF8pBErGzXXyhNzpWPblyXUEu2lHHspsrHmCj6A"
    "IAxi5zhxjz6B4Lkuj/WXHDznL0yVOJmEpYTeeX+9cQiSgSAZ8Guq+zUjttcp9GpG4Vao3K"
    "cJ/ki2AnA6NsPAvfjBQfhHakcWGo1MA84AOVg1iMOhuoj87qJj+vdiUztlf9jCft64J+hJ"
    "d1fEuZiT5UZDbAigpWUjw7IevI2T9WqafxyUq+uW9xLt4nlPuSKDLu/gKp5w/fSaR31B7i"
    "rcT7FreZVVVqqzEoY5spKuOGD9Z4lwqlQMvbynSh3ZxvZ+ichsYkV2W7s3vNcmvrPIP41v"
    "dw/aEU1tdvfawIaJRXM2r7Gco+Ub1yB1J/ee1VEfyVbR9gy83SeSdk7DdsInT+kdqoNolM"
    "8JWqwsy6G0uY+P82eEH1XDo73PUtEhz8Fa3p616cfBnrVbe1aoA9ykGpu8JFlwi0Mdw/vb"
    "D3Q8DNPXSEgjCOFk27yCEO4l9jqXEA4KS7Qn24IU8tyiLc4U8oeh4YfY1heroxwnJrhS6s"
    "Oo23t2eS/FuIIX0C0v4JH4bLpY3GDMREJfoJGYNvpSCSAc3C4huq9fveKRWrx6Vay1oNfS"
    "ceSmm1s/ptjfipmAyyXocu3Fcu67mP33/wFDR9Q3"
)
