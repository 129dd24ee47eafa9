from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "custom_roles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "base_role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "permissions" JSON NOT NULL,
    "store_ids" JSON,
    "warehouse_ids" JSON,
    "channels" JSON,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A role HQ defines (backend.security.roles): a base fixed role, the permissions of the catalogue it keeps */;
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
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "phone" VARCHAR(255),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "is_active" INT NOT NULL,
    "token_version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "custom_role_id" INT REFERENCES "custom_roles" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
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
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
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
) /* The notification outbox (backend.messaging.notifications): a WeCom message to staff, written in the business */;
CREATE INDEX IF NOT EXISTS "idx_staff_notif_status_590518" ON "staff_notifications" ("status", "next_attempt_at");
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
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "is_active" INT NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
) /* A price list applies to a channel, a location, or both; the most specific active list wins. */;
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
CREATE TABLE IF NOT EXISTS "order_hold_rules" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL UNIQUE /* HIGH_VALUE: high_value\nADDRESS_RISK: address_risk\nFIRST_ORDER: first_order\nBUYER_REMARK: buyer_remark */,
    "enabled" INT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "keywords" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One configurable hold rule (backend.orders.review): an order it matches stops in review once paid. */;
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
    "deleted_at" TIMESTAMP,
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
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPAID: paid\nREVIEW: review\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned */,
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
    "buyer_remark" VARCHAR(255) NOT NULL,
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
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "order_reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* HELD: held\nRELEASED: released\nCANCELLED: cancelled */,
    "reasons" JSON NOT NULL,
    "merge_no" VARCHAR(32) NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An order held for review: why (the rules it matched), and the reviewer's decision with its reason. */;
CREATE INDEX IF NOT EXISTS "idx_order_revie_status_aea106" ON "order_reviews" ("status");
CREATE INDEX IF NOT EXISTS "idx_order_revie_merge_n_52133f" ON "order_reviews" ("merge_no");
CREATE TABLE IF NOT EXISTS "prepay_closes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nDONE: done\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An outbox row: close the WeChat Pay prepay order of a cancelled unpaid mini-program order (closeorder), so */;
CREATE INDEX IF NOT EXISTS "idx_prepay_clos_next_at_d10d24" ON "prepay_closes" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "refund_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected */,
    "reason" VARCHAR(255) NOT NULL,
    "auto_approved" INT NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* The shopper asks for the money back of a paid order that has not started shipping (backend.orders. */;
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
CREATE TABLE IF NOT EXISTS "order_exchanges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "exchange_no" VARCHAR(32) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nSETTLED: settled\nREJECTED: rejected */,
    "credit_fen" BIGINT NOT NULL,
    "new_total_fen" BIGINT NOT NULL,
    "transferred_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "request_key" VARCHAR(128),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "new_sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_excha_order_i_75aee7" UNIQUE ("order_id", "request_key")
) /* 换货 (backend.orders.exchanges): units of one shipped line go back (an RMA on the original order) and a */;
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
    "revenue_parts" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSUCCEEDED: succeeded\nFAILED: failed */,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "trade_total_fen" BIGINT NOT NULL,
    "provider_refund_id" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "payment_id" INT REFERENCES "order_payments" ("id") ON DELETE SET NULL,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
) /* Money going back for one tender of an order (backend.orders.refunds). Cash, stored value and hand-recorded */;
CREATE INDEX IF NOT EXISTS "idx_refunds_status_d72c91" ON "refunds" ("status");
CREATE INDEX IF NOT EXISTS "idx_refunds_next_at_164aa0" ON "refunds" ("next_attempt_at");
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
CREATE TABLE IF NOT EXISTS "member_pay_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "order_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* A one-time stored-value payment code the member's mini-program shows (backend.members.paycode). Only its */;
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
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out\nFORFEIT: forfeit */,
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
    "ip" VARCHAR(45) NOT NULL,
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
    "status" VARCHAR(16) NOT NULL /* CHECKING: checking\nCHECK_FAILED: check_failed\nCHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "checked_rows" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "auth_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "mfa" INT NOT NULL,
    "generation" INT NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "refreshed_at" TIMESTAMP,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "revoked_reason" VARCHAR(32) NOT NULL,
    "member_id" INT REFERENCES "members" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
) /* One login (a token family): its access tokens carry its id ("sid"), its refresh token the generation. */;
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_expires_37837b" ON "auth_sessions" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_member__cad6aa" ON "auth_sessions" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_user_id_287ae8" ON "auth_sessions" ("user_id");
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "failures" INT NOT NULL,
    "last_failed_ms" BIGINT NOT NULL,
    "blocked_until_ms" BIGINT NOT NULL,
    CONSTRAINT "uid_login_failu_usernam_1df575" UNIQUE ("username", "address")
) /* Failed password logins per (username, client address): the progressive delay of backend.staff.auth. */;
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
    "price_approval" VARCHAR(16) NOT NULL /* NOT_NEEDED: \nPENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "price_decided_at" TIMESTAMP,
    "price_reject_reason" VARCHAR(255) NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "price_decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
    "floor_fen" BIGINT NOT NULL,
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
    "eJztfWtz4zbW5l9B+UvsWsXbcW69ntmpkm11Wmnb8kh2ktloiqEkyGJMAQpJ2a3dmf++AE"
    "hKvIAUQZEUyT5vvZPEJA5IPQCBc3nOwf87WdIZNu3z67Xt0OWQmvjkEv2/E6Iv+X9I7nbQ"
    "ib5a7e7xC44+EXInU9FOs1hDcUOf2I6lTx12b66bNmaXZtieWsbKMSjhEl3EG6OP/0QzPD"
    "cIttHpRJ++YDI7t/F0bRnO5lx0d3aJdDTRbYzmxmc8E2Id5CwwWmFradg269BGdC4uTXVH"
    "N+nzGiPDQS8Yr8TbzOiUvY5Bnqt88Jic6sheT2zs+I1EZ7ybr+wOij1UXzsLahn/V+cQnX"
    "WQTmbsBWasY2RP6Qpfij4YzhZm4m+6hRd0bbP3Zw3HxNbZK6PpQieEDQ5/i6W+QWwIECXo"
    "lKxNk/0c0/ReZXl2zoFZE+OvNdYc+ozZRYvB8/u/2WWDzPBnNpDen6sXbW5gcxaaIMaMdy"
    "Cua85mJa71ifNBNOSYT7QpNddLsmu82rAfSLatDeLwq8+YYEt3MO/esdZ8qvC39WaWP3vc"
    "N901cV8xIMMGU1+bfMJxafcFdtdONO1+8KiNeo+adhKbjL5EYJp4l6ZsiNlEZq9qi1//zF"
    "/h64tvvvvxu/ff/vDde9ZEvOb2yo//dR+9A8YVFPDcP578V9xnY+q2EBjvQJ2yLysO6/VC"
    "t+S4+u0jyLJXjiLr41hfaJf6Z83E5NlZsD+/vUjB8Zfu8Ppjd3j67cUZfyBlC427Ct17dy"
    "7ELQ71DlrxbwVo/fbFQOtf2GG7WxYrB/eH7zKA+8N3ieDyW2Fw+cImFn85wj2yXgqU++yt"
    "dDLFMbRDHdQZ8pPRx8HDQ294iewFXbGNYEyub3vDT5eIwWS9jMnocTDsaXfd++5PohVfrr"
    "WlTvRn3vbhiWM44ndWa4ut1ja/+qF/372/7rE3NAiHZ0w+/lPr3tz17y/R4i9Nny0NMia3"
    "/V967LVub7m0abxizcYme2h0h8syBS7eZZgCF+8SpwC/FZ4CgT0xPgl+Hg3u5Z9ZRCwy9D"
    "OD7V//YT/Wjm0VRU2Bk7/P12TKRxdN1obpGMQ+58/7x0lJ32IK8Bwm3vPStv8yg4Cf3nV/"
    "i47F9e3gSkBGbefZEr2IDq4iA+POQGOmNCwhoYMGxdtD6rISVo3+Vk1THYGYIIxC/lHw1W"
    "KVAQjKAPb5sTdsjVkhbLuKg39F2Y6vkwSbISgXGYAJEyxrQ/CV3mqhvxoMbkPQX/UfI4A/"
    "3V31hqffiHFgjQzHtbk8oyIw2S3MIdF0J474DbvjGEucMOVDktFJ74me+/9RH6Usux7Mfu"
    "BsQMyNN84pA/LYv+uNHrt3D6FRuek+9vidC3F1E7l6+kPkI9l2gn7tP35E/E/0fwb3veh3"
    "s233+H9O+Dvpa4dqhL4x1S9gh/lXfdRCo75ezXKOelgSRr0uo+5jFBh28fbcJTN/CfgP+A"
    "XuTWIqw0wL3QlMD2ZoSLa/K0/sw6chNoXjSTIHPF/gk42zGGL13O52V4Mw0guahGP81vJi"
    "Gb0izLqZ92z+JA+qWzrVvReNuVS39zppDlXTa5XNm5qMBnj4wMNXF2jBw9dcD98L+115nX"
    "u+bJ2BPvm1O+x9HDyNepe70IrnzfO8eHn8bN/8kGEgvokqELuB4LfCA8F0A6Y+SLby5Ike"
    "EKluCE7K8p9FHJnff5/Fk/n998muTH4vjLEpVaLx1FjqphxiU648uyLnnmhjlScZtDe96/"
    "5d9/b0f3V+iFikPujfxXzEJnuUIq6uBOCaiuvKMigPISvoa0GR/VpbUYvCN+/e1VpvA69V"
    "pV6rXJYsUzLm88Mt2aAZVg8V5HCTNrImTLHGXdQHmv0PvKPbJru604Fiut305UCMRryPts"
    "4kffbn2naWmBw6kwRK3W1vbcVrSV9xUWjdeX21FSvx8Tn6Cy4CLN5PW4Fid4g9x5at0bXE"
    "OFHB6tHrqv1QGQSQSkOKWrODowID3kdLVQOPZJXEalKB6ZZ1NXJ7atNsKjOIIuJNkgCKH4"
    "dKDp5sg10QOGlN4ISPqaqHPyjTugBK8T7+mWGvTH2jqcIclauzn782YK90235jG7C20O2F"
    "CtoxwRbCXYpX/xB+OlDTm0xNZ0OmtKBtBXINd8003Qq+rDc8pUuN77Yy1ScZ56hcIXC3eo"
    "tmiC10R6MrTJShDgsC1vuwhhBQxcRlh75gor0y282zkjOaUDG56gKaTQlnAic8GepmsoOz"
    "cMIDWfmaklMiLpjrk6qbJlTARxULWUvRjkP9genaxjP5hDcxQ0PuMAxXXmgW0EnuQnbZ0t"
    "+2HjPJNGM4sF+P3R1iyOb/sH/NYM/CCwgxpoEbkObXnjKsXjSLad+WLClRBa5r3tVQ9NRW"
    "tOyFMT84mMv7aCtARyQINGThqwM/oIlQQYASApSHoaUUoAyy5+jckOlxPqQDgh8p+0eW71"
    "Sfzx92/bVwGi7nemFI3bl9tQSlHCHvtNzBqHKaHgLXSkwi/F08gffrP+Tk3xAfP2J83B8G"
    "NUM/IlWd46z2SIeZB2qoBiQA0f2OE38lOdBjkjE/vW7gZnWWBCZVyEty3R1dd296J2HFML"
    "BJHAhrC50hUWgjq6Ac3mQfVJkkuKB/RVafNex+SdYHRNaMFnP81Icgd2U8fyk6wP+6uPj2"
    "2x8v3n37w/vvv/vxx+/fv9suqPFbaSvrVf8nvrh2guGF/ZpC61O5OTeFs1IGT4+XyKPLq4"
    "aTs0STk4PJsViy+PDyxd9CktXE36r8JhoSbvNBSo23Qd445I03CdeZ4S7z2lLBuAkLQVw4"
    "bjC+Gc7CIJqlk2dV7lBUNB99qGb4VsMesunamirRPHcSFZZF4Sp6WfO45NIza/KKLYN1J1"
    "Pf02Z1WLBCStz2SmNnNXvo3LCW+VTHiGwBymNzVpbGKY8zPFuvsPaCJWVcUnJvQlKQ5BRZ"
    "xOKs3t1HMdkokuLikqD9xFes4wUiWg4sxCEgDlEDZ3kD4hA1WwiKCEOwd0D3T7e3J4mbWX"
    "Uzt6HwSvbvBIiPE+pxOaKSIM+WPLovvLNjqu4/f29AMLKnC6Y+mniGhCQ/G47yy7wztMTL"
    "CbaQ7ohr/txEp9xSsJFuYaTzQqnItx5s90i50Fl7ZT0klZDC2wqzytEtx+a2DzBTjslM8c"
    "cjbrommDRe+zRztVVxDm5+xg5t8ueuFLhkmz8k2MJsrTZZ/JjM8gxxQAwGuNYD7OdOKnsa"
    "onJgDtfJz1C3TwYcDXVEFBwN7Xc0NBXaNE/DLutWvpWBn2GfnyG6e9fLyxBMR5I5GyLpSv"
    "t8Dl6mVM3YpGC0H2i04+XKpBuMmW6rEo6MiLXuuJniT61aGBbWVF0kIaED/ST1XGUz+kmm"
    "dOkdH67xn6hNVkoBXZkw2Fpxi4BQ2fxMOVqNSqdm87//Usrn1cDeavxeFrO2VLSrfZaZn8"
    "Jcsl121EEozCorWFUdYcdx31uuqvr3M6iqttv0iKqqIrkLWF3prK5k9fVVN9eSHYufTy+H"
    "eisQ1aaMqYP+g8xs5x/V1B8gg5lDEfKj+/Ce3nV/iyJ/fTu4ijrIeQdX0Z0MDiFP/AKaWW"
    "ZQEudQPYS8dG/GPXWMuZFcNSPeKMNmQQLtM1IqHhcYBcV47uGEfkan/LdiMjtfYtvWn9ks"
    "OQ/1fnaJdPQrvqZL5LbAyKEuQaKD3izDcTBBBkFst0GTtW0Q7zDXENWiyoePiThjh1e5ZQ"
    "/SyQwxEI1XbOEZmmzcpuypzxZds3t/0kkSaSOyb/7OsXfW4scR/Nlhq4GDlytny+GAbOIG"
    "ZRMn6DQNyCCujXMIcgJkiU0X77NkNl28T05t4vekNrikiFqyzhiUAbXxALVxpW9MqkuWkW"
    "TsAyIA/QHQ7zbc+OqyvxzETrpCT9+KaTOexa9SFeKhd3/Tv//pEnnyYzLq3T9eIhsTZ0w+"
    "dPu3vRv+PMN00xRVl6Usi1LykhRbkDzVRzI0iYpNUARK4Md82BGFMoZruoEqEYd8yvoYpX"
    "HynanbjoYti0ocusm6U1gK4hdZ4hcGedVNY6Ztj13MuonHBKvfyk/+Pl8T146drA3TMYh9"
    "zp/3j7LGo/INnm1veXjkOzFY5uq8zMHJLslLXzNdrllOdgFHe9tGveaO9itLJ9IKlO6NTp"
    "pDfcKbAEGweaSKTorfV/WQYDiHOUGhdoPZCp956JSC2Xp66EEiD24vjVXjqj2V/prB80yt"
    "jWwt3N5LXQ6nbiujDM707ycr3fLOgxEvB6nPX+4ieWxFrORKTja1JNpv4pz1m4NnNOoZdZ"
    "cMNQZqSAYo03tT/nbL8oG5U8E9plkIZ2WYhqbWAQdCTheGOWNdHaYdtQ/v8LdfsQpZt03q"
    "KDrkg2VM8S33akuUyN3NVC1yxZtp3FWdkZ3WRUJEeNMR69dkCiineuloutAJwQwcfVuBp4"
    "OohSbUWfxNsLmWlMnYKzzlvDHknm7udvTGHebRcGnZzwJfAKi5tVlBSi9Y6n4xKvgGRHJB"
    "XLONLBLCfJclgvkuOYAZK4PvBiHnFpWUwU93poclIVBWH995PGTijpUjSWfOMsaOLJ8ZRr"
    "hWI2zYmqsuSJTZtPL0IbkKq9P7KkBji9NDqedqnAdQRbeg2jYZDvMLLCcOXh5sF3u2XJ/1"
    "1UDd9rjWsQAtzUL2Uc1iJWvb4Sw84rJ9hlgvX9YQdDmqNeqOx1zq+EtJCwuJtamKXSUJYl"
    "H43U9OKaIQlWvTGBQWq2HLixqsOwHAM0OYJrSWH6hrhTy5DcM5c7Am+tXuL9XId8jDwR25"
    "vbQU1t1XW6fDqP0wj1Qn20aA0rSxXbAJqICNWjPTFK4pG2kl97TXvnVUwOITwCGyUm7ad/"
    "DNYjA/4s9JZ+CGxVqQJpbmB+799hhyGMbSkrZu4NvB/U9+82iuUiS99RlrS4NoS0qchVKS"
    "a0wQHIhxM0GgxL6efPCGBAHeOLxzai3Xpq4xJVV2xHMiujE5AFdi4i6wOWcmxZyXuN2oTF"
    "6JJAAcBxjiZFUf4gw5mi3L1suSoynS3tScdUERWLkkH5JHxlU8TiksBX7Q/X7QiZ/VeaCX"
    "bpsd2qx5m9VNF/xesxyiEuCSV5cGULepmxXcyGd7QCaA/SIrcaUSyG+Xt7nU8D2HSlaE1U"
    "UwpeyqN0jgGG7UJtIBxzA4ho/rGP4hCyOctUp2DP8Q44TzBBQVfP32LXAFl53QMNEt1YUh"
    "IFJIQkOrlwb2KyV+hmRw/fYVTt3x+js8/6GaCVxwXU5glx2VXeawoVU/6SsiVR3+33z7rj"
    "FVAAyyMYhmsNXA0M2EksAJkzsuWtZiEluoG7sNmvRNsx06fdGchYXtBTXVkiik0hXO7KbM"
    "64nuTBcaNylfsOykiLSIR0wWoh7Zox4QZoIwU22UlfaGmTxSpSrZPijUJn20PGb4luB6MC"
    "28bcVSOjFSeHB2HeC4F7xyYTpBIp7ckx/TdA5F6op30laEhMZ8aCiI99FWgPTZn2vbWWJy"
    "aEUogVJ321tb8VrSV1wUWndeX23Filozfl7W4VnVA95R2xZypZBs+KDbhNoAPqT+6dX7ge"
    "2TVzb/qLX5JdhrO6gb/1UMY+/Wrmumrw8x+3Hyem3yhp30E0a542a31rK3ZXqO5YpmLucm"
    "ekEG4cabjdHbgrJ/cmc+4t0hw+ZHgNrGDHsHcpIZ0t0TOfnfo09PX9mIH3eDVmtruuBdcL"
    "lLxDrgy5qNiKh5EynsVsFTx8R9CJflxhK/5izYG7DnOIaJPv4Tndp0iSnBiPJAP+taJ6wH"
    "Gy31F2yd8ZJzluiM9bo9AFV0ei6gZmrS9OUMasnVkDPgfQUakRRqSvZAh6WAP7A3SFj3c/"
    "/ifv7Cjv3rPjwMB7/ww/68ZWI2JsPez73rR37Nwn/iqYNzHQH4zQ+ZiAgpPIToMP3lbLjx"
    "7OgKK01IBlw7Ekcp37pkGlO2yb+TrjOZ5uSme9f9qXeJZvqSaThj0vvtoT/81yXCn1eGtR"
    "mT28FodIlMyo/z/jB4uueHX/J9ekyuB8Mh+xr6g/tLtjlbFhbno43JqHv3cMt6tPXlymQ9"
    "jj4Oho8fure37NKCWg57bXNMBo8fe8NLd2Oux0fEtAc1rpTXvnVcnlJO/3NjZGrbdVCmdS"
    "h/l4Vx8l0y5eS7GOfE/WQ1Hn+RR3bkKEfE0sI6jbXzZBjzqIyEE+VaWcrMnZhom7bUitk7"
    "Fp5jC7NNNedYyOVblClV8XjM8JRZ6nkixmFJqItb57q4rkmjpWm9SZ9bRLB1e3UpGlHAsa"
    "emFsUEW4d38Y4MIL0kQ99e0ou//UwUU4Fjci3SHQpzjxyvrHftvqDCHU/CTZ1j4kokYepC"
    "edQvohB93UDOSoNLq0QvLxAApVFzl0aVAxpcNgtA9snGDTw/KSuykj0mBDF7D3T/dHt7kq"
    "CKAcB7AI5pnwnwJlNjyyzc4DI/JQyXLSU0mdESoJ5mO4lQEITZ38ikDqJzxLkco09P5/wf"
    "NudzOEi3MCd+INH3114SDlror1i0FpfRm+EsWCsvqiU/ibDEZ0kPhPBW8W2QA46DOCahpD"
    "nxqcroJMVHqHYfmXKUSiL6JUeqGhLrq3KFUAMQHILJq0B7HYJg+Jdq+INhWoBhmqlUHWQo"
    "QYYSZCjVNO9G0aIeYhtbr7r3rjG7Oni7k2ZdW7uGNSuRmEbWaZmBWgk1Jy0vYu6CGBuDNP"
    "7GTqZCKoFI9Gsqn4BjJpvp6ShL53rz6RrFVz36y5G4idNSGUBDTwh18jQP/oj1UlbWKDU7"
    "JChWHbZNKRhV99QoyWqwq5ekkiHSvX7s/9K7RK40z/u4Hz3d8SQof4LwxKjbXnfkJkaZPO"
    "OzJolRwt+F7RxenrBkJczVmjjL6uTTyURcBVde8vfVXlferk6EmkcvJgcEKdnmxksPqHlK"
    "AyKgiWXwlfrut0O9pS1z43Wi/tLAvMpA5dl93gVgq1JCpmYrQlZ4Y8uhsle6TNeYO7ll54"
    "T4s35P+ZSMXJMBQQtRg4T9z3Wj4RmaU8sngXSQz9ITTUTg/xzpr7ohhh/9b9ZQEz18vZXv"
    "IIJfsYX+jt7FCSdVPDCNdRKkaIrOgX5yVPqJN5oqesxOAozzOIPe/SQU8AyKAKBRQNerWU"
    "4bKywJNlZdbCyJaS0vFap4NmVABMwASJuCrJ5G4QnknuqyTiBNSgVa9TSpiZ+QcCC4bat1"
    "HUU2uGUfwEmL0k/ys4gijJeWwA58KwWsSncqBSh9Se6lMOsve53ezD4njCz6hlbY8jKHHL"
    "qeLvDsb6IGLrtl+2lIXsodshc8AylU/wOdcicQb/QnXVtENxG7bm3OZC6n0p8HVXLr5VWq"
    "f4mZYx3UVjwjDGqwFjejoQYr1GCFGqz7sVWsOMZPgchxKG1IrDWu8eprWjaFmN3UHRg42a"
    "VysoFmlwx9M0NAWWh2EAKCEFBzkIUQULF4rm1ODlMBNCABxFqolJcJ5PJCQBCzLDhmCTG1"
    "wmJq0XW2AFTbXRcvsLXUqiJeOAiXFE0KRun2xZJC0UG1SNJ0oZNnzAM5OhLPZW+7nGDLDf"
    "LY66WNKCcJ+3e5HP5rrZviYESfVBykJadHkkp63v5I0u8h94hnyf8byhLUsizBiyHjNmdz"
    "4vuytXbhD3vXvf7DI89/nWJ2mbvgXQc8d78Pe49Pw3t+01lbZEy6Nz8/jR7vevdMYBdqG5"
    "Nfh/3Hnjb48OESvVmGgzU6n4/J47B7P/rQG2qDp0c+eXRiz9lKSNdO4F7/PnDL4CGAx8H1"
    "p8fuJ/4S/Mtz9BfxJqPekGfzel/bNnV3m7k7Jv27h8GQPclYrqjl1CMw4C0UyhG2mFxr/N"
    "eFc+WVsY0LArgq8cskVFt7jE7xLn+IF5YZL4SYFcSsIGZVXcyqUrsAQlYQsoKQ1fGRhZBV"
    "wXhC6RIIA9YRUKgFkwhvSbVgIPoHGYuNCldDdBWiqxBdlURXefDiJCmyKm529kZVebOa1U"
    "X/UqKPpSW4bQdWMb8tKleMK+24UJfsqWxgvWO6cnNWVAK5g4fe/SXikmMyerq66z8+8rLG"
    "9nqyNByH1zp+GIzEJe614n9fd++ve7e3oiAy/+2mWZfqxxAdKTM60izfMuRDFONc3i4EOc"
    "Y9KltJVfFjKJt1H2gfk9SRdtf3HMMcEoQxrvMYM5PBoq/Bs5YzKuhxQXBzxv3GU/bLn6ml"
    "iG1ECoCVAOtpEKrTNiYH4EKsE7Kf6rCfluBO9hfSAvC9DnTVrNUhK7yRXScLvNvFFJzL+8"
    "CN7jsJLuYE3Qzw3YNvXB1V9uEHlmWD4CLqEnL/6i3rq0Vrcvl1CbegpUU7fFQzRDy07WgW"
    "G/b4ffcI3rkXaoejJGoQE9nY/DQXtSM0w0KgvMpsLromfA9TAzYiBfZWHNhX3TL45q25jj"
    "MFcCWSkIIUhxeqvh2r6htQ0YEwXXs8t6qiOmk6IAbYZuT5+ipzEVxfv6+GwazE9w3MsZBR"
    "e90dXXdvekD5hYI/NQD1oEM0yvQqPHpFIU4kDoXtvU6aL8EvKwHkyXY5CrblQtS4kxExoE"
    "6K390y6qR3Agj2h1+hEM4/n3ouQXLbx5h0Hx6Gg1/4Rd9TzQvP/Ny79hr+iaei3ehj/+FB"
    "8C0Xxmrltrru9X9xW02x8QqMyy+XcbmNcqhzsiKiwMqqMyvL+/jzMCxDkjDKdR5lfz3PMc"
    "wRURjnOo8z8OST98z28uThwPC2jbrkY48dawl86lJd9XOLLrV89FSZKLjspRUbPd1CdQrH"
    "BWEKy+D1nAI58I1JAsCScJ5nAqnCG5MDcOPgsp0v3/IbF4TFd3+8NLRpFRCE+gKyBGT7fI"
    "YwX2B+As5ZcI5/0BlQDm5hBcDcbk67ZL+HrIFCEc6cNSDXLwDffUSLqEqVAd6AFQH47l0h"
    "ohbXcbNefDoFJL2o01OScl6imO6nqZSV8QJclSNyVdSSLiCNJdmEZdho/sKpBmlIrDUZAY"
    "UBewyuf802bqD61xvP3QFhSr6rsBQgu99x5QSItQeq8EGObsNAzuxLCU8wYPm3nuVfs32r"
    "8ST/3mf3HNYTiQW1vddJs56oNWMfIPbaZjx4drz+4dsfLsbr97OLH9Ep/ymYzM5FV/b5tq"
    "+zS8QGmp/2OkeUYJ/bi7idhp4p4nLoVCdoeNdlDcTBsdQyng2im0h0diYOiBVHDIYOoq34"
    "+WNi4ZWpT8XZvO4dNKcWu0m5kYhGn546vNcX1jn7mwFm2NtjbTtopRsz9GY4C/EE9yxQ1l"
    "K821dI5NuK53jv97cx4e1WljHFaGbM2QKJ2cfH+xQ9TTbuEbsLuuIH8XovHn5D9ud8zb6p"
    "WfR3JR2y+7s7Efhdz/+qveANVHQ4qvHrz2TFRI2IGCRqiN+dlqgBXobikooh5SWe8sJ6eB"
    "RpKzZ2HFOeBBPd5I6TyDK18Mxw1KtGhOXa9GlUXDmC4De2MTu6qT4GMVEYhtzD4JumbFqr"
    "D4REuDVu04rHwddj1QchKgkjkHcE4CTzso/b3hlcSjCHxHJhXTN/TES7uXifRb25eJ+s3/"
    "B7cHpHu/NTICvpSxz1LFlJgerDS7ycqMa/ksQhYhvXEhY6mZk5sg9icgCu3CZUDomHhdpk"
    "ChaGqxv7UEI1KAKYJmPKiwrnAXYnB+jKjLGlrpg8txUoBs8WxFuChtc2ZqaakhgVBHT3UW"
    "O28cUDqQYDv5+GLQVZuQbBHWY/I2a3bBYFbd/rq93w7vaZDCwZT5UqAOF2U4/CKqfSSTqe"
    "hVUAxHfbjpplNGQFOckqzZBjtDO2CsC53SlGMbtUOcMoTvsKqXHxERgQ/EjZPzLiPxQ8oq"
    "HrBG6cspE51Wurv2ZKs92qZQfDm1vNaAasMQU2C63xIKqiC6iEp7hFeg9JsZTDjDhTimCT"
    "d40/O9giuskBAd7bMXlvro6mRnoLygDjLRIHizPeAvM+D1ErIF5WjLcAtE8eBqNLtKL2mN"
    "z17/sPw8FPw+7dJVoaxFhZ9NnSl2Py8HFw32Ot2I/AY/LYHVx1B+zpOp3odEx+vrlEf85Y"
    "qxv2H6sZ+6+bwdO/+veXaEbXG4OMyaenbn/0cfB0iV7WumEv6HpMfu0x3NlrfRw8XKI3zN"
    "ByNM7XHZPb/i/sYabx6mJ6dL5XcNFT+NoiYu2LPf/wXQakf/guEWl+q1nMyNj3drLCZMYR"
    "U/3oevc3/fuf2OfiyrOPp9vnX49uCOLjL/3er5z2+GrgtzHp3t4OrruCCamborIKp0c+9K"
    "8/uX0Y0xfRR7xC+E2Pf0xDfo0pDOyLskSN8MHdw21P9DelyxXXaBIqh/N3eXwa3rskTJeU"
    "X4+P0l5PclIAo5JAespHepoZtjjAT30EopIwAvlGQHzm7LVyfAMRSRiBnBTYfEsQrD8FYM"
    "/3SnXog1KAPBCOmzkCK30j/FJLzPBTskrikq0jIBevbHINe72STHVKTayTBKS3QhGEJ0yq"
    "LIi3V6o9eOFqMLjlPW8Jj1f9yBy+f7q76jHYBeqskeEkLi6ikI6liQsKMzsm2LqJXbzBvc"
    "VMuHZyob2VbB3cJSUyeLjps5mFbYmz4xF/Tq+iHpJtAeppbOreb4+hdcXH9vSu+5uAfUum"
    "vh3c/+Q3D4zF9e3gCg4iq3CCT9YbNkMtvNStFxWUo3KAdha0RYgyT85GSLCalI1KY0PNzN"
    "jIkqcjLNgcA74TgzPB6pOQEx9fOOHvSxjlbeAlT5ZlRBZGutYj7QfT8ox0RBZGus4jDRm0"
    "bdPHJMOelkGbN3UW0jqT0o/ynShVxHFSLQc2T7I3ZHjvAdXme7UiqCEZAHVvjhwkwfgzaA"
    "9/PTnzRZ4ZcJwzzhoKrvr5ZrvtvgCA251YFNOMshy9JZZRgHZf5fPgbnPAiVChYtiRoLjC"
    "qVDB+tsNs2iSEJdyJA+ESaT/3Hh9tRUr/IqLAar3ituLEs/KLgKklqWwR2wb29YPXpsETH"
    "duV21FymODFYHUg9tVW5FyczGKAGooemovTpzheSBOQ9FJuyHSvNqkhUB1QIp7MxDjqUcH"
    "I3VgMYAmIMVDwAWs6COvmzbBFC82kZK4LzlghM6TMfULJxRq8TTExAwrFBZmOoU2Nakt4d"
    "ipw/Ug+rv2u2sJYnnKQmzNv6TyEEH7cN9ZViG7dP9ZVgN+MpT+yn7r7qwk1s1X/ASnKWbt"
    "Oki3xWlMvAl7uGngGTKc2LlTfpM/ps7n8+1L/HF2eRIBtIJHjonO5OmS8l/JekPszoo9i1"
    "poRfkQdtwDqfjpWGyCYdM96GrJ5ZFB0ByTc/SrZTgOZkL89CndQduSIUmHSB1SNCMts6Zl"
    "dTMqyadJrq7xYhClrBq/fXWk1TKHoOzzc9iqpAKu3751jODi8znEOqWC7VagjTO3jLMR3P"
    "VfPfMxLNemwr1Vpz6KvVkhwL4TaE22aWGEBVflUeQtBWWAsAAl049AAoFCydnCvfsLJScH"
    "e5X8JXksWjdOl2TObqN4e89l3sYN9xuyI1EiCi0M26HW5hIxWWuDxFl0Bm8jTDxCxRMQ60"
    "lYhm8LimaGMC757bcFM/xi9mqhPYPdWGtlJNlunFt0qaVVMZMPQkSsdYZO8TakQ3PAHBIC"
    "kPeCDInSZabuwil7yeg3M1skS/YuGAfFG1xrWxXSgARYsGBtVWZtRWdtAaC2m68c+FALOF"
    "2iYAP2IzVnw7WAV27Dbht09puxC9ZWs1hjhZgsg29uPK8tYVTyDhDvIBYCdblrZ5fMyHSj"
    "qNzgXOrOdIFtxOzVlc3jmW4rN5LJi0XEbdzyHzkmXcRjaW7klVBk0Tdk2IjO52UYxl+KVV"
    "zaKQTJcdL95bqLjZmWAfPJx/5PH7VfurdPvUu0MJ4X2qturjGbpDc3w95opA37o09sirvV"
    "uDTLsF/G5EN/OHrUBsOb3pC9pmHZjiY+gDG5evpXb6gNe3fdIZOK1js6vrmHCQdX5j9KK3"
    "MYkII6hwp1Dp0FmzRi0VcvHxwVbU1gq+JY4gvevLGPU+JE+nk0uE+gegRkoqa3MXXQf5Bp"
    "lMcvPfn7fE2E95gtIIbpGMQ+58/7R1mOkBSMOUahjyFWnC9ah68TNqd5B9HifFBDI/kbaa"
    "ZXxMcorYaGP3aqNTRicmDN77Xmd5iB9bnP+oxOr/rZoCKPL8n+9JP89tme26TCYo+OA9Ps"
    "iKYZP2RWtYR2UKaNhMAf3mWymd6lGE3volbTX45kHU2cvV5rcOPL3PjEcDRO18fqJlFctk"
    "0Qw8lOX5hhahqEb6W5DheKy8KnkHsg2HqteWV11Vb5oFRrvoLClnoOUPA8QQVcg2IAbJzQ"
    "/WyrLxlBqdZgWvFKAcSOEuopMntErZjiVgDwBF7HcXgdbA4WgOnI7aWliO6+04TKicketW"
    "BVEBtbr6KAwMGlQbY9tceZKamgonHboJAyKrcGaWIIRamGShFo+YVU2oZX6X5tv/Bakms7"
    "UJhtn3c7WA4uG6/Kk0B0vuUvfWUjfe5g62tbN7GNeAhen6EJdt4wJqJGhL2gzOCzRCYPr1"
    "fBE4HixCjRiejjTE6wqujZY/IH70XTnT84wYqnHrlVNrjzHtnGDLvkFSSeZTiXrE99Pkdz"
    "yp7iP4+9mPe6Hfex3mt4jYQAJTgjdev3nUKir9nHZGk+Rch705N/Q9pTLdOeIsOVhw0W6a"
    "LO0YeT0cfBwwOnd3nzfUxGj90PH7xPJPpVZ4lMZClUkFymIFakYEJnkqBEytl7Xvs6o54z"
    "5vP9uywxH9YqEV1xr8mpO3DuXiGZO/4mpDjiATE4vak+FKT4+MKJKFALoxGYWktdDdGdAE"
    "xRyB4EL3M9fCidg7zMcAxSRliTj0GSHyQDaZmFpGVGNqwCEFWt391QaHebdf3Ixv4ZD0lO"
    "2cAZEPucssGTJ4B13Ki9vpPiCVyyYaBKpXN3Ei30PhWfpAn1R4/M88GfHWwR3dQsLDkQIH"
    "meR+VyzfbonnbctaTkYsbPDIc3XcmRHRBpXRGq4tcSunY09rgZ1ghVQTkq1zqoi5/LzYoY"
    "VLuMtzdkAN5P8C7VxKw8pBLwsU53a4gFXz4ZyjsyMMns3p0ouM/qDpxiuJ8J1fVLNy3Ymw"
    "pOjyt+id4WG3TKCT+iXtWutNPsrLOlILltBUdohqeGzUtWbM/TYUu+TSVVlMt/5Jj8scTW"
    "M1dd/kDPFl2vbPeRnMrErrOeKOIMQH68ECW8LpU1xSY6tRnwbtGeDhL/7ZX96YhW/nngZ1"
    "CmqoZeibRSwfupSeXXDI5hfbLYDXf2alW925tL8eWMybB32+uOeuxvi630uo3Ztevu/XXv"
    "9pZfnPIfanplm45viLjfplIZnoAIVOEJqcNFVOHxl0g1R95OproPpRqD8NuLDFP+24vEKc"
    "9vRXKsvQ1KUy2yHRNsnfUN1bbBAA+1y2+A849llmvUw5LA3Kszc88fK9XqYTE5YPMAgw98"
    "WLVxrHQOYkjtvu4CoG03nSe2ENaKehI8A1ziAoscEZ7sAgueTa7gAls7E/qZFyJnZjMXFa"
    "6mXzHT0B30oG+Q263nt+JZezvrGq0JL2uOlgYxvl5Z9NnSl17DU9GX+O+zDrKp1BVWzaPH"
    "JJi7x3pglgXi/YpjyTZoyT6W3UnXhpsn6D2In6wtDjnzjzSzMXHQZOP544S3GP1JJ+AWq6"
    "FbrHnx3wazGerug5SY+ytMZhwyNcRPHnr3N/37ny6RJz8mN0zxv0QzSvCYfOj2hQtyrhs5"
    "/Y8FJ0vqbFlbrpSOFA6KtKZeUmEWA8GfHc2DKIflLRGvxPyucmVvk/Vt6rajYcuiEhMm7e"
    "D5oBT4MLP4MNmg8VdWQHkn0TqEi3fJg4s4Gfr2uojhwIm2jbpk14rVeKqFV7PxxmXMp6ni"
    "INrr/xwQ/EjZP8r2fh51GEri7x3kcPMIehJf2466l+xmC3AE9zvY7phNuEHPlPuR+MsLzh"
    "cnVDnMdvScWj4nLH7GoHjQ2Tm61u1Fxy16NUPijDbBCVuwf3xt4SlvH7M0K3z0mPjZbshe"
    "T6eYtdQdcerh35COvHu8rBddPy+C/r3/ibqmITxxtudMY6Kec21l0VeDvxs/PJ5d4U3o25"
    "iccrIbffO9h5foj4hB9QeasZdkbW2kWzjJYXe2ZdUxK/2ZPYY1s8SL8JWYvQavGOZ6Drdv"
    "Is6GtJY2OPtq6Oxzx1bR0xcSqu9BjbUxISA778jZec3IP21sxpjLulRbQXyJ1sFbio+H7+"
    "bMjnnlum6OSv5S8da4qCteTCz8ignTYVa6JQsPpJGTI4JAUQ75BYqgKNc9nhanKnu6P1Ym"
    "9scDaqOn6+te74bH0ba9FhFaK37HgCRuSOJuSxK3C1fOY7kkwrAv59uXfYeD5pmnMn9B8s"
    "SXS8P03zv97fVkyTlgeWIlUVkg1NcnOBKPiQElBigxQIkBSkz93SVeyCEfayMiC3tSnb8p"
    "YOckf2fN5GkAO+dLHPUs7Bz/i1VN6IzJQUInJHRWganH4VBDNSwEUxVOuoC04yNoxwWnHU"
    "Ox+yKL3UsW2aJmbKBYfTvBDe8vGQDeqU8FYNzujPmYplmrjHmXpuuvHok83sDyso/Oq1lu"
    "24y03sdAQrluv9iCW8u5oktBuhV0W5GvLnLUXY6tw1mvC91GPP2czS6Ls0x5JcYVZ+hGGb"
    "gnkeGs4JFjEsHi7BIx3Cz6uiP0inqTfor8gk2gr2x2iczoWwcxZLHPtHUP6HUH0AK+bA35"
    "snXnl0j8uN68VCeYDHv/fGI2u1su0utjTLoPD8PBL/yiP8t5Xcmfe9dewz/x1H/W0VkQQE"
    "ws29Mu/DX+RIgDfUWpiXWSEByMykYgnzDhsjDfXqnWv341GNyGvG1X/Qiv4f7p7qrHprkY"
    "BNbIcHWHuBUMpSKhVGRN1OOG+pyhVCREEWORhTznPSeJg7cxvm3xFEgzRxAnJgfgQhAH3O"
    "O1dYWpucdjK2gBCLf9COOkXSeDS3e3mIJLdw/KsX2nZi5dHhC6NQg+kfpzt3c76c5c3k4z"
    "WUM4ebdd/sq/HMknnoiq1xr0AGnap+3Q6YuijysgVaF3y5/BjXVuTZmBp55MFZRqTbZBxV"
    "lUnt7m4GUuO2InB4tIDahLbcQzxTg7DsumbiAfSLORGmi7z7so27fv9dVScGPrYQjjYW/0"
    "OOxfPx7XbkilgkS+gb3WgxoVpEvQ8K57iZwIP4MXTdPncz+23EHPlM5sNKX8mE1O1jj1NC"
    "pELfRmMXwRnc/POh6f45liW7STHiJa/hPB/KmX+cOXOMXaZlsJKGwWCYrGC5sBGyYbG4Zf"
    "u+71f3GvTbHhtfvwdH/jXnOrOEYXLWDNtJNL4DEGlQ3csByYuPlMXGByJA9Ie5kckDPatl"
    "GXUDvSckaB2QHMjsaCC8wOYHbUy7MFzA5gdjQa5cOZHcEC47atP2OJK+TKk/zwaYhNXfyW"
    "9JXjzu2qPbhLLN8DcdqdN9JChLYsnEPwCfJ+WrIN/VcpHrLDE3+esi/9WZIi40Pqnyi0H9"
    "heoK+WTD3FwNFoYaxEfrwkZrS910kLF9leK2CatSvU4o+rYrwlIgZBl71Bl6luWYZMj04G"
    "OSDSOgd98QDzFemFvYDiTI6ItQ7oEkpH85oK+QpHhyTBJVsXl2wWRzyU8SvRT2jSqdBh1a"
    "CNSIG3EDyw4IGtj5HWOcgD63/cBQB7G+iqpdhGlsIE1ibURztSfbRC/WS+w+KL9pTldAAl"
    "5RxGMd3vCIK8wxZ6gyDvsCi9c0qfc5z4GZQCnmA+niCblZqb3CArbZY2mUNirYG/sCk90Z"
    "3pQs2UCorAMgF5mxWju9VVlLCNSAGy+10AdiCGeKApFQxHNgzkrPZUZIJBGmdZrpa9aZyx"
    "7a0AfK/8flqKbXBPr1V27JVu8pHpEcfanEhs3ND9TpqN69H3Jq6Axj5Vy8ho654MiCgWTp"
    "6xW6Hc7esr260SPvv6VTfXPEVVdI1OmbJ/Fs96zduJxJ7+/WRH4HwxXP6Vhecn/z7E0E6z"
    "YVpma1divSRb5Gxu8juqhmRIrE0aTMXGpP/F5EmU9WWroxSow3/yOHh4emAfFl2tV2Py0P"
    "3XJVrpGz/L1c9xHZPuzc9Po8dLpM/+XNvOmNz1hj/1tP79JVubrGesGcS/Nnh69C/StRNd"
    "2rJQFiA3tlRGyDcX77Pge/E+GWB+7/hx1nqdeVx85bK52oSd556tNYtLlU1gWjLliCYs63"
    "JwdxLtWw0KX2yPR2ap2zwu3AHr2iP63GELp7JOKBUH3TC3bgiMuDLjZ1Dt4QskmeZJ9j88"
    "w792A1yus776hN66AZzV1ZmcxntsX+e1buEhXnL8rBtsGq9Y7vOUtuuk+T6nTEKzPBH+i7"
    "mMmveT9YD8HsTJjVS4Mw1zxv5L/MFX3w6yMXGQbiMd/Yqv+emN9nrCe5tg5GXm8pMYl2yJ"
    "EccxJrhJy3zaHn+qeIo3PXxvz4y1Z1iAe7VGOluyezU4glnVt4AIbDdKPlM5oE3wk9bGuP"
    "aWF6lOnBAK2Eqk6cLFQF3lApKCLFdlo9mBeLky2W+Tfusp2YFhsRZO0RLyA2teXjQ2SU9W"
    "mMw4YmqAnzz07m/69z9dIk9+TEb+FTtw5VH86YzJh27/ltcNneuGySuJjj71Hx74BftF5E"
    "XWI1aiO3zSO5IBTNwSgyLAm4zuh0v7WW3R2QqAM3//amPqtqNhy6JKqfVhqdY59Uspf8sX"
    "sTxJ3zsxOE61PjU34843cLkmf13tdblCgd22jbrkY4+VKwNHe1GaHjjaS3W0b/nwR/Kzc2"
    "fficyxLm50MrCIhb/QcqPtkCrbqG+7k+I5Fv+OwZpscfjtW+hCKr6WF4NDWlMkGd6dROuM"
    "uSxszWSuZoypOTEsZzHTJYneyT7koMyX7EUGEyl5zjZTWQZWCijLNQG4+coyXa/ET45ry+"
    "6dVHV5KtpkPYgSuc3Rgr0ZmmwEz8MF5hz9YeO//mAvx/+yg9lz3iN4Th1v7wf30Kk7Bc46"
    "6G1hTBdoqb9gmx85GY3IVPXcMVlh62tXHpnG0nAQwwN/bevzFGKK369YQLdfAXupw9goYC"
    "ocaCpM2WRX0WX99q2rqnzxLktU4l1yUOJdPCbxl8KE9VpXtx1/U+sZ2+SQ/ZqsbeyPcOaI"
    "/dP904gH3F3pMfH+Ev/d++2hP+R/4s8rw6pLNP5VNw22hVtUUvoh3eIIS7bQ4miIhZEp9u"
    "bOOTuHYRmWrGaYa2KgN26UIUm26I2LL915Qpd2ka4Y4CSU9sXYdG1NlZTnnUSFjuCpqRvL"
    "arzBxasY4NRMhh6cmuDUVNmPUmnmibims8y/XGRT3MVBX9eBDmPXOfkY6LBhUGd1HEemWY"
    "aaeOCUb0GqaHh6J3rngx/APi+95k8lKADfRPsJWC1HSVUIvpYCxhGx1vFbSklWaH3hvu7d"
    "4ImnlulLuubJZTf90bV7ZWbYU36tHg5s9/3UqxWF5VqTVVZxjSJ/LmiTlcJuGZGqMF72jv"
    "1frbfOgPLEvpstUMrTWyYNkzzfJHcWFrYXlEkrD0NMFMYg3xi40caZvlHJGw4LQRm0JFhr"
    "Ef6tGdINccVminK4Y+VIzq3OMsaO7OBqGOFajbBDHd3U/lqzf6n4hcNSrdmbClseDdte45"
    "m2NXeyeoMiYgBsFNgVtjTPpSnopwrgykSBcRerb8ojxuKHxvVVSk2sk4SQa1AuAuuECZaF"
    "q+/krHadvxoMbkNL/FU/ooneP91d9Yan34i1nTUynAQF1bA1feoYr6qAh+QA8OyAQ3lkKI"
    "8MnI221uqo2/fVzEGX2A6xUh1TNgjP1FJdRcNSsIbuZZT4iMVBVmeUBLpqFsZZ6Q6R6aVM"
    "eAgmR23T/iJamSf44dMQm3pC9DOWX9iwzSoJ7/+WyQjxyDgSJsiOprOvrAkQP9pF/PCL1S"
    "imKkbEWpexWHw8nBjTF2WWTUCmdfSP4nk2+iub5Za2tkwVkMNSrYO5FJbNimGkNJO3Au0r"
    "bVsewNpCtyUnU+9BeStVCNQ1WpOLXzDoChO1Es07CUB3H7rsV1JFeAMigO8+fE38ipV2uq"
    "1AhZscodZSN6vZ6opX2lZUPCm72bETgNhi0jGWuQ+wBKrWYXQ5wSqwVzgPb1EiDOOQbxwa"
    "ktvc1DXbdUjmCZaEJdsXLGlucCQeEhMHeZj02SA5BjomDGNd57GGoHfyYtrM+CcEvb/AQc"
    "8S9F5i65mNHPulVLVERVQQQt8Zau9uQYtDXV6uf81Azp7qH51iofA3ew10/3R7my38Lep7"
    "HRj9HlizNuEtdRYwe9M/hTo/UFduZz3WVxZuRt02+UyABY8bOYBQ4R9v0kqIgHKyDyLdNH"
    "T70M/N3Qi6vKu24uToz4WA9Kg/txUi1xVezAL+IPpq9fptryfbzg9Ea+R2NcHXrCvcyCpi"
    "R+THuetWIkluu6ztPQAssJZmONiAUM6HQ1P2K5B7lAA/NsA/TOAS6QRRc+a3YLdYc2SzN0"
    "T2gq5W7IarnyKunyLDQae8gYmf9ekGGcsVtWKFQSp56JiIJrbowmZyOn86e4YgK5ydow90"
    "TcSRClxUpOaJsxP8QxAofVmvkGm8YNHAu8yJZ0kHIgCf8JhnHvCvkEjMyZRjD3YireMRFn"
    "9EWkOiR4EVp4ExJPA4J0PfTOcjlMatjc8RSotm9TfW9LwvF/kHfXPN6f+JmrLfIIuuvNI3"
    "Ipkg8zFgTHf8mq+gyHbYxJl9/aqba4xYN0tm8Aj1MKAucnXSIMbXK4s+W/qSK69vNjrlaG"
    "AyO/cyW86ZNBdkOilf35g6a8c15ooePCajj92vL77/ARk2esEr59JTj1n37DY25/yGjiZY"
    "t7g6zN6EPd7QTTSnFlfgDbJ2StGQ00hCLVOSK+EFpR8fpkwBDwm1Tp0unkTbrAN4gEIS1+"
    "wyUUjgvJh2j289T1hqnN4ONnA2qMEGBht437cENnD7bWAevk20f73Y7l7b148lF1tV4ffA"
    "LGNPgKOgjxoWcdy5kNWK85pXdqxug+MhoKaAmgJqCqgpoKbI1JQHTrK4FqeUSvSUwN0sio"
    "pbXkJUos3sp/8Vs13O4UetW+gVWwZ775lP/vApJwv2UzgBxOedoDfDWXj+deT616mFXD4Z"
    "+4XU8VgnEu98mY8bE74kLXXHmOqmuUGnOrLwdMMWvy155o2uWd8LncyEu56yP3aBAPYKG+"
    "RQ9Lag+JW/h26LVp4sW+rOzlHfGZM33XBs4cjntxeCgcM6oG/E/336VBBleG9sbs4Na9nh"
    "78xF2Lc4n/Mb4uezX8lauz8uKRrwu1dc2F0C3ceBunhUdfFo5V/qtgCX7f5nX4uzltAtsx"
    "0YtpOuTFM/WWEy44ipAX7y0Lu/6d//dIk8+TG5Htx/6A/vejeX/hrCl7hfesP+hz6/6C+f"
    "YzLsfXga8UsWnnOPeHTdBY5O3b6a9ir+Mzw1Zjmz+4OSEM6pczjHV0gUax+HpcDEkx0M6H"
    "0FqtX5Y3IQMouD6+rOasCGZGDKSlA16VQkvKjhGpGC6bq/EHrACgSHT7rDJ7LVyF0+8aUB"
    "oN0PbWhB3A/sbmMqANwnu00J9VFkY3t4Qv0C2eJbALi3ga7aCXBkz1EuD1GqJziQQitzBY"
    "czbPf7gmPZvfu9wQOC0XShk2cczDL8yvZ8refogdoGP3ILed26ntk/fKYlJX8g3cLIpA73"
    "nOoOcu+gD/0Pg/OYN7j8x+0Ju/vnyVt4fpg/FTjX/F4VnGs23ZVO6ty2B81dorn7H0Ae36"
    "ovW2c39kmvO7y/RFi3yJiMuIv1EvESqcJn+ktvOOpxn+krtmzMrzw+8dYWdta8fe+3h/6Q"
    "NXAXlTHp3vz8NHq8RPrsz7XtjMldb/hTT+szCRF+0gziXxs8PfoX6Zq1/DAYfuj12bU5te"
    "bYiOV5H8c/a2HdlukNyfGLnUT7ypxevM+C78X7ZID5vUj5+lqSnpsXhwvO2bnahJ3nnq01"
    "U3GryrORrQjcb5+eYyNdFUI+++YhnoIw98EnFE/X547MjbC3dvpWDhQVOLMWEknqAnV7A7"
    "XA0CzqWwKGZqkMzSzHlpbpmItVa5N452QV3fa66GxfSKCDvXNpspA2t54yndhv2OJsQh1t"
    "u/t6iW2b/Rbk4OXKZFPl3KMlco7itjpCsJwd0k2TvvGbyJddubMtQt+s5sFjok+noqbCH7"
    "xwguHYf7iFx2zk3rAF63ODBZHU44pyAP1Osjj//HfkUw7IlEfNvQmMRAzdlBycsFid/VC1"
    "sfLqTqcsxOnXvb7uPXBHnVgruGPv5971I3fs/Ymn7O+r7v0lmuhkTD70bx97Q/ZYw3Ti69"
    "3RaJMzQ+lMs4BEa458Ksy4cScBs1HEBqKAalwQwAXLESzHWh38AqNe4ckv4C8Af0ED/AVH"
    "zujsuql/JxIvgX+rk+Yc8FIHS6g4AUbuMetue5U2s1q3fvvWlQgs3mIS/1aA1m9fZyO2Nh"
    "4DgY4U3P3+Al+2zkCfdEfsziXSbRs7Y3Lb7171b/uP/7pEpqFPDNNwNmPS++eTuIT/Wou/"
    "OXno/skjD5E1FmSh3v3IZQthYuPj+RJi2kXyNhhgERvk0CNgfqZri+jmLeupPqN7sNpR6n"
    "kmfcJmj0OtzS+6uda9V45pDZJWqQqE4bfXXn2BjIGFO/rKMPpaf2Uj98yLGdsOd8ej0acn"
    "pE8tarv1EKYLBtClW4mBnzWO/if6y9nwesf8LhtRR4jGCb8l9A9qTr3UHDZQCqh6rcGxFn"
    "Wsbee+ZE1O4ZqHxFqDaiWU80CM5GWt5uXYCRQDeeMXCAUVJL69hgYiPgoDgh8p+0dGP8jI"
    "7aNRQ5DVBbKbd1n4EgdpKp5yl5idFLqfqp386bZUSkxS8nL87p2npPnWh/fnoWF+yPEpds"
    "FN1iH41NgonlEWlGmdy6T4opw+Izsrz9tvfyDDO4N2cYSFNiPDe4mXSlPSb9+6XJmL77/P"
    "MB9Zq8QJKe7Jjs3bLtpZQY6I1dnTVJuPf7chqgMNXKsEmOOeUyBHJEPfzDB5FnIEZKpUWB"
    "Bni1kBEfN2lxaJTS/l2hcQLDhusCAIWbIF7iO63wDfjmKWhIMZnhgOEicXumzTc3TDth5i"
    "sxbIXcRsxGYTsjA/VthG07WDlrr1bBDOzh99euqgKRvgZ2ptOm61Y8SLMPPyHwSb8VBBNY"
    "+Eoxcb6iIQk0PdPx4SA/94Pv+4+zWqgx+WA/TzoQ+emxNlz4235KuYuwGR9lWPKJ6CtdIt"
    "h8iIqynF8Hci7UO4eG8CeB/L9D56pFs1kz0sBPR2ma7gKeCKvpCwFHhC4sC68S5VIyQo1a"
    "b5WrEOBgWvS5rVVVNvWghnirsU++yMAz2lUbJHw9aMrC7T4GKZQLCRqBAF4BtIE2optGHN"
    "KQO4UiqYMrDZyGA1WxQKY4PJ9LICQL0OdNVOZCPqaAZ4oSh7QUXZj1376U4n6xTaY/B2Jy"
    "3oMjeIqPK4FAJqVdm7xCs5zMAWldA36AVv3LJHXr/olP9cTGbn3oXz8IPOLtHM4hUmhRCv"
    "tsQP4OwgHvtm1xzKMyviMZiKHjwmJp49Y4vdNzfobYHZcwnlAZntY8R5oQxei75iGxkOOl"
    "3qL9j6errA7PHWGeSC1DAXpL6u6mOsg61hGVbmRC3F05dAXvh5NLhPMNt9gei0NKYO+g8y"
    "DbvBmroMWA4F73lLtvLxPL3r/haF+vp2cCXACbCoeAdX0TRi6rBdQTlmGBIDj1X+nKaa13"
    "0r8Rjdh8HokZ+N66ocfjU497RcXg8O1+S4XDg4NcdaVSd2qI9JKj3UnXNanrM3IoIQ2Muy"
    "3QMJOxl9IGEnjTmQsE+SgzRwQnH74rr1RLUCJRmyC6rMLoBzYSs7F/ZIwd6GIpwh1nucAM"
    "QDtgwa9lWH73TSwg5Tk9ps3qxE08zJHq4UWlLiLNgLUc/3v9Q3aIKRqOCLDGKzKYkMSZWn"
    "PB2A675ernsxdEpuaF+gdcUX0oD0jdIfE03SH2MGqftJ5rBHg4JgjjbKHHWHTtkajYi1SL"
    "MvLSPYhwx0yn0qe2RyKecDl6n1jLDjmHg24IfhynSf0P1UDch2W2riXN3shAvRHL0tGEaI"
    "HzI0p9YSWXiKjVfeszhuine85IdOWWvCVB6sW3h2idx50EE25YqP249he81nyHkzplKmRb"
    "lPHJNT543yc26wjRiYnNHBi2naDFdXpIN4A9ax7ZMzdAdR9oEczK04xinINVMoStbW9KVg"
    "UypHV8NyEF7NHV6d4xzFOgNCAH1u6CHA8yVq1GyfUttRdgJt+tbKUqMZWgUo0KOtwjJcZ+"
    "Ev1w3krKr0bm7VynW4gz+pZkykRQZFmrdVqxzDGyM6F9omVz9FRRdf3d1eNPGcaZtrp4Pe"
    "DGfB1GCmfL7pNpozBWUmczEW1S1UgKn1Pp+s81psv5CViE3eAbYCrSk9UlzU+bODRVEotZ"
    "qQEbHWMZKKr+JwDFu4Zg6qoueu7yzR8lrBCR20ZpUAW/iLwN33dCpjHxEE/PPhT9dW7iUo"
    "LgujUHyiQ8L0b8Sh9nk51Vk0mItkDeYipsEQKkvqSzlskUqT+pqvHJZCVwe/Fvi16u7XOv"
    "L5ymH0U71a3vBkcmrxyGc2n9aABCK0gaCs8DhZmME6NXjgVX9m2Nrc/2S5fik77sg6sC+g"
    "zdUrEHuEQqN5kisrUz+Kz5LkH4bqec9BGVBDsqghPOipzS26lMdUE/J7gkIH1nComc9KrY"
    "SDAMKR+Kb3YOfIvNNfFHIisqSJpH+F3Ski1RrTuTAX6VJ3pgussuEHJADOWAKkMZ9jCzMb"
    "QeJoSE5/DEsBrODArJfrbI7ZKprHc28D8ochjz+vRCESdfSjkjAC+UbApTznIBGGBKH0Sp"
    "1LrwBTNPmjay9TFEqBQLWK1hDiUkIbkO8f2K+Kru0OpUCaetBonOLcsK05CfdSzxrtrmeG"
    "c0ufTyThte29TlpkTeetNJM+ZwuqJcMBBO0a70edlFgYL9mtGqkJyrQuUlM8m5h9UdJDBp"
    "IB3km0L9hYPL5s1zCcjYuRAsgRsfYh/e1FBqS/vUhEmt+SIq2YfhAUguVi73Se4DnTVeMI"
    "J9c+30kcVPy8nqqsDNdSap/z8y8kR6Mmw74VANTzo/5q6CqLide8wmVEXxnVrCTFs3CMlQ"
    "q0buvWLdDfZSHefJfMu/mu4cWqK9U/2uug5jaPmms6INEi92lZnO+1Ldt8wWsX8toFplSt"
    "CoH1Z3i5og4m080QT6klrYQab9RJc00Zu+aaJdqX4KP6/cSeUtf+e8Gbk3+Dz6oJPqvtmG"
    "VOHvMFWpg7VrwByr8EBXC95i2E9puL91lU8ov3yTo5vxfJHcPsl9qOttBtpdK9UbkW4l38"
    "VE7KM00mKSalmX65iXrhyWuv2BOUvFNBGTic7wBXSbPsTmBG5Tc8Y3bScdT6B4suqTcU8Y"
    "MNtjdT1fiV36xmEeYvRVUvL4mSjbWK/uK3b93JA8WH2VTj8dXH4husEr6w3yUHd/8Jq75s"
    "nYE++fB0e6sNezdP14/9wT3rlHWhWXi2FqSCMXnoDa9794/a4MMHfv6qNeV59XQ+H5Orp3"
    "9p99pPrN+7SzRZbzSiscVWW47JXe/uqjfUHob9694lWuLlBFvaypIUSc8yqBfvsuTCvktO"
    "hX2XVc+v78G5M0ufO4oRkJObYffD4yUSsnwgxSG6WvfhYTj4pXu7PU1XY9uxRV91c0zce/"
    "wYXfea/GjdMWFd8QtMHuc6aLf4IXUWTIdaUDNHuk1MFPJt8uXbNK1ifbvQt/AKy2y9K0pN"
    "rJMka9sXisA+YVJl4b69Uq2VfTUY3IasuKt+BNT7J75vnX4j1h3WyHASsA7sg9pEEjZPLk"
    "sZE2zNdC/Ma8RVib8ciVM5EdWABMAZywC2MFbEMygCgMYKL7j6LOX+I7XVNiIJS67CkuuV"
    "VJJo7cm+5KBM9b7kk7/P10RYUcw6MkzHIPY5f94/FPX42nqYTToViTqaMVMalqgcDE3hQ8"
    "NsVMuxc/j+Q4Lto5w1xNPvg5TKMWPWd54RDojB+NZ5fKEob5nV8Oz1ZGk4+QKkUVkoEVLn"
    "78h3ZeYY6IgojHOdx9l1T2sW1m21/MmYIKygWVZQIJgko98ugkkos2E1yznqYUkY9bqMum"
    "Rx9d5esoeqVlyKC0J2i8S5xX75M02oupRczSosBcAmHyQMhcLKqO26NYNU4ZVIAsB7k978"
    "7z0OtHLi23Wgq2ZhnLlkVXhxhHpghYKbsR5Y0moBAO8BWLJAZoA4oGwBwnsQjiumB9S0Y5"
    "2ZhhvUOrC03ZYn39112UBTKGkUwgUnHLwsCq4+66tNOFWSqBGcY2k5G5G5mCF9Q4t+EftP"
    "4PqVn+NO+dFZfifI1tkHyq6Jy+KErEuko5lhTzlh0DsunoiT4S08xayv+GFcxXULRQtrzY"
    "RMzj2BBIkyyxU2jPTbktkObvj2OmSzuOHFtqXmdAmKtOl7K8yftdNelHCNigG2+11ZYi4W"
    "YKMO/H4aBm9WKzX4zcrP65VO4AKQDSVstxTd6Jeb4CQ8cjq9MG3TzDPf9s1il21t7v0G2S"
    "Ozf0afnmxmG+1spyl9xZaNTgmznS4RZn9seKMOs6OEweS7Xc866M1wFuKaS3tHIgEUvTHT"
    "CSPDQYbN7a+4wVbdY6UVvkLfkP2yPqzK15di4ZVWN0CMnrp1ERJrUWip6hPUQCMqL3r6sl"
    "YMmm4FAM/9GiboQgXqQlJtk2+Oh2M7cntpKaq7b7ZWuuW1WFTumMLo/siYbhlukKpbGssV"
    "tRxvndKWrkhGFbPr+eI9KUTnTOsz8bM+3aC5YeKvbOT2ixZYn3EN0KHo2tJnJkbuT+0gC6"
    "9t1sXc0wQJ/uwI2bhmWfrTpAqlXwVGIAzK5DGVSQgEQKWk/JWSHoYDXiVpdMntUl4fyR6T"
    "0ePg+tMlsh06ffHrHo38kkf8/tPDw21fXLPXPCQqrg4eevfaYHgjrtMVJprw89jRFSvLQB"
    "Z/DoQ7LGqJ1juReiTz8se2JpkXIjzJ30J7IzyQaNG2UU9KtIhZsccxCvpCkf+ZTk4kBsHu"
    "ZhZj4E86gQKu7dKdQb1riXrHrVVVQygoA8mxWZJjMZnSmec7yYpyUKZ1KBc/ketexVUC9X"
    "SBpy94poj4yfXH3vUnXnDVkx+T4dP9ff/+p0tkrQlhgzAmN0wfuUQzSvCYfOj2b3nzuc6+"
    "W956cMv+1q66fDGzqGly2jvTGeqxIC13Xsas9mZABOzNwu1Nhzq6qVn0TeUolLAQVA2Mhv"
    "voiyqiAQmAM17t1q1FrQpqTA6gjULr2nDq0MbkANpYaVvdmS402/i/Eu07ubptSKg6UC/e"
    "NQVWbFlUwiZN0bR9gdap2VDpB1yRoXb5HdBzgxj2ItewR0Shblp9PM7xcQ4YhDmGOi4No1"
    "3n0YaKOBUWbIGKIkVXFMlSjSFw/neEMa5QWcANeO2OHm+YXpKpAIPcwMuBEltrWgRR+UHW"
    "lGPvI9Nub6hV5bD7kwHByFlw7qNOkNsB8r48nknDz0tgb91BBnEvcx+niF39TbiNOQRoTW"
    "YU25z9uEQEv2GbEyAtW1J6ofSnQUWGWueRJAeT2cLDFBQVt91WAHIfZA4Q4hjOxgUlBmpa"
    "wDEkVufwfE53SPGnrXqYqa4fIbE2zeGKM9LwZ/YKKqHCrQAECgsPFP5JJ2pG5E6gTZ9AWe"
    "bjny7b7kC7McTcaxjAWa3H3bySp60dk1A5FI6YJEXftZz2a/mepVYsofJ3f4p56tVB2Umg"
    "PYP23JxlN0zNkMzmtHMcXYEKj288jm+7wNMb8xzKAqexqMRo+Wqhohf77UEtLlwt9okwiq"
    "tKUAyOhlVYXMAMATMEzJBEM6S7dhYjbNsJVZ6DtztppojOGmq221Ih3mDSZ4OgUx059AUT"
    "1nJpmJuzS2Q4NtKnU9afe8dGU92yNuK6MUOn4xPbmI1PzjriioXnbMVdeJ3w0gveHGJPkk"
    "ceKnjumIxJT58utq2W9BXb6I9dkz94IenJRlSaFoXJdPS8ZiOKZ+jpgfMBkE5m7H/2Gy83"
    "ofMQR/iRf+OxE2rOsDUm4XdZsf/GhMdS9Ged/1JRmoL/PvSm2zxniSkcPM5i4ZWpb/DsjP"
    "3XKxMV0RT0tmD3kTec5+iWPtO1I95GVFcbE4aRKIfthmmYjO6g5dp2EGZt/GnA/sNBf7j9"
    "crbPH3+LYCtqbHj3fSn+biv0Rq0XERtyxoSypQOd8unOOj+38XRtGc7mnM0tESfC0xdb1G"
    "5zR4CtCWy8xAuZVJ/ZXgU408TW2TnqImbu8DJv7gfIC31PReW3hW6PCf68Mix28ZRQD8el"
    "IUDkFT1Yo6nOX88wTTTB6FU32YxgvZOzMuJNycqvdHPKqfge12AuxRufJ0tRDnQTMhNzgv"
    "0+A9bvE6F+H8vSYVOeKmG7k2ghuiWkQc0l9luqweBJgK2gYCvstmYFeyEsBGkNUVD12Ywp"
    "IwmpmHJIAyKt8+8UX1sJCPjJ0LeXgO/p+7nGPSoLpOw6k7Jdq8TOMc5hyWq+7yoNiDaN8s"
    "5MVv+ag5LwLTdhlPOEvKKSrVONiufjubV41Pz/IZmS8liaV/spUHrOVkU0IAF47guorO1C"
    "zr4pLCHoCPv53lBKYELtr0Tufs8FQHq37aiVoIbWvTqFqG55rOaDbphrC59IYlSh+520IJ"
    "WI+mhzt2nGKNUHUSYJrXTbfqPWzI0c2WiFLXTK5yF/mQ6amgYmDvIcF2eXIuqwsijXHWzj"
    "FfN4g77hAY9tHMPR5/NzHjaLR6gqeCaPTn3CK0eENnh/thsz0S2MCEV+fMehFJ3yft0olB"
    "vjIZTdwKbpJt7oK91yzs7Ro8E74fJ4RaeLMVkapmnYmE28mY1sKl6Ph7rWK/YTHPdx4ik8"
    "tuUNCmKvuGG/1ORBq9E/b0WEjDoL9OAqYvwSD0OxfxtOSl11HyUxxp43CQiMjSAwBocuq3"
    "IclGlhPKGEg1kb4pRtMMTBbSajohwUgUBC1PAwddvR3KqFmvRo+JQlOi7bGnwrzrGamJRX"
    "mdTYvm2YyuMgk4aRyD4SMcPxOCr5yCPhjLDjJBwSFG2Sqpj7pB7NdlsfsT74C5bU40jhiL"
    "jNW8fGKWo/TNbzXnVzLVHykknpW4HqWenH8W6Xwj+HkyOSv4BmRoslgYc6nRwx4k6Hu7ku"
    "3ST8e+m7A2+leYQmODWiUZ7utB2A7foWlixDj/hz0imnW4lWmKBpC0zvt8f0tX+7vtwO7n"
    "/ym0c3hGh5Cg6EaupRQArYhApsQmFz2g5e5TBVfTGwjXJWAnHnbB7OTEgS2BT1UWribApg"
    "PiZ/ds3UZTOdfVc5AaF9atlBtsE+ssKA4EfK/lEsVaFeg1AYVaE4Q+t6oROCza4buj2RmF"
    "uRFp00o2vqttW8SHDWnM61hewFXfG4LY/1LnXrBTsrU+cpfPyCuMkD2eyaM6fW8tKt6uhG"
    "jt2xdQPd3gt0ti3dhsiYnZ1JkjorfDDYkfWyI/1xUvHbBmVa57wtPv+s/oejNzZ9hy3Bmm"
    "LQISDSCj9IZPZeZMlOZa2S5+9FLEOVQ5bkb0oHumU+pwqqDblJ/prIoFdCOyLXusWjFLTf"
    "8GRB6Ys63DHB1uFdykoy0W2srS1TBeqgTOtQLmVW28Yz0dTLCkTEWod1CQflMrtI6k1JAX"
    "kn0jqAi9fvDJvZ0I7xKtGf0yu+BeUqDLz4Zktj4y6rtb3Q8oW6oqIAuwrspqlN15YtO20x"
    "OaQbEcu1oDQoxFJGWJdDmCsKEhKEUBeEuiDUVbNQF5D1WjbqBZD1AmWdGQRMdXUcbB14VN"
    "sN6+lWdNTAqZAUiwtvkp7DX3OjPofB9eB1NuB9tRYxrgzbDvtVh6LFOhrxftqKlL0wVktM"
    "HI1DdihaI68zjlpbAVvqq5Wf5nEAUi/rO7ejtuK0oqYxNQ6eUQ6dvjzwrjZtAqpM0npgP5"
    "TwKMK75X4ORXSf3s+j6CK+lLg58m7aokjFp3MHk3MkBvQS8ZrLTPMQfAe6wgS5j3BZDB5v"
    "o4Psl/XZ35C/RF2Ku/5fJ5ERqOq5Y8IfA8d01p9S2+RqyqxvNl8b65h/WauxHHcCcPq6xD"
    "3p6/9JuO7nCmmJCEPcIx73+MuRcFoSJ6/XGmaupIAy21yXK0elkERQpDUpJMUdiGxZshhF"
    "ylHIvkDrPvvv373L8N2zVokfvrgX2bmYrb9OqC3TI+tljBce3sa20hWizdVYRcRPBg+9+0"
    "uhAI/JsPdw2/1X//6nS+9EFTYE/OpocPtL74ZftKn56gYVj69auK+obVngGVeVqBisLPGT"
    "DN3TdHJV8Q2JQjSuPg76eFzG/5xzjXNIFMa5zuMMUdfkpbOZ8TeIun6Jo54UdY2w1rlio+"
    "ZzCQvBgaFpOtFko4ZtXBC8A3F4Q7FHKcBpLnGZdItQPkZFvtiKEh8R5dLj8cTdhi0qWdOl"
    "w+vp/uLuoflbANCKwfeazfqsKMu++v1YB9bjApAu7ICCWiIc37tC+LLXQPdPt7fHKqkf5i"
    "9JItwxgtP+ILeEYJUpzh1OstdtxPDHNj9199TLUOPnFHOq8llH1JAXlCTvzF7E9NHpQpzj"
    "65a/93rriCrx/Mq1pc9MLAt0V/LgMfGKBzhogqcM5HP0FKg1sBOLFxtwC/obM7xcUQeT6Q"
    "a9YFHO331P/2xraf37UHp7aGD4dIRK+LVRHzopEfZ61DU4tiZXsi88/nXkQDsk3ELYi48O"
    "p8WIEkyVI8SF2jCv1ZGWiLYu8Fn8WXP4lWvUqgXxg1KtiadVXOzRcLAM9uRK4luBgyqJ19"
    "M0kcFYSiFxhzq6qc1lNSfSJnxIDFxNeec8cFjKrT/BzFzjFVtS7n3i3A4LtWY5L85XTdfW"
    "VIZoita3E2ndxC1eB4F4dTL0zYxcQrz6Sxx1iFcfb5NK9gMlopri/WmySlvWEdcQFy09Lk"
    "r9uM2BAGdNcK/ZBM4Ka/DDrVeAbpsyLwvOBfPpMwTmwnn8+4NyD4Eq2CiUz+mGpGzMBplN"
    "G/TG/l8nTjQGtg2B8QRRN1x2jnrMMNogkZGHhNMrFpKr5rFjMlkvVzZiv9mwmOrDev0b0t"
    "201yldrtaOOAobo7/W7BmGs+Hprm5SLFOBxDMsPGUTx/Zfij9rStlz8OxctHR7Za9hbsbk"
    "2aJvdoeff60TRE0e23Ofxf4k7I0sxEXfLMNhnbMr/JRt9gOSQ3uB1dPLR4NwXo1cNCnHXV"
    "Wc0Fm3va5oRS3wBatN64hga/w0Fbsgd0udGvxhOUD/IPTVsmzDQmCqSFyUzctdXGEy82rg"
    "KKUvfrpE9GVMHnr3NyJx0euHpy0+Dv1cRsdyUxlvet2bS8QLmUT1tuOEtyEpuuCJL44dVI"
    "4qhaVa56EvJbRE8GdH8yZjDp+tRBySCOvjp4275zFhkK5zHkYZEoVxrvM4e8pVnjLMAUEY"
    "4zqPMYTakndOCLVBqA3iQvWLCx0ngjHE7OWnhmmI4qTDNTmRRDLijTpZIhpWSCzr0aQEo5"
    "Vu2zyDhnvuw52gP+nkEr3xupfCnb9c6RaedQJXLCbghC+tzRki1JGcRlrus+AA0nodQMqW"
    "IyufVhCWBK2gLlpBFtrV3CBGTo0/Igo6f32Uv/g4s1/6/CxjUyS7xQIiFfrEJtidTk1MV7"
    "Jf1rY2XeDpC1YMkYbEwK8bD2jQKVcEPqvhGpYCWKUswTwzNi4I4CaAqzppo2IArDRrSCVm"
    "thMAMOP8E0c3TKXEw4DIQamH+fSDv8/XZCoM0MnaMB2D2Of8ef8oS2eoIiMx5k46jrcjVD"
    "dI4uiI1hXa7+OQnCm038fxuMDMEtCJrYtx1k1E186EfuZ+CL9D4ZQIVxuxLxEnIDqYzYyN"
    "S6EUl79Co4/9h4fejfZxMPg0QoYgXMa8HZU8dUz8rr6yg0/reJRL5NAwG/R0qluWgS30P3"
    "jz6Qt7WTZqywm2zvjz+LhjMjv38LbPt296PiaRGCt31rC31JGFTX2Dlux/jv6CXdcOfUOn"
    "bDQoMtiPNLFuY9baMLFPKjV4YRk0N43nhXOWjdbpDz2hMW7n7wGOSTQS/G8gftaS+AklRj"
    "KYlCWUGAl8RgqAR8RaCHUJeafuUqsCc0CkhRAX7yDx9zDF2RwRayHU1dYmahcHNM79vBnc"
    "9y7RjBIMnM/WW7DARPyyIhnA8a2K4wtcwPZ/TVBsJfkLa2/UHxigbRt1YIBCsZWGQwqkWg"
    "XlA4qtQLGVcPDuZX2nr1bub4yH7nZ3O5kCdy9rbekKZGUmry00+vQkgr/uiQL6Loy1Jrxk"
    "SDCy9ZUtWhszCe/4kJ4yVBs5YTiGrkWPxj6oFMmXEo4qjYfc1DPOG+wrNmyNx6FfsSTASq"
    "mJdZIwpYNyEaQnTLAsqP3pXq1tfzUY3IY0/at+JIp6/3R31RuefiOgZ40MJxRcBau7vfZX"
    "Fqsb7K+S2MFQk+pgPMH4OqbxxbXSw+Edub20FNPdR1unDNERzzEYCKbgiczuCtzuZDG86K"
    "5tpmRQztzjh7C5xSF5L8+YsxRPGVwdZNKpSNY8YxaT7qAlfcVudUn9VTfEhNhWiOwEeIxx"
    "k6ysJ42J6O7cxZczls4ZRuZG8/p3aZPu0zj3McCZPEePIimVkxmdtUVs/oacpuhQl7P4Rq"
    "2XMjJNgXPI70GxyWZs7KHQufeRqoEakQJkwaBTgrpdBl1dcjX4tvlATWO6SdQ7vNuZ9A43"
    "V3LFJYysiRofmUawXE8XXAugayuw1bs6go78Qtg82cDGpnnOK2GLn+JWw/b05K94JWsx7X"
    "gVa65ovBnOgv2npxeHdJFKnjomvKC1ZbBfzCtXzKnl6jWjT0/nW12HfcX8vtsxFjW6XXfY"
    "tgWaY+zV2PZeKruTGpzQxyyGsdAtrE1WKrpHQKS6PfKbd+z/ag1yAFR9jp2NNlnP57JQYz"
    "KyUTkgwSZqdmJJimObnM0Zl4TzJPOfJwnEqrbpgUCs+nIc+zVbvMCvX/E20Wi/fs0mb7Pd"
    "+rfMinOZbBLjenezk2Za82N03YTnjPZ0l7jFA0RevqgnwGxRbNvsNk/ep2hC188LB51O1h"
    "vWihmnwp9+1vFYUW8Lg5nFFj9hynbQC9500NyiS+/6EM8MG01N3VjGOVfVPlpq/3qP4/fF"
    "Q/h/eB1qrENJEQF+AvquORQOqKcTfzuYWVlcW4EWcrfev8vA3Xr/LpG7xW+FdaTgJ6IAck"
    "QsF9Q123EimbsX77Ok7l68T87d5fcibn6+hCmSEoMyxczo4y4qIZS/yzKfv0uez9/F5rPa"
    "WVCHHAJVu5Xii45JVTqHm+mKyMIx5DqRms0ckIDPqCbZXW3H1NP1FZ07ISHAdb+HJ2BSHe"
    "iC4CbvaNdbw2DO7IsIzbD97h3fAC0O3L7XY0sBDuw19ctIbCqoiSmJNfCh+WtGghctsKTs"
    "8aN5n2Y2T1oyxHDoSL14Fo7hmJKss5RScL5AC51DX14RuNhUPrGnCzxbm9gf+cxV4EbXH3"
    "s3T7e9m0u07WNMbvu/9C4RX0HGpHd/w+9i9vSa1IITB+fYeU/csdvLFWiIQS7hBsQtcjbf"
    "8gxxQKx9Dpg2jW+Nzs2qmUO+TaMsdo18nzGMcCNGuFnucqDuFeMvX1nGFGvM+LToq27m1Z"
    "TjvdS3wugJv3ff6wlleEzi1ZO7Dw/DwS/8rvuDuB497P3cu37k1yz8pzjWsx4atAv8DE+N"
    "fMuzTB6W6Tov0+6IubOQ/Uu3Zf7tlBJBcvH6fq45fQmlFAT2N7rJRi1yE5MDdi4k51aHbH"
    "iRV528CdIwhWVhXdNUjZWHZGD6ZgnqcsAKiIs92a0Oi4UmViguNmRKyLB//XgiXX+LCOgG"
    "umopupF9JwO+OyWgurlbs/U2K7gxfSmh0mzaJgcg7wE5YV9XLuobPfE3DvyVJ/fh0xCb24"
    "UhmQvSNsJCjDNTAEbt5Mv8tyI+hoAtnZPhI5uNl6FthzVb2TJesZnOd0lG5+gPm5qzPxAl"
    "5gY9i0pezsLiSUeiesbzmv18PENPD9wJwUW3R62yx9gOWunOIuqSKu9JY3LKO0H/A/3lbN"
    "Df/zf/F4PC0XSbrSYd/1nIdgzTRHSFyZlbeoQTISa6jb/m7dxnIf2ZzQDWMa84wpUW9vKZ"
    "sqSgSsix2StzU7cXmruRzLFEc0zLMpMIt8n8qSTrLDgUlFp5BiEg1pqyIhVjH1r8FJaZmF"
    "yb5n9xThVqKvlTvOatmczFuQGxpYncUs00loYkVJTsAoxLAryxdDOT2liWaZ12gsBOqMLj"
    "A7ZXGnt+AF85Lcyr3soQT11wg2IwiSExqSJcoZLvwXhCotfREr2gPn/uQj67YAC4UGvqGH"
    "xYW9OFbicXPAo36KQ5BVdeU5XCR8noQLpWvRxeK87LiuOaQrfyBVpX+eTbiwz8qm8vEulV"
    "/FbTk7Vmlj53TtTgPrkZdj88XiIhOyajp6u7/qNgltrryZKfCzLLSkFl0r171pWNCevpen"
    "D/oT+84w3YwM0Na8lbPHSHj/3u7e2/tGHvutcXfa50yzF00+TG0BQbXu/+3d2169vBSHQn"
    "jFT2d/f+uncrUsymfAxMP01NlZuXpWjORXLRnItY0RyCHXXfZ0CoNYZgxZ7PVz0H7gEhwD"
    "0f7g51dFMd+ZAYYJ8Pe29FtjSLqqVuxwTbR7oufGH3U0psjRfsMyyZu2+0ZHtZcplpaQ8V"
    "HlBQ7uT/9uLHH7bTnf+RNsFHd0wTiM9oQh2liey3b9/8LSNpIHeqBiRp5MIbf14J7Vjj+U"
    "pxvHk+VEKqalQwLREqA/L15AXKkOZMn0YXT6zWl93ebNCtCZonmz8iC2mEdU4jnBuW7Wi+"
    "dyHHcEs7gDGv85jnTxOGBOHmjDL3BuZZvndiML51Ht+tczePbhaRhZGu9UgLv3ueYQ4Kwh"
    "jXeYzhwLzEYW6onSUZ9lgSGBSSKJFrl7fQAZQ4yABuxOxTxThJHKCGgigVsnHXq5VpKFfq"
    "CEsBshl4uR5kcZTVyaOBrhoGcmYGaXiCQc0OqNnRHHDz1OyAah2Z4c1apyNVVwOU96CcpJ"
    "4eUBTFNAg+kNAfop/fsv5atEZHqBJTzLo+EK6h20ubQKos+0HMrn0ZEP4UzJoFoW2/gWJT"
    "IX4/WQluPRQCOXZeBBxaWpRpyn6Xk7eiSly2TRBXTbHWP2scJG2yUpjaEakKaabfvmtKjr"
    "mbhe8mmaitGiGx1vDXCwZ2V55eCdidGAAbq5xCFUsmU/ARQi2EI/lcV5IEVWUzP5bx3DCM"
    "sxr82y8VaiDUpgaC5wXQCvCceK6AtvlMKnAHsPcaYcdxXy/JHRBo1MngDmDteL073j5jqd"
    "TrBfvZX7/xWqG7PtCKmsZ000GUYGTRN7TCFnrBG3RqY4w4CpjMznftz932Z6KoaKg+avHd"
    "H1CwgT0iPtmTs4O85q2rK1DUIbDJzopX3VxLEoN+Hg3ukxKWPYEoycqYOug/yDTsJqohKT"
    "BzKHjPWyaVD+/pXfe3KPLXt4MrAU6AIsU7uIp6NoDp9oUw3WLKafKuX+ZO5scBJPtXIESQ"
    "wYkdDEtkK+/N+jJesbXZFtPYFrnW/Z3Gr6l9ygFnDRyKbIdOX5BOxB+8WraJZ8+sydsCE/"
    "Rm8eQqItnFqnhgivd9aho8dcDCc3DCH9UJ7+vNahWKwlKtUyeKL1MUmO8KMIelcsFcs5h6"
    "OWpboBQew8fbziMGYFpB3YBUhRV1/fnd2IK6UEAJCih9SbhDyZNyS564SqgmY6YmF+CIiB"
    "1YfqNuRh7U3/iyreVMp7FDoLHAQON2PVHNUooLQn4SxB3LjzvKkxACs7EAhNtN4I5/ucel"
    "bkMAMq/bNomJHEE0u/u2LBYy+DyPSzzW9OkUr9Qpb0Gx1pjRwCWsO7BQDjTRF/HNxfsMvg"
    "jWKtEXIe4Bob6WLreJ7kwXanZYUAQsMCkvmSs1yj6DgFCbJnSxjgOmMao7DbZCgCswv6v2"
    "wFg7VsuBToL2pdB2ZI6C7de6n/3trZpFu7ha5hiIohzeazL4uoBkXwDJPqZ1FQDpld9Psz"
    "SurJgGNU3l1IUyvWHbskcSV1iwJFKyH8yvKgSur3a5vqZsqFX8B357oPhFnAZxip/4twK0"
    "fvvqPDKVgVuKT4Y90WGLkKaKc1SudR6w4lmUPmQrBlQurLeCrQO7+HUDL3XDVAF5K9A6cE"
    "tZN/TZzMJ2whGxcoQDIq3DuBTu3krfLDlT3cHW0tZm+kYCd7JvUSpcne/m26ZEgQxbY4ur"
    "8apKbw/JAcE9O8Ed+JTJc7tdfEqF7MNAsgl3xhVZprGB8yCR7RPaHiw6W08PLdHoey4e3N"
    "7aBFYVziAfthSfUADZ/a4hLTiq+zNcu2j06QnpyBdHNjZNG61t9sLYQTxqjkTUHJ3iz1Nz"
    "PeNVFX7pPp51ENvZZoivkyLrdGkQY7leeompf6114hjOJp7hWsUDpRmuwfrlUGXy2B6vnC"
    "wOIHAUQ+Dgn5JIrlS1CuKC1Y3Cj7We64Hl2yBesVy1WqoxudacbF6krbWy8Bxb0tPj95lb"
    "IdEKLa7tlcaaXMD2KHYew6k1FfFo4NSakxQLp6Nwag0UUqy+kGKZBmgXM116cSKxO707nT"
    "RzU9+1ARpCk9bKTopR9ootW3oCVXJMJiDSwoh5KVEZ/lEpIOw1byG637x7lyWu+O5dclyR"
    "34sHyTGRRAaSa0IGRKAqpGJVSAUPffGb2X//P6fAFCY="
)
