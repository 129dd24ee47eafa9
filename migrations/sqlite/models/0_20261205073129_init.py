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
    "unverified" INT NOT NULL,
    "confirmed_at" TIMESTAMP,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "confirmed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
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
CREATE TABLE IF NOT EXISTS "stock_adjustment_cost_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "expiry_date" DATE,
    "unit_cost_fen" BIGINT NOT NULL,
    "reference_cost_fen" BIGINT,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A stock increase whose unit cost is outside the band around the SKU's last purchase cost: it moves no */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_status_56d796" ON "stock_adjustment_cost_requests" ("status");
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
    "seller_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
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
CREATE TABLE IF NOT EXISTS "member_aliases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "card_no" VARCHAR(32) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* Another card number of a member: an older card of the same shopper merged into it (the legacy import */;
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_phone_claims" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "phone_hash" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nCONFIRMED: confirmed\nVERIFIED: verified\nREFUSED: refused */,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "claimant_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "holder_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_member_phon_claiman_0b71d2" UNIQUE ("claimant_id", "holder_id")
) /* A WeChat user verified a phone number held by a member with stored value or points: not merged */;
CREATE INDEX IF NOT EXISTS "idx_member_phon_status_ee2f0d" ON "member_phone_claims" ("status");
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
    "memo" VARCHAR(255) NOT NULL,
    "account_id" INT NOT NULL REFERENCES "accounts" ("id") ON DELETE RESTRICT,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel. */;
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
CREATE TABLE IF NOT EXISTS "finance_manual_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "lines" JSON NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* An adjusting entry keyed by finance (backend.finance.manual_entries): drafted by one user, posted to the */;
CREATE INDEX IF NOT EXISTS "idx_finance_man_status_cf7dc5" ON "finance_manual_entries" ("status");
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
    "posted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* One platform settlement file reconciled against our orders. */;
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
CREATE TABLE IF NOT EXISTS "settled_orders" (
    "order_id" INT NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE RESTRICT
) /* An order whose platform receivable a settlement run cleared: unique, so no order is settled twice */;
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
    "approvals_required" SMALLINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "first_approved_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "first_approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
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
    "eJztfXtz4zaW71dB+Z+46yq+HefV65ndKtlWp5W2LY9kdzIbTTEUBVmMKVJNUnbr7s53vw"
    "D4EB8gRVAkRaLP1G4Skzgg9QN4cN7nf05W1hwbztmVYWnPY6xZ9vzkAv3PiamuMPkP3u0e"
    "OlHX691NesFVZwYb77jqYqFodLhis/HsvjpzXFvVXDJkoRoOJpfm2NFsfe3qlkmumhvDoB"
    "ctjQzUzafdpY2pf95gxbWesLvENrnxx7/IZd2c4y/YCf5cPysLHRvxl9fZy7Lrirtds2uX"
    "+tPQdN+zsfSBM0WzjM3K3I1fb92lZYYEuunSq0/YxLbqYvoE197QX0Bf0P/dwY/yXnY3xH"
    "vLCM0cL9SN4UZ+8UzZXTtRlLvRgzIZPCjKiQBGmmVSfMmrOgyAJ/oK3/7H+fn33/98/vb7"
    "n979+MPPP//47u07Mpa9b/rWz//2XmaHljcVw2z4y/Dugb6QRRbRW2h64d+MRnVVj4otxg"
    "79Z/Lj0/hfLVV7YG5WbAWG5LVVU8OplQhoE2tBfmRyLQLk8xYjuLBbjd0mLL8cBIILpJtT"
    "c/T4cIGsDdsmBRZnpX5RDGw+uUvy5w85sH/qj68+9MenP7yJQ3/n3zind+ga7DBnHx6eK6"
    "qbRv6aIObqK8zf+3HKBO5zn/Qs+I9qVqHJbyIH54fh7WDy0L+9p9OvHOezweDqPwzonXN2"
    "dZu4evpTYlHCSdBvw4cPiP6J/nt0N2BoWo77ZLMn7sY9/PcJfSd141qKab0q6jwKZHA5uB"
    "RbZYO7vFjTV6rBX12Dv6weyZlPWmBR/RWr+cuqYlGvB1fD2/7N6X/0vJUi66e7OPZZvU1+"
    "PQZ5lCCuHgXgmovrXPfYvLJKw5t5GMeJ9h/K7UfVP5bPv/vh5x/eff/TD+FpHF7JO4SDA3"
    "cH66vuLnVTsVXzCXMEHcsysGrywU2SJuCdEdru4ZsnwYxGNzHufjlMyDN3j7eXg/Hpd4lN"
    "nUbdsTa2xsGbCjZ8sHcUzYkzTESvax/HJJjvfiogwnyXPC53Mgy9FUd4Y75gWyfT8cT3vF"
    "0dJyy3p0uhHV7p7K4mD13o9qqc6JigrUB47A5n6ZzwOMfzzRorz3grwsPiVNXwsePqyDEm"
    "9lMRPeynbEXsp7QmFn4Us63CM0RkCj4cSpB+0hyL6KsqfQcxcBNUAGwa2I2DbTFQIxSlAG"
    "3IYNMootQouXjmGsYoXGl031s21p/Mj3ibMo0lQPVtso/+NB0D99/B7gmu7r4oW30NrbjR"
    "TUV+O/nF2JNdrvqTq/714ITLDCqA9SYyVbcYQVFkEzwwhi55B3T3eHNzknmYNbdzOwov5/"
    "zOgJjyiJmqPb+q9lyJMQt6xzq3ElfCselbq/NV8opqqk8MJfpz6Mv76E+W+sI94Th5vBu9"
    "/e4dhw4s5tc5GZkYOdqSiI8GniNGiawFsuhlOhla4dUM20h12bVgb6JTqik4SLUxUl/pPw"
    "PtwXlzljS01/YQju/pj5B907FMrXJV23Wo7vOvQxxTX4tX6kA5JdvfFKxHWnXNUGn88Xnq"
    "qlR+Dqp+Jo1Z4d7lApet88cIm/EWgcbfK6fxY3NeZokjZLDArV5gzcYUeHFLQ5IO1OE22R"
    "na9smAoaGNiIKhQX5DQ1ehzbM0jMmxNx5ePZxkHGVgZ9hnZ0ie3u2yMlC9+85y9YXub3Oe"
    "xSE1qLff+mBGxhc0QjwsMYqS0Wi9mfUFndLfSuTcMzbzWWzmNxdIRb/hK2uFVthxyK9Eru"
    "WZE3ro1dZdF5tIN5FL5p5tHN0kg1KGiaYePDUJAqZDQKAPUc05IuDpL9jGczTbekPJE59s"
    "a0Pu/WXNsswbCQvGHxRzd8N+mIm/uEQfcPFq7YbWDoi77VDcLR/9LsTalnTrfn9ewK37/X"
    "mmW5feSoSygfc8DfN35++KxACdv8sOAqL3uNqBk8b518noLlc/cHg2C11z0f8iQ3e6qCjk"
    "wEvRiBkqAlRPb/u/JwG/uhldJi0QdILLBPhrdWtYKoeNZGMfIQHoD4B+d+CWSZzYUTcYa7"
    "gmkozuRUKL5E/cD+6uh3e/XCCffmpOBncPF8jBpjs13/eHN4Nr+jzd8AL6RNlSEaaUzZJS"
    "DMkXfThLkynYREmaM1i8rVe8qcz+kxQoU7jm26c55BB52GYztaE6roJt2+IYpbJlpzhVg1"
    "xNkJ2VlJ3Of/yxAJsiozIZFbsX/7J080U19LlC5SEhASpF2PxRfvL3xcb09NjZRjdc3XTO"
    "6PP+q671aPyAJ8dbGY/rjgzYXJvZXGCXKxFIH6OU0Ol6Qn7gfGQaW38HdmTZ/Y8ld9U363"
    "nJVY9Twqq3ZdU5Hzt7+5TD7YgG9nvbWujsV/Nt68H93n6z+tob2rJyDV+Lzbi2qDiiHRnW"
    "FmOyg0Wk7gSZdGJ39ZbhpW5jRTQGMUZ0YCBid0Q6TiCiZq1WuuNQXzH9icpsLcAL+MQQzM"
    "QxuVi8/ZnNBoLx0n3/tajdLQho6vxZdpB0tS/0aWTiB4v8o+bAp6MuQmVhTxWLqhPsut57"
    "80XV4H4BUdXxhh5RVBX0/8rq+K0qbTpbfH1RjQ3nxMq2YIYE4IQ8wEYJ1ozsLwCsGTVYM9"
    "hRyzkagiM4+0gIXRVgtOiUoJfH9emasv8WOGOjNHDQZhy0sZpsa0PdKqIwJ+kkjBqsHuy1"
    "6jivFuGRS9VZiqCdIpQQ7lpUcdsyMrb1/hiqgLbNWJ9MPozu7wfjC+QsrfUa21Pz6mYw/n"
    "iBCDr289ScPIzGA+W2f9f/hY1yLRsr3vFLxt4/Uugm9M56Y2tkd9Gr74d3/burAXlD3aTI"
    "TM0P/1D617e00O3yMxEkVrTc7c3w04C81s0NpaZB5kQfMww/J1507d8WWfq32SufqjW5Jk"
    "smxNBCglLL3TZ7Yc1G7lesWSsWHcKTe7JBTtJVgrXU5zNBbKm6irXGpjDUcULAeh/Wq4VK"
    "eJhmY462mw10nEo+7lE9zrqj0AylF9FqtTG6Bst6Bnu8s1U9vdhpxbCedFMkbjlFB8HLnL"
    "IAtFz+xnR1Q9RGlqSFeL72GMUgnk9+W2hWPJ+ALTTRciPa6yZxsPnk7z+OsRHmOPP9jYku"
    "Ox3bDFmOx3jwc1g6rjxMYZ06GQEKSiYciBG1m0tYYCKekDX/a+O4K2wevKFc8t31w9k6e9"
    "zmw7WyXnBVYN36c0kKFWHA3MQZEZxGdA5J8fGtfizk7kCYbshUE28mmfiUkK80Yr3cxWvz"
    "IQ0imIp8p/H4bwm34WqhVobUrTeXJCiV8L6H0kKGFz4qTeR745WYDFOtW35XfjesxAVVd4"
    "/pqofyiFAesc2IpnR6KI8I5RFbAm1eeUR+GHZj8XiXtmrGT8/YjVwZYEaHQEieXOe8aJwY"
    "hOL18tyipUzNRDucb7RDDTj33iySaTt1McIrAs+TZW95vDC8l8sONW+UXkdq9R8na9X27X"
    "Ds5UAZ+nqZ5LGl9ZqjRxzL5nhgM/dsMBxCF5KKpccyxFTLGA1kVu/VLXds+UA1KHrGdAvh"
    "olpQbGtllIgv5Ihf6sacTHWgD146vOPffsMiZNsOqaPIkPe2ruEbmnnKESJ3N3OlyDUdpt"
    "D01YI17/uIkbCMV0TmNYgASgvJq0hbqqaJCThq2AmvhywbzSx3+TdWK35lERpnjTValR55"
    "sZfeRK+0HN9JAuq6nwW2ABBzW8NBam8c7n0xIvhGSOQLQ68+RcgrcbqwrVUa5PyAzjglhO"
    "22OWzXWyuXU/WsyBq7vLJnsMKtWmFIJ2k4neR4vv6WfUU1Gw+gm31zTtQIO3Hx6mC92Nfl"
    "hmSuDsq2x9WOGWh5GnKAahEtWQmXs3KPS/gMxi+fN+B0Oao26q3Hgmv4y2k6FyOTKVyqkf"
    "ZzSfi9T07Io5Ckk2kNKvPVEPYiBuuOAPAs4KaJ8fIDZa2YJbdjOBd21iS/2v0xgfSEPBzc"
    "iTeLpLDuvto2BQEGbh6uTBZ6gPKksZ2zCUIBO8Uz8wQujay0kHnaHy9dKGD19ZXAs1JvU9"
    "nom6VgfsBfMjhDgkyCavh5duDB7w8xg2GqoHBoBr4Z3f0SDE9WGU40z3zCyko3lZVlukuh"
    "FpopQjAgptUEhhL5esrBGyMEeDl1lCx7tTFUhQipTxz+nF1HKUkH4HJU3CU2FkSlWNBOOF"
    "uRzcuhBIDTAIOfrGE/GVSMyt7bclWMiq46S3sTM9ZFSYBzcT4kPxhXDNUEFdhB99tBZ0FW"
    "54FWujA7tFv7tqiZLvq9ZkSq87ZvBcAKhKW3besWBTfx2R6QCeA8bw4tciWVtblW9z2Fim"
    "Mg9hHMaeXlLxIYhjt1iPTAMAyG4eMahn8qEhFORmUbhn9KxYTTBBQRfIPxEpiC605omKm2"
    "KGOIkMjWvaB61kB+pVDfgmB8g1t3uvkBL35qZgMX8Rpl+4xSHiOILjtqdJlLlla8IXiCqj"
    "n8v/v+bWeqAOjmVjcVnXADXTU4+lJOy6Q0aV3MJMWoO3sMGtar4tDayYq7tLGztAyxJAou"
    "dYM7uyv7eqa62lKhKuUz5iCc6/FI0YLXo7jXA9xM4GZqjbAir5vJD6oUDbaPEskkj9YXGR"
    "4GuB4cFi5bsZReKig8ursOMNyzuHKmOkEiHt+Sn5J0DkXqkk4iK0JMYq6i34msAB2xhU4n"
    "8TpSD51OYsWa6CgVZFWzTjqyMXIhl2ysqskmozaAeOOToflC9p9lbz9FZ5UjdEO0BcqOd1"
    "0ReX2MyY/j12vjD+zlurqZ4WbHa8nbEjnH9kgLl3NjsyDdpMqbg9Hr0iL/pMZ8RKdDuoOs"
    "jevoc8zKqs1Uc45U29qQf9G/Jx8fv3GQoZKRQcd3RneByASUrTnIZDVvEoXdGnjq1PQeQm"
    "mpskSvuUvyBoh1SEUf/oFOHWuFLRMjizr6ydSqSWZw0Ep9xvYbWnLOZpORWU/pN4TN+Rmb"
    "9IxBTcQk7fkN1JJrYcyA/xUoJqdQU7YFOk4F8QN7nYRESXV5QVEU4oG5WaV02bi3O6Ruzs"
    "6/Jt8wRUwM8JP7wd318O6XC+TTT83+/f149GlwfRGwifnUHA9+HVw90Gs2/gtrrmftFY9E"
    "KBSIkBOHkFymz+6WKs8up69ZJqeJ0YBph2MopUcXT2Iqtvl31G0Opjm57t/2fxlcoLm6Ih"
    "LO1Bz8fj8c//MC4S9r3d5OzZvRZHKBDMtxpub70eMd2fsLek5PzavReEy+huHo7oIczrZN"
    "vgcy59Sc9G/vb8iMjrpaG2TGyYfR+OF9/+aGXFpatkte25iao4cPg/GFdzC34yMi0oNYrJ"
    "Q/XrpYnvMffyyALRmVXTyT3uP518SO6yiNdCj/UCTi5IfskJMfUjEn3ierUP8L37PDRzlB"
    "lufW6ayex8OYemU4MVGeliUcuZMilelIbTh6x8YLbGNyqJZcCz69RJlSDa/HHGtEUy/jMY"
    "5TQl3cNtfF9VQaJU/qzfrcEoTSndW1SEQRw56YWJQilA7v6g0ZEPSSDb28QS/B8TMTTAVO"
    "0UkkO1RmHoEW3vUZnpiZusTG5VDC1oXyqF9FIfq2gVw0DC6vEj2/QACURi1dGpUPaJRtVo"
    "Dso4M72D+pKLKcMyYGMXkPdPd4c3OSIYoBwHsATkmfGfBmh8bWWbjBi/zkRLiEIaHZES2R"
    "0NNinQhZgDD5GxmWi6wForEck4+PZ/QfDo3ncJFqYxr4gdjc3/pJOGipvmA2ml1Gr7q7JK"
    "N8rxa/E2GNz+I2hPC5eOjkgHYQxwwo6Y5/qrFwkuo9VLuPTNhLxSH9mj1VHfH1NckhxAAE"
    "g2A2F5DXIAiKf62KPyimFSimhUrVQYYSZChBhlJL824ENerQxslRqqP2z2y9OjAhQmVEuZ"
    "RSqIwIlRG7WLToWeeVhS4WNx/Qthnok9/648GH0eNkcIEI/8dLa+PQSPeH0ZgGvrtE4k2a"
    "GI8T0040I6I8CVXpipBIF1dUSxyXwTUhYE1fqUZGDATfdOCRnPmkclmwBlfD2/7N6X/0fk"
    "rUJwrtiKnaqoaXxSWCq0cBuObiurZ1y9Zdjh8uryxlSNJk7biuFI+DGmYN1DBL2Z2KGUrU"
    "xeIwnZY6myUMQ0nyBL8/b1UVlDrLZqE0EBjewPDWSqzYx+eqz4cWL5sE88gKFLljOgtsO4"
    "q14SgnIlg9+FPJD5WeUxwJkPILc1VRk0tS0cAgcrziYMcJDPHlYbohU028mWTaTXU6UcaY"
    "iOkvmX6U6O1enivF3g1smTclL+NZModKI/nNecWlFh6IqTXIS4Ld0TRoN7UChtpFHwzFjL"
    "fT81Hm7vXu26ar98J8FrLxfW7avNd6v2y8vhZ9xGaFRdzcSbLmsO2K4bTt9eU43GBnsBVx"
    "GPavHoafBhfIo6bFs+4mj7e0klywQWh1uZtBf+JVlzNo2cyWVJdjQcPYKREqG6dspPxHSy"
    "KO2xQYG4CUGxkL8dDZ35e88dC7YttiYdEpOsgy5x1utH6zWLh5hAQksQIB54Er5dCQc8lc"
    "Mr1k0HlkXxXIh9593hVgK1KHv2UcoSi8KXYoHNpfp2nM29wco1i46/fUoC+YsDsy0ZIVci"
    "f/75nR8BwtLDvIpO2hIE6ZDWHZk2dIfVF1tvzoP8lAhc3wbUjfQyZ+wTb6O3qbztpt4oF5"
    "qbvROhdscsjhPWq4tL+aInLMjgKU83QZIu+TEMAzSgKAJgHdrOcldaw4JehYbdGxOKo1v9"
    "+amBoQJQE1AGrPQWm0TuEJGdKHKasipbug1pwItOK15mZBVacDwZWtYWgS2eiRfUBifzL8"
    "pHwMUSLiRRLYIXZWAKvajUqR8Ows81I8grt4s8PCNieMbOsVrbHtl19zrY22xPO/sUaC5J"
    "YT1HLz6xYiZ0nLuMWKqKNTagSig/6yNrapGohct7dveCan2p8HSfjtsiq1v05/ugueYHhC"
    "ayLCoJFddTsaGtlBIztoZLcfW8F0f9pKG4v3pIqRSWMab74xWFcCs7t6AkNMdq0x2RBmlw"
    "19N11ARcLswAUELqDuIAsuoGrx3Dg0OEwE0AgFBNZCu6FCINfnAgKfZcU+S/CpVeZTS/LZ"
    "ClCVu7lQ5GhpVVuhuBMuy5sU9dLt8yXFvINiniRtqZpPmDpyVMSeS952NcO25+RxNisHWT"
    "RIOLhL6fDnjWog3XXCoOJoWHK+J6mm5+33JP0RM4/4mvy/oCxBK8sSSF9Vdzy4GgzvH2j+"
    "q4bJZWqC9wzw1Pw+Hjw8ju/oTXdjm1Ozf/3r4+ThdnBHCHautqn523j4MFBG799foFdbd7"
    "FiLRZT82Hcv5u8H4yV0eMD3TxerR5aHylyb3gXuaWbrKLv1ceH/kevqq9XNIq+yWQwptm8"
    "/tcWpu6GmbtTc3h7PxqTJ+mrtWW77XAM+IxC2MOWopPGfl15rLwwtmlCAFfEf5mFavM+y8"
    "6a/MFfWKe/EHxW4LMCn1VzPqtG9QJwWYHLClxWx0cWXFYV4wmlS8AN2EZAoRZMJrw11YIB"
    "7x9kLHbKXQ3eVfCugneV411lHS+yPKtBO4w9XtWw+0Z76qJ/Ld7H2hLcwoUVzG9L0kHX2b"
    "2Wyg7WO7bWXs6KiCN3dD+4u0CUcmpOHi9vhw8PtKyxs5mtdNeltY7vRxN2iVqt6N9X/bur"
    "wc0NK4hMf7thtKX6MXhH6vSOdMu2DPkQ1RiXQ0ZQYt2TtI1UFT+GsNn2hQ4wyV1pj7+XWO"
    "YYIaxxm9eYqAy2RUNYZlsx+2aaEMycabuxRn75k2ULYpugAmA5wPoShOi2TdEBuODrhOyn"
    "NpynNZiTA0ZaAb5Xkam6xR2Kwps4dYrAGzJTMC7vAzd57mSYmDNkM8B3D75pcVTYhh/tBm"
    "tW1qb6hswlEU+uvy5hCFqetyNAtYDHQwlXs1q3xx+7R9DJfVc7tJJogU9k69BuLmItNONE"
    "ILzydC5rY9IzTAzYBBXoW2lgX1Rbp4e34hnOBMDlUEIKUhpeqPp2rKpvEIoOAdOtxzMUFc"
    "WDpiNkgG3BON9AZK4i1jeYq2MwC8X7RvZYTKm96k+u+tcDCPmFgj8tAPWgJhp1WhUe/KIQ"
    "JxyDQnivl2dLCMpKQPCkXIaCsFyIWOxkggxCJ9nvlix00u8AgoPlFyiE84/HgRcgGc4xNf"
    "v39+PRJ3oxsFTTwjO/Dq78gX9hjY2bfBje37N4y6W+XnujrgbDT94oDesvEHH59UZchl4O"
    "8ZisBClEZbU5Ksv/+MtEWMYoYZXbvMoBPy+xzAlSWOc2rzPEyWefmfLGyUPDcNlWnfOxp9"
    "paQjx1rab6hW2tlHLhqTxSMNlzKzb6soXoFk4TwhbmwesbBUrgm6IEgDnuPF8FEoU3RQfg"
    "psElJ1859psmBOa7318aO7QqcEJ9BVkCvHO+gJsvsj8B5yI4pz/oAihHj7AKYJY7pp1z3k"
    "PWQKUIF84a4MsXgO++QIukSFUA3ogWAfju5RBJjeu4WS9BOAUkvYiHp2TlvCQx3R+mUlfG"
    "C8SqHDFWRSzpAtJYslVYgo0SME4xSGNk0mQEVAbsMWL9W3ZwQ6h/u/HcNQgTsl3FqQDZ/Y"
    "YrNxJYe6AIH43R7RjIhW0p8Q0GUf7SR/m37NzqfJD/yJ7zI/y9G708vcmiQ2qpEEB7w5rY"
    "oFPjLy62TdUIm7SCJnUkTYott2DIf5QG4v3Z786L94/s+zIB/xHyuuLCK0D75H40YUWQp+"
    "bt8G54Px79Mu7fXqCVbupr23qy1dXUvP8wuhuQUeRH4Kn50B9d9kfk6ao1U62p+ev1BfqL"
    "VlS+puWU5+S/rkeP/6SdbOfWZkub2H587A8nH0aPF+h5o+rO0tpMzd8GBHfyWh9G9xfoFR"
    "O0XIXcWU/NmyHtbGsQFfWkxD6oPhsgyvQEvrYEWak90LIDtu4+f23PsEl9bydrbM4pYqIf"
    "3eDuenj3C/lcPHry8fSH9OtRdZpmc3MzuuqznBrVYO5JVrB8ePXRo9G1Z0aTTrO5HtCPZ0"
    "yvEQGBfEE2S7QZ3d7fDNh8mrVaU2knI/0m6HHtJerQLtdtSclxNjPXcsnXJFwBI0kpjcmr"
    "4SIYc91hVXDEVyBJCStQbgXYZ05eq8Q3kKCEFSi3AiVZEPCfCrCnZ6M49FEqQL4c8jZebM"
    "iPLYF+khJWoOze364wOUBXmOAnpIWkKaVLUq5e2KQS9mbN2eqWZWDVzEA6JEogPCNUdUEc"
    "Xmk2e/FyNLqhM4e5TJfDxB6+e7y9HBDYGepkkO5mMhfmjbYVdkFgZ6cIpdvY1SvYIWbMlF"
    "MK7ZBSOrhrKXYQ4qbO5zZ2OMaNB/wlPxUpRisB6nmJkoPfH2J8JcD29Lb/O4M9zJO8Gd39"
    "EgyPrMXVzegSqnk0uMHXhqqV668UJWwmP7hR70Q304OLJIUznarEgu/IoNRDe7K/0+sLhV"
    "u+hlUOXQFlSnokaGGlW73SgXunzEonaGGl27zSUK5FNnmMs+ypci3QRlDKNoKSA7vCq5lo"
    "DHuMBkDluIjpWS0IaowGQN2bFeBtwjTAwmHWt+FE3cK3aJx17GstEL5+nNIVHQW3RB9RaH"
    "RZFNwyjS49NgrQ7ktoiZ42ByT6B0FlByb7s8yKa3+uDqo1mdn+sQjmF1wNUAM6kawo6S5e"
    "VQHSkMwjK0Yr7Djq06EVNhhMt95UsiLlB95UgdS9N5WsSHlBYgcCNWaTyAsRjcU/GCI6yd"
    "irxyUrUtQDVcF3N/GnkQmm2jNXQzEqK4M1KmftyWRVYvLd3pTWk5GJkaO+EGCQZSJ3iRGb"
    "5hvHazizdntIddDa1jU6hDzc0PEc6S46pQBgc37mJdCeBUP+1NwvZ+FL/Pnm4iSBfgOPnJ"
    "oqobdWFv2VZDZE7qzJsywbrS263j30qrtLMqeDyHbEBlLNOVJXlB7pJlpg8wz9ZuuuiwkR"
    "UTqQ6iIWd0H39tlJuGsrq5CUFwwsWWpvIyHA2QnAz7opFAgcjG8uqqnOJag5AFgjXEkE3G"
    "C8dCFj1YegMj4lgm1IIOPOPX9XZOuev8veu/Reor/WqlyaXpxOpvpATWdrsLNZwAOzI5Am"
    "QaYyj5Yn8gg6tqM04NFKg+qJ2EKYRklk4g11eQmtoGTPgd6AsPRPx+At6g+I7it+ybAj1m"
    "Ly7N1Z6mxoDd+ny+7s7/sV2QmrYoGWuuNa9vYCEVp7i1htNZ2OYSqeabEnIDIT0wxflxaa"
    "60y5pLdfl0TxS+mrlc4MemOrhZFsvZF1lsgrtMJfhASZdIpO9Tqka5WAOUYEIO8FGXK76s"
    "ztgp6f2eh3M5y4SHoXKAfVK1wbRxTSCAVosKBtNaZtJXdtBaDKHdAW+VCFw9lqV2BZLFKW"
    "/hoEKu1TX8PAKOjE0il+2ctRA2ldcdGKK1EaGZ0xP70tpJ68zdFP3iZFaOh4U5kIZequQk"
    "MlsLhrK00rE8RQCPTY3q6GV4C2RlNK1qJM08KnUHohaDstv+aFGJePUknzFVTc3GxXfloA"
    "1ygZAJt2pj854iwjSiUNpg1zCjCq1ZDsDH3lDsYTbGqZ8NZjU4OmZxU0PSuSIGpjB9svLM"
    "/j4MSZcCZ5zJic/CKlgubZXpKRbK2zeRlGVaAVpBnJhlftdu0geTTLtB1JLt1n3Y6mtBbL"
    "M/IpkLVAqhkm/agLF9vfOqqBHeQuqXsYzbD7irHJ8nNob6s1tlkUFc0VokFYOJUKxCZhc7"
    "xJB3A1+Oyp+SedRVHdP5HusLAvL8OJGu+Ro88xWui24yL2LN29IHOqiwVaWOQpwfPIi/mv"
    "2/Me67+GP4gRWCYuGE/2x04gUTfkY7KVIKXFf1OvIyGEnLUu5CyxXGl3w/7eXokp2ux9OK"
    "Et7e4H44tgv0/NyUP//Xv/E0l+1UU8E0WSRLJTRFIJIjNrznFKZPt9gvFtRr2kz+fHt0V8"
    "PmRUJrrsXpfDpqAodiVRU8EhJLjiETIordqeGpvp9YVyhZCH1AlM7ZUqhuiOALYoRG6Clb"
    "kdNpTeQVZmqFFaENbsGqX8Ko8QEltJSGziwKoAUdHqVh2FdndYty/YOKhTl2WUjdSx22eU"
    "jVbPg6jjTp31vRxLoHj/0mP0LW0w4rjqfEio/XLkOB/8xcW2qRqKjRci+zxJV2q3J8+04/"
    "KSmgtJdcvK2uzWl9fMChYj0MhbIoq3tXKNXwqZI4XviiRny9+RaswgeHfqk84TvL1VJVxV"
    "RCaJEVUjfrdIIvn+vIBE8v15pkRCb4Hw3SrhuxvqZWeL7RCp0uF1Z8rjIAGFdPDWUnCHVd"
    "lS5y9UsCqRqMMlh4ydcswE9MvsBZFXv4ReqhDu0SlMIdzjYDjBFpIJbz3RCeDxrdLjCz0+"
    "a+3xeSwjXphHxzXkRbPs8ox58bw+sOh16mDq5Vj0oLBUZRIUOT4s7ZmjaluWgVUzy7QRUi"
    "VQnRGyumANdnCzwfqXo9FNTH+7HCbU57vH28vB+PQ7priRQbqbpVUTda1MBRIHikYdaM/Y"
    "1XIspYHt6ICJtEANkxHPHD3sOBpD20A+UGXg6mK7z7sqNVey/tdJcFP8ULhGSf16Q7DFM1"
    "WHyDewV3uwvbEFCyT0TTS+7V/EEv5V59np+Qn/5HG29UIInyxr7iDNWmFEfzo69SUq2t30"
    "1Sb4ImuxeNNDK8vEWzIaO2xcuixCI08E9add6g9lcYLRDCEFhDIkPJHpUIa8zjX7qzUcpY"
    "WNz6ZwsPKF6zWMB/94JFx7cH2BwjmmZv/+fjz6RC/6/INcGw9+HVz5A//CmutduxoMP3nX"
    "NKz7494/3l1712gIjf9O4MCX3oHvh0wJK7hxOlBxwWUPLvuiLvvNel5y1eOUsOptWfUAo8"
    "iyp8rwRdw3ZUpzZJGDTzzNVpeqOTdKxMSk6ABciImBII62W7YKGg5THLQChGWvNpF16hSI"
    "7Ngx0wpwljuyI3XuCEd2RFMKdtVhE+qcQJ3fZE1aOXDnaL4HV48OEtQkRAiqa2eAVKc/JK"
    "iwfcJxhYT3enlekKDeNwRQyeVBCOu4i7kREmTgS9jrS9BU29Z54mE2yBES6ezO1QNMOdIz"
    "eQHBnZwgkw7o6kuO+E3bSlga45RgaWyLpRFSwo5s/jIsjcm8YtAmqMAIBoZFMCy2R6PrHW"
    "RYDD7uCoC9iUwlKbYJVpgRjAg5YkfKEavU/APtwsobgLJS6ZKY7jcEQTqdhNYgSKeDHtOV"
    "Y3qEbvTQNr2GLT1TXW0ppkpFSYBNQDpiw+iGsopYf/Q4FSC73wTgRHyIB6pSUXdkx0Auqk"
    "8lNhhkJ9ZlatmbnZg63irA9zKYR1Jso2d6q5I+L1WDrszAdO3tCUfHjd3v5em4flTazCNQ"
    "yKdq6yKtsbWlavrdqZE31zeO1256/u2Lamxo5iWbGp0SYT+jx3WZSTj69B+RLli7VtELr0"
    "10WUUbukZXq71ka+Rkb9I7oopkjEwmCaZhZfKQbt2daNP9MLp/vCcflrXerKfmff+fF2it"
    "boPkzSB1c2r2r399nDxcIHX+18Zxp+btYPzLQBneXRDeZD9hRTeDa6PHh+CitXGTrK1IyA"
    "KkfNZbEvu8SCd1Miob4PNUN/Vj+Fn3u1O6Z5uNhRKLbdjqOiYdm9XXHMAEBfJrZbbHC2Zp"
    "2z6u3ADr6SPqwiWMU1gm5JKDbFhaNoSIuDr9Z1DE4CsMMi2Tw3544nrrFrheY33zeaptA7"
    "ioqTM7O/XYts4r1cZjvKL42dfY0F8w3+bJHdfLs31qhEKxfRL6iymNmPWTzICCGdDCspHF"
    "zJm6MSf/xf6g3LeHHGy6SHWQin7DRPZ2kbOZ0dlmGPkJp4hcXBEWQ4g0nGEmrfNpe+yp7C"
    "n+9gisPXMynmAB5tUWyWzZ5tXoChYV3yIkcNwI2Uz5gHbBTtoa5dpnL1yZOMMVEFLkycLV"
    "QN0kA8lBloqyyexAvFob5Ldxv/Wc7MA4mYRbtIb8wJZXzUxt0pM1NucUMTHAT+4Hd9fDu1"
    "8ukE8/NSfBFSdy5YH96U7N9/3hDS2HuVB1gxbInHwc3t/TC84zy4tsh69EdemmdzkLmHkk"
    "RkkgbjLVj9V5EmM6IQEY8/dzG0N1XAXbtiWUWh+nks6oX0tVV8rEyiR978gqMMa1bHd3xP"
    "YWYFIowxtMrl+TyRXqxsq26pyPPVWFCwztVUl6YGiv1dAexsMfyc5OjX0nPMM6u9ErEEXM"
    "7IW2522HVNlOfdu9HMsx+3cK1myNIxgvoQmp+lpeBA5uTZFseHcU0ilzRaI1s2M1U5GaM9"
    "12l3OVk+idbUOO0nzNVmRQkbL3bDeFZYhKAWG5JQB3X1i2Nmv2k9PSsncnV1zW2Jii/RWR"
    "NxwtyZuh2ZbFeXjAnKE/Hfz5T/Jy9C8nmj3nP4Lm1NHxgXMPnXpb4E0PvS51bYlW6jN2aC"
    "fFpEemqedOzTW2v/XokaGvdBcRPPC3jrrICUwJ5mUMNPwKyEsdFo0CqsKBqoJGNruILBuM"
    "l66q8vnbIl6Jt9lOibdpn8RngQ3rj27uOP6u1Tu2yy77jblxcLDChT32j3ePE+pw96inpv"
    "8X++/B7/fDMf0Tf1nrdlu88S+qoZMj3LY4pR/yNY44pYQaR0c0jEK+N2/POSUUyzhlM8vc"
    "EgW9c6sMSbJVH1yUdZdxXTpVmmIgJqG2L8axNrYmJDzvKBo0BGuGqq+asQZXL2KAUTMbej"
    "BqglFT5DzKDTPPxDU/yvzrRTbHXBy1dR1oMPaMkw+RCTsGdVHDcWKbFaiJB0Z5CVJF49s7"
    "0zof/QD2WemVYCtBAfgu6k8Q1XKUVIXoawlgnCCTLr6llmQF6Qv39W9HjzS1TF1ZG5pcdj"
    "2cXHlX5rqj0WvtMGB77yderShOJ01WWcM1ioK9oMzWAqdlgqpBf9lb8r9WH50R4Yl8NyFQ"
    "wtubRw2bvNwmd5c2dpYWoRZehhQprEG5NfC8jXN1K5I3HCeCMmhZsLbC/dsypDtiii3k5f"
    "DWyuX0rS6yxi6vcTWscKtW2LVc1VA+b8i/ROzCcSppzqbK2KPuOBs8V0J1p6g1KEEGwCaB"
    "XWNb8U2aLPxUAFweKUTcpeqbUo8x+6FpedWyDKyaGS7XKF0C1hkhrAvXwMjZLJ+/HI1uYi"
    "z+cpiQRO8eby8H49PvGG8ng3Q3Q0DVHUXVXP1FFPAYHQBeHHAojwzlkSFmQ9ZaHW37vrq5"
    "6BzdIVWqQyOL8GTZolw0TgU8dG9ESYBYGmTxiJLIVN3CuGi4Q2J7CQc8RJOjwrS/hFTmE7"
    "7/OMaGmuH9TOUXduywysL733VGhPjBOJxIkF2Yzr6yJhD4IVfgR1CsRjBVMUEmXcZi9f5w"
    "U9eehaNsIjTShX9UH2ejvpBdbisb2xABOU4lHcy1RNmsCUZCOzkkkK+0bX0AK0vV4XSm3o"
    "NySFUJ1C3iydUzDGuNTbESzTsKQHcfuuRXWoLwRkgA3334GvgFC510IUGDh5xp2SvVaOao"
    "q15oW1vsScXVjh0B+Baz2liWbmAJoVqHhcuxqAJnjcvELXKIYR3KrUNHcpu7yrNZiwfDet"
    "LNEv6SFLF8LpPuukjSjjFwh2Z/Zt30jIE79Ctc9CLu0BW2n8jKkV9qiRYvSBKCU7RAVdYQ"
    "tAr8ooWzwFsGcvEk8OQWizlGyWugu8ebm2KOUVb56UC/6Miey4Q3V40kmkjQn7g8UJfeZA"
    "MyVxGvfdsO+UKARRtRHOBqDxpfSAkRBCPsg0g1dNU59HPzDoI+nUpWnFz1qRKQHtQnWSHy"
    "jKTVMPB7NpfU/NvvV88mPxCtiTfVDF+RqXAn60sdMXLK41uZ4VMhW9vbGirCSwuUvDctGi"
    "mFNPIrkFdknhaUD8rMXyDVRJYxD0aQW2Q4csgbImdprdfkhiefIiqfIt1Fp3SAgZ9UbYv0"
    "1dqyUyUjGnno1GRDHDaFQ+hU+nTyDObGfnOG3lsbkxXbp6QsaYtV1Q/K41vW82aNDP0Zsw"
    "H+ZRqSlFUqHyLNjlkNn36FJkedzCmIvyORLsKs+uZZHfErRDhOB70LYHHOhr6bxkcomtoa"
    "myMUnSxqb2xpJ6id6popJft67V4ZOdCjq801+COyy8gToEHSUUVC19sLRcUVf3hjzWY6LA"
    "uCmAJiCogpIKaAmMITU+6pgemK9e7gyCmRu0UEFS/pgtVnKdzE8jdMTjmXNiCz0Qu2dfLe"
    "88DwFZjbgk6Tgc0NveruEjku2WZz9KIaG4wsG3m2dPILLde3uKVtebU+bmpSlrRSXV1TDW"
    "OLTlVkY21LmF9oOHy1NmTupWrOmaHOIn+ELTJX5BW2yLXQ69LCL/Q9VNYJM6AlrO7NGRq6"
    "U/NV1V0HLchL0NtLZn0kE1ivZvD7VI0ZCelsZG8udHvVo+9MSci3uFjQG+znk19JRns/Lr"
    "utpldyx2OB3uNAXDyquHi0pKi2MeC6M0u61xZyjc05RUwM8JP7wd318O6XC+TTT82r0d37"
    "4fiW9oP0eQhlcZ8G4+H7Ib0YsM+pOR6899pI2ngR9qQE+2SLvxp5Bf851vR5qVWPU8oXEd"
    "uRRS4W7e4LJIIVgeJUoOLxyuX7X4FozboUHYQWp8H1ZGcxYGM0sGU5qBqWxoJ9xHBNUMF2"
    "3V8eLKIFgsEn3+CTOGr4Jp80awBo90MbY4j7gd0dTBWA++jIlEyQRDZ1hmfkbvCYbwXg3k"
    "SmkhPgxJkjnBpTqyU4Ej7MMwXHo4v324JTkc37rcEjEyNtqZpPOBph+Y3j21rP0L3l6LQQ"
    "NfKn9Syzf+Iva50oF4pl/olUGyPDcqnlVHWRdwe9H74fnaWswfU/bo/bPeiyZuPFYfbUvH"
    "IFkplUG6lQkG14JdtdqH9FOB4kd47kLn2LwkF/fHeBsGqbU3NCTawXiBYOYTbTT4PxZEBt"
    "pi/YdjC98vBIR9vY3dDxg9/vh2MywGMqU7N//evjhLY7nP+1cdypeTsY/zJQhoSCuZ8U3Q"
    "yujR4fgovWpiVNEG2sOmJNP3cU8pX6OH9XBN/zd9kA03uJEm62sG0hSlKTAtw9r1t0zy7E"
    "Nuyi9G5tmUBbt1ttJ0LxrfR8gONUeRb67iGegzC1uGcUEFMXLs9osLd+WEgHYgn0bYG+LW"
    "2BWl63LMRjVvUtQTxmrfGYRVp31GmGS+Wlc2xxvNz1vQY5JyBi6GC/NmuREM3QLqaaziu2"
    "aeygisLpvl1hxyG/Bbl4tTbIVjnzgxBpRKKJv6W8GMUS95FqGNYrvYkC2rW32xLBms08eG"
    "qqmobX7gX6k5wwc911/vRSrB3k3XBYjOcWs7BRPzKUAhhMUsTUF7wj3XIQOnnUTJvISqTQ"
    "zcm4iZO12erUGi2v7cGTlZj4+ldXg3tqlmO8gprxfh1cPVAz3l9YI39f9u8u0Ew1p+b74c"
    "3DYEweqxtumt8dLUiScjwxJSegkKbscWXKjbcJSvRjThMCuKA5gubYqhK3sOoN1rgFewHY"
    "CzpgLzhy/mbfS/Q74VgJglu9POOAnygIvSzlUnJFm1hC98peUY1JuHNl410rO2wxYOhwwd"
    "1vLwho2wz0SX9C7lwg1XGwOzVvhv3L4c3w4Z8XyNDVmW7o7nZqDv7xyC7hzxv2Nw0Vunv0"
    "Q4XMDWahQYO7iRcbhE0HH8+WkJIuso/BSMywbh5a7PZXa2ObqnGjm10U3LPEjlortw5Nsn"
    "tcy95+Uo2N6r9ySmrgjMoVIPRgvPISEBR0LNxaLwSjb9UXsnJPtKqp41JzPJp8fESqZluO"
    "V/1AWxKALry6C7TfFvq/6LO7Rbp3l6yoy0jT4b01zA9iTrvEHLJQAqj6o8GwljSshXufw5"
    "NzIstjZNKg2nQLvOeNmJVjR1AN5J1nEAIiSPp4jS1EehVGJn6wyD8K2kEm3hydWoKiJpDd"
    "visSL3GQpOILd5m5SLH7udLJX95IoTQkISvHH37laCXQPvw/D3XzQ0ZPtQw3W4agW2MrWI"
    "09SiOdyaT6EpxBRHbROO9g/IER3gWkiyMw2oIR3iu8EtqSwXjpcmXOf/yxwH4kozI3JLvH"
    "axAQMu2iICfI2mxpas3HvzsQxYGGWKsMmNOWUwiOyIa+m27yIsERkKnSYPmbELMKPOZyFx"
    "JJba8DmsCCsyAD9FqdBVHIsjXwANH9Cni4ikUSDuZ4pru0XrGKvGjTM3RNjh7TISOQx8Qc"
    "RHYTsjFtoOQgbeOilWo/6SaNzp98fOwhjSzwk2Vve15tY0RLLtNiHyY20q6CZh5ZsfcATA"
    "RNmQjY5hC3j8fIwD5ezj7ufY3i4MfpAP1y6IPl5kTYcuOzfBF1N0IiX/WI6kOw1qrtmrzA"
    "1ZzS9zsS+RCu3poA1sc6rY9+0K2Yyh4ngvB2nqzgC+CCtpA4FVhC0sB6/i5RJSRKJdN+bV"
    "gGg/LWNe3qpkNvJIQzx1yKg+iMAy2lyWCPjvGMoibTKLPMCLDhiBAV4BtJE5IU2rjkVABc"
    "biiYMLDFgsFaxhQqiwbjyWUVgHoVmUpOZBPiaAF4oQR7RSXYj1376VY1Nzlhj9HbvTyny0"
    "I3WZXHFSMQq8HeN/0CwwRsVvd8i57x1it75M+LTunPxeb8zL9wFn/Qmws0t2mFSUZEqy3R"
    "dps9RH3f5Jpr0cyKtA+moQdPTQPPn7BN7htb9LrE5LmmRR0y4WNYd1ACr229YAfpLjpdqc"
    "/Y/lZbYvJ4+w3kgrQwF6S9pupj8EFpogwbM6LWYunLCF74dTK6y1DbA4LkttQ1F/0vMnSn"
    "w5I6D1gKBZ05DLYK8Dy97f+ehPrqZnTJwIlEUdEJLpNpxJZLTgVhn2GMDCxW5XOaWl73rc"
    "amufejyQPthOuJHEE1OK83Lq0Hh1vSHBfapJbgVW2KDg0wyQ0P9facUqb3RoIQHHtFjnsI"
    "ws5GH4Kws9YcgrBPsp000I9YPr9uO1FtQEiG7IImswugC2xjXWCP5OztKMIFfL3HcUDcY1"
    "u34rbq+J1enttBMyyH7Js1G1o42cOjQivLdJfkhSzf9r9St2iGEavgi3TTIVsS6ZwqT2Um"
    "ANN9u0z3bOmEzNABgXTFF/KADJTSnzNV0p9TCqn3SZbQR6OEoI52Sh31lk5YG02QSSTZ15"
    "YRHEAGMuU+kT2xuYTzgeuUeibYdQ08H9FmuDzZJ3Y/VwJyvJEK66tbPOCCDUevS4IRok2G"
    "Fpa9QjbWsP5CZ2btpujEK9p0yt6YROTBqo3nF8jbBz3kWFTw8ebRHX/4HLmvusaNtKj3iV"
    "Pz1H21aJ8b7CACJo3ooMU0HYKrR9JDdACZ2AmCM1QXWeQDOTi24hhdkFsmUNQsrakrFk0p"
    "7F2N04F7tbR7dYFLFOuMEAH0paEHB8/XKFGTc0rsRNkRyPSt1SVGE7QqEKAnocAy3hSJX2"
    "4byEVF6d3eapXpcAd/Vs2YxIgCgjQdK1Y5hg5G1oJJm1T8ZBVdAnE3vGjgBZE2N24Pveru"
    "kojBRPh8VR20IALKnGdirGpaqADT6nM+W+a1yXnBKxGbfQKEBNKUHqnO6/zFxawolFhNyA"
    "SZdBFJ1VdxOIYu3DIDVdV7NzCWKGW14IwJpOESoAt/FbgHlk5h7BOEgH85/K2NXZoFpWlh"
    "FapPdMjY/p1oal82prqIBHOeLcGcpyQY0+Il9eU0W7S4SX3dFw5rCVcHuxbYtdpu1zpyf+"
    "U4+rlWLX95Chm1qOezmE1rZEY8tBGnLLM42ZjAqunU8ao+EWwdan+yPbuUkzZkHTgXhM21"
    "yxF7hEKjZZIrGxM/qs+SpB+GaL/nKA2IIUXEEOr0VBa2teL7VDPye6JEB9ZwaJnNSqyEAw"
    "PC5dim92Dn8qzTXxVyzLOksKR/gdMpQSWN6lyZiXSlutoSixz4EQqAM5UAqS8W2MZER+AY"
    "GrLTH+NUACsYMNtlOltgwkXLWO4dQP4w5PGXNStEIo5+khJWoNwKeCHPJYIIY4RQeqXNpV"
    "cgUjT7o5M3UhRKgUC1CmkC4nJcG5DvHzmvqq7tDqVAutpoNB3i3LGjOQv3WnuN9jdz3b2x"
    "nk447rXwXi/Ps6bSUYphPRVzqmXDAQHaLT6Pejm+MFqyW9RTE6WRzlNTfTQx+aK4TQayAd"
    "5RyOdsrB5fcmro7tbDSADkBJl8SH9/XgDp788zkaa3uEgLph9EiYBd7N3OM7wgsmoa4eza"
    "5zuKg4qft1OU5eFaS+1z2v+C0xo1G/aQAFAvj/qLroowE394g2xEXevNcJLqo3C6ZUpt9K"
    "CU15JKhXMxG2qEQiI7X13ByRuHd0qAeSlmXopsqVZVrBrO8WptudjUtmOsWTa3ZGd6UC/P"
    "hqLvhis2G1+DMeWPE0ezPEXlGW9P/gXGlS4YV8I1K5zlFBBImORUvaZEvwQBcP3hEkL73f"
    "m7IrLj+bts4ZHeSyQ5YfJLHVdZqo5QjdkknYR4V7+VsxIis6PpsvIhv96MsvjmddbkCUJm"
    "lCgNdJE7QKfvlt4JITzlFc+UnnQcsf7etlaWvxTpCvzhzVwxfh0Ma5kr9GsR1evL9iNrLS"
    "K/BOOlK5FfvT9I1HHcvNO4wyLhM/ldfHD3twINaNsM9Mn7x5sbZTy4frx6GI7uyKRkCsXG"
    "8w3zfk/N+8H4anD3oIzev6eNQm2NJoBbi8XUvHz8p3Kn/ELmvb1As81WMRXCbJXV1Lwd3F"
    "4Oxsr9eHg1uEArvJphW1nbnGreRRb1/G2RpM232Tmbb4vK+e3t8Moawwt6QE6ux/33D35T"
    "ebqQrNur0r+/H48+9W/Ctq+K1yteNaamd4/2e/X7x3N7wE5NMhW9QOhxqY6w1S+puyQy1N"
    "IySuSFpEghMaRcYkjXSqvLhb6N15in611aloFVM0vbDogSsM8IVV24h1ea1bIvR6ObmBZ3"
    "OUyAevdIz63T7xjfIYN0NwPryDmozNYC6kKaUJrtXpnViIoSn12OUTkT1QgFwJlKVbUxFs"
    "QzSgKApioEePKsRe1HYtw2QQksV4Dl+rV/OFJ7ti05StO8Lfnk74uNybQooh3phqubzhl9"
    "3n8JyvGttTAblsYyShR9LrQsSTpYmsqXhuiotuuUsP3HCOULOeuIpT8AKTfGjGjfZVY4Qg"
    "br2+b1heqxdZZtczazle6Wc5AmaaGWRZu/o8CUWWKhE6Swzm1eZ888rdhYdcQS/VKEwEGL"
    "cFAIMMlGX64Ak1hmw3pectXjlLDqbVl1DnP1355zhoqWBkoTQnYLx7hFfvmTlVEeKLvsUp"
    "wKgM3ueAsVreooQhqqQaLwcigB4L1Jb8H3ngZaOPHtKjJVtzAuXFspzhyhcFWl4BYsXJXF"
    "LQDgPQBzGGQBiCPCFiC8B+G0YHpA8TUymaF7Tq0Da7CFcfL93ZQdVIUyK7FFt6vu4lVVcA"
    "3JXDLh1EiiRnSP5eVsJPZigfQNJflF7G8V9RttOG7RHk/BJMhRyQdKrrHLrJXTBVLRXHc0"
    "GjDo9zU3WQtzG2uYzJXuGlXdtFBdr9WRkNm5J5AgUWddvY4F/Uqy28EML69BtogZPtrpvq"
    "DRJUoi0/dWmT1rJ70I4ZokA2z3m7LYXqxARx0F83QM3qJaavSb5TeW5W7gCpCNJWxLim7y"
    "y80wEh45nZ6ptnnqWaD7FtHLQp17v0L2QPSfycdHh+hGO91Js16w7aBTk+hOFwiTP7Z0UI"
    "/oUUxhCsyub3roVXeX7JoX9o5YAih6JaoTRrqLdIfqX2mFrbnHcit8xb4h53lzWJWvr0XD"
    "q61uAFs9ce0iRiaRa6npVl8gEdXnPX3eCDpNQwLAc7+ECbJQhbIQV9qkh+Ph2E68WSRFdf"
    "fNtkq2vGJM5ZYIjN6PTMmW8QG5sqW+Wlu26/MpZeWRFBQx+74t3qdC1oJIfQZ+UrUtop3o"
    "v3GQNy9aYnVOJUDXQle2Ojcw8n5qD9l445ApFr4kaOIvLqNNS5a1P40rUAZVYBjCIEweU5"
    "gERwBUSipfKel+PKJVkiYXVC+l9ZGcqTl5GF19vECOa2nPQd2jSVDyiN5/vL+/GbJrzoa6"
    "RNnV0f3gThmNr9l1a41Nhdl5nCTHKrKQNTQsYMsilmi9I2lHMi99rDTJvODhyf4W5PXwQK"
    "KFbKuelWiR0mKPoxQMmSD/qzU74SgEu5tFlIG/rBkUcJVLdgbxThLxjmqroopQlAaSY4sk"
    "x2JTs+a+7aQoylEa6VCufiO3vYorB2ptibVnPBdE/OTqw+DqIy246tNPzfHj3d3w7pcLZG"
    "9MkyzC1Lwm8sgFmlsmnprv+8MbOnyhku+Wjh7dkL+Vyz5lZrZlGDTsncgM7WBIq52Vsai+"
    "GSEBfbNyfdO1XNVQbOtVpBVKnAiqBibdfdazKKIRCoAzXe3Wq0UtCmqKDqBNQuvpcOLQpu"
    "gA2lRpW9XVloqj/z+O9J1d3TZG1Byo52+7Aiu2bYsTTZojaQcE0onZUOkHTJGxceUN0Avd"
    "1J1lqWVPkELdtPZYnNPrHFEISyx1mhpWu82rDRVxGizYAhVFqq4oUqQaQ6T/dyJiXKCygO"
    "fw2rUe75hcUqgAA1/BK4ES4TUSQVS/kzWn7X1i2+11tYo0uz8ZmRi5Sxr7qJrImwD5Xx7N"
    "pKH9Eshb95BuepepjZP5rv7GzMYUArQx5xZ2aPTjCpn4FTs0ANJ2OKUXan8aVGRodR5Jtj"
    "OZMB4ioIiY7UICyH3gGUBMV3e3HigpUPMcjjGyNrvnS5pDqu+26mMmyj9iZDLt4YYz0vAX"
    "8goirsKQAByFlTsK/7JmYkrkjkCmT6Au9fEvL9ruQL0xFrnXMYCLao+7fcVPWztmQOWYGW"
    "KyBH1Pc9ov5fuaWrUBlX8EW8wXrw7KTgLpGaTn7rDdeGgGZzfn9XH0CBps33gc23aF3RvL"
    "NGWBbiwiPlrKLUTk4mA8iMWVi8VBIIwgV4mSQWtYAeYCagioIaCGZKohE6xtbN3dTrDrZp"
    "R7SA7p5akkjj9YcbzRR8z0esYcz2q2TOEPr0agOK4iUksyf7bK8aIaG45pOVu8CAmaly+O"
    "IyzXIklADnD2F9DNwDtOjE6bcoAnrrpY3C5U7iER3Ms/HegoZeUPg/zfLgmBeScAOfVtzG"
    "FDD/hLVr26kEIKx2Iegxn8/pDP+0P+cjO6+yUYnjwQko5GCoSoEhmhAh1SQIc0VMdVHBev"
    "xQzbMTJp8l2a9ul6e7aElBOnhMDj9gg12YHHkEQiiyxbqIqRI9qmIkJRDUPtvFh2kG4QX4"
    "r0OoxM/GCRf1Qbhd6uRShqv4tsvQIGvMMqsC5V08RGX2M9x054JVjjI3p5SpfmjVVUb3DR"
    "aOCNjZyltQ5aoa1U+xm7a0PVMDqlF9jNNa2hb6juwrJXF158roNUGyNvbdn9U/8FeuFIby"
    "DS52/ecAKDG3ww6JHt0iODdRKx20ZppDPeVl9Qpf1lbhtytNfQ7W69VgSdDhESKewgid17"
    "/q7I9j1/l71/6b00yln2pnygJbM5NRA3QkQG7DjkfHzm9VjJQTtBJx3zqAXtVzxbWtazON"
    "wpQunwroWTzFQHKxvbEIE6SiMdyrXsakd/MpUVka+tjBKhGQ6COJl0WNdQ8pDoRVxrSg7I"
    "OxLpAK5evtMdokO7+gtHfs6P3YvSNeh4CdSWzvpd1htnqZRzdSVJAXYR2A1D0Ta2w6uble"
    "3STZCVYigdcrHU4dalEJbygsQIwdUFri5wdbXM1QXBepKtegXBepEEHQIBEV1d1+8EkJB0"
    "BIruXJOZbthEHdwKmVV3Yoekb/CPNE4oD9e9P5lsveLTcjStaY8PRYtMNKHzyIqUs9TXK2"
    "y6CoXsULQm/mQUNVkBi7b0PACp502knaiMOK0tQ9f0g3cU7TVzT6faygRUnUHrkfOQE0cR"
    "Py33x1Akz+kiXWwpK0HuUnWR13IDuZaFrIWLzTPEFvQCkXsrInmweAfaEwh5j/CiGPy4jR"
    "5ynjdv/oYCFnXB7gZ/nSRWoKnnTk36GCi41v6Q2jLduzIy5Rrv2HXCmmx11jAf9vkuGC60"
    "I4A6uhzzZCD/Z+G6P1ZIyUQY/B5pv8dnlxPTkrl5/dGwc9M7VyWH62rtivRNiZJIk0ICvT"
    "2q/+x/fPu2wHdPRmV++Oxe57voUTFWEPET2pPTa8Y5NceD+5v+P732eZicF1vWQG88mIxu"
    "PtG2eTZ2LOPFcyoeX7TwXlEJo8ALcpUkGXCWdE0qilApg32CFLxx7THQp/0ywedcap1jpL"
    "DObV5n8Lpms85u+t/A6/o1rnqW1zURtU4FGzGbS5wISr/lyUSi7aHShGAdSMMb8z0K9xDg"
    "UUuEcgMm8lTgRoqjpFdEuNJhOnG3Y0ylaLp0nJ/yM6Yzd38FQAs631u264uizPvq92Md4c"
    "cVIC1377n02SXcfK5O93Y8fonj4U4FOO13cnMCrAr5ueNJ9qqDCP7YoQ29Tv0MNdrZi4Yq"
    "v+nRpl2IhSQh3UVLMpjIo9qSNv8y2b1gth5SzTm7cmWrcwPzHN2NPHhq+sUDXDTDGgH5DD"
    "1Gag3syNLFBi7YNPocr9aWi01ti57xFlkL/z0JglkO9D/i6e2xhaHbEZoytEZ86OV42NtR"
    "1+DYklzNtvD011EC7RixhLBX7x3O8xFlqCpH8AvJsK/FkeaQSuf4rKGL3wuVqFe8WM28Jn"
    "4RKmn8aQ0Xe9RdzIM9u5J4SHBQJfF2qiY8GGspJO5armooC17NibwNHyMDU1PZPQ8xLDX3"
    "PsKG/oJtbux95t6OE0nDzquzVVsbW+MhmiP17Uik27jVyyDgr86GvpueS/BXf42rDv7q4x"
    "1S2XagTFRzrD9dFmnr6v4GftHa/aJW4Lc5EOCiCe4t28BFYY1+uO1y0IUp8zznXDSfvoBj"
    "Lp7Hv98pdx+pgo1i+ZyeS8rBZJHJtkGv5P9U0036wEIXGE0Q9dxlZ2hAFKMtYhl5iBm9Ui"
    "65Zh47NWeb1dpB5DfrNhF9yKx/Q6qX9qpZq/WGwMRm+bwhz9DdLU139ZJiiQjEnmFjjWwc"
    "J3gp+izNIs/B8zM20puVvIaxnZpPtM86+RkWIUWWQX173rPInyZ5IxtR0ldbd8nk5MorvW"
    "LibNdehHv6+WjgzmuRiSan3VXDCZ1tO+uqFtQiX7DYtk4QSmOnadgEuWN1YvDH6QD9g9AX"
    "y7KNE4GqwjFRdi93cY3NuV8DRyh98eMFsp6n5v3g7polLvrz0LTFh3GQy+jaXirj9aB/fY"
    "FoIZOk3HYc9zYkRVe88VnbQWGvUpxKOgt9La4lE39xFX8zlrDZcsghibA9dtq0eR6bBNJN"
    "yWaUMVJY5zavsy9clSnDHCGENW7zGoOrLfvkBFcbuNrAL9Q+v9BxPBhjTF5e0w2dFScdb8"
    "wTjicjPahXxKNhx8iKtiY1MVqrjkMzaKjlPj4J+suaXaBXWveSmfNXa9XG817kik0I3Pil"
    "jTFHpuVyupHW+yxoQNquBqSEHdnlpII4JUgFbZEKioRdLXRTLynxJ0hB5m+P8JdeZ/JLn5"
    "540RTZZrEISYM2sRn2tlMX05Wc542jaEusPWNBF2mMDOy6aYeGpVFB4IsYrnEqgJUbJVhm"
    "x6YJAdwMcEU3bZIMgOVmDYn4zHYEAGY6/sRVdUMo8TBCclDqYTn54O+LjakxBXS20Q1XN5"
    "0z+rz/qktmaCIjMWVOOo61I1Y3iGPoSNYV2m/j4PQU2m/jeFhiogmopqOydVYNZG3cmfWF"
    "2iGCCZlRIl5txLlANADRxWRnbL0QSnb5GzT5MLy/H1wrH0ajjxOks4DLlLWjkadOzWCqb5"
    "zo03p+yCVyrXg06Kmm2raObfR/6HDtmbwsWbXVDNtv6PPoumNzfubj7ZyFb3o2NRM+Vmqs"
    "IW+pIhsb6hatyP+76jP2TDvWKzolq2EhnfxIA6sOJqN1AwdBpTotLIMWhv60dN8UC+sMlt"
    "60UrGdf0RiTJKe4H9B4GcrAz+hxEgBlbKGEiORz0gA8ASZhFDXkHfqsVoRmCMkEkJcvYEk"
    "OMMEd3OCTEKom61NJFcMaDr283p0N7hAc8vEEPMpvQYLkYhflycDYnybivGFWED5vyYotp"
    "L9hcnr9YcIUNlWHSJAodhKxyGFoFoB4QOKrUCxlbjz7nlzq67X3m9Mu+52d3uFHHfPG2Xl"
    "ERSNTN7YaPLxkTl/vY4C6s6NtTFpyZCoZ+sbh43W55y440NmKlBt5ITgGLuWbI19UCmSr8"
    "UdVVsccld7nHfYVqw7CvVDv2COg9WyDKyaGVs6SpdAekYI64I62O7N6vaXo9FNTNK/HCa8"
    "qHePt5eD8el3DHoySHdjzlXQuuXVv4po3aB/1RQdDDWpDsYTlK9jKl9UKj0c3ok3i6SY7j"
    "7aNmWITmiOwYhFCp7w9K7I7V4RxcvajS2UDEoj92gTNq84JJ3lCdMoxVMCVw8ZlsaSNd8Q"
    "jUl10cp6wV51SfVF1dmGCCtE9iJxjGmVrK4nTU023ZmHL41YOiMYGVvFn98Lm/SeRmMfIz"
    "GTZ+iBJaXSYEZ3Y5sOfUMapuhaXsziq2U/15FpCjGH9B4Um+zGwR5znfsfqRioCSpAFhQ6"
    "IajlUujakqtBj817y9C1babc4d8uJHd4uZJrSqEXTdT4QCSC1UZbUinA2tiRo96TEVQUFM"
    "KmyQYONowzWgmb/RSvGrYvJ39DK1mzbUerWFNB41V3l+Q/fbk4Jos08tSpSQta2zr5xbRy"
    "xcKyPblm8vHxLJR1yFdM73sTY1aj2zOHhSPQAmO/xrb/UsWN1GCEPmYxjKVqY2W2FpE9Ii"
    "TNnZHfvSX/azXIEVDVBXa3ymyzWPBcjdnIJukgCDZTsmMsKY1tdjZnmhL6SZbvJwmBVbLJ"
    "gRBY9fUY9lvGvMCu3/Ax0Wm7fss2b7fN+jdEi/Mi2TjK9e5mL0+1pm10vYTngvp03/SKB7"
    "C8fFZPgOii2HHIbZq8b6GZtXlauuh0ttmSUUQ5Zfb0Nz0/Kup1qRO12KYdphwXPeNtDy1s"
    "a+VfH+O57iDNUPVVOuaq2Udz9V//cfQ+ewj9D39ChUzIKSJAO6DvhkPhgHYa8cPFLBrFFR"
    "JIGLv17m2B2K13bzNjt+ituIwU/UQEQE6QlYK6ZSdOInP3/F2R1N3zd9m5u/RewsxPWZhg"
    "UGKUppodfVymEkP5hyL7+Yfs/fxDaj+L9YI6pAlU6zjFV+2TanQPd9MUUSTGkMpEYjpzhA"
    "I+o5Zkd8mOqS/rCxp3YkSA634LT0SlOtAEQVXeyW62jsFc2BYR22H7zTuBAloduEN/RkkB"
    "jpw17ctI7CqomSmJLbChBTwjw4oWYSl77Gj+p1nMkpYNMTQdaVechau7BifrLKcUXEAgoX"
    "Ho6ysCl9rKJ462xPONgYOVL1wFbnL1YXD9eDO4vkDhHFPzZvhpcIEoB5mag7treheTp7ek"
    "FhxrnOOU7bjjyBsr0BGFnBMbkNbIyX4rs8QRMvkMMDKtb4v6ZrXMIC/TKrNTo9xnDCvciR"
    "XulrkcQveqsZcHazfbihkjU3QQcAb5Zk0a0A1D1CsRowFUi5jPKWAVWCAfHakNkLGNFbNA"
    "jgl7Hg+vHk64bKEK03lkKknRTbDDAvjuzqbm9m7LTrKi4KaOceGafsmGf2nIL3269x/H2A"
    "h3a7YrSDZ/RcplVgFGcrrL/t2QO4bBlu+SCZAt5pZRwmUtVrWEFmy0FrsY4zP0p2MZ8z+R"
    "RZQM9MQKebhLm8Ycs+TZpw35+XiOHu+pzhA0pPcilheq46K16i6TNt36njQ1T+kk6P+gz+"
    "4W/f0/6b8IFK6iOvqc/GT/WchxdcNA1hqbb7zMY+oHmakO/paO856F1CeyA8jENOGYnqTk"
    "5QsFSUOS8LGdVwtDdZbK2tY1rCwwR5zJCzLnEMskkzcSdB6LGt19gAJbPUUn0xpUp21ahp"
    "Ci6Q+HNO0kkGuiJrH0BsXQVzrH0JiJKYcS4E1FPBuWg3nJPnlFbHdEDVawDa90toQt5Zw2"
    "poXXeIjnMtwoGWxiiI1tCFcoJncwnhBrfLRYYygRWzqXfGclBTNeS41T9xtbW6pOds59fE"
    "AvzzC19oeK5N5DxHCbjplejtFlbQk2jw4JpEu+rb4Fevfihee2unBPxOA+uR733z9cIEY7"
    "NSePl7fDhwcWObyZrWhp6vnU7N/fj0ef6EXCaWxaznpqjge/Dq7YQBv/hTU2bjK4I1M52C"
    "QzXY3u3g/Ht3QAWbiFbq/oiPv++GHYv7n5pzIeXA2GbM61aru6ahhUGdKw7s8e3N1du7oZ"
    "Tdh0TEklf/fvrgY3LMpZo2tgBJHSov1ii+Rtn2fnbZ+n8rZN7IobQSNE0iiCDVs+X9QSuE"
    "eIAPdyuLuWqxriyMfIAPty2Psc2VZsSyx7KEUoXyPwyhm7hxn5PQqtGaPbPHPfZEXOsuxK"
    "h9wZGqyRW+/m//7855/C7U7/yNvgk1siCaR3tGm5Qhs5GC/f/q2jkb0nrZHdpzo8C1Vela"
    "QEIeBdBG/8Zc2kY4XGvKfxptH0GdkSScK8YPoCyLczKo2HNI026XT9HkhIuKgkISFUQcsk"
    "lCVoIeGozQlHC912XCWwLpRYbu4EsOZtXvM51vRyiYRxSljlNq8ytQaWYd87MljfNq9vaN"
    "wtI5slaGGlW73SzO5eZpmjhLDGbV5j6NmSucwd1bM4y55KRILE7xpj7QJhVRTcFB2AmwY3"
    "ofaJYpxFDlBDAYMGo3E367WhC5cwiFMBsgXicn3I0iiLB49GpuoYyIUjSOMbDIoZQDGD7o"
    "BbtJgBX1IDePfAmxJOC8CbErYA5T0oZ4mnBxTmMHST1xNXJKA/Fn5+Q+aTiEcnQiU0TKY+"
    "EK6xN4tMIDWW/cB2174MiGALFs2CUMJvoNpUiD9O1iy2HopRHDsvAvpmVaWakt/llq3qka"
    "aVCeKmQ6zVLwoFSZmtBbZ2gqrBMNPv33Ylx9zLwveSTMS4RoxMmvj1ioH1coOEgd2RAbCp"
    "yimWmKUwHC8T/4VaCC3CM8fmuuYkqAqr+amM545hXFThD79UqIHQmhoIvhVAqcBy4psCZL"
    "OZNGAOIO81wa7rvV6WOSAyqFfAHEDG0Xp3dHzBcp1XS/Kzv32l9Sp3c6C1ZejatocsEyPb"
    "ekVrbKNnvEWnDsaIooDN+dlu/Jk3/g0rbBmr0Vn99AcUbBDsoX5I7/SWGSdq6UOWbax4UY"
    "0NJzHo18noLith2SdIBlnpmov+Fxm600UxJAdmCgWdOYykCuA9ve3/nkT+6mZ0ycCJhEjR"
    "CS6Tlg2IdPtKIt1Swmn2qV/nSRb4ATjnV8RFUMCIHXVLFCsxTebSX7C9DYtphIWW1eCkCe"
    "o6n1LAyQDXQo5rac9INdkftGKzgedPZMjrEpvo1abJVSbnFGvigTnWd83QaeqAjRdghD+q"
    "ET6Qm8UqFMWppBMnqi9TFNnvAjDHqUrB3DKfet3tYyk+/nGeUADzCupGqBqsqBvs784W1I"
    "UCSlBA6WvCHUqe1FvyxBNCFV5kanYBjgTZgeU32qbkQf2Nr1tbLlJ/AxyNVToaQ34imqWU"
    "JoT8JPA71u935CchRHZjBQjLHcCd/nKPG7oNDsiyZtusSOQEosXNt3VFIYPN87iBx4qqaX"
    "gtHvIWJZNGjYZYwrYDC+VAM20R352/K2CLIKMybRHsHgTUt9LkNlNdbSmmh0VJQAPjxiVT"
    "oUbYZhAhkmlDV2s4IBKjuNEgJAJcIfK7aQuMvYtqOdBIIF8KbY9nKAi/1v3R3z7XrNrEJZ"
    "lhIIly/KwpYOuCIPsKguxTUlcFkF4G83RL4iqKaVTSFE5dqNMaFpY94pjCoiWRsu1gQVUh"
    "MH3JZfrSyFKL2A+C8RDilzAapEP82L8FoA3GN2eRaQzcWmwy5IkuYUKKKM5JOuksYNVHUQ"
    "aQrQlQpbAOCaUDu3q+gVeqboiAHBJIB24tfEOdz23sZLSI5SMcIZEO41pi99bqdkUj1V1s"
    "rxxlrm45cGfbFrnEzdluvu+KF0h3FMJc9RfR8PYYHQS4Fw9wh3jK7L0tVzylQPZhJNmEGu"
    "OqLNPYwX2QGe0TOx5sa77RDi3RGFgu7r3ZZAKrCWNQAFuOTSiC7H7TkBJd1f0Zrn00+fiI"
    "VBSQIwcbhoM2Dnlh7CLqNUfMa45O8RfN2MxpVYVP/Yc3PUROtjmifJJlna50U19tVn5i6u"
    "eNarq6u01nuDbxQG6Ga7R+OVSZPLbFq2QUBwRwVBPAQT8lllwpqhWkCZtbhZ9bvdcj7Fs3"
    "/WK5YrVUU3TSdDavUtda23iBbW73+H3qVoy0QY0rvNJZlQuiPardx9C1pqE4Guhac5Kj4f"
    "QEutZAIcXmCynWqYD2MZGllyccvdO/08tTN9XdGAhD6BKv7OUoZS/YdrgdqLJ9MhESCT3m"
    "tXhl6EclgLA/XEJ0v3v7tohf8e3bbL8ivZd2kmOT4xnIrgkZIYGqkIJVIQUs9NUfZv/+/7"
    "euFZ8="
)
