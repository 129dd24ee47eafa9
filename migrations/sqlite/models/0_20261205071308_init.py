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
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
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
    "eJztfft34zaS7r+C41+m+1zFt+M8ptczu+fItjqttGx5JDnJbDSHoSTIYpsiFT7s9t2d//"
    "0C4EN8gBRBkRSJrjm7SSyiQOkDCNbjq6r/OduaK6zb59e6uXya4KVprc4u0f+cGeoWk//g"
    "Xe6hM3W321+kHzjqQmfjbUddr5UlHa5YbDy7ri5sx1KXDhmyVnUbk49W2F5a2s7RTIN8ar"
    "i6Tj80l2SgZjzuP3IN7U8XK475iJ0NtsiF3/9FPtaMFf6C7eDP3ZOy1rAe//Ia+7Lsc8V5"
    "3bHPrrTHoeF8YGPpDRfK0tTdrbEfv3t1NqYRCmiGQz99xAa2VAfTOziWS38B/YL+7w5+lP"
    "dl90O8bxmRWeG16upO5BcvlP1nZ4pyN54p08FMUc4EMFqaBsWXfFWbAfBIv8I3/3Fx8d13"
    "f714992P73/4/q9//eH9u/dkLPu+6Ut//bf3ZfZoeVMxzIY/De9m9AuZZBG9haYf/JvJqI"
    "7qSbHF2KP/RH58Gv/rjWoNDHfLVmBIvrZqLHFqJQLZxFqQH5lciwD5vMUIPtivxn4Tll8O"
    "AsEl0oy5MX6YXSLTZdukwOJs1S+Kjo1HZ0P+/D4H9l/6k+uP/cmb79/Gob/zL1zQK3QN9p"
    "izBw+vFNVJI39DEHO0Lebv/bhkAveVL3oe/Ec1q9DkM5GD82x4O5jO+rf3dPqtbf+pM7j6"
    "swG9csE+fU18+ubHxKKEk6Bfh7OPiP6J/nt8N2BomrbzaLE77sfN/vuMfifVdUzFMF8UdR"
    "UFMvg4+Ci2yjp3efFS26o6f3V1/rJ6Iue+aIFF9Ves5ierikW9GVwPb/ujN//R81aKrJ/m"
    "4Nhj9S759OjkVoK4ehKAay6uK8075pVtGt7Ml3Fc6PBLuf2o+q/li2+//+v377/78fvwbR"
    "x+kvcSDl64e1hfNGejGYqlGo+Yo+iYpo5Vgw9uUjQB74LIdg/fPA1mPB7FTverYUKfuXu4"
    "vRpM3nyb2NRp1G3TtZYcvKliwwd7L9GcOsNU9Lr2cUyD+fbHAirMt8nX5V6HoZcSxwVeuT"
    "usPOFXEZTjUtUgfVotPgbzj0U0xR+zVcUfU7oiUfhU+p0UnpmUeSwnpOBcTp8Qro0tMVAj"
    "EqUAbcjiaRRRatWvn7iWJYUrje4H08Lao/EJv6ZsywSovlPjwZ+mY+D+O9g9waf7J8pSX0"
    "I3SHRTkd9OfjH2XmnX/el1/2Zwxj0MKoB1FJmqWwdBUWQTZ2AMXfId0N3DaHTGNvBCXT69"
    "qNZKie1kesW8MBOfhGPTl7YX2+QnqqE+MoToT6Ff3Ed/utHWzhnHhedd6B123tl0YDGv3d"
    "nYwMhebsirV8crxCSRuUYm/ZhOhrZ4u8AWUh32WQAcekOdCDZSLYzUF/rPwLFgvz1PulFq"
    "uwnHs/h7eLbQsUwVdFTLsalb5F/HuB2/Fp/jkS/RbG9isB5pn1aGOuiPz/NkSeXFop6ppK"
    "kS7l0ucNnOwJhgM77AtliKnXMGYmNVZokjYrDArV7gpYUp8MriVcyoSMmBrZa21U5nBLft"
    "kQEruI2IghUsvxXcVWjzzOAJee1Nhtezs4xXWXMbt2UvsKLgpt7e7fIyULv7znS0teZvc5"
    "7HITWod9j7YETGF3RCzDYYRcUoF2NhfkFv6G8leu45m/k8NvPbS6SiX/G1uUVbbNvkVyLH"
    "9NwJPfRiaY6DDaQZyCFzL1xbM8iglGOiqRvPDYKAYRMQ6E1UY4UIeNoztvAKLV69oeSOj5"
    "bpkmufzUWWeyPhwfidYu647IcZ+ItD7AEHb3dO6O0AVlWHWFV89LvApCoZEvvuokBI7LuL"
    "zJAYvQSRx8MB3ov3RSK8F++zQ7z0Gtc6sNM4/zwd3+XaBzbPZ6EtHfS/SNfsLhoKOfBSNG"
    "KOigDVN7f935KAX4/GV0kPBJ3gKgH+Tn3VTZVzjGRjHxEB6I+Afv/CLUOL3Us3yCTZEU1G"
    "83huIuzY+8HdzfDup0vky8+N6eBudolsbDhz40N/OBrc0PtpOl4lNasix1KRQyn7SEodSL"
    "7qw1maTMUmKtKcw+JdvepNZf6fpEKZwjXfP80Rr8BP3U5jUAo3ta7ajoIty+Q4pbJ1p7hU"
    "g6ea4HFWUne6+OGHAscUGZV5ULFr8SdLM55VXVspVB8SUqBSgs2/ys/+vnYNz45duJruaI"
    "Z9Tu/3X3WtR+MvePJ6KxNx3YvBMdfmYy7wy5XIsIlJShh0PSM/cDU29Fd/B3Zk2f2HJXfV"
    "3d2q5KrHJWHV27LqnIedfftUwO2EDvZ7y1xr7FfzfevB9d5ht/rOG9qyZNyvxWdcGyuOWE"
    "e6+Yox2cEiWndCTDq1u3rP8EazsCLKQYwJHUlE7I5KxyEiLs3tVrNtGiumP1FZ7ATOAr4w"
    "kJk4LheTtz+zj4FgvHTPfy1mdwsITZ1/lx2lXR2iPo0NPDPJP2omPp10ESqjPVWsqk6x43"
    "jfm6+qBtcLqKq2N/SEqqpg/FfWwG9VKafZ6uuzqrucN1a2BzMUgCDkET5K8GZkPwHgzajB"
    "m8FetZxXQ/AKzn4lhKEKcFp0StHLO/XpmrL/FnjHRmXgRZvxoo1V3Nnp6qsiCnNSTkLWYP"
    "Vg71TbfjHJGblR7Y0I2ilBCeGuxRS3TD1jWx/mUAWybcb6bPpxfH8/mFwie2PudtiaG9ej"
    "weTTJSLoWE9zYzobTwbKbf+u/xMb5ZgWVrzXLxl7/0Chm9IrO9dakt1FP/0wvOvfXQ/IN9"
    "QMiszc+PgPpX9zS8sYbv4kisSWFjMcDX8ZkK81GlFpSjIn9piu+znxomv/rsjSv8te+VQl"
    "sR1ZMqEDLRQotdxt8xfW7OR+wUtzy9ghPL0nG+SkXCVYS/1+JohtVEcxd9gQhjouCFgfwn"
    "q7VskZtrQwx9rNBjouJd/pUT3Omq3QDKVn0VqEMblyhQhLvZaDPd7ZSoQed1rRzUfNEOEt"
    "p+SAvMwpC0CLIbuGo+miPrKkLPD52uMUAz6f/L7QLD6fgC80UVA92skg8WLzxT98mmA9zH"
    "HmxxsTPRQ6thmyAo9x8nNYOq48TGGdOhkBCkomHIkR9ZtLWGAinpC1+uzazhYbR28ohzx3"
    "/XC2zr5u8+Hams+4KrBu/bkkhYocwNzEGRGcxnQOSfHxvX6McnckTCMy1dSbSaZzSihWGv"
    "Fe7vnafEgDBlOR5zTO/5ZwG27XamVI3XpzSYJSieh7qC1kROGj2kR+NF6J6TDVhuX35XfD"
    "SlxQdfeUoXoojwjlEduMaMqmh/KIUB6xJdDmlUfk07Ab4+NdWaoRf3vGLuTqAAs6BCh5cr"
    "3nRXliQMXr5YVFS7maiXW4cpfHOnDuvVkks3bqOgivCTyPpvXKOwvDa7nH4dIbpdWRWv37"
    "2U61fD8c+3JgDH29h+SptfWa2SO2aXEisJl7NhgO1IWkYekdGWKmZUwGMqsP2pb7Y/lIMy"
    "j6jukWwkWtoNjWyigRXygQv9H0FZnqyBi8dHjHn/2GVci2vaROokPeW9oSj2jmKUeJ3F/M"
    "1SJ3dJhC01cL1rzvIybCMl4RmVcnCigtJK+i5UY1DEzAUcNOeD1kWmhhOpu/sVrxW5PI2D"
    "u8pFXpkce99CZ6oeX4zhJQ130v8AWAmtuaE6RuNdd/YkTwjYjIR0OvPkXIK3G6tsxtGuR8"
    "QmdcEmi7babtemvlcKqeFVljh1f2DFa4VSsM6SQNp5OcLtbfsqeoZucBtFpvLogaOU4cvD"
    "3aLvZtuSGZq4O67WmtYwZanoUcoFrESlbC5aw84hLeg52XTy4EXU5qjXrrseY6/nKazsXE"
    "ZKJLNdJ+Lgm/98gJRRSScjKtQWWxGnK8iMG6FwA8C4RpYmf5kbpWzJPbMZwLB2uST+1hTi"
    "B9Qx4P7tSbRVJY909tm0iAQZiHq5OFEaA8bWwfbAIqYKfOzDyFa0lWWsg97Y+XjgpYfX0l"
    "iKzU21Q2+s1SMM/wl4yTISEmQTX8PD/w4LdZzGGYKigcuoFH47ufguHJKsOJ5pmPWNlqhr"
    "I1DWcj1EIzJQgOxLSZwFAiT085eGOCAC+njpJpbV1dVYiS+sg5n7PrKCXlAFyOibvB+pqY"
    "FGvaCedVZPNyJAHgNMAQJ2s4TgYVo7L3tlwVo6KrztLexJx1URE4uTgPkk/GFUM1IQV+0M"
    "N+0EWQ1Xmkly7MDu3Wvi3qpos+rxlMdd72rQBYAVp627ZuUXATj+0RmQD2k3tskSupvM21"
    "hu8pVBwHsY9gTisvf5HAMdypl0gPHMPgGD6tY/jHIoxwMirbMfxjihNOE1BE8A3GS+AKrj"
    "uhYaFaogdDRES27gXVHw3kVwr1LQjGN7h15+73eP1jMxu4SNQoO2aUihgBu+yk7DKHLK14"
    "Q/CEVHP4f/vdu85UAdCMV81QNHIaaKrOsZdyWialRes6TFIHdWdfg7r5oti0drLibCxsb0"
    "xdLImCK93gzu7Kvl6oznKjUJPyCXMQzo14pGQh6lE86gFhJggztUZZkTfM5JMqRcn2USGZ"
    "9NH6mOEhwfVoWrhsxVJ6KVJ4dHcd4bhnvHJmOkEiHt+Tn9J0jkXqik4iK0JMY66i34msAJ"
    "2whU4n8TpRD51OYsWa6CgVZFWzTjqyHeRCIdlYVRM3ozaAeOOTofFM9p9pvf4SnVUO6oZo"
    "CxTvPcgreB68IHMKnu9fxMXqsjF1ifyNdNNB5hqZBkbTTw/n9B82cjaqg1QLI4NcZXN/47"
    "sk0EZ9xmw0+xi9aM6GjEL4y06zXvl12Wq8Fzc93k/381wphgnJ8ScNyYfLkII2L/q2l5Ew"
    "fvx9kQjR99khou85MaLgIVOoz4Tvjck1zKOiee6Yzp7PPKypNyWBpHe4CKOYEKsdwSZPCD"
    "EAwSeYfQrI6xOEKhG1+gKhgkHpCgaCxF3w14C/Bvw1LfVCCFrUeQ1FizUTrbGPKBilwBOX"
    "kQwKPPEaKVxPGi9JjoI7MNxtSg2MAR3Ithnos1/7k8HH8cN0cInI+Y83pmvjuTGdjSfkE6"
    "KcWTjpYixG2C/E18+h6ycXglhGxHgS4ixGRKTj7F/88EMBhMmo7CL59FqCr8h1IeCltlX1"
    "DI4i33XgiZz7onJ5sAbXw9v+6M1/9H5MsLVCP2Iq00QntxLE1ZMAXHNx3VmaaWkOJ9k2j6"
    "QfijTJpO0KlRYYnQ0wOlN+p2KOEnW9Ps6mpW3LJeyxzUneCZtmVcAn6+wxC0QpcLyB462V"
    "WLGHz1GfjqVyToN5ZAWKXDHsNbZsxXQ5xokIVjN/Kvmh0o5siCo7UoymWAVDUVLVQCd6vG"
    "Jj2w4c8eVhGpGppt5MMu2mOoMoE0zU9OfMOEr0ci8vlGLtB7YsmpKXRS9ZQKWR3PnssIuF"
    "1x6IqTXIdptGZRr0m5rBgdrFGAzFjLfT81Hm7vXu+6arj8L8KeTj+7Np917r47IxJNnrzN"
    "3yMuXzII2JNYdtVxyntqM6vBKExUKFe+kGT4O9w1YkYNi/ng1/GVz6bdvnxvX4bvpwO7i5"
    "RMEGmRuTwWjQn9LPLKxj1fY2zemDiIw0jO0SVNm4ZCNNglvCOG4TMTYAKZcZC3zo7OdLXj"
    "70PvVQjBadkoOi3LyXGy1DJEY3j4iAJlaAcB6EUo6lnEsWkuklSeeRfVWgHvf+8a4AW5Gs"
    "5JadCEXhTR2HwtT+Ol1j3ubmlZ4Odn1O8ekw3nk4YXdsoI1qrBD9f8+NhldobVpBJm0PBT"
    "xlNoRlT54j9VnV2PKj/yQDFTbDN6F8Dxn4GVvo7+hdOmu3iRvmpe5G28+zySGH96R0aX81"
    "RfSYvQQY50n9JXgkBPCMigCgSUDd3aqkjRWXBBurLTYWx7TmV58SbHcUEQEzgPMkBW9eMV"
    "gTUoAsz2iFDOmj8YQM6eOM1UMZ0ryToAJUJST5JqFNnIAF8F0EVZ2OBFe28olJZKOv7CMS"
    "+5P0k/IcogTjRRLYgTsrgFXtTqUIPTvLvRRncB9wNCkJ9ngRnxNGlvmCdtjyy685prvc4N"
    "XfkLNhl+yglpuFyWrZDrI3tIzb/k5Eb0dvqBOIDvpsupah6oh8br2+5bmcar8fJOG3y6sU"
    "Wzk+VSErkzYhKFvvj+oZYZQxQ44GRxXYxzEZsEG4jjzV5mnIxVg2e+lWp+Tf9G/7Pw0u0U"
    "rdkjfW3Bj8dj+c/PPSL8M5N0bj6fQS6aZtz40P44e7G3Jf0zVWlIszmQyuZ8PxHWXjWBZm"
    "ZQbnxrR/ez+i+fzqdqfT9P6P48nsQ380Ih9tTMshX1ufG+PZx8HkEpnsrC7xEFXP1zFMXl"
    "HAnNIWJrcaYPcplbWk+9PCwiX6nMXEpHGNN9zkrEPE7K6+gYGTXSsnG2h22dB3MwRUhGYH"
    "ISAIAXUHWQgBVYuna1NymAigEQkg1h6MqUEI6KzWEBDELCuOWUJMrbKYWvKcrQDVB1umEg"
    "VJTCOvlhik5P7o7mE0OilJOQzCZUWTolG6Q7GkWHRQLJK03KjGI6aBHBWx+5Jvu11gywvy"
    "2O7WRiYlCQdXqRz+01V1pDl2SCqO0pLzI0k13e9wJOn3mHvEt+T/BWUJWlmWQPqqupPB9W"
    "B4P6P5r0tMPqYueM8BT93vk8HsYXJHLzquZcyN/s3PD9PZ7eCOCOxDbXPj18lwNlDGHz5c"
    "ohdLc7BirtdzYzbp300/DCbK+GFGN49Xq4fWR4pcG95FLmkGq+h7/WnW/+RV9fWKRtFvMh"
    "1MaDav/7SFqbth5u7cGN7ejyfkTtp2Z1pOOwID/kEhHGFLyUnjv66cKy+MbVoQwBWJX2ah"
    "2nzMsrMuf4gX1hkvhJgVxKwgZtVczKpRuwBCVhCygpDV6ZGFkFXFeELpEggDthFQqAWTCW"
    "9NtWAg+gcZi50KV0N0FaKrEF3lRFdZx4usyGrQDuNAVDXsvtGeuuhfS/SxtgS3cGEF89uS"
    "ctB19qCnsoP1js2dl7MiEsgd3w/uLhGVnBvTh6vb4WxGyxrb7mKrOQ6tdXw/nrKPqNeK/n"
    "3dv7sejEasIDL97brelurHEB2pMzrSLd8y5ENU41wOD4IS656UbaSq+CmUzbYvdIBJ7kp7"
    "53uJZY4Jwhq3eY2JyWCZlMKyeBXzb6YFwc2Z9hsvyS9/NC1BbBNSACwHWF+DEN22KTkAF2"
    "KdkP3UhvdpDe7k4CCtAN/ryFTdOh2Kwpt46xSBNzxMwbl8CNzkeyfDxZyhmwG+B/BNq6PC"
    "PvxoN1ijsjbVIzKXRGdy/XUJQ9Dyoh0BqgUiHkq4mtWGPX7f34JO7ofaoZVEC2Iirzbt5i"
    "LWQjMuBMorz+YyXYO+w8SATUiBvZUG9lm1NPryVjzHmQC4HElIQUrDC1XfTlX1DajoQJhu"
    "PZ6hqihOmo6IAbYFeb6BylwF1zeYq2MwC/F9I3ssZtRe96fX/ZsBUH6h4E8LQD2qiUadXo"
    "WZXxTijONQCK/18nwJQVkJIE/K5SgIy4WIcScTYkCdZL9bMuqk3wEEB8svUAjnHw8DjyAZ"
    "zjE3+vf3k/Ev9MPAU00Lz/w8uPYHfsZLNm76cXh/z/iWG22380ZdD4a/eKOWWHsGxuXXy7"
    "gMoxzinKyEKLCy2szK8h/+MgzLmCSscptXOTjPSyxzQhTWuc3rDDz57HemvDx5aBgu26pz"
    "HvZUW0vgU9fqql9b5lYpR0/liYLLnlux0dctRLdwWhC2MA9e3ylQAt+UJADMCef5JpAovC"
    "k5ADcNLnnzlTt+04Jw+B6Ol8ZeWhUEob6CLAHee75AmC+yPwHnIjinH+gCKEdfYRXALDen"
    "nfO+h6yBShEunDXA1y8A30NEi6RKVQDeiBUB+B48IZIW12mzXgI6BSS9iNNTsnJekpgepq"
    "nUlfECXJUTclXEki4gjSXbhCXYKMHBKQZpTEyajIDKgD0F179lL26g+rcbz32DMCHfVVwK"
    "kD3suHIixNojVfgoR7djIBf2pcQ3GLD8pWf5t+y91XmS/9ha8Rn+3oVent1k0iG1VAigvW"
    "ENrNOp8RcHW4aqh01awZI6kSXFlluQ8h+VAb4/+915fP/Ivi9D+I+I18ULrwDts/vxlBVB"
    "nhu3w7vh/WT806R/e4m2mqHtLPPRUrdz4/7j+G5ARpEfgefGrD++6o/J3VVzoZpz4+ebS/"
    "SZVlS+oeWUV+S/bsYP/6SdbFem+0qb2H566A+nH8cPl+jJVTV7Y7pz49cBwZ18rY/j+0v0"
    "gglajkKu7ObGaEg72+rERD0rsQ+qzwaIHnoCT1tCrNQeaNkLtu4+f23PsEk9b2c7bKwoYq"
    "IP3eDuZnj3E3lcPHny8PSH9OlRNZpmMxqNr/ssp0bVWXiSFSwfXn/yZLTlE5NJp9ncDOjD"
    "M6GfEQWBPEEWS7QZ396PBmy+pbndUW0nI/0m6HHtJerQLtdtScmx3YVjOuRpEq6AkZSUxu"
    "XVcBGMlWazKjjiK5CUhBUotwLsMSdfq8QzkJCEFSi3AiWPIDh/KsCevhvFoY9KAfLlkLfw"
    "2iU/tgT6SUlYgbJ7/3WLyQt0iwl+QlZIWlK6JOXqlU2qYbs7zlY3TR2rRgbSoVAC4QWRqg"
    "vi8JNmsxevxuMRnTnMZboaJvbw3cPt1YDAzlAngzQn83Bh0WhLYR8I7OyUoHQbu3oDO8SM"
    "uXJKoR1KSgd3LcUOQtzU1crCNse5McNf8lORYrISoJ6XKDn4bRY7VwJs39z2f2Owh3mSo/"
    "HdT8HwyFpcj8ZXUM2jwQ2+09Vluf5KUcFm8oMbjU50Mz24SFI4s6lKLPheDEo9tCf7O72+"
    "ULjla1jlMBRQpqRHQhZWutUrHYR3yqx0QhZWus0rDeVaZNPHOMueKtcCbQSlbCMoObBbvF"
    "2IcthjMgDqQQK7h1caYGFG8G04UbfwLUoJjm2sAkzr01RZ6Ci4JVpeQk/GouAW7clYJHk6"
    "IOocmUDN2Oo3/lwdVBUzM6hjrNBnXA1QAzqRrChpDt5WAdKQzCMrRlts2+rjsVULGEy33l"
    "SyIuWTGapA6t6bSlakPOLNkUBN2CTyQkT5zUdDRCeZeDWOZEWKevUreO6m/jQywVR7NmCo"
    "RmVlBUb1rAPZgUpMvzuYJng2NjCy1WcCDDIN5GwwYtP8xfaaeOycHlJttLO0JR1Cbq5reI"
    "U0B72hAGBjde4lJZ4HQ/5YOl/Owy/xx9vLswT6DdxybqhE3tya9FeS2RC5siP3Mi20M+l6"
    "99CL5mzInDYi2xHrSDVWSN1SeaQZaI2Nc/SrpTkOJkLE8ECqg1gsm+7t87Nw11ZWdSaPYC"
    "lZumQjtMrspMonzRAiVwbjm2OKNJbcVT2pcklOJRFwg/HS0XCqp/Wxc0oE21BAxp178b7I"
    "1r14n7136bVEz6JtudSnuJxMNVeaZsCzd7NAqGAvIE3SQWWhF0/lEQwWRmUg9JIG1VOxhT"
    "CNish0NtQVzjKDMihHRgTCciodg7doTCC6r/hlmE5Y38bzd2eZs6E3/JAtu/e/HzZkp6wy"
    "ANpotmNar5eIyFqviNWr0ugYZuIZJrsDIjMxy/BlY6KVxoxLevllQwy/lL1a6cxgN7ZaGc"
    "m2G1m1/rziFfxFSIhJZ+hUb0M6ZgmYY0IA8kGQIV+mznwZ6KOYjX43KZpFUmbAOKje4HJt"
    "UUgjEmDBgrXVmLWV3LUVgCo3qS3yoArT2Wo3YBkXKct+DYhKh8zXkBgF3S06dV72csxAWq"
    "tZtIpFVEbGYMyP7wqZJ+9y7JN3SRUauohUpkIZmqNQqgQWD22lZWWCGIornjra1fAK0HZT"
    "Ssn6fmlZeBRKLwRtUeTXERA75aNS0jwFFTeM2pf0FcA1KgbApoPpj7b4kRGVkgbThk8KcK"
    "pVv5uhVxf41FrgABLzqUEjqQoaSRVJELWwja1nludxdOJMOJM8bkxOfpFSQUNiL8lItnbE"
    "vAyjKtAK0oxkw6t2v3aQPJrl2o4klx7ybkdTWovlGfkSyFwj1QiTftS1g61vbFXHNnI2ND"
    "yMFth5wdhg+Tm0X9AOW4xFRXOFKAkLp1KB2CRsjrdpAleD954bf9BZFNX5A2k2o315GU7U"
    "eY9sbYXRWrNsB7F7ac4lmVNdr9HaJHcJ7ke+mP91e95t/a/hD2ICpoEL8sl+3yskqkseJk"
    "sJUlr8b+p1eQPKWesoZ4nlSocbDvdLSkzR5ujDGW0Tdj+YXAb7fW5MZ/0PH/xHJPlUF4lM"
    "FEkSyU4RSSWILMwVJyiRHfcJxrcZ9ZIxnx/eFYn5kFGZ6LJrXaZNQaHhSlhTwUtIcMUjYl"
    "Cusj11C9PrCyXgIA+pE5haW1UM0b0AbFFgboKXuR0+lN5RXmYoplkQ1uximnv+JlBiK6fE"
    "Jl5YFSAqWt2qo9DuX9btIxsHdeqynLKROnaHnLLR6nnAOu7Uu76X4wkU7wl5il6QDTKOq8"
    "6HhNovJ+b54C8OtgxVVyy8FtnnSblSuz35TjvtWVJzIalueVmb3fryulnBYwQWeUtU8bZW"
    "rvFLIXO08H2R5Gz9O1KNGRTvTj3SeYq3t6rkVBXRSWJC1ajfLdJIvrsooJF8d5GpkdBLoH"
    "y3SvnuhnnZ2WI7RKu0eW2E8k6QQEI6eGspuMOqbKmrZ6pYlUjU4YpDxk65wwTsy+wFkde+"
    "hP6UQPfoFKZA9zgaTvCFZMJbDzsBIr5VRnyhGeWJmlHW68QL8+i4jrxoll2eMy+e1wcevU"
    "69mHo5Hj0oLFWZBkVeH+byiWNqm6aOVSPLtRFKJVBdELG6YA12cLNk/avxeBSz366GCfP5"
    "7uH2ajB58y0z3Mggzcmyqom5VqYCiQ1Fo470Z+xrOZaywPZycIi0wAyTEc8cO+w0FkPbQD"
    "7SZODaYvvHuyozV7L+10lwU+ehcI2S+u2GYItnmg6RZ+Cg9WB5YwsWSOgbaHLbv4wl/Kv2"
    "k93zE/7J7SzzmQg+mubKRktzixH96eiNr1HR7qYvFsEXmev12x7amgZ+JaOxzcalyyI0ck"
    "cwf9pl/tAjTpDNEEoAlSERiUxTGfI61xyu1nCSFjb+MYWDlS9cr2Ey+McDObUHN5conGNu"
    "9O/vJ+Nf6If++UE+mwx+Hlz7Az/jpeN9dj0Y/uJ9tsSaP+7Dw92N9xml0PjfCQL40gfwfc"
    "qUsIEblwMTF0L2ELIvGrJ3d6uSqx6XhFVvy6oHGEWWPVWGLxK+KVOaI0scYuLpY3WjGiu9"
    "BCcmJQfgAicGSBxt92wVdBymTtAKEJa92kTWW6cAs2N/mFaAs9zMjtR7R5jZEU0p2FeHTZ"
    "hzAnV+kzVp5cCdY/keXT06SFCTECGorp0BUp3xkKDC9hknFBJe6+VFQYJ630CgkiuCENZx"
    "FwsjJMQglnAwlrBULUvjqYfZIEdEpPM7Vw8wPZGeyBcQ3MkJMemArr7kiN+0rYSnMS4Jns"
    "a2eBohJezE7i/dXDKdVwzahBQ4wcCxCI7F9lh0vaMci8HDXQGwo8hUkmKbOAozyIiQI3ai"
    "HLFK3T/QLqy8AygrlS6J6WFHEKTTSegNgnQ66DFdOaYn6EYPbdNr2NIL1VluxEypqAgcE5"
    "CO2DC6oa4i1h89LgXIHnYB2JEY4pGmVDQc2TGQi9pTiQ0G2Yl1uVoOZiemXm8V4HsVzCMp"
    "ttF3equSPq9Una7MwHCs1zOOjRu73suzcX1W2sITUMijamkirbGXG9Xwu1Mjb66/2F676d"
    "U3z6ru0sxLNjV6Q5T9jB7XZSbh2NO/R7pg7VtFr7020WUNbegaXa31km2Rk71Jr4gakjEx"
    "mTSYho3JY7p1d6JN92x8/3BPHixz5+7mxn3/n5dop74GyZtB6ubc6N/8/DCdXSJ19dm1nb"
    "lxO5j8NFCGd5fkbLIesaIZwWfjh1nwoek6yaOtCGUBUj7rLYl9UaSTOhmVDfBFqpv6KeKs"
    "h8Mp3fPNxqjEYhu2uo5Jpz7qayYwQYH8Wg/b05FZ2raPK3fAevaIunbIwSmsE3LFQTcsrR"
    "sCI67O+BkUMfgKSaZlctiPT1xv3QLX66xvPk+1bQAXdXVmZ6ee2td5rVp4grcUP+sG69oz"
    "5vs8ueN6eb7PJZFQLF+E/mIqI+b9JDOgYAa0Ni1kMnempq/If7E/6OnbQzY2HKTaSEW/Yq"
    "J7O8h2F3S2BUZ+wikiH27JEUOEljjDTVrn3Q74U9ld/O0ReHtWZDzBAtyrLdLZst2r0RUs"
    "qr5FROB1I+Qz5QPaBT9pa4xr/3jh6sQZoYBQIk8XrgbqJg+QHGSpKpvMDsTbnU5+G/dZz8"
    "kOjItJuEVryA9sedXM1CY922FjRRETA/zsfnB3M7z76RL58nNjGnxiRz6ZsT+dufGhPxzR"
    "cphrVdNpgczpp+H9Pf3AfmJ5ke2IlagO3fQOZwEzX4lREeBNpvqx2o9ih04oAM78w6eNrt"
    "qOgi3LFEqtj0tJ59SvpaorPcTKJH3vxSpwxrVsd3fE9xZgUijDG1yuX5PLFerGyrbqnIc9"
    "VYULHO1VaXrgaK/V0R7y4U/kZ6fOvjOeY51d6BVgETN/oeVF2yFVtlPPdi/Hc8z+nYI12+"
    "IIxkvoQqq+lheBg1tTJBvevYR0xlwRtmY2VzPF1FxolrNZqZxE72wfclTma/Yig4mUvWe7"
    "qSwDKwWU5ZYA3H1l2XR37CentWXvSq66vGRjivZXRN5wtCHfDC1eGc/DA+Yc/WHjP/8gX4"
    "7+ZUez5/xb0Jw6Oj4I7qE33hZ420MvG225QVv1Cdu0k2IyItPUfefGDlvfePJI17aagwge"
    "+BtbXecQU4J52QEaPgXkSx3HRgFT4UhTYUk2u4guG4yXrqryxbsiUYl32UGJd+mYxJ8CG9"
    "Yf3dzr+NtW79guh+xdw7VxsMKFI/YPdw9TGnD3pOeG/xf778Fv98MJ/RN/2WlWW6Lxz6qu"
    "kVe4ZXJKP+RbHHFJCS2OjlgYhWJv3p6zSxiWcclmlrklBnrnVhmSZKt+cdGju0zo0q7SFQ"
    "OchNqeGNt0raWQ8ryXaNARvNRVbduMN7h6FQOcmtnQg1MTnJoi76Ncmnkmrvks868X2Rx3"
    "cdTXdaTD2HNOziITdgzqoo7jxDYrUBMPnPISpIrGt3emdz76ABzy0ivBVoIC8F20n4DVcp"
    "JUhejXEsA4ISYdv6WWZAXpC/f1b8cPNLVM3ZouTS67GU6vvU9Wmr2kn7XDge19P/FqRXE5"
    "abLKGq5RFOwFZbETeFsmpBqMl70j/2v1qzOiPJHnJgRKeHvzpGGTl9vkzsbC9sYk0sLLkB"
    "KFNSi3Bl60caW+iuQNx4WgDFoWrK0I/7YM6Y64YgtFOby1cjh9q4usscNrXA0r3KoVdkxH"
    "1ZU/XfIvEb9wXEqad1Nlx6Nm2y5eKaG5U9QblBADYJPA7rCl+C5NRj8VAJcnCoy7VH1TGj"
    "FmPzStr5qmjlUjI+QalUvAuiCCdeEaODmbPeevxuNR7Ii/GiY00buH26vB5M237GwngzQn"
    "Q0HVbEVdOtqzKOAxOQC8OOBQHhnKIwNnQ9ZaHW17vrq56BzbIVWqY0kW4dG0RE/RuBScoQ"
    "cZJQFiaZDFGSWRqbqFcVG6Q2J7CRMeoslRYdpfQivzBT98mmBdzYh+pvILO/ayysL733Uy"
    "QnwyDocJsqfpHCprAsQPuYgfQbEawVTFhJh0GYvVx8MNbfkkzLKJyEhH/6ieZ6M+k11uKa"
    "6li4Acl5IO5lpYNjuCkdBODgXkK21bH8DKRrU5nakPoBxKVQJ1i87k6g8Mc4cNsRLNewlA"
    "9xC65FeagvBGRADfQ/jq+BkLvelCgQZfcoZpbVW9mVdd9UrbzmR3Km527AUgtpjVxrJ0A0"
    "ugah1Hl2OsAnuHy/AWOcKwDuXWoSO5zV09s1mLB9181IwS8ZKUsHwhk+6GSNKBMQiHZj9m"
    "3YyMQTj0K1z0IuHQLbYeycqRX2qKFi9ICkJQtEBV1hC0CuKihbPAWwZy8STw5BaLBUbJ10"
    "B3D6NRscAoq/x0ZFx0bK1kwptrRhJLJOhPXB6oK2+yAZmrSNS+bS/5QoBFG1EcEWoPGl9I"
    "CRGQEQ5B5KiPR+LjvQVm6qOsEHnOv2oOpns2l9Tnkt+HnU1+JFrToKX7NZkKd7Ju0gkZQf"
    "SRzCQF+c/rwXZHwflQLTfo90gpInIHKGh+UrKQ4+2Fom5Lf3hjxaEbi+VV3/gIHFnZ0HfT"
    "pwG1GFvjyoBadkXdGC1tMBNVhjmKSkJXPqiqpPX0w41nxgZGy41qPGLazSXS48Wb7Bzdm7"
    "ZG0wWRPy160ZwN+iMo024afyDVwkg3HdrpRXX8dgPow/DDmLV2ifWbqf92B5StoBaWhdfH"
    "KV15QWXJ9K5G4sjZ2hnZ7kJVBsLx8BbhROmlLyQ36E/uLhFWLWNuTO8HdzeXiNI7VnNjMv"
    "hlMJkOLpGFn7FlY/rJ7IGOtrDj0vFez5SgZcrc6N/8/DClRelWn13bmRu3g8lPA2VIJJhr"
    "XNGM4LPxwyz40HRbUqqOKJi2WGnGvYR8hIyLIn1HyahsgC9SvUehAUbVxxN9Lwtt2HXp3d"
    "qyIFHdtNq9CsU3xfkAx6WO7JXbMsRzEOb0yg3ic+ra4ZldB1meoRyoJVBdA6prtAVq8MKB"
    "F+7QswReOKk7SqSirBxfHC8Se9AhZwdCDB3sZ9AU6QYd+sVUw37BFnJMpKJwum+22LbJbw"
    "k7L5+jXzFRkh0iYBr4G3oWo1gYGqm6br743Z092Z232xLtoJu58dxQl0u8cy7RH+QNs9Ic"
    "+w/EqheS8eyCjQzTQa/YYc1MaWNq8i0IgMEkRVx90fYwEF89aXw1r4tUTpw1t41Uq7xOrb"
    "Hy2t75uBIXX//6enBP3XLsrKBuvJ8H1zPqxvuMl+Tvq/7dJVqoxtz4MBzNBhNyW0130ufd"
    "adxy/oknZuQEEtIkp1Vm3HiboETV3LQggAuWI1iOrUpEglVvMBMJ/AXgL+iAv+DErJ3+0l"
    "MYOF6C4FIvzzmgeoOg4qBcRq5oqUGoMdgrajFBF88aPQYMHS64h/0FgWybgT7rT8mVS6Ta"
    "NnbmxmjYvxqOhrN/XiJdUxearjmvc2Pwjwf2Ef7TZX9TqtDdg08VMlzMqEGDu6nHDcKGjU"
    "/nS0hpF0Wyb3XNODZ162fTtQxVH2lGFxX3k+QhDQ2yexzTev1F1V3V/8oprYEzKleB0ILx"
    "ynMgUDCwcGs+E4y+UZ/Jyj1itCQGBHXHo+mnB6QuLdOmpFrG0NWMS0RnZ9Wp0P9FfzqvSP"
    "OukhV1mGia3lvD/KDmtEvNIQslgKo/GhxrnEaIbomScTExaVBtulDZkyvm5dgLVAN55w8I"
    "ARUk/XqNLUR6FcYGnpnkHwX9IFNvjk4tQVEXyH7fFeFLHKWp+MpdZi5S7HqudvLZGymUhi"
    "Tk5fjdrxuoBNaH/+exYX7I6Kn2wM3WIejWeFUMTgmmbJs+KiOdy6T6xOuAkV2U5x2MP5Lh"
    "3bL0djGG9xZvhbZkMF66XJlaSv8nDu2iICfE2uxpas3Dv38higMNXKsMmNOeUyBHZEPfzT"
    "B5EXIEZKo02MMwxKyCiPmDLVPtyF6yg2Fyex1RqhOCBRmg1xosiEKWbYEHiB42wMNVLJJw"
    "sMILzUGmhVTksU3P0Q159Rg2GYG8Q8xGZDchC+9My7HR0nXQVrUeNYOy86efHnooaKLZQ7"
    "ZDHk6kGitW7MPAejpU0MwtK44egIugKRcB2xzi/vGYGPjHy/nHvadRHPy4HKBfDn3w3JwJ"
    "e278I1/E3I2IyFc9ooaOYarlGDziak7Xxr2IfAjX0OXVo4WKGZVxISBg895maqy1e1FrPS"
    "4FtnoaWC8iI6omR6Vk2q8Nawm6uWQWuNiuTkjBrj49OURCOHMcejjgDxzpy0vSETp2ZhR1"
    "6kUPywwKCEeFqADfSCKLpNDGNacC4HLJSsLAFqMrtexQqIyvxNPLKgD1OjKVnMgm1NEC8A"
    "av+grgHUWmkhPehF7UqupE99jSzLhrOn6llxcMWOqmjVfKjg0tHA3wpNDWNJwN+UImq8b9"
    "irbqK1pgxFK8kWbY2gojjZMGUGYC4Pm3i+fPlk7E3RMKSMfOywMycPX8NdPT89cUbcR7JE"
    "uwRqKCQBrpFGnEWzphzkhCDCzMw5SRALIKFB/JGSOJzSVMGKlT65lix9HxlqgNWXyIxIhc"
    "LcgOx4qxIuhg2qiEpiWuNR0ztoKBWA33/Yc6XjvIdJ2e16zkhbYleVFttCYG5oqnHVU1Lb"
    "AbWu2tzVauLPLy4KU/ZMK/F5AmrF5dHOKLgxnhSYzvnBCTjsRffYSynd0uOqe8xMLquuqs"
    "TWurqFvmjRTm3GRMIM0p0XBYbY1LJGVHhAD3kinZTEFbiWOfEAT8y+FvulbpIygtC6tQ8i"
    "nIKd6csf07UbC5pAZzUUSDucjWYC5SGoxh8riVOYXETC63svvKYS0ZnpYrSEfZC8jEBKrL"
    "s0XQqiIAHbpCJm6RiF7bQC7q3drvrTbVDo2jn+vV8penkFOL/FiBfr+BzYD2M3geJwsTWJ"
    "fkv1ZIfSTY2tT/ZHl+KZvfzPeIuSDi166I3wlI9C1LOqibRE8fDNFaplEZUEOKqCE0Aqqs"
    "LXPLj69mZ9GEQl9zm0sGhMPxTR/AzuF5p78q5FhkieDgqJwzNJuSHZeSxnSuzEW6VZ3lBg"
    "s1JdhLAJyp9EJtvcYWJjaCSAeihBTACg7MdrnO1picomU89zYgfxzytB760imz9ZOSsAKl"
    "8/WhDtXXRymEOlRQh6p9fteW1aFKswQ7doKdpBRV311pzsh8PON4qMNrvdwmV3SUopuPLW"
    "tzBRzHarWQbHeya1N6nZizMyojnbOzjpIh/Ay/bID3EvL566vHl7w1NOfVw0gA5ISYfEhX"
    "X7HYh0yQwRsVguPi4HZe4DXRVdMI/zwd3/ER3kskbUNt6aD/Rbpmd9BYyMGVQhGz/wI839"
    "z2f0tCfT0aXyUNOzrBVfKYXju8ylnZsIcCgHp51J81VeQw8Yc3eIyoO62Zk6T6QHa3PE6N"
    "vijldThR5VzM1RSRACfTQSeTa1fSGFxu91JkS7UqX3W4wtud6WBj+TrBS9PiFuxID+rl9v"
    "ncD1csNr6eblpL0zNUnvArdNDqhnMlXLPCiQKBgIR5AtVbSvRJEADXHy4htN9evC+iO168"
    "z1Ye6bVEngAmv9R2lI1qC1WYScpJiHf1WzkrpyibkJKVUvT1JmXEN6+9M/3+70Xt+ajMUS"
    "Z928Bt2qbvlt0JTIfyhmfKTjqNWn9vmVvTX4p0/b3wYq4avwuGtSwU+rWo6vUlzJC1FtFf"
    "gvHSFcirPh4kGjhuPmjcYZXwifwuPrgDw92m3ExxU8eXbTPQZx8eRiNlMrh5uJ4Nx3dkUj"
    "KFYuGVy6Lfc+N+MLke3M2U8YcPl2iHrSXNoTTX67lx9fBP5U75icx7e4kW7qtiKOSwVbZz"
    "43ZwezWYKPeT4fXgEm3xdoEtZWdpPkaiiU/viuQ9vctOe3pXVM8vtqz11xFInU5nK0tdO4"
    "IRkLObSf/D7BIxWbqQdzfDu5+U/v39ZPxLf0RX01iRZVDI69gyn1V9bnjXBjeXyPsMr+bG"
    "ZPDz4HpGP7PwZ8ZBnhtkKvoBkfdSR06/pM6G6FAbUy9BrU6JAre6HLe6bFEUKIhSBfoW3m"
    "GerXdlmjpWjSxrOxBKwL4gUnXhHn7SrJV9NR6PYlbc1TAB6t0DfW+9+ZadO2SQ5mRgHXkP"
    "KoudgLmQFpRmu1fmNaKqxJ8Ox6mciWpEAuBMZXtZGAviGRUBQFNJtp4+a1L/kdhpm5CEI1"
    "fgyPXLZ3C09mxfclSmeV/y2d/XrsGsKGIdabqjGfY5vd9/CerxrfUwRzqBCC1LUg6WpvKl"
    "ITaq5dglfP8xQfkoZx3x9Acg5XLMiPVdZoUjYrC+bV5fKMBYZ+Uj211sNadcgDQpW8Fz1E"
    "6KoRTPUeDKLLHQCVFY5zavs+eeViys2mKJfilBOEGLnKBAMMlGXy6CSSyzYbcquepxSVj1"
    "tqw653D1vz3nHSpaQSUtCNktHOeWGmtZWxDbhBQAm13uCQr/1FHHLzSDROHlSALAhysrqd"
    "AFvMYu4FC4qvLCVVmnBQB8AGDOAVkA4oiyBQgfQDitmB5RfI1MpmteUOvIGmwhT76/n7KD"
    "plBmJbbodtUcvK0KriGZSyacGknUiO6xvJyNxF4skL6hJJ+Iw91WfqU9e03aJiWYBNkqeU"
    "DJZ+xj1g3lEqlopdlLShj0WwMbrAuwhZeYzJVuvFLdtFBdr9VMyOzcE0iQqLOuXsdIv5Ls"
    "dnDDy+uQLeKGP0V/6dYtb9UNpkPtRQjXpBhge9iVxfZiBTbqOJinY/AWtVKjzyy/NyN3A1"
    "eAbCxhW1J0k09uhpPwxOn0zLTNM88C27eIXRba3IcNshmxf6afHmxiG+1tp6X5jC0bvTGI"
    "7XSJMPnjlQ7qETuKGUyB2/VtD71ozoZ95tHeEUsARS/EdMJIc5BmU/srbbA1d1tuha/YM2"
    "Q/ucdV+fpaLLza6gaw1RO3LmJiEoWWGrYtQCOqMXr65AoGTUMBwPOwhgm6UIW6EFfbpC/H"
    "47GderNIiur+mW2VbnnNDpVbojB6PzKlW8YH5OqW2nZnWo5/TilbT6Sgitn3ffG+FDLXRO"
    "vT8aO6fGWd0f9iI29etMEqbYaOHBNdW+pKx8j7qT1kYdcmU6x9TdDAX7yu6mnNsva7cRXK"
    "oAoMQxiUyVMqkxAIgEpJ5Ssl3U/GtErS9JLapbQ+kj03prPx9adLZDvm8imoezQNSh7R6w"
    "/396Mh+8x2aUiUfTq+H9wp48kN+9zcYUNhfh47eWIVWcgaGhawZRFLtN6LtCOZl95WmmRe"
    "iPBkPwvyRngg0UK2Vc9KtEhZsacxCoZMkf/ZXJxxDIL9xSLGwGdzAQVc5dKdQb2TRL2j1q"
    "qoIRSVgeTYIsmx2FiaK993UhTlqIx0KFe/kdtexZUD9XKDl094JYj42fXHwfUnWnDVl58b"
    "k4e7u+HdT5fIcg2DLMLcuCH6yCVamQaeGx/6wxEdvlbJc0tHj0fkb+WqTw8zy9R1SnsnOk"
    "M7DqTt3stY1N6MiIC9Wbm96ZiOqiuW+SLSCiUuBFUDk+E+80kU0YgEwJmuduvVohYFNSUH"
    "0Cah9Ww4cWhTcgBtqrSt6iw3iq39P472nV3dNibUHKgX77oCK7Ysk8MmzdG0AwHp1Gyo9A"
    "OuyNi48g7otWZo9qbUsidEoW5aezzO6XWOGIQlljotDavd5tWGijgNFmyBiiJVVxQpUo0h"
    "0v87wRgXqCzgBbz2rcc7ppcUKsDAN/BKoETOGokgqj/ImtP2PrHtDoZaRZrdn40NjJwN5T"
    "6qBvImQP6TRzNpaL8E8q17SDO8j6mPk8Wu/sbcxhQC5BorE9uU/bhFBn7BNiVAWjan9ELt"
    "d4OKDK3OI8kOJpODhygoIm67UAByH3gOEMPRnFcPlBSoeQHHmFibw/Ml3SHVd1v1MRM9P2"
    "JiMu3hhjPS8BfyFURChaEABAorDxR+NhdiRuReQKZHoC7z8bPHtjvSbowx9zoGcFHrcb+v"
    "+GlrpyRUTpgjJkvR9yynw1q+b6lVS6j8Pdhivnp1VHYSaM+gPXfn2I1TMzi7Oa+PoyfQYP"
    "vG0/i2K+zeWKYpC3RjEYnR0tNCRC8OxoNaXLlaHBBhBE+VqBi0hhU4XMAMATMEzJBMM2SK"
    "l66lOa9T7DgZ5R6SQ3p5JontD1Zsb/QJM72eMCeymq1T+MOrUShOa4jUksyfbXI8q7rLcS"
    "1nqxehQPP6xWmU5Vo0CcgBzn4Cukm843B02pQDPHXU9fp2rXJfEsG1/LcDHaVs/WGQ/9sl"
    "JTDvDUDe+hbmHEMz/CWrXl0oIUVgMe+AGfw2yz/7w/NlNL77KRiefCEkA40UCFEjMiIFNq"
    "SADamrtqPYDt6JObZjYtLkuzQd0/X2bAktJy4JxOP2KDXZxGNIIpFFly1UxcgWbVMRkajm"
    "QO28WnaUbRBfivQ6jA08M8k/qmWht2sRivrvIluvgAPvuAqsG9UwsN5fsp5jZ7wSrPERvT"
    "yja+mNVVRvcFE2sGshe2PuglZoW9V6ws5OV5cYvaEfsIs7WkNfV521aW0vPX6ujVQLI29t"
    "2fU3/hfohSO9gUhbvX3LIQY3eGOwI9tlRwbrJOK3jcpI57ytvqBK+8vcNhRor6Hb3W6nCA"
    "YdIiJS+EESu/fifZHte/E+e//Sa2mUs/xN+UBL5nNqgDdCVAZs2+T9+MTrsZKDdkJOusOj"
    "FrRf8GJjmk/icKcEpcO7lpNkodpYcS1dBOqojHQo17Krbe3RULZEvzYzSoRmBAjiYtJhXU"
    "PJQ2IXcb0pOSDvRaQDuHr9TrOJDe1ozxz9OZ+7F5VrMPASmC2djbvsXHujlAt1JUUBdhHY"
    "dV1ZupbNq5uVHdJNiJU6UDoUYqkjrEshLBUFiQlCqAtCXRDqalmoC8h6kq16BWS9SIIOgY"
    "Coro7jdwJIaDoCRXduyEwjNlEHt0Jm1Z3YS9J3+EcaJ5SH696fTLZe8Wk9mta0x8eiRSaa"
    "0nlkRcreaLstNhyFQnYsWlN/MoqarIBFW3oegdSTG2knKiNOO1PXltrRO4r2mrmnU73KBF"
    "SdpPXI+5DDo4i/LQ9zKJLv6SJdbOlRgpyN6iCv5QZyTBOZawcb54gt6CUi17ZE82B8B9oT"
    "CHm38FgMPm+jh+wn9+3fUHBEXbKrwV9niRVo6r5zg94GCq61n1JbpntXRqZc4x27zliTrc"
    "465sM+3wXpQnsBqKPLcU8G+n8Wroe5QkomwhD3SMc9/nQ4nJbMzeuPhp2b3rkqeblud45I"
    "35SoiDQpJNDbo/rH/od37wo892RU5oPPrnW+ix5VYwURP6M9Ob1mnHNjMrgf9f/ptc/D5H"
    "3xyhroTQbT8egX2jbPwrapP3tBxdOrFt5XVEIWeMFTJSkGJ0u6JhVFqJTDPiEK0bj2OOjT"
    "cZngcS61zjFRWOc2rzNEXbOPzm7G3yDq+jWuelbUNcFap4qNmM8lLgSl3/J0ItH2UGlB8A"
    "6k4Y3FHoV7CPCkJUK5ARd5iriROlHSKyJc6TCduNuxQ6VounT8POVnTGfu/gqAFgy+t2zX"
    "F0WZ99QfxjpyHleAtNy959LvLuHmc3WGt+P8JU6EO0VwOhzk5hCsCsW540n2qo0I/timDb"
    "3e+BlqtLMXpSq/7dGmXYhRkpDmoA0ZTPTR5YY2/zLYtWC2HlKNFfvk2lJXOuYFuhu58dzw"
    "iwc4aIGXBORz9BCpNbAXSxcbuGTTaCu83ZkONpav6Am/InPtf0+CYFYA/fd4entsYeh2hK"
    "YMrVEfejkR9nbUNTi1JlezLzz9dJRAOyYsIezVR4fzYkQZpsoJ4kIy7GtxpDmi0gU+a+ji"
    "90w16i2Pq5nXxC8iJU08reFij5qDebBnVxIPBY6qJN5O04QHYy2FxB3TUXVlzas5kbfhY2"
    "Lgaiq754HDUnPvI6xrz9jicu8z93ZcSJrjvDpftelaSx6iOVrfXkS6jVu9DgLx6mzouxm5"
    "hHj117jqEK8+3Usq2w+UiWqO96fLKm1d3d8gLlp7XNQM4jZHAlw0wb1lG7gorNEHt10Buj"
    "Blnheci+bTFwjMxfP4Dwfl7iNVsFEsn9MLSdmYLDLZNuiF/J9qOMkYWBgCowmiXrjsHA2I"
    "YfSKWEYeYk6vVEiumdvOjYW73dmI/GbNIqoPmfVvSPXSXpfmducSmNgsf7rkHprzStNdva"
    "RYogKxe1h4STaOHXwpeq+lSe6DV+dspDcr+Rr669x4pH3Wyc8wiSgydRrb8+5F/jTIN7IQ"
    "FX2xNIdMTj55oZ8YODu0Fzk9/Xw0COe1yEWT0+6q4YTOtr3rqlbUIk+w2LZOCErjp2nYBb"
    "k/6sTgj8sB+kehL5ZlGxcCU4Xjouxe7uIOGyu/Bo5Q+uKnS2Q+zY37wd0NS1z056Fpi7NJ"
    "kMvoWF4q482gf3OJaCGTpN52mvA2JEVXvPFZ20HhqFJcSjoPfS2hJQN/cRR/M5bw2XLEIY"
    "mwPX7atHseGwRSt2QzypgorHOb19lXrsqUYY4Iwhq3eY0h1Jb95oRQG4TaIC7UvrjQaSIY"
    "E0y+/FLTNVacdOIaZ5xIRnpQr0hEw4qJFW1NamC0U22bZtBQz318EvTZXFyiF1r3krnztz"
    "vVwqte5BOLCDjxj1x9hQzT4XQjrfde0IC0XQ1IyXFkldMK4pKgFbRFKyhCu1prhlZS40+I"
    "gs7fHuUvvc7klz4+8tgU2W6xiEiDPrEF9rZTF9OV7CfXVpYbvHzCgiHSmBj4ddMBDXNJFY"
    "EvYrjGpQBWLkuwzI5NCwK4GeCKbtqkGADLzRoSiZntBQDMNP/EUTVdKPEwInJU6mE5/eDv"
    "a9dYMgN04Wq6oxn2Ob3ff9WlMzSRkZhyJ53G2xGrG8RxdCTrCh32cXB6Ch32ccw2mFgCqm"
    "GrbJ1VHZmuszC/UD9EMCFzSsSrjdiXiBIQHUx2xqtHoWQf/wVNPw7v7wc3ysfx+NMUaYxw"
    "mfJ2NHLXuRFM9Rc7ereeT7lEjhlng75ZqpalYQv9Hzp8+US+LFm17QJbb+n96LpjY3Xu42"
    "2fh9/0fG4kYqzUWUO+pYosrKuvaEv+31GfsOfaMV/QG7IaJtLIj9SxamMyWtNxQCrVaGEZ"
    "tNa1x43zthitM1h6w0xxO3+PcEySkeB/AfGzlcRPKDFSwKSsocRI5DESADwhJiHUNeSdek"
    "etCMwREQkhrt5BErzDBHdzQkxCqJutTSQXBzTN/bwZ3w0u0co0MHA+pbdggYn4dUUygOPb"
    "FMcXuIDyP01QbCX7CZM36g8MUNlWHRigUGyl45ACqVZA+YBiK1BsJR68e3Jv1d3O+43p0N"
    "3+aq9Q4O7JVbaeQFFmsmuh6acHFvz1Ogqo+zCWa9CSIdHI1l9sNlpbcXjHx8xUoNrIGcEx"
    "9lmyNfZRpUi+lnBUbTzkrvY477CvWLMVGod+xpwAq2nqWDUytnRULoH0ggjWBXWw3Zu17a"
    "/G41FM078aJqKodw+3V4PJm28Z9GSQ5sSCq2B1y2t/FbG6wf6qiR0MNamOxhOMr1MaX1Qr"
    "PR7eqTeLpJjuH9o2ZYhOaY7BmDEFz3h2V+Ryr4jhZe7HFkoGpcw92oTNKw5JZ3nElKX4hs"
    "DVQ7q5ZMmab4nFpDpoaz5jr7qk+qxqbEOEFSJ7ER5j2iSr605zg0137uFLGUvnBCP9VfHn"
    "92iT3t0o9zHCmTxHM5aUSsmMjmsZNv2GlKbomB5n8cW0nurINAXOIb0GxSa78WKPhc79h1"
    "QM1IQUIAsGnRDUchl0bcnVoK/Ne1PXlq+Zeod/uZDe4eVK7qiEVjRR4yPRCLbuckO1ANO1"
    "Iq96T0dQUVAImyYb2FjXz2klbPZTvGrYvp78F1rJmm07WsWaKhovmrMh/+nrxTFdpJG7zg"
    "1a0NrSyC+mlSvWpuXpNdNPD+ehrkOeYnrdmxizGt2eOywcgdYY+zW2/S9V3EkNTuhTFsPY"
    "qBZWFjsR3SMi0tw78tt35H+tBjkCqrrGzquycNdrXqgxG9mkHJBgMzU7diSlsc3O5kxLQj"
    "/J8v0kgVglmx4IxKqvx7HfssML/PoNvyY67ddv2ebttlt/RKw4j8nGMa73F3t5pjVto+sl"
    "PBe0p/uGVzyA5eWzegLEFsW2TS7T5H0TLUz3ceOgNwv3lYwixinzp7/t+ayol41GzGKLdp"
    "iyHfSEX3tobZlb//MJXmk2Wuqqtk1zrpq9Ndf+9W9Hr7Ob0P/wJ1TIhJwiArQD+n44FA5o"
    "pxM/XMyiLK5QQELu1vt3Bbhb799lcrfopbiOFH1EBEBOiJWCumVvnETm7sX7Iqm7F++zc3"
    "fptYSbnx5hgqTEqEw1O/q0h0oM5e+L7Ofvs/fz96n9LNYL6pgmUK07Kb7qmFSje7ibrogi"
    "HEOqE4nZzBEJeIxakt0lO6a+ri/o3IkJAa6HPTwRk+pIFwQ1eaf72ToGc2FfRGyHHXbvBA"
    "ZodeAO/RklBTjyrmlfRmJXQc1MSWyBDy04MzK8aJEj5YAfzX80i3nSsiGGpiPt4lk4mqNz"
    "ss5ySsEFAhI6h76+InCprXxmLzd45eo4WPnCVeCm1x8HNw+jwc0lCueYG6PhL4NLRE+QuT"
    "G4u6FXMbl7S2rBscY5dtmOO7a8XIGOGOQcbkDaIif7rcwSR8Tkc8DItL4t6pvVMoe8TKvM"
    "3hrlHmNY4U6scLfc5UDdq8ZfHqzd4lXMGZmSA8IZ5Js16UDXddGoREwGUC3iPqeAVeCBfL"
    "CldkDGNlbMAzkhx/NkeD074x4LVbjOI1NJim7iOCyA7/7d1NzebdmbrCi4qde4cE2/ZMO/"
    "NORXvtyHTxOsh7s1OxQkW7wiFTKrACM5w2X/bigcw2DLD8kEyBYLyyjhsharWkILNprrPc"
    "f4HP1hm/rqD2QSIwM9skIezsainGOWPPvokp+PV+jhntoMQUN6j7G8Vm0H7VRnk/Tp1nen"
    "ufGGToL+D/rTeUV//0/6LwKFo6i2tiI/2b8Xsh1N15G5w8ZbL/OYxkEWqo2/oeO8eyH1ke"
    "wAMjFNOKZvUvLlC5GkIUn41MGrta7aG2VnaUusrDFHnckjmXOEZdLJGyGdx1ij+wdQYKun"
    "5GRag+qsTVMXMjT94ZCmnQRyR8wklt6g6NpW4zgaMzHlSAK8KcazbtqYl+yTV8R2L9RgBd"
    "vwk86WsKUnp4Vp4TUe4rkHblQMNjFwYxvCFYrJHY0ncI1PxjWGErGlc8n3XlJw47XUOXXv"
    "WsuNamfn3McH9PIcUzt/qEjuPTCG2/Sa6eU4XXamYPPoUEC65NvqW6B3jy+8stS1cyYG99"
    "nNpP9hdomY7NyYPlzdDmczxhx2F1tamno1N/r395PxL/RDctJYtJz13JgMfh5cs4EW/oyX"
    "bNx0cEemsrFBZroe330YTm7pALJwa83a0hH3/cls2B+N/qlMBteDIZtzp1qOpuo6NYaWWP"
    "NnD67uP7sejadsOmakkr/7d9eDEWM5L+ka6AFTWrRfbJG87YvsvO2LVN62gR1xJ2hESBpD"
    "sGHP57NaAveIEOBeDnfHdFRdHPmYGGBfDnv/RLYUyxTLHkoJytcIvPqD3XSEMA7GywdtHT"
    "3WPUWCaAGqzXOe5BXwSQgC3kXwxl92THFTKB07jTclemcQ+ZOCeTzvAsi3kzDFQ5oSITpd"
    "Wga48peVcOVD66hMrlNCFnJh2pwLs8JLrVy+U1wSVrnNq0ydFmUe5b0YrG+b1zf0QZV5Ty"
    "dkYaVbvdLMPVhmmaOCsMZtXmNoLSGbzs1Z9lS+BOSn1kgJCpRVUXBTcgAuJP82yGRzdztd"
    "E07/jUsBsgU4bT5kaZTFiVeRqToGcmH2VXyDQSIwJAJ3B9yiicB89QHgPQBvSmM6Is9a1w"
    "xei0MRfmaMTTgi80l0bCTCi0tMpj4Srok3i0wgNUZmZbvrEKE12IJFSa1K+AxUy2z9nZiv"
    "dFbILT41zRXaoFRlLZHf5ZRN0k7LygRx04w59YtCQRJrq52QarCz9nedaaztJVV6nGGxUy"
    "MmJg0dsWJgPaq3MLB7MQA2lQhvijmvwvEynb+Q2toiPHPcgDtOvpGwfZ9KYOsYxkUt/fBJ"
    "hZTW1qS0+l4ApQLPie8KkM1n0oA7gHyvKXYc7+tluQMig3oF3AFkHC1fRMcXrL52vSE/+5"
    "sXWn5sPwfambq2fO0h08DIMl/QDlu0iTN6Y2OMKArYWJ3vx59749+m+0hXP/0R+beCLXGP"
    "aYXbMudELW1lsp0Vz6rucsj0P0/Hd1n5Z75AkoyiLR30v0jX7C6qITkwUyhijJMA3je3/d"
    "+SyF+PxldJKgmd4Crp2QBG0FfCCEopp9lv/TrfZEEcgPP+ioQICjixo2GJYhVDyVzaM7Ze"
    "w9zosG6mGrxpgjKdbyjgZIBjItsxl09INdgftACnjlePZMjLBhvoxaIJCQbnLdbEDXO870"
    "tdoxRrC6/BCX9SJ3ygN4sVnIhLSadOVF91IrLfBWCOS5WCuWXB9Lq7AVJ8/Nd5wgDMq48Y"
    "kWqwQGKwvztbHxHqYUA9jK8JdygTUG+ZAE8JVXhkyeyk9YTYkSnrbTPyIGf967aWi+SsQ6"
    "CxykBjeJ6IZsykBSFlBuKO9ccd+bz4yG6sAGG5mdvpJ/e01G0IQJZ122YxkROIFnff1sVC"
    "Bp/naYnHirpc4p045S0qJo0ZDVzCtgMLJfQyfRHfXrwv4IsgozJ9EewaEOpb6XJbqM5yI2"
    "aHRUXAAuPykqlSI+wziAjJtKGrdRwQjVHcaRAKAa7A/G7aA2PtWS1HOgnkS6Ht8RwF4dN6"
    "mP3tn5pVu7gkcwwkUY6/awr4uoBkXwHJPqV1VQDpVTBPtzSuophGNU3h1IU6vWFhJR6OKy"
    "xapSfbDxYUugHXl1yur6XJ6x2dw0AzuT2jgeKXpvixfwtAG4xvziPTGLi1+GTIHR1yCCmi"
    "OCflpPOAVc+iDCDbEaBKYR0KSgd29ecG3qqaLgJyKCAduLWcG+pqZWE7o+MfH+GIiHQY18"
    "Ld26mvW8pUd7C1tZWV+sqBO9u3yBVuznfzXVeiQJqtkMNVexalt8fkgOBenOAOfMrsvS0X"
    "n1Ig+7DaNtqyctfirwfLXLnLY0s0Bp6Le282mcBqwhkUwJbjE4oge9g1pERX9XCGax9NPz"
    "0gFQXiyMa6biPXJl8YO4hGzRGLmqM3+MtSd1e0qsIv/dnbHiJvthWi5yTLOt1qhrZ1t35i"
    "6p+uajia85rOcG3ihtwM12hJbagyeWqPV0kWBxA4qiFw0EeJJVeKWgVpweZW4a+t3uuR41"
    "sz/GK5YrVUU3INlpzsCLTEZtpZeI0ti0dlPGRuxUQbtLjCTzprcgHbo9p9DI1UGuLRQCOV"
    "sxwLpyfQSAUKKTZfSLFOA7SPiS69OePYnf6VXp65qe7HAA2hS2dlL8coe8aWzW2KlB2TiY"
    "hIGDGvJSpDHyoBhP3hEqL77bt3ReKK795lxxXptXSQHBucyEB2TciICFSFFKwKKeChr/5l"
    "9u//D5cQZA4="
)
