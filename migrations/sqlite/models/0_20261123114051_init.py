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
CREATE TABLE IF NOT EXISTS "order_messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author_kind" VARCHAR(8) NOT NULL /* SHOPPER: shopper\nSTAFF: staff */,
    "body" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP,
    "member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One message of an order's after-sales thread between its shopper and the store (backend.orders.aftersales). */;
CREATE INDEX IF NOT EXISTS "idx_order_messa_created_ba0de4" ON "order_messages" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_order_messa_order_i_f59f4c" ON "order_messages" ("order_id", "author_kind", "read_at");
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
    "eJztfft34zaS7r+C41+m+1zFt+O8ej2ze45sq9NKy5ZHkjOZjeYwFAVZjClSTVJ2++7O/3"
    "4B8CE+QIqgSIpE15zdJCZZkPQBBOrxVdX/nG2sJTac82vD0p4mWLPs5dkl+p8zU91g8h+8"
    "2z10pm63+5v0gqsuDPa846qrlaLRxxWbPc/uqwvHtVXNJY+sVMPB5NISO5qtb13dMslVc2"
    "cY9KKlkQd183F/aWfqn3dYca1H7K6xTW78/i9yWTeX+At2gj+3T8pKx0b8y+vsy7Lrivu6"
    "Zdeu9Meh6X5gz9IPXCiaZew25v757au7tsxQQDddevURm9hWXUw/wbV39BfQL+j/7uBHeV"
    "92/4j3LSMyS7xSd4Yb+cULZX/tTFHuxjNlOpgpypkARpplUnzJV3UYAI/0K3zzHxcX3333"
    "08W77358/8P3P/30w/t378mz7Pumb/30b+/L7NHyhmKYDX8e3s3oF7LIJHoTTS/8m8moru"
    "pJscnYo/9Efnwa/+u1ag/M3YbNwJB8bdXUcGomAtnEXJAfmZyLAPm8yQgu7GdjvwjLTweB"
    "4BLp5twcP8wukbVjy6TA5GzUL4qBzUd3Tf78Pgf2X/uT64/9yZvv38ahv/NvXNA7dA72mL"
    "MXDy8V1U0jf0MQc/UN5q/9uGQC96Uveh78RzWz0OQ7kYPzbHg7mM76t/d0+I3jfDYYXP3Z"
    "gN65YFdfE1ff/JiYlHAQ9I/h7COif6L/Ht8NGJqW4z7a7BP3z83++4x+J3XnWoppvSjqMg"
    "pkcDm4FJtlgzu9WNM3qsGfXYM/rZ7IuS9aYFL9Gav5zapiUm8G18Pb/ujNf/S8mSLzp7s4"
    "9lq9S749BvkoQVw9CcA1F9el7m3zyiYNb+ZhHBc6fCi3H1X/WL749vufvn//3Y/fh6dxeC"
    "XvEA4O3D2sL7q71k3FVs1HzFF0LMvAqskHNymagHdBZLuHb54GMx6PYrv71TChz9w93F4N"
    "Jm++TSzqNOqOtbM1Dt5UseGDvZdoTp1hKnpd6zimwXz7YwEV5tvkcbnXYeitxHaBl7stVp"
    "7wqwjKcalqkD6tFh+D+ccimuKP2arijyldkSh8Kv1OCs9MytyWE1KwL6d3iJ2DbTFQIxKl"
    "AG3I4mkUUWrVr564liWFK43uB8vG+qP5Cb+mbMsEqL5T48EfpmPg/jtYPcHV/Rtlqy+hGy"
    "S6qMhvJ78Ye0fadX963b8ZnHE3gwpgHUWG6tZGUBTZxB4YQ5d8B3T3MBqdsQW8ULWnF9Ve"
    "KrGVTO9YF1biSvhs+tbmYpO8oprqI0OI/hT6xX30p2t95Z5xXHjejd5h551DHyzmtTsbmx"
    "g52pocvQZeIiaJrBWy6GU6GNrgzQLbSHXZtQA49IY6ERyk2hipL/SfgWPBeXuedKPU9iEc"
    "z+Lv4d5Cn2WqoKvarkPdIv86xu34tfgcjzxEs72JwXykfVoZ6qD/fJ4nSyovFvVMJU2VcO"
    "1ygct2BsYEm/EFtsVS7JwzEJvLMlMcEYMJbvUEazamwCuLVzGjIiUHtlraVjudEdy2Vwas"
    "4DYiClaw/FZwV6HNM4Mn5NibDK9nZxlHWXMLt2UHWFFwU6d3u7wM1O6+t62VzjBOOxui93"
    "uHfQ5b79GWcYXAaD/SaMebrWG9Ykx0W5FQTkKswahZMyGz7y4KxHK+u8iM5dBbcWVrrdtY"
    "EXWRxISO9JO0c5ct6CfRrM1Gdxx6lNGfqCy2ImYWVxhsrbRFYFq89Zm9DQTPS/f+X/zwQ4"
    "ENgDyVuQOwe62ztzp/lqWsLRHt6pBlNjbxzCL/qNkuO+kkVGaVVayqTrHret+br6oG9wuo"
    "qo736AlVVUFiDDBi8hkx2errs2rsOCfWL9PxHR/qUCCpTemai/4XGbrTRT9WDswUipgfPY"
    "D3zW3/tyTy16PxVdJBTge4Sp5k2yUzfcWDGnFJCeMaZzZWl2PTePXfvO7GOdi3P+q8re6I"
    "YEct52gIjuDsI4GeY+C06J6il7fr0zll/y1wxkZl4KDNOGhjCQFbQ31VRGFOyrU5Paw1YG"
    "9Vx3mxyB65Vp21CNopQQnhrsUUty0jY1kfznwMZNuM9dn04/j+fjC5RM7a2m6xPTevR4PJ"
    "p0tE0LGf5uZ0Np4MlNv+Xf9n9pRr2Vjxjl/y7P0DhW5K72x3tkZWF736YXjXv7sekG+omx"
    "SZufnx70r/5pZmWa4/E0ViQ3MtR8NfB+RrjUZU2tCfMbHHDMOn7InO/bsiU/8ue+ZTiU5b"
    "MmVCG1ooUGq62+YvrNnJ/YI1a6PQo5an92SDnJSrBGupz2eC2Fp1FWuLTWGo44KA9SGsNy"
    "uV7GGajTnWbjbQcSn5do/qcdYdhdhn5MRIw5ybKhmTK5cnWepYDtZ4ZxMlV6pu4KViWI+6"
    "6QjYqSm55shg7+pa29WzFmmthp3p6oaojywpW4GXrGU7SXedYtnk3xIFPWKS4Atty7T7L0"
    "tq1gV8oYl6L9FCS4mDzRf/8GmCjZCOyI83Jko8dWwxZAUe4/kwYWZbeZjCNDoZAQoYnUdi"
    "RP3mEvJfY1Cpyz93jrvB5tELyiXvXT8crbPHbT5cG+sZVwXWrT+WpFCRDdgPKpXHaUzHkB"
    "Qf3+vHKHdHwjQiQ029kWTap4RipRHv5Z6vzYc0YDAVeU/j/G8Jl+FmpVaG1K03liQolYi+"
    "h9pCRhQ+qk3kR+OVmA5TbVh+Xx0gTBSCogCnDNVD9iZkb7YZUcjehOzNtkKbl73Jp2E3xs"
    "e7slUzfnrGbuTqAAv6CFDy5DrnRXliQMXr5YVFS7maiXW43GnHOnDuvVEks3bq2givCTyP"
    "lv3K2wvDe7nboeY9pdeRWv372Va1fT8c+3JgDH29m+SptfWa2SOOZXMisJlrNngcqAtJw9"
    "LbMsRMy5gMZFYftC332/KRZlD0jOkWwkWtoNjSyqhgUygQv9aNJRnqyBi8dHjH3/2GVci2"
    "HVIn0SHvbV3DI5p5ylEi9zdztcgtfUyh6asF6wL3ERNhGa+IjGsQBRS5FlKRtlZNExNw1L"
    "BQbw9ZNlpY7vqviKiWaGMRGWeLNX2la8jjXnoDveimky4PXPNngS8A1NzW7CB1q7n+GyOC"
    "b0REPhp69SlCz6qhEy3Ctji9kPIJnXFJoO22mbbrzZXLqXpWZI5dXtkzmOFWzTCkkzScTg"
    "LtippxHkAnmOaCqJHtxMWbo+1i35YbkrE6qNue1jpmoOVZyAGqRaxkJZzOyiMu4Wew/fJp"
    "B0GXk1qj3nysuI6/nE7jMTGZ6FKN9BxPwu+9ckIRhaScTHNQWayGbC9isO4FAM8CYZrYXn"
    "6krhXz5HYM58LBmuRbe5gTSE/I48GdeqNICuv+rW0TCTAI83B1sjAClKeN7YNNQAXs1J6Z"
    "p3BpZKaF3NP+89JRAauvrwSRlX1T84v3BdAlT2W3Naf3kn3N998sBfMMf8nYGRJiElTDz/"
    "MDD36bxRyGqYLCoRt4NL77OXg8WWU4Djw5YJSNbioby3TXIqVo0oLgQEybCQwl8vaUgzcm"
    "CPBy6ihZ9mZnqApRUh85+3N2HaWkHIDLMXHX2FgRk2JFO+G8iixejiQAnAYY4mQNx8mgYl"
    "T22parYlR01lnam5izLioCOxfnRfLJuIJdl+NS4Ac97AddBFmdR3rpwuzQbq3bom666Pta"
    "pNdqhEveXBpA25ZuUXATr+0RmQDO0+7YIldSeZtrDd9TqDgOYh/BnFZe/iSBY7hTh0gPHM"
    "PgGD6tY/jHIoxw8lS2Y/jHFCecJqCI4Bs8L4EruO6EhoVqi24MERHZuhdUvzWQXynUtyB4"
    "vsGlO999j1c/NrOAi0SNsmNGqYgRsMtOyi5zydSKNwRPSDWH/7ffvetMFQDdfNVNRSe7ga"
    "4aHHspp2VSWrSuzSS1UXf2GDSsF8WhtZMVd21jZ20ZYkkUXOkGV3ZX1vVCdbW1Qk3KJ8xB"
    "ODfikZKFqEfxqAeEmSDM1BplRd4wk0+qFCXbR4Vk0kfrY4aHBNejaeGyFUvppUjh0dV1hO"
    "Oe8cqZ6QSJeHxPfkrTORapKzqIrAgxjbmKfieyAnTCFjqdxOtEPXQ6iRVroqNUkFXNOunI"
    "tpELhWRjVU12GbUBxBufDM1nsv4s+/XX6KhyUDdEW6B45yCv4HlwQOYUPN8fxMXqsjF1if"
    "yNDMtF1gpZJkbTTw/n9B8Octeqi1QbI5PcZWN/47sk0Fp9xuxpdhm96O6aPIXwl61uv/Lr"
    "stX4Wdz0eD/dz3OlmBYkx580JB9OQwravOjbXkbC+PH3RSJE32eHiL7nxIiCl0yhPhO+Ny"
    "bXMI+K5rljOrs/87Cm3pQEkt7mIoxiQqx2BJvcIcQABJ9g9i4gr08QqkTU6guECgalKxgI"
    "EnfBXwP+GvDXtNQLIWhR5zUULdZMtMY+omCUAk9cRjIo8MRrpHA96bwkOQruwNxtUmpgDO"
    "hAts1An/2jPxl8HD9MB5eI7P94be0cPDens/GEXCHKmY2TLsZihP1CfP0cun5yIohlRIwn"
    "Ic5iREQ6zv7FDz8UQJg8lV0kn95L8BW5LgSs6RvVyOAo8l0Hnsi5LyqXB2twPbztj978R+"
    "/HBFsr9COmMk0M8lGCuHoSgGsurltbt2zd5STb5pH0Q5EmmbRdodICo7MBRmfK71TMUaKu"
    "VsfZtLRtuYQ9tjnJO2HTrAr4ZJ3dZoEoBY43cLy1Eiv28rnq07FUzmkwjqxAkTums8K2o1"
    "g7jnEigtXMH0p+qPQjG6LKjhSjKVbBUJRUNTCIHq842HECR3x5mEZkqKk3kkyrqc4gygQT"
    "Nf05M44Svd3LC6XY+wdbFk3Jy6KXLKDSSO58dtjFxisPxNQcZLtNozIN+k2tYEPtYgyGYs"
    "Zb6fkoc9d6933T1UdhPgv5+D437d5rfVw2hiQ7znYbXqZ8HqQxseaw7Yrj1HFVl1eCsFio"
    "cC/d4G6wd9iKBAz717Phr4NLv2373Lwe300fbgc3lyhYIHNzMhgN+lN6zcYGVh1v0Zw+iM"
    "hIw9gpQZWNSzbSJLgljOM2EWMDkHKZscCHzn6/5OVD71MPxWjRKTkoys073GgZIjG6eUQE"
    "NLEChPMglHIs5VyykEwvSTqPrKsC9bj3r3cF2IpkJbdsRygKb2o7FKb21+ka8xY3r/R0sO"
    "pzik+H8c7DCbtjE61Vc4no/3tuNLxEK8sOMml7KOAps0dY9uQ5Up9VnU0/+k/yoMJG+CaU"
    "7yETP2Mb/Q29S2ftNvGBeam70fbzbHDI4T0pXdqfTRE9Zi8BxnlSfwleCQE8oyIAaBLQ3X"
    "ZZ0saKS4KN1RYbi2Na86tPCbY7ioiAGcB5k4KTVwzWhBQgyzNaIUP6aDwhQ/o4Y/VQhjRv"
    "J6gAVQlJvkloEztgAXwXQVWnI8GVrXxiEtnokX1EYn+SflKeQ5RgvEgCO3BnBbCq3akUoW"
    "dnuZfiDO4DjiYlwR4v4nPCyLZe0Bbbfvk119ppa7z8K3LX7JYT1HKzMZktx0XOmpZx238S"
    "0dvRG+oEog/9ae1sUzUQuW6/vuW5nGr/PEjCb5dXKTZzfKpCViZtQlC23h/VM8IoY4ZsDa"
    "4qsI5jMmCDcB15qsPTkIuxbPbSrU7Jv+nf9n8eXKKluiEn1twc/HY/nPzz0i/DOTdH4+n0"
    "EhmW48zND+OHuxvyudbOXFIuzmQyuJ4Nx3eUjWPbmJUZnJvT/u39iObzq5utQdP7P44nsw"
    "/90YhcWlu2S762MTfHs4+DySWy2F5d4iWqnq9jWryigDmlLSxuNcDuUyprSfenhYVL9DmL"
    "iUnjGm+4yVmHiNldPYGBk10rJxtodtnQdzMEVIRmByEgCAF1B1kIAVWL586h5DARQCMSQK"
    "w9GFODENBZrSEgiFlWHLOEmFplMbXkPlsBqg+OTCUKkphGjpYYpOTz0d3DaHRSknIYhMuK"
    "JkWjdIdiSbHooFgkSVur5iOmgRwVsc8l33azwLYX5HF2GwdZlCQc3KVy+PNONZDuOiGpOE"
    "pLzo8k1fR5hyNJv8fcI74l/y8oS9DKsgTSV9WdDK4Hw/sZzX/VMLlMXfCeA5663yeD2cPk"
    "jt50d7Y5N/s3vzxMZ7eDOyKwD7XNzX9MhrOBMv7w4RK92LqLFWu1mpuzSf9u+mEwUcYPM7"
    "p4vFo9tD5S5N7wLnJLN1lF3+tPs/4nr6qvVzSKfpPpYEKzef23LUzdDTN35+bw9n48IZ+k"
    "b7aW7bYjMOBvFMIRtpScNP7ryrnywtimBQFckfhlFqrNxyw76/KHeGGd8UKIWUHMCmJWzc"
    "WsGrULIGQFISsIWZ0eWQhZVYwnlC6BMGAbAYVaMJnw1lQLBqJ/kLHYqXA1RFchugrRVU50"
    "lXW8yIqsBu0wDkRVw+4b7amL/rVEH2tLcAsnVjC/LSkHXWcPeio7WO/Y2no5KyKB3PH94O"
    "4SUcm5OX24uh3OZrSssbNbbHTXpbWO78dTdol6rejf1/2768FoxAoi099uGG2pfgzRkTqj"
    "I93yLUM+RDXO5XAjKDHvSdlGqoqfQtls+0QHmOTOtLe/l5jmmCDMcZvnmJgMtkUpLItXMf"
    "9mWhDcnGm/sUZ++aNlC2KbkAJgOcD6GoTosk3JAbgQ64TspzacpzW4k4ONtAJ8ryNDdWt3"
    "KApv4tQpAm+4mYJz+RC4yXMnw8WcoZsBvgfwTaujwj78aDdYs7I21SMylkR7cv11CUPQ8q"
    "IdAaoFIh5KOJvVhj1+338EHdwPtUMriRbERF4d2s1FrIVmXAiUV57NZe1MeoaJAZuQAnsr"
    "Deyzauv08FY8x5kAuBxJSEFKwwtV305V9Q2o6ECYbj2eoaooTpqOiAG2BXm+gcpcBdc3GK"
    "tjMAvxfSNrLGbUXven1/2bAVB+oeBPC0A9qolGnV6FmV8U4ozjUAjv9fJ8CUFZCSBPyuUo"
    "CMuFiHEnE2JAnWS/WzLqpN8BBAfTL1AI5+8PA48gGY4xN/v395Pxr/Ri4KmmhWd+GVz7D/"
    "6JNfbc9OPw/p7xLdf6dus9dT0Y/uo9pWH9GRiXXy/jMoxyiHOyEqLAymozK8t/+cswLGOS"
    "MMttnuVgPy8xzQlRmOc2zzPw5LPPTHl58tAwXLZZ57zsqbaWwKeu1VW/sq2NUo6eyhMFlz"
    "23YqOvW4gu4bQgLGEevL5ToAS+KUkAmBPO800gUXhTcgBuGlxy8pXbftOCsPkejpfGDq0K"
    "glBfQZYA75wvEOaLrE/AuQjO6Re6AMrRI6wCmOXmtHPOe8gaqBThwlkDfP0C8D1EtEiqVA"
    "XgjVgRgO/BHSJpcZ026yWgU0DSizg9JSvnJYnpYZpKXRkvwFU5IVdFLOkC0liyTViCjRJs"
    "nGKQxsSkyQioDNhTcP1bdnAD1b/deO4bhAn5ruJSgOxhx5UbIdYeqcJHObodA7mwLyW+wI"
    "DlLz3Lv2XnVudJ/mN7yWf4ezd6eXaTRR+ppUIA7Q1rYoMOjb+42DZVI2zSCpbUiSwpNt2C"
    "lP+oDPD92e/O4/tH1n0Zwn9EvC5eeAVon92Pp6wI8ty8Hd4N7yfjnyf920u00U19a1uPtr"
    "qZm/cfx3cD8hT5EXhuzvrjq/6YfLpqLVRrbv5yc4n+pBWVb2g55SX5r5vxwz9pJ9ultXul"
    "TWw/PfSH04/jh0v0tFN1Z23t5uY/BgR38rU+ju8v0QsmaLkKubOdm6Mh7WxrEBP1rMQ6qD"
    "4bILrpCbxtCbFSa6BlB2zdff7anmGTet/OtthcUsREX7rB3c3w7mfyunjy5OXpD+nbo+o0"
    "zWY0Gl/3WU6NarDwJCtYPrz+5Mno2hOTSafZ3AzoyzOh14iCQN4gmyXajG/vRwM2nmZttl"
    "TbyUi/CXpce4k6tMt1W1JynN3CtVzyNglXwEhKSuPyargIxlJ3WBUc8RlISsIMlJsB9pqT"
    "r1XiHUhIwgyUm4GSWxDsPxVgT89GceijUoB8OeRtvNqRH1sC/aQkzEDZtf+6weQA3WCCn5"
    "AVkpaULkm5emWTati7LWepW5aBVTMD6VAogfCCSNUFcXil2ezFq/F4REcOc5muhok1fPdw"
    "ezUgsDPUyUO6m7m5sGi0rbALAis7JSjdwq7ewA4xY66cUmiHktLBXUuxgxA3dbm0scNxbs"
    "zwl/xUpJisBKjnJUoOfpvF9pUA2ze3/d8Y7GGe5Gh893PweGQurkfjK6jm0eAC3xqqVq6/"
    "UlSwmfzgRqMT3UwPLpIUzmyqEhO+F4NSD+3J/k7PLxRu+RpmOQwFlCnpkZCFmW71TAfhnT"
    "IznZCFmW7zTEO5Ftn0Mc60p8q1QBtBKdsISg7sBm8Wohz2mAyAepDA7uGVBliYEXwbDtQt"
    "fItSgmMLqwDT+jRVFjoKbomWl9CTsSi4RXsyFkmeDog6RyZQM7b6jT9WB1XFzAzqGCv0GV"
    "cD1IAOJCtKuos3VYA0JOPIitEGO476eGzVAgbTrTeUrEj5ZIYqkLr3hpIVKY94cyRQEzaI"
    "vBBRfvPRENFBJl6NI1mRol79Ct67qT+MTDDVng0YqlFZWYFRPetAdqAS0+8OpgmejU2MHP"
    "WZAIMsE7lrjNgwf3G8Jh5bt4dUB21tXaOPkA83dLxEuoveUACwuTz3khLPg0f+0Nwv5+GX"
    "+OPt5VkC/QY+cm6qRN7aWPRXktEQubMln2XZaGvR+e6hF91dkzEdRJYjNpBqLpG6ofJIN9"
    "EKm+foH7buupgIEcMDqS5isWy6ts/PwlVbWdWZPIKlZOmSjdAqs5Mqn3RTiFwZPN8cU6Sx"
    "5K7qSZUa2ZVEwA2el46GUz2tj+1TItiGAjKu3Iv3RZbuxfvstUvvJXoWbcqlPsXlZKq50j"
    "QDnp3NAqGCvYA0SQeVhV48lUcwWBiVgdBLGlRPxRbCNCoi095QVzjLCsqgHBkRCMupdAze"
    "ojGB6Lril2E6YX0bz9+dZc6G3vBDtuze/37YkJ2yygBorTuuZb9eIiJrvyJWr0qnzzATz7"
    "TYJyAyErMMX9YWWurMuKS3X9bE8EvZq5WODHZjq5WRbLuRVevPK17Bn4SEmHSGTvU2pGuV"
    "gDkmBCAfBBnyZerMl4E+itnod5OiWSRlBoyD6g2unSMKaUQCLFiwthqztpKrtgJQ5Sa1RV"
    "5UYTpb7QYs4yJl2a8BUemQ+RoSo6C7Raf2y16OGUhrNYtWsYjKyBiM+fFdIfPkXY598i6p"
    "QkMXkcpUKFN3FUqVwOKhrbSsTBBDccVTR7sangHabkopWd8vLQuvQumJoC2K/DoCYrt8VE"
    "qat6DihlH7kr4CuEbFANh0MP3REd8yolLSYNrwTgFOtepXM/TqAp9aCxxAYj41aCRVQSOp"
    "IgmiNnaw/czyPI5OnAlHkseNyckvUipoSOwlGcnWjpiXYVQFWkGakWx41e7XDpJHs1zbke"
    "TSQ97taEprsTwjXwJZK6SaYdKPunKx/Y2jGthB7pqGh9ECuy8Ymyw/h/YL2mKbsahorhAl"
    "YeFUKhAbhI3xNk3gavCz5+YfdBRFdf9AusNoX16GE3XeI0dfYrTSbcdF7LN095KMqa5WaG"
    "WRTwk+j3wx/+v2vI/1v4b/EBOwTFyQT/b7XiFRd+RlspUgpcX/pl6XN6CctY5ylpiudLjh"
    "cL+kxBBtjj6c0TZh94PJZbDe5+Z01v/wwX9Fkm91kchEkSSR7BSRVILIwlpyghLZcZ/g+T"
    "ajXjLm88O7IjEf8lQmuuxel2lTUGi4EtZUcAgJznhEDMpVtqduYXp+oQQc5CF1AlN7o4oh"
    "uheAJQrMTfAyt8OH0jvKywzFNAvCml1Mc8/fBEps5ZTYxIFVAaKi1a06Cu3+sG4f2TioU5"
    "fllI3UsTvklI1WzwPWcafO+l6OJ1C8J+QpekE2yDiuOh8Sar+cmOeDv7jYNlVDsfFKZJ0n"
    "5Uqt9uSZdtq9pOZCUt3ysja79OV1s4LHCCzylqjiba1c45dC5mjh+yLJ2fp3pBozKN6deq"
    "XzFG9vVsmuKqKTxISqUb9bpJF8d1FAI/nuIlMjobdA+W6V8t0N87KzxXaIVunw2gjl7SCB"
    "hHTw1lJwh1XZUpfPVLEqkajDFYeMnXKbCdiX2RMir30J/SmB7tEpTIHucTSc4AvJhLcedg"
    "JEfKuM+EIzyhM1o6zXiRfm0XEdedEsuzxnXjyvDzx6nTqYejkePSgsVZkGRY4PS3vimNqW"
    "ZWDVzHJthFIJVBdErC5YgxXcLFn/ajwexey3q2HCfL57uL0aTN58yww38pDuZlnVxFwrU4"
    "HEgaJRR/oz9rUcS1lgeznYRFpghsmIZ44ddhqLoW0gH2kycG2x/etdlZkrWf/rJLip/VC4"
    "Rkn9dkOwxDNNh8g7cNB6sL1nCxZI6Jtoctu/jCX8q86T0/MT/snH2dYzEXy0rKWDNGuDEf"
    "3p6I2vUdHupi82wRdZq9XbHtpYJn4lT2OHPZcui9DIJ4L50y7zh25xgmyGUAKoDIlIZJrK"
    "kNe55nC1hpO0sPG3KRzMfOF6DZPB3x/Irj24uUThGHOzf38/Gf9KL/r7B7k2GfwyuPYf/B"
    "NrrnftejD81bumYd1/7sPD3Y13jVJo/O8EAXzpA/g+ZUrYwI3LgYkLIXsI2RcN2e+2y5Kz"
    "HpeEWW/LrAcYRaY9VYYvEr4pU5ojSxxi4ultda2aS6MEJyYlB+ACJwZIHG33bBV0HKZ20A"
    "oQlr3aRNapU4DZsd9MK8BZbmZH6twRZnZEUwr21WET5pxAnd9kTVo5cOdYvkdXjw4S1CRE"
    "CKprZ4BUZzwkqLB9xgmFhPd6eVGQoN43EKjkiiCEddzFwggJMYglHIwlaKpt6zz1MBvkiI"
    "h0fufqAaY70hP5AoIrOSEmHdDVlxzxm7aV8DTGJcHT2BZPI6SEndj9ZVga03nFoE1IgRMM"
    "HIvgWGyPRdc7yrEYvNwVADuKDCUptomtMIOMCDliJ8oRq9T9A+3CyjuAslLpkpgedgRBOp"
    "2E3iBIp4Me05VjeoJu9NA2vYYlvVBdbS1mSkVFYJuAdMSG0Q11FbH+6HEpQPawC8CJxBCP"
    "NKWi4ciOgVzUnkosMMhOrMvVcjA7MXW8VYDvVTCOpNhGz/RWJX1eqQadmYHp2q9nHBs3dr"
    "+XZ+P6rLSFJ6CQV9XWRVpja2vV9LtTI2+svzheu+nlN8+qsaOZl2xo9IYo+xk9rssMwrGn"
    "f490wdq3il55baLLGtrQNbpa6yXbIidrk94RNSRjYjJpMA0bk8d06+5Em+7Z+P7hnrxY1n"
    "a3nZv3/X9eoq36GiRvBqmbc7N/88vDdHaJ1OWfO8edm7eDyc8DZXh3SfYm+xEruhlcGz/M"
    "govWzk1ubUUoC5DyWW9J7IsindTJU9kAX6S6qZ8izno4nNI932yMSiy2YKvrmHTqrb5mAh"
    "MUyK91sz0dmaVt67hyB6xnj6grl2ycwjohVxx0w9K6ITDi6oyfQRGDr5BkWiaH/fjE9dZN"
    "cL3O+ubzVNsGcFFXZ3Z26ql9ndeqjSd4Q/Gzb7ChP2O+z5P7XC/P96kRCcX2RegvpjJi3k"
    "8yAgpGQCvLRhZzZ+rGkvwX+4Puvj3kYNNFqoNU9A9MdG8XObsFHW2BkZ9wisjFDdliiJCG"
    "M9ykdX7aAX8q+xR/eQTeniV5nmAB7tUW6WzZ7tXoDBZV3yIicNwI+Uz5gHbBT9oa49rfXr"
    "g6cUYoIJTI04WrgbrJDSQHWarKJrMD8WZrkN/GfddzsgPjYhIu0RryA1teNTO1SM+22FxS"
    "xMQAP7sf3N0M736+RL783JwGV5zIlRn7052bH/rDES2HuVJ1gxbInH4a3t/TC84Ty4tsR6"
    "xEdemidzkTmHkkRkWAN5nqx+o8im06oQA48w/vNobquAq2bUsotT4uJZ1Tv5aqrnQTK5P0"
    "vRerwBnXstXdEd9bgEmhDG9wuX5NLleoGyvbrHNe9lQVLnC0V6XpgaO9Vkd7yIc/kZ+dOv"
    "vOeI51dqNXgEXM/IW2F22HVNlOvdu9HM8x+3cK1myLI3heQhdS9bW8CBzcmiLZ8O4lpDPm"
    "irA1s7maKabmQrfd9VLlJHpn+5CjMl+zFxlMpOw1201lGVgpoCy3BODuK8vWbst+clpb9u"
    "7kqssae6Zof0XkPY7W5JuhxSvjeXjAnKM/HPz5D/Ll6F9ONHvO/wiaU0efD4J76I23BN72"
    "0Mta19Zooz5hh3ZSTEZkmvrcubnF9jeePDL0je4iggf+xlFXOcSUYFy2gYZvAflSx7FRwF"
    "Q40lTQyGIX0WWD56WrqnzxrkhU4l12UOJdOibxWWDB+k83dxx/2+oV2+WQ/c7cOTiY4cIR"
    "+4e7hykNuHvSc9P/i/334Lf74YT+ib9sdbst0fhn1dDJEW5bnNIP+RZHXFJCi6MjFkah2J"
    "u35pwShmVcsplpbomB3rlZhiTZqg8uunWXCV06VbpigJNQ2xvjWDtbE1Ke9xINOoI1Q9U3"
    "zXiDq1cxwKmZDT04NcGpKXIe5dLMM3HNZ5l/vcjmuIujvq4jHcaec3IWGbBjUBd1HCeWWY"
    "GaeOCUlyBVNL68M73z0RfgkJdeCZYSFIDvov0ErJaTpCpEv5YAxgkx6fgttSQrSF+4r387"
    "fqCpZerG2tHkspvh9Nq7stQdjV5rhwPb+37i1YrictJklTVcoyhYC8piK3BaJqQajJe9I/"
    "9r9dEZUZ7IexMCJby8edKwyMstcndtY2dtEWnhaUiJwhyUmwMv2rhUX0XyhuNCUAYtC9ZW"
    "hH9bhnRHXLGFohzeXLmcvtVF5tjlNa6GGW7VDLuWqxrK5x35l4hfOC4lzdlU2faoO84OL5"
    "XQ3CnqDUqIAbBJYLfYVnyXJqOfCoDLEwXGXaq+KY0Ysx+a1lcty8CqmRFyjcolYF0Qwbpw"
    "DZycze7zV+PxKLbFXw0Tmujdw+3VYPLmW7a3k4d0N0NB1R1F1Vz9WRTwmBwAXhxwoBVkby"
    "by0go0MguPli1aEjsuBZbgwfh3gFgFsdnryFDdwrhocDaxvITDs9FUjjBJKXGGCDQw32dD"
    "dWzfysK71tblPnWAE7fekwoOFWGAMLVcYeqgtIZgYlVCTLr8quqjd6auPQlzAiIy0gWrq2"
    "cFqM9kldvKzjZEQI5LSQdzLZyALcFIaCWHAvIV4qwPYGWtOpw+ugdQDqUqgbpFe3L1G4a1"
    "xaZYQdm9BKB7CF3yKy1BeCMigO8hfA38jIVOulCgwUPOtOyNajRz1FWvtG0t9knFzY69AE"
    "RCsprulW63B8SS48g9LAbqbHEZlhVHGOah3Dx0JBOzq3s2K0hvWI+6WSJgkhIGMkibySAQ"
    "Gct+zeSNjLWo0HrL3u2OTjrnXefUWbcfycyRX2qJplonBSEoWqCGZAhaBXHRwjmrLQO5eM"
    "pqconFAqPka6C7h9GoWGCU1ak5Mi46tpcy4c01I4klEnRTLQ/UlTfYgIxVJGrftkO+EGDR"
    "svlHhNqDMv1SQgRkhEMQuerjkfh4p8BMfZQVIs/5V83GdM/Gknpf8rtGs8GPRGsaNKC+Jk"
    "PhTlZ5OSEjiL6SmaQg/3092Jwl2B+q5QZFe4STT4DyyyclC7neWijqtvQfb6yUbWOxvOrb"
    "tIAjKxv6bvo0oHJca1wZUHmrqBujpe0wosowR1FJ6MoHVZW0nn64TcbYxEhbq+Yjpr0nIh"
    "0pvMHO0b3l6DS5CfnDohfdXaM/gqLSlvkHUm2MDMulfSlU1y+Ojj4MP4xZI4pYd4z6P+6A"
    "shVU7rHx6jilKy+oLJne1UgcOVs7I8tdKCc6fB5OEU6UXvqyV4P+5O4SYdU25+b0fnB3c4"
    "kovWM5NyeDXweT6eAS2fgZ2w6mV2YP9Gkbuzv6vNfhIWjwMDf7N788TGkJreWfO8edm7eD"
    "yc8DZUgkmGtc0c3g2vhhFly0di0prEUUTEeskNxeQj5CxkWRLonkqWyAL1KdEqFcf9XbEz"
    "2XhRbsqvRqbVmQqG5a7V6F4pvifIDjUkd29mwZ4jkIczp7BvE5deXyzK6DLM9QDtSSnFoA"
    "C9G88KQckCCg0AJ44c7ACwdeuK544U5d/z4VZeX44niR2IMOOScQYuhgP4OmSO/a0C+mms"
    "4LtpFrIRWFw32zwY5DfkvYJ/Yc/QMTJdklApaJv6F7MYqFoZFqGNaL34vWk916qy3RvLaZ"
    "D56bqqbhrXuJ/iAnzFJ3nT8Qq7VGnmc3HGRaLnrFLmu9SNvokm9BAAwGKeLqizazgPjqSe"
    "OreT1vcuKsuU1vWuV1ao2V1/Y+rZW4+PrX14N76pZjewV14/0yuJ5RN96fWCN/X/XvLtFC"
    "Nefmh+FoNpiQj9UNN73fncYt5+94YkZOICFNclplxo23CErU+EwLArhgOYLl2KpEJJj1Bj"
    "ORwF8A/oIO+AtOzNrpa57CwPESBLd6ec4B1XsIKg7KZeSKlhqEGoO9ohYT9Bys0WPA0OGC"
    "e9hfEMi2Geiz/pTcuUSq42B3bo6G/avhaDj75yUydHWhG7r7OjcHf39gl/DnHfubUoXuHn"
    "yqkLnDjBo0uJt63CBsOvh0voSUdlEk+9bQzWNTt36xdrapGiPd7KLifpI8pKFJVo9r2a+/"
    "qsZO9b9ySmvgPJWrQOjB88pzIFAwsHBrPROMvlGfycw9YqQRA4K649H00wNSNdtyKKmWMX"
    "R18xLR0Vl1KvR/0Wf3FeneXTKjLhNN03trGB/UnHapOWSiBFD1nwbHGqdt265EybiYmDSo"
    "Nl2o7Gkn5uXYC1QDeec3CAEVJH28xiYiPQtjE88s8o+CfpCpN0anpqCoC2S/7orwJY7SVH"
    "zlLjMXKXY/Vzv503tSKA1JyMvxu183UAmsD//PY8P8kNFT7YabrUPQpfGqmJwSTNk2fVRG"
    "OpdJ9YnXASO7KM87eP5IhnfL0tvFGN4bvBFaksHz0uXK1FL6P7FpFwU5IdZmT1NrXv79gS"
    "gONHCtMmBOe06BHJENfTfD5IX6F0KmSnM9DEPMKoiYPzgy1Y7sJTsYJpfXEaU6IViQAXqt"
    "wYIoZNkWeIDoYQM8nMUiCQdLvNBdZNlIRR7b9BzdkKPHdMgTyNvEHERWE7Lx1rJdB2k7F2"
    "1U+1E3KTt/+umhh4Immj3kuOTlRKq5ZMU+TGykQwXNfGTF0QNwETTlImCLQ9w/HhMD/3g5"
    "/7j3NoqDH5cD9MuhD56bM2HPjb/li5i7ERH5qkfU0DFMtV2TR1zN6dq4F5EP4Rq6vHq0UD"
    "GjMi4EBGzeaabGWrsXtdbjUmCrp4H1IjKianJUSqb12rCWYFgas8DFVnVCClb16ckhEsKZ"
    "49DDAX/gSF9eko7QsT2jqFMvullmUEA4KkQF+EYSWSSFNq45FQCXS1YSBrYYXallm0JlfC"
    "WeXlYBqNeRoeRENqGOFoA3OOorgHcUGUpOeBN6UauqE91jW7firun4nV5eMEAzLAcvlS17"
    "tHA0wJNCG8t01+QLWawa9yvaqK9ogRFL8Ua66ehLjHROGkCZAYDn3y6eP5s6EXdPKCAdOy"
    "8PyMDV81Omp+enFG3EeyVLsEaigkAa6RRpxJs6Yc5IQgwszMOUkQCyChQfyRkjicUlTBip"
    "U+uZYtc18IaoDVl8iMQTuVqQEz4rxoqgD9NGJTQtcaUbmLEVTMRquO8vGnjlImvn9rxmJS"
    "+0LcmL6qAVMTCXPO2oqmGB3dBqb222cmWTw4OX/pAJ/15AmrB6dXGILy5mhCcxvnNCTDoS"
    "f/URynZ2u+ic8hILqxuqu7LsjaJumDdSmHOTMYA0u0TDYbUVLpGUHREC3EumZDMFbSmOfU"
    "IQ8C+Hv7WzS29BaVmYhZJvQU7x5ozl34mCzSU1mIsiGsxFtgZzkdJgTIvHrcwpJGZxuZXd"
    "Vw5ryfC0d4J0lL2ATEygujxbBK0qAtChK2SyKxLRaxvIRb1b+7XVptqhcfRzvVr+9BRyap"
    "EfK9DvN7AZ0H4Ez+NkYwKrRv5ridRHgq1D/U+255dy+M18jxgLIn7tividgETfsqSDukn0"
    "9MUQrWUalQE1pIgaQiOgysq2Nvz4anYWTSj0Nbe5ZEC4HN/0Aexcnnf6q0KORZYIDq7K2U"
    "OzKdlxKWlM58pcpBvV1dZYqCnBXgLgTKUX6qsVtjGxEUQ6ECWkAFZwYLbLdbbCZBct47l3"
    "APnjkKf10DW3zNJPSsIMlM7XhzpUXx+lEOpQQR2q9vldW1aHKs0S7NgOdpJSVP3dUndH1u"
    "MZx0Md3uvlNrmiTymG9diyNlfAcaxWC8l2J+8cSq8Tc3ZGZaRzdtZRMoSf4ZcN8F5CPn99"
    "9fiSU0N3Xz2MBEBOiMmHdPUVi33IBBm8USHYLg4u5wVeEV01jfAv0/EdH+G9RNI21DUX/S"
    "8ydKeDxkIOrhSKmP0X4Pnmtv9bEurr0fgqadjRAa6S2/TK5VXOyoY9FADUy6P+rKsim4n/"
    "eIPbiLrVm9lJqg9kd8vj1OhBKa/DiSrnYq6miAQ4mQ46mXZOJY3B5XYvRZZUq/JVh0u82V"
    "ouNrXXCdYsm1uwI/1QL7fP5/5xxWbP19NNS7M8Q+UJv0IHrW44V8I5K5woEAhImCdQvaVE"
    "3wQBcP3HJYT224v3RXTHi/fZyiO9l8gTwOSXOq6yVh2hCjNJOQnxrn4pZ+UUZRNSslKKvt"
    "6kjPjidbaW3/+9qD0flTnKpG8buE3b9N2yO4HpUN7wTNlJp1Hr721rY/lTka6/F97MVeO3"
    "wWMtC4V+Lap6fQkzZK5F9JfgeekK5FUfDxINHDcfNO6wSvhEfhcf3IG526TcTHFTx5dtM9"
    "BnHx5GI2UyuHm4ng3Hd2RQMoRi4+WORb/n5v1gcj24mynjDx8u0RbbGs2htFaruXn18E/l"
    "TvmZjHt7iRa7V8VUyGarbObm7eD2ajBR7ifD68El2uDNAtvK1tZ9jEQTn94VyXt6l5329K"
    "6onl9sWuuvI5Danc6WtrpyBSMgZzeT/ofZJWKydCLvboZ3Pyv9+/vJ+Nf+iM6muSTToJDj"
    "2LaeVWNuevcGN5fIu4aXc3My+GVwPaPXbPwn4yDPTTIUvUDkvdSR00+puyY61NoySlCrU6"
    "LArS7HrS5bFAUKolSBvo23mGfrXVmWgVUzy9oOhBKwL4hUXbiHV5q1sq/G41HMirsaJkC9"
    "e6Dn1ptv2b5DHtLdDKwj56Cy2AqYC2lBaZZ7ZV4jqkp8djlO5UxUIxIAZyrby8ZYEM+oCA"
    "CaSrL19FmL+o/EdtuEJGy5AluuXz6Do7Vn+5KjMs37ks/+ttqZzIoi1pFuuLrpnNPP+y9B"
    "Pb61HuZIJxChaUnKwdRUPjXERrVdp4TvPyYoH+WsI57+AKRcjhmxvsvMcEQM5rfN8wsFGO"
    "usfOTsFhvdLRcgTcpW8B61k2IoxXsUuDJLTHRCFOa5zfPsuacVG6uOWKJfShB20CI7KBBM"
    "stGXi2ASy2zYLkvOelwSZr0ts87ZXP1vzzlDRSuopAUhu4Xj3FJjLWsLYpuQAmCzyz1B4Z"
    "866viFZpAovBxJAPhwZSUVuoDX2AUcCldVXrgqa7cAgA8AzNkgC0AcUbYA4QMIpxXTI4qv"
    "kcEM3QtqHVmDLeTJ9/dDdtAUyqzEFl2uuos3VcE1JGPJhFMjiRrRNZaXs5FYiwXSN5TkG3"
    "G428o/aM9ei7ZJCQZBjkpeUHKNXWbdUC6Ripa6o1HCoN8a2GRdgG2sYTJWuvFKdcNCdb1W"
    "MyGzc08gQaLOunodI/1KstrBDS+vQ7aIG/4U/aVbN71VN5gOtRchXJNigO1hVxZbixXYqO"
    "NgnI7BW9RKjb6z/N6M3AVcAbKxhG1J0U2+uRlOwhOn0zPTNs88C2zfInZZaHMfNshmxP6Z"
    "fnpwiG20t5006xnbDnpjEtvpEmHyxyt9qEfsKGYwBW7Xtz30ortrds2jvSOWAIpeiOmEke"
    "4i3aH2V9pga+5juRW+Yu+Q87Q7rsrX12Lh1VY3gM2euHURE5MotNSwbQEaUY3R06edYNA0"
    "FAA8D2uYoAtVqAtxtU16OB6P7dQbRVJU9+9sq3TLa7ap3BKF0fuRKd0y/kCubqlvtpbt+v"
    "uUsvFECqqYfd8X70sha0W0PgM/qtor64z+Fwd546I1VmkzdORa6NpWlwZG3k/tIRvvHDLE"
    "ytcETfzF66qe1ixr/zSuQhlUgWEIgzJ5SmUSAgFQKal8paT7yZhWSZpeUruU1kdy5uZ0Nr"
    "7+dIkc19KegrpH06DkEb3/cH8/GrJrzo6GRNnV8f3gThlPbth1a4tNhfl5nOSOVWQia2hY"
    "wKZFLNF6L9KOZF76sdIk80KEJ/tdkDfCA4kWss16VqJFyoo9jVEwZIr8L9bijGMQ7G8WMQ"
    "b+tBZQwFUu3RnUO0nUO2qtihpCURlIji2SHItNzVr6vpOiKEdlpEO5+oXc9iquHKi1Ndae"
    "8FIQ8bPrj4PrT7Tgqi8/NycPd3fDu58vkb0zTTIJc/OG6COXaGmZeG5+6A9H9PGVSt5b+v"
    "R4RP5Wrvp0M7Mtw6C0d6IztGND2uy9jEXtzYgI2JuV25uu5aqGYlsvIq1Q4kJQNTAZ7rOe"
    "RBGNSACc6Wq3Xi1qUVBTcgBtElrPhhOHNiUH0KZK26qutlYc/f9xtO/s6rYxoeZAvXjXFV"
    "ixbVscNmmOph0ISKdmQ6UfcEXGnivvgF7ppu6sS017QhTqprXH45ye54hBWGKq09Iw222e"
    "baiI02DBFqgoUnVFkSLVGCL9vxOMcYHKAl7Aa996vGN6SaECDHwDrwRKZK+RCKL6g6w5be"
    "8Ty+5gqFWk2f3Z2MTIXVPuo2oibwDkv3k0k4b2SyDfuod007tMfZwsdvVX5jamEKCdubSw"
    "Q9mPG2TiF+xQAqTtcEov1P5pUJGh1Xkk2cFksvEQBUXEbRcKQO4DzwFiurr76oGSAjUv4B"
    "gTa3N4vqQ7pPpuqz5movtHTEymNdxwRhr+Qr6CSKgwFIBAYeWBwj+thZgRuReQ6RWoy3z8"
    "02PbHWk3xph7HQO4qPW4X1f8tLVTEionzBGTpeh7ltNhLd+31KolVP4eLDFfvToqOwm0Z9"
    "Ceu7PtxqkZnNWc18fRE2iwfeNpfNsVdm8s05QFurGIxGjpbiGiFwfPg1pcuVocEGEEd5Wo"
    "GLSGFdhcwAwBMwTMkEwzZIq1na27r1PsuhnlHpKP9PJMEsd/WHG8p0+Y6fWEOZHVbJ3Cf7"
    "waheK0hkgtyfzZJsezauw4ruVs9SIUaF6/OI2yXIsmATnA2W9AN4l3HI5Om3KAp666Wt2u"
    "VO4hEdzLPx3oU8rGfwzyf7ukBOadAOTUtzFnG5rhL1n16kIJKQKLeRvM4LdZ/t4f7i+j8d"
    "3PwePJAyEZaKRAiBqRESmwIQVsSEN1XMVx8VbMsR0TkybfpemYrrdmS2g5cUkgHrdHqckm"
    "HkMSiSy6bKEqRo5om4qIRDUbaufVsqNsg/hUpOdhbOKZRf5RLQu9XZNQ1H8XWXoFHHjHVW"
    "Bdq6aJjb7Geo6d8Uqwxp/o5RldmvesonoPF2UD72zkrK1t0Apto9pP2N0aqobRG3qB3dzS"
    "GvqG6q4se3Pp8XMdpNoYeXPL7r/xv0AvfNJ7EOnLt285xOAGPxjsyHbZkcE8ifhtozLSOW"
    "+rL6jS/jK3DQXaa+h2t90qgkGHiIgUfpDE6r14X2T5XrzPXr/0XhrlLH9TPtCS+Zwa4I0Q"
    "lQE7Djkfn3g9VnLQTshJt3nUgvYLXqwt60kc7pSgdHjXspMsVAcrO9sQgToqIx3KtaxqR3"
    "80lQ3Rr62MEqEZAYK4mHRY11DykNhFXG9KDsh7EekArl6/0x1iQ7v6M0d/zufuReUaDLwE"
    "Zktn4y7bnbNWyoW6kqIAuwjshqFoO9vh1c3KDukmxEptKB0KsdQR1qUQloqCxAQh1AWhLg"
    "h1tSzUBWQ9yWa9ArJeJEGHQEBUV9f1OwEkNB2Bojs3ZKQRG6iDSyGz6k7skPQd/pHGCeXh"
    "uvcHk61XfFqPpjXt8bFokYGmdBxZkXLW+naDTVehkB2L1tQfjKImK2DRlp5HIPW0i7QTlR"
    "GnrWXomn70iqK9Zu7pUK8yAVUnaT1yHnJ4FPHT8jCHInlOF+liS7cS5K5VF3ktN5BrWcha"
    "udg8R2xCLxG5tyGaB+M70J5AyPsIj8Xg8zZ6yHnavf0rCraoS3Y3+OssMQNNfe7cpB8DBd"
    "faT6kt070rI1Ou8Y5dZ6zJVmcd82Gf74J0ob0A1NHluCcD/T8L18NcISUTYYh7pOMen10O"
    "pyVz8fpPw8pNr1yVHK6brSvSNyUqIk0KCfT2qP61/+HduwLvPXkq88Vn9zrfRY+qsYKIn9"
    "GenF4zzrk5GdyP+v/02udhcl68sgZ6k8F0PPqVts2zsWMZz15Q8fSqhfcVlZAFXnBXSYrB"
    "zpKuSUURKuWwT4hCNK49Dvp0XCZ4nUvNc0wU5rnN8wxR1+yts5vxN4i6fo2znhV1TbDWqW"
    "Ij5nOJC0HptzydSLQ9VFoQvANpeGOxR+EeAjxpiVBuwEWeIm6kdpT0jAhXOkwn7nZsUyma"
    "Lh3fT/kZ05mrvwKgBYPvLVv1RVHmvfWHsY7sxxUgLXfvufTZJdx8rs7wdpy/xIlwpwhOh4"
    "PcHIJVoTh3PMledRDBHzu0odcbP0ONdvaiVOW3Pdq0CzFKEtJdtCYPE31UW9PmXya7F4zW"
    "Q6q5ZFeubXVpYF6gu5EPnpt+8QAXLbBGQD5HD5FaA3uxdLGBSzaMvsSbreViU3tFT/gVWS"
    "v/exIEswLov8fT22MTQ5cjNGVojfrQy4mwt6Ouwak1uZp94em3owTaMWEJYa8+OpwXI8ow"
    "VU4QF5JhXYsjzRGVLvBZQxe/Z6pRb3hczbwmfhEpaeJpDRd71F3Mgz27kngocFQl8XaaJj"
    "wYaykk7lquaigrXs2JvAUfEwNXU9k1DxyWmnsfYUN/xjaXe5+5tuNC0mzn1fmqrZ2t8RDN"
    "0fr2ItIt3Op1EIhXZ0PfzcglxKu/xlmHePXpDqlsP1Amqjneny6rtHV1f4O4aO1xUSuI2x"
    "wJcNEE95Yt4KKwRl/cdgXowpR5XnAumk9fIDAXz+M/HJS7j1TBRrF8Ti8k5WAyyWTZoBfy"
    "f6rpJmNgYQiMJoh64bJzNCCG0StiGXmIOb1SIblmPnZuLnabrYPIb9ZtovqQUf+KVC/tVb"
    "M22x2BiY3yeUc+Q3dfabqrlxRLVCD2GTbWyMJxgi9FP0uzyOfg5Tl70huVfA3jdW4+0j7r"
    "5GdYRBRZBo3teZ9F/jTJN7IRFX2xdZcMTq680Csmzg7tRXZPPx8NwnktctHktLtqOKGzbW"
    "dd1Ypa5A0WW9YJQWn8NA27IPdbnRj8cTlA/yj0xbJs40JgqnBclN3LXdxic+nXwBFKX/x0"
    "iaynuXk/uLthiYv+ODRtcTYJchld20tlvBn0by4RLWSS1NtOE96GpOiKFz5rOygcVYpLSe"
    "ehryW0ZOIvruIvxhI+W444JBG2x0+bds9jk0C6K9mMMiYK89zmefaVqzJlmCOCMMdtnmMI"
    "tWWfnBBqg1AbxIXaFxc6TQRjgsmX13RDZ8VJJzvzjBPJSD/UKxLRsGNiRVuTmhhtVcehGT"
    "TUcx8fBP1pLS7RC617ydz5m61q42UvcsUmAm780s5YItNyOd1I6/0saEDargakZDuyy2kF"
    "cUnQCtqiFRShXa10Uy+p8SdEQedvj/KXnmfySx8feWyKbLdYRKRBn9gCe8upi+lKztPOUb"
    "Q11p6wYIg0JgZ+3XRAw9KoIvBFDNe4FMDKZQmWWbFpQQA3A1zRRZsUA2C5WUMiMbO9AICZ"
    "5p+4qm4IJR5GRI5KPSynH/xttTM1ZoAudrrh6qZzTj/vv+rSGZrISEy5k07j7YjVDeI4Op"
    "J1hQ77ODg9hQ77OGZrTCwB1XRUNs+qgaydu7C+UD9EMCBzSsSrjTiXiBIQXUxWxqtHoWSX"
    "/4KmH4f394Mb5eN4/GmKdEa4THk7GvnUuRkM9Rcn+mk9n3KJXCvOBn2jqbatYxv9H/q49k"
    "S+LJm1zQLbb+nn0XnH5vLcx9s5D7/p+dxMxFips4Z8SxXZ2FBf0Yb8v6s+Yc+1Y72gN2Q2"
    "LKSTH2lg1cHkad3AAalUp4Vl0MrQH9fu22K0zmDqTSvF7fw9wjFJRoL/BcTPVhI/ocRIAZ"
    "OyhhIjkddIAPCEmIRQ15B36m21IjBHRCSEuHoHSXCGCa7mhJiEUDdbm0guDmia+3kzvhtc"
    "oqVlYuB8Sm/BAhPx64pkAMe3KY4vcAHlf5ug2Er2GyZv1B8YoLLNOjBAodhKxyEFUq2A8g"
    "HFVqDYSjx497S7Vbdb7zemQ3f7u71CgbunnbLxBIoyk3c2mn56YMFfr6OAug9j7UxaMiQa"
    "2fqLw57Wlxze8TEjFag2ckZwjF1LtsY+qhTJ1xKOqo2H3NUe5x32FeuOQuPQz5gTYLUsA6"
    "tmxpKOyiWQXhDBuqAOlnuztv3VeDyKafpXw0QU9e7h9mowefMtg548pLux4CpY3fLaX0Ws"
    "brC/amIHQ02qo/EE4+uUxhfVSo+Hd+qNIimm+5e2TRmiU5pjMGZMwTOe3RW53StieFn7Zw"
    "slg1LmHm3C5hWHpKM8YspSfEPg6iHD0liy5ltiMaku2ljP2KsuqT6rOlsQYYXIXoTHmDbJ"
    "6vqkucmGO/fwpYylc4KR8ar443u0Se/TKPcxwpk8RzOWlErJjO7ONh36DSlN0bU8zuKLZT"
    "/VkWkKnEN6D4pNduNgj4XO/ZdUDNSEFCALBp0Q1HIZdG3J1aDH5r1l6Nprpt7h3y6kd3i5"
    "klsqoRdN1PhINILNTltTLcDa2ZGj3tMRVBQUwqbJBg42jHNaCZv9FK8atq8n/4VWsmbLjl"
    "axporGi+6uyX/6enFMF2nkU+cmLWht6+QX08oVK8v29Jrpp4fzUNchbzG97w2MWY1uzx0W"
    "PoFWGPs1tv0vVdxJDU7oUxbDWKs2VhZbEd0jItLcGfntO/K/VoMcAVVdYfdVWexWK16oMR"
    "vZpByQYDM1O7YlpbHNzuZMS0I/yfL9JIFYJZseCMSqr8ex37LNC/z6DR8Tnfbrt2zxdtut"
    "PyJWnMdk4xjX+5u9PNOattH1Ep4L2tN90ysewPLyWT0BYotixyG3afK+hRbW7nHtojeL3S"
    "t5ihinzJ/+tuezol7WOjGLbdphynHRE37toZVtbfzrE7zUHaQZqr5Jc66a/Wiu/et/HL3P"
    "PoT+hz+gQgbkFBGgHdD3j0PhgHY68cPJLMriCgUk5G69f1eAu/X+XSZ3i96K60jRV0QA5I"
    "RYKahbduIkMncv3hdJ3b14n527S+8l3Px0CxMkJUZlqlnRp91UYih/X2Q9f5+9nr9PrWex"
    "XlDHNIFq3U7xVcekGl3D3XRFFOEYUp1IzGaOSMBr1JLsLtkx9XV9QedOTAhwPezhiZhUR7"
    "ogqMk73Y/WMZgL+yJiK+yweycwQKsDd+iPKCnAkbOmfRmJXQU1MyWxBT60YM/I8KJFtpQD"
    "fjT/1SzmScuGGJqOtItn4equwck6yykFFwhI6Bz6+orApZbymaOt8XJn4GDmC1eBm15/HN"
    "w8jAY3lygcY26Ohr8OLhHdQebm4O6G3sXk01tSC441znHKdtxx5OUKdMQg53AD0hY5WW9l"
    "pjgiJp8DRqb5bVHfrJY55GWaZXZqlHuNYYY7McPdcpcDda8af3kwd4tXMWdkSg4IZ5Bv1q"
    "QD3TBEoxIxGUC1iPucAlaBB/LBkdoBGVtYMQ/khGzPk+H17Iy7LVThOo8MJSm6ie2wAL77"
    "s6m5tduyk6wouKljXLimX7LhXxryK1/uw6cJNsLVmh0Kki1ekQqZVYCRnOGyfzcUjmGw5Y"
    "dkAmSLhWWUcFqLVS2hBRut1Z5jfI7+cCxj+QeyiJGBHlkhD3dtU84xS5593JGfj5fo4Z7a"
    "DEFDeo+xvFIdF21Vd5306db3SXPzDR0E/R/02X1Ff/tP+i8Chauojr4kP9n/LOS4umEga4"
    "vNt17mMY2DLFQHf0Of8z4LqY9kBZCBacIxPUnJly9EkoYk4VMHr1aG6qyVra1rWFlhjjqT"
    "RzLnCMukkzdCOo+xRvcvoMBST8nJNAfVWZuWIWRo+o9DmnYSyC0xk1h6g2LoG53jaMzElC"
    "MJ8KYYz4blYF6yT14R271QgxVswyudLWFLd04b08JrPMRzN9yoGCxi4MY2hCsUkzsaT+Aa"
    "n4xrDCViS+eS772k4MZrqXPqfmdra9XJzrmPP9DLc0xt/UdFcu+BMdymY6aX43TZWoLNo0"
    "MB6ZJvq2+B3j2+8NJWV+6ZGNxnN5P+h9klYrJzc/pwdTuczRhzeLfY0NLUy7nZv7+fjH+l"
    "F8lOY9Ny1nNzMvhlcM0etPGfWGPPTQd3ZCgHm2Sk6/Hdh+Hklj5AJm6l2xv6xH1/Mhv2R6"
    "N/KpPB9WDIxtyqtqurhkGNIQ3r/ujB3f2169F4yoZjRir5u393PRgxlrNG58AImNKi/WKL"
    "5G1fZOdtX6Tytk3sijtBI0LSGIINez6f1RK4R4QA93K4u5arGuLIx8QA+3LY+zuyrdiWWP"
    "ZQSlC+RuDVb+yWK4Rx8Lx80NbRY91TJIgWoDo850leAZ+EIOBdBG/8ZcsUN4XSsdN4U6J3"
    "BpE/KZjH8y6AfDsJUzykKRGi06VlgCt/WQlXPrSOyuQ6JWQhF6bNuTBLrOnl8p3ikjDLbZ"
    "5l6rQo8yrvxWB+2zy/oQ+qzDmdkIWZbvVMM/dgmWmOCsIct3mOobWEbDo3Z9pT+RKQn1oj"
    "JShQVkXBTckBuJD82yCTbbfdGrpw+m9cCpAtwGnzIUujLE68igzVMZALs6/iCwwSgSERuD"
    "vgFk0E5qsPAO8BeFMa0xF51oZu8locivAzY2zCERlPom0jEV7UMBn6SLgm3igygdQYmZWt"
    "rkOE1mAJFiW1KuE7UC2z9XdivtJRIbf41DRXaINSlbVEfpdbNkk7LSsTxE0z5tQvCgVJrK"
    "12QqrBztrfdaaxtpdU6XGGxXaNmJg0dMSKgfWo3sLA7sUA2FQivCXmvAqfl2n/hdTWFuGZ"
    "4wbccvKNhO37VAJbxzAuaumHbyqktLYmpdX3AigVeE58V4BsPpMG3AHke02x63pfL8sdEH"
    "moV8AdQJ6j5Yvo8wWrr12vyc/+5oWWH9uPgbaWoWuvPWSZGNnWC9pimzZxRm8cjBFFAZvL"
    "8/3z597zb9N9pKsf/oj8W8GWuMe0wm2Zc6KWtjLZzopn1dhxyPS/TMd3WflnvkCSjKJrLv"
    "pfZOhOF9WQHJgpFDHGSQDvm9v+b0nkr0fjqySVhA5wlfRsACPoK2EEpZTT7FO/zpMsiANw"
    "zq9IiKCAEzsalihWMZSMpT9j+zXMjQ7rZqrBSROU6XxDAScPuBZyXEt7QqrJ/qAFOA28fC"
    "SPvKyxiV5smpBgck6xJj4wx/uuGTqlWNt4BU74kzrhA71ZrOBEXEo6daL6qhOR9S4Ac1yq"
    "FMwtC6bX3Q2Q4uMf5wkDMK8+YkSqwQKJwfrubH1EqIcB9TC+JtyhTEC9ZQI8JVThkSWzk9"
    "YTYkemrLfNyIOc9a/bWi6Ssw6BxioDjeF+IpoxkxaElBmIO9Yfd+Tz4iOrsQKE5WZup9/c"
    "01K3IQBZ1m2bxUROIFrcfVsXCxl8nqclHiuqpuGtOOUtKiaNGQ1cwrYDCyX0Mn0R3168L+"
    "CLIE9l+iLYPSDUt9LltlBdbS1mh0VFwALj8pKpUiPsM4gIybSgq3UcEI1R3GkQCgGuwPxu"
    "2gNj71ktRzoJ5Euh7fEcBeHbepj97e+aVbu4JHMMJFGOnzUFfF1Asq+AZJ/SuiqA9CoYp1"
    "saV1FMo5qmcOpCnd6wsBIPxxUWrdKT7QcLCt2A60su15dm8XpH5zDQLG7PaKD4pSl+7N8C"
    "0AbPN+eRaQzcWnwy5BNdsgkpojgn5aTzgFXPogwg2xKgSmEdCkoHdvX7Bt6ouiECciggHb"
    "i17BvqcmljJ6PjHx/hiIh0GNfC3duqrxvKVHexvXGUpfrKgTvbt8gVbs53811XokC6o5DN"
    "VX8WpbfH5IDgXpzgDnzK7LUtF59SIPuw2jbasnLX4seDbS132rElGgPPxb03mkxgNeEMCm"
    "DL8QlFkD3sGlKis3o4w7WPpp8ekIoCceRgw3DQziFfGLuIRs0Ri5qjN/iLZuyWtKrCr/3Z"
    "2x4iJ9sS0X2SZZ1udFPf7DZ+YurnnWq6uvuaznBt4gO5Ga7RktpQZfLUHq+SLA4gcFRD4K"
    "CvEkuuFLUK0oLNzcJPrV7rke1bN/1iuWK1VFNyDZac7Ai0xGba2niFbZtHZTxkbsVEG7S4"
    "wiudNbmA7VHtOoZGKg3xaKCRylmOhdMTaKQChRSbL6RYpwHax0SXXp9x7E7/Ti/P3FT3zw"
    "ANoUt7ZS/HKHvGtsNtipQdk4mISBgxryUqQ18qAYT9xyVE99t374rEFd+9y44r0nvpIDk2"
    "OZGB7JqQERGoCilYFVLAQ1/9Yfbv/w9Ip9Zz"
)
