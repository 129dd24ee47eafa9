from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_notifications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "user_ids" JSON NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nSENT: sent\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "invalid_users" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* The notification outbox (backend.staff.notifications): a WeCom message to staff, written in the business */;
CREATE INDEX IF NOT EXISTS "idx_staff_notif_status_590518" ON "staff_notifications" ("status", "next_attempt_at");
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
    "eJztfft34zaS7r+C41+m+1zFt+M8ptczu+fItjqttGx5JDnJbDSHoSTIYpsCFT7s9t2d//"
    "0CfIkPkCIokiLRNWc3iUUUKH0AwXp8VfU/Z1tjhXXr/Fo3lk8TvDTM1dkl+p8zom4x/Q/e"
    "5R46U3e7/UX2ga0udHe8ZavrtbJkwxXTHe9eVxeWbapLmw5Zq7qF6UcrbC1NbWdrBqGfEk"
    "fX2YfGkg7UyOP+I4dofzpYsY1HbG+wSS/8/i/6sUZW+Au2gj93T8paw3r8y2vul3U/V+zX"
    "nfvZlfY4JPYHdyy74UJZGrqzJfvxu1d7Y5BQQCM2+/QRE2yqNmZ3sE2H/QL2Bf3fHfwo78"
    "vuh3jfMiKzwmvV0e3IL14o+8/OFOVuPFOmg5minAlgtDQIw5d+VcsF4JF9hW/+4+Liu+/+"
    "evHuux/f//D9X//6w/t37+lY9/umL/31396X2aPlTeViNvxpeDdjX8igi+gtNPvg366Maq"
    "uelLsYe/Sf6I9P43+9Uc0BcbbuCgzp11bJEqdWIpBNrAX9kcm1CJDPW4zgg/1q7Ddh+eWg"
    "EFwijczJ+GF2iQzH3SYFFmerflF0TB7tDf3z+xzYf+lPrj/2J2++fxuH/s6/cMGusDXYY+"
    "4+eHilqHYa+RuKmK1tMX/vxyUTuK980fPgP6pZhSafiRycZ8PbwXTWv71n028t60/dhas/"
    "G7ArF+6nr4lP3/yYWJRwEvTrcPYRsT/Rf4/vBi6ahmU/mu4d9+Nm/33GvpPq2IZCjBdFXU"
    "WBDD4OPoqtss5dXrzUtqrOX12dv6yeyLkvWmBR/RWr+cmqYlFvBtfD2/7ozX/0vJWi66fZ"
    "OPZYvUs+PTq9lSCungTgmovrSvOOeWWbhjfzZRwXOvxSbj+q/mv54tvv//r9++9+/D58G4"
    "ef5L2EgxfuHtYXzd5oRDFV8og5io5h6FglfHCTogl4F1S2e/jmaTDj8Sh2ul8NE/rM3cPt"
    "1WDy5tvEpk6jbhmOueTgzRQbPth7iebUGVdFr2sfxzSYb38soMJ8m3xd7nUYdilxXOCVs8"
    "PKE34VQTkuVQ3Sp9XiYzD/WERT/DFbVfwxpStShU9l30nhmUmZx3JCCs7l9AnhWNgUAzUi"
    "UQrQhiyeRhFlVv36iWtZMrjS6H4wTKw9kk/4NWVbJkD1nRoP/jQdA/ffwe4JPt0/Uab6Er"
    "pBopuK/nb6i7H3SrvuT6/7N4Mz7mFQAayjyFTdOgiKIps4A2Po0u+A7h5GozN3Ay/U5dOL"
    "aq6U2E5mV4wLI/FJODZ9aXuxTX6iEvXRRYj9FPbFffSnG21tn3FceN6F3mHnncUGFvPanY"
    "0JRtZyQ1+9Ol4hVxIZa2Swj9lkaIu3C2wi1XY/C4BDb5gTwUKqiZH6wv4ZOBast+dJN0pt"
    "N+F4Fn8PzxY21lUFbdW0LeYW+dcxbsevxed45Es025sYrEfap5WhDvrj8zxZUnmxmGcqaa"
    "qEe5cLXLYzMCbYjC+wLZZi55yBmKzKLHFEDBa41Qu8NDEDXlm8ihkVKTmw1dK22umM4LY9"
    "MmAFtxFRsILlt4K7Cm2eGTyhr73J8Hp2lvEqa27jtuwFVhTc1Nu7XV4GZnffGba21vxtzv"
    "M4pAb1DnsfSGR8QSfEbINRVIxxMRbGF/SG/Vaq5567M5/HZn57iVT0K742tmiLLYv+SmQb"
    "njuhh15MzbYxQRpBNp174VgaoYNSjommbjwnFAFiURDYTVSyQhQ87RmbeIUWr95QesdH03"
    "Dotc/GIsu9kfBg/M4wtx33hxH8xab2gI23Ozv0dgCrqkOsKj76XWBSlQyJfXdRICT23UVm"
    "SIxdgsjj4QDvxfsiEd6L99khXnaNax1YaZx/no7vcu0Di+ez0JY2+l+ka1YXDYUceBkaMU"
    "dFgOqb2/5vScCvR+OrpAeCTXCVAH+nvuqGyjlGsrGPiAD0R0C/f+GWocXupRtkkuyoJqN5"
    "PDcRduz94O5mePfTJfLl52Q6uJtdIgsTe04+9IejwQ27n6bjVVKzKnIsFTmUso+k1IHkqz"
    "6cpclUbKIizTks3tWr3lTm/0kqlClc8/3THPEK/NTtNAalcFPrqmUr2DQNjlMqW3eKSzV4"
    "qgkeZyV1p4sffihwTNFRmQeVey3+ZGnkWdW1lcL0ISEFKiXY/Kv87O9rh3h27MLRdFsj1j"
    "m733/VtR6Nv+Dp661MxHUvBsdcm4+5wC9XIsMmJilh0PWM/sDVmOiv/g7syLL7D0vuqju7"
    "VclVj0vCqrdl1TkPu/vtUwG3EzrY701jrbm/mu9bD673DrvVd97QliXjfi0+49pYcdQ60o"
    "1XjOkOFtG6E2LSqd3Ve4Y3mokVUQ5iTOhIImJ3VDoOEXFpbLeaZbFYMfuJymIncBbwhYHM"
    "xHG5GLz9mX0MBOOle/5rMbtbQGjq/LvsKO3qEPVpTPDMoP+omfh00kWojPZUsao6xbbtfW"
    "++qhpcL6CqWt7QE6qqgvFfWQO/VaWcZquvz6rucN5Y2R7MUACCkEf4KMGbkf0EgDejBm+G"
    "+6rlvBqCV3D2KyEMVYDTolOKXt6pz9bU/W+Bd2xUBl60GS/aWMWdna6+KqIwJ+UkZA1WD/"
    "ZOtawXg56RG9XaiKCdEpQQ7lpMcdPQM7b1YQ5VINtmrM+mH8f394PJJbI2xm6HzTm5Hg0m"
    "ny4RRcd8mpPpbDwZKLf9u/5P7ijbMLHivX7p2PsHBt2UXdk55pLuLvbph+Fd/+56QL+hRh"
    "gyc/LxH0r/5paVMdz8SRWJLStmOBr+MqBfazRi0oxkTu0xXfdz4kXX/l2RpX+XvfKpSmI7"
    "umRCB1ooUGq52+YvrNnJ/YKXxtZlh/D0nmyQk3KVYC31+5kitlFtxdhhIgx1XBCwPoT1dq"
    "3SM2xpYo61mw10XEq+06N6nDVLYRlKz6K1CGNy5QoRlnotB3u8s5UIPe60ohuPGhHhLafk"
    "gLzMKQvAiiE7xNZ0UR9ZUhb4fO1xigGfT35faBafT8AXmiioHu1kkHix+eIfPk2wHuY48+"
    "ONiR4KHdsMWYHHOPk5LB1XHqawTp2MAAUlE47EiPnNJSwwEU/IWn12LHuLydEbyqbPXT+c"
    "rbOv23y4tsYzrgqsW38uSaGiBzA3cUYEpzGbQ1J8fK+fS7k7EqYRnWrqzSTTOSUUK414L/"
    "d8bT6kAYOpyHMa539LuA23a7UypG69uSRBqUT0PdQWMqLwUW0iPxqvxHSYasPy+/K7YSUu"
    "qLp7ylA9lEeE8ohtRjRl00N5RCiP2BJo88oj8mnYjfHxrkyVxN+esQu5OsCCDQFKnlzveV"
    "GeGFDxenlh0VKuZmodrpzlsQ6ce28Wyaydug7CawrPo2G+8s7C8Frucbj0Rml1pFb/frZT"
    "Td8P5345MIa+3kPy1Np6zewRyzA5EdjMPRsMB+pC0rD0jgwx0zImA5nVB23L/bF8pBkUfc"
    "d0C+GiVlBsa2WUiC8UiN9o+opOdWQMXjq8489+wypk215SJ9Eh701tiUcs85SjRO4v5mqR"
    "OzZMYemrBWve95Er4ma8IjqvThVQVkheRcuNSgim4KhhJ7weMky0MOzN39xa8VuDylg7vG"
    "RV6ZHHvfQmemHl+M4SUNd9L/AFgJrbmhOkbjXXf2JE8I2IyEdDrz5FyCtxujaNbRrkfEJn"
    "XBJou22m7XprZXOqnhVZY5tX9gxWuFUrDOkkDaeTnC7W37KnqGbnAbRaby6IGjlObLw92i"
    "72bbkhnauDuu1prWMXtDwLOUC1iJWshMtZecQlvId7Xj45EHQ5qTXqrcea6/jLaToXE5OJ"
    "LtVI+7kk/N4jJxRRSMrJtAaVxWro8SIG614A8CwQpomd5UfqWjFPbsdwLhysST61hzmB7A"
    "15PLhTbxZJYd0/tW0iAQZhHq5OFkaA8rSxfbAJqICdOjPzFK4lXWkh97Q/XjoqYPX1lSCy"
    "Um9T2eg3S8E8w18yToaEmATV8PP8wIPfZjGHYaqgcOgGHo3vfgqGJ6sMJ5pnPmJlqxFlax"
    "B7I9RCMyUIDsS0meCiRJ+ecvDGBAFeTh0lw9w6uqpQJfWRcz5n11FKygG4HBN3g/U1NSnW"
    "rBPOq8jm5UgCwGmAIU7WcJwMKkZl7225KkZFV91NexNz1kVF4OTiPEg+GVcM1YQU+EEP+0"
    "EXQVbnkV66MDu0W/u2qJsu+rxmMNV527cCYAVo6W3bukXBTTy2R2QCWE/OsUWupPI21xq+"
    "Z1BxHMQ+gjmtvPxFAsdwp14iPXAMg2P4tI7hH4swwumobMfwjylOOEtAEcE3GC+BK7juhI"
    "aFaooeDBER2boXVH800F8p1LcgGN/g1p073+P1j81s4CJRo+yYUSpiBOyyk7LLbLq04g3B"
    "E1LN4f/td+86UwVAI68aUTR6GmiqzrGXclompUXrOkxSB3VnX4O68aJYrHayYm9MbG0MXS"
    "yJgivd4M7uyr5eqPZyozCT8glzEM6NeKRkIepRPOoBYSYIM7VGWZE3zOSTKkXJ9lEhmfTR"
    "+pjhIcH1aFq4bMVSeilSeHR3HeG4d3nlrukEiXh8T35K0zkWqSs2iawIuRpzFf1OZAXohC"
    "10OonXiXrodBIrt4mOUkFWtdtJR7aDXCgkG6tq4mTUBhBvfDIkz3T/GebrL9FZ5aBuiLZA"
    "8d6DvILnwQsyp+D5/kVcrC6bqy7Rv5Fu2MhYI4NgNP30cM7+YSF7o9pINTEi9Ko79ze+Sw"
    "Jt1GfsjnY/Ri+avaGjEP6y08xXfl22Gu/FTY/30/08VwoxIDn+pCH5cBlS0OZF3/YyEsaP"
    "vy8SIfo+O0T0PSdGFDxkCvOZ8L0xuYZ5VDTPHdPZ85mHNfOmJJD0DhdhFBNitSPY5AkhBi"
    "D4BLNPAXl9glAlolZfIFQwKF3BQJC4C/4a8NeAv6alXghBizqvoWixZqI19hEFoxR44jKS"
    "QYEnXiOF60njJckxcAfE2abUwBjQgWybgT77tT8ZfBw/TAeXiJ7/eGM4Fp6T6Ww8oZ9Q5c"
    "zESRdjMcJ+Ib5+Dl0/uRDUMqLGkxBnMSIiHWf/4ocfCiBMR2UXyWfXEnxFrgsBL7Wtqmdw"
    "FPmuA0/k3BeVy4M1uB7e9kdv/qP3Y4KtFfoRU5kmOr2VIK6eBOCai+vO1AxTsznJtnkk/V"
    "CkSSZtV6i0wOhsgNGZ8jsVc5So6/VxNi1rWy5hj21O8k7YNKsCPllnj1kgSoHjDRxvrcTK"
    "ffhs9elYKuc0mEdWoOgVYq2xaSmGwzFORLCa+VPJD5V2ZENU2ZFyaYpVMBQlVQ10qscrFr"
    "aswBFfHqYRnWrqzSTTbqoziDLBVE1/zoyjRC/38kIp5n5gy6IpeVn0kgVUGsmdzw67mHjt"
    "gZhag2y3aVSmQb+pERyoXYzBMMx4Oz0fZe5e775vuvoozJ9CPr4/m3bvtT4uG0PSfZ05W1"
    "6mfB6kMbHmsO2K49SyVZtXgrBYqHAv3eBpsHfYigQM+9ez4S+DS79t+5xcj++mD7eDm0sU"
    "bJA5mQxGg/6UfWZiHauWt2lOH0R0ScPYKkGVjUs20iS4JYzjNhFjA5BymbHAh85+vuTlQ+"
    "9TD8Vo0Sk5KMrNe7mxMkRidPOICGhiBQjnQSjlWMq5ZCGZXpJ0HtlXBepx7x/vCrAVyUpu"
    "2YlQFN7UcShM7a/TNeZtbl7p6WDX5xSfDuOdhxN2xwRtVLJC7P89NxpeobVhBpm0PRTwlN"
    "0hbvbkOVKfVc1dfvSfdKDizvBNKN9DBD9jE/0dvUtn7TZxw7zU3Wj7eXdyyOE9KV3aX00R"
    "PWYvAcZ5Un8JHgkBPKMiAGgSUGe3KmljxSXBxmqLjcUxrfnVpwTbHUVEwAzgPEnBm1cM1o"
    "QUIMszWiFD+mg8IUP6OGP1UIY07ySoAFUJSb5JaBMnYAF8F0FVpyPBla18YhLZ6Cv7iMT+"
    "JP2kPIcowXiRBHbgzgpgVbtTKULPznIvxRncBxxNSoI9XsTnhJFpvKAdNv3ya7bhLDd49T"
    "dkb9xLVlDLzcR0tSwbWRtWxm1/J6q3ozfMCcQGfTYck6g6op+br295Lqfa7wdJ+O3yKsVW"
    "jk9VyMqkTQjK1vujekYYY8zQo8FWBfZxTAZsEK4jT7V4GnIxls1eutUp+Tf92/5Pg0u0Ur"
    "f0jTUng9/uh5N/XvplOOdkNJ5OL5FuWNacfBg/3N3Q+xoOWTEuzmQyuJ4Nx3eMjWOa2C0z"
    "OCfT/u39iOXzq9udztL7P44nsw/90Yh+tDFMm35tfU7Gs4+DySUy3LO6xENUPV+HGLyigD"
    "mlLQxuNcDuUyprSfdnhYVL9DmLiUnjGm+4yVmHiNldfQMDJ7tWTjbQ7LKh72YIqAjNDkJA"
    "EALqDrIQAqoWT8di5DARQCMSQKw9GFODENBZrSEgiFlWHLOEmFplMbXkOVsBqg+WTCUKkp"
    "hGXi0xSOn90d3DaHRSknIYhMuKJkWjdIdiSbHooFgkablRySNmgRwVufel33a7wKYX5LGc"
    "rYUMRhIOrjI5/Kej6kizrZBUHKUl50eSarrf4UjS7zH3iG/J/wvKErSyLIH0VXUng+vB8H"
    "7G8l+XmH7MXPCeA5653yeD2cPkjl20HZPMSf/m54fp7HZwRwX2obY5+XUynA2U8YcPl+jF"
    "1GysGOv1nMwm/bvph8FEGT/M2ObxavWw+kiRa8O7yCWNuBV9rz/N+p+8qr5e0Sj2TaaDCc"
    "vm9Z+2MHU3zNydk+Ht/XhC76Rtd4ZptyMw4B8UwhG2lJw0/uvKufLC2KYFAVyR+GUWqs3H"
    "LDvr8od4YZ3xQohZQcwKYlbNxawatQsgZAUhKwhZnR5ZCFlVjCeULoEwYBsBhVowmfDWVA"
    "sGon+QsdipcDVEVyG6CtFVTnTV7XiRFVkN2mEciKqG3TfaUxf9a4k+1pbgFi6sYH5bUg66"
    "zh70VHaw3rGx83JWRAK54/vB3SViknMyfbi6Hc5mrKyx5Sy2mm2zWsf346n7EfNasb+v+3"
    "fXg9HILYjMfruut6X6MURH6oyOdMu3DPkQ1TiXw4OgxLonZRupKn4KZbPtCx1gkrvS3vle"
    "YpljgrDGbV5jajKYBqOwLF7F/JtpQXBzpv3GS/rLHw1TENuEFADLAdbXIES3bUoOwIVYJ2"
    "Q/teF9WoM7OThIK8D3OjJVt06HovAm3jpF4A0PU3AuHwI3+d7JcDFn6GaA7wF80+qosA8/"
    "2g2WVNamekTnkuhMrr8uYQhaXrQjQLVAxEMJV7PasMfv+1uwyf1QO7SSaEFM5NVi3VzEWm"
    "jGhUB55dlchkPYO0wM2IQU2FtpYJ9VU2Mvb8VznAmAy5GEFKQ0vFD17VRV34CKDoTp1uMZ"
    "qoripOmIGGBbkOcbqMxVcH2DuToGsxDfN7LHYkbtdX963b8ZAOUXCv60ANSjmmjU6VWY+U"
    "UhzjgOhfBaL8+XEJSVAPKkXI6CsFyIGHcyIQbUSfd3S0ad9DuA4GD5BQrh/ONh4BEkwznm"
    "pH9/Pxn/wj4MPNWs8MzPg2t/4Ge8dMdNPw7v712+5Ubb7bxR14PhL96oJdaegXH59TIuwy"
    "iHOCcrIQqsrDazsvyHvwzDMiYJq9zmVQ7O8xLLnBCFdW7zOgNPPvudKS9PHhqGy7bqnIc9"
    "1dYS+NS1uurXprFVytFTeaLgsudWbPR1C9EtnBaELcyD13cKlMA3JQkAc8J5vgkkCm9KDs"
    "BNg0vffOWO37QgHL6H46Wxl1YFQaivIEuA954vEOaL7E/AuQjO6Qe6AMrRV1gFMMvNaee8"
    "7yFroFKEC2cN8PULwPcQ0SKpUhWAN2JFAL4HT4ikxXXarJeATgFJL+L0lKyclySmh2kqdW"
    "W8AFflhFwVsaQLSGPJNmEpNkpwcIpBGhOTJiOgMmBPwfVv2YsbqP7txnPfIEzIdxWXAmQP"
    "O67sCLH2SBU+ytHtGMiFfSnxDQYsf+lZ/i17b3We5D82V3yGv3ehl2c3GWxILRUCWG9Ygn"
    "U2Nf5iY5OoetikFSypE1lS7nILUv6jMsD3d393Ht8/su/LEP4j4nXxwitA++x+PHWLIM/J"
    "7fBueD8Z/zTp316irUa0nWk8mup2Tu4/ju8GdBT9EXhOZv3xVX9M764aC9WYk59vLtFnVl"
    "H5hpVTXtH/uhk//JN1sl0ZzitrYvvpoT+cfhw/XKInR9WsjeHMya8Dijv9Wh/H95foBVO0"
    "bIVe2c3JaMg62+rURD0rsQ+qzwaIHnoCT1tCrNQeaNkLtu4+f23PsEk9b2c7TFYMMdGHbn"
    "B3M7z7iT4unjx9ePpD9vSoGkuzGY3G1303p0bV3fCkW7B8eP3Jk9GWT65MOs3mZsAengn7"
    "jCoI9Aky3USb8e39aODOtzS2O6btZKTfBD2uvUQd1uW6LSk5lrOwDZs+TcIVMJKS0ri8Gi"
    "6CsdIstwqO+AokJWEFyq2A+5jTr1XiGUhIwgqUW4GSRxCcPxVgz96N4tBHpQD5csibeO3Q"
    "H1sC/aQkrEDZvf+6xfQFusUUPyErJC0pXZJy9com07CdHWerG4aOVZKBdCiUQHhBpeqCOP"
    "yk2ezFq/F4xGYOc5muhok9fPdwezWgsLuo00GanXm4uNFoU3E/ENjZKUHpNnb1BnaImevK"
    "KYV2KCkd3LUUOwhxU1crE1sc58YMf8lPRYrJSoB6XqLk4LdZ7FwJsH1z2//NhT3MkxyN73"
    "4KhkfW4no0voJqHg1u8J2uLsv1V4oKNpMf3Gh0opvpwUWSwl2bqsSC78Wg1EN7sr/T6wuF"
    "W76GVQ5DAWVKeiRkYaVbvdJBeKfMSidkYaXbvNJQrkU2fYyz7KlyLdBGUMo2gpIDu8XbhS"
    "iHPSYDoB4ksHt4pQEWZgTfhhN1C9+ilODYxirAtD5NlYWOglui5SX0ZCwKbtGejEWSpwOi"
    "zpEJ1C5b/cafq4OqYmYGdYwV+oyrAWrAJpIVJc3G2ypAGtJ5ZMVoiy1LfTy2aoEL0603la"
    "xI+WSGKpC696aSFSmPeHMkUBN3EnkhYvzmoyFik0y8GkeyIsW8+hU8d1N/Gplgqj0bMFSj"
    "srICo3rWgexAJabfHUwTPBsTjCz1mQKDDILsDUbuNH+xvCYeO7uHVAvtTG3JhtCb6xpeIc"
    "1GbxgAmKzOvaTE82DIH0v7y3n4Jf54e3mWQL+BW86JSuWNrcF+JZ0N0Ss7ei/DRDuDrXcP"
    "vWj2hs5pIbodsY5UskLqlskjjaA1JufoV1OzbUyFqOGBVBu5sWy2t8/Pwl1bWdWZPIKlZO"
    "mSjdAqs5MqnzQiRK4MxjfHFGksuat6UuWSnkoi4AbjpaPhVE/rc88pEWxDARl37sX7Ilv3"
    "4n323mXXEj2LtuVSn+JyMtVcaZoB776bBUIFewFpkg4qC714Ko9gsDAqA6GXNKieii2EaV"
    "REprOhrnCWEZRBOTIiEJZT6Ri8RWMC0X3FL8N0wvo2nr87y5wNveGHbNm9//2wITt1KwOg"
    "jWbZhvl6iais+YrcelUaG+OaeMRw74DoTK5l+LIx0EpzjUt2+WVDDb+UvVrpzGA3tloZyb"
    "Yb3Wr9ecUr+IuQEJPO0KnehrSNEjDHhADkgyBDvkyd+TLQRzEb/W5SNIukzIBxUL3B5Vii"
    "kEYkwIIFa6sxayu5aysAVW5SW+RBFaaz1W7AulykLPs1ICodMl9DYhR0t+jUednLMQNZrW"
    "bRKhZRGRmDMT++K2SevMuxT94lVWjoIlKZCkU0W2FUCSwe2krLygQxFFc8dbSr4RVg7aaU"
    "kvX90rLwKJReCNaiyK8jIHbKR6WkeQoqbhi1L+krgGtUDIBNB9MfLfEjIyolDaYNnxTgVK"
    "t+N0OvLvCptcABJOZTg0ZSFTSSKpIgamILm89unsfRiTPhTPK4MTn5RUoFDYm9JCPZ2hHz"
    "MoyqQCtIM5INr9r92kHyaJZrO5Jcesi7HU1pLZZn5EsgY41UEib9qGsbm99Yqo4tZG9YeB"
    "gtsP2CMXHzc1i/oB02XRYVyxViJCycSgVyJ3HneJsmcDV47zn5g82iqPYfSLNc2peX4cSc"
    "98jSVhitNdOykXsvzb6kc6rrNVob9C7B/egX879uz7ut/zX8Qa6AQXBBPtnve4VEdejDZC"
    "pBSov/Tb0ub0A5ax3lLLFc6XDD4X5JiSnaHH04Y23C7geTy2C/z8l01v/wwX9Ekk91kchE"
    "kSSR7BSRVILIwlhxghLZcZ9gfJtRLxnz+eFdkZgPHZWJrnuty7QpKDRcCWsqeAkJrnhEDM"
    "pVtqduYXp9oQQc5CF1AlNzq4ohuheALQrMTfAyt8OH0jvKywzFNAvCml1Mc8/fBEps5ZTY"
    "xAurAkRFq1t1FNr9y7p9ZOOgTl2WUzZSx+6QUzZaPQ9Yx5161/dyPIHiPSFP0QuyQcZx1f"
    "mQUPvlxDwf/MXGJlF1xcRrkX2elCu125PvtNOeJTUXkuqWl7XZrS+vmxU8RmCRt0QVb2vl"
    "Gr8UMkcL3xdJzta/I9WYQfHu1COdp3h7q0pPVRGdJCZUjfrdIo3ku4sCGsl3F5kaCbsEyn"
    "erlO9umJedLbZDtUqL10Yo7wQJJKSDt5aCO26VLXX1zBSrEok6XHHI2Cl3mIB9mb0g8tqX"
    "0J8S6B6dwhToHkfDCb6QTHjrYSdAxLfKiC80ozxRM8p6nXhhHh3XkRfNsstz5sXz+sCj16"
    "kXUy/HoweFpSrToOjrw1g+cUxtw9CxSrJcG6FUAtUFFasL1mAHN0vWvxqPRzH77WqYMJ/v"
    "Hm6vBpM337qGGx2k2VlWNTXXylQgsaBo1JH+jH0tx1IW2F4ODpEWmGEy4pljh53GYmgbyE"
    "eaDFxbbP94V2XmStb/Oglu6jwUrlFSv90QbPFM0yHyDBy0HkxvbMECCX2CJrf9y1jCv2o9"
    "WT0/4Z/ezjSeqeCjYawstDS2GLGfjt74GhXrbvpiUnyRsV6/7aGtQfArHY0td1y6LEIjdw"
    "Tzp13mDzviBNkMoQRQGRKRyDSVIa9zzeFqDSdpYeMfUzhY+cL1GiaDfzzQU3twc4nCOeak"
    "f38/Gf/CPvTPD/rZZPDz4Nof+Bkvbe+z68HwF++zJdb8cR8e7m68zxiFxv9OEMCXPoDvU6"
    "aEDdy4HJi4ELKHkH3RkL2zW5Vc9bgkrHpbVj3AKLLsqTJ8kfBNmdIcWeIQE08fqxuVrPQS"
    "nJiUHIALnBggcbTds1XQcZg6QStAWPZqE1lvnQLMjv1hWgHOcjM7Uu8dYWZHNKVgXx02Yc"
    "4J1PlN1qSVA3eO5Xt09eggQU1ChKC6dgZIdcZDggrbZ5xQSHitlxcFCep9A4FKrghCWMdd"
    "LIyQEINYwsFYwlI1TY2nHmaDHBGRzu9cPcDsRHqiX0BwJyfEpAO6+pIjftO2Ep7GuCR4Gt"
    "viaYSUsBO7v3Rj6eq8YtAmpMAJBo5FcCy2x6LrHeVYDB7uCoAdRaaSFNvEUZhBRoQcsRPl"
    "iFXq/oF2YeUdQFmpdElMDzuCIJ1OQm8QpNNBj+nKMT1BN3pom17Dll6o9nIjZkpFReCYgH"
    "TEhtENdRWx/uhxKUD2sAvAisQQjzSlouHIjoFc1J5KbDDITqzL1XIwOzH1eqsA36tgHkmx"
    "jb7TW5X0eaXqbGUGxDZfzzg2bux6L8/G9VlpC09AoY+qqYm0xl5uVOJ3p0beXH+xvHbTq2"
    "+eVd1hmZfu1OgNVfYzelyXmYRjT/8e6YK1bxW99tpElzW0oWt0tdZLtkVO9ya7ImpIxsRk"
    "0mAaNiaP6dbdiTbds/H9wz19sIyds5uT+/4/L9FOfQ2SN4PUzTnp3/z8MJ1dInX12bHsOb"
    "kdTH4aKMO7S3o2mY9Y0Ujw2fhhFnxoOHbyaCtCWYCUz3pLYl8U6aROR2UDfJHqpn6KOOvh"
    "cEr3fLMxKrHYhq2uY9Kpj/qaCUxQIL/Ww/Z0ZJa27ePKHbCePaKubXpwCuuEXHHQDUvrhs"
    "CIqzN+BkUMvkKSaZkc9uMT11u3wPU665vPU20bwEVdndnZqaf2dV6rJp7gLcPPvMG69oz5"
    "Pk/uuF6e73NJJRTTF2G/mMmIeT/pDCiYAa0NExmuO1PTV/S/3D/Y6dtDFiY2Ui2kol8x1b"
    "1tZDkLNtsCIz/hFNEPt/SIoUJLnOEmrfNuB/yp7l387RF4e1Z0PMUC3Kst0tmy3avRFSyq"
    "vkVE4HUj5DPlA9oFP2lrjGv/eOHqxBmhgFAiTxeuBuomD5AcZJkqm8wOxNudTn8b91nPyQ"
    "6Mi0m4RWvID2x51czUJj3bYbJiiIkBfnY/uLsZ3v10iXz5OZkGn1iRT2bun/acfOgPR6wc"
    "5lrVdFYgc/ppeH/PPrCe3LzIdsRKVJttepuzgJmvxKgI8CZT/VitR7FDJxQAZ/7h00ZXLV"
    "vBpmkIpdbHpaRz6tdS1ZUdYmWSvvdiFTjjWra7O+J7CzAplOENLtevyeUKdWNlW3XOw56q"
    "wgWO9qo0PXC01+poD/nwJ/KzM2ffGc+x7l7oFWARu/5C04u2Q6psp57tXo7n2P13CtZsiy"
    "MYL6ELqfpaXhQObk2RbHj3EtIZc0XYmtlczRRTc6GZ9malchK9s33IUZmv2YsMJlL2nu2m"
    "sgysFFCWWwJw95Vlw9m5PzmtLXtXctXlpTumaH9F5A1HG/rN0OLV5Xl4wJyjPyz85x/0y7"
    "G/rGj2nH8LllPHxgfBPfTG2wJve+hloy03aKs+YYt1UkxGZJq675zssPmNJ490bavZiOKB"
    "v7HUdQ4xJZjXPUDDp4B+qePYKGAqHGkqLOlmF9Flg/HSVVW+eFckKvEuOyjxLh2T+FNgw/"
    "qjm3sdf9vqHdvlkL1DHAsHK1w4Yv9w9zBlAXdPek78v9z/Hvx2P5ywP/GXnWa2JRr/rOoa"
    "fYWbBqf0Q77FEZeU0OLoiIVRKPbm7TmrhGEZl2xmmVtioHdulSFJtuoXFzu6y4QurSpdMc"
    "BJqO2JsQzHXAopz3uJBh3BS13Vts14g6tXMcCpmQ09ODXBqSnyPsqlmWfims8y/3qRzXEX"
    "R31dRzqMPefkLDJhx6Au6jhObLMCNfHAKS9Bqmh8e2d656MPwCEvvRJsJSgA30X7CVgtJ0"
    "lViH4tAYwTYtLxW2pJVpC+cF//dvzAUsvUreGw5LKb4fTa+2SlWUv2WTsc2N73E69WFJeT"
    "Jqus4RpFwV5QFjuBt2VCqsF42Tv6v1a/OiPKE31uQqCEtzdPGjZ5uU1ub0xsbQwqLbwMKV"
    "FYg3Jr4EUbV+qrSN5wXAjKoGXB2orwb8uQ7ogrtlCUw1srm9O3usga27zG1bDCrVph27BV"
    "XfnTof8S8QvHpaR5N1V2PGqW5eCVEpo7Rb1BCTEANgnsDpuK79J06acC4PJEgXGXqm/KIs"
    "buD03rq4ahY5VkhFyjcglYF1SwLlwDJ2ez5/zVeDyKHfFXw4QmevdwezWYvPnWPdvpIM3O"
    "UFA1S1GXtvYsCnhMDgAvDjjQCrIPE3lpBUu6Co+GKVoSOy4FluDB+HeAWAWx2evIVN3CuG"
    "hwNrG9hMOz0VSOMEkp8Q4RaGC+z4bq2LmVhXetrct96gAnbr0nFRwqwgBharnC1EFpDcHE"
    "qoSYdPlV1UfviLZ8EuYERGSkC1ZXzwpQn+kuNxXH1EVAjktJB3MtnIAdxUhoJ4cC8hXirA"
    "9gZaNanD66B1AOpSqBukVncvUHhrHDRKyg7F4C0D2ELv2VhiC8ERHA9xC+On7GQm+6UKDB"
    "lxwxzK2qN/Oqq15p2xnunYqbHXsBiIRkNd0r3W4PiCXHkXvcGKi1w2VYVhxhWIdy69CRTM"
    "yuntluQXrdeNRIiYBJShjIIG0mg0BkLPsxkzcy1qJC6y17tju66JxnnVNn3XykK0d/qSGa"
    "ap0UhKBogRqSIWgVxEUL56y2DOTiKavJLRYLjNKvge4eRqNigVG3Ts2RcdGxuZIJb64ZSS"
    "2RoJtqeaCuvMkGdK4iUfu2veQLARYtm39EqD0o0y8lREBGOASRrT4eiY/3Fpipj7JC5Dn/"
    "qjmY7t25pD6X/K7R7uRHojUNGlBf06lwJ6u8nJARxB7JTFKQ/7webM4SnA/VcoOiPcLpHa"
    "D88knJQra3F4q6Lf3hjZWybSyWV32bFnBkZUPfTZ8GVI5rjSsDKm8VdWO0tB1GVBnmKCoJ"
    "XfmgqpLW0w+3yRgTjJYblTxi1nsi0pHCm+wc3RuWxpKbkD8tetHsDfojKCptkD+QamKkGz"
    "brS6HafnF09GH4Yew2ooh1x6j/dgeUraByj4nXxyldeUFlyfSuRuLI2doZ3e5COdHheHiL"
    "cKL00pe9GvQnd5cIqyaZk+n94O7mEjF6x2pOJoNfBpPp4BKZ+BmbFmafzB7YaBPbDhvvdX"
    "gIGjzMSf/m54cpK6G1+uxY9pzcDiY/DZQhlXBd44pGgs/GD7PgQ8NpSWEtqmBaYoXk9hLy"
    "ETIuinRJpKOyAb5IdUqEcv1VH0/svSy0Ydeld2vLgkR102r3KhTfFOcDHJc6srNnyxDPQZ"
    "jT2TOIz6lrm2d2HWR5hnKgluTUAliI5oUn5YAEAYUWwAt3Bl448MJ1xQt36vr3qSgrxxfH"
    "i8QedMhZgZCLDvYzaIr0rg39YiqxXrCJbAOpKJzumy22LPpbwj6x5+hXTJVkmwoYBH/Dzm"
    "IUC0MjVdeNF78XrSe783ZbonltMzeeE3W5xDv7Ev1B3zArzbb+QG6tNTrevWAhYtjoFdtu"
    "60XWRpd+CwpgMEkRV1+0mQXEV08aX83reZMTZ81tetMqr1NrrLy292mtxMXXv74e3DO3nH"
    "tWMDfez4PrGXPjfcZL+vdV/+4SLVQyJx+Go9lgQm+r6Xb6vDuNW84/8cSMnEBCmuS0yowb"
    "bxOUqPGZFgRwwXIEy7FViUiw6g1mIoG/APwFHfAXnJi10196CgPHSxBc6uU5B1RvEFQclM"
    "vIFS01CDUGe0UtJug5WKPHwEWHC+5hf0Eg22agz/pTeuUSqZaF7TkZDftXw9Fw9s9LpGvq"
    "QtM1+3VOBv94cD/Cfzru34wqdPfgU4WIg11q0OBu6nGDMLHw6XwJKe2iSPatrpFjU7d+Nh"
    "yTqPpII11U3E+ShzQkdPfYhvn6i6o7qv+VU1oDZ1SuAqEF45XnQKBgYOHWeKYYfaM+05V7"
    "xGhJDQjmjkfTTw9IXZqGxUi1LkNXI5eIze5Wp0L/F/1pvyLNu0pX1HZF0/TeGuYHNaddag"
    "5dKAFU/dHgWOO0bXNKlIyLiUmDatOFyp4cMS/HXqAayDt/QAioIOnXa2wh0qswJnhm0H8U"
    "9INMvTk6tQRFXSD7fVeEL3GUpuIrd5m5SLHrudrJZ2+kUBqSkJfjd79uoBJYH/6fx4b5Ia"
    "On2gM3W4dgW+NVIZwSTNk2fVRGOpdJ9YnXASO7KM87GH8kw7tl6e1iDO8t3gptyWC8dLky"
    "tZT+TxzaRUFOiLXZ09Sah3//QhQHGrhWGTCnPadAjsiGvpth8kL9CyFTpbkehiFmFUTMHy"
    "yZakf2kh0Mk9vriFKdECzIAL3WYEEUsmwLPED0sAEermKRhIMVXmg2MkykIo9teo5u6KuH"
    "WHQE8g4xC9HdhEy8M0zbQkvHRlvVfNQIY+dPPz30UNBEs4csmz6cSCUrt9gHwXo6VNDMLS"
    "uOHoCLoCkXgbs5xP3jMTHwj5fzj3tPozj4cTlAvxz64Lk5E/bc+Ee+iLkbEZGvekQNHcNU"
    "0yY84mpO18a9iHwI19Dl1aOFihmVcSEgYPPeZmqstXtRaz0uBbZ6GlgvIiOqJkelZNqvDW"
    "sJurF0LXCxXZ2Qgl19enKIhHDmOPRwwB840peXpCN07Mwo6tSLHpYZFBCOClEBvpFEFkmh"
    "jWtOBcDlkpWEgS1GV2rZoVAZX4mnl1UA6nVkKjmRTaijBeANXvUVwDuKTCUnvAm9qFXVie"
    "6xqRlx13T8Si8vGLDUDQuvlJ07tHA0wJNCW4PYG/qFDLca9yvaqq9ogZGb4o00YmkrjDRO"
    "GkCZCYDn3y6ev7t0Iu6eUEA6dl4ekIGr56+Znp6/pmgj3iNZgjUSFQTSSKdII97SCXNGEm"
    "JgYR6mjASQVaD4SM4YSWwuYcJInVrPFNu2jrdUbcjiQyRG5GpBVjhWjBXBBrNGJSwtca3p"
    "2GUrEOTWcN9/qOO1jQzH7nnNSl5YW5IX1UJramCueNpRVdMCu6HV3tps5cqkLw9e+kMm/H"
    "sBacLq1cUhvtjYJTyJ8Z0TYtKR+KuPULaz20XnlJdYWF1X7bVhbhV163ojhTk3GRNIc0o0"
    "HFZb4xJJ2REhwL1kSraroK3EsU8IAv7l8Dccs/QRlJaFVSj5FOQUb87Y/p0o2FxSg7koos"
    "FcZGswFykNhhg8bmVOITGDy63svnJYS4an6QjSUfYCMjGB6vJsUbSqCECHrpCJUySi1zaQ"
    "i3q39nurTbVD4+jnerX85Snk1KI/VqDfb2AzoP0MnsfJxBTWJf2vFVIfKbYW8z+Znl/K4j"
    "fzPWIuiPi1K+J3AhJ9y5IO6ibRswdDtJZpVAbUkCJqCIuAKmvT2PLjq9lZNKHQ19zm0gXC"
    "5vimD2Bn87zTXxVybmSJ4mCrnDM0m5Idl5LGdK7MRbpV7eUGCzUl2EsAnKn0Qm29xiamNo"
    "JIB6KEFMAKDsx2uc7WmJ6iZTz3FiB/HPKsHvrSLrP1k5KwAqXz9aEO1ddHKYQ6VFCHqn1+"
    "15bVoUqzBDt2gp2kFFXfWWn2yHg843iow2u93CZXbJSiG48ta3MFHMdqtZBsd7JjMXqdmL"
    "MzKiOds7OOkiH8DL9sgPcS8vnrq8eXvjU0+9XDSADkhJh8SFdfsdiHTJDBGxWC4+Lgdl7g"
    "NdVV0wj/PB3f8RHeSyRtQ21po/9FumZ10FjIwZVBEbP/Ajzf3PZ/S0J9PRpfJQ07NsFV8p"
    "he27zKWdmwhwKAennUnzVV5DDxhzd4jKg7rZmTpPpAdrc8To2+KOV1ODHlXMzVFJEAJ9NB"
    "J5NjVdIYXG73UmRLtSpfdbjC251hY7J8neClYXILdqQH9XL7fO6HK6Y7vp5uWkvDM1Se8C"
    "t00OqGcyVcs8KJAoGAhHkC1VtK7EkQANcfLiG03168L6I7XrzPVh7ZtUSeAKa/1LKVjWoJ"
    "VZhJykmId/VbOSunKJuQkpVS9PUmZcQ3r7Uz/P7vRe35qMxRJn3bwG3apu+W3QlMh/KGZ8"
    "pOOo1af28aW8NfinT9vfBirhq/C4a1LBT6tajq9SXM0LUW0V+C8dIVyKs+HiQaOG4+aNxh"
    "lfCJ/i4+uAPibFNuprip48u2GeizDw+jkTIZ3Dxcz4bjOzopnUIx8cpxo99zcj+YXA/uZs"
    "r4w4dLtMPmkuVQGuv1nFw9/FO5U36i895eooXzqhCFHrbKdk5uB7dXg4lyPxleDy7RFm8X"
    "2FR2puZjJJr49K5I3tO77LSnd0X1/GLLWn8dgdTpdLYy1bUtGAE5u5n0P8wukSvLFvLuZn"
    "j3k9K/v5+Mf+mP2GqSFV0Ghb6OTeNZ1efEuza4uUTeZ3g1J5PBz4PrGfvMxJ9dDvKc0KnY"
    "B1TeSx05/ZLaG6pDbQy9BLU6JQrc6nLc6rJFUaAgShXom3iHebbelWHoWCVZ1nYglIB9Qa"
    "Xqwj38pFkr+2o8HsWsuKthAtS7B/beevOte+7QQZqdgXXkPagsdgLmQlpQmu1emdeIqRJ/"
    "2hynciaqEQmAM5XtZWIsiGdUBABNJdl6+qzB/Edip21CEo5cgSPXL5/B0dqzfclRmeZ9yW"
    "d/XzvEtaKodaTptkasc3a//xLU41vrYY50AhFalqQcLE3lS0NtVNO2Svj+Y4LyUc464ukP"
    "QMrlmFHru8wKR8Rgfdu8vlCAsc7KR5az2Gp2uQBpUraC56idFEMpnqPAlVlioROisM5tXm"
    "fPPa2YWLXEEv1SgnCCFjlBgWCSjb5cBJNYZsNuVXLV45Kw6m1Zdc7h6n97zjtUtIJKWhCy"
    "WzjOLTXWsrYgtgkpADa73BMU/qmjjl9oBonCy5EEgA9XVlKhC3iNXcChcFXlhauyTgsA+A"
    "DAnAOyAMQRZQsQPoBwWjE9ovganUzXvKDWkTXYQp58fz9lB02hzEps0e2q2XhbFVxDOpdM"
    "ODWSqBHdY3k5G4m9WCB9Q0k+EYe7rfzKevYarE1KMAmyVPqA0s/cj91uKJdIRSvNWjLCoN"
    "8amLhdgE28xHSudOOV6qaF6nqtZkJm555AgkSddfU6RvqVZLeDG15eh2wRN/wp+ku3bnmr"
    "bjAdai9CuCbFANvDrix3L1Zgo46DeToGb1ErNfrM8nszcjdwBcjGErYlRTf55GY4CU+cTu"
    "+atnnmWWD7FrHLQpv7sEE2o/bP9NODRW2jve20NJ6xaaE3hNpOlwjTP17ZoB61o1yDKXC7"
    "vu2hF83euJ95tHfkJoCiF2o6YaTZSLOY/ZU22Jq7LbfCV+wZsp6c46p8fS0WXm11A9zVE7"
    "cuYmIShZYati1AI6oxevrkCAZNQwHA87CGCbpQhboQV9tkL8fjsZ16s0iK6v6ZbZVuee0e"
    "KrdUYfR+ZEq3jA/I1S217c4wbf+cUraeSEEVs+/74n0pZKyp1qfjR3X56nZG/4uFvHnRBq"
    "usGTqyDXRtqisdI++n9pCJHYtOsfY1QYK/eF3V05pl7XfjKpRBFRgXYVAmT6lMQiAAKiWV"
    "r5R0PxmzKknTS2aXsvpI1pxMZ+PrT5fIso3lU1D3aBqUPGLXH+7vR0P3M8thIVH30/H94E"
    "4ZT27cz40dJorr57GSJ1aRhayhYYG7LGKJ1nuRdiTzsttKk8wLEZ7sZ0HeCA8kWsi26lmJ"
    "Fikr9jRGwdBV5H82Fmccg2B/sYgx8NlYQAFXuXRnUO8kUe+YtSpqCEVlIDm2SHIsJktj5f"
    "tOiqIclZEO5eo3cturuHKgXm7w8gmvBBE/u/44uP7ECq768nMyebi7G979dIlMhxC6CHNy"
    "Q/WRS7QyCJ6TD/3hiA1fq/S5ZaPHI/q3ctVnh5lp6DqjvVOdoR0H0nbvZSxqb0ZEwN6s3N"
    "60DVvVFdN4EWmFEheCqoHJcJ/xJIpoRALgTFe79WpRi4KakgNok9B6Npw4tCk5gDZV2la1"
    "lxvF0v4fR/vOrm4bE2oO1It3XYEVm6bBYZPmaNqBgHRqNlT6AVdkbFx5B/RaI5q1KbXsCV"
    "Gom9Yej3N6nSMGYYmlTkvDard5taEiToMFW6CiSNUVRYpUY4j0/04wxgUqC3gBr33r8Y7p"
    "JYUKMPANvBIo0bNGIojqD7LmtL1PbLuDoVaRZvdnY4KRvWHcR5UgbwLkP3ksk4b1S6Dfuo"
    "c04n3MfJxu7OpvrtuYQYAcsjKwxdiPW0TwC7YYAdK0OKUXar8bVGRodR5JdjCZHjxUQRFx"
    "24UCkPvAc4AQW7NfPVBSoOYFHGNibQ7Pl3SHVN9t1cdM9PyIicm0hxvOSMNf6FcQCRWGAh"
    "AorDxQ+NlYiBmRewGZHoG6zMfPHtvuSLsxxtzrGMBFrcf9vuKnrZ2SUDlxHTFZir5nOR3W"
    "8n1LrVpC5e/BFvPVq6Oyk0B7Bu25O8dunJrB2c15fRw9gQbbN57Gt11h98YyTVmgG4tIjJ"
    "adFiJ6cTAe1OLK1eKACCN4qkTFoDWswOECZgiYIWCGZJohU7x0TM1+nWLbzij3kBzSyzNJ"
    "LH+wYnmjT5jp9YQ5kdVsncIfXo1CcVpDpJZk/myT41nVHY5rOVu9CAWa1y9OoyzXoklADn"
    "D2E9BN4h2Ho9OmHOCpra7Xt2uV+5IIruW/HdgoZesPg/zfLimBeW8A+tY3MecYmuEvWfXq"
    "QgkpAot5B8zgt1n+2R+eL6Px3U/B8OQLIRloZECIGpERKbAhBWxIXbVsxbLxTsyxHROTJt"
    "+l6Ziut2dLaDlxSSAet0epySYeQxKJLLpsoSpGlmibiohENQdq59Wyo2yD+FKk12FM8Myg"
    "/6iWhd6uRSjqv4tsvQIOvOMqsG5UQrDeX7o9x854JVjjI3p5RtfSG6uo3uCibGDHRNbG2A"
    "Wt0Laq+YTtna4uMXrDPnAv7lgNfV2114a5vfT4uRZSTYy8tXWvv/G/QC8c6Q1E2urtWw4x"
    "uMEbgx3ZLjsyWCcRv21URjrnbfUFVdpf5rahQHsN3e52O0Uw6BARkcIPkti9F++LbN+L99"
    "n7l11Lo5zlb8oHWjKfUwO8EaoyYMui78cnXo+VHLQTctIdHrWg/YIXG8N4Eoc7JSgd3rWc"
    "JAvVwopj6iJQR2WkQ7mWXW1pj0TZUv3ayCgRmhEgiItJh3UNJQ+pXcT1puSAvBeRDuDq9T"
    "vNoja0rT1z9Od87l5UrsHAS2C2dDbusnOsjVIu1JUUBdhFYNd1ZemYFq9uVnZINyFW6kDp"
    "UIiljrAug7BUFCQmCKEuCHVBqKtloS4g60m26hWQ9SIJOhQCqrratt8JIKHpCBTduaEzjd"
    "yJOrgVMqvuxF6SvsM/0jihPFz3/mSy9YpP69Gspj0+Fi060ZTNIytS1kbbbTGxFQbZsWhN"
    "/ckYarICFm3peQRST06knaiMOO0MXVtqR+8o1mvmnk31KhNQdZLWI+9DDo8i/rY8zKFIvq"
    "eLdLFlRwmyN6qNvJYbyDYMZKxtTM6Ru6CXiF7bUs3D5TuwnkDIu4XHYvB5Gz1kPTlv/4aC"
    "I+rSvRr8dZZYgabuOyfsNlBwrf2U2jLduzIy5Rrv2HXmNtnqrGM+7PNdkC60F4A6uhz3ZK"
    "D/Z+F6mCukZCIMcY903ONPm8Npydy8/mjYuemdq9KX63Zni/RNiYpIk0ICvT2qf+x/ePeu"
    "wHNPR2U++O61znfRY2qsIOJnrCen14xzTiaD+1H/n177PEzfF69uA73JYDoe/cLa5pnYMv"
    "RnL6h4etXC+4pKyAIveKokxeBkSdekYgiVctgnRCEa1x4HfTouEzzOpdY5Jgrr3OZ1hqhr"
    "9tHZzfgbRF2/xlXPiromWOtMsRHzucSFoPRbnk4k2h4qLQjegTS8sdijcA8BnrREKDfgIk"
    "8RN1InSnpFhCsdphN3O3aoFE2Xjp+n/IzpzN1fAdCCwfeW7fqiKPOe+sNYR87jCpCWu/dc"
    "+t0l3HyuzvB2nL/EiXCnCE6Hg9wcglWhOHc8yV61EMUfW6yh1xs/Q4119mJU5bc91rQLuZ"
    "QkpNloQwdTfXS5Yc2/iHstmK2HVLJyP7k21ZWOeYHuRm48J37xABst8JKCfI4eIrUG9mLp"
    "YgOX7jTaCm93ho3J8hU94VdkrP3vSRHMCqD/Hk9vjy0M247QlKE16kMvJ8LejroGp9bkav"
    "aFp5+OEmjHhCWEvfrocF6MKMNUOUFcSIZ9LY40R1S6wGcNXfyemUa95XE185r4RaSkiac1"
    "XOxRszEP9uxK4qHAUZXE22ma8GCspZC4bdiqrqx5NSfyNnxMDFxNZfc8cFhq7n2Ede0Zm1"
    "zufebejgtJc5xX56s2HHPJQzRH69uLSLdxq9dBIF6dDX03I5cQr/4aVx3i1ad7SWX7gTJR"
    "zfH+dFmlrav7G8RFa4+LGkHc5kiAiya4t2wDF4U1+uC2K0AXpszzgnPRfPoCgbl4Hv/hoN"
    "x9pAo2iuVzeiEpC9NFptsGvdD/U4mdjIGFITCWIOqFy87RgBpGr8jNyEOu0ysVkmvmtnOy"
    "cLY7C9HfrJlU9aGz/g2pXtrr0tjuHAqTO8ufDr2HZr+ydFcvKZaqQO49TLykG8cKvhS719"
    "Kg98Grc3ekNyv9GvrrnDyyPuv0ZxhUFBk6i+1596J/EvqNTMREX0zNppPTT17YJwRnh/Yi"
    "p6efjwbhvBa5aHLaXTWc0Nm2d13VilrkCRbb1glBafw0Dbsg90edGPxxOUD/KPTFsmzjQm"
    "CqcFyU3ctd3GGy8mvgCKUvfrpExtOc3A/ubtzERX8elrY4mwS5jLbppTLeDPo3l4gVMknq"
    "bacJb0NSdMUb3207KBxViktJ56GvJbRE8Bdb8TdjCZ8tRxySCNvjp0275zGhkDolm1HGRG"
    "Gd27zOvnJVpgxzRBDWuM1rDKG27DcnhNog1AZxofbFhU4TwZhg+uWXmq65xUknDjnjRDLS"
    "g3pFIhpmTKxoa1KC0U61LJZBwzz38UnQZ2NxiV5Y3UvXnb/dqSZe9SKfmFTAjn/k6CtEDJ"
    "vTjbTee0ED0nY1IKXHkVlOK4hLglbQFq2gCO1qrRGtpMafEAWdvz3KX3qd6S99fOSxKbLd"
    "YhGRBn1iC+xtpy6mK1lPjqUsN3j5hAVDpDEx8OumAxrGkikCX8RwjUsBrFyWYJkdmxYEcD"
    "PAFd20STEAlps1JBIz2wsAmGn+ia1qulDiYUTkqNTDcvrB39cOWboG6MLRdFsj1jm733/V"
    "pTM0kZGYciedxtsRqxvEcXQk6wod9nFwegod9nHMNphaAiqxVHedVR0Zjr0wvjA/RDCh65"
    "SIVxuxLhEjINqY7oxXj0LpfvwXNP04vL8f3Cgfx+NPU6S5hMuUt6ORu85JMNVfrOjdej7l"
    "EtlGnA36ZqmapoZN9H/Y8OUT/bJ01bYLbL5l92Prjsnq3MfbOg+/6fmcJGKszFlDv6WKTK"
    "yrr2hL/99Wn7Dn2jFe0Bu6GgbS6I/UsWphOlrTcUAq1VhhGbTWtceN/bYYrTNYemKkuJ2/"
    "RzgmyUjwv4D42UriJ5QYKWBS1lBiJPIYCQCeEJMQ6hryTr2jVgTmiIiEEFfvIAneYYK7OS"
    "EmIdTN1iaSiwOa5n7ejO8Gl2hlEAycT+ktWGAifl2RDOD4NsXxBS6g/E8TFFvJfsLkjfoD"
    "A1S2VQcGKBRb6TikQKoVUD6g2AoUW4kH756cW3W3835jOnS3v9orFLh7cpStJ1CUmeyYaP"
    "rpwQ3+eh0F1H0YyyGsZEg0svUXyx2trTi842NmKlBt5IziGPss2Rr7qFIkX0s4qjYecld7"
    "nHfYV6xZCotDP2NOgNUwdKySjC0dlUsgvaCCdUEdbPdmbfur8XgU0/Svhoko6t3D7dVg8u"
    "ZbF3o6SLNjwVWwuuW1v4pY3WB/1cQOhppUR+MJxtcpjS+mlR4P79SbRVJM9w9tmzJEpyzH"
    "YOwyBc94dlfkcq+I4WXsxxZKBmXMPdaEzSsOyWZ5xIyl+IbC1UO6sXSTNd9Si0m10dZ4xl"
    "51SfVZ1dwNEVaI7EV4jGmTrK47zYk73bmHL2MsnVOM9FfFn9+jTXp3Y9zHCGfyHM3cpFRG"
    "ZrQdk1jsGzKaom14nMUXw3yqI9MUOIfsGhSb7MaLPRY69x9SMVATUoAsGHRCUMtl0LUlV4"
    "O9Nu8NXVu+Zuod/uVCeoeXK7ljElrRRI2PVCPYOssN0wIMx4y86j0dQUVBIWyWbGBhXT9n"
    "lbDdn+JVw/b15L+wStbutmNVrJmi8aLZG/qfvl4c00UaueucsILWpkZ/MatcsTZMT6+Zfn"
    "o4D3Ud+hSz697E2K3R7bnDwhFojbFfY9v/UsWd1OCEPmUxjI1qYmWxE9E9IiLNvSO/fUf/"
    "12qQI6Cqa2y/KgtnveaFGrORTcoBCTZTs3OPpDS22dmcaUnoJ1m+nyQQq2TTA4FY9fU49l"
    "t2eIFfv+HXRKf9+i3bvN1264+oFecx2TjG9f5iL8+0Zm10vYTngvZ0n3jFA9y8fLeeALVF"
    "sWXRyyx530ALw3nc2OjNwnmlo6hx6vrT3/Z8VtTLRqNmsck6TFk2esKvPbQ2ja3/+QSvNA"
    "stdVXbpjlXzd6aa//6t2PX3Zuw//AnVOiEnCICrAP6fjgUDminEz9czKIsrlBAQu7W+3cF"
    "uFvv32Vyt9iluI4UfUQEQE6IlYK6ZW+cRObuxfsiqbsX77Nzd9m1hJufHWGCpMSoTDU7+r"
    "SHSgzl74vs5++z9/P3qf0s1gvqmCZQrTspvuqYVKN7uJuuiCIcQ6YTidnMEQl4jFqS3SU7"
    "pr6uL+jciQkBroc9PBGT6kgXBDN5p/vZOgZzYV9EbIcddu8EBmh14A79GSUFOPKuaV9GYl"
    "dBzUxJbIEPLTgzMrxokSPlgB/NfzSLedKyIYamI+3iWdiarXOyznJKwQUCEjqHvr4icKmt"
    "fGYtN3jl6DhY+cJV4KbXHwc3D6PBzSUK55iT0fCXwSViJ8icDO5u2FVM796SWnBu4xyrbM"
    "cdS16uQEcMcg43IG2R0/1WZokjYvI5YGRa3xb1zWqZQ16mVXbfGuUeY1jhTqxwt9zlQN2r"
    "xl8erN3iVcwZmZIDwhnkmzXpQNd10ahETAZQLeI+Z4BV4IF8sKR2QMY2VswDOaHH82R4PT"
    "vjHgtVuM4jU0mKbuI4LIDv/t3U3N5t2ZusKLip17hwTb9kw7805Fe+3IdPE6yHuzU7FCRb"
    "vCIVMqsAIznDZf9uKBzjwpYfkgmQLRaWUcJlLVa1hBVsNNZ7jvE5+sMy9NUfyKBGBnp0C3"
    "nYG5Nxjt3k2UeH/ny8Qg/3zGYIGtJ7jOW1atlop9qbpE+3vjvNyRs2Cfo/6E/7Ff39P9m/"
    "KBS2olraiv5k/17IsjVdR8YOk7de5jGLgyxUC3/Dxnn3Quoj3QF0YpZwzN6k9MsXIklDkv"
    "Cpg1drXbU2ys7UllhZY446k0cy5wjLpJM3QjqPsUb3D6DAVk/JybQG1Vmbhi5kaPrDIU07"
    "CeSOmklueoOia1uN42jMxJQjCfCmGM+6YWFesk9eEdu9UIMVbMNPOlvClp2cJmaF13iI5x"
    "64UTHYxMCNbQhXKCZ3NJ7ANT4Z1xhKxJbOJd97ScGN11Ln1L1jLjeqlZ1zHx/Qy3NM7fyh"
    "Irn3wBhu02uml+N02RmCzaNDAemSb6tvgd49vvDKVNf2mRjcZzeT/ofZJXJl52T6cHU7nM"
    "1c5rCz2LLS1Ks56d/fT8a/sA/pSWOyctZzMhn8PLh2B5r4M16646aDOzqVhQmd6Xp892E4"
    "uWUD6MKtNXPLRtz3J7NhfzT6pzIZXA+G7pw71bQ1VdeZMbTEmj97cHX/2fVoPHWnc41U+n"
    "f/7nowclnOS7YGesCUFu0XWyRv+yI7b/silbdNsC3uBI0ISWMINuz5fFZL4B4RAtzL4W4b"
    "tqqLIx8TA+zLYe+fyKZiGmLZQylB+RqBV3+wG7YQxsF4+aCto8e6p0hQLUC1eM6TvAI+CU"
    "HAuwje+MvOVdwURsdO482I3hlE/qRgHs+7APLtJEzxkGZEiE6XlgGu/GUlXPnQOiqT65SQ"
    "hVyYNufCrPBSK5fvFJeEVW7zKjOnRZlHeS8G69vm9Q19UGXe0wlZWOlWr7TrHiyzzFFBWO"
    "M2rzG0lpBN5+YseypfAvJTa6QEBcqqKLgpOQAXkn8bZLI5u52uCaf/xqUA2QKcNh+yNMri"
    "xKvIVB0DuTD7Kr7BIBEYEoG7A27RRGC++gDwHoA3pTEdkWeta4TX4lCEnxljE47ofBIdG4"
    "nw4hLTqY+Ea+LNIhNIjZFZ3d11iNAabMGipFYlfAaqZbb+Ts1XNivkFp+a5gptUKqylujv"
    "sssmaadlZYK4acac+kVhIIm11U5INdhZ+7vONNb2kio9zrDYqRETk4aOWDGwHtVbGNi9GA"
    "CbSoQ3xJxX4XiZzl9IbW0RnjluwB0n30jYvk8lsHUM46KWfvikQkpra1JafS+AUoHnxHcF"
    "yOYzacAdQL/XFNu29/Wy3AGRQb0C7gA6jpUvYuMLVl+73tCf/c0LKz+2nwPtDF1bvvaQQT"
    "AyjRe0wyZr4ozeWBgjhgImq/P9+HNv/Nt0H+nqpz8i/1awJe4xrXBb5pyopa1MtrPiWdUd"
    "Dpn+5+n4Liv/zBdIklG0pY3+F+ma1UU1JAdmBkWMcRLA++a2/1sS+evR+CpJJWETXCU9G8"
    "AI+koYQSnlNPutX+ebLIgDcN5fkRBBASd2NCxRrGIonUt7xuZrmBsd1s1UgzdNUKbzDQOc"
    "DrANZNnG8gmpxP2DFeDU8eqRDnnZYIJeTJaQQDhvsSZumON9X+oao1ibeA1O+JM64QO9Wa"
    "zgRFxKOnWi+qoTkf0uAHNcqhTMLQum190NkOHjv84TBmBefcSIVIMFEoP93dn6iFAPA+ph"
    "fE24Q5mAessEeEqowiNLZietJ8SOTFlvm5EHOetft7VcJGcdAo1VBhrD80Q0YyYtCCkzEH"
    "esP+7I58VHdmMFCMvN3E4/uaelbkMAsqzbNouJnEC0uPu2LhYy+DxPSzxW1OUS78Qpb1Ex"
    "acxo4BK2HVgooZfpi/j24n0BXwQdlemLcK8Bob6VLreFai83YnZYVAQsMC4vmSk1wj6DiJ"
    "BMG7paxwHVGMWdBqEQ4ArM76Y9MOae1XKkk0C+FNoez1EQPq2H2d/+qVm1i0syx0AS5fi7"
    "poCvC0j2FZDsU1pXBZBeBfN0S+MqimlU0xROXajTGxZW4uG4wqJVerL9YEGhG3B9yeX6Wh"
    "q83tE5DDSD2zMaKH5pip/7bwFog/HNeWQaA7cWnwy9o00PIUUU56ScdB6w6lmUAWQ7ClQp"
    "rENB6cCu/tzAW1XTRUAOBaQDt5ZzQ12tTGxldPzjIxwRkQ7jWrh7O/V1y5jqNja3lrJSXz"
    "lwZ/sWucLN+W6+60oUSLMUerhqz6L09pgcENyLE9yBT5m9t+XiUwpkH1bbRltW7lr89WAa"
    "K2d5bInGwHNx780mE1hNOIMC2HJ8QhFkD7uGlOiqHs5w7aPppwekokAcWVjXLeRY9AtjG7"
    "GoOXKj5ugN/rLUnRWrqvBLf/a2h+ibbYXYOelmnW41om2drZ+Y+qejEluzX9MZrk3ckJvh"
    "Gi2pDVUmT+3xKsniAAJHNQQO9ii5yZWiVkFasLlV+Gur93rk+NaIXyxXrJZqSq7BkpMdgZ"
    "baTDsTr7Fp8qiMh8ytmGiDFlf4SWdNLmB7VLuPoZFKQzwaaKRylmPh9AQaqUAhxeYLKdZp"
    "gPYx1aU3Zxy707/SyzM31f0YoCF06azs5Rhlz9i0uE2RsmMyEREJI+a1RGXYQyWAsD9cQn"
    "S/ffeuSFzx3bvsuCK7lg6SY8KJDGTXhIyIQFVIwaqQAh766l9m//7/kh1VgA=="
)
