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
    "type" VARCHAR(16) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */,
    "is_active" INT NOT NULL,
    "parent_id" INT REFERENCES "accounts" ("id") ON DELETE RESTRICT
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
    "FCwMVy/2oYRqWAQwTceUFxXOA+xWDtCVGWNLXTF5biNQDJ4tiLeEDa9NzEw1JTEuCOjuo8"
    "Zs4osHUg0GQT8NWwqycg3CO8x+Rsx22SwK2r7fV7vh3e4zGVgyvipVAMLtph5FVU6lk3R8"
    "C6sAiO82HTXLaMgKcppVmiHHaGtsFYBzu1OMEnapcoZRkvYVUeOSIzAg+JGyf2TEfyh4RE"
    "PPCdw4ZSNzqtdGf82UZrtRyw6GN7ea0QxYEwpsFlrjQVRFD1AJT3GD9B6SYimHGXGmFMEm"
    "7xp/drBFdJMDAry3Y/LePB1NjfQWlgHGWywOlmS8heZ9HqJWSLysGG8BaJ88DEaXaEXtMb"
    "nr3/cfhoOfht27S7Q0iLGy6LOlL8fk4ePgvsdasR+Bx+SxO7jqDtjTdTrR6Zj8fHOJ/pyx"
    "VjfsP1Yz9l83g6d/9e8v0Yy6a4OMyaenbn/0cfB0iV5c3bAX1B2TX3sMd/ZaHwcPl+gNM7"
    "QcjfN1x+S2/wt7mGm8epgene8VXvQUvraYWPtizz98lwHpH75LRZrfahYzMvG9nawwmXHE"
    "VD+63v1N//4n9rl48uzj6fb516Mbgvj4S7/3K6c9vhr4bUy6t7eD665gQuqmqKzC6ZEP/e"
    "tPXh/G9EX0kawQftPjH9OQX2MKA/uiLFEjfHD3cNsT/U3pcsU1mpTK4fxdHp+G9x4J0yPl"
    "1+OjtN1JTgpgXBJIT/lITzPDFgf4qY9AXBJGIN8IiM+cvVaObyAmCSOQkwKbbwmC9acA7P"
    "leqQ59WAqQB8JxM0dgpa+FX2qJGX5KVklSsnUE5OKVTa5huyvJVKfUxDpJQXojFEN4wqTK"
    "gnhzpdqDF64Gg1ve84bweNWPzeH7p7urHoNdoM4aGU7q4iIK6ViauKAwsxOCrZvYxRvcG8"
    "yEaycX2hvJ1sFdUiKDj5s+m1nYljg7HvHn3VXUI7ItQH0Xm7r322NkXQmwPb3r/iZg35Cp"
    "bwf3PwXNQ2NxfTu4goPIKpzgE3fNZqiFl7r1ooJyXA7QzoK2CFHmydmICFaTslFpbKiZGR"
    "tZ8nSEBZtjwLdicCZYfRJykuMLJ/x9CaO8CbzkybKMycJI13qkg2BanpGOycJI13mkIYO2"
    "bfqYZNh3ZdDmTZ2FtM609KN8J0oVcZxUy4HNk+wNGd57QLX5Xq0IakQGQN2bIwdJMMEM2s"
    "NfT898kWcGHOeMs4aCq36+2Xa7LwDgdicWJTSjLEdviWUUoN1X+Ty82xxwIlSkGHYsKK5w"
    "KlS4/nbDLJo0xKUcyQNhEuk/N35fbcUKv+JigOq94vaixLOyiwCpZSnsMdvGtvWD1yYB05"
    "3XVVuR8tlgRSD14HXVVqS8XIwigBqKntqLE2d4HojTUHTSbog0vzZpIVAdkOLeDMR46tHB"
    "SB1YDKAJSPEQcAEr+sjvpk0wJYtN7EjclxwwQufpmAaFEwq1eBpiYkYVCgsznUKbmtSWcO"
    "zU4XoQ/V0H3bUEsTxlITbmX1p5iLB9uO8sq4hduv8sqwE/GUp/Zb91e1YS6+YrfoLTFLN2"
    "HaTb4jQm3oQ93DTwDBlO4typoMkfU+fz+eYl/ji7PIkBWsEjx0Rn8nRJ+a9kvSF2Z8WeRS"
    "20onwIO96BVPx0LDbBsOkddLXk8sggaI7JOfrVMhwHMyF++pTuoE3JkLRDpA4pmrErs6Zl"
    "dTMqyadJr67xYhClrJqgfXWk1TKHoOzzc9iqpAJu0L51jODi8znEOqWC7UagjTO3jLMRvP"
    "VfPfMxKtemwr1Vpz6KvVkhwL4VaE22aWGEBU/lUeQthWWAsAAl049AAoFCydnCvfsLJacH"
    "e5X8JXksWi9Ol2bObqJ4e89l3sQN9xuyI1EiCi0M26HW+hIxWWuNxFl0Bm8jTDxCxRMQ60"
    "lYhm8LimaGMC757bcFM/wS9mqhPYPdWGtlJN1unFt0qe2qYiYfhJhY6wyd4m1Ih+aAOSIE"
    "IO8FGRKly0zdhVP20tFvZrZIluxdMA6KN7hcWxXSkARYsGBtVWZtxWdtAaC2m68c+lALOF"
    "2iYAP2IzVnQ1fAK7dhNw06+83YBWurWayxQkyWwTc3nl1LGJW8A8Q7SIRAPe7a2SUzMr0o"
    "Kjc4l7ozXWAbMXt1ZfN4ptfKi2TyYhFJG7f8R45JF/FYmhd5JRRZ9A0ZNqLzeRmG8ZdiFZ"
    "d2CkF6nHR/ue5iY6ZlwHzysf/TR+2X7u1T7xItjOeF9qqbLmaT9OZm2BuNtGF/9IlNca8a"
    "l2YZ9suYfOgPR4/aYHjTG7LXNCzb0cQHMCZXT//qDbVh7647ZFLxekfHN/cw4eDK/Ee7yh"
    "yGpKDOoUKdQ2fBJo1Y9NXLB8dFWxPYqjiW+ILXb+zjlDiRfh4N7lOoHiGZuOltTB30H2Qa"
    "5fFLT/4+d4nwHrMFxDAdg9jn/Hn/KMsRsgNjjlHkY0gU54vX4etEzWneQbw4H9TQSP9Gmu"
    "kVCTDaVUMjGDvVGhoJObDm91rzW8zA+txnfcanV/1sUJHHl2Z/Bkl++2zPTVJhsUfHgWl2"
    "RNOMHzKrWkI7LNNGQuAP7zLZTO92GE3v4lbTX45kHU2dvX5rcOPL3PjEcDRO18fqJlFStk"
    "0Qw8lOX5hhahqEb6W5DhdKysKnkHsg2Hqt+WV11Vb5sFRrvoLClnoOUPg8QQVcw2IAbJLQ"
    "/WyrLxlhqdZgWvFKAcSOEuopMntErZjiRgDwBF7HcXgdbA4WgOnI66WliG6/05TKieketX"
    "BVEBtbr6KAwMGlQTY9tceZKamgonHboJAyKrcGaWIIRamGShFoBYVU2oZX6X7toPBamms7"
    "VJhtn3c7XA4uG6/Kl0B0vuEvfWUjfe5g62tbN7GNeAhen6EJdt4wJqJGhL2gzOCzRCYPr1"
    "fBE4GSxCjRiejjTE6wqujZY/IH70XTnT84wYqnHnlVNrjzHtnGDHvkFSSeZTiXrE99Pkdz"
    "yp4SPI+9mP+6He+x/mv4jYQAJTgjdev3rUKiu+xjsrSAIuS/6cm/Ie2plmlPseHKwwaLdV"
    "Hn6MPJ6OPg4YHTu/z5Piajx+6HD/4nEv+qs0QmshQqSC9TkChSMKEzSVBix9l7fvs6o54z"
    "5vP9uywxH9YqFV1xr8mpO3DuXiGZO8EmpDjiITE4vak+FKTk+MKJKFALoxGYWktdDdGtAE"
    "xRyB4EL3M9fCidg7zMcAxSRljTj0GSHyQDaZmFpGXGNqwCEFWt391QaLebdf3IxsEZD2lO"
    "2dAZEPucsuGTJ4B13Ki9vrPDE7hkw0CVSuduJVrofSo+SRPqjx6Z54M/O9giuqlZWHIgQP"
    "o8j8vlmu3xPe24a0nJxYyfGQ5vupIjOyTSuiJUxa8l1HU09rgZ1ghVQTku1zqoi5/LzYoY"
    "VLuMtzdkAN5P8C7VxKw8pBLwsU53a4gFXz4Zyj8yMM3s3p4ouM/qDp1iuJ8J1Q1KNy3Ymw"
    "pOjyd+id4Wa3TKCT+iXtW2tNPsrLOhIHltBUdohqeGzUtWbM7TYUu+TSVVlMt/5Jj8scTW"
    "M1dd/kDPFnVXtvdITmVi11lPFHEGID9eiBJel8qaYhOd2gx4r2hPB4n/9sv+dESr4DzwMy"
    "hTVUOvxK5SwfupSeXXDE5gfbLYDnf2alW925tL8eWMybB32+uOeuxvi630uo3Ztevu/XXv"
    "9pZfnPIfavplm45viHjfplIZnpAIVOGJqMNFVOEJlkg1R95WproPpRqD8NuLDFP+24vUKc"
    "9vxXKs/Q1KUy2ynRBsnfUN1bbBAI+0y2+A849llmvUo5LA3Kszcy8YK9XqYQk5YPMAgw98"
    "WLVxrHQOYkhtv+4CoG03nSexENaKehI+A1ziAosdEZ7uAgufTa7gAnOdCf3MC5Ezs5mLCl"
    "fTr5hp6A560NfI69b3W/Gsva11jVzCy5qjpUGMr1cWfbb0pd/wVPQl/vusg2wqdYVV8+gx"
    "CefusR6YZYF4v+JYsjVaso9le9K14eUJ+g/iJ2uLQ86CI81sTBw0Wfv+OOEtRn/SCbjFau"
    "gWa178t8Fshrr7ICXm/gqTGYdMDfGTh979Tf/+p0vky4/JDVP8L9GMEjwmH7p94YKc60ZO"
    "/2PByZI6W9aWK6UjhcMiramXVJjFQPBnR/MhymF5S8QrMb+rXNnbZH2buu1o2LKoxITZdf"
    "B8WAp8mFl8mGzQ+CsroLyVaB3CxbvkwUWcDn17XcRw4ETbRl2yayVqPNXCq9l44zLh01Rx"
    "EO31fw4IfqTsH2V7P486DCXx9w5yuPkEPYmvbUvdS3ezhTiC+x1sd8wmXKNnyv1I/OUF54"
    "sTqhxmO/pOrYATljxjUDzo7Bxd6/ai4xW9miFxRpvghC3YP7628JS3T1iaFT56TIJsN2S7"
    "0ylmLXVHnHr4N6Qj/x4v60Xd50XYv/c/Udc0hCfO9p1pTNR3rq0s+mrwd+OHx7MrvAl9G5"
    "NTTnajb4H38BL9ETOo/kAz9pKsrY10C6c57M42rDpmpT+zx7BmlngRvhKz1+AVwzzP4eZN"
    "xNmQ1tIGZ18NnX3e2Cp6+iJC9T2osTYmBGTnHTk7rxn5p43NGPNYl2orSCDROnhL8fHw3Z"
    "zZMa9c181RyV8q3hoXdcWLiYVfMWE6zEq3ZOGBXeTkmCBQlCN+gSIoynWPpyWpyr7uj5WJ"
    "/cmA2ujp+rrXu+FxtE2vRYTWit8xIIkbkrjbksTtwZXzWC6JMOzL+fblwOGg+eapzF+QPv"
    "Hl0jD9905/250sOQcsT6wkLguE+voER5IxMaDEACUGKDFAiam/u8QPOeRjbcRkYU+q8zcF"
    "7Jz076yZPA1g53yJo56FnRN8saoJnQk5SOiEhM4qMPU5HGqoRoVgqsJJF5B2fATtuOC0Yy"
    "h2X2Sxe8kiW9SMDRWrbye40f0lA8Bb9akAjNudMZ/QNGuVMe/RdIPVI5XHG1pe9tF5Nctr"
    "m5HW+xhKKNftF1twazlXdClIt4JuK/LVRY66x7F1OOt1oduIp5+z2WVxlimvxLjiDN04A/"
    "ckNpwVPHJMYlicXSKGm0Vft4ReUW8ySJFfsAn0lc0ukRl96yCGLA6Ytt4Bvd4AWsCXrSFf"
    "tu78Eokf15+X6gSTYe+fT8xm98pF+n2MSffhYTj4hV8MZjmvK/lz79pv+CeeBs86OgsCiI"
    "lle9qFvyaYCEmgryg1sU5SgoNx2RjkEyZcFuabK9X6168Gg9uIt+2qH+M13D/dXfXYNBeD"
    "wBoZnu6QtIKhVCSUiqyJetxQnzOUioQoYiKykOe85zRx8DYmty2eAmnmCOIk5ABcCOKAe7"
    "y2rjA193hiBS0A4bYfYZy262Rw6W4XU3Dp7kE5se/UzKXLA0K3BsEnUn/u5m5ntzOXt9NM"
    "1hBO3m2Xv/IvR/KJp6LqtwY9QJr2aTt0+qLo4wpJVejdCmZwY51bU2bgqSdThaVak21QcR"
    "aVr7c5eJnLjtjKwSJSA+pSG/HcYZwdh2VTN5APpNlIDbTt512U7dv3+2opuIn1MILxsDd6"
    "HPavH49rN+ykgsS+gb3WgxoVpEvQ8K57iZwYP4MXTdPn8yC23EHPlM5sNKX8mE1O1jj1NS"
    "pELfRmMXwRnc/POj6f45liW7STHiJa/hPB/KmX+cOXOMXaZhsJKGwWC4omC5sBGyYbG4Zf"
    "u+71f/GuTbHht/vwdH/jXfOqOMYXLWDNtJNL4DMGlQ3cqByYuPlMXGBypA9Ie5kckDPatl"
    "GXUDt25YwCswOYHY0FF5gdwOyol2cLmB3A7Gg0yoczO8IFxm1bf8YSV8iVL/nh0xCbuvgt"
    "u1eOO6+r9uAusXwPxGl73kgLEdqwcA7BJ8z7ack29F+leMgWT/x5yr70Z0mKTABpcKLQfm"
    "B7ob5aMvUUA0ejhbES+fGSmNHmXmdXuMj2WwHTrF2hlmBcFeMtMTEIuuwNukx1yzJkenQ6"
    "yCGR1jnoiweYr0gv7AUUZ3JMrHVAl1A6mtdUyFc4OiIJLtm6uGSzOOKhjF+JfkKTToUOqw"
    "ZtTAq8heCBBQ9sfYy0zkEe2ODjLgDY21BXLcU2thSmsDahPtqR6qMV6icLHBZftKcspwMo"
    "Lecwjul+RxDkHbbQGwR5h0XpnVP6nOPEz7AU8ATz8QTZrNS85AZZabNdkzki1hr4C5vSE9"
    "2ZLtRMqbAILBOQt1kxuhtdRQnbmBQgu98FYIdiiAeaUuFwZMNAzmpPxSYYpHGW5WrZm8aZ"
    "2N4KwPcq6Kel2Ib39Fplx17pJh+ZHnGs9YnExo3c7+yycX363sQT0NinahkZbd2TARHFws"
    "kz9iqUe319ZXtVwmdfv+qmy1NURdfolCn7Z8ms17ydSOzp30+2BM4Xw+NfWXh+8u9DDO1d"
    "NkzLbO1KrJd0i5zNTX5H1ZCMiLVJg6nYmAy+mDyJsoFsdZQCdfhPHgcPTw/sw6IrdzUmD9"
    "1/XaKVvg6yXIMc1zHp3vz8NHq8RPrsT9d2xuSuN/ypp/XvL9naZD1jzSDBtcHTY3CRuk58"
    "actCWYDc2FIZId9cvM+C78X7dID5vePHWet15nHxlcvmahN2nnu21iwuVTaBacmUI5qyrM"
    "vB3Uq0bzUofLE9HpmlbvO4cAesZ4/oc4ctnMo6oVQcdMPcuiEw4sqMn0G1hy+QZJon2f/w"
    "DP/aDXC5zvrqE3rrBnBWV2d6Gu+xfZ3XuoWHeMnxs26wabxiuc9T2q6zy/c5ZRKa5YvwX8"
    "xl1LyfrAcU9CBObqTCnWmYM/Zf4g+++naQjYmDdBvp6Fd8zU9vtN0J722CkZ+Zy09iXLIl"
    "RhzHmOImLfNpe/yp4in+9Ai8PTPWnmEB7tUa6Wzp7tXwCGZV30IisN0o+UzlgDbBT1ob49"
    "pfXqQ6cUooYCOxSxcuBuoqF5AdyHJVNp4diJcrk/026be+IzswKtbCKVpCfmDNy4smJunJ"
    "CpMZR0wN8JOH3v1N//6nS+TLj8kouGKHrjyKP50x+dDt3/K6oXPdMHkl0dGn/sMDv2C/iL"
    "zIesRKdIdPekcygKlbYlgEeJPx/XBpP6stOhsBcObvX21M3XY0bFlUKbU+KtU6p34p5W/5"
    "IpYn6XsrBsep1qfmZtL5Bi7X9K+rvS5XKLDbtlGXfOyJcmXgaC9K0wNHe6mO9g0f/kh+du"
    "7sO5E51sWNTgYWsfAXWl60HVJlG/Vtd3Z4jsW/E7CmWxxB+xa6kIqv5cXgkNYUSYd3K9E6"
    "Yy4LWzOdq5lgak4My1nMdEmid7oPOSzzJXuRwURKn7PNVJaBlQLKck0Abr6yTN2V+MlJbd"
    "m7s1Ndnoo2WQ+iRF5ztGBvhiZrwfPwgDlHf9j4rz/Yy/G/7HD2nP8InlPH2wfBPXTqTYGz"
    "DnpbGNMFWuov2OZHTsYjMlU9d0xW2Prak0emsTQcxPDAX9v6fAcxJehXLKCbr4C91GFsFD"
    "AVDjQVpmyyq+iyQfvWVVW+eJclKvEuPSjxLhmT+Ethwvqtq9uOv6n1jG1yyN4lro2DEc4c"
    "sX+6fxrxgLsnPSb+X+K/e7899If8T/x5ZVh1ica/6qbBtnCLSko/7LY4opIttDgaYmFkir"
    "15c87OYVhGJasZ5poY6I0bZUiSLXrj4kt3ntClXaQrBjgJpX0xNnWtqZLyvJWo0BE8NXVj"
    "WY03uHgVA5ya6dCDUxOcmir70U6aeSquu1nmXy6yO9zFYV/XgQ5jzzn5GOqwYVBndRzHpl"
    "mGmnjglG9Bqmh0eqd658MfwD4vvRZMJSgA30T7CVgtR0lVCL+WAsYxsdbxW0pJVmh94b7u"
    "3eCJp5bpS+ry5LKb/ujauzIz7Cm/Vg8Htvd+6tWKonKtySqruEZRMBe0yUpht4xJVRgve8"
    "f+r9ZbZ0h5Yt/NBijl6S2Thkmeb5I7CwvbC8qklYchIQpjkG8MvGjjTF+r5A1HhaAMWhqs"
    "tQj/1gzphrhiM0U5vLFyJOdWZxljR3ZwNYxwrUbYoY5uan+57F8qfuGoVGv2psKWR8O2XT"
    "zTNuZOVm9QTAyAjQO7wpbmuzQF/VQBXJkoMO4S9U15xFj80KS+SqmJdZIScg3LxWCdMMGy"
    "cA2cnNWu81eDwW1kib/qxzTR+6e7q97w9BuxtrNGhpOioBq2pk8d41UV8IgcAJ4dcCiPDO"
    "WRgbPR1loddfu+mjnoEtshUapjygbhmVqqq2hUCtbQvYySALEkyOqMklBXzcI4K90hNr2U"
    "CQ/h5KhN2l9MK/MFP3waYlNPiX4m8gsbtlml4f3fMhkhPhlHwgTZ0nT2lTUB4ke7iB9BsR"
    "rFVMWYWOsyFouPhxNj+qLMsgnJtI7+UTzPRn9ls9zSXMtUATkq1TqYS2HZrBhGSjN5I9C+"
    "0rblAawtdFtyMvUelDdShUBdozW5+AWDrjBRK9G8lQB096HLfiVVhDckAvjuw9fEr1hpp9"
    "sIVLjJEWotdbOara54pW1FxZOymx1bAYgtph1jmfsAS6BqHUaXE6wCe4Xz8BYlwjAO+cah"
    "IbnNTV2zPYdknmBJVLJ9wZLmBkeSITFxkIdJnw2SY6ATwjDWdR5rCHqnL6bNjH9C0PsLHP"
    "QsQe8ltp7ZyLFfSlVLVMQFIfSdofbuBrQk1OXl+tcM5Oyp/vEpFgl/s9dA90+3t9nC36K+"
    "14HR74E1axPeUmcBszeDU6jzA3XlddZjfWXhZtRtk88EWPi4kQMIFcHxJq2ECCgn+yDSTU"
    "O3D/3cvI2gy7tqK06O/lwISI/6c1sh8lzhxSzgD6KvVq/ftjvZdH4gWiOvqwm+Zl3hRlYR"
    "OyI/zlu3Uklym2Vt7wFgobU0w8EGhHI+HJqyX4G8owT4sQHBYQKXSCeImrOgBbvFmiObvS"
    "GyF3S1Yjc8/RRx/RQZDjrlDUz8rE/XyFiuqJUoDFLJQ8dENLFFFzaT0/nT2TMEWeHsHH2g"
    "LhFHKnBRkZonzk4IDkGg9MVdIdN4waKBf5kTz9IORAA+4THPPOBfIZGYkzuOPdiKtI5HWP"
    "wRaQ2JHoVWnAbGkMDjnA59M52PUBq3Nj5HKC2a1d9Y0/O+POQf9PU1p/+naspBgyy68kpf"
    "i2SCzMeAMd3xa76CItthE2f29atuuhixbpbM4BHqYUhd5OqkQYyvVxZ9tvQlV17fbHTK0c"
    "Bkdu5ntpwzaS7IdFK+vjF11k5qzBU9eExGH7tfX3z/AzJs9IJXzqWvHrPu2W1szvkNHU2w"
    "bnF1mL0Je7yhm2hOLa7AG8R1StGQd5GEWqYkV8IL2n18mDIFPCLUOnW6eBJtsw7gAQpJUr"
    "PLRCGB82LaPb71PGGpcXo72MDZoAYbGGzgfd8S2MDtt4F5+DbV/vVju3tt3yCWXGxVhd9D"
    "s4w9AY6CPmpYxPHmQlYrzm9e2bG6DY6HgJoCagqoKaCmgJoiU1MeOMniWpxSKtFTQnezKC"
    "peeQlRiTazn/5XzHY5hx+1bqFXbBnsvWcB+SOgnCzYT+EEkIB3gt4MZ+H715HnX6cW8vhk"
    "7BdSx2edSLzzZT5uTPiStNQdY6qb5hqd6sjC0zVb/DbkmTfqsr4XOpkJdz1lf2wDAewV1s"
    "ih6G1B8St/D90WrXxZttSdnaO+MyZvuuHYwpHPby8EA4d1QN9I8Pv0qSDK8N7Y3Jwb1rLD"
    "35mLsG9xPuc3xM9nv5K19n5cWjTgd7+4sLcEeo8DdfGo6uLRyr/UbQEu2/3PvhbHldAtsx"
    "0YtpWuTFM/WWEy44ipAX7y0Lu/6d//dIl8+TG5Htx/6A/vejeXwRrCl7hfesP+hz6/GCyf"
    "YzLsfXga8UsWnnOPeHzdBY5O3b6a9ir+Mzw1Zjmz+8OSEM6pczgnUEgUax9HpcDEkx0M6H"
    "8FqtX5E3IQMkuC6+nOasBGZGDKSlA16VQkvKjhGpOC6bq/EHrICgSHz26HT2yrkbt8kksD"
    "QLsf2siCuB/Y7cZUALhPdpsS6uPIJvbwlPoFssW3AHBvQ121E+DYnqNcHqJUT3AohVbmCo"
    "5m2O73BSeye/d7gwcEo+lCJ884nGX4le37Ws/RA7UNfuQW8rv1PLN/BExLSv5AuoWRSR3u"
    "OdUd5N1BH/ofBucJb3D5j9sTdg/Ok7fw/DB/KnCu+b0qONdsuiud1LlpD5q7RHMPPoA8vt"
    "VAts5u7JNed3h/ibBukTEZcRfrJeIlUoXP9JfecNTjPtNXbNmYX3l84q0t7Li8fe+3h/6Q"
    "NfAWlTHp3vz8NHq8RPrsT9d2xuSuN/ypp/WZhAg/aQYJrg2eHoOL1GUtPwyGH3p9dm1OrT"
    "k2Ennex/HPWli3ZXpDevxiK9G+MqcX77Pge/E+HWB+L1a+vpak5+bF4cJzdq42Yee5Z2vN"
    "VNyq8mxkKwL32+/OsZGuChGfffMQ34Ew98GnFE/X547MjbC3dvpGDhQVOLMWEknqAnV7A7"
    "XA0CzqWwKGZqkMzSzHlpbpmEtUa5N452QV3fa66OxASKCD/XNpspA2N54yndhv2OJsQh1t"
    "uvt6iW2b/Rbk4OXKZFPl3Kclco7ipjpCuJwd0k2TvvGbKJBdebMtRt+s5sFjok+noqbCH7"
    "xwguHYf3iFx2zk3bAF63ONBZHU54pyAINOsjj/gnfkUw7IlEfNvQmNRALdHTk4UbE6+6Fq"
    "Y+XVnU5ZiNOve33de+COOrFWcMfez73rR+7Y+xNP2d9X3ftLNNHJmHzo3z72huyxhukk17"
    "uj0SZnhtKZZiGJ1hz5VJhx400CZqOIDUQB1aQggAuWI1iOtTr4BUa9wpNfwF8A/oIG+AuO"
    "nNHZ9VL/TiReguBWZ5dzwE8dLKHiBBi5x6y77VfazGrdBu1bVyKweItJ/FsB2qB9nY3Y2n"
    "gMBDpScPf7CwLZOgN90h2xO5dIt23sjMltv3vVv+0//usSmYY+MUzDWY9J759P4hL+yxV/"
    "c/LQ/ZNPHiIuFmSh3v3IYwthYuN6+BIMW2O7h/EqGcErSk2sk5RFPSwXG70JEyxr+IJVqd"
    "po/tVgcBtRwq/6MV7i/dPdVY9hL6BnjQxP00gaxCvdwqpZcREZiE/v1ZE9vArQkUPqWLMA"
    "zqojR2aWckyt6KPrWgd3NA/DIIceovUzdS2im7esp/rsj4ejVKax1Sds/3Wotf5FN13df+"
    "WE3SVp1dllghlBe+01EMgYmr2jrwyjr/VXNnLPvBy87fCAJhp9ekL61KK2V1FmumAAXXq1"
    "bLQ5Juh/or+cNa8Yz++yEXWEaDJlooT+wVCsl6HIBkoBVb81hCbimthm7kvW5B3ZOhGx1q"
    "BaSdJOKMr84qqpwFuBYiBv/AKRUH9VfJmRgUiOwoDgR8r+kVFLHnl9NGoIsirI23mXRTs+"
    "SFPxlbvU/M7I/Z3ayZ9eS6XUTiU/8e/+iXRa4L/x/zyUKAVZksUuuOk6BJ8aa8VTHsMyrX"
    "M6F1/WOMhpyZopE7Q/MEcmg3ZxhIU2Y47MEi+VpmTQvnXZhhfff59hPrJWqRNS3JMdPLpZ"
    "tLOCHBOrs6++Nh//dkNUBxrYqikwJ2NPQC9Lh76ZRKMs9DLI9auwpNgGswLiKe0uzpSYXs"
    "rVgyBYcNxgQRiydAs8QHS/Ab4ZxSwpWzM8MRwkzn71+Prn6IZtPcRmLZC3iNmIzSZkYX4w"
    "u42mroOWuvVsEJ7fNPr01EFTNsDP1Fp3vHrxiJex5wWUCDaToYJqHgmH1zbURSAmh7p/PC"
    "IG/vF8/nHva1QHPyoH6OdDHzw3J8qeG3/JVzF3QyLtq79TPFVvpVsOkVH/dxwnshVpH8LF"
    "exPA+1im99FPW1Az2aNCkCAk0xV8BVzRFxKVAk9IElgv3qVqhISl2jRfK9bB4MiAkmZ11d"
    "SbFsK5w12KA3bGgZ7SONmjYWtGVpdpeLFMIdhIVIgC8M1ONW8qtFHNKQO4UiqYMrDZyGA1"
    "WxQKY4PJ9LICQL0OddVOZGPqaAZ44ViLgo61OHb1vDuduDtoj+HbnV1Bl7lBRJ3cpRBQO9"
    "eiS/yi7QxscZbEGr3gtVc4zu8XnfKfi8ns3L9wHn3Q2SWaWbxGrxDi9er4EcYdxGPf7JpD"
    "eWZFMgZT0YPHxMSzZ2yx++YavS0wey6hPCCzeYw4cZnBa9FXbCPDQadL/QVbX08XmD3eOo"
    "NckBrmgtTXVX2MdbA1LMPKnKilePpSyAs/jwb3KWZ7IBCflsbUQf9BpmE3WFOXAcuh4D1v"
    "yFYBnqd33d/iUF/fDq4EOCEWFe/gKl6IgTpsV1COGUbEwGOVP6ep5pUzSzyI/GEweuSni3"
    "sqR1BP0ztvnFfUxDU5cByOns6xVtWJHRpgspMe6s05Lc/pRTFBCOxl2e6BhJ2OPpCw08Yc"
    "SNgn6UEaOOO9fXHdeqJagZIM2QVVZhfAydqVnax9pGBvQxHOEOs9TgDiAVsGjfqqo3c6u8"
    "IOU5PabN6sRNPMyR6eFFpS4izYC1Hf97/U12iCkaiBjgxisymJDEmVpzwdgOu+Xq57MXRK"
    "buhAoHXFF3YBGRilP6aapD8mDFLvk8xhj4YFwRxtlDnqDZ2yNRoTa5FmX1pGcAAZ6JT7VP"
    "bY5FLOBy5T6xlhxzHxbMCPE5fpPpH7OzUg22upiZPJsxMuRHP0tmAYIX5M25xaS2ThKTZe"
    "ec/iwD7e8ZIf22e5hKk8WLfw7BJ586CDbMoVH68fw/abz5DzZkylTItynzgmp84b5SeFYR"
    "sxMDmjgxfTtBmunkgH8QasYzsgZ+gOouwDOZhbcYxz5GumUJSsrelLwaZUjq5G5SC8mju8"
    "Osc5inWGhAD63NBDgOdL1KjZPqW2o2wF2vStlaVGM7QKUKBHG4Vl6GbhL9cN5Kyq9HZu1c"
    "p1uIU/rWZMrEUGRZq3VascwxsjOhfaJlc/RUWXQN3dXDTxnGmbrtNBb4azYGowUz7fdBvN"
    "mYIyk7kYi+oWKsDUep9P13kttl/ISsSm7wAbgdaUHiku6vzZwaIolFpNyJhY6xhJxVdxOI"
    "YtXDMHVdFzN3CWaHmt4JQOWrNKgC38ReAeeDqVsY8JAv758KeulXsJSsrCKBSf6JAy/UtP"
    "bjhmClUWDeYiXYO5SGgwhMqS+nYcV0ulSX3NVw5LoauDXwv8WnX3ax35hPoo+ju9Wv7wZH"
    "Jq8chnNp/WgIQitKGgrPA4WZjBOjV44FV/Ztja3P9keX4pO+nIOrAvoM3VKxB7hEKjeZIr"
    "K1M/is+S5B+G+G8FiMMyoIZkUUN40FObW3Qpj6mm5PeEhQ6s4VAzn5VaCQcBhCPxTe/Bzp"
    "F5p78o5ERkSRNJ/wq7U0yqNaZzYS7Spe5MF1hlww9JAJyJBEhjPscWZjaCxNGQnv4YlQJY"
    "wYFZL9fZHLNVNI/n3gbkD0Mef16JQiTq6MclYQTyjYBHec5BIowIQumVOpdeAaZo+kfXXq"
    "YolAKBahWtIcTtCG1Avn9ovyq6tjuUAmnqQaNJinPDtuY03Es9a7Trzgznlj6fSMJrm3ud"
    "XZE1nbfSTPqcLaiWDgcQtGu8H3V2xMJ4yW7VSE1YpnWRmuLZxOyLkh4ykA7wVqJ9wcbi8W"
    "W7huGsPYwUQI6JtQ/pby8yIP3tRSrS/JYUacX0g7AQLBd7p/MEz5mumkQ4vfb5VuKg4uf1"
    "VGVluJZS+5yffyE5GjUd9o0AoJ4f9VdDV1lM/OYVLiP6yqhmJSmehWOsVKD1Wrdugf4uC/"
    "Hmu3TezXcNL1Zdqf7RXgc1t3nUXNMhiRa5T8vifLu2bPMFr13EaxeaUrUqBNaf4eWKOphM"
    "10M8pZa0EmqyUWeXa8rYNtcs0b4EH9XvJ/aUevbfC16f/Bt8Vk3wWW3GLHPyWCDQwtyx4g"
    "1Q/iUogOs3byG031y8z6KSX7xP18n5vVjuGGa/1Ha0hW4rle6Ny7UQ7+KnclqeaTpJMS3N"
    "9MtN1ItOXnvFnqDknQrLwOF8B7hKmmV3AjMqv+GZsJOOo9Y/WHRJ/aFIHmywublTjV8FzW"
    "oWYf5SVPXykijZWKvoL0H71p08UHyYTTUeX30svsEq4Qv7XXJw95+wGsjWGeiTD0+3t9qw"
    "d/N0/dgf3LNOWReahWeuIBWMyUNveN27f9QGHz7w81etKc+rp/P5mFw9/Uu7135i/d5doo"
    "m71ojGFlttOSZ3vbur3lB7GPave5doiZcTbGkrS1IkPcugXrzLkgv7Lj0V9l1WPb++B+fO"
    "LH3uKEZATm6G3Q+Pl0jI8oEUh+hq3YeH4eCX7u3mNF2NbccWfdXNMfHu8WN0vWvyo3XHhH"
    "XFLzB5nOug3eKH1FkwHWpBzRzpNglRyLfJl2/TtIr17ULfwisss/WuKDWxTtKs7UAoBvuE"
    "SZWF++ZKtVb21WBwG7HirvoxUO+f+L51+o1Yd1gjw0nBOrQPahNJ2Dy9LGVCsDXTvTCvEV"
    "cl/nIkTuVUVEMSAGciA9jCWBHPsAgAmii84OmzlPuP1FbbmCQsuQpLrl9SSaK1p/uSwzLV"
    "+5JP/j53ibCimHVkmI5B7HP+vH8o6vG19TCbdCoSdTRjpjQscTkYmsKHhtmolmPn8P1HBN"
    "tHOWuIpz8AaSfHjFnfeUY4JAbjW+fxhaK8ZVbDs93J0nDyBUjjslAipM7fUeDKzDHQMVEY"
    "5zqPs+ee1iys22r5kwlBWEGzrKBAMElHv10Ek0hmw2qWc9SjkjDqdRl1yeLqv71kD1WtuJ"
    "QUhOwWiXOL/fJnmlJ1Kb2aVVQKgE0/SBgKhZVR23VjBqnCK5EEgPcmvQXfexJo5cS361BX"
    "zcI4c8mq6OII9cAKBTdjPbC01QIA3gOwZIHMAHFI2QKE9yCcVEwPqGnHOjMNL6h1YGm7DU"
    "++u+2ygaZQ2ihEC044eFkUXH3WV5twqiRRIzzHduVsxOZihvQNLf5F7D+B61d+jjvlR2cF"
    "nSBbZx8ouyYuixOyLpGOZoY95YRB/7h4Ik6Gt/AUs76Sh3EV1y0ULaw1EzI99wQSJMosV9"
    "gw0m9LZju44dvrkM3ihhfblprTJSzSpu+tMH/WVntRwjUuBtjud2WJuViAjToI+mkYvFmt"
    "1PA3Kz+vVzqBC0A2krDdUnTjX26Kk/DI6fTCtN1lngW2bxa7bGNz7zfIHpn9M/r0ZDPbaG"
    "s7Tekrtmx0SpjtdIkw+2PNG3WYHSUMpsDtetZBb4azENc82jsSCaDojZlOGBkOMmxufyUN"
    "tuoeK63wFfmG7Bf3sCpfX4qFV1rdADF66tZFRKxFoaWqT1ADjai86OmLqxg03QgAnvs1TN"
    "CFCtSFpNom3xwPx3bk9dJSVLffbK10y2uxqNwxhdH7kQndMtpgp25pLFfUcvx1Slt6IhlV"
    "zK7vi/elEJ0zrc/Ez/p0jeaGib+ykdcvWmB9xjVAh6JrS5+ZGHk/tYMs7Nqsi7mvCRL82R"
    "GySc2y9KdJFcqgCoxAGJTJYyqTEAiASkn5KyU9DAe8StLoktulvD6SPSajx8H1p0tkO3T6"
    "EtQ9GgUlj/j9p4eH2764Zrs8JCquDh5699pgeCOu0xUmmvDz2PEVK8tAFn8OhDcsaonWW5"
    "F6JPPyx7YmmRciPOnfQnsjPJBo0bZRT0u0SFixxzEK+kKR/5lOTiQGwfZmFmPgTzqBAq7t"
    "0p1BvWuJesetVVVDKCwDybFZkmMxmdKZ7zvJinJYpnUoFz+R617FVQL1dIGnL3imiPjJ9c"
    "fe9af+/U+XSHTAQB8TcU370O3f8kqs4ro219l3OvPvbS6LIq5P9/eiA8slRMjfMP3lEs0o"
    "wWMS9BLIDwe37G/tqssXP4uaJqfJMx2jHgvYcuuVzGqfhkTAPi3cPnWoo5uaRd9Ujk6JCk"
    "GVwXh4kL6oIhqSADiT1XG92tWqoCbkANpkZUaxyagiGxcDYOPAesa0OrIJOYA2UWNYd6YL"
    "zTb+r8QMSi8zHBGqDtSLd02BFVsWldB6d5g8gUDr7B0ouQQ+4Ui7/JGAuUEMe5Fr2GOiUM"
    "CuPq7/5DiHLO0cQ52UhtGu82hDaaIKK+dAaZeiS7tkKYsROog9Rt1XKPHgRR63Z8A3TC/J"
    "VAlDbuDlQImtNS2CqPxotz+tUgPe22m3N+Ydmuz7ia8DgpGz4CRUnSCvA+R/eTyliR9cwd"
    "66gwziXebOYxFE/Jvwx3MIkEtmFNuchrpEBL9hmzNRLVtSA6P0p0FpjFon9KRH9dnCwxQU"
    "FX/oRgCSUGQOEOIYztoDJQHqrshvRKzOPImc7pDij731MVNdPyJibZrDFacG4s/sFVRisB"
    "sBiMAWHoH9k07UjMitQJs+gbLMxz892uOBdmOEQtkwgLNaj9t5Jc8fPCazdSgcMWmKvmc5"
    "7dfyfUutWGbr78EU89Wrg9LEQHsG7bk5y26U8yKZzbsO1PQEKjxH8zi+7QKP0cxzOg4ci6"
    "MSo+WrhYpeHLQHtbhwtTggwiiuKmExOKNXYXEBMwTMEDBDUs2QrussRti2U8pth293dpki"
    "Omuo2V5LhXiDSZ8Ngk515NAXTFjLpWGuzy6R4dhIn05Zf94dG011y1qL68YMnY5PbGM2Pj"
    "nriCsWnrMVd+F3wmtg+HOIPUkeeajguWMyJj19uti0WtJXbKM/tk3+4BW9J2tR8ltUiNPR"
    "s8tGFM/Q0wPnAyCdzNj/7Dde90PnIY7oI//GYyfUnGFrTKLvsmL/jQmPpejPOv+lokYI/3"
    "3oTbd58hhTOHicxcIrU1/j2Rn7r1cmKqIp6G3B7iN/OM/RLX2mriPeRpS5GxOGkahL7oVp"
    "mIzuoKVrOwizNsE0YP/hoD+8fjnb54+/xbAVxU78+4EUf7cVeqPWi4gNOWNC2dKBTvl0Z5"
    "2f23jqWoazPmdzS8SJ8PTFFkX0vBFgawIbL/FCJtVntl+KzzSxdXaOuoiZO7zenvcB8orr"
    "U1GCb6HbY4I/rwyLXTwl1MdxaQgQeWkV1miq89czTBNNMHrVTTYjWO/krIx4U7ryK92cci"
    "q+xzWYS/HG50kXlQPdhBTRnGC/z4D1+1So3yfSn9iUp0rYbiVaiG4J+WVzif2202DwJcBW"
    "ULAVtluzgr0QFYK0hjio+mzGlJGUnFg5pCGR1vl3ii9yBQT8dOjbS8D39f1c4x6XBVJ2nU"
    "nZnlVi5xjnqGQ133eVBkSbRnlrJqt/zWFJ+JabMMp5Ql5xydapRsXz8byiSGr+/4hMSXks"
    "zSvCFaoBaKsiGpIAPPcFVFy7kEOICksIOsJ+vjeUEppQ+0vCe99zAZDebTpqJaiRda9OIa"
    "pbHqv5oBuma+ETSYwqcr+zK0gloj6iIpXL9/ROlijVB1F/Cq10236j1syLHNlohS10yuch"
    "f5kOmpoGJg7yHRdnlyLqsLIo1x1s4xXzeIO+5gGPTRzD0efzcx42S0aoKngmj059witHhD"
    "Z4f7YXM9EtjAhFQXzHoRSd8n69KJQX4yGU3cCm6SXe6Cvdcs7O0aPBO+HyeEWnizFZGqZp"
    "2JhNvJmNbCpej4e63BX7CY73OPEUHtvyBwWxV1yzX2ryoNXon7ciQkadBXrwFDF+iYeh2L"
    "8NZ0eB+wAlMca+NwkIjI0gMIaHLqtyHJZpYTyhhBNyG+KUbTDE4W0mo6IcFoFAQtzwMHXb"
    "8ctJaktZavKOJTop2xp8K86xmphUlEhj+7ZhKo+DTBpGIvtIJAzH46jkI5+EM8KOk3JaU7"
    "zJTsU8IPVottf6iIXaX7CkHscOjojXvHVsnKL2w3Q971U3XYmSl05K3whUz0o/jne7FP45"
    "HOGR/gU0M1osCTzU6QiPEXc63M116SYR3Nu9O/BWmk9oguM7GuXp3rUDsF3fwpJl6BF/Tj"
    "tudiPRChN01wLT++1x99q/WV9uB/c/Bc3jG0K8PAUHQjX1KCQFbEIFNqGwOW0Hr3KYqoEY"
    "2EY5K4F4czYPZyYiCWyK+ig1STYFMB/TP7tm6rKZDiGsnIDQPrXsINtgH1lhQPAjZf8olq"
    "pQr0EojKpQnKF1vdAJwWbXC92eSMytWIvOLqNr6rXV/Ehw1pxO10L2gq543JbHepe69YKd"
    "lanzFD5+QdzkgWx2zZlTa3npVXX0Isfe2HqBbv8FOpuWXkNkzM7OJEmdFT4Y7Mh62ZHBOK"
    "n4bcMyrXPeFp9/Vv9T6hubvsOWYE0x6BASaYUfJDZ7L7Jkp7JW6fP3IpGhyiFL8zftBrpl"
    "PqcKqg15Sf6ayKBXQjsm17rFoxS03/BkQemLOtwJwdbhXcpKMtFtrLmWqQJ1WKZ1KJcyq2"
    "3jmWjqZQViYq3DuoQTi5ldJPWm7AB5K9I6gIvX7wyb2dCO8SrRn3dXfAvLVRh4CcyWxsZd"
    "Vq690PKFuuKiALsK7KapTV3Llp22mB7SjYnlWlAaFGIpI6zLIcwVBYkIQqgLQl0Q6qpZqA"
    "vIei0b9QLIeqGyzgwCpro6DrYOPKrthvV0Kzpq4FRIi8VFN0nf4a95UZ/D4HrwOxvwvlqL"
    "GFeGbYf9qkPRYh2NeD9tRcpeGKslJo7GITsUrZHfGUetrYAt9dUqSPM4AKkX987rqK04ra"
    "hpTI2DZ5RDpy8PvKt1m4Aqk7Qe2g8lPIrobrmfQxHfp/fzKLqILyVejryXtihS8encweQc"
    "iQG9RLzmMtM8BN+BrjBB3iM8FoPP2+gg+8U9+xsKlqhLcTf46yQ2AlU9d0z4Y+CYzvpTap"
    "tcTZn1zeZrYx3zL64ay3ErAKevS9yTgf6fhut+rpCWijDEPZJxj78cCacldfL6rWHmSgoo"
    "s811uXJUCkmERVqTQlLcgciWJYtR7DgKORBo3Wf//bt3Gb571ir1wxf3YjsXs/XdlNoyPe"
    "IuE7zw6Da2ka4Qba7GKiJ+Mnjo3V8KBXhMhr2H2+6/+vc/XfonqrAh4FdHg9tfejf8ok3N"
    "Vy+oeHzVwntFbcMCz7iqxMVgZUmeZOidppOrim9EFKJx9XHQJ+Myweeca5wjojDOdR5niL"
    "qmL53NjL9B1PVLHPW0qGuMtc4VGzWfS1QIDgzdpRNN1mrYJgXBO5CENxJ7lAK8yyUuk24R"
    "yseoyJdYUZIjolx6PJm427BFJWu6dHQ93V/cPTJ/CwBaMfhes1mfFWXZV78f69B6XADShR"
    "1QUEuEk3tXBF/2Guj+6fb2WCX1o/wlSYQ7QXDaH+SWEKwyxbmjSfa6jRj+2Oan7p76GWr8"
    "nGJOVT7riBrygpLkn9mLmD46XYhzfL3y935vHVElnl+5tvSZiWWB7koePCZ+8QAHTfCUgX"
    "yOnkK1BrZiyWIDXkF/Y4aXK+pgMl2jFyzK+XvvGZxtLa1/H0lvjwwMn45QCb826kNnR4S9"
    "HnUNjq3JlewLT34dOdCOCLcQ9uKjw7tiRCmmyhHiQm2Y1+pIS0RbF/gs/qw5/Mo1atWC+G"
    "Gp1sTTKi72aDhYBnt6JfGNwEGVxOtpmshgLKWQuEMd3dTmspoTuyZ8RAxcTXnnPHBYyq0/"
    "wcxc4xVbUu596tyOCrVmOS/OV01daypDdIfWtxVp3cQtXgeBeHU69M2MXEK8+kscdYhXH2"
    "+TSvcDpaK6w/vTZJW2rCOuIS5aelyUBnGbAwHOmuBeswmcFdbwh1uvAN0mZV4WnAvn02cI"
    "zEXz+PcH5R5CVbBRJJ/TC0nZmA0ymzbojf2/Tpx4DGwTAuMJol647Bz1mGG0RiIjDwmnVy"
    "IkV81jx2TiLlc2Yr/ZsJjqw3r9G9K9tNcpXa5cRxyFjdFfLnuG4ax5uquXFMtUIPEMC0/Z"
    "xLGDl+LPmlL2HDw7Fy29XtlrmOsxebbom93h51/rBFGTx/a8Z7E/CXsjC3HRN8twWOfsCj"
    "9lm/2A9NBeaPX089EgnFcjF82O464qTuis215XtKIW+oLVpnVMsDV+mopdkNulTg3+qByg"
    "fxD6alm2USEwVSQuyublLq4wmfk1cJTSFz9dIvoyJg+9+xuRuOj3w9MWH4dBLqNjeamMN7"
    "3uzSXihUziettxwtuQFF3wxBfHDipHlaJSrfPQlxJaIvizo/mTMYfPViIOSYT18dMm3fOY"
    "MEjdnIdRRkRhnOs8zr5ylacMc0gQxrjOYwyhtvSdE0JtEGqDuFD94kLHiWAMMXv5qWEaoj"
    "jp0CUnkkhGslEnS0TDiohlPZqUYLTSbZtn0HDPfbQT9CedXKI3XvdSuPOXK93Cs07oisUE"
    "nOgl15whQh3JaaTlPgsOIK3XAaRsObLyaQVRSdAK6qIVZKFdzQ1i5NT4Y6Kg89dH+UuOM/"
    "ulz88yNkW6WywkUqFPbIK96dTEdCX7xbW16QJPX7BiiDQiBn7dZECDTrki8FkN16gUwCpl"
    "CeaZsUlBADcFXNVJGxcDYKVZQyoxs60AgJnknzi6YSolHoZEDko9zKcf/H3ukqkwQCeuYT"
    "oGsc/58/5Rls5QRUZiwp10HG9HpG6QxNERryu038chOVNov4/jcYGZJaATWxfjrJuIus6E"
    "fuZ+iKBD4ZSIVhuxLxEnIDqYzYy1R6EUl79Co4/9h4fejfZxMPg0QoYgXCa8HZU8dUyCrr"
    "6yw0/r+JRL5NAoG/R0qluWgS30P3jz6Qt7WTZqywm2zvjz+LhjMjv38bbPN296PiaxGCt3"
    "1rC31JGFTX2Nlux/jv6CPdcOfUOnbDQoMtiPNLFuY9baMHFAKjV4YRk0N43nhXOWjdYZDD"
    "2hCW7n7yGOSTwS/G8gftaS+AklRjKYlCWUGAl9RgqAx8RaCHUJeafeUqsCc0ikhRAX7yAJ"
    "9jDF2RwTayHU1dYmahcHNMn9vBnc9y7RjBIMnM/WW7DARPyyIhnA8a2K4wtcwPZ/TVBsJf"
    "0La2/UHxigbRt1YIBCsZWGQwqkWgXlA4qtQLGVaPDuxb3TVyvvNyZDd9u7nUyBuxdXW3oC"
    "WZnJroVGn55E8Nc7UUDfhrFcwkuGhCNbX9mitTGT8I4P6SlDtZEThmPkWvxo7INKkXwp4a"
    "jSeMhNPeO8wb5iw9Z4HPoVSwKslJpYJylTOiwXQ3rCBMuCOpju1dr2V4PBbUTTv+rHoqj3"
    "T3dXveHpNwJ61shwIsFVsLrba39lsbrB/iqJHQw1qQ7GE4yvYxpfXCs9HN6R10tLMd1+tH"
    "XKEB3xHIOBYAqeyOyu0O1OFsOLbttmSgblzD1+CJtXHJL38ow5S/GUwdVBJp2KZM0zZjHp"
    "DlrSV+xVl9RfdUNMiE2FyE6Ix5g0ycp60piI7s49fDlj6ZxhZK41v3+PNuk9jXMfQ5zJc/"
    "QoklI5mdFxLWLzN+Q0RYd6nMU3ar2UkWkKnEN+D4pNNmNjj4TO/Y9UDdSYFCALBp0S1O0y"
    "6OqSq8G3zQdqGtN1qt7h386kd3i5kisuYWRN1PjINIKlO11wLYC6Vmir93QEHQWFsHmygY"
    "1N85xXwhY/xauG7evJX/FK1mLa8SrWXNF4M5wF+09fL47oIpU8dUx4QWvLYL+YV66YU8vT"
    "a0afns43ug77ivl9r2MsanR77rBNCzTH2K+x7b9Udic1OKGPWQxjoVtYm6xUdI+QSHV75D"
    "fv2P/VGuQQqPocO2tt4s7nslBjOrJxOSDBpmp2YklKYpuezZmUhPMk858nCcSqtumBQKz6"
    "chz7NVu8wK9f8TbRaL9+zSZvs936t8yK85hsEuN6e7Ozy7Tmx+h6Cc8Z7eku8YoHiLx8UU"
    "+A2aLYttltnrxP0YS6zwsHnU7cNWvFjFPhTz/r+Kyot4XBzGKLnzBlO+gFrztobtGlf32I"
    "Z4aNpqZuLJOcq2ofLbV//cfx++Ih/D/8DjXWoaSIAD8BfdscCgfU04m/GcysLK6NQAu5W+"
    "/fZeBuvX+Xyt3it6I6UvgTUQA5JpYL6prtOLHM3Yv3WVJ3L96n5+7yezE3P1/CFEmJYZli"
    "ZvRxF5UIyt9lmc/fpc/n7xLzWe0sqEMOgardSvFFx6QqncPNdEVk4RhynUjNZg5JwGdUk+"
    "yutmPq6/qKzp2IEOC638MTMqkOdEFwk3e07a1hMGf2RURm2H73TmCAFgdu3++xpQCH9pr6"
    "ZSQ2FdTUlMQa+NCCNSPFixZaUvb40fxPM5snLR1iOHSkXjwLx3BMSdbZjlJwgUALnUNfXh"
    "G4xFQ+sacLPHNNHIx85ipwo+uPvZun297NJdr0MSa3/V96l4ivIGPSu7/hdzF7ek1qwYmD"
    "c+y8J+7Y7eUKNMQgl3ADkhY5m295hjgk1j4HTJvGt0bnZtXMId+mURa7Rr7PGEa4ESPcLH"
    "c5UPeK8ZevLGOKNWZ8WvRVN/Nqysle6lth9ITfu+/1hDI8Jsnqyd2Hh+HgF37X+0Fcjx72"
    "fu5dP/JrFv5THOtZDw3aA36Gp0a+5VkmD8t0nZdpb8S8Wcj+pdsy//aOEkFy8fp+rjl9Ca"
    "UUBA42uslaLXKTkAN2LiTnVodsdJFXnbwp0jCFZWFd01SNlUdkYPpmCepywAqIiz3ZrQ6L"
    "RSZWJC42ZErIsH/9eCJdf4sI6Ia6aim6sX0nA75bJaC6uVuz9TYruAl9KaXS7K5NDkDeA3"
    "LKvq5c1Dd+4m8S+Ctf7sOnITY3C0M6F6RthIUEZ6YAjNrJl/lvRXwMAdtuTkaAbDZehrYZ"
    "1mxly3jFZjrfJhmdoz9sas7+QJSYa/QsKnk5C4snHYnqGc8u+/l4hp4euBOCi26OWmWPsR"
    "200p1F3CVV3pPG5JR3gv4H+stZo7//b/4vBoWj6TZbTTrBs5DtGKaJ6AqTM6/0CCdCTHQb"
    "f83bec9C+jObAaxjXnGEKy3s5TNlSUGVkGOzV+ambi80byOZY4nmuCvLTCLcJvOnkqyz8F"
    "BQauUZhJBYa8qKVIx9ZPFTWGYScm2a/8U5Vaip5E/xm7dmMhfnBsSWJnJLNdNYGpJQUboL"
    "MCkJ8CbSzUxqY1mm9a4TBLZCFR4fsLnS2PMD+MppYV71Vob4zgU3LAaTGBKTKsIVKvkejC"
    "ckeh0t0Qvq8+cu5LMNBoALtaaOwQfXmi50O73gUbRBZ5dTcOU3VSl8lI4OpGvVy+G14rys"
    "JK476FaBQOsqn3x7kYFf9e1FKr2K32p6stbM0ufOiRrcJzfD7ofHSyRkx2T0dHXXfxTMUt"
    "udLPm5ILOsFFQm3btnXdmYsJ6uB/cf+sM73oAN3NywlrzFQ3f42O/e3v5LG/aue33R50q3"
    "HEM3TW4MTbHh9x7c3V67vh2MRHfCSGV/d++ve7cixWzKx8AM0tRUuXlZiuZcpBfNuUgUzS"
    "HYUfd9hoRaYwhW7Pl81XPgHhIC3PPh7lBHN9WRj4gB9vmw91dkS7OoWup2QrB9pOvCF/Yg"
    "pcTWeME+w5K5+0ZLtpell5mW9lDhAQXlTv5vL378YTPd+R+7JvjojmkCyRlNqKM0kYP27Z"
    "u/ZSQN5E7VgCSNXHjjzyuhHWs8XymJN8+HSklVjQvuSoTKgHw9eYEypDnTp9HFE6v1Zbc3"
    "G3RjgubJ5o/JQhphndMI54ZlO1rgXcgx3NIOYMzrPOb504QhQbg5o8y9gXmW760YjG+dx3"
    "fj3M2jm8VkYaRrPdLC755nmMOCMMZ1HmM4MC91mBtqZ0mGPZEEBoUkSuTa5S10ACUOMoAb"
    "M/tUMU4TB6ihIEqFbFx3tTIN5UodUSlANgMv14csibI6eTTUVcNAzswgjU4wqNkBNTuaA2"
    "6emh1QrSMzvFnrdOzU1QDlPSinqacHFEUxDYIPJPRH6Oe3rL8WrdExqsQUs64PhGvo9dIm"
    "kCrLfhCza18GRDAFs2ZBaJtvoNhUiN9PVoJbD4VAjp0XAYeWFmWast/l5K2okpRtE8RVU6"
    "z1zxoHSZusFKZ2TKpCmum375qSY+5l4XtJJmqrRkSsNfz1goHdlqdXAnYrBsAmKqdQxZLJ"
    "FHyEUAvhSD7XlSRBVdnMT2Q8NwzjrAb/5kuFGgi1qYHgewG0AjwnviugbT6TCtwB7L1G2H"
    "G810tzB4QadTK4A1g7Xu+Ot89YKvV6wX7212+8Vui2D7SipjFddxAlGFn0Da2whV7wGp3a"
    "GCOOAiaz8237c6/9mSgqGqmPWnz3BxRsYI9ITvb07CC/eevqChR1CGy6s+JVN11JYtDPo8"
    "F9WsKyLxAnWRlTB/0HmYbdRDVkB8wcCt7zhkkVwHt61/0tjvz17eBKgBOiSPEOruKeDWC6"
    "fSFMt4Rymr7rl7mTBXEAyf4VChFkcGKHwxLZynuzvoxXbK03xTQ2Ra71YKcJamqfcsBZA4"
    "ci26HTF6QT8Qevlm3i2TNr8rbABL1ZPLmKSHaxKh64w/s+NQ2eOmDhOTjhj+qED/RmtQpF"
    "UanWqRPFlykKzXcFmKNSuWCuWUy9HLUtVAqP4eNv5zEDcFdB3ZBUhRV1g/nd2IK6UEAJCi"
    "h9SbhDyZNyS554SqgmY6amF+CIiR1YfqNuRh7U3/iyreVMp7FDoLHAQONmPVHNUkoKQn4S"
    "xB3LjzvKkxBCs7EAhNtN4E5+ucelbkMAMq/bNo2JHEM0u/u2LBYy+DyPSzzW9OkUr9Qpb2"
    "Gx1pjRwCWsO7BQDjTVF/HNxfsMvgjWKtUXIe4Bob6WLreJ7kwXanZYWAQsMCkvmSs1yj6D"
    "kFCbJnSxjgOmMao7DTZCgCswv6v2wFhbVsuBToL2pdB2ZI6Czde6n/3tr5pFu7ha5hiIox"
    "zdazL4uoBkXwDJPqF1FQDpVdBPszSurJiGNU3l1IUyvWGbskcSV1i4JFK6HyyoKgSur3a5"
    "vqZsqFX8B0F7oPjFnAZJip/4twK0QfvqPDKVgVuKT4Y90WGLkKaKc1yudR6w4lmUAWQrBl"
    "QurDeCrQO7+HUDL3XDVAF5I9A6cEtZN/TZzMJ2yhGxcoRDIq3DuBTu3kpfLzlT3cHW0tZm"
    "+loCd7pvUSpcne/m26ZEgQxbY4ur8apKb4/IAcE9O8Ed+JTpc7tdfEqF7MNQsgl3xhVZpr"
    "GB8yCV7RPZHiw6c6eHlmgMPBcPXm9tAqsKZ1AA2w6fUAjZ/a4hLTyq+zNcu2j06QnpKBBH"
    "NjZNG7k2e2HsIB41RyJqjk7x56npznhVhV+6j2cdxHa2GeLrpMg6XRrEWLpLPzH1L1cnju"
    "GskxmuVTxQmuEarl8OVSaP7fHKyeIAAkcxBA7+KYnkSlWrIClY3Sj8WOu5Hlq+DeIXy1Wr"
    "pZqQa83J5kXaWisLz7ElPT1+n7kVEa3Q4tpcaazJBWyPYucxnFpTEY8GTq052WHhdBROrY"
    "FCitUXUizTAO1ipksvTiR2p3+ns8vc1LdtgIbQpLWys8Moe8WWLT2BKj0mExJpYcS8lKgM"
    "/6gUEPabtxDdb969yxJXfPcuPa7I7yWD5JhIIgPpNSFDIlAVUrEqpIKHvvjN7L//Hwk1RZ"
    "c="
)
