from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "phone" VARCHAR(32),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "mfa_secret" VARCHAR(64),
    "is_active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "brands" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "sort" INT NOT NULL,
    "parent_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_categories_parent__6ffc71" UNIQUE ("parent_id", "name")
);
CREATE TABLE IF NOT EXISTS "products" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "age_min_months" INT,
    "age_max_months" INT,
    "formula_stage" INT,
    "shelf_life_days" INT,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "brand_id" INT REFERENCES "brands" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "skus" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(160) NOT NULL,
    "spec" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(32) UNIQUE,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "pinyin_initials" VARCHAR(64) NOT NULL,
    "low_stock_threshold" INT NOT NULL,
    "batch_tracked" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_skus_pinyin__abd349" ON "skus" ("pinyin_initials");
CREATE TABLE IF NOT EXISTS "batches" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "production_date" DATE,
    "expiry_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_batches_sku_id_c64a3c" UNIQUE ("sku_id", "batch_no")
) /* A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry. */;
CREATE INDEX IF NOT EXISTS "idx_batches_expiry__327d88" ON "batches" ("expiry_date");
CREATE TABLE IF NOT EXISTS "locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* WAREHOUSE: warehouse\nSTORE: store */,
    "address" VARCHAR(255) NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "priority" INT NOT NULL,
    "is_active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_clock_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(4) NOT NULL /* IN: in\nOUT: out */,
    "clocked_at" TIMESTAMP NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "distance_m" INT,
    "within_range" INT,
    "source" VARCHAR(16) NOT NULL,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_staff_clock_clocked_5fdaed" ON "staff_clock_records" ("clocked_at");
CREATE TABLE IF NOT EXISTS "staff_shifts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_staff_shift_user_id_22cdd4" UNIQUE ("user_id", "date", "starts_at")
) /* One scheduled shift of one staff member at one location (times are aware datetimes). */;
CREATE INDEX IF NOT EXISTS "idx_staff_shift_date_29e832" ON "staff_shifts" ("date");
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "is_active" INT NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
) /* A price list applies to a channel, a location, or both; the most specific active list wins. */;
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stocks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stocks_sku_id_57296b" UNIQUE ("sku_id", "location_id", "batch_id")
) /* On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0. */;
CREATE TABLE IF NOT EXISTS "stock_adjustments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per batch touched; the rows of one request share adjustment_no (and one journal entry). */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_adjustm_ed2669" ON "stock_adjustments" ("adjustment_no");
CREATE TABLE IF NOT EXISTS "stock_movements" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RECEIPT: receipt\nSALE: sale\nRETURN: return\nADJUSTMENT: adjustment\nWRITE_OFF: write_off\nTRANSFER_OUT: transfer_out\nTRANSFER_IN: transfer_in\nSTOCKTAKE: stocktake\nRESERVE: reserve\nRELEASE: release\nIMPORT: import */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved. */;
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_eabb66" ON "stock_movements" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_ref_typ_376566" ON "stock_movements" ("ref_type", "ref_id");
CREATE TABLE IF NOT EXISTS "stocktakes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stocktake_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nSUBMITTED: submitted\nPOSTED: posted\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "posted_at" TIMESTAMP,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "stocktake_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "transfer_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "approved_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "received_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipped_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "transfer_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfers" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "coupon_templates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* AMOUNT: amount\nDISCOUNT: discount */,
    "amount_fen" BIGINT NOT NULL,
    "discount_bp" INT NOT NULL,
    "max_discount_fen" BIGINT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "valid_days" INT,
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "total_quota" INT NOT NULL,
    "issued_count" INT NOT NULL,
    "per_member_limit" INT NOT NULL,
    "claimable" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "members" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
    "merged_into_id" INT REFERENCES "members" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "channel" VARCHAR(16) NOT NULL /* POS: pos\nMINIPROGRAM: miniprogram\nPHONE: phone\nTAOBAO: taobao\nJD: jd\nPDD: pdd\nDOUYIN: douyin\nKUAISHOU: kuaishou\nWECHAT_SHOP: wechat_shop\nLIVE: live */,
    "external_id" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPAID: paid\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned */,
    "subtotal_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "shipping_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "paid_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "pickup" INT NOT NULL,
    "receiver_name" VARCHAR(64) NOT NULL,
    "receiver_phone" VARCHAR(255) NOT NULL,
    "receiver_address" TEXT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "placed_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
CREATE TABLE IF NOT EXISTS "order_discounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "coupon_id" INT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* One saving on the order's receipt, as pricing applied it (backend.orders.pricing `ctx.discounts`): */;
CREATE TABLE IF NOT EXISTS "order_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* Status history: every transition and notable action, who did it and when. */;
CREATE TABLE IF NOT EXISTS "order_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "qty" INT NOT NULL,
    "qty_consumed" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nCONSUMED: consumed\nRELEASED: released */,
    "expires_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "order_item_id" INT REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_reservation_expires_cb98ec" ON "reservations" ("expires_at");
CREATE TABLE IF NOT EXISTS "order_payments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "external_ref" VARCHAR(64) UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "return_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rma_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nRECEIVED: received\nREFUNDED: refunded */,
    "reason" VARCHAR(255) NOT NULL,
    "refund_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back. */;
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "from_advances_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "return_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "restock" INT NOT NULL,
    "cost_fen" BIGINT NOT NULL,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL REFERENCES "return_requests" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL UNIQUE,
    "carrier" VARCHAR(32) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "shipped_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipment_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "qty_returned" INT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "shipment_id" INT NOT NULL REFERENCES "shipments" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "member_balance_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta_fen" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* TOPUP: topup\nPAY: pay\nREFUND: refund\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "method" VARCHAR(16) NOT NULL,
    "location_id" INT,
    "balance_after_fen" BIGINT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_bala_member__7ad734" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's stored-value balance (fen). */;
CREATE INDEX IF NOT EXISTS "idx_member_bala_order_i_65cd97" ON "member_balance_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "care_reminder_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "child_id" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "due_on" DATE NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nSKIPPED: skipped */,
    "attempts" INT NOT NULL,
    "msgid" VARCHAR(64),
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_care_remind_member__5ca6fd" UNIQUE ("member_id", "child_id", "kind", "due_on")
) /* One care reminder for one child on one date, sent as a WeChat subscribe message at most once. */;
CREATE INDEX IF NOT EXISTS "idx_care_remind_due_on_b693f6" ON "care_reminder_deliveries" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_care_remind_status_809185" ON "care_reminder_deliveries" ("status");
CREATE TABLE IF NOT EXISTS "member_children" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birthday" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_member_chil_birthda_bc8ca3" ON "member_children" ("birthday");
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "seq" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* UNUSED: unused\nUSED: used\nEXPIRED: expired */,
    "valid_from" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "order_id" INT,
    "used_at" TIMESTAMP,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "coupon_templates" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_coupons_templat_9f48c1" UNIQUE ("template_id", "member_id", "seq")
) /* A coupon held by one member. `seq` numbers a member's coupons of one template (unique), which makes the */;
CREATE INDEX IF NOT EXISTS "idx_coupons_status_9fa747" ON "coupons" ("status");
CREATE INDEX IF NOT EXISTS "idx_coupons_expires_10b317" ON "coupons" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_i_480491" ON "coupons" ("order_id");
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_points_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "expires_on" DATE,
    "balance_after" INT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_poin_member__511782" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's points. Positive entries with `expires_on` are lots that expire FIFO. */;
CREATE INDEX IF NOT EXISTS "idx_member_poin_order_i_61f6ce" ON "member_points_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "member_subscribe_consents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACCEPT: accept\nREJECT: reject\nBAN: ban\nFILTER: filter */,
    "credits" INT NOT NULL,
    "accepted_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_subs_member__821418" UNIQUE ("member_id", "template_id")
) /* A member's answer to a subscribe-message template. WeChat's one-time subscriptions allow one message per */;
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */
);
CREATE TABLE IF NOT EXISTS "inventory_valuations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "sku_id" INT NOT NULL UNIQUE REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* Moving-average cost per SKU across the chain: value_fen \/ qty is the unit cost. */;
CREATE TABLE IF NOT EXISTS "journal_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_journal_ent_source__fef9e5" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_journal_ent_date_0a19df" ON "journal_entries" ("date");
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
) /* A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel. */;
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
CREATE TABLE IF NOT EXISTS "closed_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" VARCHAR(7) NOT NULL UNIQUE,
    "closed_at" TIMESTAMP NOT NULL,
    "closed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A closed month: no entry may be dated inside it. */;
CREATE TABLE IF NOT EXISTS "settlement_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One platform settlement file reconciled against our orders. */;
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
CREATE TABLE IF NOT EXISTS "settlement_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
) /* A line of the file or an order the file left out, with what was found. */;
CREATE TABLE IF NOT EXISTS "audit_logs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "via" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_logs_action_4eb755" ON "audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_entity__893447" ON "audit_logs" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_created_bdaee3" ON "audit_logs" ("created_at");
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "status" INT NOT NULL,
    "response" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_idempotency_scope_bab602" UNIQUE ("scope", "key")
);
CREATE TABLE IF NOT EXISTS "promotions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* FULL_REDUCTION: full_reduction\nPERCENT_OFF: percent_off\nBUY_N_GET_M: buy_n_get_m\nMEMBER_PRICE: member_price */,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREJECTED: rejected\nENDED: ended */,
    "threshold_fen" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "repeat" INT NOT NULL,
    "percent_off_bp" INT NOT NULL,
    "buy_qty" INT NOT NULL,
    "free_qty" INT NOT NULL,
    "member_only" INT NOT NULL,
    "channels" JSON NOT NULL,
    "location_ids" JSON NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "submitted_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_promotions_status_a6393f" ON "promotions" ("status");
CREATE INDEX IF NOT EXISTS "idx_promotions_starts__5ad7f3" ON "promotions" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_promotions_ends_at_f473b4" ON "promotions" ("ends_at");
CREATE TABLE IF NOT EXISTS "promotion_applications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE RESTRICT
) /* What one promotion saved on one order: a discount line on the receipt. */;
CREATE TABLE IF NOT EXISTS "promotion_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_promotion_i_promoti_69bb48" UNIQUE ("promotion_id", "sku_id")
) /* The SKUs a promotion covers (none: every SKU, or the category), with the member price where it is one. */;
CREATE TABLE IF NOT EXISTS "import_column_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
    "filename" VARCHAR(255) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* CHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "rolled_back_at" TIMESTAMP,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "import_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" BIGINT NOT NULL,
    "extra" JSON NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
) /* One thing an import created or changed, in creation order; rollback undoes them newest first. */;
CREATE TABLE IF NOT EXISTS "import_rows" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "ok" INT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "data" JSON NOT NULL,
    "imported" INT NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_rows_job_id_8a3952" UNIQUE ("job_id", "row_no")
);
CREATE TABLE IF NOT EXISTS "security_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_mfa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" INT NOT NULL,
    "last_step" BIGINT NOT NULL,
    "enabled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "channel_accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "app_key" VARCHAR(128) NOT NULL,
    "app_secret" VARCHAR(255) NOT NULL,
    "access_token" VARCHAR(255) NOT NULL,
    "webhook_token" VARCHAR(128) NOT NULL,
    "base_url" VARCHAR(255) NOT NULL,
    "sign_method" VARCHAR(16) NOT NULL,
    "shop_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "push_enabled" INT NOT NULL,
    "pull_cursor" TEXT,
    "pulled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Our shop on one marketplace (one shop per platform: orders are unique per (channel, platform order id)). */;
CREATE TABLE IF NOT EXISTS "channel_platform_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "platform_status" VARCHAR(32) NOT NULL,
    "event_ms" BIGINT NOT NULL,
    "items" JSON,
    "total_fen" BIGINT,
    "error" VARCHAR(255) NOT NULL,
    "deliveries" INT NOT NULL,
    "sources" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_pla_platfor_db716b" UNIQUE ("platform", "platform_order_id")
) /* A platform order as ingested (webhook or pull), the state it has reached on the platform, and the Cradle */;
CREATE TABLE IF NOT EXISTS "channel_push_states" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "desired_seq" BIGINT NOT NULL,
    "pushed_seq" BIGINT NOT NULL,
    "pushed_qty" INT,
    "status" VARCHAR(16) NOT NULL /* OK: ok\nPENDING: pending\nRETRYING: retrying\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "enqueued_at" TIMESTAMP,
    "pushed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pus_account_6cd112" UNIQUE ("account_id", "sku_id")
) /* Per (channel account, sku): the sequence we want on the platform and the one it has. Every stock event */;
CREATE TABLE IF NOT EXISTS "channel_reconciliations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "trigger" VARCHAR(16) NOT NULL,
    "skus_checked" INT NOT NULL,
    "stock_fixed" INT NOT NULL,
    "orders_checked" INT NOT NULL,
    "orders_fixed" INT NOT NULL,
    "errors" INT NOT NULL,
    "details" JSON NOT NULL
) /* One pass of the reconciliation job: what it compared, what it corrected, what it could not. */;
CREATE TABLE IF NOT EXISTS "channel_shipment_pushes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL,
    "carrier" VARCHAR(16) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDONE: done\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "pushed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_shi_account_8563b8" UNIQUE ("account_id", "shipment_no")
) /* The transactional outbox of shipments of platform orders: written by the orders' SHIPPED_HOOKS in the */;
CREATE INDEX IF NOT EXISTS "idx_channel_shi_status_d6faf3" ON "channel_shipment_pushes" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "channel_dead_letters" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "sku_id" INT,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "qty" INT,
    "attempts" INT NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nREPLAYING: replaying\nRESOLVED: resolved */,
    "replay_count" INT NOT NULL,
    "replayed_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "replayed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipment_push_id" BIGINT REFERENCES "channel_shipment_pushes" ("id") ON DELETE CASCADE
) /* A push that failed too often. Stock: at most one open letter per (account, sku); shipment: per shipment */;
CREATE TABLE IF NOT EXISTS "channel_sku_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sku_account_d19f32" UNIQUE ("account_id", "sku_id"),
    CONSTRAINT "uid_channel_sku_account_ddf031" UNIQUE ("account_id", "platform_sku_id")
) /* Our SKU listed on a platform under the platform's SKU id. */;
CREATE TABLE IF NOT EXISTS "channel_outbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One row per stock change of (sku, location) that moved the available quantity, written by */;
CREATE TABLE IF NOT EXISTS "channel_stock_policies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "share_bp" INT NOT NULL,
    "safety_buffer" INT NOT NULL,
    "location_codes" JSON,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sto_account_1f9476" UNIQUE ("account_id", "sku_id")
) /* How much of our available stock a channel may sell. sku null: the account's default; a row with a sku */;
CREATE TABLE IF NOT EXISTS "live_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SCHEDULED: scheduled\nLIVE: live\nENDED: ended */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
    "qty_set_aside" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_buyer_limit" INT NOT NULL,
    "closed" INT NOT NULL,
    "qty_returned" INT NOT NULL,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_live_sessio_session_fca6dc" UNIQUE ("session_id", "sku_id")
) /* One SKU of a session. `sold` only grows through the guarded UPDATE of the order fast path */;
CREATE TABLE IF NOT EXISTS "live_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "buyer" VARCHAR(80) NOT NULL,
    "request_key" VARCHAR(128),
    "claim_id" VARCHAR(40) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "item_id" INT NOT NULL REFERENCES "live_session_items" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_live_orders_session_0d6839" UNIQUE ("session_id", "buyer", "request_key")
) /* An order taken by a session: who bought (buyer identity), under which request key, from which Redis claim. */;
CREATE INDEX IF NOT EXISTS "idx_live_orders_created_c7cfbf" ON "live_orders" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_live_orders_item_id_1193cc" ON "live_orders" ("item_id", "buyer");
CREATE TABLE IF NOT EXISTS "purchasing_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Chain-wide purchasing policy, one row per key (see backend.purchasing.policy). */;
CREATE TABLE IF NOT EXISTS "suppliers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "email" VARCHAR(128) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "payment_terms_days" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "purchase_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "po_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nSUBMITTED: submitted\nAPPROVED: approved\nREJECTED: rejected\nSENT: sent\nCONFIRMED: confirmed\nPARTIALLY_RECEIVED: partially_received\nRECEIVED: received\nCLOSED: closed\nCANCELLED: cancelled */,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "approver_role" VARCHAR(20) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_status_22918e" ON "purchase_orders" ("status");
CREATE TABLE IF NOT EXISTS "purchase_order_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "client_ref" VARCHAR(64),
    "on_time" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "received_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_purchase_re_po_id_4d161d" UNIQUE ("po_id", "client_ref")
) /* One delivery received against a purchase order (posted to stock and to the ledger when written). */;
CREATE TABLE IF NOT EXISTS "purchase_receipt_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "lead_time_days" INT NOT NULL,
    "min_order_qty" INT NOT NULL,
    "is_preferred" INT NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_7fcc3f" UNIQUE ("supplier_id", "sku_id")
) /* A SKU a supplier sells us: net unit price (excluding VAT), lead time and minimum order quantity. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfW134zaS7l/B8ZfpPlfx7TiZpNczu+fItjqttGx5JDnJbDSHoSnIYkyRapKyW3d3/v"
    "sFwBfxBaQIiqRIdM3ZTWKSBUkPQKBenqr6n7O1tcCGc35tWNrzBGuWvTi7RP9zZqprTP6D"
    "d7uHztTNZn+TXnDVR4M977jqcqlo9HHFZs+z++qj49qq5pJHlqrhYHJpgR3N1jeubpnkqr"
    "k1DHrR0siDuvm0v7Q19c9brLjWE3ZX2CY3fv8XuaybC/wFO8Gfm2dlqWMj/uV19mXZdcXd"
    "bdi1K/1paLof2LP0Ax8VzTK2a3P//GbnriwzFNBNl159wia2VRfTT3DtLf0F9Av6vzv4Ud"
    "6X3T/ifcuIzAIv1a3hRn7xo7K/dqYod+OZMh3MFOVMACPNMim+5Ks6DIAn+hW++Y+Li+++"
    "+/Hi3Xc/vP/r9z/++Nf3796TZ9n3Td/68d/el9mj5Q3FMBv+NLyb0S9kkUn0Jppe+DeTUV"
    "3Vk2KTsUf/mfz4NP7XK9UemNs1m4Eh+dqqqeHUTASyibkgPzI5FwHyeZMRXNjPxn4Rlp8O"
    "AsEl0s25OX6YXSJry5ZJgclZq18UA5tP7or8+X0O7L/0J9cf+5M337+NQ3/n37igd+gc7D"
    "FnLx5eKKqbRv6GIObqa8xf+3HJBO4LX/Q8+I9qZqHJdyIH59nwdjCd9W/v6fBrx/lsMLj6"
    "swG9c8Gu7hJX3/yQmJRwEPTrcPYR0T/Rf4/vBgxNy3GfbPaJ++dm/31Gv5O6dS3FtF4VdR"
    "EFMrgcXIrNssGdXqzpa9Xgz67Bn1ZP5NwXLTCp/ozV/GZVMak3g+vhbX/05j963kyR+dNd"
    "HHut3iXfHoN8lCCungTgmovrQve2eWWdhjfzMI4LHT6U24+qfyxffPv9j9+//+6H78PTOL"
    "ySdwgHB+4e1lfdXemmYqvmE+YoOpZlYNXkg5sUTcD7SGS7h2+eBjMej2K7+9Uwoc/cPdxe"
    "DSZvvk0s6jTqjrW1NQ7eVLHhg72XaE6dYSp6Xes4psF8+0MBFebb5HG512HorcR2gRfbDV"
    "ae8U4E5bhUNUifVouPwfxDEU3xh2xV8YeUrkgUPpV+J4VnJmVuywkp2JfTO8TWwbYYqBGJ"
    "UoA2ZPE0iii16pfPXMuSwpVG94NlY/3J/IR3KdsyAarv1Hjwh+kYuP8OVk9wdf9G2epr6A"
    "aJLiry28kvxt6Rdt2fXvdvBmfczaACWEeRobq1ERRFNrEHxtAl3wHdPYxGZ2wBP6ra86tq"
    "L5TYSqZ3rAsrcSV8Nn1rfbFOXlFN9YkhRH8K/eI++tOVvnTPOC4870bvsPPOoQ8W89qdjU"
    "2MHG1Fjl4DLxCTRNYSWfQyHQyt8foR20h12bUAOPSGOhEcpNoYqa/0n4FjwXl7nnSj1PYh"
    "HM/i7+HeQp9lqqCr2q5D3SL/Osbt+LX4HI88RLO9icF8pH1aGeqg/3yeJ0sqLxb1TCVNlX"
    "DtcoHLdgbGBJvxBbbFUuycMxCbizJTHBGDCW71BGs2psArjzsxoyIlB7Za2lY7nRHctlcG"
    "rOA2IgpWsPxWcFehzTODJ+TYmwyvZ2cZR1lzC7dlB1hRcFOnd7u8DNTuvretpc4wTjsbov"
    "d7h30OG+/RlnGFwGg/0mjH641h7TAmuq1IKCch1mDUrJmQ2XcXBWI5311kxnLorbiytdJt"
    "rIi6SGJCR/pJ2rnLFvSTaNZ6rTsOPcroT1QeNyJmFlcYbK20RWBavPWZvQ0Ez0v3/l/89a"
    "8FNgDyVOYOwO61zt7q/FmWsrZEtKtDltnYxDOL/KNmu+ykk1CZVVaxqjrFrut9b76qGtwv"
    "oKo63qMnVFUFiTHAiMlnxGSrry+qseWcWD9Px3d8qEOBpDalay76X2ToThf9WDkwUyhifv"
    "QA3je3/d+SyF+PxldJBzkd4Cp5km0WzPQVD2rEJSWMa5zZWF2MTWPnv3ndjXOwb3/UeVvd"
    "EcGOWs7REBzB2UcCPcfAadE9RS9v16dzyv5b4IyNysBBm3HQxhICNoa6U0RhTsq1OT2sNW"
    "BvVMd5tcgeuVKdlQjaKUEJ4a7FFLctI2NZH858DGTbjPXZ9OP4/n4wuUTOytpssD03r0eD"
    "yadLRNCxn+fmdDaeDJTb/l3/J/aUa9lY8Y5f8uz9A4VuSu9strZGVhe9+mF417+7HpBvqJ"
    "sUmbn58R9K/+aWZlmuPhNFYk1zLUfDXwbka41GVNrQXzCxxwzDp+yJzv27IlP/LnvmU4lO"
    "GzJlQhtaKFBqutvmL6zZyf2KNWut0KOWp/dkg5yUqwRrqc9ngthKdRVrg01hqOOCgPUhrN"
    "dLlexhmo051m420HEp+XaP6nHWHYXYZ+TESMOcmyoZkyuXJ1nqWA7WeGcTJZeqbuCFYlhP"
    "uukI2KkpuebIYO/qWtvVsxZprYat6eqGqI8sKVuBl6xlO0l3nWLZ5N8SBT1ikuALbcu0+y"
    "9LatYFfKGJei/RQkuJg80X//Bpgo2QjsiPNyZKPHVsMWQFHuP5MGFmW3mYwjQ6GQEKGJ1H"
    "YkT95hLyX2NQqYs/t467xubRC8ol710/HK2zx20+XGvrBVcF1q0/lqRQkQ3YDyqVx2lMx5"
    "AUH9/rxyh3R8I0IkNNvZFk2qeEYqUR7+Wer82HNGAwFXlP4/xvCZfheqlWhtStN5YkKJWI"
    "vofaQkYUPqpN5EfjlZgOU21Yfl8dIEwUgqIApwzVQ/YmZG+2GVHI3oTszbZCm5e9yadhN8"
    "bHu7JVM356xm7k6gCP9BGg5Ml1zovyxICK18sLi5ZyNRPrcLHVjnXg3HujSGbt1LURXhN4"
    "nix7x9sLw3u526HmPaXXkVr9+9lGtX0/HPtyYAx9vZvkqbX1mtkjjmVzIrCZazZ4HKgLSc"
    "PS2zLETMuYDGRWH7Qt99vykWZQ9IzpFsJFraDY0sqoYFMoEL/SjQUZ6sgYvHR4x9/9hlXI"
    "th1SJ9Eh721dwyOaecpRIvc3c7XIDX1MoemrBesC9xETYRmviIxrEAUUuRZSkbZSTRMTcN"
    "SwUG8PWTZ6tNzV3xBRLdHaIjLOBmv6UteQx730BnrVTSddHrjmzwJfAKi5rdlB6lZz/TdG"
    "BN+IiHw09OpThF5UQydahG1xeiHlEzrjkkDbbTNt15srl1P1rMgcu7yyZzDDrZphSCdpOJ"
    "0E2hU14zyATjDNBVEj24mL10fbxb4tNyRjdVC3Pa11zEDLs5ADVItYyUo4nZVHXMLPYPvl"
    "8xaCLie1Rr35WHIdfzmdxmNiMtGlGuk5noTfe+WEIgpJOZnmoLJYDdlexGDdCwCeBcI0sb"
    "38SF0r5sntGM6FgzXJt/YwJ5CekMeDO/VGkRTW/VvbJhJgEObh6mRhBChPG9sHm4AK2Kk9"
    "M0/h0shMC7mn/eelowJWX18JIiv7puYX7wugS57KbmtO7yX7mu+/WQrmGf6SsTMkxCSohp"
    "/nBx78Nos5DFMFhUM38Gh891PweLLKcBx4csAoa91U1pbprkRK0aQFwYGYNhMYSuTtKQdv"
    "TBDg5dRRsuz11lAVoqQ+cfbn7DpKSTkAl2PirrCxJCbFknbC2YksXo4kAJwGGOJkDcfJoG"
    "JU9tqWq2JUdNZZ2puYsy4qAjsX50XyybiCXZfjUuAHPewHfQyyOo/00oXZod1at0XddNH3"
    "tUiv1QiXvLk0gLYt3aLgJl7bIzIBnOftsUWupPI21xq+p1BxHMQ+gjmtvPxJAsdwpw6RHj"
    "iGwTF8WsfwD0UY4eSpbMfwDylOOE1AEcE3eF4CV3DdCQ2Pqi26MUREZOteUP3WQH6lUN+C"
    "4PkGl+58+z1e/tDMAi4SNcqOGaUiRsAuOym7zCVTK94QPCHVHP7ffveuM1UAdHOnm4pOdg"
    "NdNTj2Uk7LpLRoXZtJaqPu7DFoWK+KQ2snK+7Kxs7KMsSSKLjSDa7srqzrR9XVVgo1KZ8x"
    "B+HciEdKFqIexaMeEGaCMFNrlBV5w0w+qVKUbB8VkkkfrY8ZHhJcj6aFy1YspZcihUdX1x"
    "GOe8YrZ6YTJOLxPfkpTedYpK7oILIixDTmKvqdyArQCVvodBKvE/XQ6SRWrImOUkFWNeuk"
    "I9tGLhSSjVU12WbUBhBvfDI0X8j6s+zdL9FR5aBuiLZA8c5BXsHz4IDMKXi+P4iL1WVj6h"
    "L5GxmWi6wlskyMpp8ezuk/HOSuVBepNkYmucvG/sZ3SaCV+oLZ0+wyetXdFXkK4S8b3d7x"
    "67LV+Fnc9Hg/3c9zpZgWJMefNCQfTkMK2rzo215Gwvjx90UiRN9nh4i+58SIgpdMoT4Tvj"
    "cm1zCPiua5Yzq7P/Owpt6UBJLe5iKMYkKsdgSb3CHEAASfYPYuIK9PEKpE1OoLhAoGpSsY"
    "CBJ3wV8D/hrw17TUCyFoUec1FC3WTLTGPqJglAJPXEYyKPDEa6RwPeu8JDkK7sDcrlNqYA"
    "zoQLbNQJ/92p8MPo4fpoNLRPZ/vLK2Dp6b09l4Qq4Q5czGSRdjMcJ+Ib5+Dl0/ORHEMiLG"
    "kxBnMSIiHWf/4q9/LYAweSq7SD69l+Arcl0IWNPXqpHBUeS7DjyRc19ULg/W4Hp42x+9+Y"
    "/eDwm2VuhHTGWaGOSjBHH1JADXXFw3tm7ZustJts0j6YciTTJpu0KlBUZnA4zOlN+pmKNE"
    "XS6Ps2lp23IJe2xzknfCplkV8Mk6u80CUQocb+B4ayVW7OVz1edjqZzTYBxZgSJ3TGeJbU"
    "exthzjRASrmT+U/FDpRzZElR0pRlOsgqEoqWpgED1ecbDjBI748jCNyFBTbySZVlOdQZQJ"
    "Jmr6S2YcJXq7lxdKsfcPtiyakpdFL1lApZHc+eywi42XHoipOch2m0ZlGvSbWsGG2sUYDM"
    "WMt9LzUeau9e77pquPwnwW8vF9btq91/q4bAxJdpxt17xM+TxIY2LNYdsVx6njqi6vBGGx"
    "UOFeusHdYO+wFQkY9q9nw18Gl37b9rl5Pb6bPtwObi5RsEDm5mQwGvSn9JqNDaw63qI5fR"
    "CRkYaxU4IqG5dspElwSxjHbSLGBiDlMmOBD539fsnLh96nHorRolNyUJSbd7jRMkRidPOI"
    "CGhiBQjnQSjlWMq5ZCGZXpJ0HllXBepx71/vCrAVyUpu2Y5QFN7UdihM7a/TNeYtbl7p6W"
    "DV5xSfDuOdhxN2xyZaqeYC0f/33Gh4gZaWHWTS9lDAU2aPsOzJc6S+qDqbfvSf5EGFjfBN"
    "KN9DJn7BNvo7epfO2m3iA/NSd6Pt59ngkMN7Urq0P5siesxeAozzpP4SvBICeEZFANAkoN"
    "vNoqSNFZcEG6stNhbHtOZXnxJsdxQRATOA8yYFJ68YrAkpQJZntEKG9NF4Qob0ccbqoQxp"
    "3k5QAaoSknyT0CZ2wAL4PgZVnY4EV7byiUlko0f2EYn9SfpJeQ5RgvEiCezAnRXAqnanUo"
    "SeneVeijO4DzialAR7vIjPCSPbekUbbPvl11xrq63w4m/IXbFbTlDLzcZkthwXOStaxm3/"
    "SURvR2+oE4g+9Ke1tU3VQOS6vXvLcznV/nmQhN8ur1Js5vhUhaxM2oSgbL0/qmeEUcYM2R"
    "pcVWAdx2TABuE68lSHpyEXY9nspVudkn/Tv+3/NLhEC3VNTqy5Ofjtfjj556VfhnNujsbT"
    "6SUyLMeZmx/GD3c35HOtrbmgXJzJZHA9G47vKBvHtjErMzg3p/3b+xHN51fXG4Om938cT2"
    "Yf+qMRubSybJd8bWNujmcfB5NLZLG9usRLVD1fx7R4RQFzSltY3GqA3adU1pLuTwsLl+hz"
    "FhOTxjXecJOzDhGzu3oCAye7Vk420Oyyoe9mCKgIzQ5CQBAC6g6yEAKqFs+tQ8lhIoBGJI"
    "BYezCmBiGgs1pDQBCzrDhmCTG1ymJqyX22AlQfHJlKFCQxjRwtMUjJ56O7h9HopCTlMAiX"
    "FU2KRukOxZJi0UGxSJK2Us0nTAM5KmKfS77t+hHbXpDH2a4dZFGScHCXyuHPW9VAuuuEpO"
    "IoLTk/klTT5x2OJP0ec4/4lvy/oCxBK8sSSF9VdzK4HgzvZzT/VcPkMnXBew546n6fDGYP"
    "kzt6093a5tzs3/z8MJ3dDu6IwD7UNjd/nQxnA2X84cMlerV1FyvWcjk3Z5P+3fTDYKKMH2"
    "Z08Xi1emh9pMi94V3klm6yir7Xn2b9T15VX69oFP0m08GEZvP6b1uYuhtm7s7N4e39eEI+"
    "SV9vLNttR2DA3yiEI2wpOWn815Vz5YWxTQsCuCLxyyxUm49ZdtblD/HCOuOFELOCmBXErJ"
    "qLWTVqF0DICkJWELI6PbIQsqoYTyhdAmHANgIKtWAy4a2pFgxE/yBjsVPhaoiuQnQVoquc"
    "6CrreJEVWQ3aYRyIqobdN9pTF/1riT7WluAWTqxgfltSDrrOHvRUdrDesbXxclZEArnj+8"
    "HdJaKSc3P6cHU7nM1oWWNn+7jWXZfWOr4fT9kl6rWif1/3764HoxEriEx/u2G0pfoxREfq"
    "jI50y7cM+RDVOJfDjaDEvCdlG6kqfgpls+0THWCSO9Pe/l5immOCMMdtnmNiMtgWpbA87s"
    "T8m2lBcHOm/cYa+eVPli2IbUIKgOUA62sQoss2JQfgQqwTsp/acJ7W4E4ONtIK8L2ODNWt"
    "3aEovIlTpwi84WYKzuVD4CbPnQwXc4ZuBvgewDetjgr78KPdYM3K2lSPyFgS7cn11yUMQc"
    "uLdgSoFoh4KOFsVhv2+H3/EXRwP9QOrSRaEBPZObSbi1gLzbgQKK88m8vamvQMEwM2IQX2"
    "VhrYF9XW6eGteI4zAXA5kpCClIYXqr6dquobUNGBMN16PENVUZw0HREDbAvyfAOVuQqubz"
    "BWx2AW4vtG1ljMqL3uT6/7NwOg/ELBnxaAelQTjTq9CjO/KMQZx6EQ3uvl+RKCshJAnpTL"
    "URCWCxHjTibEgDrJfrdk1Em/AwgOpl+gEM4/HgYeQTIcY2727+8n41/oxcBTTQvP/Dy49h"
    "/8E2vsuenH4f0941uu9M3Ge+p6MPzFe0rD+gswLr9exmUY5RDnZCVEgZXVZlaW//KXYVjG"
    "JGGW2zzLwX5eYpoTojDPbZ5n4Mlnn5ny8uShYbhss8552VNtLYFPXaurfmlba6UcPZUnCi"
    "57bsVGX7cQXcJpQVjCPHh9p0AJfFOSADAnnOebQKLwpuQA3DS45OQrt/2mBWHzPRwvjR1a"
    "FQShvoIsAd45XyDMF1mfgHMRnNMvdAGUo0dYBTDLzWnnnPeQNVApwoWzBvj6BeB7iGiRVK"
    "kKwBuxIgDfgztE0uI6bdZLQKeApBdxekpWzksS08M0lboyXoCrckKuiljSBaSxZJuwBBsl"
    "2DjFII2JSZMRUBmwp+D6t+zgBqp/u/HcNwgT8l3FpQDZw44rN0KsPVKFj3J0OwZyYV9KfI"
    "EBy196ln/Lzq3Ok/zH9oLP8Pdu9PLsJos+UkuFANob1sQGHRp/cbFtqkbYpBUsqRNZUmy6"
    "BSn/URng+7Pfncf3j6z7MoT/iHhdvPAK0D67H09ZEeS5eTu8G95Pxj9N+reXaK2b+sa2nm"
    "x1PTfvP47vBuQp8iPw3Jz1x1f9Mfl01XpUrbn5880l+pNWVL6h5ZQX5L9uxg//pJ1sF9Z2"
    "R5vYfnroD6cfxw+X6Hmr6s7K2s7NXwcEd/K1Po7vL9ErJmi5CrmzmZujIe1saxAT9azEOq"
    "g+GyC66Qm8bQmxUmugZQds3X3+2p5hk3rfzjbYXFDERF+6wd3N8O4n8rp48uTl6Q/p26Pq"
    "NM1mNBpf91lOjWqw8CQrWD68/uTJ6Nozk0mn2dwM6MszodeIgkDeIJsl2oxv70cDNp5mrT"
    "dU28lIvwl6XHuJOrTLdVtScpzto2u55G0SroCRlJTG5dVwEYyF7rAqOOIzkJSEGSg3A+w1"
    "J1+rxDuQkIQZKDcDJbcg2H8qwJ6ejeLQR6UA+XLI23i5JT+2BPpJSZiBsmt/t8bkAF1jgp"
    "+QFZKWlC5JuXplk2rY2w1nqVuWgVUzA+lQKIHwI5GqC+LwSrPZi1fj8YiOHOYyXQ0Ta/ju"
    "4fZqQGBnqJOHdDdzc2HRaFthFwRWdkpQuoVdvYEdYsZcOaXQDiWlg7uWYgchbupiYWOH49"
    "yY4S/5qUgxWQlQz0uUHPw2i+0rAbZvbvu/MdjDPMnR+O6n4PHIXFyPxldQzaPBBb4xVK1c"
    "f6WoYDP5wY1GJ7qZHlwkKZzZVCUmfC8GpR7ak/2dnl8o3PI1zHIYCihT0iMhCzPd6pkOwj"
    "tlZjohCzPd5pmGci2y6WOcaU+Va4E2glK2EZQc2DVeP4py2GMyAOpBAruHVxpgYUbwbThQ"
    "t/AtSgmOLawCTOvTVFnoKLglWl5CT8ai4BbtyVgkeTog6hyZQM3Y6jf+WB1UFTMzqGOs0B"
    "dcDVADOpCsKOkuXlcB0pCMIytGfoi+CpjuvaFkRcqjkxwJ1IQNIi9ElLV7NER0kIlXuUdW"
    "pKivuoL3buoPIxNMtee4hcpBVq5bVHs4kPOmxLSWg8lvZ2MTI0d9IcAgy0TuCiM2zF8crz"
    "XFxu0h1UEbW9foI+TDDR0vkO6iNxQAbC7OvVS78+CRPzT3y3n4Jf54e3mWQL+Bj5ybKpG3"
    "1hb9lWQ0RO5syGdZNtpYdL576FV3V2RMB5HliA2kmgukrqk80k20xOY5+tXWXRcTIaJOI9"
    "VFLEJL1/b5WbhqK6ulkkcblCwJsBGyYHaq4LNuClEGg+eb4z80lrJUPVVQI7uSCLjB89KR"
    "S6onq7F9SgTbUEDGlXvxvsjSvXifvXbpvUQnnnW5hJ64nEyVRJrmdbOzWcABvheQhkpfZW"
    "f3jWicJiYDAYU0qJ6KLYRpVESmvaGuII0VFPc40s8dFgnpGLxFPd3RdcUvLnTCqi2eFzfL"
    "nA19vIds2b1X+bAhO2X57milO65l7y4RkbV3iFVh0ukzzMQzLfYJiIzELMPXlYUWOjMu6e"
    "3XFTH8UvZqpSOD3dhqZSTbbmQ16PNKMvAnISEmnaFTvQ3pWiVgjgkByAdBhiyQOrNAoDtg"
    "NvrdJB4WSQQB46B6g2vriEIakQALFqytxqyt5KqtAFS5qVqRF1WYpFW7AcsYNln2a0C/OW"
    "S+hnQf6NnQqf2yl2MG0grEorUZojIyBmN+eFfIPHmXY5+8S6rQ0BujMhXK1F2FUiWweGgr"
    "LSsTxFAy8NTRroZngDZRUkpWrUvLwqtQeiJo4x0/O15sl49KSfMWVNwGaV+oVgDXqBgAmw"
    "6mPzniW0ZUShpMG94pwKlW/WqGDlTgU2uBA0jMpwbtkSpoj1Qk7dHGDrZfWJ7H0Ykz4Ujy"
    "uDE5+UVKBW12vSQj2Zrs8jKMqkArSDOSDa/a/dpBSmSWazuSMnnIux1N1AQHd6eUl16Og1"
    "u8qPYpimk36NyumnoDaQYnNinDVlQ2Xoqs86RcJT2sWtQzrvqcJeBBZUMPPChw2YCL4eQu"
    "htNwTPyqGxwtfF+PI1v/jhT+AMW7U690nuLtzapgE9uYEHSxTWgk6S62oHyfWPnuhnnZ2b"
    "wOolU6vDqMeTtIICEdvLXkdrCELnXxQhWrEjFhrjgEh8ttJmBfZk+IvPYlFPiGCgedwtRe"
    "q2KI7gVgiYIv5CR0C7IEK8BUtHRmy1ZuUWj372tGJhNU8z5RNe96nXghZYPryIsSOvKceX"
    "EKCXj0OnUw9XI8epDDVJkGRY4PS3vmmNp5PagjUg02oQ5WcGd7UGvEXCtDdncgP+lIf8Y+"
    "bbiUBbaXg02kBWaYjHjm2GGnsRjaBvKRJgPXFtu/3lWZuZI1EEmCm9oPhenw9dsNwRLPNB"
    "0i78BB68H2ni1YKrFvoslt/5KV3ndW1maDbaQ6z04PkcWzXNKS+7b1QgSfLGvhIM1aY0R/"
    "Onrja1S0kP6rTfBF1nL5tofWlol35GnssOfSJRQb+UQwf9pl/tAtTpDNEEoAlSERiUxTGf"
    "KKJA7M7Tp1HsRT+k5RLdHfpnAw80UxJ1v2Px7Irj24uUThGHOzf38/Gf9CL/r7B7k2Gfw8"
    "uPYf/BNrrnftejD8xbumYd1/7sPD3Y13jVJo/O8EAXzpA/g+ZUrYwI3LgYkLIXsI2RcN2U"
    "MndtlmPcCoYCf2Mu2ts8QhJp7eVlequTBKcGJScgAucGKAxNF2z1ZBx2FqB60A4dtwoG5t"
    "CiU4B7FTpwCzY7+ZVoCz3MyO1LlzRJ/2ZvsgdwTw2MKE+iQZINXp5g9bIXM8/NE2ydnO/V"
    "hPZuAFdUrX6eU4xsNKOGLe8YQYuMgPusg11bZ1ntaT05F2LyKdO7V6gOmO9Ey+gOBKTohJ"
    "B3T1lTT8srclHGhxSXCgtcWBBplOJ/bqGJbGdF4xaBNS4NsBfxn4y9pj0fWO8pcFL3cFwI"
    "4iQ0mKbWIrzODYQerTiVKfKnX/QMHV8g6grAyxJKaHHUGQJSahNwiyxKBLR+WYnqCfDzSe"
    "qWFJP6quthIzpaIisE1All3D6Ia6iliHmbgUIHvYBeBEYohHmlLRcGTHQC5qTyUWGCTd1e"
    "VqOZh0lzreKsD3KhhHUmyjZ3qrchmvVIPOzMB07d0Zx8aN3e/l2bg+2erRE1DIq2rrBW3d"
    "s7GJkbZSzSeaHohU5I31Fwc5LllJi29eVGNLEwrZ0OgNUfbfpnMUyw7Csad/P9vT7Z51j1"
    "ZEmwb86xhDO8+GkczWbsR6ybbIydqkd4S79EbFZNJgGjYmgzemTFpjINvmTjRns/H9wz15"
    "sazNdjM37/v/vEQbdRfkJAYZiXOzf/Pzw3R2idTFn1vHnZu3g8lPA2V4d0n2JvsJK7oZXB"
    "s/zIKL1tZNbm1FKAuQyVhvpeeL90XwvXifDTC9d/o46+FwSvd8szEqsdiCra4R0Km3+poJ"
    "TFD3vdbN9nRklrat48odsJ49oi5dsnEK64RccdANS+uGwIirM34GuflfIcm0TGr28fnYrZ"
    "vgep31zadftg3goq7O7KTLU/s6r1UbT/Ca4mffYEN/wXyfJ/e5Xp7vUyMSiu2L0F9MZcS8"
    "n2QEFIyAlpaNLObO1I0F+S/2B919e8jBpotUB6noV0x0bxc520c62iNGa+w45JcjcnFNth"
    "gipOEMN2mdn3bAn8o+xV8egbdnQZ4nWIB7tUU6W7Z7NTqDRdW3iAgcN0I+Uz6gXfCTtsa4"
    "9rcXrk6cEQoIJfJ04WqgbnIDyUGWqrLJ7EC83hjkt3Hf9ZzswLiYhEu0hvzAlheDTC3Ssw"
    "02FxQxMcDP7gd3N8O7ny6RLz83p8EVJ3Jlxv505+aH/nBEqzwuVd2gdR+nn4b39/SC88zy"
    "ItsRK1FduuhdzgRmHolREeBNptqMOk9im04oAM78w7uNoTqugm3bEkqtj0tJ59SvpVgp3c"
    "TKJH3vxSpwxrVsdXfE9xZgUijDG1yuX5PLFcqhyjbrnJc9VYULHO1VaXrgaK/V0R7y4U/k"
    "Z6fOvjOeY53d6BVgETN/oe1F2yFVtlPvdi/Hc8z+nYI12+IInpfQhVR9LS8CB7emSDa8ew"
    "npjLkibM1srmaKqfmo2+5qoXISvbN9yFGZr9mLDCZS9prtprIMrBRQllsCcPeVZWu7YT85"
    "rS17d3LVZY09U7RtIPIeRyvyzdDjjvE8PGDO0R8O/vwH+XL0LyeaPed/BM2po88HwT30xl"
    "sCb3vodaVrK7RWn7FDGwQmIzJNfe7c3GD7G08eGfpadxHBA3/jqMscYkowLttAw7eAfKnj"
    "2ChgKhxpKmhksYvossHz0lVVvnhXJCrxLjso8S4dk/gssGD9p5s7jr9t9Yrtcsh+a24dHM"
    "xw4Yj9w93DlAbcPem56f/F/nvw2/1wQv/EXza63ZZo/Itq6OQIty1O6Yd8iyMuKaHF0REL"
    "o1DszVtzTgnDMi7ZzDS3xEDv3CxDkmzVBxfdusuELp0qXTHASajtjXGsra0JKc97iQYdwZ"
    "qh6utmvMHVqxjg1MyGHpya4NQUOY9yaeaZuOazzL9eZHPcxVFf15EOY885OYsM2DGoizqO"
    "E8usQE08cMpLkCoaX96Z3vnoC3DIS68ESwkKwHfRfgJWy0lSFaJfSwDjhJh0/JZakhWkL9"
    "zXvx0/0NQydW1taXLZzXB67V1Z6I5Gr7XDge19P/FqRXE5abLKGq5RFKwF5XEjcFompBqM"
    "l70j/2v10RlRnsh7EwIlvLx50rDIyy1yd2VjZ2URaeFpSInCHJSbAy/auFB3InnDcSEog5"
    "YFayvCvy1DuiOu2EJRDm+uXE7f6iJz7PIaV8MMt2qGXctVDeXzlvxLxC8cl5LmbKpse9Qd"
    "Z4sXSmjuFPUGJcQA2CSwG2wrvkuT0U8FwOWJAuMuVd+URozZD03rq5ZlYNXMCLlG5RKwPh"
    "LBunANnJzN7vNX4/EotsVfDROa6N3D7dVg8uZbtreTh3Q3Q0HVHUXVXP1FFPCYHABeHHCg"
    "FWRvJvLSCjQyC0+WLVoSOy4FluDB+HeAWAWx2evIUN3CuGhwNrG8hMOz0VSOMEkpcYYIND"
    "DfZ0N1bN/KwrvW1uU+dYATt96TCg4VYYAwtVxh6qC0hmBiVUJMuvyq6qN3pq49C3MCIjLS"
    "BaurZwWoL2SV28rWNkRAjktJB3MtnIANwUhoJYcC8hXirA9gZaU6nD66B1AOpSqBukV7cv"
    "UbhrXBplhB2b0EoHsIXfIrLUF4IyKA7yF8DfyChU66UKDBQ8607LVqNHPUVa+0bSz2ScXN"
    "jr0AREKymu6VbrcHxJLjyD0sBupscBmWFUcY5qHcPHQkE7OrezYrSG9YT7pZImCSEgYySJ"
    "vJIBAZy37N5I2MtajQesve7Y5OOudd59RZt5/IzJFfaommWicFIShaoIZkCFoFcdHCOast"
    "A7l4ympyicUCo+RroLuH0ahYYJTVqTkyLjq2FzLhzTUjiSUSdFMtD9SVN9iAjFUkat+2Q7"
    "4QYNGy+UeE2oMy/VJCBGSEQxC56tOR+HinwEx9khUiz/lXzcZ0z8aSel/yu0azwY9Eaxo0"
    "oL4mQ+FOVnk5ISOIvpKZpCD/fT3YnCXYH6rlBkV7hJNPgPLLJyULud5aKOq29B9vrJRtY7"
    "G86tu0gCMrG/pu+jSgclxrXBlQeauoG6Ol7TCiyjBHUUnoygdVlbSefrhNxtjESFup5hOm"
    "vSciHSm8wc7RveXoNLkJ+cOiV91doT+CotKW+QdSbYwMy6V9KVTXL46OPgw/jFkjilh3jP"
    "o/7oCyFVTusfHyOKUrL6gsmd7VSBw5Wzsjy10oJzp8Hk4RTpRe+rJXg/7k7hJh1Tbn5vR+"
    "cHdziSi9YzE3J4NfBpPp4BLZ+AXbDqZXZg/0aRu7W/q81+EhaPAwN/s3Pz9MaQmtxZ9bx5"
    "2bt4PJTwNlSCSYa1zRzeDa+GEWXLS2LSmsRRRMR6yQ3F5CPkLGRZEuieSpbIAvUp0SoVx/"
    "1dsTPZeFFuyy9GptWZCoblrtXoXim+J8gONSR3b2bBniOQhzOnsG8Tl16fLMroMsz1AO1J"
    "KcWgCPonnhSTkgQUChBfDCnYEXDrxwXfHCnbr+fSrKyvHF8SKxBx1yTiDE0MF+Bk2R3rWh"
    "X0w1nVdsI9dCKgqH+2aNHYf8lrBP7Dn6FRMl2SUClom/oXsxioWhkWoY1qvfi9aT3XirLd"
    "G8tpkPnpuqpuGNe4n+ICfMQnedPxCrtUaeZzccZFou2mGXtV6kbXTJtyAABoMUcfVFm1lA"
    "fPWk8dW8njc5cdbcpjet8jq1xspre5/WSlx8/evrwT11y7G9grrxfh5cz6gb70+skb+v+n"
    "eX6FE15+aH4Wg2mJCP1Q03vd+dxi3n73hiRk4gIU1yWmXGjbcIStT4TAsCuGA5guXYqkQk"
    "mPUGM5HAXwD+gg74C07M2ulrnsLA8RIEt3p5zgHVewgqDspl5IqWGoQag72iFhP0HKzRY8"
    "DQ4YJ72F8QyLYZ6LP+lNy5RKrjYHdujob9q+FoOPvnJTJ09VE3dHc3Nwf/eGCX8Oct+5tS"
    "he4efKqQucWMGjS4m3rcIGw6+HS+hJR2UST71tDNY1O3fra2tqkaI93souJ+kjykoUlWj2"
    "vZu19UY6v6XzmlNXCeylUg9OB55SUQKBhYuLVeCEbfqC9k5p4w0ogBQd3xaPrpAamabTmU"
    "VMsYurp5iejorDoV+r/os7tDuneXzKjLRNP03hrGBzWnXWoOmSgBVP2nwbHGadu2LVEyLi"
    "YmDapNFyp73op5OfYC1UDe+Q1CQAVJH6+xiUjPwtjEM4v8o6AfZOqN0akpKOoC2a+7InyJ"
    "ozQVX7nLzEWK3c/VTv70nhRKQxLycvzu1w1UAuvD//PYMD9k9FS74WbrEHRp7BSTU4Ip26"
    "aPykjnMqk+8TpgZBfleQfPH8nwbll6uxjDe43XQksyeF66XJlaSv8nNu2iICfE2uxpas3L"
    "vz8QxYEGrlUGzGnPKZAjsqHvZpi8UP9CyFRprodhiFkFEfMHR6bakb1kB8Pk8jqiVCcECz"
    "JArzVYEIUs2wIPED1sgIezWCThYIEfdRdZNlKRxzY9Rzfk6DEd8gTyNjEHkdWEbLyxbNdB"
    "2tZFa9V+0k3Kzp9+euihoIlmDzkueTmRai5YsQ8TG+lQQTMfWXH0AFwETbkI2OIQ94/HxM"
    "A/Xs4/7r2N4uDH5QD9cuiD5+ZM2HPjb/ki5m5ERL7qETV0DFNt1+QRV3O6Nu5F5EO4hi6v"
    "Hi1UzKiMCwEBm3eaqbHW7kWt9bgU2OppYL2IjKiaHJWSab02rCUYlsYscLFVnZCCVX16co"
    "iEcOY49HDAHzjSl5ekI3Rszyjq1ItulhkUEI4KUQG+kUQWSaGNa04FwOWSlYSBLUZXatmm"
    "UBlfiaeXVQDqdWQoOZFNqKMF4A2O+grgHUWGkhPehF7UqupE99jWrbhrOn6nlxcM0AzLwQ"
    "tlwx4tHA3wpNDaMt0V+UIWq8a9Q2t1hx4xYineSDcdfYGRzkkDKDMA8PzbxfNnUyfi7gkF"
    "pGPn5QEZuHp+zPT0/JiijXivZAnWSFQQSCOdIo14UyfMGUmIgYV5mDISQFaB4iM5YySxuI"
    "QJI3VqPVPsugZeE7Uhiw+ReCJXC3LCZ8VYEfRh2qiEpiUudQMztoKJWA33/UUDL11kbd2e"
    "16zklbYleVUdtCQG5oKnHVU1LLAbWu2tzVaubHJ48NIfMuHfC0gTVq8uDvHFxYzwJMZ3To"
    "hJR+KvPkLZzm4XnVNeYmF1Q3WXlr1W1DXzRgpzbjIGkGaXaDistsQlkrIjQoB7yZRspqAt"
    "xLFPCAL+5fC3tnbpLSgtC7NQ8i3IKd6csfw7UbC5pAZzUUSDucjWYC5SGoxp8biVOYXELC"
    "63svvKYS0ZnvZWkI6yF5CJCVSXZ4ugVUUAOnSFTLZFInptA7mod2u/ttpUOzSOfq5Xy5+e"
    "Qk4t8mMF+v0GNgPaj+B5nGxMYNXIfy2Q+kSwdaj/yfb8Ug6/me8RY0HEr10RvxOQ6FuWdF"
    "A3iZ6+GKK1TKMyoIYUUUNoBFRZ2taaH1/NzqIJhb7mNpcMCJfjmz6AncvzTn9VyLHIEsHB"
    "VTl7aDYlOy4ljelcmYt0rbraCgs1JdhLAJyp9EJ9ucQ2JjaCSAeihBTACg7MdrnOlpjsom"
    "U89w4gfxzytB665pZZ+klJmIHS+fpQh+rroxRCHSqoQ9U+v2vL6lClWYId28FOUoqqv13o"
    "7sh6OuN4qMN7vdwmV/QpxbCeWtbmCjiO1Woh2e7krUPpdWLOzqiMdM7OOkqG8DP8sgHeS8"
    "jnr68eX3Jq6O7Ow0gA5ISYfEhXX7HYh0yQwRsVgu3i4HJ+xEuiq6YR/nk6vuMjvJdI2oa6"
    "5qL/RYbudNBYyMGVQhGz/wI839z2f0tCfT0aXyUNOzrAVXKbXrq8ylnZsIcCgHp51F90VW"
    "Qz8R9vcBtRN3ozO0n1gexueZwaPSjldThR5VzM1RSRACfTQSfT1qmkMbjc7qXIkmpVvupw"
    "gdcby8WmtptgzbK5BTvSD/Vy+3zuH1ds9nw93bQ0yzNUnvEOOmh1w7kSzlnhRIFAQMI8ge"
    "otJfomCIDrPy4htN9evC+iO168z1Ye6b1EngAmv9RxlZXqCFWYScpJiHf1SzkrpyibkJKV"
    "UvT1JmXEF6+zsfz+70Xt+ajMUSZ928Bt2qbvlt0JTIfyhmfKTjqNWn9vW2vLn4p0/b3wZq"
    "4avwkea1ko9GtR1etLmCFzLaK/BM9LVyCv+niQaOC4+aBxh1XCZ/K7+OAOzO065WaKmzq+"
    "bJuBPvvwMBopk8HNw/VsOL4jg5IhFBsvtiz6PTfvB5Prwd1MGX/4cIk22NZoDqW1XM7Nq4"
    "d/KnfKT2Tc20v0uN0ppkI2W2U9N28Ht1eDiXI/GV4PLtEarx+xrWxs3cdINPHpXZG8p3fZ"
    "aU/viur5xaa1/joCqd3pbGGrS1cwAnJ2M+l/mF0iJksn8u5mePeT0r+/n4x/6Y/obJoLMg"
    "0KOY5t60U15qZ3b3BzibxreDE3J4OfB9czes3GfzIO8twkQ9ELRN5LHTn9lLorokOtLKME"
    "tTolCtzqctzqskVRoCBKFejbeIN5tt6VZRlYNbOs7UAoAfsjkaoL9/BKs1b21Xg8illxV8"
    "MEqHcP9Nx68y3bd8hDupuBdeQcVB43AuZCWlCa5V6Z14iqEp9djlM5E9WIBMCZyvayMRbE"
    "MyoCgKaSbD191qL+I7HdNiEJW67AluuXz+Bo7dm+5KhM877ks78vtyazooh1pBuubjrn9P"
    "P+S1CPb62HOdIJRGhaknIwNZVPDbFRbdcp4fuPCcpHOeuIpz8AKZdjRqzvMjMcEYP5bfP8"
    "QgHGOisfOdvHte6WC5AmZSt4j9pJMZTiPQpcmSUmOiEK89zmefbc04qNVUcs0S8lCDtokR"
    "0UCCbZ6MtFMIllNmwWJWc9Lgmz3pZZ52yu/rfnnKGiFVTSgpDdwnFuqbGWtQWxTUgBsNnl"
    "nqDwTx11/EIzSBRejiQAfLiykgpdwGvsAg6FqyovXJW1WwDABwDmbJAFII4oW4DwAYTTiu"
    "kRxdfIYIbuBbWOrMEW8uT7+yE7aAplVmKLLlfdxeuq4BqSsWTCqZFEjegay8vZSKzFAukb"
    "SvKNONxt5Vfas9eibVKCQZCjkheUXGOXWTeUS6Sihe5olDDotwY2WRdgG2uYjJVuvFLdsF"
    "Bdr9VMyOzcE0iQqLOuXsdIv5KsdnDDy+uQLeKGP0V/6dZNb9UNpkPtRQjXpBhge9iVxdZi"
    "BTbqOBinY/AWtVKj7yy/NyN3AVeAbCxhW1J0k29uhpPwxOn0zLTNM88C27eIXRba3IcNsh"
    "mxf6afHhxiG+1tJ816wbaD3pjEdrpEmPyxow/1iB3FDKbA7fq2h151d8WuebR3xBJA0Ssx"
    "nTDSXaQ71P5KG2zNfSy3wlfsHXKet8dV+fpaLLza6gaw2RO3LmJiEoWWGrYtQCOqMXr6vB"
    "UMmoYCgOdhDRN0oQp1Ia62SQ/H47GdeqNIiur+nW2VbnnNNpVbojB6PzKlW8YfyNUt9fXG"
    "sl1/n1LWnkhBFbPv++J9KWQtidZn4CdV27HO6H9xkDcuWmGVNkNHroWubXVhYOT91B6y8d"
    "YhQyx9TdDEX7yu6mnNsvZP4yqUQRUYhjAok6dUJiEQAJWSyldKup+MaZWk6SW1S2l9JGdu"
    "Tmfj60+XyHEt7TmoezQNSh7R+w/396Mhu+ZsaUiUXR3fD+6U8eSGXbc22FSYn8dJ7lhFJr"
    "KGhgVsWsQSrfci7UjmpR8rTTIvRHiy3wV5IzyQaCHbrGclWqSs2NMYBUOmyP9sPZ5xDIL9"
    "zSLGwJ/WIxRwlUt3BvVOEvWOWquihlBUBpJjiyTHYlOzFr7vpCjKURnpUK5+Ibe9iisHam"
    "2FtWe8EET87Prj4PoTLbjqy8/NycPd3fDup0tkb02TTMLcvCH6yCVaWCaemx/6wxF9fKmS"
    "95Y+PR6Rv5WrPt3MbMswKO2d6Azt2JDWey9jUXszIgL2ZuX2pmu5qqHY1qtIK5S4EFQNTI"
    "b7rGdRRCMSAGe62q1Xi1oU1JQcQJuE1rPhxKFNyQG0qdK2qqutFEf/fxztO7u6bUyoOVAv"
    "3nUFVmzbFodNmqNpBwLSqdlQ6QdckbHnyjugl7qpO6tS054Qhbpp7fE4p+c5YhCWmOq0NM"
    "x2m2cbKuI0WLAFKopUXVGkSDWGSP/vBGNcoLKAF/Datx7vmF5SqAAD38ArgRLZaySCqP4g"
    "a07b+8SyOxhqFWl2fzY2MXJXlPuomsgbAPlvHs2kof0SyLfuId30LlMfJ4td/Y25jSkEaG"
    "suLOxQ9uMamfgVO5QAaTuc0gu1fxpUZGh1Hkl2MJlsPERBEXHbhQKQ+8BzgJiu7u48UFKg"
    "5gUcY2JtDs+XdIdU323Vx0x0/4iJybSGG85Iw1/IVxAJFYYCECisPFD4p/UoZkTuBWR6Be"
    "oyH//02HZH2o0x5l7HAC5qPe7XFT9t7ZSEyglzxGQp+p7ldFjL9y21agmVvwdLzFevjspO"
    "Au0ZtOfubLtxagZnNef1cfQEGmzfeBrfdoXdG8s0ZYFuLCIxWrpbiOjFwfOgFleuFgdEGM"
    "FdJSoGrWEFNhcwQ8AMATMk0wyZYm1r6+5uil03o9xD8pFenkni+A8rjvf0CTO9njEnspqt"
    "U/iPV6NQnNYQqSWZP9vkeFGNLce1nK1ehALN6xenUZZr0SQgBzj7Degm8Y7D0WlTDvDUVZ"
    "fL26XKPSSCe/mnA31KWfuPQf5vl5TAvBOAnPo25mxDM/wlq15dKCFFYDFvgxn8Nsvf+8P9"
    "ZTS++yl4PHkgJAONFAhRIzIiBTakgA1pqI6rOC7eiDm2Y2LS5Ls0HdP11mwJLScuCcTj9i"
    "g12cRjSCKRRZctVMXIEW1TEZGoZkPtvFp2lG0Qn4r0PIxNPLPIP6plobdrEor67yJLr4AD"
    "77gKrCvVNLHR11jPsTNeCdb4E708o0vznlVU7+GibOCtjZyVtQlaoa1V+xm7G0PVMHpDL7"
    "CbG1pD31DdpWWvLz1+roNUGyNvbtn9N/4X6IVPeg8iffH2LYcY3OAHgx3ZLjsymCcRv21U"
    "RjrnbfUFVdpf5rahQHsN3e42G0Uw6BARkcIPkli9F++LLN+L99nrl95Lo5zlb8oHWjKfUw"
    "O8EaIyYMch5+Mzr8dKDtoJOek2j1rQfsWPK8t6Foc7JSgd3rXsJI+qg5WtbYhAHZWRDuVa"
    "VrWjP5nKmujXVkaJ0IwAQVxMOqxrKHlI7CKuNyUH5L2IdABXr9/pDrGhXf2Foz/nc/eicg"
    "0GXgKzpbNxl83WWSnlQl1JUYBdBHbDULSt7fDqZmWHdBNipTaUDoVY6gjrUghLRUFighDq"
    "glAXhLpaFuoCsp5ks14BWS+SoEMgIKqr6/qdABKajkDRnRsy0ogN1MGlkFl1J3ZI+g7/SO"
    "OE8nDd+4PJ1is+rUfTmvb4WLTIQFM6jqxIOSt9s8amq1DIjkVr6g9GUZMVsGhLzyOQet5G"
    "2onKiNPGMnRNP3pF0V4z93SonUxA1Ulaj5yHHB5F/LQ8zKFIntNFutjSrQS5K9VFXssN5F"
    "oWspYuNs8Rm9BLRO6tiebB+A60JxDyPsJjMfi8jR5ynrdv/4aCLeqS3Q3+OkvMQFOfOzfp"
    "x0DBtfZTast078rIlGu8Y9cZa7LVWcd82Oe7IF1oLwB1dDnuyUD/z8L1MFdIyUQY4h7puM"
    "dnl8NpyVy8/tOwctMrVyWH63rjivRNiYpIk0ICvT2qf+3/+u5dgfeePJX54rN7ne+iR9VY"
    "QcTPaE9Orxnn3JwM7kf9f3rt8zA5L3asgd5kMB2PfqFt82zsWMaLF1Q8vWrhfUUlZIEX3F"
    "WSYrCzpGtSUYRKOewTohCNa4+DPh2XCV7nUvMcE4V5bvM8Q9Q1e+vsZvwNoq5f46xnRV0T"
    "rHWq2Ij5XOJCUPotTycSbQ+VFgTvQBreWOxRuIcAT1oilBtwkaeIG6kdJT0jwpUO04m7Hd"
    "tUiqZLx/dTfsZ05uqvAGjB4HvLVn1RlHlv/WGsI/txBUjL3XsufXYJN5+rM7wd5y9xItwp"
    "gtPhIDeHYFUozh1PslcdRPDHDm3o9cbPUKOdvShV+W2PNu1CjJKEdBetyMNEH9VWtPmXye"
    "4Fo/WQai7YlWtbXRiYF+hu5IPnpl88wEWPWCMgn6OHSK2BvVi62MAlG0Zf4PXGcrGp7dAz"
    "3iFr6X9PgmBWAP33eHp7bGLocoSmDK1RH3o5EfZ21DU4tSZXsy88/XaUQDsmLCHs1UeH82"
    "JEGabKCeJCMqxrcaQ5otIFPmvo4vdCNeo1j6uZ18QvIiVNPK3hYo+6i3mwZ1cSDwWOqiTe"
    "TtOEB2MthcRdy1UNZcmrOZG34GNi4Goqu+aBw1Jz7yNs6C/Y5nLvM9d2XEia7bw6X7W1tT"
    "Ueojla315EuoVbvQ4C8eps6LsZuYR49dc46xCvPt0hle0HykQ1x/vTZZW2ru5vEBetPS5q"
    "BXGbIwEumuDesgVcFNboi9uuAF2YMs8LzkXz6QsE5uJ5/IeDcveRKtgols/phaQcTCaZLB"
    "v0Sv5PNd1kDCwMgdEEUS9cdo4GxDDaIZaRh5jTKxWSa+Zj5+bjdr1xEPnNuk1UHzLq35Dq"
    "pb1q1nqzJTCxUT5vyWfo7o6mu3pJsUQFYp9hY40sHCf4UvSzNIt8Dl6csye9UcnXMHZz84"
    "n2WSc/wyKiyDJobM/7LPKnSb6Rjajoq627ZHBy5ZVeMXF2aC+ye/r5aBDOa5GLJqfdVcMJ"
    "nW0766pW1CJvsNiyTghK46dp2AW53+rE4I/LAfpHoS+WZRsXAlOF46LsXu7iBpsLvwaOUP"
    "rip0tkPc/N+8HdDUtc9MehaYuzSZDL6NpeKuPNoH9ziWghk6TedprwNiRFV7zwWdtB4ahS"
    "XEo6D30toSUTf3EVfzGW8NlyxCGJsD1+2rR7HpsE0m3JZpQxUZjnNs+zr1yVKcMcEYQ5bv"
    "McQ6gt++SEUBuE2iAu1L640GkiGBNMvrymGzorTjrZmmecSEb6oV6RiIYdEyvamtTEaKM6"
    "Ds2goZ77+CDoT+vxEr3SupfMnb/eqDZe9CJXbCLgxi9tjQUyLZfTjbTez4IGpO1qQEq2I7"
    "ucVhCXBK2gLVpBEdrVUjf1khp/QhR0/vYof+l5Jr/06YnHpsh2i0VEGvSJPWJvOXUxXcl5"
    "3jqKtsLaMxYMkcbEwK+bDmhYGlUEvojhGpcCWLkswTIrNi0I4GaAK7pok2IALDdrSCRmth"
    "cAMNP8E1fVDaHEw4jIUamH5fSDvy+3psYM0Metbri66ZzTz/uvunSGJjISU+6k03g7YnWD"
    "OI6OZF2hwz4OTk+hwz6O2QoTS0A1HZXNs2oga+s+Wl+oHyIYkDkl4tVGnEtECYguJitj51"
    "Eo2eW/oOnH4f394Eb5OB5/miKdES5T3o5GPnVuBkP9xYl+Ws+nXCLXirNB32iqbevYRv+H"
    "Pq49ky9LZm39iO239PPovGNzce7j7ZyH3/R8biZirNRZQ76limxsqDu0Jv/vqs/Yc+1Yr+"
    "gNmQ0L6eRHGlh1MHlaN3BAKtVpYRm0NPSnlfu2GK0zmHrTSnE7f49wTJKR4H8B8bOVxE8o"
    "MVLApKyhxEjkNRIAPCEmIdQ15J16W60IzBERCSGu3kESnGGCqzkhJiHUzdYmkosDmuZ+3o"
    "zvBpdoYZkYOJ/SW7DARPy6IhnA8W2K4wtcQPnfJii2kv2GyRv1BwaobLMODFAottJxSIFU"
    "K6B8QLEVKLYSD949b2/Vzcb7jenQ3f5ur1Dg7nmrrD2BoszkrY2mnx5Y8NfrKKDuw1hbk5"
    "YMiUa2/uKwp/UFh3d8zEgFqo2cERxj15KtsY8qRfK1hKNq4yF3tcd5h33FuqPQOPQL5gRY"
    "LcvAqpmxpKNyCaQfiWBdUAfLvVnb/mo8HsU0/athIop693B7NZi8+ZZBTx7S3VhwFaxuee"
    "2vIlY32F81sYOhJtXReILxdUrji2qlx8M79UaRFNP9S9umDNEpzTEYM6bgGc/uitzuFTG8"
    "rP2zhZJBKXOPNmHzikPSUZ4wZSm+IXD1kGFpLFnzLbGYVBetrRfsVZdUX1SdLYiwQmQvwm"
    "NMm2R1fdLcZMOde/hSxtI5wcjYKf74Hm3S+zTKfYxwJs/RjCWlUjKju7VNh35DSlN0LY+z"
    "+GrZz3VkmgLnkN6DYpPdONhjoXP/JRUDNSEFyIJBJwS1XAZdW3I16LF5bxm6tsvUO/zbhf"
    "QOL1dyQyX0ookaH4lGsN5qK6oFWFs7ctR7OoKKgkLYNNnAwYZxTiths5/iVcP29eS/0ErW"
    "bNnRKtZU0XjV3RX5T18vjukijXzq3KQFrW2d/GJauWJp2Z5eM/30cB7qOuQtpve9gTGr0e"
    "25w8In0BJjv8a2/6WKO6nBCX3KYhgr1cbK40ZE94iINHdGfvuO/K/VIEdAVZfY3SmP2+WS"
    "F2rMRjYpByTYTM2ObUlpbLOzOdOS0E+yfD9JIFbJpgcCserrcey3bPMCv37Dx0Sn/fotW7"
    "zdduuPiBXnMdk4xvX+Zi/PtKZtdL2E54L2dN/0igewvHxWT4DYothxyG2avG+hR2v7tHLR"
    "m8ftjjxFjFPmT3/b81lRryudmMU27TDluOgZ73poaVtr//oEL3QHaYaqr9Ocq2Y/mmv/+h"
    "9H77MPof/hD6iQATlFBGgH9P3jUDignU78cDKLsrhCAQm5W+/fFeBuvX+Xyd2it+I6UvQV"
    "EQA5IVYK6padOInM3Yv3RVJ3L95n5+7Sewk3P93CBEmJUZlqVvRpN5UYyt8XWc/fZ6/n71"
    "PrWawX1DFNoFq3U3zVMalG13A3XRFFOIZUJxKzmSMS8Bq1JLtLdkx9XV/QuRMTAlwPe3gi"
    "JtWRLghq8k73o3UM5sK+iNgKO+zeCQzQ6sAd+iNKCnDkrGlfRmJXQc1MSWyBDy3YMzK8aJ"
    "Et5YAfzX81i3nSsiGGpiPt4lm4umtwss5ySsEFAhI6h76+InCppXzmaCu82Bo4mPnCVeCm"
    "1x8HNw+jwc0lCseYm6PhL4NLRHeQuTm4u6F3Mfn0ltSCY41znLIddxx5uQIdMcg53IC0RU"
    "7WW5kpjojJ54CRaX5b1DerZQ55mWaZnRrlXmOY4U7McLfc5UDdq8ZfHszd407MGZmSA8IZ"
    "5Js16UA3DNGoREwGUC3iPqeAVeCBfHCkdkDGFlbMAzkh2/NkeD07424LVbjOI0NJim5iOy"
    "yA7/5sam7ttuwkKwpu6hgXrumXbPiXhvzKl/vwaYKNcLVmh4Jki1ekQmYVYCRnuOzfDYVj"
    "GGz5IZkA2WJhGSWc1mJVS2jBRmu55xifoz8cy1j8gSxiZKAnVsjDXdmUc8ySZ5+25OfjBX"
    "q4pzZD0JDeYywvVcdFG9VdJX269X3S3HxDB0H/B312d+jv/0n/RaBwFdXRF+Qn+5+FHFc3"
    "DGRtsPnWyzymcZBH1cHf0Oe8z0LqE1kBZGCacExPUvLlC5GkIUn41MGrpaE6K2Vj6xpWlp"
    "ijzuSRzDnCMunkjZDOY6zR/QsosNRTcjLNQXXWpmUIGZr+45CmnQRyQ8wklt6gGPpa5zga"
    "MzHlSAK8KcazYTmYl+yTV8R2L9RgBdvwSmdL2NKd08a08BoP8dwNNyoGixi4sQ3hCsXkjs"
    "YTuMYn4xpDidjSueR7Lym48VrqnLrf2tpKdbJz7uMP9PIcUxv/UZHce2AMt+mY6eU4XTaW"
    "YPPoUEC65NvqW6B3jy+8sNWleyYG99nNpP9hdomY7NycPlzdDmczxhzePq5paerF3Ozf30"
    "/Gv9CLZKexaTnruTkZ/Dy4Zg/a+E+sseemgzsylINNMtL1+O7DcHJLHyATt9TtNX3ivj+Z"
    "Dfuj0T+VyeB6MGRjblTb1VXDoMaQhnV/9ODu/tr1aDxlwzEjlfzdv7sejBjLWaNzYARMad"
    "F+sUXyti+y87YvUnnbJnbFnaARIWkMwYY9ny9qCdwjQoB7Odxdy1UNceRjYoB9Oez9HdlW"
    "bEsseyglKF8j8Oo3dssVwjh4Xj5o6+ix7ikSRAtQHZ7zJK+AT0IQ8C6CN/6yYYqbQunYab"
    "wp0TuDyJ8UzON5F0C+nYQpHtKUCNHp0jLAlb+shCsfWkdlcp0SspAL0+ZcmAXW9HL5TnFJ"
    "mOU2zzJ1WpR5lfdiML9tnt/QB1XmnE7Iwky3eqaZe7DMNEcFYY7bPMfQWkI2nZsz7al8Cc"
    "hPrZESFCirouCm5ABcSP5tkMm23WwMXTj9Ny4FyBbgtPmQpVEWJ15FhuoYyIXZV/EFBonA"
    "kAjcHXCLJgLz1QeA9wC8KY3piDxrQzd5LQ5F+JkxNuGIjCfRtpEIL2qYDH0kXBNvFJlAao"
    "zMylbXIUJrsASLklqV8B2oltn6OzFf6aiQW3xqmiu0QanKWiK/yy2bpJ2WlQniphlz6heF"
    "giTWVjsh1WBn7e8601jbS6r0OMNiu0ZMTBo6YsXAelRvYWD3YgBsKhHeEnNehc/LtP9Cam"
    "uL8MxxA244+UbC9n0qga1jGBe19MM3FVJaW5PS6nsBlAo8J74rQDafSQPuAPK9pth1va+X"
    "5Q6IPNQr4A4gz9HyRfT5gtXXrlfkZ3/zSsuP7cdAG8vQtV0PWSZGtvWKNtimTZzRGwdjRF"
    "HA5uJ8//y59/zbdB/p6oc/Iv9WsCXuMa1wW+acqKWtTLaz4kU1thwy/c/T8V1W/pkvkCSj"
    "6JqL/hcZutNFNSQHZgpFjHESwPvmtv9bEvnr0fgqSSWhA1wlPRvACPpKGEEp5TT71K/zJA"
    "viAJzzKxIiKODEjoYlilUMJWPpL9jehbnRYd1MNThpgjKdbyjg5AHXQo5rac9INdkftACn"
    "gRdP5JHXFTbRq00TEkzOKdbEB+Z43zVDpxRrGy/BCX9SJ3ygN4sVnIhLSadOVF91IrLeBW"
    "COS5WCuWXB9Lq7AVJ8/OM8YQDm1UeMSDVYIDFY352tjwj1MKAexteEO5QJqLdMgKeEKjyy"
    "ZHbSekLsyJT1thl5kLP+dVvLRXLWIdBYZaAx3E9EM2bSgpAyA3HH+uOOfF58ZDVWgLDczO"
    "30m3ta6jYEIMu6bbOYyAlEi7tv62Ihg8/ztMRjRdU0vBGnvEXFpDGjgUvYdmChhF6mL+Lb"
    "i/cFfBHkqUxfBLsHhPpWutweVVdbidlhURGwwLi8ZKrUCPsMIkIyLehqHQdEYxR3GoRCgC"
    "swv5v2wNh7VsuRTgL5Umh7PEdB+LYeZn/7u2bVLi7JHANJlONnTQFfF5DsKyDZp7SuCiC9"
    "CsbplsZVFNOopimculCnNyysxMNxhUWr9GT7wYJCN+D6ksv1pVm83tE5DDSL2zMaKH5pih"
    "/7twC0wfPNeWQaA7cWnwz5RJdsQooozkk56Txg1bMoA8g2BKhSWIeC0oFd/b6B16puiIAc"
    "CkgHbi37hrpY2NjJ6PjHRzgiIh3GtXD3NupuTZnqLrbXjrJQdxy4s32LXOHmfDffdSUKpD"
    "sK2Vz1F1F6e0wOCO7FCe7Ap8xe23LxKQWyD6ttoy0rdy1+PNjWYqsdW6Ix8Fzce6PJBFYT"
    "zqAAthyfUATZw64hJTqrhzNc+2j66QGpKBBHDjYMB20d8oWxi2jUHLGoOXqDv2jGdkGrKv"
    "zSn73tIXKyLRDdJ1nW6Vo39fV27Semft6qpqu7u3SGaxMfyM1wjZbUhiqTp/Z4lWRxAIGj"
    "GgIHfZVYcqWoVZAWbG4Wfmz1Wo9s37rpF8sVq6Wakmuw5GRHoCU208bGS2zbPCrjIXMrJt"
    "qgxRVe6azJBWyPatcxNFJpiEcDjVTOciycnkAjFSik2HwhxToN0D4muvTqjGN3+nd6eeam"
    "un8GaAhd2it7OUbZC7YdblOk7JhMRETCiHktURn6Ugkg7D8uIbrfvntXJK747l12XJHeSw"
    "fJscmJDGTXhIyIQFVIwaqQAh766g+zf/9/b7UYAQ=="
)
