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
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
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
    "eJztfWtz4zbW5l9B+UvsWsXbcW69ntmpkm11Wmnb8kh2ktloiqEkyGJMAQovdmt35r8vAJ"
    "ISL6BEUCRFss9b7yQxiQNSD0DgXJ5z8P9OlnSGTfv82rUduhxSE59cov93QvQl/w/J3Q46"
    "0Ver7T1+wdEnQu5kKtppFmsobugT27H0qcPuzXXTxuzSDNtTy1g5BiVcoot4Y/Txn2iG5w"
    "bBNjqd6NMXTGbnNp66luGsz0V3Z5dIRxPdxmhufMYzIdZBzgKjFbaWhm2zDm1E5+LSVHd0"
    "kz67GBkOesF4Jd5mRqfsdQzyXOWDx+RUR7Y7sbETNBKd8W6+sjso8VDddRbUMv6vziE66y"
    "CdzNgLzFjHyJ7SFb4UfTCcLczE33QLL6hrs/dnDcfE1tkro+lCJ4QNDn+Lpb5GbAgQJeiU"
    "uKbJfo5p+q+yPDvnwLjE+MvFmkOfMbtoMXh+/ze7bJAZ/swG0v9z9aLNDWzOIhPEmPEOxH"
    "XNWa/EtT5xPoiGHPOJNqWmuyTbxqs1+4Fk09ogDr/6jAm2dAfz7h3L5VOFv60/s4LZ473p"
    "ton3iiEZNpi6a/IJx6W9F9heO9G0+8GjNuo9atpJYjIGEqFp4l+asiFmE5m9qi1+/TN/ha"
    "8vvvnux+/ef/vDd+9ZE/Gamys//td79BYYT1DAc/948l9xn42p10JgvAV1yr6sJKzXC92S"
    "4xq0jyHLXjmObIBjfaFd6p81E5NnZ8H+/PZiB46/dIfXH7vD028vzvgDKVtovFXo3r9zIW"
    "5xqLfQin8rQBu0Lwba4MIW2+2yWDm4P3yXAdwfvksFl9+KgssXNrH4yxHuEXcpUO6zt9LJ"
    "FCfQjnRQZ8hPRh8HDw+94SWyF3TFNoIxub7tDT9dIgaT9TImo8fBsKfdde+7P4lWfLnWlj"
    "rRn3nbhyeO4YjfWbkWW61tfvVD/757f91jb2gQDs+YfPyn1r25699fosVfmj5bGmRMbvu/"
    "9Nhr3d5yadN4xZqNTfbQ+A6XZQpcvMswBS7epU4Bfis6BUJ7YnIS/Dwa3Ms/s5hYbOhnBt"
    "u//sN+rJ3YKoqaAid/n7tkykcXTVzDdAxin/Pn/eOkpG9xB/AcJt7z0rb/MsOAn951f4uP"
    "xfXt4EpARm3n2RK9iA6uYgPjzUBjpjQsEaGDBsXfQ+qyElaN/kZNUx2BhCCMQv5RCNRilQ"
    "EIywD2+bE3bI1ZIWy7SoJ/RdmOr5MUmyEsFxuACRMsa0MIlN5qob8aDG4j0F/1H2OAP91d"
    "9Yan34hxYI0Mx7O5fKMiNNktzCHRdCeJ+A274xhLnDLlI5LxSe+Lngf/UR+lLLsezH7gbE"
    "DMtT/OOwbksX/XGz127x4io3LTfezxOxfi6jp29fSH2Eey6QT92n/8iPif6P8M7nvx72bT"
    "7vH/nPB30l2HaoS+MdUvZIcFVwPUIqPurmY5Rz0qCaNel1EPMAoNu3h77pKZv4T8B/wC9y"
    "YxlWGmRe6EpgczNCTb35Uv9uHTEJvC8SSZA74v8MnGWQyxem5326thGOkFTcMxeWt5sYxf"
    "EWbdzH82f5IP1S2d6v6LJlyqm3udXQ5V02+VzZuajgZ4+MDDVxdowcPXXA/fC/tdeZ17gW"
    "ydgT75tTvsfRw8jXqX29CK783zvXh5/Gzf/JBhIL6JKxDbgeC3ogPBdAOmPki28vSJHhKp"
    "bghOyvKfxRyZ33+fxZP5/ffprkx+L4qxKVWi8dRY6qYcYlOuPHsi575oY5UnGbQ3vev+Xf"
    "f29H91fohZpAHo3yV8xCZ7lCKungTguhPXlWVQHkJW0NfCIvu1tqIWhW/evau13gZeq0q9"
    "VrksWaZkzOeHW7JhM6weKsjhJm1sTZhijbuoDzT7H3hHt012de8Giul205cDMRrxPto6k/"
    "TZn67tLDE5dCYJlLqb3tqK15K+4qLQuvP7aitW4uNz9BdcBFi8n7YCxe4Qe44tW6OuxDhR"
    "werR76r9UBkEkNqFFLVmB0cFBryPlqoGPskqjdWkAtMt62rk9dSm2VRmEEXEmyQBlCAOlR"
    "482QS7IHDSmsAJH1NVD39YpnUBlOJ9/DPDXpn6WlOFOS5XZz9/bcBe6bb9xjZgbaHbCxW0"
    "E4IthLsUr/4h/HSgpjeZms6GTGlB2wjkGu6aaboVfFlveEqXGt9tZapPOs5xuULgbvUWzR"
    "Bb6I5GV5goQx0VBKz3YQ0hoIqJyw59wUR7ZbabbyVnNKESctUFNJsSzgROeDrUzWQHZ+GE"
    "h7LyNSWnRFIw1ydVN02ogI8qEbKWop2E+gPTtY1n8gmvE4aG3GEYrbzQLKDT3IXssqW/bT"
    "xmkmnGcGC/Hns7xJDN/2H/msGehRcQYUwDN2CXX3vKsHrRLKZ9W7KkRBW4rnlXQ9FTW9Gy"
    "F8b84GAu76OtAB2RINCQha8O/IAmQgUBSghQHoaWUoAyzJ6jc0OmxwWQDgh+pOwfWb5TfT"
    "5/2PbXwmm4nOuFIXXn9dUSlHKEvHflDsaV090hcK3EJMLfxRN4v8FDTv4N8fEjxseDYVAz"
    "9GNS1TnOao90lHmghmpIAhDd7zgJVpIDPSYZ89PrBm5WZ0loUkW8JNfd0XX3pncSVQxDm8"
    "SBsLbQGRKHNrYKyuFN90GVSYIL+1dk9Vmj7pd0fUBkzWgJx099CHJXxvOXogP8r4uLb7/9"
    "8eLdtz+8//67H3/8/v27zYKavLVrZb3q/8QX1044vLBfU2h9KjfnpnBWyuDp8RL5dHnVcH"
    "KWaHJ6MDkRSxYfXr74W0Symvhbld9EQ8JtAUg7422QNw55403CdWZ4y7y2VDBuokIQF04a"
    "jG+GszCIZunkWZU7FBfNRx+qGb7VsIds6lpTJZrnVqLCsihcRS9rHpdcesYlr9gyWHcy9X"
    "3XrI4KVkiJ21xp7KxmD50b1jKf6hiTLUB5bM7K0jjlcYZn7gprL1hSxmVH7k1ECpKcYotY"
    "ktW7/Sgma0VSXFIStJ/kinW8QETLgYU4BMQhauAsb0AcomYLQRFhCPYO6P7p9vYkdTOrbu"
    "Y2FF7J/p0C8XFCPR5HVBLk2ZBH94V3tkzV/efvDQhG9nTB1EcTz5CQ5GfDUX6Zd4aWeDnB"
    "FtIdcS2Ym+iUWwo20i2MdF4oFQXWg+0dKRc5a6+sh+wkpPC2wqxydMuxue0DzJRjMlOC8U"
    "iarikmjd9+l7naqjgHNz8ThzYFc1cKXLrNHxFsYbZWmyx+TGZ5hjgkBgNc6wEOcieVPQ1x"
    "OTCH6+RnqNsnA46GOiIKjob2OxqaCu0uT8M261a+lYGfYZ+fIb5718vLEE5HkjkbYulK+3"
    "wOfqZUzdikYLQfaLTj5cqka4yZbqsSjoyJte64meJPrVoYFtZUXSQRoQP9JPVcZTP6SaZ0"
    "6R8frvGfqE1WSgFdmTDYWkmLgFDZ/NxxtBqVTs3mf/+llM+rgb3V+L0sYW2paFf7LLMghb"
    "lku+yog1CYVVawqjrCjuO9t1xVDe5nUFVtr+kRVVVFchewunazutLV11fddCU7Fj+fXg71"
    "RiCuTRlTB/0HmdnOP6qpP0AGM4ci4kcP4D296/4WR/76dnAVd5DzDq7iOxkcQp76BTSzzK"
    "AkzqF6CHnp3ox76hhzI71qRrJRhs2ChNpnpFQ8LjAKi/Hcwwn9jE75b8Vkdr7Etq0/s1ly"
    "Hun97BLp6Fd8TZfIa4GRQz2CRAe9WYbjYIIMgthugyaubRD/MNcI1aLKh4+JOGOHV7llD9"
    "LJDDEQjVds4RmarL2m7KnPFnXZvT/pJI20Eds3f+fYO674cQR/dthq4ODlytlwOCCbuEHZ"
    "xCk6TQMyiGvjHIKcAFli08X7LJlNF+/TU5v4PakNLimilq4zhmVAbTxAbVzpa5PqkmUkHf"
    "uQCEB/APTbDTe5uuwvB7GVrtDTt2LajG/xq1SFeOjd3/Tvf7pEvvyYjHr3j5fIxsQZkw/d"
    "/m3vhj/PML00RdVlKcuilL4kJRYkX/WRDE2qYhMWgRL4CR92TKFM4LrbQJWIQz5lfYzSJP"
    "nO1G1Hw5ZFJQ7ddN0pKgXxiyzxC4O86qYx0zbHLmbdxBOC1W/lJ3+fu8SzYyeuYToGsc/5"
    "8/5R1nhUvsGz7S0Pj3wrBstcnZc5ONklfelrpss1y8ku4Ghv26jX3NF+ZelEWoHSu9HZ5V"
    "Cf8CZAEGweqaKzw++rekgwnMOcolB7wWyFzzxySsHMnR56kMiD10tj1bhqT6W/ZvA8U2st"
    "Wws393Yuh1OvlVEGZ/r3k5Vu+efBiJeD1Ocvd5E8tiJWciUnm1oS7Td1zgbNwTMa94x6S4"
    "YaAzUiA5TpvSl/22X5wNyp8B7TLISzMkwjU+uAAyGnC8Ocsa4O047ah3f0269YhazbJnUU"
    "HfLBMqb4lnu1JUrk9uZOLXLFm2ncVZ2RndZFQkR40xHr12QKKKd66Wi60AnBDBx9U4Gng6"
    "iFJtRZ/E2wuZaUydgrPOW8MeSdbu519MYd5vFwadnPAl8AqLm1WUFKL1jqfTEq+IZEckFc"
    "s40sFsJ8lyWC+S49gJkog+8FIecWlZTB3+1Mj0pCoKw+vvNkyMQbK0eSzpxljB1ZPjOMcK"
    "1G2LA1T12QKLO7ytNH5CqsTh+oAI0tTg+lnqtxHkAV3YJq22Q4zC+0nDh4ebBd7NtyfdZX"
    "A3Xb41rHArRdFnKAahYrWdsMZ+ERl80zxHr54kLQ5ajWqDcec6njb0daWESsTVXsKkkQi8"
    "PvfXJKEYW4XJvGoLBYDVte1GDdCgCeGcI0kbX8QF0r4sltGM6ZgzXxr3Z/qUa+Qx4O7sjr"
    "paWwbr/aOh1GHYR5pDrZJgK0SxvbBpuACtioNXOXwjVlI63knvbbt44KWHwCOERWyk37Dr"
    "9ZAuZH/DntDNyoWAvSxHb5gXu/PUYchom0pI0b+HZw/1PQPJ6rFEtvfcba0iDakhJnoZTk"
    "mhAEB2LSTBAosa8nH7wRQYA3Ce+cWkvX1DWmpMqOeE5FNyEH4EpM3AU258ykmPMSt2uVyS"
    "uRBICTAEOcrOpDnCFHs2XZellyNEXam5qzLiwCK5fkQ/LJuIrHKUWlwA+63w86CbI6D/TS"
    "bbJDmzVvs7rpwt9rlkNUQlzy6tIA6jZ1s4Ib+2wPyASwX2QlrlQC+e3yNpcavudQyYqweg"
    "juKLvqDxI4hhu1iXTAMQyO4eM6hn/IwghnrdIdwz8kOOE8AUUF36B9C1zBZSc0THRLdWEI"
    "iRSS0NDqpYH9SomfIR3coH2FU3fsfofnP1QzgQuuywnssqOyyxw2tOonfcWkqsP/m2/fNa"
    "YKgEHWBtEMthoYuplSEjhlcidFy1pMEgt1Y7dBk75ptkOnL5qzsLC9oKZaEoVUusKZ3ZR5"
    "PdGd6ULjJuULlp0UsSvikZCFqEf2qAeEmSDMVBtlpb1hJp9UqUq2Dwu1SR8tjxm+IbgeTA"
    "tvW7GUToIUHp5dBzjuBa9cmE6QiCf35Cc0nUORuuKdtBUhoTEfGgrifbQVIH32p2s7S0wO"
    "rQglUOpuemsrXkv6iotC687vq61YUWvGz8s6PKt6wDtq20KuFJKNHnSbUhsggDQ4vXo/sH"
    "3yyuYftda/hHttB3Xjv4ph7O3adc309SFmP05er03esLP7hFHuuNmutextmZ5jeaKZy7mJ"
    "XpBBuPFmY/S2oOyf3JmPeHfIsPkRoLYxw/6BnGSGdO9ETv736NPTVzbix92glWtNF7wLLn"
    "eJWAd8WbMRETVvYoXdKnjqmHgP4bLcWOLXnAV7A/YcxzDRx3+iU5suMSUYUR7oZ13rhPVg"
    "o6X+gq0zXnLOEp2xXjcHoIpOzwXUTE2avpxBLbkacgb8r0AjkkJN6R7oqBTwB/YGCet+7l"
    "/Sz1/YsX/dh4fh4Bd+2J+/TMzGZNj7uXf9yK9Z+E88dXCuIwC/+SETEWEHDyE+TH85a248"
    "O7rCShORAdeOxFHKty6ZxpRt8m+l60ymObnp3nV/6l2imb5kGs6Y9H576A//dYnw55Vhrc"
    "fkdjAaXSKT8uO8Pwye7vnhl3yfHpPrwXDIvob+4P6Sbc6WhcX5aGMy6t493LIebX25MlmP"
    "o4+D4eOH7u0tu7SglsNe2xyTwePH3vDS25jr8REx7UGNK+W3bx2Xp5TT/7wYmdp2HZZpHc"
    "rfZWGcfJdOOfkuwTnxPlmNx1/kkR05yjGxXWGdxtp5Mox5VEbCifKsLGXmTkK0TVtqxewd"
    "C8+xhdmmmnMs5PItypSqeDxmeMos9TwR46gk1MWtc11cz6TRdmm9aZ9bTLB1e3UpGlHIsa"
    "emFiUEW4d38Y4MIL2kQ99e0kuw/UwUU4ETci3SHQpzjxyvrHftvqDCHU/CTZ1j4kokYepC"
    "edQvohB93UDOSoPbVYleXiAASqPmLo0qBzS8bBaA7JONG3h+UlZkJXtMBGL2Huj+6fb2JE"
    "UVA4D3AJzQPlPgTafGllm4wWN+ShguG0poOqMlRD3NdhKhIAizv5FJHUTniHM5Rp+ezvk/"
    "bM7ncJBuYU78QKLvr/0kHLTQX7FoLS6jN8NZsFZ+VEt+EmGJz5IeCOGv4psgBxwHcUxCSX"
    "PiU5XRSYqPUG0/MuUolUT0S45UNSTWV+UKoQYgOATTV4H2OgTB8C/V8AfDtADDNFOpOshQ"
    "ggwlyFCqad6NokU9xDa2XnX/XRN2dfh2Z5d1bW0b1qxE4i6yTssM1EqoObvyIuYeiIkx2M"
    "Xf2MpUSCUQiX5N5RNwzGQzfTfK0rnefLpG8VWP/nIkbuJdqQygoaeEOnmaB3+Eu5SVNdqZ"
    "HRIWqw7bphSMqntqlGQ12NZLUskQ6V4/9n/pXSJPmud93I+e7ngSVDBBeGLUba878hKjTJ"
    "7xWZPEKOHvwnYOL09UshLmak2cZXXy6WQiroIrL/37aq8rb1snQs2jl5ADgpRsc+OlB9Q8"
    "pSER0MQy+EoD99uh3tKWufE6cX9paF5loPJsP+8CsFUpIVOzFSErvInlUNkrXaZrzJvcsn"
    "NCglm/p3xKRq7JgKCFqEHC/ue50fAMzakVkEA6KGDpiSYi8H+O9FfdEMOP/jdrqIkevt7I"
    "dxDBr9hCf0fvkoSTKh64i3USpmiKzoF+clT6iT+aKnrMVgKM8ySD3vskFPAMiwCgcUDd1S"
    "ynjRWVBBurLjaWxLSWlwpVPJsyJAJmAKRNQVZPo/AEck91WSeQJqUCrXqa1CRISDgQ3LbV"
    "uo4jG96yD+Ckxekn+VlEMcZLS2AHvpUCVqU7lUKUvjT3UpT1l71Ob2afE0YWfUMrbPmZQw"
    "51pws8+5uogctu2UEakp9yh+wFz0CK1P9Ap9wJxBv9SV2L6CZi1631mczlVPrzoEpuvbxK"
    "9S8xc6yD2opnhEEN1uJmNNRghRqsUIN1P7aKFcf4KRA5DqWNiLXGNV59TcumELObugMDJ7"
    "tUTjbQ7NKhb2YIKAvNDkJAEAJqDrIQAioWT9fm5DAVQEMSQKyFSnmZQC4vBAQxy4JjlhBT"
    "KyymFl9nC0C13XXxQltLrSriRYNwadGkcJRuXywpEh1UiyRNFzp5xjyQoyPxXPa2ywm2vC"
    "CP7S5tRDlJOLjL5fBfrm6KgxEDUnGYlrw7klTS8/ZHkn6PuEd8S/7fUJaglmUJXgwZtzmb"
    "Ez+QrbULf9i77vUfHnn+6xSzy9wF7znguft92Ht8Gt7zm45rkTHp3vz8NHq8690zgW2obU"
    "x+HfYfe9rgw4dL9GYZDtbofD4mj8Pu/ehDb6gNnh755NGJPWcrIXWd0L3+feiWwUMAj4Pr"
    "T4/dT/wl+Jfn6C/iTUa9Ic/m9b+2TeruJnN3TPp3D4Mhe5KxXFHLqUdgwF8olCNsCbnW+K"
    "8L58orY5sUBHBV4pdpqLb2GJ3iXf4QLywzXggxK4hZQcyquphVpXYBhKwgZAUhq+MjCyGr"
    "gvGE0iUQBqwjoFALJhXekmrBQPQPMhYbFa6G6CpEVyG6Komu8uDFSVpkVdzs7I2q8mY1q4"
    "v+pUQfS0tw2wysYn5bXK4YV9pxoS7ZU9nAesd05eWsqARyBw+9+0vEJcdk9HR113985GWN"
    "bXeyNByH1zp+GIzEJe614n9fd++ve7e3oiAy/+2mWZfqxxAdKTM60izfMuRDFONc3iwEOc"
    "Y9LltJVfFjKJt1H+gAk50j7a3vOYY5IghjXOcxZiaDRV/DZy1nVNCTguDmTPqNp+yXP1NL"
    "EduYFAArAdbXIFSnbUIOwIVYJ2Q/1WE/LcGdHCykBeB7HeqqWatDVnhju04WeDeLKTiX94"
    "Eb33dSXMwpuhnguwffpDqq7MMPLcsGwUXUJeT+1VvWV4vW5PLrEm5A2xXtCFDNEPHQNqNZ"
    "bNjj9+0jeOd+qB2OkqhBTGRt89Nc1I7QjAqB8iqzuahL+B6mBmxMCuytJLCvumXwzVvzHG"
    "cK4EokIQUpCS9UfTtW1TegogNhuvZ4blRFddJ0SAywzcjzDVTmIri+QV8Ng1mJ7xuaYxGj"
    "9ro7uu7e9IDyCwV/agDqQYdolOlVePSLQpxIHAqbe51dvoSgrASQJ9vlKNiUC1HjTsbEgD"
    "opfnfLqJP+CSA4GH6FQjj/fOp5BMlNH2PSfXgYDn7hFwNPNS8883Pv2m/4J56KdqOP/YcH"
    "wbdcGKuV1+q61//FazXFxiswLr9cxuUmyqHOyYqJAiurzqws/+PPw7CMSMIo13mUg/U8xz"
    "DHRGGc6zzOwJNP3zPby5OHA8PbNuqSjz1xrCXwqUt11c8tutTy0VNlouCyl1Zs9HUL1Smc"
    "FIQpLIPXdwrkwDchCQBLwnm+CaQKb0IOwE2Cy3a+fMtvUhAW3/3x0simVUAQ6gvIEpDt8x"
    "nCfKH5CThnwTn5QWdAObyFFQBzuzntkv0esgYKRThz1oBcvwB89xEt4ipVBnhDVgTgu3eF"
    "iFtcx816CegUkPSiTk9Jy3mJY7qfplJWxgtwVY7IVVFLuoA0lnQTlmGjBQunGqQRsdZkBB"
    "QG7DG4/jXbuIHqX288tweEKfmuolKA7H7HlRMi1h6owoc5ug0DObMvJTrBgOXfepZ/zfat"
    "xpP8e5+9c1hPJBbU5l5nl/VErRn7ALHfNuPBs2P3h29/uBi772cXP6JT/lMwmZ2LruzzTV"
    "9nl4gNND/tdY4owQG3F3E7DT1TxOXQqU7Q8K7LGoiDY6llPBtEN5Ho7EwcECuOGIwcRFvx"
    "88fEwitTn4qzeb07aE4tdpNyIxGNPj11eK8vrHP2NwPMsDfH2nbQSjdm6M1wFuIJ3lmgrK"
    "V4t6+QyLcVz/Hf729jwtutLGOK0cyYswUSs4+P9yl6mqy9I3YXdMUP4vVfPPqG7M+5y76p"
    "Wfx3pR2y+7s3Efhd3/+qveA1VHQ4qvEbzGTFRI2YGCRqiN+9K1EDvAzFJRVDyksy5YX18C"
    "jSVmzsOKY8CSa+yR0nkWVq4ZnhqFeNiMq16dOouHIEwW9sY3Z0U30MEqIwDLmHITBN2bRW"
    "HwiJcGvcphWPQ6DHqg9CXBJGIO8IwEnmZR+3vTW4lGCOiOXCumb+mJh2c/E+i3pz8T5dv+"
    "H34PSOduenQFbSlzjqWbKSQtWHl3g5UY1/pYlDxDapJSx0MjNzZB8k5ABcuU2oHBKPCrXJ"
    "FCwMVy/2oYRqWAQwTceUFxXOA+xWDtCVGmObKI9qEl1csBh8WxB/CaG71BVR3QgAmvuoMZ"
    "v44oFUg0HQT8OWgqxcg/AOs58Rs102i4K27/fVbni3+0wGloyvShWAcLupR1GVU+kkHd/C"
    "KgDiu01HzTIasoKcZpVmyDHaGlsF4NzuFKOEXaqcYZSkfUUUjeQIDAh+pOwfGfEfCh7R0H"
    "MCN07ZyJzqtdGwMqXZbpTcg+HNrWY0A9aEOZCF1ngQVdEDVMJT3CC9h6RYymFGnClFsMm7"
    "xp8dbBHd5IAA7+2YvDdPR1MjvYVlgPEWi4MlGW+heZ+HqBUSLyvGWwDaJw+D0SVaUXtM7v"
    "r3/Yfh4Kdh9+4SLQ1irCz6bOnLMXn4OLjvsVbsR+AxeewOrroD9nSdTnQ6Jj/fXKI/Z6zV"
    "DfuP1Yz9183g6V/9+0s0o+7aIGPy6anbH30cPF2iF1c37AV1x+TXHsOdvdbHwcMlesMMLU"
    "fjfN0xue3/wh5mGq8epkfne4UXPYWvLSbWvtjzD99lQPqH71KR5reaxYxMfG8nK0xmHDHV"
    "j653f9O//4l9Lp48+3i6ff716IYgPv7S7/3KaY+vBn4bk+7t7eC6K5iQuikqq3B65EP/+p"
    "PXhzF9EX0kK4Tf9PjHNOTXmMLAvihL1Agf3D3c9kR/U7pccY0mpXI4f5fHp+G9R8L0SPn1"
    "+Chtd5KTAhiXBNJTPtLTzLDFAX7qIxCXhBHINwLiM2evleMbiEnCCOSkwOZbgmD9KQB7vl"
    "eqQx+WAuSBcNzMEVjpa+GXWmKGn5JVkpRsHQG5eGWTa9juSjLVKTWxTlKQ3gjFEJ4wqbIg"
    "3lyp9uCFq8Hglve8ITxe9WNz+P7p7qrHYBeos0aGk7q4iEI6liYuKMzshGDrJnbxBvcGM+"
    "HayYX2RrJ1cJeUyODjps9mFrYlzo5H/Hl3FfWIbAtQ38Wm7v32GFlXAmxP77q/Cdg3ZOrb"
    "wf1PQfPQWFzfDq7gILIKJ/jEXbMZauGlbr2ooByXA7SzoC1ClHlyNiKC1aRsVBobambGRp"
    "Y8HWHB5hjwrRicCVafhJzk+MIJf1/CKG8CL3myLGOyMNK1HukgmJZnpGOyMNJ1HmnIoG2b"
    "PiYZ9l0ZtHlTZyGtMy3dKN+JUkUcJ9VyYPMke0OG9x5Qbb5XK4IakQFQ9+bIQRJMMIP28N"
    "fTM1/kmQHHOeOsoeCqn2+23e4LALjdiUUJzSjL0VtiGQVo91U+D+82B5wIFSmGHQuKK5wK"
    "Fa6/3TCLJg1xKUfyQJhE+s+N31dbscKvuBigeq+4vSjxrOwiQGpZCnvMtrFt/eC1ScB053"
    "XVVqR8NlgRSD14XbUVKS8XowighqKn9uLEGZ4H4jQUnbQbIs2vTVoIVAekuDcDMZ56dDBS"
    "BxYDaAJSPARcwIo+8rtpE0zJYhM7EvclB4zQeTqmQeGEQi2ehpiYUYXCwkyn0KYmtSUcO3"
    "W4HkR/10F3LUEsT1mIjfmXVh4ibB/uO8sqYpfuP8tqwE+G0l/Zb92elcS6+Yqf4DTFrF0H"
    "6bY4jYk3YQ83DTxDhpM4dypo8sfU+Xy+eYk/zi5PYoBW8Mgx0Zk8XVL+K1lviN1ZsWdRC6"
    "0oH8KOdyAVPx2LTTBsegddLbk8MgiaY3KOfrUMx8FMiJ8+pTtoUzIk7RCpQ4pm7MqsaVnd"
    "jEryadKra7wYRCmrJmhfHWm1zCEo+/wctiqpgBu0bx0juPh8DrFOqWC7EWjjzC3jbARv/V"
    "fPfIzKtalwb9Wpj2JvVgiwbwVak21aGGHBU3kUeUthGSAsQMn0I5BAoFBytnDv/kLJ6cFe"
    "JX9JHovWi9OlmbObKN7ec5k3ccP9huxIlIhCC8N2qLW+REzWWiNxFp3B2wgTj1DxBMR6Ep"
    "bh24KimSGMS377bcEMv4S9WmjPYDfWWhlJtxvnFl1qu6qYyQchJtY6Q6d4G9KhOWCOCAHI"
    "e0GGROkyU3fhlL109JuZLZIlexeMg+INLtdWhTQkARYsWFuVWVvxWVsAqO3mK4c+1AJOly"
    "jYgP1IzdnQFfDKbdhNg85+M3bB2moWa6wQk2XwzY1n1xJGJe8A8Q4SIVCPu3Z2yYxML4rK"
    "Dc6l7kwX2EbMXl3ZPJ7ptfIimbxYRNLGLf+RY9JFPJbmRV4JRRZ9Q4aN6HxehmH8pVjFpZ"
    "1CkB4n3V+uu9iYaRkwn3zs//RR+6V7+9S7RAvjeaG96qaL2SS9uRn2RiNt2B99YlPcq8al"
    "WYb9MiYf+sPRozYY3vSG7DUNy3Y08QGMydXTv3pDbdi76w6ZVLze0fHNPUw4uDL/0a4yhy"
    "EpqHOoUOfQWbBJIxZ99fLBcdHWBLYqjiW+4PUb+zglTqSfR4P7FKpHSCZuehtTB/0HmUZ5"
    "/NKTv89dIrzHbAExTMcg9jl/3j/KcoTswJhjFPkYEsX54nX4OlFzmncQL84HNTTSv5Fmek"
    "UCjHbV0AjGTrWGRkIOrPm91vwWM7A+91mf8elVPxtU5PGl2Z9Bkt8+23OTVFjs0XFgmh3R"
    "NOOHzKqW0A7LtJEQ+MO7TDbTux1G07u41fSXI1lHU2ev3xrc+DI3PjEcjdP1sbpJlJRtE8"
    "RwstMXZpiaBuFbaa7DhZKy8CnkHgi2Xmt+WV21VT4s1ZqvoLClngMUPk9QAdewGACbJHQ/"
    "2+pLRliqNZhWvFIAsaOEeorMHlErprgRADyB13EcXgebgwVgOvJ6aSmi2+80pXJiukctXB"
    "XExtarKCBwcGmQTU/tcWZKKqho3DYopIzKrUGaGEJRqqFSBFpBIZW24VW6XzsovJbm2g4V"
    "Ztvn3Q6Xg8vGq/IlEJ1v+Etf2UifO9j62tZNbCMegtdnaIKdN4yJqBFhLygz+CyRycPrVf"
    "BEoCQxSnQi+jiTE6wqevaY/MF70XTnD06w4qlHXpUN7rxHtjHDHnkFiWcZziXrU5/P0Zyy"
    "pwTPYy/mv27He6z/Gn4jIUAJzkjd+n2rkOgu+5gsLaAI+W968m9Ie6pl2lNsuPKwwWJd1D"
    "n6cDL6OHh44PQuf76Pyeix++GD/4nEv+oskYkshQrSyxQkihRM6EwSlNhx9p7fvs6o54z5"
    "fP8uS8yHtUpFV9xrcuoOnLtXSOZOsAkpjnhIDE5vqg8FKTm+cCIK1MJoBKbWUldDdCsAUx"
    "SyB8HLXA8fSucgLzMcg5QR1vRjkOQHyUBaZiFpmbENqwBEVet3NxTa7WZdP7JxcMZDmlM2"
    "dAbEPqds+OQJYB03aq/v7PAELtkwUKXSuVuJFnqfik/ShPqjR+b54M8OtohuahaWHAiQPs"
    "/jcrlme3xPO+5aUnIx42eGw5uu5MgOibSuCFXxawl1HY09boY1QlVQjsu1Duri53KzIgbV"
    "LuPtDRmA9xO8SzUxKw+pBHys090aYsGXT4byjwxMM7u3Jwrus7pDpxjuZ0J1g9JNC/amgt"
    "PjiV+it8UanXLCj6hXtS3tNDvrbChIXlvBEZrhqWHzkhWb83TYkm9TSRXl8h85Jn8ssfXM"
    "VZc/0LNF3ZXtPZJTmdh11hNFnAHIjxeihNelsqbYRKc2A94r2tNB4r/9sj8d0So4D/wMyl"
    "TV0Cuxq1TwfmpS+TWDE1ifLLbDnb1aVe/25lJ8OWMy7N32uqMe+9tiK71uY3btunt/3bu9"
    "5Ren/Ieaftmm4xsi3repVIYnJAJVeCLqcBFVeIIlUs2Rt5Wp7kOpxiD89iLDlP/2InXK81"
    "uxHGt/g9JUi2wnBFtnfUO1bTDAI+3yG+D8Y5nlGvWoJDD36szcC8ZKtXpYQg7YPMDgAx9W"
    "bRwrnYMYUtuvuwBo203nSSyEtaKehM8Al7jAYkeEp7vAwmeTK7jAXGdCP/NC5Mxs5qLC1f"
    "QrZhq6gx70NfK69f1WPGtva10jl/Cy5mhpEOPrlUWfLX3pNzwVfYn/Pusgm0pdYdU8ekzC"
    "uXusB2ZZIN6vOJZsjZbsY9medG14eYL+g/jJ2uKQs+BIMxsTB03Wvj9OeIvRn3QCbrEaus"
    "WaF/9tMJuh7j5Iibm/wmTGIVND/OShd3/Tv//pEvnyY3LDFP9LNKMEj8mHbl+4IOe6kdP/"
    "WHCypM6WteVK6UjhsEhr6iUVZjEQ/NnRfIhyWN4S8UrM7ypX9jZZ36ZuOxq2LCoxYXYdPB"
    "+WAh9mFh8mGzT+ygoobyVah3DxLnlwEadD314XMRw40bZRl+xaiRpPtfBqNt64TPg0VRxE"
    "e/2fA4IfKftH2d7Pow5DSfy9gxxuPkFP4mvbUvfS3WwhjuB+B9sdswnX6JlyPxJ/ecH54o"
    "Qqh9mOvlMr4IQlzxgUDzo7R9e6veh4Ra9mSJzRJjhhC/aPry085e0TlmaFjx6TINsN2e50"
    "illL3RGnHv4N6ci/x8t6Ufd5Efbv/U/UNQ3hibN9ZxoT9Z1rK4u+Gvzd+OHx7ApvQt/G5J"
    "ST3ehb4D28RH/EDKo/0Iy9JGtrI93CaQ67sw2rjlnpz+wxrJklXoSvxOw1eMUwz3O4eRNx"
    "NqS1tMHZV0Nnnze2ip6+iFB9D2qsjQkB2XlHzs5rRv5pYzPGPNal2goSSLQO3lJ8PHw3Z3"
    "bMK9d1c1Tyl4q3xkVd8WJi4VdMmA6z0i1ZeGAXOTkmCBTliF+gCIpy3eNpSaqyr/tjZWJ/"
    "MqA2erq+7vVueBxt02sRobXidwxI4oYk7rYkcXtw5TyWSyIM+3K+fTlwOGi+eSrzF6RPfL"
    "k0TP+90992J0vOAcsTK4nLAqG+PsGRZEwMKDFAiQFKDFBi6u8u8UMO+VgbMVnYk+r8TQE7"
    "J/07ayZPA9g5X+KoZ2HnBF+sakJnQg4SOiGhswpMfQ6HGqpRIZiqcNIFpB0fQTsuOO0Yit"
    "0XWexessgWNWNDxerbCW50f8kA8FZ9KgDjdmfMJzTNWmXMezTdYPVI5fGGlpd9dF7N8tpm"
    "pPU+hhLKdfvFFtxazhVdCtKtoNuKfHWRo+5xbB3Oel3oNuLp52x2WZxlyisxrjhDN87APY"
    "kNZwWPHJMYFmeXiOFm0dctoVfUmwxS5BdsAn1ls0tkRt86iCGLA6atd0CvN4AW8GVryJet"
    "O79E4sf156U6wWTY++cTs9m9cpF+H2PSfXgYDn7hF4NZzutK/ty79hv+iafBs47OggBiYt"
    "meduGvCSZCEugrSk2sk5TgYFw2BvmECZeF+eZKtf71q8HgNuJtu+rHeA33T3dXPTbNxSCw"
    "RoanOyStYCgVCaUia6IeN9TnDKUiIYqYiCzkOe85TRy8jclti6dAmjmCOAk5ABeCOOAer6"
    "0rTM09nlhBC0C47UcYp+06GVy628UUXLp7UE7sOzVz6fKA0K1B8InUn7u529ntzOXtNJM1"
    "hJN32+Wv/MuRfOKpqPqtQQ+Qpn3aDp2+KPq4QlIVereCGdxY59aUGXjqyVRhqdZkG1ScRe"
    "XrbQ5e5rIjtnKwiNSAutRGPHcYZ8dh2dQN5ANpNlIDbft5F2X79v2+WgpuYj2MYDzsjR6H"
    "/evH49oNO6kgsW9gr/WgRgXpEjS8614iJ8bP4EXT9Pk8iC130DOlMxtNKT9mk5M1Tn2NCl"
    "ELvVkMX0Tn87OOz+d4ptgW7aSHiJb/RDB/6mX+8CVOsbbZRgIKm8WCosnCZsCGycaG4deu"
    "e/1fvGtTbPjtPjzd33jXvCqO8UULWDPt5BL4jEFlAzcqByZuPhMXmBzpA9JeJgfkjLZt1C"
    "XUjl05o8DsAGZHY8EFZgcwO+rl2QJmBzA7Go3y4cyOcIFx29afscQVcuVLfvg0xKYufsvu"
    "lePO66o9uEss3wNx2p430kKENiycQ/AJ835asg39VykessUTf56yL/1ZkiITQBqcKLQf2F"
    "6or5ZMPcXA0WhhrER+vCRmtLnX2RUusv1WwDRrV6glGFfFeEtMDIIue4MuU92yDJkenQ5y"
    "SKR1DvriAeYr0gt7AcWZHBNrHdAllI7mNRXyFY6OSIJLti4u2SyOeCjjV6Kf0KRTocOqQR"
    "uTAm8heGDBA1sfI61zkAc2+LgLAPY21FVLsY0thSmsTaiPdqT6aIX6yQKHxRftKcvpAErL"
    "OYxjut8RBHmHLfQGQd5hUXrnlD7nOPEzLAU8wXw8QTYrNS+5QVbabNdkjoi1Bv7CpvREd6"
    "YLNVMqLALLBORtVozuRldRwjYmBcjudwHYoRjigaZUOBzZMJCz2lOxCQZpnGW5WvamcSa2"
    "twLwvQr6aSm24T29VtmxV7rJR6ZHHGt9IrFxI/c7u2xcn7438QQ09qlaRkZb92RARLFw8o"
    "y9CuVeX1/ZXpXw2devuunyFFXRNTplyv5ZMus1bycSe/r3ky2B88Xw+FcWnp/8+xBDe5cN"
    "0zJbuxLrJd0iZ3OT31E1JCNibdJgKjYmgy8mT6JsIFsdpUAd/pPHwcPTA/uw6MpdjclD91"
    "+XaKWvgyzXIMd1TLo3Pz+NHi+RPvvTtZ0xuesNf+pp/ftLtjZZz1gzSHBt8PQYXKSuE1/a"
    "slAWIDe2VEbINxfvs+B78T4dYH7v+HHWep15XHzlsrnahJ3nnq01i0uVTWBaMuWIpizrcn"
    "C3Eu1bDQpfbI9HZqnbPC7cAevZI/rcYQunsk4oFQfdMLduCIy4MuNnUO3hCySZ5kn2PzzD"
    "v3YDXK6zvvqE3roBnNXVmZ7Ge2xf57Vu4SFecvysG2war1ju85S26+zyfU6ZhGb5IvwXcx"
    "k17yfrAQU9iJMbqXBnGuaM/Zf4g6++HWRj4iDdRjr6FV/z0xttd8J7m2DkZ+bykxiXbIkR"
    "xzGmuEnLfNoef6p4ij89Am/PjLVnWIB7tUY6W7p7NTyCWdW3kAhsN0o+UzmgTfCT1sa49p"
    "cXqU6cEgrYSOzShYuBusoFZAeyXJWNZwfi5cpkv036re/IDoyKtXCKlpAfWPPyoolJerLC"
    "ZMYRUwP85KF3f9O//+kS+fJjMgqu2KErj+JPZ0w+dPu3vG7oXDdMXkl09Kn/8MAv2C8iL7"
    "IesRLd4ZPekQxg6pYYFgHeZHw/XNrPaovORgCc+ftXG1O3HQ1bFlVKrY9Ktc6pX0r5W76I"
    "5Un63orBcar1qbmZdL6ByzX962qvyxUK7LZt1CUfe6JcGTjai9L0wNFeqqN9w4c/kp+dO/"
    "tOZI51caOTgUUs/IWWF22HVNlGfdudHZ5j8e8ErOkWR9C+hS6k4mt5MTikNUXS4d1KtM6Y"
    "y8LWTOdqJpiaE8NyFjNdkuid7kMOy3zJXmQwkdLnbDOVZWClgLJcE4CbryxTdyV+clJb9u"
    "7sVJenok3WgyiR1xwt2JuhyVrwPDxgztEfNv7rD/Zy/C87nD3nP4Ln1PH2QXAPnXpT4KyD"
    "3hbGdIGW+gu2+ZGT8YhMVc8dkxW2vvbkkWksDQcxPPDXtj7fQUwJ+hUL6OYrYC91GBsFTI"
    "UDTYUpm+wqumzQvnVVlS/eZYlKvEsPSrxLxiT+UpiwfuvqtuNvaj1jmxyyd4lr42CEM0fs"
    "n+6fRjzg7kmPif+X+O/ebw/9If8Tf14ZVl2i8a+6abAt3KKS0g+7LY6oZAstjoZYGJlib9"
    "6cs3MYllHJaoa5JgZ640YZkmSL3rj40p0ndGkX6YoBTkJpX4xNXWuqpDxvJSp0BE9N3VhW"
    "4w0uXsUAp2Y69ODUBKemyn60k2aeiutulvmXi+wOd3HY13Wgw9hzTj6GOmwY1Fkdx7Fplq"
    "EmHjjlW5AqGp3eqd758Aewz0uvBVMJCsA30X4CVstRUhXCr6WAcUysdfyWUpIVWl+4r3s3"
    "eOKpZfqSujy57KY/uvauzAx7yq/Vw4HtvZ96taKoXGuyyiquURTMBW2yUtgtY1IVxsvesf"
    "+r9dYZUp7Yd7MBSnl6y6Rhkueb5M7CwvaCMmnlYUiIwhjkGwMv2jjT1yp5w1EhKIOWBmst"
    "wr81Q7ohrthMUQ5vrBzJudVZxtiRHVwNI1yrEXaoo5vaXy77l4pfOCrVmr2psOXRsG0Xz7"
    "SNuZPVGxQTA2DjwK6wpfkuTUE/VQBXJgqMu0R9Ux4xFj80qa9SamKdpIRcw3IxWCdMsCxc"
    "Aydntev81WBwG1nir/oxTfT+6e6qNzz9RqztrJHhpCiohq3pU8d4VQU8IgeAZwccyiNDeW"
    "TgbLS1Vkfdvq9mDrrEdkiU6piyQXimluoqGpWCNXQvoyRALAmyOqMk1FWzMM5Kd4hNL2XC"
    "Qzg5apP2F9PKfMEPn4bY1FOin4n8woZtVml4/7dMRohPxpEwQbY0nX1lTYD40S7iR1CsRj"
    "FVMSbWuozF4uPhxJi+KLNsQjKto38Uz7PRX9kstzTXMlVAjkq1DuZSWDYrhpHSTN4ItK+0"
    "bXkAawvdlpxMvQfljVQhUNdoTS5+waArTNRKNG8lAN196LJfSRXhDYkAvvvwNfErVtrpNg"
    "IVbnKEWkvdrGarK15pW1HxpOxmx1YAYotpx1jmPsASqFqH0eUEq8Be4Ty8RYkwjEO+cWhI"
    "bnNT12zPIZknWBKVbF+wpLnBkWRITBzkYdJng+QY6IQwjHWdxxqC3umLaTPjnxD0/gIHPU"
    "vQe4mtZzZy7JdS1RIVcUEIfWeovbsBLQl1ebn+NQM5e6p/fIpFwt/sNdD90+1ttvC3qO91"
    "YPR7YM3ahLfUWcDszeAU6vxAXXmd9VhfWbgZddvkMwEWPm7kAEJFcLxJKyECysk+iHTT0O"
    "1DPzdvI+jyrtqKk6M/FwLSo/7cVog8V3gxC/iD6KvV67ftTjadH4jWyOtqgq9ZV7iRVcSO"
    "yI/z1q1UktxmWdt7AFhoLc1wsAGhnA+HpuxXIO8oAX5sQHCYwCXSCaLmLGjBbrHmyGZviO"
    "wFXa3YDU8/RVw/RYaDTnkDEz/r0zUylitqJQqDVPLQMRFNbNGFzeR0/nT2DEFWODtHH6hL"
    "xJEKXFSk5omzE4JDECh9cVfINF6waOBf5sSztAMRgE94zDMP+FdIJObkjmMPtiKt4xEWf0"
    "RaQ6JHoRWngTEk8DinQ99M5yOUxq2NzxFKi2b1N9b0vC8P+Qd9fc3p/6mactAgi6680tci"
    "mSDzMWBMd/yar6DIdtjEmX39qpsuRqybJTN4hHoYUhe5OmkQ4+uVRZ8tfcmV1zcbnXI0MJ"
    "md+5kt50yaCzKdlK9vTJ21kxpzRQ8ek9HH7tcX3/+ADBu94JVz6avHrHt2G5tzfkNHE6xb"
    "XB1mb8Ieb+gmmlOLK/AGcZ1SNORdJKGWKcmV8IJ2Hx+mTAGPCLVOnS6eRNusA3iAQpLU7D"
    "JRSOC8mHaPbz1PWGqc3g42cDaowQYGG3jftwQ2cPttYB6+TbV//djuXts3iCUXW1Xh99As"
    "Y0+Ao6CPGhZxvLmQ1Yrzm1d2rG6D4yGgpoCaAmoKqCmgpsjUlAdOsrgWp5RK9JTQ3SyKil"
    "deQlSizeyn/xWzXc7hR61b6BVbBnvvWUD+CCgnC/ZTOAEk4J2gN8NZ+P515PnXqYU8Phn7"
    "hdTxWScS73yZjxsTviQtdceY6qa5Rqc6svB0zRa/DXnmjbqs74VOZsJdT9kf20AAe4U1ci"
    "h6W1D8yt9Dt0UrX5YtdWfnqO+MyZtuOLZw5PPbC8HAYR3QNxL8Pn0qiDK8NzY354a17PB3"
    "5iLsW5zP+Q3x89mvZK29H5cWDfjdLy7sLYHe40BdPKq6eLTyL3VbgMt2/7OvxXEldMtsB4"
    "ZtpSvT1E9WmMw4YmqAnzz07m/69z9dIl9+TK4H9x/6w7vezWWwhvAl7pfesP+hzy8Gy+eY"
    "DHsfnkb8koXn3CMeX3eBo1O3r6a9iv8MT41Zzuz+sCSEc+oczgkUEsXax1EpMPFkBwP6X4"
    "Fqdf6EHITMkuB6urMasBEZmLISVE06FQkvarjGpGC67i+EHrICweGz2+ET22rkLp/k0gDQ"
    "7oc2siDuB3a7MRUA7pPdpoT6OLKJPTylfoFs8S0A3NtQV+0EOLbnKJeHKNUTHEqhlbmCox"
    "m2+33Bieze/d7gAcFoutDJMw5nGX5l+77Wc/RAbYMfuYX8bj3P7B8B05KSP5BuYWRSh3tO"
    "dQd5d9CH/ofBecIbXP7j9oTdg/PkLTw/zJ8KnGt+rwrONZvuSid1btqD5i7R3IMPII9vNZ"
    "Ctsxv7pNcd3l8irFtkTEbcxXqJeIlU4TP9pTcc9bjP9BVbNuZXHp94aws7Lm/f++2hP2QN"
    "vEVlTLo3Pz+NHi+RPvvTtZ0xuesNf+ppfSYhwk+aQYJrg6fH4CJ1WcsPg+GHXp9dm1Nrjo"
    "1Envdx/LMW1m2Z3pAev9hKtK/M6cX7LPhevE8HmN+Lla+vJem5eXG48Jydq03Yee7ZWjMV"
    "t6o8G9mKwP32u3NspKtCxGffPMR3IMx98CnF0/W5I3Mj7K2dvpEDRQXOrIVEkrpA3d5ALT"
    "A0i/qWgKFZKkMzy7GlZTrmEtXaJN45WUW3vS46OxAS6GD/XJospM2Np0wn9hu2OJtQR5vu"
    "vl5i22a/BTl4uTLZVDn3aYmco7ipjhAuZ4d006Rv/CYKZFfebIvRN6t58Jjo06moqfAHL5"
    "xgOPYfXuExG3k3bMH6XGNBJPW5ohzAoJMszr/gHfmUAzLlUXNvQiORQHdHDk5UrM5+qNpY"
    "eXWnUxbi9OteX/ceuKNOrBXcsfdz7/qRO/b+xFP291X3/hJNdDImH/q3j70he6xhOsn17m"
    "i0yZmhdKZZSKI1Rz4VZtx4k4DZKGIDUUA1KQjgguUIlmOtDn6BUa/w5BfwF4C/oAH+giNn"
    "dHa91L8TiZcguNXZ5RzwUwdLqDgBRu4x6277lTazWrdB+9aVCCzeYhL/VoA2aF9nI7Y2Hg"
    "OBjhTc/f6CQLbOQJ90R+zOJdJtGztjctvvXvVv+4//ukSmoU8M03DWY9L755O4hP9yxd+c"
    "PHT/5JOHiIsFWah3P/LYQpjY+Hi+hIR2kb4NhljEBjn0CJifqWsR3bxlPdVndA9WO0o9z6"
    "RP2OxxqLX+RTdd3X/lhNYgabVTgTCC9tprIJAxsHBHXxlGX+uvbOSeeTFj2+HueDT69IT0"
    "qUVtrx7CdMEAuvQqMfCzxtH/RH85a17vmN9lI+oI0STht4T+Qc2pl5rDBkoBVb81ONbijr"
    "XN3JesyTu45hGx1qBaCeU8FCN5cdW8HFuBYiBv/AKhoIIkt9fIQCRHYUDwI2X/yOgHGXl9"
    "NGoIsrpAtvMuC1/iIE3FV+5Ss5Mi93dqJ396LZUSk5S8HL/75ylpgfXh/3lomB9yfIpdcN"
    "N1CD411opnlIVlWucyKb4oZ8DIzsrzDtofyPDOoF0cYaHNyPBe4qXSlAzaty5X5uL77zPM"
    "R9YqdUKKe7Jj8zaLdlaQY2J19jTV5uPfbojqQAPXKgXmpOcUyBHp0DczTJ6FHAGZKhUWxN"
    "lgVkDEvN2lRRLTS7n2BQQLjhssCEOWboEHiO43wDejmCXhYIYnhoPEyYUe2/Qc3bCth9is"
    "BfIWMRux2YQszI8VttHUddBSt54Nwtn5o09PHTRlA/xMrXXHq3aMeBFmXv6DYDMZKqjmkX"
    "D0YkNdBGJyqPvHI2LgH8/nH/e+RnXwo3KAfj70wXNzouy58Zd8FXM3JNK+6hHFU7BWuuUQ"
    "GXF1RzH8rUj7EC7emwDexzK9jz7pVs1kjwoBvV2mK/gKuKIvJCoFnpAksF68S9UICUu1ab"
    "5WrINBweuSZnXV1JsWwrnDXYoDdsaBntI42aNha0ZWl2l4sUwh2EhUiALwDaUJtRTaqOaU"
    "AVwpFUwZ2GxksJotCoWxwWR6WQGgXoe6aieyMXU0A7xQlL2gouzHrv10pxN3B+0xfLuzK+"
    "gyN4io8rgUAmpV2bvELznMwBaV0NfoBa+9skd+v+iU/1xMZuf+hfPog84u0cziFSaFEK+2"
    "xA/g7CAe+2bXHMozK5IxmIoePCYmnj1ji9031+htgdlzCeUBmc1jxHmhDF6LvmIbGQ46Xe"
    "ov2Pp6usDs8dYZ5ILUMBekvq7qY6yDrWEZVuZELcXTl0Je+Hk0uE8x2wOB+LQ0pg76DzIN"
    "u8GaugxYDgXveUO2CvA8vev+Fof6+nZwJcAJsah4B1fxNGLqsF1BOWYYEQOPVf6cpprXfS"
    "vxGN2HweiRn43rqRxBNTjvtFxeDw7X5LhcODg1x1pVJ3ZogMlOeqg357Q8Z2/EBCGwl2W7"
    "BxJ2OvpAwk4bcyBhn6QHaeCE4vbFdeuJagVKMmQXVJldAOfCVnYu7JGCvQ1FOEOs9zgBiA"
    "dsGTTqq47e6ewKO0xNarN5sxJNMyd7eFJoSYmzYC9Efd//Ul+jCUaigi8yiM2mJDIkVZ7y"
    "dACu+3q57sXQKbmhA4HWFV/YBWRglP6YapL+mDBIvU8yhz0aFgRztFHmqDd0ytZoTKxFmn"
    "1pGcEBZKBT7lPZY5NLOR+4TK1nhB3HxLMBPwxXpvtE7u/UgGyvpSbO1c1OuBDN0duCYYT4"
    "IUNzai2RhafYeOU9i+OmeMdLfuiU5RKm8mDdwrNL5M2DDrIpV3y8fgzbbz5DzpsxlTItyn"
    "3imJw6b5Sfc4NtxMDkjA5eTNNmuHoiHcQbsI7tgJyhO4iyD+RgbsUxTkGumUJRsramLwWb"
    "Ujm6GpWD8Gru8Ooc5yjWGRIC6HNDDwGeL1GjZvuU2o6yFWjTt1aWGs3QKkCBHm0UlqGbhb"
    "9cN5CzqtLbuVUr1+EW/rSaMbEWGRRp3latcgxvjOhcaJtc/RQVXQJ1d3PRxHOmbbpOB70Z"
    "zoKpwUz5fNNtNGcKykzmYiyqW6gAU+t9Pl3ntdh+ISsRm74DbARaU3qkuKjzZweLolBqNS"
    "FjYq1jJBVfxeEYtnDNHFRFz93AWaLltYJTOmjNKgG28BeBe+DpVMY+Jgj458OfulbuJSgp"
    "C6NQfKJDyvRvxKH2eTnVWTSYi3QN5iKhwRAqS+rbcdgilSb1NV85LIWuDn4t8GvV3a915P"
    "OVo+jv9Gr5w5PJqcUjn9l8WgMSitCGgrLC42RhBuvU4IFX/Zlha3P/k+X5peykI+vAvoA2"
    "V69A7BEKjeZJrqxM/Sg+S5J/GKrnPYdlQA3JoobwoKc2t+hSHlNNye8JCx1Yw6FmPiu1Eg"
    "4CCEfim96DnSPzTn9RyInIkiaS/hV2p5hUa0znwlykS92ZLrDKhh+SADgTCZDGfI4tzGwE"
    "iaMhPf0xKgWwggOzXq6zOWaraB7PvQ3IH4Y8/rwShUjU0Y9LwgjkGwGP8pyDRBgRhNIrdS"
    "69AkzR9I+uvUxRKAUC1SpaQ4jbEdqAfP/QflV0bXcoBdLUg0aTFOeGbc1puJd61mjXnRnO"
    "LX0+kYTXNvc6uyJrOm+lmfQ5W1AtHQ4gaNd4P+rsiIXxkt2qkZqwTOsiNcWzidkXJT1kIB"
    "3grUT7go3F48t2DcNZexgpgBwTax/S315kQPrbi1Sk+S0p0orpB2EhWC72TucJnjNdNYlw"
    "eu3zrcRBxc/rqcrKcC2l9jk//0JyNGo67BsBQD0/6q+GrrKY+M0rXEb0lVHNSlI8C8dYqU"
    "DrtW7dAv1dFuLNd+m8m+8aXqy6Uv2jvQ5qbvOouaZDEi1yn5bF+XZt2eYLXruI1y40pWpV"
    "CKw/w8sVdTCZrod4Si1pJdRko84u15Sxba5Zon0JPqrfT+wp9ey/F7w++Tf4rJrgs9qMWe"
    "bksUCghbljxRug/EtQANdv3kJov7l4n0Ulv3ifrpPze7HcMcx+qe1oC91WKt0bl2sh3sVP"
    "5bQ803SSYlqa6ZebqBedvPaKPUHJOxWWgcP5DnCVNMvuBGZUfsMzYScdR61/sOiS+kORPN"
    "hgc3OnGr8KmtUswvylqOrlJVGysVbRX4L2rTt5oPgwm2o8vvpYfINVwhf2u+Tg7j9hNZCt"
    "M9AnH55ub7Vh7+bp+rE/uGedsi40C89cQSoYk4fe8Lp3/6gNPnzg569aU55XT+fzMbl6+p"
    "d2r/3E+r27RBN3rRGNLbbackzuendXvaH2MOxf9y7REi8n2NJWlqRIepZBvXiXJRf2XXoq"
    "7Lusen59D86dWfrcUYyAnNwMux8eL5GQ5QMpDtHVug8Pw8Ev3dvNaboa244t+qqbY+Ld48"
    "foetfkR+uOCeuKX2DyONdBu8UPqbNgOtSCmjnSbRKikG+TL9+maRXr24W+hVdYZutdUWpi"
    "naRZ24FQDPYJkyoL982Vaq3sq8HgNmLFXfVjoN4/8X3r9Bux7rBGhpOCdWgf1CaSsHl6Wc"
    "qEYGume2FeI65K/OVInMqpqIYkAM5EBrCFsSKeYREANFF4wdNnKfcfqa22MUlYchWWXL+k"
    "kkRrT/clh2Wq9yWf/H3uEmFFMevIMB2D2Of8ef9Q1ONr62E26VQk6mjGTGlY4nIwNIUPDb"
    "NRLcfO4fuPCLaPctYQT38A0k6OGbO+84xwSAzGt87jC0V5y6yGZ7uTpeHkC5DGZaFESJ2/"
    "o8CVmWOgY6IwznUeZ889rVlYt9XyJxOCsIJmWUGBYJKOfrsIJpHMhtUs56hHJWHU6zLqks"
    "XVf3vJHqpacSkpCNktEucW++XPNKXqUno1q6gUAJt+kDAUCiujtuvGDFKFVyIJAO9Negu+"
    "9yTQyolv16GumoVx5pJV0cUR6oEVCm7GemBpqwUAvAdgyQKZAeKQsgUI70E4qZgeUNOOdW"
    "YaXlDrwNJ2G558d9tlA02htFGIFpxw8LIouPqsrzbhVEmiRniO7crZiM3FDOkbWvyL2H8C"
    "16/8HHfKj84KOkG2zj5Qdk1cFidkXSIdzQx7ygmD/nHxRJwMb+EpZn0lD+MqrlsoWlhrJm"
    "R67gkkSJRZrrBhpN+WzHZww7fXIZvFDS+2LTWnS1ikTd9bYf6srfaihGtcDLDd78oSc7EA"
    "G3UQ9NMweLNaqeFvVn5er3QCF4BsJGG7pejGv9wUJ+GR0+mFabvLPAts3yx22cbm3m+QPT"
    "L7Z/TpyWa20dZ2mtJXbNnolDDb6RJh9seaN+owO0oYTIHb9ayD3gxnIa55tHckEkDRGzOd"
    "MDIcZNjc/koabNU9VlrhK/IN2S/uYVW+vhQLr7S6AWL01K2LiFiLQktVn6AGGlF50dMXVz"
    "FouhEAPPdrmKALFagLSbVNvjkeju3I66WlqG6/2VrpltdiUbljCqP3IxO6ZbTBTt3SWK6o"
    "5fjrlLb0RDKqmF3fF+9LITpnWp+Jn/XpGs0NE39lI69ftMD6jGuADkXXlj4zMfJ+agdZ2L"
    "VZF3NfEyT4syNkk5pl6U+TKpRBFRiBMCiTx1QmIRAAlZLyV0p6GA54laTRJbdLeX0ke0xG"
    "j4PrT5fIduj0Jah7NApKHvH7Tw8Pt31xzXZ5SFRcHTz07rXB8EZcpytMNOHnseMrVpaBLP"
    "4cCG9Y1BKttyL1SOblj21NMi9EeNK/hfZGeCDRom2jnpZokbBij2MU9IUi/zOdnEgMgu3N"
    "LMbAn3QCBVzbpTuDetcS9Y5bq6qGUFgGkmOzJMdiMqUz33eSFeWwTOtQLn4i172KqwTq6Q"
    "JPX/BMEfGT64+960/9+58ukeiAgT4m4pr2odu/5ZVYxXVtrrPvdObf21wWRVyf7u9FB5ZL"
    "iJC/YfrLJZpRgsck6CWQHw5u2d/aVZcvfhY1TU6TZzpGPRaw5dYrmdU+DYmAfVq4fepQRz"
    "c1i76pHJ0SFYIqg/HwIH1RRTQkAXAmq+N6tatVQU3IAbTJyoxik1FFNi4GwMaB9YxpdWQT"
    "cgBtosaw7kwXmm38X4kZlF5mOCJUHagX75oCK7YsKqH17jB5AoHW2TtQcgl8wpF2+SMBc4"
    "MY9iLXsMdEoYBdfVz/yXEOWdo5hjopDaNd59GG0kQVVs6B0i5Fl3bJUhYjdBB7jLqvUOLB"
    "izxuz4BvmF6SqRKG3MDLgRJba1oEUfnRbn9apQa8t9Nub8w7NNn3E18HBCNnwUmoOkFeB8"
    "j/8nhKEz+4gr11BxnEu8ydxyKI+Dfhj+cQIJfMKLY5DXWJCH7DNmeiWrakBkbpT4PSGLVO"
    "6EmP6rOFhykoKv7QjQAkocgcIMQxnLUHSgLUXZHfiFideRI53SHFH3vrY6a6fkTE2jSHK0"
    "4NxJ/ZK6jEYDcCEIEtPAL7J52oGZFbgTZ9AmWZj396tMcD7cYIhbJhAGe1HrfzSp4/eExm"
    "61A4YtIUfc9y2q/l+5ZasczW34Mp5qtXB6WJgfYM2nNzlt0o50Uym3cdqOkJVHiO5nF82w"
    "Ueo5nndBw4FkclRstXCxW9OGgPanHhanFAhFFcVcJicEavwuICZgiYIWCGpJohXddZjLBt"
    "p5TbDt/u7DJFdNZQs72WCvEGkz4bBJ3qyKEvmLCWS8Ncn10iw7GRPp2y/rw7NprqlrUW14"
    "0ZOh2f2MZsfHLWEVcsPGcr7sLvhNfA8OcQe5I88lDBc8dkTHr6dLFptaSv2EZ/bJv8wSt6"
    "T9ai5LeoEKejZ5eNKJ6hpwfOB0A6mbH/2W+87ofOQxzRR/6Nx06oOcPWmETfZcX+GxMeS9"
    "Gfdf5LRY0Q/vvQm27z5DGmcPA4i4VXpr7GszP2X69MVERT0NuC3Uf+cJ6jW/pMXUe8jShz"
    "NyYMI1GX3AvTMBndQUvXdhBmbYJpwP7DQX94/XK2zx9/i2Erip349wMp/m4r9EatFxEbcs"
    "aEsqUDnfLpzjo/t/HUtQxnfc7mlogT4emLLYroeSPA1gQ2XuKFTKrPbL8Un2li6+wcdREz"
    "d3i9Pe8D5BXXp6IE30K3xwR/XhkWu3hKqI/j0hAg8tIqrNFU569nmCaaYPSqm2xGsN7JWR"
    "nxpnTlV7o55VR8j2swl+KNz5MuKge6CSmiOcF+nwHr96lQv0+kP7EpT5Ww3Uq0EN0S8svm"
    "Evttp8HgS4CtoGArbLdmBXshKgRpDXFQ9dmMKSMpObFySEMirfPvFF/kCgj46dC3l4Dv6/"
    "u5xj0uC6TsOpOyPavEzjHOUclqvu8qDYg2jfLWTFb/msOS8C03YZTzhLzikq1TjYrn43lF"
    "kdT8/xGZkvJYmleEK1QD0FZFNCQBeO4LqLh2IYcQFZYQdIT9fG8oJTSh9peE977nAiC923"
    "TUSlAj616dQlS3PFbzQTdM18InkhhV5H5nV5BKRH1ERSqX7+mdLFGqD6L+FFrptv1GrZkX"
    "ObLRClvolM9D/jIdNDUNTBzkOy7OLkXUYWVRrjvYxivm8QZ9zQMemziGo8/n5zxsloxQVf"
    "BMHp36hFeOCG3w/mwvZqJbGBGKgviOQyk65f16USgvxkMou4FN00u80Ve65Zydo0eDd8Ll"
    "8YpOF2OyNEzTsDGbeDMb2VS8Hg91uSv2ExzvceIpPLblDwpir7hmv9TkQavRP29FhIw6C/"
    "TgKWL8Eg9DsX8bzo4C9wFKYox9bxIQGBtBYAwPXVblOCzTwnhCCSfkNsQp22CIw9tMRkU5"
    "LAKBhLjhYeq245eT1Jay1OQdS3RStjX4VpxjNTGpKJHG9m3DVB4HmTSMRPaRSBiOx1HJRz"
    "4JZ4QdJ+W0pniTnYp5QOrRbK/1EQu1v2BJPY4dHBGveevYOEXth+l63qtuuhIlL52UvhGo"
    "npV+HO92KfxzOMIj/QtoZrRYEnio0xEeI+50uJvr0k0iuLd7d+CtNJ/QBMd3NMrTvWsHYL"
    "u+hSXL0CP+nHbc7EaiFSborgWm99vj7rV/s77cDu5/CprHN4R4eQoOhGrqUUgK2IQKbEJh"
    "c9oOXuUwVQMxsI1yVgLx5mwezkxEEtgU9VFqkmwKYD6mf3bN1GUzHUJYOQGhfWrZQbbBPr"
    "LCgOBHyv5RLFWhXoNQGFWhOEPreqETgs2uF7o9kZhbsRadXUbX1Gur+ZHgrDmdroXsBV3x"
    "uC2P9S516wU7K1PnKXz8grjJA9nsmjOn1vLSq+roRY69sfUC3f4LdDYtvYbImJ2dSZI6K3"
    "ww2JH1siODcVLx24ZlWue8LT7/rP6n1Dc2fYctwZpi0CEk0go/SGz2XmTJTmWt0ufvRSJD"
    "lUOW5m/aDXTLfE4VVBvykvw1kUGvhHZMrnWLRylov+HJgtIXdbgTgq3Du5SVZKLbWHMtUw"
    "XqsEzrUC5lVtvGM9HUywrExFqHdQknFjO7SOpN2QHyVqR1ABev3xk2s6Ed41WiP++u+BaW"
    "qzDwEpgtjY27rFx7oeULdcVFAXYV2E1Tm7qWLTttMT2kGxPLtaA0KMRSRliXQ5grChIRhF"
    "AXhLog1FWzUBeQ9Vo26gWQ9UJlnRkETHV1HGwdeFTbDevpVnTUwKmQFouLbpK+w1/zoj6H"
    "wfXgdzbgfbUWMa4M2w77VYeixToa8X7aipS9MFZLTByNQ3YoWiO/M45aWwFb6qtVkOZxAF"
    "Iv7p3XUVtxWlHTmBoHzyiHTl8eeFfrNgFVJmk9tB9KeBTR3XI/hyK+T+/nUXQRX0q8HHkv"
    "bVGk4tO5g8k5EgN6iXjNZaZ5CL4DXWGCvEd4LAaft9FB9ot79jcULFGX4m7w10lsBKp67p"
    "jwx8AxnfWn1Da5mjLrm83XxjrmX1w1luNWAE5fl7gnA/0/Ddf9XCEtFWGIeyTjHn85Ek5L"
    "6uT1W8PMlRRQZpvrcuWoFJIIi7QmhaS4A5EtSxaj2HEUciDQus/++3fvMnz3rFXqhy/uxX"
    "YuZuu7KbVlesRdJnjh0W1sI10h2lyNVUT8ZPDQu78UCvCYDHsPt91/9e9/uvRPVGFDwK+O"
    "Bre/9G74RZuar15Q8fiqhfeK2oYFnnFViYvBypI8ydA7TSdXFd+IKETj6uOgT8Zlgs851z"
    "hHRGGc6zzOEHVNXzqbGX+DqOuXOOppUdcYa50rNmo+l6gQHBi6SyearNWwTQqCdyAJbyT2"
    "KAV4l0tcJt0ilI9RkS+xoiRHRLn0eDJxt2GLStZ06eh6ur+4e2T+FgC0YvC9ZrM+K8qyr3"
    "4/1qH1uACkCzugoJYIJ/euCL7sNdD90+3tsUrqR/lLkgh3guC0P8gtIVhlinNHk+x1GzH8"
    "sc1P3T31M9T4OcWcqnzWETXkBSXJP7MXMX10uhDn+Hrl7/3eOqJKPL9ybekzE8sC3ZU8eE"
    "z84gEOmuApA/kcPYVqDWzFksUGvIL+xgwvV9TBZLpGL1iU8/feMzjbWlr/PpLeHhkYPh2h"
    "En5t1IfOjgh7PeoaHFuTK9kXnvw6cqAdEW4h7MVHh3fFiFJMlSPEhdowr9WRloi2LvBZ/F"
    "lz+JVr1KoF8cNSrYmnVVzs0XCwDPb0SuIbgYMqidfTNJHBWEohcYc6uqnNZTUndk34iBi4"
    "mvLOeeCwlFt/gpm5xiu2pNz71LkdFWrNcl6cr5q61lSG6A6tbyvSuolbvA4C8ep06JsZuY"
    "R49Zc46hCvPt4mle4HSkV1h/enySptWUdcQ1y09LgoDeI2BwKcNcG9ZhM4K6zhD7deAbpN"
    "yrwsOBfOp88QmIvm8e8Pyj2EqmCjSD6nF5KyMRtkNm3QG/t/nTjxGNgmBMYTRL1w2TnqMc"
    "NojURGHhJOr0RIrprHjsnEXa5sxH6zYTHVh/X6N6R7aa9Tuly5jjgKG6O/XPYMw1nzdFcv"
    "KZapQOIZFp6yiWMHL8WfNaXsOXh2Llp6vbLXMNdj8mzRN7vDz7/WCaImj+15z2J/EvZGFu"
    "Kib5bhsM7ZFX7KNvsB6aG90Orp56NBOK9GLpodx11VnNBZt72uaEUt9AWrTeuYYGv8NBW7"
    "ILdLnRr8UTlA/yD01bJso0JgqkhclM3LXVxhMvNr4CilL366RPRlTB569zcicdHvh6ctPg"
    "6DXEbH8lIZb3rdm0vEC5nE9bbjhLchKbrgiS+OHVSOKkWlWuehLyW0RPBnR/MnYw6frUQc"
    "kgjr46dNuucxYZC6OQ+jjIjCONd5nH3lKk8Z5pAgjHGdxxhCbek7J4TaINQGcaH6xYWOE8"
    "EYYvbyU8M0RHHSoUtOJJGMZKNOloiGFRHLejQpwWil2zbPoOGe+2gn6E86uURvvO6lcOcv"
    "V7qFZ53QFYsJONFLrjlDhDqS00jLfRYcQFqvA0jZcmTl0wqikqAV1EUryEK7mhvEyKnxx0"
    "RB56+P8pccZ/ZLn59lbIp0t1hIpEKf2AR706mJ6Ur2i2tr0wWevmDFEGlEDPy6yYAGnXJF"
    "4LMarlEpgFXKEswzY5OCAG4KuKqTNi4GwEqzhlRiZlsBADPJP3F0w1RKPAyJHJR6mE8/+P"
    "vcJVNhgE5cw3QMYp/z5/2jLJ2hiozEhDvpON6OSN0giaMjXldov49DcqbQfh/H4wIzS0An"
    "ti7GWTcRdZ0J/cz9EEGHwikRrTZiXyJOQHQwmxlrj0IpLn+FRh/7Dw+9G+3jYPBphAxBuE"
    "x4Oyp56pgEXX1lh5/W8SmXyKFRNujpVLcsA1vof/Dm0xf2smzUlhNsnfHn8XHHZHbu422f"
    "b970fExiMVburGFvqSMLm/oaLdn/HP0Fe64d+oZO2WhQZLAfaWLdxqy1YeKAVGrwwjJobh"
    "rPC+csG60zGHpCE9zO30Mck3gk+N9A/Kwl8RNKjGQwKUsoMRL6jBQAj4m1EOoS8k69pVYF"
    "5pBICyEu3kES7GGKszkm1kKoq61N1C4OaJL7eTO4712iGSUYOJ+tt2CBifhlRTKA41sVxx"
    "e4gO3/mqDYSvoX1t6oPzBA2zbqwACFYisNhxRItQrKBxRbgWIr0eDdi3unr1beb0yG7rZ3"
    "O5kCdy+utvQEsjKTXQuNPj2J4K93ooC+DWO5hJcMCUe2vrJFa2Mm4R0f0lOGaiMnDMfItf"
    "jR2AeVIvlSwlGl8ZCbesZ5g33Fhq3xOPQrlgRYKTWxTlKmdFguhvSECZYFdTDdq7XtrwaD"
    "24imf9WPRVHvn+6uesPTbwT0rJHhRIKrYHW31/7KYnWD/VUSOxhqUh2MJxhfxzS+uFZ6OL"
    "wjr5eWYrr9aOuUITriOQYDwRQ8kdldodudLIYX3bbNlAzKmXv8EDavOCTv5RlzluIpg6uD"
    "TDoVyZpnzGLSHbSkr9irLqm/6oaYEJsKkZ0QjzFpkpX1pDER3Z17+HLG0jnDyFxrfv8ebd"
    "J7Guc+hjiT5+hRJKVyMqPjWsTmb8hpig71OItv1HopI9MUOIf8HhSbbMbGHgmd+x+pGqgx"
    "KUAWDDolqNtl0NUlV4Nvmw/UNKbrVL3Dv51J7/ByJVdcwsiaqPGRaQRLd7rgWgB1rdBW7+"
    "kIOgoKYfNkAxub5jmvhC1+ilcN29eTv+KVrMW041WsuaLxZjgL9p++XhzRRSp56pjwgtaW"
    "wX4xr1wxp5an14w+PZ1vdB32FfP7XsdY1Oj23GGbFmiOsV9j23+p7E5qcEIfsxjGQrewNl"
    "mp6B4hker2yG/esf+rNcghUPU5dtbaxJ3PZaHGdGTjckCCTdXsxJKUxDY9mzMpCedJ5j9P"
    "EohVbdMDgVj15Tj2a7Z4gV+/4m2i0X79mk3eZrv1b5kV5zHZJMb19mZnl2nNj9H1Ep4z2t"
    "Nd4hUPEHn5op4As0WxbbPbPHmfogl1nxcOOp24a9aKGafCn37W8VlRbwuDmcUWP2HKdtAL"
    "XnfQ3KJL//oQzwwbTU3dWCY5V9U+Wmr/+o/j98VD+H/4HWqsQ0kRAX4C+rY5FA6opxN/M5"
    "hZWVwbgRZyt96/y8Ddev8ulbvFb0V1pPAnogByTCwX1DXbcWKZuxfvs6TuXrxPz93l92Ju"
    "fr6EKZISwzLFzOjjLioRlL/LMp+/S5/P3yXms9pZUIccAlW7leKLjklVOoeb6YrIwjHkOp"
    "GazRySgM+oJtldbcfU1/UVnTsRIcB1v4cnZFId6ILgJu9o21vDYM7si4jMsP3uncAALQ7c"
    "vt9jSwEO7TX1y0hsKqipKYk18KEFa0aKFy20pOzxo/mfZjZPWjrEcOhIvXgWjuGYkqyzHa"
    "XgAoEWOoe+vCJwial8Yk8XeOaaOBj5zFXgRtcfezdPt72bS7TpY0xu+7/0LhFfQcakd3/D"
    "72L29JrUghMH59h5T9yx28sVaIhBLuEGJC1yNt/yDHFIrH0OmDaNb43OzaqZQ75Noyx2jX"
    "yfMYxwI0a4We5yoO4V4y9fWcYUa8z4tOirbubVlJO91LfC6Am/d9/rCWV4TJLVk7sPD8PB"
    "L/yu94O4Hj3s/dy7fuTXLPynONazHhq0B/wMT418y7NMHpbpOi/T3oh5s5D9S7dl/u0dJY"
    "Lk4vX9XHP6EkopCBxsdJO1WuQmIQfsXEjOrQ7Z6CKvOnlTpGEKy8K6pqkaK4/IwPTNEtTl"
    "gBUQF3uyWx0Wi0ysSFxsyJSQYf/68US6/hYR0A111VJ0Y/tOBny3SkB1c7dm621WcBP6Uk"
    "ql2V2bHIC8B+SUfV25qG/8xN8k8Fe+3IdPQ2xuFoZ0LkjbCAsJzkwBGLWTL/PfivgYArbd"
    "nIwA2Wy8DG0zrNnKlvGKzXS+TTI6R3/Y1Jz9gSgx1+hZVPJyFhZPOhLVM55d9vPxDD09cC"
    "cEF90ctcoeYztopTuLuEuqvCeNySnvBP0P9JezRn//3/xfDApH0222mnSCZyHbMUwT0RUm"
    "Z17pEU6EmOg2/pq3856F9Gc2A1jHvOIIV1rYy2fKkoIqIcdmr8xN3V5o3kYyxxLNcVeWmU"
    "S4TeZPJVln4aGg1MozCCGx1pQVqRj7yOKnsMwk5No0/4tzqlBTyZ/iN2/NZC7ODYgtTeSW"
    "aqaxNCShonQXYFIS4E2km5nUxrJM610nCGyFKjw+YHOlsecH8JXTwrzqrQzxnQtuWAwmMS"
    "QmVYQrVPI9GE9I9DpaohfU589dyGcbDAAXak0dgw+uNV3odnrBo2iDzi6n4MpvqlL4KB0d"
    "SNeql8NrxXlZSVx30K0CgdZVPvn2IgO/6tuLVHoVv9X0ZK2Zpc+dEzW4T26G3Q+Pl0jIjs"
    "no6equ/yiYpbY7WfJzQWZZKahMunfPurIxYT1dD+4/9Id3vAEbuLlhLXmLh+7wsd+9vf2X"
    "Nuxd9/qiz5VuOYZumtwYmmLD7z24u712fTsYie6Ekcr+7t5f925FitmUj4EZpKmpcvOyFM"
    "25SC+ac5EomkOwo+77DAm1xhCs2PP5qufAPSQEuOfD3aGObqojHxED7PNh76/IlmZRtdTt"
    "hGD7SNeFL+xBSomt8YJ9hiVz942WbC9LLzMt7aHCAwrKnfzfXvz4w2a68z92TfDRHdMEkj"
    "OaUEdpIgft2zd/y0gayJ2qAUkaufDGn1dCO9Z4vlISb54PlZKqGhfclQiVAfl68gJlSHOm"
    "T6OLJ1bry25vNujGBM2TzR+ThTTCOqcRzg3LdrTAu5BjuKUdwJjXeczzpwlDgnBzRpl7A/"
    "Ms31sxGN86j+/GuZtHN4vJwkjXeqSF3z3PMIcFYYzrPMZwYF7qMDfUzpIMeyIJDApJlMi1"
    "y1voAEocZAA3ZvapYpwmDlBDQZQK2bjuamUaypU6olKAbAZerg9ZEmV18mioq4aBnJlBGp"
    "1gULMDanY0B9w8NTugWkdmeLPW6dipqwHKe1BOU08PKIpiGgQfSOiP0M9vWX8tWqNjVIkp"
    "Zl0fCNfQ66VNIFWW/SBm174MiGAKZs2C0DbfQLGpEL+frAS3HgqBHDsvAg4tLco0Zb/LyV"
    "tRJSnbJoirpljrnzUOkjZZKUztmFSFNNNv3zUlx9zLwveSTNRWjYhYa/jrBQO7LU+vBOxW"
    "DIBNVE6hiiWTKfgIoRbCkXyuK0mCqrKZn8h4bhjGWQ3+zZcKNRBqUwPB9wJoBXhOfFdA23"
    "wmFbgD2HuNsON4r5fmDgg16mRwB7B2vN4db5+xVOr1gv3sr994rdBtH2hFTWO67iBKMLLo"
    "G1phC73gNTq1MUYcBUxm59v25177M1FUNFIftfjuDyjYwB6RnOzp2UF+89bVFSjqENh0Z8"
    "WrbrqSxKCfR4P7tIRlXyBOsjKmDvoPMg27iWrIDpg5FLznDZMqgPf0rvtbHPnr28GVACdE"
    "keIdXMU9G8B0+0KYbgnlNH3XL3MnC+IAkv0rFCLI4MQOhyWylfdmfRmv2FpvimlsilzrwU"
    "4T1NQ+5YCzBg5FtkOnL0gn4g9eLdvEs2fW5G2BCXqzeHIVkexiVTxwh/d9aho8dcDCc3DC"
    "H9UJH+jNahWKolKtUyeKL1MUmu8KMEelcsFcs5h6OWpbqBQew8ffzmMG4K6CuiGpCivqBv"
    "O7sQV1oYASFFD6knCHkiflljzxlFBNxkxNL8AREzuw/EbdjDyov/FlW8uZTmOHQGOBgcbN"
    "eqKapZQUhPwkiDuWH3eUJyGEZmMBCLebwJ38co9L3YYAZF63bRoTOYZodvdtWSxk8Hkel3"
    "is6dMpXqlT3sJirTGjgUtYd2ChHGiqL+Kbi/cZfBGsVaovQtwDQn0tXW4T3Zku1OywsAhY"
    "YFJeMldqlH0GIaE2TehiHQdMY1R3GmyEAFdgflftgbG2rJYDnQTtS6HtyBwFm691P/vbXz"
    "WLdnG1zDEQRzm612TwdQHJvgCSfULrKgDSq6CfZmlcWTENa5rKqQtlesM2ZY8krrBwSaR0"
    "P1hQVQhcX+1yfU3ZUKv4D4L2QPGLOQ2SFD/xbwVog/bVeWQqA7cUnwx7osMWIU0V57hc6z"
    "xgxbMoA8hWDKhcWG8EWwd28esGXuqGqQLyRqB14JaybuizmYXtlCNi5QiHRFqHcSncvZW+"
    "XnKmuoOtpa3N9LUE7nTfolS4Ot/Nt02JAhm2xhZX41WV3h6RA4J7doI78CnT53a7+JQK2Y"
    "ehZBPujCuyTGMD50Eq2yeyPVh05k4PLdEYeC4evN7aBFYVzqAAth0+oRCy+11DWnhU92e4"
    "dtHo0xPSUSCObGyaNnJt9sLYQTxqjkTUHJ3iz1PTnfGqCr90H886iO1sM8TXSZF1ujSIsX"
    "SXfmLqX65OHMNZJzNcq3igNMM1XL8cqkwe2+OVk8UBBI5iCBz8UxLJlapWQVKwulH4sdZz"
    "PbR8G8QvlqtWSzUh15qTzYu0tVYWnmNLenr8PnMrIlqhxbW50liTC9gexc5jOLWmIh4NnF"
    "pzssPC6SicWgOFFKsvpFimAdrFTJdenEjsTv9OZ5e5qW/bAA2hSWtlZ4dR9ootW3oCVXpM"
    "JiTSwoh5KVEZ/lEpIOw3byG637x7lyWu+O5delyR30sGyTGRRAbSa0KGRKAqpGJVSAUPff"
    "Gb2X//P4GOkJs="
)
