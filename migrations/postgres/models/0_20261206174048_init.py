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
COMMENT ON COLUMN "stock_adjustment_cost_requests"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other';
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
    "eJzsfW132za27l/B8pfa66q+aZqmGc/cs5ZsK40a2/JIdtu51SyWkiCLNQWqfLGjc8/89w"
    "uApMQXUCIokiKRfdaZNBGxQekBCO6XZ+/9/06W1gybzvmV57jWcmiZ+OQC/b8Toi/ZXwRX"
    "O+hEX62219gHrj7hcidTPk6z6UB+QZ84rq1PXXptrpsOph/NsDO1jZVrWIRJdBEbjD79E8"
    "3w3CDYQacTffqMyezcwVPPNtz1OZ/u7ALpaKI7GM2NL3jGxTrIXWC0wvbScBw6oYOsOf9o"
    "qru6aT15GBkuesZ4xb/NzJrSr2OQpzpvPCanOnK8iYPdcBCfjE3zjdNBqZvqnruwbOO/dQ"
    "bRWQfpZEa/wIxOjJyptcIXfA6Ks42p+Ktu44XlOfT704Fj4uj0K6PpQieELg77Fkt9jegS"
    "IIugU+KZJv05phl8leXZOQPGI8ZfHtZc6wnTD20Kz+//ph8bZIa/0IUM/rl61uYGNmexDW"
    "LM2AT8c81dr/hnfeJ+5AMZ5hNtapnekmwHr9b0B5LNaIO47NMnTLCtu5hN79oe2yrs2wY7"
    "K9w9/jfdDvG/YkSGLqbumWzDMWn/C2w/O9G0u8GDNuo9aNpJajOGEpFtEnw0pUtMNzL9qg"
    "7/9U/sK3z79rt3P7778P37dx/oEP41N5/8+B//1ltgfEEOz93DyX/4dbqm/giO8RbUKX2y"
    "0rBeLXRbjGs4PoEs/cpJZEMcmwvtUv+imZg8uQv6z+/f7sDxl+7w6lN3ePr92zN2Q4seNP"
    "4pdBdcecsvMai30PL/SkAbji8H2vCDLbbbY7F2cN+/ywHu+3eZ4LJLcXDZwcYPfzHCPeIt"
    "Ocp9+q10MsUptGMTNBnyk9Gnwf19b3iBnIW1oi+CMbm66Q0/XyAKk/08JqOHwbCn3Xbvuj"
    "/xUey41pY60Z/Y2PtHhuGIXVl5Nj2tHfbpx/5d9+6qR7+hQRg8Y/Lpn1r3+rZ/d4EWf2n6"
    "bGmQMbnp/9KjX+vmhkmbxgvWHGzSmybfcHm2wNs3ObbA2zeZW4Bdim+ByDsxvQl+Hg3uxI"
    "9ZQiyx9DODvr/+h/5YJ/WqKGsLnPxj7pEpW1008QzTNYhzzu73XycVPYs7gGcwsZmXjvOX"
    "GQX89Lb7W3Itrm4Glxwyy3GfbD4Ln+AysTD+DjRmUssSEzpoUYJ3SFNOwrrR36hpsiuQEo"
    "RVKL4KoVosswBRGcC+OPaGo1ErhL6u0uBfWvSNr5MMmyEql1iACRWs6oUQKr31Qn85GNzE"
    "oL/sPyQAf7y97A1Pv+PrQAcZrm9zBUZFZLPbmEGi6W4a8Wt6xTWWOGPLxySTmz4QPQ//0h"
    "ylLL8eTH/gbEDMdbDOOxbkoX/bGz10b+9jq3LdfeixK2/5p+vEp6fvEw/JZhL0a//hE2L/"
    "RP93cNdLPjebcQ//94R9J91zLY1Yr1T1i9hh4acharFV91azgqsel4RVb8qqhxhFlp1/e+"
    "aSmT9H/AfsA+ZNoirDTItdiWwPamgIXn+XgdjHz0NscseTYA8EvsBHB+cxxJr5utt+GoXR"
    "emtl4Zi+tHy7TH7CzbpZcG92pwCqG2uqB1805VLdXOvscqiawah83tRsNMDDBx6+pkALHr"
    "72evie6e8q6twLZZsM9Mmv3WHv0+Bx1LvYhlYCb17gxSviZ/vufY6F+C6pQGwXgl2KLwTV"
    "Daj6IHiVZ2/0iEh9S3BSlf8s4cj84Yc8nswffsh2ZbJrcYxNoRKNp8ZSN8UQm2Ll2Rc5D0"
    "RbqzyJoL3uXfVvuzenf+u8T1ikIejvUj5ik95KEldfAnDdievKNiwWQpbQ16Ii+7W2sg6F"
    "7968abTeBl6rWr1WhSxZqmTM54dbslEzrBkqyOEmbeJMmGKNuagPNPvv2UQ3bXZ17waK6n"
    "bT5wMxGrE5VN1J+uxPz3GXmBy6kzhK3c1squK1tF5wWWjdBnOpihV/+Fz9GZcBFptHVaDo"
    "FeLMse1olicwTmSwegimUh8qgwBSu5Cy7NnBUYEBm0NR1SAgWWWxmmRguqFTjfyZVNpNVQ"
    "ZReLxJEEAJ41DZwZNNsAsCJ8oETtiaynr4ozLKBVDK9/HPDGdl6mtNFuakXJP9/I0Be6U7"
    "zit9AWsL3VnIoJ0SVBDuSrz6h/DTgZreZmo6XTKpA20jUGi5G6bp1vBkveKptdTY21ak+m"
    "TjnJQrBW6lX9EUsYXuatYKE2mo44KA9T6sIQRUM3HZtZ4x0V6o7RZYyTlNqJRcfQHNtoQz"
    "gROeDXU72cF5OOGRrHxNyimRFiz0SDVNEyrhoUqFrIVop6H+SHVt44l8xuuUoSF2GMYrL7"
    "QL6Cx3If3Y1l83HjPBNqM40F+P/TfEkO7/Yf+Kwp6HFxBjTAM3YJdfe0qxetZsqn3boqRE"
    "Gbiu2FRDPpOqaDkLY35wMJfNoSpARyQItOTgawI/oI1QQYASApSHoSUVoIyy56y5IdLjQk"
    "gHBD9Y9I88z6k+n99v51NwGy7nemlI3fpzKYgSXq5Ma41L2VS9yFyKQFWAHbArzTKpx+9m"
    "C2gV5lv+zu/A5g1vcvJvoBIckUoQLoOcTyQhVZ+PsfFIx0kacqhGJADR/T6m8CQ50LmUM5"
    "W/aeDm9StFNlXMoXTVHV11r3sncR068pI4EFYF/UZJaBOnoBjebHddlXzBqCtKVMo27qnK"
    "1gd4gpGW8pE1h0t4aTx9LTrA396+/f77H9+++f79hx/e/fjjDx/ebA7U9KVdJ+tl/yd2uH"
    "aikZj9moLyWe+MxsMIPIPHhwsUZBbIRt7zBN6z4+6psDt/8IqFKmOS9YQq63wmWhKZDEHa"
    "GZqEFHtIsW8TrjPDP+a1pYRxExeCEHraYHw13IVBNFsnT7I0q6RoMaZVw/Cth2jlWJ49lW"
    "LEbiVqrCDDVPSq9nHFVXo88oJtg04nUt937eq4YI3swc0nrd3V9KZzw14WUx0TsiUoj+05"
    "WVqnPM7wzFth7RkLKt7sSFOKSUE+WOIQSxOgtw/FZC3JH0xLgvaTPrGOF4hQHFiIQ0Acog"
    "HO8hbEIRp2EJQRhqDfAd093tycZL7M6tu5LYVX8P7OgPg4oR6fTisI8mx4tvvCO1tS7/5W"
    "hQOCkTNdUPXRxDPEJVkbPYt9zCZDS7ycYBvpLv8s3JvolFkKDtJtjHRWUxaF1oPjd9+LtS"
    "Ws6iY7CSlsLDerXN12HWb7ADPlmMyUcD3SpmuGSROM32WuKhXnYOZnqr9VuHeFwGXb/DFB"
    "BRPbVLL4MZkVWeKIGCxwoxc4TDOV9jQk5cAcbpKfoWmPDDgamogoOBrUdzS0FdpdnoZtgr"
    "L4VQZ+hn1+huTbu1lehmjmlsjZkMjs2udzCJLKGsYmBaP9QKM9zOuiuq1MODIhplxnnvIb"
    "fC0MG2uyLpKY0IF+kmaesjn9JFNrGXRa19hP1CYrqYCuSBhsrbRFQCzR/tzRhc4Sbs32P/"
    "+VVBpsgL3V+ndZytqS0a72WWZhCnPFdtlRF6E0q6xkVXWEXdf/3mJVNbyeQ1V1/KFHVFUl"
    "yV3A6trN6spWX1900xO8sX4eDe7EUG8EktqUMXXR/yAzX6uohvoDRDAzKGJ+9BDe09vub0"
    "nkr24Gl0kHOZvgMvkmg37tmU9AOysyCuIcsv3aK/dm3FmuMTeyq2akB+V4WZDI+JyUiocF"
    "RlExlns4sb6gU/ZbMZmdL7Hj6E90l5zHZj+7QDr6FV9ZS+SPwMi1fIJEB73ahutiggyC6N"
    "sGTTzHIEHf2xjVos6bjwlvR8QKAtMb6WSGKIjGC7bxDE3W/lB61yfb8ui1P61JFmkj8d78"
    "nWHvevzHEfzFpaeBi5crd8PhgGziFmUTZ+g0LcggboxzCHICRIlNbz/kyWx6+yE7tYldE9"
    "rggnpz2TpjVAbUxgPUxpW+Ni1dcIxkYx8RAegPgH77wk2fLvvLQWyla/T0rag2E1j8MlUh"
    "7nt31/27ny5QID8mo97dwwVyMHHH5GO3f9O7ZvczTD9NUfZYynMoZR9JqQMpUH0ES5Op2E"
    "RFoFtAyoedUChTuO42UAXikE/ZHKM0Tb4zdcfVsG1bAodutu4Ul4L4RZ74hUFedNOYaZsO"
    "lXlf4inB+l/lJ/+Ye8S3YyeeYboGcc7Z/f6rqvWo/QVPX29FeORbMTjmmnzMQROc7KOvnS"
    "7XPE1wwNGu2qo33NF+aetEWIHSv9DZ5VCfsCFAEGwfqaKzw+8r208ZWlZnKNR+MFviMY81"
    "dJh500N7rtz7s7RWjTuwP4bkQXhF4Xmy7LXoLNxc23kcTv1RRhWc6d9PVrodtM7hXw5Sn7"
    "/eQ/LYiljFlZwcyxZov5l7NhwOntGkZ9Q/MuQYqDEZoEzvTfnbHssH5k5F3zHtQjgvwzS2"
    "tQ7onTldGOaMTnWYdqQe3vFnv2YVsmkvqaPokPe2McU3zKstUCK3F3dqkSs2TGOu6pzstC"
    "7iItybjui8JlVAGdVLR9OFTgim4OibCjwdZNloYrmLv3M219KiMs4KTxlvDPmN4P2JXpnD"
    "PBkurfpe4AsANbcxJ0jlBUv9J0YG34hIIYgb9iJLhDDf5IlgvskOYKbK4PtByLltCcrg73"
    "amxyUhUNYc33k6ZOKvlStIZ86zxq4onxlWuFErbDiary4IlNld5eljcjVWpw9VgNYWp4dS"
    "z/U4D6CKbkm1bXI084scJy5eHmwXB7Zcn87VQt32uNYxB22XhRyimsdK1jbLWXrEZXMPfl"
    "4+exB0Oao16q/HXOj425EWFhNTqYpdLQliSfj9R04qopCUU2kNSovV0ONFDtatAOCZI0wT"
    "O8sP1LVintyW4Zw7WJN8aveXamRvyMPBHfmzKArr9qltUjPqMMwj1Mk2EaBd2tg22ARUwF"
    "admbsUrildaSn3dDBeOSpg+QngEFmpNu07+s1SMD/gL1k9cONiCqSJ7fID9357iDkMU2lJ"
    "GzfwzeDup3B4Mlcpkd76hLWlQbSlRdyFVJJrShAciGkzgaNEn55i8MYEAd40vHPLXnqmrl"
    "ElVdTiORPdlByAKzBxF9icU5NizkrcrmU2r0ASAE4DDHGyups4Q46mYtl6eXI0edqbnLMu"
    "KgInl+BBCsi4ku2U4lLgB93vB52EWZ0Heuk22aHt2rd53XTR5zVPE5UIl7y+NICmbd284C"
    "Ye2wMyAZxnUYkrmUC+Wt7mSsP3DCpREVYfwR1lV4NFAsdwq14iHXAMg2P4uI7h93kY4XRU"
    "tmP4fYoTzhJQZPANxyvgCq46oWGi27IHQ0SklIQGpY8G+isFfoZscMPxNW7dsfcOz9/Xs4"
    "FLrssJ7LKjsstcurTynb4SUvXh/933b1pTBcAga4NoBj0NDN3MKAmcsbnTolUdJqmDurWv"
    "QdN61RzXmj5r7sLGzsIy5ZIohNI17uy27OuJ7k4XGjMpn7GoU8SuiEdKFqIe+aMeEGaCMF"
    "NjlBV1w0wBqVKWbB8VUkkfrY4ZviG4HkwLV61YSidFCo/urgMc95xXzk0nSMQTe/JTms6h"
    "SF2ySVRFiGvMh4aC2ByqAqTP/vQcd4nJoRWhOErdzWyq4rW0XnBZaN0Gc6mKlWXPWL+sw7"
    "OqB2wi1Q5yqZBsvNFtRm2AENKwe/V+YPvkhe4/y17/Ep1VDerGfyTD2Nuz64rq60NMf5y4"
    "Xpt4YGd3h1HmuNmetfTbUj3H9kVzl3PjsyCDMOPNweh1YdE/mTMfsemQ4bAWoI4xw0FDTj"
    "JDut+Rk/179PnxGwexdjdo5dnTBZuCyV0gOgE71hxEeM2bRGG3Gu46Jv5NmCwzlthn7oJ+"
    "A3of1zDRp3+iU8daYotgZLFAP51aJ3QGBy31Z2yfsZJzNp+MzrppgMonPedQUzVp+nwGte"
    "QayBkIngKNCAo1ZXug41LAH9gbJGx637+0n7+0tn/d+/vh4BfW7C84JmZjMuz93Lt6YJ/Z"
    "+E88dXGhFoDfvc9FRNjBQ0gu01/umhnPri5x0sRkwLUjcJSyV5dIY8q3+bfSTSbTnFx3b7"
    "s/9S7QTF9SDWdMer/d94f/ukD4y8qw12NyMxiNLpBpsXbeHwePd6z5JXtPj8nVYDikT0N/"
    "cHdBX862jXl/tDEZdW/vb+iMjr5cmXTG0afB8OFj9+aGfrSwbJd+bXNMBg+fesML/8XcjI"
    "eIag9yXKlgvHJcnkq6//kxMrnXdVRGOZTf5WGcvMumnLxLcU78R1Zj8RdxZEeMckJsV1in"
    "tXaeCGMWlRFwonwrS5q5kxJV6ZVaM3vHxnNsY/pSLbgWYnmFMqVqXo8ZnlJLvUjEOC4JdX"
    "GbXBfXN2m0XVpv1uOWEFTuXV2JRhRx7MmpRSlB5fAu35EBpJds6NUlvYSvn4lkKnBKTiHd"
    "oTT3yPHKejfuCSrd8cTd1AU2rkASti6UR/0qCtE3DeS8NLhdlejFBQKgNGrh0qhiQKPHZg"
    "nIPjq4hf2T8iIreMfEIKbfA9093tycZKhiAPAegFPaZwa82dTYKgs3+MxPAcNlQwnNZrRE"
    "qKf5OhFygjD9NzItF1lzxLgco8+P5+wPh/E5XKTbmBE/EJ/72yAJBy30F8xH84/Rq+Eu6K"
    "ggqiXuRFjhvYQNIYJTfBPkgHYQxySUtCc+VRudpPwI1fYhk45SCUS/5khVS2J9dZ4QcgCC"
    "QzD7FFDXIQiGf6WGPximJRimuUrVQYYSZChBhlJD824kLeohdrD9ogffNWVXRy93dlnX9n"
    "Zgw0ok7iLrKGag1kLN2ZUXMfdBTK3BLv7GVqZGKgFP9Gsrn4BhJtrpu1EW7vX20zXKr3r0"
    "lytwE+9KZQANPSPUydI82C28pais0c7skKhYfdi2pWBU01OjBKfBtl6STIZI9+qh/0vvAv"
    "nSLO/jbvR4y5Kgwg3CEqNuet2RnxhlsozPhiRGcX8Xdgp4eeKStTBXG+Isa5JPJxdxFVx5"
    "2c+Xuq68bZ0IOY9eSg4IUqKXGys9IOcpjYiAJpbDVxq63w71lirmxusk/aWRfZWDyrN9vE"
    "vAVqaETMNOhLzwpo5Daa90la4xf3OL+oSEu35P+ZScXJMBQQteg4T+z3ej4RmaW3ZIAumg"
    "kKXHh/DA/znSX3SDLz/6P3Sgxmf4diPfQQS/YBv9A71JE07quOEu1kmUosknB/rJUeknwW"
    "rK6DFbCTDO0wx6/5GQwDMqAoAmAfVWs4I2VlwSbKym2FgC01pcKlSyN2VEBMwASJuCrJ5W"
    "4QnknvqyTiBNSgZa+TSpSZiQcCC4qtW6TiIbfWUfwElL0k+Ks4gSjBdFYAe+lQRWlTuVIp"
    "S+LPdSnPWXv05vbp8TRrb1ilbYDjKHXMubLvDs77wGLr3khGlIQcodchYsAylW/wOdMicQ"
    "G/Sn5dlENxH93F6fiVxOld8PquQ2y6vU/BIzx2rUVj4jDGqwlrejoQYr1GCFGqz7sZWsOM"
    "a6QBRoShsTU8Y1Xn9Ny7YQs9v6BgZOdqWcbKDZZUPfzhBQHpodhIAgBNQeZCEEVC6ensPI"
    "YTKARiSAWAuV8nKBXF0ICGKWJccsIaZWWkwtec6WgKradfEir5ZGVcSLB+GyoknRKN2+WF"
    "IsOigXSZoudPKEWSBHR/y+9NsuJ9j2gzyOt3SQxUjC4VUmh//ydJM3RgxJxVFa8u5IUkX3"
    "2x9J+j3mHgks+X9DWYJGliV4NkTc5nxO/FC20S78Ye+q179/YPmvU0w/Zi543wHP3O/D3s"
    "Pj8I5ddD2bjEn3+ufH0cNt744KbENtY/LrsP/Q0wYfP16gV9twsWbN52PyMOzejT72htrg"
    "8YFtHp04c3oSWp4buda/i1wyWAjgYXD1+aH7mX0J9uS5+jP/JqPekGXzBk/bJnV3k7k7Jv"
    "3b+8GQ3slYrizbbUZgIDgopCNsKTll/Nelc+WlsU0LArgy8cssVJVto1O+yx/ihVXGCyFm"
    "BTEriFnVF7Oq1S6AkBWErCBkdXxkIWRVMp5QugTCgE0EFGrBZMJbUS0YiP5BxmKrwtUQXY"
    "XoKkRXBdFVFrw4yYqs8oudvVFVNqxhddG/luhjZQlum4WVzG9LypXjSjsu1BV7KltY79ha"
    "+TkrMoHcwX3v7gIxyTEZPV7e9h8eWFljx5ssDddltY7vByP+EfNasX9fde+uejc3vCAy++"
    "2m2ZTqxxAdqTI60i7fMuRDlONc3hwEBdY9KVtLVfFjKJtNX+gQk50r7Z/vBZY5Jghr3OQ1"
    "piaDbb1Eey3nVNDTguDmTPuNp/SXP1m2JLYJKQBWAGygQchu25QcgAuxTsh+asL7tAJ3cn"
    "iQloDvVWSqdp0OeeFNvHXywLs5TMG5vA/c5Hsnw8WcoZsBvnvwTauj0j78yLFsEFxGXULm"
    "X72hcyl0Jldfl3AD2q5oR4hqjoiHtlnNcsMev29vwSYPQu3QSqIBMZG1w7q5yLXQjAuB8i"
    "qyuSyPsHeYHLAJKbC30sC+6LbBXt6a7ziTAFcgCSlIaXih6tuxqr4BFR0I043Hc6MqypOm"
    "I2KAbU6eb6gyl8H1DedqGcxSfN/IHosZtVfd0VX3ugeUXyj40wBQD2qiUaVX4SEoCnEicC"
    "hsrnV2+RLCshJAnlTLUbApFyLHnUyIAXWS/27FqJNBBxAcLr9EIZx/PvZ8guRmjjHp3t8P"
    "B7+wD0NPNSs883PvKhj4J57ycaNP/ft7zrdcGKuVP+qq1//FHzXFxgswLr9exuUmyiHPyU"
    "qIAiuryays4OEvwrCMScIqN3mVw/O8wDInRGGdm7zOwJPPfmeqy5OHhuGqrbrgYU+1tQQ+"
    "daWu+rltLbVi9FSRKLjshRUbA91CdgunBWELi+ANnAIF8E1JAsCCcF5gAsnCm5IDcNPg0j"
    "dfseM3LQiH7/54aeylVUIQ6ivIEhC953OE+SL7E3DOg3P6gc6BcvQVVgLManPaBe97yBoo"
    "FeHcWQNi/QLw3Ue0SKpUOeCNWBGA794TImlxHTfrJaRTQNKLPD0lK+cliel+mkpVGS/AVT"
    "kiV0Uu6QLSWLJNWIqNFh6ccpDGxJTJCCgN2GNw/Rv24gaqf7Px3DYIk/JdxaUA2f2OKzdC"
    "rD1QhY9ydFsGcm5fSnyDActfeZZ/w95brSf59774fVhPBBbU5lpnl/Vk2TP6AOJgbM7Gs2"
    "Pv/ffv3469D7O3P6JT9lMwmZ3zqZzzzVxnF4guNOv2OkcWwSG3FzE7DT1ZiMmhU52g4W2X"
    "DuCNYy3beDKIbiI+2RlvEMtbDMYa0dZ8/zGx8crUp7w3r38FzS2bXrSYkYhGnx87bNZnOj"
    "n9NwXMcDZtbTtopRsz9Gq4C34HvxcoHcm/2zeI59vy+wTf7+9jwsatbGOK0cyY0wMS04eP"
    "zclnmqz9FrsLa8Ua8QZfPP4N6T/nHn2mZsnfldVk93d/I7Crgf9Ve8ZrqOhwVOM33MmSiR"
    "oJMUjU4L97V6IGeBnKSyqGlJd0ygud4YGnrTjYdU1xEkzyJXecRJapjWeGK181Ii6n0qNR"
    "c+UIgl/pi9nVTfk1SInCMhRehtA0pdtafiEEwsq4TWteh1CPlV+EpCSsQNEVgE7mVbfb3h"
    "pcUjDHxAph3TB/TEK7efshj3rz9kO2fsOuQfcOtfNTICvpa1z1PFlJkerDS7ycyMa/ssQh"
    "YpvWEhY6mZkFsg9ScgCu2CaUDonHhVQyBUvD1Y99SKEaFQFMszFlRYWLALuVA3RFxthSl0"
    "ye2wiUg6cC8Zao4bWJmcmmJCYFAd191JhNfPFAqsEgnKdlR0FerkH0DbOfEbM9NsuCth/M"
    "pTa82/dMDpZMoEqVgLDa1KO4yinVSSewsEqA+HYzUbuMhrwgZ1mlOXKMtsZWCTirnWKUsk"
    "ulM4zStK+YGpdegQHBDxb9Iyf+Q84jGvpO4NYpG7lTvTb6a640241adjC8hdWMdsCaUmDz"
    "0BoPoir6gAp4ihuk95AUK2lmxJhSBJtsavzFxTbRTQYI8N6OyXvzdTQ50ltUBhhviThYmv"
    "EW2fdFiFoR8apivCWgfXI/GF2gleWMyW3/rn8/HPw07N5eoKVBjJVtPdn6ckzuPw3uenQU"
    "/RF4TB66g8vugN5dtya6NSY/X1+gP2d01DX9y2pG/3Y9ePxX/+4CzSxvbZAx+fzY7Y8+DR"
    "4v0LOnG87C8sbk1x7FnX6tT4P7C/SKKVquxvi6Y3LT/4XezDRefEyPzveKHnoST1tCTL3Y"
    "8/t3OZB+/y4TaXapXczI1PN2ssJkxhCTfeh6d9f9u5/o4+LL04en22dPj25w4uMv/d6vjP"
    "b4YuDXMene3AyuupwJqZu8sgqjR973rz77cxjTZz5HukL4dY89TEP2GVUY6BNl8xrhg9v7"
    "mx6fb2otV0yjyagczr7Lw+Pwzidh+qT8ZjyUjjcpSAFMSgLpqRjpaWY4vIGf/AokJWEFiq"
    "0Af8zp1yrwDCQkYQUKUmCLHUFw/pSAPXtXykMflQLkgXDczhVY6Wvul1piip+UVZKWVI6A"
    "XL6yyTRsbyXY6pZlYp1kIL0RSiA8oVJVQbz5pN7GC5eDwQ2beUN4vOwn9vDd4+1lj8LOUa"
    "eDDDfzcOGFdGyNfyCxs1OCym3s8g3uDWbctVMI7Y2kcnBXlMgQ4KbPZjZ2BM6OB/xldxX1"
    "mKwCqO9iU/d+e4idKyG2p7fd3zjsGzL1zeDup3B4ZC2ubgaX0Iisxg0+8dZ0h9p4qdvPMi"
    "gn5QDtPGjzEGWRnI2YYD0pG7XGhtqZsZEnT4dbsAUWfCsGPcGak5CTXl/o8Pc1rPIm8FIk"
    "yzIhCyvd6JUOg2lFVjohCyvd5JWGDFrV9DHBsu/KoC2aOgtpnVnpR8U6SpXRTkpxYIske0"
    "OG9x5QHfaulgQ1JgOg7s2RgySYcAft4a9nZ76IMwOO0+OspeDK9zfbvu5LAFjtxKKUZpSn"
    "9RY/RgHafZXPo2+bAzpCxYphJ4LiEl2hovW3W2bRZCEu5EgeCBNP/7kO5lIVK/yCywGq94"
    "LVRYllZZcBkmIp7AnbxnH0g88mDtOtP5WqSAVssDKQuvenUhUpPxejDKCGfCZ1cWIMzwNx"
    "GvJJ1IZIC2qTlgLVASnu7UCMpR4djNSBxQDagBQLAZdwoo+CaVSCKV1sYkfivqDBiDXPxj"
    "QsnFCqxdMSEzOuUNiY6hTa1LQcAcdOHq57Pt9VOJ0iiBUpC7Ex/7LKQ0Ttw329rGJ26f5e"
    "VgPWGUp/ob912yuJTvMN6+A0xXRcB+kO78bEhtCbmwaeIcNN9Z0Kh/wxdb+cb77EH2cXJw"
    "lAa7jlmOhU3lpa7FfS2RC9sqL3smy0stgSdvyGVKw7Ft1g2PQbXS2ZPDIImmNyjn61DdfF"
    "VIh1n9JdtCkZktVE6pCiGbsyaxSrm1FLPk12dY1ng0hl1YTj6yOtVrkEVffPoaeSDLjheO"
    "UYweXnc/BzSgbbjYCKO7eK3gj++S+f+RiXU6lwb92pj/zdLBFg3wook21aGmHBV3kkeUtR"
    "GSAsQMn0I5BAoFByvnDv/kLJ2cFeKX9JEYvWj9NlmbObKN7evsybuOF+Q3bES0ShheG4lr"
    "2+QFTWXiPei85gY7iJRyx+B0Rn4pbh68JCM4Mbl+zy64Iafil7tdSZwW5stDKSbTfObWup"
    "7apiJl6EhJhyhk75NqRrFYA5JgQg7wUZEqWrTN2FLnvZ6LczWyRP9i4YB+UbXJ4jC2lEAi"
    "xYsLZqs7aSu7YEUNXmK0ce1BK6S5RswH6yzNnQ4/CKbdjNgM5+M3ZBx2o2HSwRk6XwzY0n"
    "z+ZGJZsAsQlSIVCfu3Z2QY1MP4rKDM6l7k4X2EHUXl05LJ7pj/IjmaxYRNrGrf6WY9JFLJ"
    "bmR16JhWzrFRkOsubzKgzjr8UqrqwLQXacdH+57nJjplXAfPKp/9Mn7ZfuzWPvAi2Mp4X2"
    "opseppv0+nrYG420YX/0mW5xvxqXZhvO85h87A9HD9pgeN0b0q9p2I6r8QdgTC4f/9Ubas"
    "PebXdIpZL1jo5v7mHCwBX5j3aVOYxIQZ1DiTqH7oJuGn7oy5cPTooqE9iqOZb4jNev9OEU"
    "OJF+Hg3uMqgeEZmk6W1MXfQ/yDSq45ee/GPuEe49pgeIYboGcc7Z/f6rKkfIDowZRrGHIV"
    "WcL1mHrxM3p9kEyeJ8UEMj+xlpp1ckxGhXDY1w7WRraKTkwJrfa81vMQPrc5/1mdxezbNB"
    "eR5flv0ZJvntsz03SYXlto4D0+yIphlrMitbQjsqoyIh8P2bXDbTmx1G05uk1fSXKzhHM3"
    "dvMBrc+CI3PjFcjdH1sbxJlJZVCWLo7PSVGaamQdirtFBzobQsPAqFF4Ke11pQVlfulI9K"
    "KfMUlHbUM4Ci/QQlcI2KAbBpQveTI39kRKWUwbTmkwKIHRXUU6T2iFwxxY0A4Am8juPwOu"
    "geLAHTkT+Loohun9OMyonZHrVoVRAH2y+8gMDBpUE2M6njzBRUUNGYbVBKGZUbg7QxhCJV"
    "Q6UMtMJCKqrhVblfOyy8luXajhRm2+fdjpaDy8erCiSQNd/wl75xkD53sf2to5vYQSwEr8"
    "/QBLuvGBNeI8JZWNTgs3kmD6tXwRKB0sQoPgmf40xMsKrp3mPyB5tF090/GMGKpR75VTaY"
    "8x45xgz75BXE72W4F3ROfT5Hc4veJbwf/WLB1+34tw2+RjCIC1gE56Ru/b5VSHSPPky2Fl"
    "KEgm968m9Ie2pk2lNiuYqwwRJTNDn6cDL6NLi/Z/SuYL+Pyeih+/Fj8Igkn+o8kYk8hQqy"
    "yxSkihRMrJkgKLGj914wvsmoF4z5/PAmT8yHjspEl19rc+oO9N0rJXMnfAlJrnhEDLo3NY"
    "eClF5f6IgCtTBagam91OUQ3QrAFoXsQfAyN8OH0jnIywxtkHLCmt0GSdxIBtIyS0nLTLyw"
    "SkBUtn53S6HdvqybRzYOezxkOWUjPSD2OWWjnSeAddyqd31nhydwSZfBkiqdu5VQ0PtUfp"
    "Im1B89Ms8Hf3GxTXRTs7GgIUD2Pk/KFdrtyXfacc+SiosZP1EcXnUpR3ZERLkiVOWfJZbn"
    "avR2M6wRSwblpJxyUJe/l9sVMaj3GFc3ZADeT/AuNcSsPKQS8LG6u7XEgq+eDBW0DMwyu7"
    "cdBfdZ3ZEuhvuZUN2wdNOCflPO6fHFL9DrYo1OGeGH16valnaanXU2FCR/LOcIzfDUcFjJ"
    "ik0/HXrkO5aginL1txyTP5bYfmKqyx/oyba8lePfklGZ6Od0JgsxBiBrL2QRVpfKnmITnT"
    "oUeL9oTwfxvwdlfzp8VNgP/AzKVDXQK7GrVPB+alL1NYNTWJ8stsudv1pV7+b6gj85YzLs"
    "3fS6ox79t01Pet3B9LOr7t1V7+aGfThlP9QMyjYd3xDxn02pMjwREajCE1OHy6jCEx6Rco"
    "68rUx9D0o9BuH3b3Ns+e/fZm55dimRYx28oDTZItspQeWsb6i2DQZ4bFxxA5w9LLNCqx6X"
    "BOZek5l74VrJVg9LyQGbBxh84MNqjGOlcxBDavt0lwCt2nSe1EHYKOpJtAe4wAWWaBGe7Q"
    "KL9iaXcIF57sT6wgqRU7OZiXJX06+YauguutfXyJ828FuxrL2tdY08wsqao6VBjG9XtvVk"
    "68tg4Cmfi//9rIMcS+gKq+fWYxLN3aMzUMsCsXl5W7I1WtKHZdvp2vDzBIMbsc7avMlZ2N"
    "LMwcRFk3Xgj+PeYvSnNQG3WAPdYu2L/7aYzdB0H6TA3F9hMmOQySF+ct+7u+7f/XSBAvkx"
    "uaaK/wWaWQSPycdun7sg57pR0P9YcrKkTo+15UqqpXBURJl6SaVZDAR/cbUAogKWt0C8Fv"
    "O7zpNdJevb1B1Xw7ZtCUyYXY3no1Lgw8zjw6SLxr6yBMpbCeUQLt8lDy7ibOjVdRFDwwnV"
    "Vl3w1krVeGqEV7P1xmXKpynjINrr/xwQ/GDRP6r2fh51GSri7x3kcAsIegJf25a6l+1mi3"
    "AE9zvYbqlNuEZPFvMjsS/POV+MUOVS2zFwaoWcsHSPQX6js3N0pTuLjl/0aoZ4jzbOCVvQ"
    "P7618ZSNT1maNd56TMJsN+R40ymmI3WXdz38O9JRcI2V9bK8p0XUv/e/Udc0uCfOCZxpVD"
    "Rwrq1s68Vg3401j6efsCHW65icMrKb9Rp6Dy/QHwmD6g80o1+SjnWQbuMsh93ZhlVHrfQn"
    "ehs6zOZfhJ3E9GuwimG+53DzTXhvSHvpgLOvgc4+f20lPX0xoeY2amyMCQHZeUfOzmtH/m"
    "lrM8Z81qXcCRJKKAdvJT4e9jandswL03ULVPIXiivjoq75MLHxCyZUh1nptig8sIucnBAE"
    "inLML1AGRbnp8bQ0VTnQ/bE0sT8dUBs9Xl31etcsjraZtYzQWvlvDEjihiRuVZK4fbgKtu"
    "USCMN7udh7OXQ4aIF5KvIXZG98sTRs/73b3/EmS8YBKxIrScoCob45wZF0TAwoMUCJAUoM"
    "UGKa7y4JQg7FWBsJWXgnNfmZAnZO9nPWTp4GsHO+xlXPw84Jn1jZhM6UHCR0QkJnHZgGHA"
    "45VONCsFWh0wWkHR9BOy457RiK3ZdZ7F5wyJa1YyPF6tUEN/5+yQHwVn0qAWO1M+ZTmmaj"
    "MuZ9mm54emTyeCPHyz46r2b7Y3PSeh8iCeW68+xwbi3jii456ZbTbXm+Os9R9zm2LmO9Ln"
    "QHsfRzurtsxjJllRhXjKGbZOCeJJazhluOSQKLswtEcbOtly2hl9ebDFPkF3QDfePQj8jM"
    "eu0giiwOmbZ+g15/AW3gyzaQL9t0fonAjxvsS3mCybD3z0dqs/vlIoM5xqR7fz8c/MI+DH"
    "c5qyv5c+8qGPgnnob3OjoLAoiJVXvaub8m3AhpoC8ty8Q6yQgOJmUTkE+ocFWYbz6p179+"
    "ORjcxLxtl/0Er+Hu8fayR7c5XwQ6yPB1h7QVDKUioVRkQ9TjlvqcoVQkRBFTkYUi/Z6zxM"
    "HbmH5tsRRIs0AQJyUH4EIQB9zjjXWFybnHUydoCQir3sI4662Tw6W7PUzBpbsH5dR7p2Eu"
    "XRYQujEIPhH6czdXO7uduWycZtKB0HlXLX/lX67gEc9ENRgNeoAw7dNxremzpI8rIlWjdy"
    "vcwa11bk2pgSefTBWVUibboOYsqkBvc/GykB2xlYNDpAHUJRXx3GGcHYdl0zSQD6TZCA20"
    "7eNdlu3bD+ZSFNzUeRjDeNgbPQz7Vw/HtRt2UkESz8Be60GOCtIlaHjbvUBugp/Biqbp83"
    "kYW+6gJ8uaOWhqsTabjKxxGmhUyLLRq03xRdZ8ftYJ+BxPFnb4OGET0ervCOZPs8wfdsRJ"
    "1jbbSEBhs0RQNF3YDNgw+dgw7LOrXv8X/7MpNoJxHx/vrv3P/CqOyUMLWDNqcgkCxqC0gR"
    "uXAxO3mIkLTI7sBVGXyQE5o6qtuoDasStnFJgdwOxoLbjA7ABmR7M8W8DsAGZHq1E+nNkR"
    "LTDuOPoTFrhCLgPJj5+H2NT5b9l9ctz6U6mDu8DyPRCnbb8RBRHasHAOwSfK+1HkNfQfqX"
    "jIFk/8ZUqf9CdBikwIadhRaD+wvchcimw9ycDRaGGseH68IGa0udbZFS5yglHANFMr1BKu"
    "q2S8JSEGQZe9QZepbtuGSI/OBjkiopyDvnyA2Yn0TL+A5E5OiCkHdAWlo1lNhWKFo2OS4J"
    "Jtiks2jyMeyvhV6Cc0rSnXYeWgTUiBtxA8sOCBbY6R1jnIAxs+3CUAexOZSlFsE0dhBmsT"
    "6qMdqT5aqX6y0GHxVXvKCjqAsnIOk5judwRB3qGC3iDIOyxL75xaTwU6fkalgCdYjCdId6"
    "XmJzeISpvt2swxMWXgL21LT3R3upAzpaIicExA3mbN6G50FSlsE1KA7H4XgBOJIR5oSkXD"
    "kS0DOa89ldhgkMZZlatlbxpn6vVWAr6X4TyKYht9pzcqO/ZSN9nK9Ihrr08ENm7semeXjR"
    "vQ9ya+gEYfVdvIaeueDAgvFk6esF+h3J/rG8evEj779kU3PZaiyqdGp1TZP0tnvRadRGBP"
    "/36yJXA+Gz7/ysbzk38fYmjvsmEUs7VrsV6yLXK6N9kVWUMyJqaSBlOzMRk+MUUSZUPZ+i"
    "gF8vCfPAzuH+/pg2WtvNWY3Hf/dYFW+jrMcg1zXMeke/3z4+jhAumzPz3HHZPb3vCnnta/"
    "u6Bnk/2ENYOEnw0eH8IPLc9NHm15KAuQG1spI+S7tx/y4Pv2QzbA7Nrx46zN6nlcfuWyud"
    "yGnRferQ2LS1VNYFpS5cjKONbF4G4l1DsNSj9sj0dmado+Lt0B69sj+tylB6e0TigUB92w"
    "sG4IjLgq42dQ7eErJJkWSfY/PMO/cQtcrbO+/oTepgGc19WZncZ7bF/nlW7jIV4y/OxrbB"
    "ovWOzzFI7r7PJ9TqmEZgci7BczGTnvJ50BhTPwzo0Wd2ca5oz+jf+Dnb4d5GDiIt1BOvoV"
    "X7HujY43YbNNMAoyc1knxiU9Yng7xgw3aZV32+NP5XcJtkfo7ZnR8RQLcK82SGfLdq9GVz"
    "Cv+hYRgdeNlM9UDGgb/KSNMa6D40WoE2eEAjYSu3ThcqCu8wDZgSxTZZPZgXi5MulvEz7r"
    "O7ID42IKbtEK8gMbXl40tUlPVpjMGGJygJ/c9+6u+3c/XaBAfkxG4SdO5JMH/k93TD52+z"
    "esbuhcN0xWSXT0uX9/zz5wnnleZDNiJbrLNr0rWMDMV2JUBHiTyffh0nmSO3Q2AuDM33/a"
    "mLrjati2LanU+riUck79SsrfskOsSNL3VgzaqTan5mba+QYu1+ynS12XKxTYVW3VBQ97ql"
    "wZONrL0vTA0V6po33Dhz+Sn505+05EjnV+oZODRcz9hbYfbYdU2VY9250dnmP+3xSs2RZH"
    "OF5BF1L5tbwoHMKaItnwbiWUM+bysDWzuZoppubEsN3FTBckemf7kKMyX7MXGUyk7D3bTm"
    "UZWCmgLDcE4PYry5a34j85rS37V3aqy1M+Jm8jSuQPRwv6zdBkzXkePjDn6A8H//UH/XLs"
    "X040ey64BcupY+PD4B469bfAWQe9LozpAi31Z+ywlpPJiExd9x2TFba/9eWRaSwNF1E88L"
    "eOPt9BTAnn5Qfo5imgX+owNgqYCgeaClO62WV02XC8clWV377JE5V4kx2UeJOOSfwlsWGD"
    "0fW9jr9r9I5tc8jeI56DwxXOHbF/vHscsYC7Lz0mwb/433u/3feH7J/4y8qwmxKNf9FNg7"
    "7CbUtQ+mG3xRGXVNDiaImFkSv25u85p4BhGZesZ5kbYqC3bpUhSbbsFxc7uouELp0yXTHA"
    "SajsiXEsz55KKc9biRodwVNTN5b1eIPLVzHAqZkNPTg1wakp8z7aSTPPxHU3y/zrRXaHuz"
    "jq6zrQYew7Jx8iE7YM6ryO48Q2y1ETD5zyCqSKxrd3pnc++gDs89Jr4VaCAvBttJ+A1XKU"
    "VIXo15LAOCGmHL+lkmQF5Qv3dW8Hjyy1TF9aHksuu+6PrvxPZoYzZZ81w4Htfz/5akVxOW"
    "WyymquURTuBW2yknhbJqRqjJe9of/X6FdnRHmiz80GKOntLZKGTV5sk7sLGzsLi0pLL0NK"
    "FNag2Br40caZvpbJG44LQRm0LFgbEf5tGNItccXminL4a+UK+lbnWWNX1LgaVrhRK+xarm"
    "5qf3n0PzJ+4biUMu+m0o5Hw3E8PNM25k5eb1BCDIBNArvCtha4NDn9VAJckSgw7lL1TVnE"
    "mP/QtL5qWSbWSUbINSqXgHVCBavCNXRy1nvOXw4GN7Ej/rKf0ETvHm8ve8PT7/jZTgcZbo"
    "aCajiaPnWNF1nAY3IAeH7AoTwylEcGzoaqtTqa9ny1c9EFtkOqVMeULsKTZcueonEpOEP3"
    "MkpCxNIgyzNKIlO1C+O8dIfE9pImPESTozZpfwmtLBD8+HmITT0j+pnKL2zZyyoL7/9UyQ"
    "gJyDgCJsiWprOvrAkQP9QifoTFaiRTFRNiymUslh8PJ8b0WZplE5FRjv5RPs9Gf6G73NY8"
    "25QBOS6lHMyVsGxWFCOpnbwRUK+0bXUAawvdEXSm3oPyRqoUqBt0Jpd/YFgrTORKNG8lAN"
    "196NJfaUnCGxEBfPfha+IXLPWm2wjU+JIjlr3UzXpedeUrbSuL3ym/2bEVgNhiVhvLwg0s"
    "gap1GF2OswqcFS7CWxQIwzoUW4eW5Da39cz2HZJFgiVxSfWCJe0NjqRDYryRh2k9GaTAQq"
    "eEYa2bvNYQ9M4+TNsZ/4Sg91e46HmC3ktsP9GVo7/Uki1RkRSE0HeO2rsb0NJQV5fr3zCQ"
    "86f6J7dYLPxNvwa6e7y5yRf+5vW9Dox+D+yZSngLnQXU3gy7UBcH6tKfrEfnysPNaNpLPh"
    "dg0XYjBxAqwvYmSkIElJN9EOmmoTuHPm7+i6DLplIVJ1d/KgWkB/1JVYh8V3g5B/g9n0vp"
    "89vxJpvJD0Rr5E81wVd0KtzKKmJH5Mf551YmSW5zrO1tABY5S3M0NiAW48OhKf0VyG8lwN"
    "oGhM0ELpBOkGXOwhH0Eh2OHPoNkbOwVit6wddPEdNPkeGiUzbAxE/6dI2M5cqyU4VBarnp"
    "mPAhDp/CoXI6uzu9BycrnJ2jj5ZHeEsFJspT83jvhLAJgmU9eytkGs+YDwg+ZsSzrIYIwC"
    "c8Zs8D9hQSgTm5o+3BVkQ5HmH5LdJaEj2KnDgtjCGBxzkb+nY6H6E0bmN8jlBaNK+/saH9"
    "vnzk7/X1FaP/Z2rK4YA8uvJKX/NkgtxtwKju+C07QZHj0o0z+/ZFNz2M6DRLavBw9TCiLj"
    "J10iDGtyvberL1JVNeXx10ytDAZHYeZLacU2kmSHVSdr5RddZJa8w13XhMRp+637794T0y"
    "HPSMV+5FoB7T6ellbM7ZBR1NsG4zdZh+E3p7QzfR3LKZAm8Qz61EQ95FElJMSa6FF7S7fZ"
    "g0BTwmpJw6XT6Jtl0NeIBCktbsclFIoF+M2uvbzA5LrdPbwQbOBzXYwGAD73uWwAZW3wZm"
    "4dtM+zeI7e61fcNYcrlVFX6P7DJ6B2gFfdSwiOvvhbxWXDC8tra6LY6HgJoCagqoKaCmgJ"
    "oiUlPuGcniincpFegpkat5FBW/vASvRJvbT/8rpm85l7Vat9ELtg36vWch+SOknCzoT2EE"
    "kJB3gl4NdxH415HvX7ds5PPJ6C+03IB1IvDOV3m7MWFH0lJ3jalummt0qiMbT9f08NuQZ1"
    "4tj8690MmMu+st+o9tIIB+hTVyLfS6sPAL+x66w0cFsvSoOztHfXdMXnXDdbgjn11ecAYO"
    "ncB6JeHv06ecKMNmo3tzbtjLDvvOTIQ+i/M5u8B/Pv2VdLT/47KiAb8HxYX9I9C/HaiLR1"
    "UXj1b+pWkHcNXuf/q0uJ6AbpmvYdhWujZN/WSFyYwhJgf4yX3v7rp/99MFCuTH5Gpw97E/"
    "vO1dX4RnCDvifukN+x/77MPw+ByTYe/j44h9ZOM584gnz13g6DTtqVFX8Z/hqTErmN0flY"
    "RwTpPDOaFCIln7OC4FJp6oMWDwFMhW50/JQcgsDa6vO8sBG5OBLStA1bSmPOFFDteEFGzX"
    "/YXQI1YgOHx2O3wSrxqxyyd9NAC0+6GNHYj7gd2+mEoA99FRKaE+iWzqHZ5Rv0B0+JYA7k"
    "1kKjUBTrxzpMtDVOoJjqTQilzB8Qzb/b7gVHbvfm/wgGA0XejkCUezDL9xAl/rObq3HIO1"
    "3ELBtL5n9o+QaWmRP5BuY2RaLvOc6i7yr6CP/Y+D85Q3uPrb7Qm7h/3kbTw/zJ8KnGt2rQ"
    "7ONd3uUp06N+NBcxdo7uEDUMS3Gso22Y190usO7y4Q1m0yJiPmYr1ArEQq95n+0huOesxn"
    "+oJtB7NPHh7ZaBu7Hhvf++2+P6QD/ENlTLrXPz+OHi6QPvvTc9wxue0Nf+ppfSrBw0+aQc"
    "LPBo8P4YeWR0d+HAw/9vr0s7llz7GRyvM+jn/Wxroj0huy4xdbCfXKnL79kAfftx+yAWbX"
    "EuXrG0l6bl8cLrpn53Ibdl54tzZMxa0rz0Z0IjC//e4cG+GpEPPZtw/xHQgzH3xG8XR97o"
    "rcCHtrp2/kQFGBnrWQSNIUqNUN1AJDs6xnCRialTI087QtrdIxl6rWJvDOiSq67XXROaEQ"
    "RwcHfWnykDY3njKdOK/YZmxCHW2m+3aJHYf+FuTi5cqkW+U8oCUyjuKmOkK0nB3STdN6ZR"
    "dRKLvyd1uCvlnPjcdEn055TYU/WOEEw3X+8AuPOci/4HDW5xpzImnAFWUAhpPkcf6F35Ft"
    "OSBTHjX3JrISKXR35ODExZrsh2qMldd0OmUpTr/u1VXvnjnq+FnBHHs/964emGPvTzyl/7"
    "7s3l2giU7G5GP/5qE3pLc1TDd93h2NNjkzpHqaRSSUaflUmnHjbwJqo/AXiASqaUEAFyxH"
    "sBwb1fgFVr3Gzi/gLwB/QQv8BUfO6Oz6qX8nAi9BeKmzyzkQpA5WUHECjNxj1t0OKm3mtW"
    "7D8cqVCCzfYuL/lYA2HN9kI7YxHgOOjhDc/f6CULbJQJ90R/TKBdIdB7tjctPvXvZv+g//"
    "ukCmoU8M03DXY9L75yP/CP/l8X8z8tDdY0AeIh7mZKHe3chnC2Hi4Gb4EgxHo28P40Wwgp"
    "eWZWKdZBzqUbnE6k2oYFXLF55K9UbzLweDm5gSftlP8BLvHm8vexR7Dj0dZPiaRtogXuk2"
    "ls2Ki8lAfHqvjuzjVYKOHFHH2gVwXh05trOkY2plt65TDu54HoZBDm2i9bPl2UQ3b+hMzX"
    "k/Ho5SlcbWpTej9s2JwNYKrnR2mVpzg3Du1YSPzRl9/XWxrdiClvraJxQji7BmTGHdF4Ow"
    "fAaLuIttMfngbufB3c7SCRHlTi2Mf0bThYIZtdDU4JNCLPSoZmJyTfLaNEm5JqvcjTEc/Q"
    "0vgfJGQEF4d+3bEN0fM8H9MYmtvuT7cS7UGnakS8XlVPIZ15I5BVGarztKc7xaDI1b5JJj"
    "3eFTIUtBT8mBib/XxD9OUnvTdnAZWe1bQ1+8l0tAWO2aDKnHt1FFA3qBt1lgAPe2juj9Fn"
    "Dgtc7dCxlZK7bWrFFwIOqn8Pum6ylzO3XQK/3OTgd5LvOiG9g5Pz8/66BnvMYzP5OfVVG1"
    "8RQbjNGru64+XbBqsNTkZW9FUf3Ymm48Jq8LzKxuv/1ygJJftZaCaVsv2OHdlJMGeIhjpg"
    "UOxjUY1804AKs2rsOkz7TlIQY5HH9gEmkOmOvc0nJJpGA0H9loZm1Ol/SwtqQyEeJSKp4O"
    "ebqCfJfdFeS7VFcQChmWOoM3AsqVniifs7HES0vKrRmMVw7atz/8kANbOioTXH6tXTk0FZ"
    "Ykvx+MHlid8VBL9jNr/MrjLLemYOnx0k8XKEJdQB9puKsznYfg7zmtSB2jhCAcfHkOPsj2"
    "yUa/nRGFPNk+UHoFqr23E1xWNVSM6y5bOiqlEKo1G9IQh4RQWQOjOfKhsu1rDEJl+2ruJ9"
    "/4OcqXQ3X4SqvD47Be+IHIBtTkTflxNRGOvvoPoMv7AcVlWNCpOCE8COF2N/MpdDJXSgtP"
    "A5cdII+jmztUriVWOU/ZLmeqE4JnYeiZdQQ1yItlTP0gNtmEtE/vrz920M/3vZ/YmPu7n3"
    "j4esXJ36zlKItwTnQ6cBPNZk0l04Tyem4JYe5mhbnnhollc2KjMgoGsKrxh1nEZflV2Smy"
    "GZ6RhJyCeFdQucz4bwHImWdFOBxMSIFx7iz0tz+8l9myWwnYrDk2KzuaRV4notvrTPaLqE"
    "3JZO36pLyWAbzLf3QzuIy5vimOl/277vBfp7fd385i/u+bwd1P4fioW/vyXw+9LkQnIDpx"
    "EmrjUopkXAheEcJsB9PSi0Qm0oIKOdGrcuJGioYc6KiJsL5btoNzO2liD+/+/pORDQkuxr"
    "3JDsmHt1HZDn3yQu0my17/opueHoCQ8usIRnV2OXaMcLz2Egrk9OjcWi8U9W/1F7oVnjCa"
    "0lcbK1+ORp8fkT61LcfhrpPpgkJ+gdjsmHF00f9Gf7lrZPhX6R5xuWjafVPB/OCraZavhi"
    "6UBKrBaChEnFRXNntfLtYfE1MG1ZpD/c6zJ6cibgXKgbz1B0RKM5R5vcYWIr0KA4IfLPpH"
    "Tv1m5M/RqiXIq91s912e4N5BmkosXirQUZLx1Gzt5E9/pFQj52zkhDWBHHqLKd64o4N/Ht"
    "oWBXoil3vgZusQftiaSKV8RGWUKzH7fZ6Egu+zEwq+TycUQDKjdDIjZCFVmoUUP7RzB3Li"
    "YgpGc8p/+LcvRHmgoTdVBszpoBkEcLKhVzeAA+kl9YUZgMtcOpc5Dx8USgNngF4pBzQKWb"
    "YFHiK63wDfrGIepucMTwxOttSR353vHF3TVw9x6AjkH2IOorsJ2Xhl2a6Dpp6Llrr9ZBDW"
    "zXT0+bGDpnSBnyx73QmKG7HyRNMFo3OaIqZnHbcsOXoALoK6XAR8c8j7x2Ni4B8v5h/3n0"
    "Z58ONygH4x9MFzcyLtuQmOfBlzNyJSyNhtmJpYdXG0lW67RNTob1cBpI2IeghDDaR2eR/D"
    "iohSJntcCGiXIl0hUMAlfSFxKfCENKYWREP361dTDELxXV039UZBOHexso+TPN+0M6PE7H"
    "mBClECvvkby7UV2rjmlANcIRVMGth8ZLCGHQqlscFEelkJoF5FplIT2YQ6mgPe4xQxaim8"
    "+WoYHSdD41Yn3g7aY/RyJ0+xjSUXkCI/siYR+uxPz/GbRLB7Ba0fJutNJ4dU44b4jc4u0M"
    "zW564vZBG/9UMnqHuLXItlVqRjMDXdeExMPHvCNr1urlHOThVL/Rnb304XmN7ehvYUTcwF"
    "aa6r+hjnoDIsw9qcqJV4+jLICz+PBncZZnsokNyWxtRF/4NMw2mxpi4ClkHBZt6QrUI8N/"
    "UMIlBfCaoZsAkuE7C7lkvfCtIxw5gYeKyK5zRBjf+Sa/yX318IavzLn1VNYoeGmECN/wa9"
    "7oGEnY0+kLCz1hxI2CfZQRqo8a9eXLeZqNagJEN2AVRKbzy8UCm9AbHe4wQg7rFtWHFfdf"
    "xKZ1fYYWpaDt03Kz40d7KHL4WWFnEX9AtZge9/qa/RhBfOphcN4tAtiQxBlaciE4Drvlmu"
    "e750Um7oUEC54gu7gAyN0h8zTdIfUwap/0gWsEejgmCOtsoc9ZdO2hpNiCmk2VeWERxCBj"
    "rlPpU9sbkaVRhzhF3XxLOBPeO6QEr3iV3fqQE5/kjNYkPzEy74cPS6oBihlam7c8te+j1H"
    "XtjMSEf+xKxdCrI9QlUerNt4doH8fdBBjsUUH38ewwmGz5D7akyFTItq7zgmp+6rhVhXDA"
    "dRMBmjgxXTdCiuvkgHsQF0YickZ+gusugDcjC3gk8vd/JFRaCm3l5tTV9yNqV0dDUuB+HV"
    "wuHVOS5QrDMiBNAXhh4CPF+jRk3fU3JvlK2ASs9aVWo0RasEBXq0UViGnspNWLd7q1Guwy"
    "38WTVjEiNyKNJsrFzlGDaYteZj2iZTP3lFl1Dd3Xxo4jnVNj2347fje11Q5fNVd9CcKigz"
    "kYuxrGmhAkyj3/PZOq9N3xeiErHZb4CNgDKlR8qLOn9xMS8KJVcTMiGmHCOp/CoOx7CFG+"
    "agKnvvhs4SragVnDGBMqcE2MJfBe6hp1Ma+4Qg4F8Mf8uzCx9BaVlYhfITHTK2f+XJDcdM"
    "ocqjwbzN1mDepjQYYomS+rLhDccrpxxWQlcHvxb4tZru19p0pTy2W4uhv9OrFSxPLqcWi3"
    "zm82kNSCRCGwnKco+TjSmsU4MFXvUniq3D/E+275dy0o6sA+cC2lyzArFHKDRaJLmyNvWj"
    "/CxJ9mDwv0tAHJUBNSSPGsKCntrctpbimGpGfk9U6MAaDg3zWcmVcOBAuALf9B7sXJF3+q"
    "tCjkeWNJ70L/F2SkgpYzqX5iJd6u50gWVe+BEJgDOVAGnM59jG1EYQOBqy0x/jUgArODCb"
    "5TqbY3qKFvHcO4D8YcjjLyteiEQe/aQkrECxFfApzwVIhDFBKL3S5NIrwBTNfujUZYpCKR"
    "CoVqEMIW5HaAPy/SPvq7Jru0MpkLY2Gk1TnFv2as7CvdJeo11vZrg31tOJILy2udbZFVnT"
    "2SjNtJ7yBdWy4QCCdoPfR50dsTBWsls2UhOVUS5SUz6bmD5RwiYD2QBvJdQLNpaPL31rGO"
    "7ax0gC5ISYekh//zYH0t+/zUSaXRIiLZl+EBWC42Lvdp7gOdVV0whn1z7fShxU/LyZqqwI"
    "10pqn7P+F4LWqNmwbwQA9eKovxi6zGESDK/xGNFXRj0nSfksHGMlA60/WrkD+l0e4s27bN"
    "7Nu5YXq65V/1DXQc1sHjnXdERCIfdpVZxvzxG9fMFrF/PaRbZUowqB9Wd4ubJcTKbrIZ5a"
    "trASanpQZ5drytgO12w+vgIf1e8nztTy7b9nvD75N/is2uCz2qxZ7uSxUEDB3LHyDVD2JE"
    "iAGwxXENrv3n7Io5K//ZCtk7NridwxTH+p42oL3ZEq3ZuUUxDv8rdyVp5pNkkxK830603U"
    "i29eZ0XvIOWdispAc74DXCXtsjuBGVXc8EzZScdR6+9ta2kFS5FubLC5uFONX4XDGhZh/l"
    "pU9eqSKOlay+gv4XjlOg+UH2aTjcfXH4tvsUr4TH+XGNz9HVZD2SYDffLx8eZGG/auH68e"
    "+oM7OimdQrPxzOOkgjG57w2vencP2uDjR9Z/1Z6yvHprPh+Ty8d/aXfaT3Te2ws08dYa0e"
    "hhqy3H5LZ3e9kbavfD/lXvAi3xcoJtbWULiqTnWdS3b/Lkwr7JToV9k1fPb27j3Jmtz13J"
    "CMjJ9bD78eECcVm2kLyJrta9vx8OfunebLrpavR1bFsvujkm/jXWRtf/TNxad0zoVOwDKo"
    "8LNdotf0ndBdWhFpZZIN0mJQr5NsXybdpWsV4t9G28wiJb79KyTKyTLGs7FErAPqFSVeG+"
    "+aReK/tyMLiJWXGX/QSod4/svXX6HT936CDDzcA68h7UJoKweXZZypSgMtu9NK8RUyX+cg"
    "VO5UxUIxIAZyoD2MZYEs+oCACaKrzg67MW8x/JnbYJSThyJY7coKSSQGvP9iVHZer3JZ/8"
    "Y+4RbkVR68gwXYM45+x+/yWpxzfWw2xaU56ooxkzqWVJysHSlL401Ea1XaeA7z8mqB7lrC"
    "We/hCknRwzan0XWeGIGKxvk9cXivJWWQ3P8SZLwy0WIE3KQomQJj9HoSuzwEInRGGdm7zO"
    "vntas7HuyOVPpgThBM1zggLBJBt9tQgmscyG1azgqsclYdWbsuqCwzX49oJ3qGzFpbQgZL"
    "cInFv0lz9ZGVWXsqtZxaUA2OxGwlAorIrarhszSBZegSQAvDfpLXze00BLJ75dRaZqF8a5"
    "S1bFD0eoB1YquDnrgWWdFgDwHoAFB2QOiCPKFiC8B+G0YnpATTs6mWn4Qa0DS9ttePLd7Z"
    "QtNIWyViFecMLFy7Lg6tO5VMKplkSN6B7blbOR2Is50je05BOxvwPXr6yPu8VaZ4WTIEen"
    "Dyj9jH/MO2RdIB3NDGfKCINBu3jCO8PbeIrpXOlmXOVNC0ULG82EzM49gQSJKssVtoz0q8"
    "huBze8ug7ZPG54/tqSc7pERVR63krzZ221Fylck2KA7X5XFt+LJdiog3CelsGb10qNPrPi"
    "fr3CDVwCsrGEbUXRTT65GU7CI6fTc9N2l3kW2r557LKNzb3fIHug9s/o86NDbaOt7TS1Xr"
    "DtoFNCbacLhOk/1mxQh9pR3GAK3a5nHfRquAv+mU97RzwBFL1S0wkjw0WGw+yvtMFW322F"
    "Fb5iz5Dz7B1W5etrsfAqqxvAV0/euoiJKRRaqruDGmhE1UVPnz3JoOlGAPDcr2GCLlSiLi"
    "TUNtnL8XBsR/4siqK6fWYbpVte8UPlliqM/o9M6ZbxATt1S2O5smw3OKe0pS+SU8XsBr74"
    "QApZc6r1mfhJn67R3DDxNw7y50ULrM+YBuha6MrWZyZG/k/tIBt7Dp1iHmiCBH9xuWxas6"
    "z8bkKFMqwCwxEGZfKYyiQEAqBSUvFKSffDAauSNLpgdimrj+SMyehhcPX5AjmuNX0O6x6N"
    "wpJH7Prj/f1Nn3/meCwkyj8d3PfutMHwmn9urTDRuJ/HSZ5YeRay/D4Q/rLIJVpvRZqRzM"
    "tuq0wyL0R4sp8FdSM8kGih2qpnJVqkrNjjGAV9rsj/bE1OBAbB9mIeY+BPawIFXNXSnUG9"
    "U0S9Y9aqrCEUlYHk2DzJsZhMrVngO8mLclRGOZTL38hNr+IqgHq6wNNnPJNE/OTqU+/qc/"
    "/upwvEJ6Cgjwn/TPvY7d+wSqz8c22u0+d0FlzbfMyLuD7e3fEJbI8QLn9N9ZcLNLMIHpNw"
    "llB+OLih/9Yuu+zwsy3TZDR5qmM04wBbbr2See3TiAjYp6Xbp67l6qZmW68yrVPiQlBlMB"
    "ketJ5lEY1IAJzp6rh+7WpZUFNyAG26MiN/ycgimxQDYJPA+sa0PLIpOYA2VWNYd6cLzTH+"
    "W2AGZZcZjgnVB+rbN22BFdu2JaD17jB5QgHl7B0ouQQ+4di44pGAuUEMZ1Fo2ROiUMCuOa"
    "7/9DpHLO0CS52WhtVu8mpDaaIaK+dAaZeyS7vkKYsRacSeoO5LlHjwI4/bHvAt00tyVcIQ"
    "G3gFUKJnjUIQVR/tDrZVZsB7u+32xrwjm30/8XVAMHIXjISqE+RPgIInj6U0scYV9Ft3kE"
    "H8j5nzmAcR/8798QwC5JGZhR1GQ10igl+xw5iotiOogVH53aA0RqMTerKj+vTgoQqKjD90"
    "IwBJKCIHCHENd+2DkgJ1V+Q3JtZknkRBd0j5bW8DzGTPj5iYSnu45tRA/IV+BZkY7EYAIr"
    "ClR2D/tCZyRuRWQKVHoCrz8U+f9nig3RijULYM4LzW43ZfifMHj8lsHXJHTJai71tO+7X8"
    "wFIrl9n6e7jFAvXqoDQx0J5Be27PsRvnvAh2866Gmr5AjX00j+PbLrGNZpHuONAWRyZGy0"
    "4LGb04HA9qcelqcUiEkTxVomLQo1ficAEzBMwQMEMyzZCu5y5G2HEyym1HL3d2mSI6Hag5"
    "/kiJeINpPRkEnerItZ4xoSOXhrk+u0CG6yB9OqXz+VccNNVte80/N2bodHziGLPxyVmHf2"
    "LjOT1xF8EkrAZGsIfoncSRhxruOyZj0tOni82opfWCHfTHdsgfrKL3ZM1LfvMKcTp68uiK"
    "4hl6vGd8AKSTGf2f88rqfugsxBG/5d9Z7MQyZ9gek/h3WdG/Y8JiKfqTzn4prxHCfh961R"
    "2WPEYVDhZnsfHK1Nd4dkb/9kJFeTQFvS7odRQs5zm6sZ4sz+Xfhpe5GxOKEa9L7odpqIzu"
    "oqXnuAjTMeE2oH9x0R/+vIzt88ffE9jyYifB9VCKfbcVerXsZx4bcsfEokcHOmXbnU5+7u"
    "CpZxvu+pzuLR4nwtNnhxfR81eAngl0vfgXMi195gSl+EwT22fnqIuoucPq7fkPIKu4PuUl"
    "+Ba6Myb4y8qw6YenxApwXBocRFZahQ6a6uzrGaaJJhi96CbdEXR2clZFvClb+RW+nAoqvs"
    "c1mCvxxhdJFxUD3YYU0YJgf8iB9YdMqD+k0p/olreksN1KKIhuBfllc4H9ttNgCCTAVpCw"
    "FbavZgl7IS4EaQ1JUPXZjCojGTmxYkgjIsr5d8ovcgUE/Gzo1SXgB/p+oXVPygIpu8mkbN"
    "8qcQqsc1yynue7TgNCpVXemsnyT3NUEp7lNqxykZBXUlI51ah8Pp5fFEnO/x+TqSiPpX1F"
    "uCI1AB1ZRCMSgOe+gIrnlNKEqLSEoCO8z/eGUiIban9JeP95LgHS281ESoIaO/eaFKK6Yb"
    "Gaj7phejY+EcSoYtc7u4JUPOrDK1J57J3eyROl+sjrT6GV7jivlj3zI0cOWmEbnbJ9yL5M"
    "B01NAxMXBY6LswsedVjZFtMdHOMFs3iDvmYBj00cw9Xn83MWNktHqGq4J4tOfcYrl4c22H"
    "yOHzPRbYyIhcL4jmtZ6JTN60eh/BgPsegFbJp+4o2+0m337Bw9GGwSJo9X1nQxJkvDNA0H"
    "0403c5Bj8a/HQl3eiv4E178dvwuLbQWLguhXXNNfarKg1eifNzxCZrkLdO8rYuwjFoai/z"
    "XcHQXuQ5T4GgfeJCAwtoLAGF26vMpxVEbBeEIFHXJb4pRtMcTR10xORTkqAoGEpOFh6o4b"
    "lJPUlqLU5B1HdFpWGXxrzrGamBYvkUbf24YpvQ4iaViJ/CuRMhyPo5KPAhLOCLtuRrem5J"
    "CdinlI6tEcf/QRC7U/Y0E9jh0cEX+4cmycst6H2Xrei256AiUvm5S+EaiflX4c73Yl/HNo"
    "4ZH9BLQzWiwIPDSphceIOR1u57rwJRFe2/12YKO0gNAE7Tta5ene9Qagb30bC46hB/wlq9"
    "3sRkIJE3TXAdP77WH32b85X24Gdz+Fw5MvhGR5CgaEbOpRRArYhBJsQm5zOi5eFTBVQzGw"
    "jQpWAvH3bBHOTEwS2BTNUWrSbApgPmY/du3UZXM1IaydgKCeWnaQbbCPrDAg+MGif5RLVW"
    "jWIpRGVSjP0Lpa6IRgs+uHbk8E5lZiRGeX0TX1x2pBJDhvTqdnI2dhrVjclsV6l7r9jN2V"
    "qbMUPvYBv8gC2fQzd27Zywu/qqMfOfbX1g90B1+gsxnpD0TG7OxMkNRZ443BjmyWHRmuk4"
    "zfNiqjnPO2/Pyz5nepb236Dj2CNcmgQ0RECT9IYve+zZOdSkdl79+3qQxVBlmWv2k30Ir5"
    "nGqoNuQn+Ws8g14K7YSccodHJWi/4snCsp7l4U4JKod3JSfJRHew5tmmDNRRGeVQrmRXO8"
    "YT0eTLCiTElMO6go7F1C4SelN2gLwVUQ7g8vU7w6E2tGu8CPTn3RXfonI1Bl5Cs6W1cZeV"
    "5yy0YqGupCjALgO7aWpTz3ZE3RazQ7oJsUIHSotCLFWEdRmEhaIgMUEIdUGoC0JdDQt1AV"
    "lPsVUvgawXKetMIaCqq+ti+8BWbdd0phs+UQu3QlYsLv6SDBz+mh/1OQyu+2CyAZtLWcSY"
    "Muy49FcdihadaMTmURUpZ2Gslpi4GoPsULRGwWQMNVUBW+qrVZjmcQBSz96tP5GqOK0s05"
    "gaB+8o15o+37Op1ioBVSVpPfI+FPAo4m/L/RyK5Ht6P4+ii9hR4ufI+2mLPBXfmruYnCO+"
    "oBeI1VymmgfnO1grTJB/C5/FEPA2Osh59s7+jsIj6oJfDf91kliBuu47Juw20Kaz+ZTaNl"
    "dTpnPT/dpax/yzJ8dy3ApA93WBezLU/7Nw3c8V0jIRhrhHOu7xlyvgtGRu3mA07FxBAWX6"
    "cl2uXJlCElERZVJIymuIbNuiGMWOVsihgHKP/Q9v3uR47umozAefX0u8uait72XUlukRb5"
    "nihcdfYxvpGtFmaqwk4ieD+97dBVeAx2TYu7/p/qt/99NF0FGFLgH7dDS4+aV3zT50LPPF"
    "DyoeX7Xwv6K2YYHnPFWSYnCypDsZ+t10ClXxjYlCNK45Dvp0XCZ8nAutc0wU1rnJ6wxR1+"
    "yjs53xN4i6fo2rnhV1TbDWmWIj53OJC0HD0F060WQth21aELwDaXhjsUchwLtc4iJphVA+"
    "RkW+1ImSXhHp0uPpxN2WHSp506Xj5+n+4u6x/VsC0JLB94bt+rwoi576/VhHzuMSkC6tQU"
    "EjEU6/u2L40q+B7h5vbo5VUj/OXxJEuFMEp/1BbgHBKlecO55krzuI4o8d1nX3NMhQY32K"
    "GVX5rMNryHNKUtCzF1F9dLrgfXz98vfBbB1eJZ59cmXrMxOLAt213HhMguIBLprgKQX5HD"
    "1Gag1sxdLFBvyC/sYML1eWi8l0jZ4xL+fvf8+wt7Ww/n0svT22MGw7QiX8xqgPnR0R9mbU"
    "NTi2JlexLzz9dBRAOyasIOzlR4d3xYgyTJUjxIVU2NfySAtElQt8lt9rDr8wjVq2IH5USp"
    "l4Ws3FHg0Xi2DPriS+ETiokngzTRMRjJUUEnctVze1uajmxK4NHxMDV1PRPQ8clmrrT1Az"
    "13jBtpB7n7m340LKHOfl+aotz56KEN2h9W1FlNu45esgEK/Ohr6dkUuIV3+Nqw7x6uO9pL"
    "L9QJmo7vD+tFmlrarFNcRFK4+LWmHc5kCA8ya4N2wD54U1+uA2K0C3SZkXBeei+fQ5AnPx"
    "PP79Qbn7SBVsFMvn9ENSDqaLTLcNeqX/rxM3GQPbhMBYgqgfLjtHPWoYrRHPyEPc6ZUKyd"
    "Vz2zGZeMuVg+hvNmyq+tBZ/450P+11ai1XnstbYWP0l0fvYbhrlu7qJ8VSFYjfw8ZTunGc"
    "8Euxe00teh88O+cj/Vnp1zDXY/JkW69Oh/W/1gmyTBbb8+9F/0noN7IRE321DZdOTj9hXb"
    "bpD8gO7UVOzyAfDcJ5DXLR7Gh3VXNCZ9PedWUrapEnWG5bJwSV8dPU7ILcHnVy8MflAP2D"
    "0JfLso0LgakicFG2L3dxhcksqIEjlb74+QJZz2Ny37u75omLwTwsbfFhGOYyurafynjd61"
    "5fIFbIJKm3HSe8DUnRJW983nZQOqoUl1LOQ19JaIngL64WbMYCPluBOCQRNsdPm3bPY0Ih"
    "9Qo2o4yJwjo3eZ0D5apIGeaIIKxxk9cYQm3Zb04ItUGoDeJCzYsLHSeCMcT0y08N0+DFSY"
    "ceORFEMtKDOnkiGnZMLG9rUoLRSncclkHDPPfxSdCf1uQCvbK6l9ydv1zpNp51Ip/YVMCN"
    "f+SZM0QsV9CNtNp7QQPSZjUgpceRXUwriEuCVtAUrSAP7WpuEKOgxp8QBZ2/Ocpfep3pL3"
    "16ErEpst1iEZEafWIT7G+nNqYrOc+eo00XePqMJUOkMTHw66YDGtaUKQJf5HCNSwGsQpZg"
    "kR2bFgRwM8CV3bRJMQBWmDUkEzPbCgCYaf6JqxumVOJhROSg1MNi+sE/5h6ZcgN04hmmax"
    "DnnN3vv6rSGerISEy5k47j7YjVDRI4OpJ1hfb7OAQ9hfb7OB4WmFoCOnF0vs66iSzPnVhf"
    "mB8inJA7JeLVRpwLxAiILqY7Y+1TKPnH36DRp/79fe9a+zQYfB4hgxMuU96OWu46JuFU3z"
    "jRu3UCyiVyrTgb9HSq27aBbfS/2PDpM/2ydNWWE2yfsfuxdcdkdh7g7Zxvvun5mCRirMxZ"
    "Q7+ljmxs6mu0pP9z9Wfsu3asV3RKV8NCBv2RJtYdTEcbJg5JpQYrLIPmpvG0cM/y0TrDpS"
    "dWitv5e4RjkowE/xuIn40kfkKJkRwmZQUlRiKPkQTgCTEFoa4g79Q/amVgjogoCHH5DpLw"
    "HSa5mxNiCkJdb20itTigae7n9eCud4FmFsHA+VTeggUm4tcVyQCOb10cX+ACqv80QbGV7C"
    "dM3ag/MEBVW3VggEKxlZZDCqRaCeUDiq1AsZV48O7Zu9VXK/83pkN326udXIG7Z09b+gJ5"
    "mcmejUafH3nw1+8ooG/DWB5hJUOika1vHD7amAl4x4fMlKPayAnFMfZZsjX2QaVIvpZwVG"
    "U85Lb2OG+xr9hwNBaHfsGCAKtlmVgnGVs6KpdAekIFq4I63O712vaXg8FNTNO/7CeiqHeP"
    "t5e94el3HHo6yHBjwVWwutW1v/JY3WB/VcQOhppUB+MJxtcxjS+mlR4O78ifRVFMtw9tkz"
    "JERyzHYMCZgiciuytyuZPH8LK2Y3MlgzLmHmvC5heHZLM8YcZSPKVwdZBpTXmy5hm1mHQX"
    "La0X7FeX1F90g2+ITYXIToTHmDbJqrrTmPDpzn18GWPpnGJkrrVgfp826d+NcR8jnMlz9M"
    "CTUhmZ0fVs4rBvyGiKruVzFl8t+7mKTFPgHLJrUGyyHS/2WOg8eEjlQE1IAbJg0ElBrZZB"
    "15RcDfbavLdMY7rO1DuCy7n0Dj9XcsUkjLyJGp+oRrD0pgumBVieHXnV+zqCjsJC2CzZwM"
    "Gmec4qYfOf4lfDDvTkb1gla77tWBVrpmi8Gu6C/jXQi2O6SC13HRNW0No26C9mlSvmlu3r"
    "NaPPj+cbXYc+xey6PzHmNbp9d9hmBJpjHNTYDr5Ufic1OKGPWQxjodtYm6xkdI+ISH3vyO"
    "/e0P9rNMgRUPU5dtfaxJvPRaHGbGSTckCCzdTs+JGUxjY7mzMtCf0ki/eTBGKVanogEKu+"
    "Hsd+ww4v8OvX/JpotV+/YZu33W79G2rF+Uw2gXG9vdjZZVqzNrp+wnNOe7pL/OIBPC+f1x"
    "Ogtih2HHqZJe9baGJ5TwsXnU68NR1FjVPuTz/rBKyo14VBzWKbdZhyXPSM1x00t61l8PkQ"
    "zwwHTU3dWKY5V/XeWmj/Brdj1/lN2F+CCTU6oaCIAOuAvh0OhQOa6cTfLGZeFtdGQEHu1o"
    "c3ObhbH95kcrfYpbiOFH1EJEBOiBWCumFvnETm7tsPeVJ3337Izt1l1xJufnaESZISozLl"
    "7OjjHioxlN/l2c/vsvfzu9R+lusFdUgTqMadFF91TKrWPdxOV0QejiHTieRs5ogEPEYNye"
    "5SHdNA15d07sSEANf9Hp6ISXWgC4KZvKPtbC2DObcvIrbD9rt3QgO0PHD7wYyKAhx51zQv"
    "I7GtoGamJDbAhxaeGRletMiRssePFjya+Txp2RBD05Fm8SxcwzUFWWc7SsGFAgo6h76+In"
    "CprXziTBd45pk4XPncVeBGV5961483vesLtJljTG76v/QuEDtBxqR3d82uYnr3htSC441z"
    "nKIddxx1uQItMcgF3IC0RU73W5Eljoip54BRaX0b1DerYQ55lVaZvzWKPcawwq1Y4Xa5y4"
    "G6V46/fGUbU6xR49O2XnSzqKacnqW5FUZP2LW7Xo8rw2OSrp7cvb8fDn5hV/0fxPToYe/n"
    "3tUD+8zGf/K2ns3QoH3gZ3hqFDueRfJwTDf5mPZXzN+F9D+6I/Jv7ygRJBZv7uNa0JdQSU"
    "Hg8EU3WctFblJywM6F5Nz6kI0f8rKbN0MatrAorGuasrHymAxs3zxBXQZYCXGxR0fpsFhs"
    "Y8XiYkOqhAz7Vw8nwvO3jIBuZCpF0U28d3Lgu1UC6tu7DTtv84Kb0pcyKs3ueskByHtAzn"
    "ivSxf1TXb8TQN/Gch9/DzE5uZgyOaCqEZYSHFmSsBITb7Mf2riY3DYdnMyQmTz8TK0zbLm"
    "K1vGKjZb822S0Tn6w7HM2R/IIuYaPfFKXu7CZklHvHrGk0d/Pp6hx3vmhGCim1ar9DaOi1"
    "a6u0i6pKq705icsknQ/0J/uWv0j//D/kOhcDXdoadJJ7wXclzDNJG1wuTMLz3CiBAT3cHf"
    "snH+vZD+RHcAnZhVHGFKC/3yubKkoErIsdkrc1N3Fpr/Ipljgea4K8tMIKyS+VNL1ll0KS"
    "zLLrIIETFlyorUjH3s8JM4ZlJyKu3/8pwqlinlTwmGK7OZy3MDYlvjuaWaaSwNQago2wWY"
    "lgR4U+lmpuVgUab1rg4CW6Ea2wdsPmlt/wB2ctqYVb0VIb7zwI2KwSaGxKSacIVKvgfjCY"
    "leR0v0gvr8hQv5bIMB4EJtqGPwXl+zyvtDT5inFbna2eUOXPnjNNvLmaV10kUT3fUL+Tre"
    "amUa2EbBLA46HXvv8OzD2Hs/+R7TP9/++Df297ffnV2glW2tmN7I6hRZBKO5QdiThzwH2x"
    "06hTFDrwtMkE4s5jkLeWyOoO7RUb4CZKE1y49HV1xj7L40tIw9mGETRmR2MQbbewiJsGQ+"
    "8YRq51qubsp73mJiKul4NTvf2pfiFxCNT+SW4SRNVL7v9q8v+Fk7Jlfdu6veDU//m7Jfao"
    "YphNJlo3JVjdpRNCpJmgxJ1AXYyQlRICY3mZgM+SPZj5i6+SObR1SWVpoWBEZpdg0zYJxX"
    "70QCgl6lBL3IAw/47quznTocD6DlGeTFMqairhgyXqVR4B7o+7Opg321riXPni50J7uWdn"
    "xAZ6eDKRgqU1M7Gx3wwTTMB8N0LLEZm+GACQWUK6r7fR4b9PtsG/T7lA3aPifBzNbnrqyL"
    "4HrY/fhwgbjsmIweL2/7Dzxp2fEmS9ZydpY3u5lK9+7oVA4mdKarwd3H/vCWOxcsMjfsJR"
    "tx3x0+9Ls3N//Shr2rXp/PudJt19BNk8XZp9gIZg+vbj+7uhmM+HSc/1Ce++JtnnrMb7Pr"
    "Mb9N1WMm2JV37kWElOEY1OzXe9EL4B4RAtyL4d4ud7Za2Acnsq3ZllxVwJSgevn8pR/sYb"
    "USR2O9IAxbxCQbLem7bI8LKzlDjb0vq93837/98f1mu7N/7Nrgo1uqCaR3NLFEUcXsjRyO"
    "V2//VlGPonAVEKj/UQhv/GXFtWPpYHlK8MCIeTNdKzkD5hAoyt7D6gaKNiZokUKRCVkIBD"
    "c5EDw3bMfVDgj7CyeANW/ymhevQAe159qzyswbWOT43orB+jZ5fTfO3SK6WUIWVrrRK839"
    "7kWWOSoIa9zkNfZWs4J2VlwS7KwGL3uqvhAwxiqk4xWtoQnVM3OAmzD7ZDHOEgeoodZujY"
    "neAU1OMts7LgXI5kj5DiBLoyyflxyZqmUg505Ojm8wKAdbMr5QDrZhbHMoBJsb3rwlYHfq"
    "aoDyHpSz1NMDiP2mQQ5l9cfo5zd0PoXO6ARVYorp1AfCNfRnURWkY2WKtAas2lJF+KO4L1"
    "0kfF7zpoxomwOj3LyR309WPBEBCvIeO4nkL1fwIt5VDg+szQw7nv4ut2hl47SsShDXzUfX"
    "v2gMJG2yktjaCakaObnfv2lLrUe/GqafkSN3asTElCH7lwzstk2kFLBbMQA2VcHYkmxdZo"
    "FDFWqSHslBvRJk80r7RFLp4S3DOK93ZPOkQi3SxtQiDVwmWglupsBvopqDqQZ3AP1eI+y6"
    "/tfLcgdEBnVyuAPoONZ3go3PWan0akF/9revrGfPdg60skxjuu7w+p+29YpW2EbPeI1OHY"
    "wRQwGT2fl2/Lk//ixdhbT86Q+obkFvkd7s2alUwXDlijC8f5cjf+r9u8z0KXZpt7PiRTc9"
    "QRbVz6PBXVZ2dyCQZKQZUxf9DzINp41qyA6YGRRs5g3tLIT39Lb7WxL5q5vBJQcnwidjE1"
    "wmPRtAC/xKaIEp5TT7rV/lmywMmgjeX5F4Sg4ndjSGk6/NHp3LeMH2elN5ZNNsTg/fNGFv"
    "u1MGOB3gWshxrekz0gn/B+taZ+LZEx3CC1q/2iwTjQjeYnXccIf3fWoavPw4noMT/qhO+F"
    "BvlivnFJdSTp0ov6ZTZL9LwByXKgRzwwgI1ahtkZYUFJ/gdZ4wAHc1topI1djZKtzfrW1s"
    "BdWmoNrU14Q71Ieptj6Mr4RqIhpvdrWShNhX3d0DipVkb+B2Wst5ipVAoLHMQOPmPJFN6U"
    "oLQjIXxB2rjzuKMzYiu7EEhNVmu6ef3OPy3CEAWdRtm8VETiCa331bFQsZfJ7HJR5r+nSK"
    "V/KUt6iYMmY0cAmbDizUTt3RA/BDDl8EHbWjC+CHpC8CCPUNcbnxhr9ydlhUBCwwIS+ZKT"
    "XSPoOIkEobulzHAdUY5Z0GGyHAFZjfdXtg7C2r5UAngXr5xh2Ro2DztO5nfwenZtkuLsUc"
    "A0mU4++aHL4uINmXQLJPaV0lQHoZztMujSsvplFNUzp1oUpv2KZGlMAVFq0fle0HC0swge"
    "tLLdfXlC61jP8gHA8Uv4TTIE3x4/+VgDYcX59HpjZwK/HJ0Du69BDSZHFOyinnASufRRlC"
    "tqJAFcJ6I6gc2OWfG3ipG6YMyBsB5cCt5NzQZzMbOxn9dMUIR0SUw7gS7t5KXy8ZU93F9t"
    "LRZvpaAHe2b1EoXJ/v5vu2RIEMR6OHq/EiS2+PyQHBPT/BHfiU2XtbLT6lRPZhJNmEOePK"
    "rGnZwn2QyfaJvR5sa+ZND61nGXou7v3ZVAKrDmdQWOFyh08oUgRzv2tIixbg3J/h2kWh4D"
    "cOCkTR6dh7N//bZOz9gP/2jv75w7v39M/vZ9+NvR//9v7D2SYhlZVVuB900JK53PAm9fR+"
    "QCfjsXbHz0iln/3l6cQ1XIN+FK38Fct+PeaXGRN2kVguWmM3vPkMnYqKROhrhrqzI502Wl"
    "k+mItlZUJS7TG9bJGFkLA64lIKuoXKt51DyGRbHCflvuqsoZknD2BUpnrw6jwb5LDLYHtn"
    "l4XZCEBZmAPKwrQn81g5Rl57ko+Vg961XN2UBz8mBvAXhh9/WXGKuvwKJCVhEQovguPqrp"
    "fhzO8Rb5lipsSpgRvpqtTrElSVk9vuw9Wn3vVFaGCOyafeDf3ngv60Mbnv9unfV7pB/37V"
    "vbvq3dywsVP2g00zbezmC7zkirvsCLskNfOFRefx0w6k9KOkXP1q0sk/5h6ZsrVAE88wXW"
    "ryn7P7/VdV8Zm6lScbm9hPcZPPJklKQngsT3gM4gjZ6KsVR4DmxnVlsQRBY9uT7AubFgR4"
    "oXlB1alB/L1ZpKZIUhA2K7QxhjbGTXB2VtDGGKrhVFYNZ3OOloCw6tVwku+cHC12I1pVGV"
    "vYn23o5enC3VKY03oo9OEuE9+8fbiPm6EVcpl2kHIidKccpJwo1SoPKWf0+RHpGzYMcrBp"
    "Oshz6BfGLmKlLHxGCzrFX6amN2OtTn7pPpx1ED0kZog5HTjXZWkQY+ktg2rxAetlnS47X8"
    "cN9/JkoPXrsQkyBUurQFWVcoIo7FHiFc9lqfppwfpW4cdG7/XI8W2QoIO1XIPjlFyNfWBb"
    "Aq3h0PcbnmPbFtUX25cDEROtMQ1i80lr8yCgBAs4rJqLLDisanBYQXfT+rubVmmAdk1sC8"
    "1O/0Jnl7FprRxNZ8Mkmpvx8RfU8qOAzQzOrjh9pkuH/hdrk3mGKIQOa0DmoqXFUyyoCagj"
    "qmV2qIlIXJZjoSObvuCRu7At72nB0yvo1prPkeW5E+uLuMdZTfcV2pzsPif+zvFvrQX9N+"
    "n0KQP0d/4p/YxL/VvKHt1lMylmktZiKWUbruGS5mXMhOMhmyNPk7Tkc5IX5ZSggnD/7X0O"
    "uP+WpLts4WaXEnkfugDkHSkfugjarytVhr0IZDZmOF7B/Vj+429aU54BLGcVJaSAHyGsTG"
    "usWCdJKSZuXAp4uDFfShk83CV2HKqcp9fkAX/J8hFuRZQ4UnaxPXu/PeyGfEP2vBnc/RQO"
    "T65DqoOfMTd2HDM788fSwgqdNjWHIIASnb0galGiJUqrVOnwYJVGvBWjlAicHtuLnV2Ojw"
    "kfxigb1ddF/Z0lK9nBRgd3QDPdAU3PRhNoVXTzEgas3LqcDB/v7vp3P12gQH5MBp8vkPU8"
    "Jh+7fZ6ANteNgtlneYr+ZZf8SxX8mxm6iaeC90q2nRYRUUKvSmT35XEdfJftOvgu5TqYG3"
    "J2cDheuXSxH968yYEtHZUJLr+WCA8a/421ydoV9hHccbbH5ZTpolV3lj0vuSThgdgKKAN5"
    "ea4H69XReAECua0cl1MG17qNLMuTdPpsJZrh8GG3VcfhYzh+Rr/UksSlmrEsSvnhsG1bAo"
    "ZIthduI6CAOlO3B27m2b4DbSnzik1IKfM+KI9RtvUVpFDd7U6LSyroTmuJ+yzEZGdJgblB"
    "DGdRaJ0ToiUsdMP82G1f54b4Sa90MjN4MF/gJ91e7Ozyky5sbRqOrMBT+jvHO3Bi8VYjGt"
    "9zkNRz1KQeaIBUYUse6VY8R2jBUxu81fQwiRwksjhvxRREu/zNTHVOEe8hd9SkbgYEe9WZ"
    "Bg4XP3fQpHt/f9NnsZFAfkxGV8Nezw+k0JEY+6EUerb2hr/0e79eILoE2H4x8OuYDD5+7A"
    "0vkDWfY3tMPvWHbKaFYbN5hr2fe1cP7AMb/8lrSxYJvJRf9s+xPHsqdU5tJRSwpivvMWiJ"
    "ynRneyrC8QpAW7ejAi9XprXGWI6NmJBSiB9UmqsCmD/ZUKvF/ImuureaFVz1uCSselNWXe"
    "DISDd+8u102VqCUSFIc92f5hpxhxyYi/mzNbnfTtYylHOXXoptMOm0zGj7mUBZP7CzWT+c"
    "RyHQY+cAt2EOBGnA5lAJoEq9uNgOyOpiP27kcmefJ3c7tnrWK3hs6/TYZmez7nfDtCGz9e"
    "TqU//m+qo77F2g6cIwZ1PdxmNySzWj4V3/4V+af2lJv6hNDHet+dc/9bo3D59YvwXdpIZ8"
    "vqWqmHFJ12MiqmOxw72+kVDA+q/aI2k4jkdtDFE7hB1d5KJCB+bFNszol0uLxV9WBjUaJO"
    "GLS33NXeTAJZL94LfTOAaXyNe46nlcItAVpELf8vGc9o17gqr1OIWQleBy6kWmahnIeR1O"
    "iQ22v7Aa1Pmusc53vDzAVJh1JeGnivhW7vh8Cm3sunxWAXC7PVdbdPP6r7TIAucrW8dtlD"
    "Xy5S4iZeIwWmEbRebusAJx2GH9C9Hp92+QZaMfWR0554zXKw8mYjoZOtWRTffDa5q0Ucc9"
    "xyQyA3rCroMM+j/rlQS3dM7O0cMCI38zItt6RYbDy949eXSR/87/6te+4xenum0b2B/x6/"
    "9v79p627ah8F8R+rIUMIr0ZQWyJ8d112xu7MVpnwIIqkzN2hTJk+QGAbb/PpK6mBIpmfRF"
    "EunzUqSWjmR/vJ6P53wHTaJnK5cpaVbGc6v8Y/krSllpxjeEoM4+KUK+aWSzIjlD2FeJiw"
    "prQJ0MmHvqTzVsaLiBbNhFpCuCbBjIhg2gDUA2bGCDQlPOVKqSMuPCqZGmnCGs9PvJvZp3"
    "diT9VIs10QxqaRqK62lilq+npM5oGydiPiW7MtpHotDbIP7HLOfexW3Nw9qms7464SayX2"
    "jPnKmT+qmaRFppYMQOvZ5nJiPxh+9qyTTjZf6Yb8bh3OwL1cwMiI3qT8LFD7dCkToJHZed"
    "aXc7sp91UXPZOEliJy7eaSlgWzUCVEXVA/G2xf8hAHVf6cCdXYd1A4vlUNuygeCsN/dts5"
    "x1Be0aJlccJQmG7cjj9kcCKoZ6mT1Nw77Qy2F7GXUj8AnZiJxWr7CIawG/0Cy/sIxXCiMV"
    "F6ZmBl7iXi8RJJPOKZkUJb7YO2xR82FsAGQ5KR/dKiDsNvNKWj6Tx7tv0xsrs34KZ9NPjz"
    "dWgDy6evRc8qBjdbChHUUaLQ62H+z+VsTTzyfYz8CuiGBCaWb0GBMTenPXdB5VFFOMP2Nt"
    "Ljr6DBtTp8emMsoqEPKWl5xBWqKBRBnpEigiYTb6RWFI9iKK45gxuWTkSrFixeiSmplBYV"
    "2g9gYcMKQ2Q6srpTZDKP65ZtFtgmI1VBmLkyxL2vPdLfGORQ/k4VUOdpwxj9Ksz8pGOtbG"
    "6xHyeXVlscMPAc2MMa1l45xAaHCBYi+Kn0kffkAmCw4WPP6xeOWPeUBuFK9MBQtfCZPjBR"
    "qXKZ4tH/NnGYyVX9RPPj5owbx+xccsVHcxPG7zED1G+B/JFfZANYte9y+ySyuzaZNRsTgq"
    "AGSnOSuIAKkI0raGgFQlcCEGRKs98chqKW3vrtFqGxxWU7Bma6Abr6/bzrM1m8BRq9lSGh"
    "gQPd9BpkI5R9LZXSmbXmAKKfXtR6AHpNTjS+T7C0fA/iCWnXWHw2GDwlW+DVWJYllM7z/S"
    "6lO5/VO4GC+XpI4USR8g4kCfxncz8n/P8QNeoKiH2BYPoRXZ8vDN0xwSwNoYMEd1HRIAhz"
    "bNXV1P+h4ObS6x1WUObfo8+x5cM5/p8Bu0fjsQrWBLUx95ilMpc61ZH5YWrKgNYBClHZQo"
    "7Tlzv5giXwLur1oCrJX8+yv6bufFtID+M4v+A/0KyE3SHeQ4aurCEqRONPze/Gb5eb5YkB"
    "rhyTrabEiV8Mls+vD7jYXBif9+CpeP84ep/WV8P/6V3kUOaO1sWcD3Lr4S5JbkymYbu2sn"
    "IZ9+ursf30+m+Bv6IUHmKfz8hz3++OXu/sZa/4Mdi2c/fApnd9+m+GvNZsQ68H8gO0FBkC"
    "3pygk71zL5OtfN6TrX9YZfY2/NjbahwJFtXBgqNt15M+8HvT6A2k7vXJyGCZbRBoWqxPR8"
    "McUTDLEkk9icUtJuECWDoKCBD23GXU9mDPjQS2x1KT4UOLvz7SIgQwBC2gdI18mFtAMX2n"
    "uBrpK0PjZfwECC/6xyYXPPo6QsxxZnF0Z7iOLIK8LLgSLWaokZtVDEz1GYroNXO3ECJ361"
    "PSRYbdoKY4jtTVrdOy6OQZUkFBUAWJuLVvLQkGc5WQzgeDKZLh4J5eK4LtqkJA7w43Qyu7"
    "snn62QG/jhIIgY/FX81UEuedXyBC75MHdjGnrgPPECdFvz6NKTeJEq8gOBaBCIpgu4EIgG"
    "gWhagDvoQDRejkDAMAg1C1rZhs3OwmZkE/ZX/B5b1Cf9KbEyMyvyaNntQth6ZL346ZoWus"
    "ZOK0polW03en72qfa85fl/bvGCSMzSNa3bjZ9mObQ09qv1gmJkvazzs1G26ndH730KyRPy"
    "V7zgyy+xn6YotK5Ic2Jn4B0eLJ73jsHvbXMNb8SoxGMLP1pBqe5e+Zi8EThgWyLKSoshhz"
    "kdGE/WBmbhen5odD0/1F3PKF4JFTIau+3OoLstqS6leOgsps4YVsyMQbXrErrluqHeALwt"
    "tMJhrUDQsb9vFOYTxsIY0E83oSgWS+uhTtrgdxbVKQKRZ3OANkd6sjYQ5gkp1yfs3eZynm"
    "XFJCWHqGYFU5hofUWlaorKGlu1ArZzL9vJsgBHMnFs2TnNeq8sHVcbufupzqJDAtG5B9na"
    "yB0WzVlVERVxnJzOaDvBmd9ur32S0/Uqx24WL7FyqxvKMcbRi7VBsbUpr+LfZDkpvUgzxn"
    "6hxCNJzaCfrZ3ECiMLhavEjsJ3HJl5vtdAANjACEdIYj1/EisN0EoOiepKIKwLr7jZ/KEC"
    "HmNyyUVxsNeVqI3tnYUBBEAHRQXB529G31yfH2Jxzuj2A6ECqXs6IAuMSl+MCmRGqsALmZ"
    "EXG5xXLeciIK24ei+tnFUmPlQpNQO5gFqtWaMWKgh5HnJTogOl6GvX7C6aqwCPGzxu8LhH"
    "4HEPfyUAj/v8yHpx9Gwf5naLTAFjAcZ41jgMYd4Q8AVuo2duozLsgeCQwVg0U0qwHMzwB5"
    "xlcObnS+CSLodLqtW7FZBJfEXcVjapKMNrx/R+yfzOOZNTaflZnFGCaD7LjYXCOAoCtLKu"
    "HJIUucJ/kV/xdkTikkKr/DCKrTBK2ZRMkktAUzKzSnB8SFSH7xWmaubvItfLFRhyNfvky4"
    "pW5aG9jaIAOaEYXtasBvJ3bKft9CbMo5rPZxWC4faunkfx9cvt9OHqPWUW8E1+Ntn1nR00"
    "MIhP7TJlhSIVO+7OCLqtdLfF071SCZbifuCCZbhgkPduRl9PLrjAqE3eG+jKs6XgZptMNW"
    "CrRoDrfgqN2csf6RAXLtdy90TNoJZ1jqu9bD+PBjSlCrpSNGW/vEPRxVuIB2YUyDEPeaeC"
    "SBazPPM8dUZ9V1gxNHBTqO8mkI8IoCk+6k3MmEEDD7qB6c8SpU23FDDdmRjnQJ8+LdF1No"
    "7rp4KDmRal3p0JEGvNIr0QnGYKISEVnBZt40RV85q1AacZBK8hFUxfZFu4nmycn4CFmJQP"
    "0gxg6fAHdkaUiCyB4B0VdCFyZ9CRO2wGSRkNUzucVSiOx4fiGNKtz1ohb4xi312/ETCM+Z"
    "VRG7Ho7O4BKlGn1XvUQiX+QLH4qKaZhGBMDFRHOss5PhlUCgjntxuI7vvrawl08V2N6NJr"
    "dSngMEWhgJH4bTm/b/JOS5M6FeG7qfWvFfiJjpv9FnAJGBW+gZMErqv/jqpEAnnArcgZ6P"
    "Lc7L//AUm9h38="
)
