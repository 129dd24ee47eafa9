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
CREATE TABLE IF NOT EXISTS "payment_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "pay_date" DATE NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPAID: paid\nCANCELLED: cancelled */,
    "approved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A batch of supplier payments (付款批次): proposed by one finance user, paid when another approves. */;
CREATE INDEX IF NOT EXISTS "idx_payment_run_status_c5f6ee" ON "payment_runs" ("status");
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
CREATE TABLE IF NOT EXISTS "supplier_invoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL,
    "invoice_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "lines" JSON NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "expected_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* MATCHED: matched\nHELD: held\nPAID: paid\nCANCELLED: cancelled */,
    "hold_reasons" JSON NOT NULL,
    "release_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "payment_run_id" INT REFERENCES "payment_runs" ("id") ON DELETE RESTRICT,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "released_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_in_supplie_c8d988" UNIQUE ("supplier_id", "invoice_no")
) /* A supplier's invoice (供应商发票) against one PO, matched to the PO's prices and the quantities received */;
CREATE INDEX IF NOT EXISTS "idx_supplier_in_due_dat_e17b92" ON "supplier_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_supplier_in_status_65333a" ON "supplier_invoices" ("status");
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
    "eJztvW132zbWLvxXsPyl9npUnzRN04xnzqwl20qjxrY8kt12TjWLpSTIYk0BKl/s6Jx7/v"
    "sDgKTEF1AiKJIimX2ve9KE5AapCyC4X6699/87WdIZNu3zK9d26HJITXxygf7fCdGX/C+S"
    "sx10oq9W23P8gKNPhNzJVFynWexCcUKf2I6lTx12bq6bNmaHZtieWsbKMSjhEl3EL0af/o"
    "VmeG4QbKPTiT59xmR2buOpaxnO+lwMd3aBdDTRbYzmxhc8E2Id5CwwWmFradg2G9BGdC4O"
    "TXVHN+mTi5HhoGeMV+JpZnTKHscgT1XeeExOdWS7Exs7wUViMD7MN3YHJW6qu86CWsb/1T"
    "lEZx2kkxl7gBkbGNlTusIXYgyGs4WZ+Ktu4QV1bfb87MIxsXX2yGi60Alhk8OfYqmvEZsC"
    "RAk6Ja5psp9jmv6jLM/OOTAuMf5ysebQJ8wOWgye3//DDhtkhr+wifT/uXrW5gY2Z5EFYs"
    "z4AOK45qxX4lifOB/FhRzziTalprsk24tXa/YDyeZqgzj86BMm2NIdzId3LJcvFf60/soK"
    "Vo/3pNtLvEcMybDJ1F2TLzgu7T3A9tiJpt0NHrRR70HTThKLMZAILRP/0JRNMVvI7FFt8e"
    "uf+CN8+/a7dz+++/D9+3cf2CXiMTdHfvyvd+stMJ6ggOfu4eS/4jybU+8KgfEW1Cl7s5Kw"
    "Xi10S45rcH0MWfbIcWQDHOsL7VL/opmYPDkL9s/v3+7A8Zfu8OpTd3j6/dszfkPKNhpvF7"
    "rzz7wVpzjUW2jFfxWgDa4vBtrgwBbb7bZYObjv32UA9/27VHD5qSi4fGMTm78c4R5xlwLl"
    "PnsqnUxxAu3IAHWG/GT0aXB/3xteIHtBV+xDMCZXN73h5wvEYLKex2T0MBj2tNvuXfcncR"
    "XfrrWlTvQnfu39I8dwxM+sXIvt1jY/+rF/17276rEnNAiHZ0w+/UvrXt/27y7Q4i9Nny0N"
    "MiY3/V967LFubri0abxgzcYmu2n8C5dlCbx9k2EJvH2TugT4qegSCH0Tk4vg59HgTv6axc"
    "RiUz8z2Pfrf9iPtROfiqKWwMk/5i6Z8tlFE9cwHYPY5/x+/zwp6V3cATyHiY+8tO2/zDDg"
    "p7fd3+JzcXUzuBSQUdt5ssQoYoDL2MR4K9CYKU1LROigSfG/IXXZCatGf6Omqc5AQhBmIf"
    "8sBGqxygSEZQD7/NgbtsasEPa5SoJ/SdkXXycpNkNYLjYBEyZY1gchUHqrhf5yMLiJQH/Z"
    "f4gB/nh72RuefifmgV1kOJ7N5RsVocVuYQ6JpjtJxK/ZGcdY4pQlH5GML3pf9Dz4S32Usu"
    "x6MPuBswEx1/4875iQh/5tb/TQvb2PzMp196HHz7wVR9exo6fvYy/JZhD0a//hE+L/RP9n"
    "cNeLvzeb6x7+zwl/Jt11qEboK1P9QnZYcDRALTLr7mqWc9ajkjDrdZn1AKPQtIun5y6Z+X"
    "PIf8APcG8SUxlmWuRMaHkwQ0Py+bv0xT5+HmJTOJ4ka8D3BT7aOIshVs/P3fZoGEb6lqbh"
    "mDy1fLuMHxFm3cy/N7+TD9UNner+gyZcqptznV0OVdO/Kps3NR0N8PCBh68u0IKHr7kevm"
    "f2u/I69wLZOgN98mt32Ps0eBz1LrahFd+b53vx8vjZvnufYSK+iysQ24ngp6ITwXQDpj5I"
    "PuXpCz0kUt0UnJTlP4s5Mn/4IYsn84cf0l2Z/FwUY1OqROOpsdRNOcSmXHn2RM590cYqTz"
    "Jor3tX/dvuzenfOu9jFmkA+ruEj9hkt1LE1ZMAXHfiurIMykPICvpaWGS/1lbUpvDdmze1"
    "1tvAa1Wp1yqXJcuUjPn8cEs2bIbVQwU53KSN7QlTrHEX9YFm/z0f6KbJru7dQDHdbvp8IE"
    "YjPkZbV5I++9O1nSUmh64kgVJ3M1pb8VrSF1wUWrf+WG3FSrx8jv6MiwCLj9NWoNgZYs+x"
    "ZWvUlRgnKlg9+EO1HyqDAFK7kKLW7OCowICP0VLVwCdZpbGaVGC6YUONvJHatJrKDKKIeJ"
    "MkgBLEodKDJ5tgFwROWhM44XOq6uEPy7QugFK8j39m2CtTX2uqMMfl6uznrw3YK922X9kH"
    "WFvo9kIF7YRgC+Euxat/CD8dqOlNpqazKVPa0DYCuaa7ZppuBW/WK57Spca/tjLVJx3nuF"
    "whcLf6E80QW+iORleYKEMdFQSs92ENIaCKicsOfcZEe2G2m28lZzShEnLVBTSbEs4ETng6"
    "1M1kB2fhhIey8jUlp0RSMNcrVTdNqICXKhGylqKdhPoj07WNJ/IZrxOGhtxhGK280Cyg09"
    "yF7LClv248ZpJlxnBgvx57X4ghW//D/hWDPQsvIMKYBm7ALr/2lGH1rFlM+7ZkSYkqcF3x"
    "oYZipLaiZS+M+cHBXD5GWwE6IkGgIRtfHfgBTYQKApQQoDwMLaUAZZg9R+eGTI8LIB0Q/E"
    "DZH1neU30+v9+O18JluJzrhSF1643VEpRyhLx35Q7GldPdIXCtxCTC38Ud+LjBTU7+A/Hx"
    "I8bHg2lQM/RjUtU5zmqPdJR5oIZqSAIQ3e84CXaSAz0mGfPT6wZuVmdJaFFFvCRX3dFV97"
    "p3ElUMQx+JA2FtoTMkDm1sF5TDm+6DKpMEF/avyOqzRt0v6fqAyJrREo6f+hDkLo2nr0UH"
    "+Nvbt99//+PbN9+///DDux9//OHDm82Gmjy1a2e97P/EN9dOOLywX1NofSo356ZwVsrg8e"
    "EC+XR51XBylmhyejA5EUsWL16++FtEspr4W5XvREPCbQFIO+NtkDcOeeNNwnVmeNu8tlQw"
    "bqJCEBdOGoyvhrMwiGbp5EmVOxQXzUcfqhm+1bCHbOpaUyWa51aiwrIoXEUvax2XXHrGJS"
    "/YMthwMvV916qOClZIidscaeyqZjedG9Yyn+oYky1AeWzOztI45XGGZ+4Ka89YUsZlR+5N"
    "RAqSnGKbWJLVu30pJmtFUlxSErSf5I51vEBEy4GFOATEIWrgLG9AHKJmG0ERYQj2DOju8e"
    "bmJPVjVt3KbSi8ku93CsTHCfV4HFFJkGdDHt0X3tkyVff33xsQjOzpgqmPJp4hIcl7w1F+"
    "mA+Glng5wRbSHXEsWJvolFsKNtItjHReKBUF1oPttZSL9Nor6yY7CSn8WmFWObrl2Nz2AW"
    "bKMZkpwXwkTdcUk8a/fpe52qo4Bzc/E02bgrUrBS7d5o8ItjBbq00WPyazPFMcEoMJrvUE"
    "B7mTyp6GuByYw3XyM9TtlQFHQx0RBUdD+x0NTYV2l6dhm3Ur/5SBn2GfnyH+9a6XlyGcji"
    "RzNsTSlfb5HPxMqZqxScFoP9Box8uVSdcYM91WJRwZE2tdu5niu1YtDAtrqi6SiNCBfpJ6"
    "7rIZ/SRTuvTbh2v8J2qTlVJAVyYMtlbSIiBUtj53tFaj0qXZ/Pe/lPJ5NbC3Gv8tS1hbKt"
    "rVPsssSGEu2S476iQUZpUVrKqOsON4zy1XVYPzGVRV27v0iKqqIrkLWF27WV3p6uuLbrqS"
    "LxbvTy+HeiMQ16aMqYP+B5nZ+h/V1B8gg5lDEfGjB/Ce3nZ/iyN/dTO4jDvI+QCX8S8ZNC"
    "FPfQOaWWZQEudQbUJeujfjjjrG3EivmpG8KMPHgoSuz0ipeFhgFBbjuYcT+gWd8t+Kyex8"
    "iW1bf2Kr5Dwy+tkF0tGv+IoukXcFRg71CBId9GoZjoMJMghiXxs0cW2D+M1cI1SLKm8+Jq"
    "LHDq9yy26kkxliIBov2MIzNFl7l7K7PlnUZef+pJM00kbsu/k7x95xxY8j+IvDdgMHL1fO"
    "hsMB2cQNyiZO0WkakEFcG+cQ5ATIEpvefsiS2fT2Q3pqEz8ntcElRdTSdcawDKiNB6iNK3"
    "1tUl2yjaRjHxIB6A+AfvvBTe4u+8tBbKUr9PStmDbjW/wqVSHue3fX/bufLpAvPyaj3t3D"
    "BbIxccbkY7d/07vm9zNML01RdVvKsimlb0mJDclXfSRTk6rYhEWgBH7Chx1TKBO47jZQJe"
    "KQT1kfozRJvjN129GwZVGJQzddd4pKQfwiS/zCIC+6acy0TdvFrB/xhGD1n/KTf8xd4tmx"
    "E9cwHYPY5/x+/yxrPir/wLPPWx4e+VYMtrk6b3PQ2SV962umyzVLZxdwtLdt1mvuaL+0dC"
    "KtQOmd6OxyqE/4JUAQbB6porPD76vaJBj6MKco1F4wW+E1j3QpmLnTQxuJ3HujNFaNq7Yr"
    "/RWD54laa9leuDm3czucelcZZXCmfz9Z6ZbfD0Y8HKQ+f72b5LEVsZIrOdnUkmi/qWs2uB"
    "w8o3HPqLdlqDFQIzJAmd6b8rfdlg/MnQp/Y5qFcFaGaWRpHdAQcrowzBkb6jDtqH14R9/9"
    "ilXIun2kjqJD3lvGFN9wr7ZEidye3KlFrvhlGndVZ2SndZEQEd50xMY1mQLKqV46mi50Qj"
    "ADR99U4OkgaqEJdRZ/F2yuJWUy9gpPOW8Med3NvYFeucM8Hi4t+17gCwA1tzY7SOkFS703"
    "RgXfkEguiGv2IYuFMN9kiWC+SQ9gJsrge0HIuUUlZfB3O9OjkhAoq4/vPBky8ebKkaQzZ5"
    "ljR5bPDDNcqxk2bM1TFyTK7K7y9BG5CqvTBypAY4vTQ6nnapwHUEW3oNo2GZr5hbYTBy8P"
    "tot9W67Pxmqgbntc61iAtstCDlDNYiVrm+ksPOKyuYfYL59dCLoc1Rr15mMudfztSAuLiL"
    "Wpil0lCWJx+L1XTimiEJdr0xwUFqth24sarFsBwDNDmCaylx+oa0U8uQ3DOXOwJv7W7i/V"
    "yL+Qh4M78kZpKazbt7ZOzaiDMI9UJ9tEgHZpY9tgE1ABG7Vn7lK4pmymldzT/vWtowIWnw"
    "AOkZVy077DT5aA+QF/SeuBGxVrQZrYLj9w77eHiMMwkZa0cQPfDO5+Ci6P5yrF0lufsLY0"
    "iLakxFkoJbkmBMGBmDQTBErs7ckHb0QQ4E3CO6fW0jV1jSmpshbPqegm5ABciYm7wOacmR"
    "RzXuJ2rbJ4JZIAcBJgiJNV3cQZcjRblq2XJUdTpL2pOevCIrBzSV4kn4yr2E4pKgV+0P1+"
    "0EmQ1Xmgl26THdqsdZvVTRd+X7M0UQlxyatLA6jb0s0Kbuy1PSATwH6WlbhSCeS3y9tcav"
    "ieQyUrwuohuKPsqj9J4Bhu1EekA45hcAwf1zH8PgsjnF2V7hh+n+CE8wQUFXyD61vgCi47"
    "oWGiW6obQ0ikkISGVm8N7FdK/Azp4AbXV7h0x+47PH9fzQIuuC4nsMuOyi5z2NSqd/qKSV"
    "WH/3ffv2lMFQCDrA2iGWw3MHQzpSRwyuJOipa1mSQ26sZ+Bk36qtkOnT5rzsLC9oKaakkU"
    "UukKV3ZT1vVEd6YLjZuUz1jWKWJXxCMhC1GP7FEPCDNBmKk2ykp7w0w+qVKVbB8WapM+Wh"
    "4zfENwPZgW3rZiKZ0EKTy8ug5w3AteuTCdIBFP7slPaDqHInXJB2krQkJjPjQUxMdoK0D6"
    "7E/XdpaYHFoRSqDU3YzWVryW9AUXhdatP1ZbsaLWjPfLOjyresAHattGrhSSjTa6TakNEE"
    "AadK/eD2yfvLD1R631L+FR20Hd+K9iGHu7d10xfX2I2Y+T12uTX9jZ3WGUO262ey17Wqbn"
    "WJ5o5nJuYhRkEG682Ri9Lij7kzvzER8OGTZvAWobM+w35CQzpHsdOfm/R58fv7ERb3eDVq"
    "41XfAhuNwFYgPwbc1GRNS8iRV2q+CuY+LdhMtyY4kfcxbsCdh9HMNEn/6FTm26xJRgRHmg"
    "nw2tEzaCjZb6M7bOeMk5SwzGRt00QBWDnguomZo0fT6DWnI15Az4b4FGJIWa0j3QUSngD+"
    "wNEta971/Sz19Y27/u/f1w8Atv9udvE7MxGfZ+7l098GMW/hNPHZyrBeB37zMREXbwEOLT"
    "9Jez5sazoyvsNBEZcO1IHKX80yXTmLIt/q10nck0J9fd2+5PvQs005dMwxmT3m/3/eG/Lx"
    "D+sjKs9ZjcDEajC2RS3s774+Dxjje/5N/pMbkaDIfsbegP7i7Yx9mysOiPNiaj7u39DRvR"
    "1pcrk404+jQYPnzs3tywQwtqOeyxzTEZPHzqDS+8D3M9XiKmPahxpfzrW8flKaX7nxcjU/"
    "tch2Vah/K7LIyTd+mUk3cJzon3ymo8/iKP7MhRjontCus01s6TYcyjMhJOlGdlKTN3EqJt"
    "+qRWzN6x8BxbmH1Uc86FXL5FmVIVz8cMT5mlnidiHJWEurh1rovrmTTaLq037XWLCbbuW1"
    "2KRhRy7KmpRQnB1uFdvCMDSC/p0LeX9BJ8fiaKqcAJuRbpDoW5R45X1rt2b1Dhjifhps6x"
    "cCWSsHShPOpXUYi+biBnpcHtqkQvLxAApVFzl0aVAxreNgtA9tHGDeyflBVZyTcmAjF7Dn"
    "T3eHNzkqKKAcB7AE5onynwplNjyyzc4DE/JQyXDSU0ndESop5m60QoCMLs38ikDqJzxLkc"
    "o8+P5/wPm/M5HKRbmBM/kBj7Wz8JBy30FyyuFofRq+Es2FV+VEveibDEe0kbQvi7+CbIAe"
    "0gjkkoaU58qjI6SfERqu1Lphylkoh+zZGqhsT6qtwh1AAEh2D6LtBehyAY/qUa/mCYFmCY"
    "ZipVBxlKkKEEGUo1zbtRtKiH2MbWi+4/a8KuDp/u7LKure2FNSuRuIus0zIDtRJqzq68iL"
    "kHYmIOdvE3tjIVUglEol9T+QQcM9lK342ydK03n65RfNWjvxyJm3hXKgNo6CmhTp7mwW/h"
    "LmVljXZmh4TFqsO2KQWj6p4aJdkNtvWSVDJEulcP/V96F8iT5nkfd6PHW54EFSwQnhh10+"
    "uOvMQok2d81iQxSvi7sJ3DyxOVrIS5WhNnWZ18OpmIq+DKS3+/2uvK29aJUPPoJeSAICX7"
    "uPHSA2qe0pAIaGIZfKWB++1Qb2nL3HiduL80tK4yUHm2r3cB2KqUkKnZjpAV3sR2qOyVLt"
    "M15i1uWZ+QYNXvKZ+SkWsyIGghapCw/3luNDxDc2oFJJAOClh64hIR+D9H+otuiOlH/5td"
    "qIkRvt3IdxDBL9hC/0BvkoSTKm64i3USpmiKwYF+clT6iT+bKnrMVgKM8ySD3nslFPAMiw"
    "CgcUDd1SynjRWVBBurLjaWxLSWlwpV7E0ZEgEzANKmIKunUXgCuae6rBNIk1KBVj1NahIk"
    "JBwIbttqXceRDX+yD+Ckxekn+VlEMcZLS2AHvpUCVqU7lUKUvjT3UpT1l71Ob2afE0YWfU"
    "UrbPmZQw51pws8+7uogctO2UEakp9yh+wFz0CK1P9Ap9wJxC/6k7oW0U3EjlvrM5nLqfT7"
    "QZXcenmV6l9i5liN2opnhEEN1uJWNNRghRqsUIN1P7aKFcd4F4gcTWkjYq1xjVdf07IpxO"
    "ymfoGBk10qJxtodunQNzMElIVmByEgCAE1B1kIARWLp2tzcpgKoCEJINZCpbxMIJcXAoKY"
    "ZcExS4ipFRZTi++zBaDa7rp4oU9LrSriRYNwadGkcJRuXywpEh1UiyRNFzp5wjyQoyNxX/"
    "a0ywm2vCCP7S5tRDlJODjL5fBfrm6KxogBqThMS94dSSrpfvsjSb9H3CO+Jf8fKEtQy7IE"
    "z4aM25zNiR/I1tqFP+xd9fr3Dzz/dYrZYe6C9xzw3P0+7D08Du/4Sce1yJh0r39+HD3c9u"
    "6YwDbUNia/DvsPPW3w8eMFerUMB2t0Ph+Th2H3bvSxN9QGjw988ejEnrOdkLpO6Fz/LnTK"
    "4CGAh8HV54fuZ/4Q/M1z9GfxJKPekGfz+m/bJnV3k7k7Jv3b+8GQ3clYrqjl1CMw4G8Uyh"
    "G2hFxr/NeFc+WVsU0KArgq8cs0VFvbRqd4lz/EC8uMF0LMCmJWELOqLmZVqV0AISsIWUHI"
    "6vjIQsiqYDyhdAmEAesIKNSCSYW3pFowEP2DjMVGhashugrRVYiuSqKrPHhxkhZZFSc7e6"
    "Oq/LKa1UX/WqKPpSW4bSZWMb8tLleMK+24UJfsqWxgvWO68nJWVAK5g/ve3QXikmMyery8"
    "7T888LLGtjtZGo7Dax3fD0biEPda8X9fde+uejc3oiAy/+2mWZfqxxAdKTM60izfMuRDFO"
    "Nc3mwEOeY9LltJVfFjKJt1n+gAk50z7e3vOaY5IghzXOc5ZiaDRV/CvZYzKuhJQXBzJv3G"
    "U/bLn6iliG1MCoCVAOtrEKrLNiEH4EKsE7Kf6vA9LcGdHGykBeB7FRqqWbtDVnhjX50s8G"
    "42U3Au7wM3/t1JcTGn6GaA7x58k+qosg8/tC0bBBdRl5D7V2/YWC3ak8uvS7gBbVe0I0A1"
    "Q8RD28xmsWGP37e34IP7oXZoJVGDmMja5t1c1FpoRoVAeZXZXNQl/BumBmxMCuytJLAvum"
    "Xwj7fmOc4UwJVIQgpSEl6o+nasqm9ARQfCdO3x3KiK6qTpkBhgm5HnG6jMRXB9g7EaBrMS"
    "3ze0xiJG7VV3dNW97gHlFwr+1ADUg5polOlVePCLQpxIHAqbc51dvoSgrASQJ9vlKNiUC1"
    "HjTsbEgDopfnfLqJN+BxAcTL9CIZx/PfY8guRmjDHp3t8PB7/wg4Gnmhee+bl35V/4J56K"
    "60af+vf3gm+5MFYr76qrXv8X76opNl6Acfn1Mi43UQ51TlZMFFhZdWZl+S9/HoZlRBJmuc"
    "6zHOznOaY5JgrzXOd5Bp58+jezvTx5aBjetlmXvOyJtpbApy7VVT+36FLLR0+ViYLLXlqx"
    "0dctVJdwUhCWsAxe3ymQA9+EJAAsCef5JpAqvAk5ADcJLvvy5dt+k4Kw+e6Pl0Y+WgUEob"
    "6CLAHZdz5DmC+0PgHnLDgnX+gMKIc/YQXA3G5Ou+R7D1kDhSKcOWtArl8AvvuIFnGVKgO8"
    "ISsC8N27Q8QtruNmvQR0Ckh6UaenpOW8xDHdT1MpK+MFuCpH5KqoJV1AGku6Ccuw0YKNUw"
    "3SiFhrMgIKA/YYXP+afbiB6l9vPLcNwpR8V1EpQHa/48oJEWsPVOHDHN2GgZzZlxJdYMDy"
    "bz3Lv2bfrcaT/HtfvD6sJxILanOus8t6otaMvYDYvzZj49mx+/7792/H7ofZ2x/RKf8pmM"
    "zOxVD2+WasswvEJpp3e50jSnDA7UXcTkNPFHE5dKoTNLztsgtE41hqGU8G0U0kBjsTDWJF"
    "i8FII9qK7z8mFl6Z+lT05vXOoDm12EnKjUQ0+vzY4aM+s8HZvxlghr1pa9tBK92YoVfDWY"
    "g7eL1A2ZXi2b5BIt9W3Md/vr+PCb9uZRlTjGbGnG2QmL18fEwx0mTttdhd0BVvxOs/ePQJ"
    "2T/nLnunZvHfldZk93dvIfCzvv9Ve8ZrqOhwVOM3WMmKiRoxMUjUEL97V6IGeBmKSyqGlJ"
    "dkygsb4UGkrdjYcUx5Ekz8I3ecRJaphWeGo141IirXplej4soRBL+yD7Ojm+pzkBCFacg9"
    "DYFpypa1+kRIhFvjNq14HgI9Vn0S4pIwA3lnADqZl91ue2twKcEcEcuFdc38MTHt5u2HLO"
    "rN2w/p+g0/B9072p2fAllJX+OsZ8lKClUfXuLlRDX+lSYOEduklrDQyczMkX2QkANw5Tah"
    "ckg8KtQmU7AwXL3YhxKqYRHANB1TXlQ4D7BbOUBXZowtdcXkuY1AMXi2IN4SNrw2MTPVlM"
    "S4IKC7jxqziS8eSDUYBOM0bCvIyjUIf2H2M2K222ZR0Pb9sdoN7/Y7k4El46tSBSDcbupR"
    "VOVU6qTjW1gFQHy7GahZRkNWkNOs0gw5RltjqwCc251ilLBLlTOMkrSviBqXnIEBwQ+U/Z"
    "ER/6HgEQ09J3DjlI3MqV4b/TVTmu1GLTsY3txqRjNgTSiwWWiNB1EVPUAlPMUN0ntIiqU0"
    "M+JMKYJNPjT+4mCL6CYHBHhvx+S9eTqaGuktLAOMt1gcLMl4C637PEStkHhZMd4C0D65H4"
    "wu0IraY3Lbv+vfDwc/Dbu3F2hpEGNl0SdLX47J/afBXY9dxX4EHpOH7uCyO2B31+lEp2Py"
    "8/UF+nPGrrpmf1nN2N+uB4//7t9doBl11wYZk8+P3f7o0+DxAj27umEvqDsmv/YY7uyxPg"
    "3uL9ArZmg5GufrjslN/xd2M9N48TA9Ot8rvOkpvG0xsfbFnt+/y4D0+3epSPNTzWJGJt63"
    "kxUmM46Y6kvXu7vu3/3EXhdPnr083T5/e3RDEB9/6fd+5bTHFwO/jkn35mZw1RVMSN0UlV"
    "U4PfK+f/XZG8OYPosxkhXCr3v8ZRryY0xhYG+UJWqED27vb3pivCldrrhGk1I5nD/Lw+Pw"
    "ziNheqT8eryUtjvJSQGMSwLpKR/paWbYooGf+gzEJWEG8s2AeM3ZY+V4B2KSMAM5KbD5ti"
    "DYfwrAnn8r1aEPSwHyQDhu5gys9LXwSy0xw0/JKklKto6AXLyyyTVsdyVZ6pSaWCcpSG+E"
    "YghPmFRZEG+OVNt44XIwuOEjbwiPl/3YGr57vL3sMdgF6uwiw0ndXEQhHUsTBxRWdkKwdQ"
    "u7eIN7g5lw7eRCeyPZOrhLSmTwcdNnMwvbEmfHA/6yu4p6RLYFqO9iU/d+e4jsKwG2p7fd"
    "3wTsGzL1zeDup+Dy0Fxc3QwuoRFZhQt84q7ZCrXwUreeVVCOywHaWdAWIco8ORsRwWpSNi"
    "qNDTUzYyNLno6wYHNM+FYMeoLVJyEnOb/Q4e9rmOVN4CVPlmVMFma61jMdBNPyzHRMFma6"
    "zjMNGbRt08ck074rgzZv6iykdaalH+XrKFVEO6mWA5sn2RsyvPeAavNvtSKoERkAdW+OHC"
    "TBBCtoD389PfNFnhlwnB5nDQVXvb/Z9nNfAMDtTixKaEZZWm+JbRSg3Vf5PPy1OaAjVKQY"
    "diwortAVKlx/u2EWTRriUo7kgTCJ9J9rf6y2YoVfcDFA9V5we1HiWdlFgNSyFPaYbWPb+s"
    "F7k4Dp1huqrUj5bLAikLr3hmorUl4uRhFADcVI7cWJMzwPxGkoBmk3RJpfm7QQqA5IcW8G"
    "Yjz16GCkDiwG0ASkeAi4gB195A/TJpiSxSZ2JO5LGozQeTqmQeGEQi2ehpiYUYXCwkyn0K"
    "YmtSUcO3W47sV4V8FwLUEsT1mIjfmXVh4ibB/u62UVsUv397Ia8M5Q+gv7rdteSWyYb3gH"
    "pylm13WQbotuTPwSdnPTwDNkOIm+U8Elf0ydL+ebh/jj7OIkBmgFtxwTncnTJeW/ko2G2J"
    "kVuxe10IryKex4Dal4dyy2wLDpNbpacnlkEDTH5Bz9ahmOg5kQ7z6lO2hTMiStidQhRTN2"
    "Zda0rG5GJfk06dU1ng2ilFUTXF8dabXMKSi7fw7blVTADa5vHSO4+HwOsU+pYLsRaOPKLa"
    "M3grf/q2c+RuXaVLi36tRH8W1WCLBvBVqTbVoYYcFTeRR5S2EZICxAyfQjkECgUHK2cO/+"
    "QsnpwV4lf0kei9aL06WZs5so3t6+zJu44X5DdiRKRKGFYTvUWl8gJmutkehFZ/BrhIlHqL"
    "gDYiMJy/B1QdHMEMYlP/26YIZfwl4tdGSwG2utjKTbjXOLLrVdVczkkxATa52hU7wN6dAc"
    "MEeEAOS9IEOidJmpu9BlLx39ZmaLZMneBeOgeIPLtVUhDUmABQvWVmXWVnzVFgBqu/nKoR"
    "e1gO4SBRuwn6g5G7oCXrkNu7mgs9+MXbBrNYtdrBCTZfDNjSfXEkYlHwDxARIhUI+7dnbB"
    "jEwvisoNzqXuTBfYRsxeXdk8nuld5UUyebGIpI1b/i3HpIt4LM2LvBKKLPqKDBvR+bwMw/"
    "hrsYpL60KQHifdX6672JhpGTCffOr/9En7pXvz2LtAC+Npob3opovZIr2+HvZGI23YH31m"
    "S9yrxqVZhv08Jh/7w9GDNhhe94bsMQ3LdjTxAozJ5eO/e0Nt2LvtDplUvN7R8c09TDi4Mv"
    "/RrjKHISmoc6hQ59BZsEUjNn318sFx0dYEtiqOJT7j9St7OSVOpJ9Hg7sUqkdIJm56G1MH"
    "/Q8yjfL4pSf/mLtEeI/ZBmKYjkHsc36/f5blCNmBMcco8jIkivPF6/B1ouY0HyBenA9qaK"
    "S/I830igQY7aqhEcydag2NhBxY83ut+S1mYH3usz7jy6t+NqjI40uzP4Mkv3225yapsNjW"
    "cWCaHdE0401mVUtoh2XaSAh8/yaTzfRmh9H0Jm41/eVI9tHU1etfDW58mRufGI7G6fpY3S"
    "RKyrYJYujs9JUZpqZB+Kc0V3OhpCy8Crkngu3Xml9WV22XD0u15i0obKvnAIX7CSrgGhYD"
    "YJOE7idbfcsIS7UG04p3CiB2lFBPkdkjasUUNwKAJ/A6jsPrYGuwAExH3igtRXT7nqZUTk"
    "z3qIWrgtjYehEFBA4uDbIZqT3OTEkFFY3bBoWUUbkxSBNDKEo1VIpAKyik0ja8SvdrB4XX"
    "0lzbocJs+7zb4XJw2XhVvgSi8w1/6Rsb6XMHW9/auoltxEPw+gxNsPOKMRE1IuwFZQafJT"
    "J5eL0KngiUJEaJQcQYZ3KCVUX3HpM/+Cia7vzBCVY89cirssGd98g2ZtgjryBxL8O5YGPq"
    "8zmaU3aX4H7swfzH7Xi39R/Dv0gIUIIzUrd+3yokusteJksLKEL+k578B9Keapn2FJuuPG"
    "yw2BB1jj6cjD4N7u85vctf72Myeuh+/Oi/IvG3OktkIkuhgvQyBYkiBRM6kwQldvTe86+v"
    "M+o5Yz4/vMkS82FXpaIrzjU5dQf67hWSuRN8hBRnPCQG3ZvqQ0FKzi90RIFaGI3A1Frqao"
    "huBWCJQvYgeJnr4UPpHORlhjZIGWFNb4MkbyQDaZmFpGXGPlgFIKpav7uh0G4/1vUjGwc9"
    "HtKcsqEeEPucsuHOE8A6btS3vrPDE7hk00CVSuduJVrofSo+SRPqjx6Z54O/ONgiuqlZWN"
    "IQIH2dx+Vyrfb4N+24e0nJxYyfGA6vupIjOyTSuiJUxe8l1HU0drsZ1ghVQTku1zqoi1/L"
    "zYoYVLuNtzdkAN5P8C7VxKw8pBLwsbq7NcSCL58M5bcMTDO7tx0F91ndoS6G+5lQ3aB004"
    "I9qeD0eOIX6HWxRqec8CPqVW1LO83OOhsKknet4AjN8NSwecmKTT8dtuXbVFJFufxbjskf"
    "S2w9cdXlD/RkUXdle7fkVCZ2nI1EEWcA8vZClPC6VNYUm+jUZsB7RXs6SPzdL/vTEVcF/c"
    "DPoExVDb0Su0oF76cmlV8zOIH1yWI73dmrVfVuri/EmzMmw95NrzvqsX9bbKfXbcyOXXXv"
    "rno3N/zglP9Q0y/bdHxDxHs3lcrwhESgCk9EHS6iCk+wRao58rYy1b0o1RiE37/NsOS/f5"
    "u65PmpWI61/4HSVItsJwRbZ31DtW0wwCPX5TfA+csyyzXrUUlg7tWZuRfMlWr1sIQcsHmA"
    "wQc+rNo4VjoHMaS2b3cB0LabzpPYCGtFPQn3AJe4wGItwtNdYOHe5AouMNeZ0C+8EDkzm7"
    "mocDX9ipmG7qB7fY28YX2/Fc/a21rXyCW8rDlaGsT4dmXRJ0tf+heeirHE3886yKZSV1g1"
    "tx6TcO4eG4FZFoiPK9qSrdGSvSzbTteGlyfo34h31hZNzoKWZjYmDpqsfX+c8BajP+kE3G"
    "I1dIs1L/7bYDZD3X2QEnN/hcmMQ6aG+Ml97+66f/fTBfLlx+SaKf4XaEYJHpOP3b5wQc51"
    "I6f/seBkSZ1ta8uVUkvhsEhr6iUVZjEQ/MXRfIhyWN4S8UrM7yp39jZZ36ZuOxq2LCoxYX"
    "Y1ng9LgQ8ziw+TTRp/ZAWUtxKtQ7h4lzy4iNOhb6+LGBpOtG3WJV+tRI2nWng1G29cJnya"
    "Kg6ivf7PAcEPlP1RtvfzqNNQEn/vIIebT9CT+Nq21L10N1uII7jfwXbLbMI1eqLcj8QfXn"
    "C+OKHKYbaj79QKOGHJHoPiRmfn6Eq3Fx2v6NUMiR5tghO2YH98a+Epvz5haVZ46zEJst2Q"
    "7U6nmF2pO6Lr4d+RjvxzvKwXdZ8WYf/e/0Jd0xCeONt3pjFR37m2suiLwZ+NN49nR/gl9H"
    "VMTjnZjb4G3sML9EfMoPoDzdhDsmttpFs4zWF3tmHVMSv9id2GXWaJB+E7MXsMXjHM8xxu"
    "nkT0hrSWNjj7aujs8+ZW0dMXEapvo8bamBCQnXfk7Lxm5J82NmPMY12q7SCBROvgLcXHw7"
    "/mzI554bpujkr+UvHWuKgr3kws/IIJ02FWuiULD+wiJ8cEgaIc8QsUQVGuezwtSVX2dX+s"
    "TOxPBtRGj1dXvd41j6NtRi0itFb8FwOSuCGJuy1J3B5cOdtySYThu5zvuxw4HDTfPJX5C9"
    "IXvlwalv/e5W+7kyXngOWJlcRlgVBfn+BIMiYGlBigxAAlBigx9XeX+CGHfKyNmCx8k+r8"
    "TgE7J/09ayZPA9g5X+OsZ2HnBG+sakJnQg4SOiGhswpMfQ6HGqpRIViq0OkC0o6PoB0XnH"
    "YMxe6LLHYv2WSLWrGhYvXtBDf6fckA8FZ9KgDjdmfMJzTNWmXMezTdYPdI5fGGtpd9dF7N"
    "8q7NSOt9CCWU6/azLbi1nCu6FKRbQbcV+eoiR93j2Dqc9brQbcTTz9nqsjjLlFdiXHGGbp"
    "yBexKbzgpuOSYxLM4uEMPNoi9bQq+oNxmkyC/YAvrGZofIjL52EEMWB0xbr0GvN4EW8GVr"
    "yJetO79E4sf116U6wWTY+9cjs9m9cpH+GGPSvb8fDn7hB4NVzutK/ty78i/8E0+Dex2dBQ"
    "HExLI97cJfEyyEJNCXlJpYJynBwbhsDPIJEy4L882Rav3rl4PBTcTbdtmP8RruHm8ve2yZ"
    "i0lgFxme7pC0gqFUJJSKrIl63FCfM5SKhChiIrKQp99zmjh4G5OfLZ4CaeYI4iTkAFwI4o"
    "B7vLauMDX3eGIHLQDhtrcwTvvqZHDpbjdTcOnuQTnx3amZS5cHhG4Mgk+k/tzN2c5uZy6/"
    "TjPZhdB5t13+yr8cySueiqp/NegB0rRP26HTZ0UfV0iqQu9WsIIb69yaMgNPPZkqLNWabI"
    "OKs6h8vc3By1x2xFYONpEaUJfaiOcO4+w4LJu6gXwgzUZqoG1f76Js374/VkvBTeyHEYyH"
    "vdHDsH/1cFy7YScVJPYO7LUe1KggXYKGt90L5MT4Gbxomj6fB7HlDnqidGajKeVtNjlZ49"
    "TXqBC10KvF8EV0Pj/r+HyOJ4ptcZ20iWj5dwTzp17mD9/iFGubbSSgsFksKJosbAZsmGxs"
    "GH7sqtf/xTs2xYZ/3cfHu2vvmFfFMb5pAWumnVwCnzGobOBG5cDEzWfiApMjfULay+SAnN"
    "G2zbqE2rErZxSYHcDsaCy4wOwAZke9PFvA7ABmR6NRPpzZES4wbtv6E5a4Qi59yY+fh9jU"
    "xW/ZvXPcekO1B3eJ5XsgTtt+Iy1EaMPCOQSfMO+nJZ+h/yrFQ7Z44i9T9qY/SVJkAkiDjk"
    "L7ge2FxmrJ0lMMHI0Wxkrkx0tiRptznV3hItu/Cphm7Qq1BPOqGG+JiUHQZW/QZapbliHT"
    "o9NBDom0zkFfPMB8R3pmD6C4kmNirQO6hNLRvKZCvsLREUlwydbFJZvFEQ9l/Er0E5p0Kn"
    "RYNWhjUuAtBA8seGDrY6R1DvLABi93AcDehIZqKbaxrTCFtQn10Y5UH61QP1ngsPiqPWU5"
    "HUBpOYdxTPc7giDvsIXeIMg7LErvnNKnHB0/w1LAE8zHE2SrUvOSG2SlzXYt5ohYa+AvbE"
    "lPdGe6UDOlwiKwTUDeZsXobnQVJWxjUoDsfheAHYohHmhKhcORDQM5qz0VW2CQxlmWq2Vv"
    "Gmfi81YAvpfBOC3FNvxNr1V27KVu8pnpEcdan0hs3Mj5zi4b16fvTTwBjb2qlpHR1j0ZEF"
    "EsnDxhr0K5N9Y3tlclfPbti266PEVVDI1OmbJ/lsx6zTuIxJ7+/WRL4Hw2PP6Vhecn/znE"
    "0N5lw7TM1q7Eekm3yNna5GdUDcmIWJs0mIqNyeCNyZMoG8hWRylQh//kYXD/eM9eLLpyV2"
    "Ny3/33BVrp6yDLNchxHZPu9c+Po4cLpM/+dG1nTG57w596Wv/ugu1N1hPWDBIcGzw+BAep"
    "68S3tiyUBciNLZUR8t3bD1nwffshHWB+7vhx1nr1PC6+ctlcbcHOc6/WmsWlyiYwLZlyRF"
    "O2dTm4W4n27QaFb7bHI7PUbR0X7oD17BF97rCNU1knlIqDbphbNwRGXJnxM6j28BWSTPMk"
    "+x+e4V+7CS7XWV99Qm/dAM7q6kxP4z22r/NKt/AQLzl+1jU2jRcs93lKr+vs8n1OmYRm+S"
    "L8F3MZNe8nGwEFI4jOjVS4Mw1zxv4m/sF33w6yMXGQbiMd/YqvePdG253w0SYY+Zm5vBPj"
    "km0xoh1jipu0zLvt8aeKu/jLI/D2zNj1DAtwr9ZIZ0t3r4ZnMKv6FhKBz42Sz1QOaBP8pL"
    "Uxrv3tRaoTp4QCNhK7dOFioK5yA9mBLFdl49mBeLky2W+Tvus7sgOjYi1coiXkB9a8vGhi"
    "kZ6sMJlxxNQAP7nv3V337366QL78mIyCI3boyIP4pzMmH7v9G143dK4bJq8kOvrcv7/nB+"
    "xnkRdZj1iJ7vBF70gmMPWTGBYB3mT8e7i0n9Q2nY0AOPP37zambjsatiyqlFoflWqdU7+U"
    "8rd8E8uT9L0Vg3aq9am5mXS+gcs1/e1qr8sVCuy2bdYlL3uiXBk42ovS9MDRXqqjfcOHP5"
    "KfnTv7TmSOdXGik4FFLPyFlhdth1TZRr3bnR2eY/HfBKzpFkdwfQtdSMXX8mJwSGuKpMO7"
    "lWidMZeFrZnO1UwwNSeG5SxmuiTRO92HHJb5mr3IYCKlr9lmKsvASgFluSYAN19Zpu5K/O"
    "Sktuyd2akuT8U1WRtRIu9ytGBPhiZrwfPwgDlHf9j4rz/Yw/F/2eHsOf8WPKeOXx8E99Cp"
    "twTOOuh1YUwXaKk/Y5u3nIxHZKq675issPWtJ49MY2k4iOGBv7X1+Q5iSjCu2EA3bwF7qM"
    "PYKGAqHGgqTNliV9Flg+tbV1X57ZssUYk36UGJN8mYxF8KC9a/urrP8Xe1XrFNDtm7xLVx"
    "MMOZI/aPd48jHnD3pMfE/5f4e++3+/6Q/xN/WRlWXaLxL7ppsE+4RSWlH3ZbHFHJFlocDb"
    "EwMsXevDVn5zAso5LVTHNNDPTGzTIkyRb94eJbd57QpV2kKwY4CaW9MTZ1ramS8ryVqNAR"
    "PDV1Y1mNN7h4FQOcmunQg1MTnJoq36OdNPNUXHezzL9eZHe4i8O+rgMdxp5z8iE0YMOgzu"
    "o4ji2zDDXxwCnfglTR6PJO9c6HX4B9XnotWEpQAL6J9hOwWo6SqhB+LAWMY2Kt47eUkqzQ"
    "+sJ93dvBI08t05fU5cll1/3RlXdkZthTfqweDmzv+dSrFUXlWpNVVnGNomAtaJOVwtcyJl"
    "VhvOwN+79afzpDyhN7bzZAKS9vmTQs8nyL3FlY2F5QJq08DQlRmIN8c+BFG2f6WiVvOCoE"
    "ZdDSYK1F+LdmSDfEFZspyuHNlSPpW51ljh1Z42qY4VrNsEMd3dT+ctl/VPzCUanWfJsK2x"
    "4N23bxTNuYO1m9QTExADYO7Apbmu/SFPRTBXBlosC4S9Q35RFj8UOT+iqlJtZJSsg1LBeD"
    "dcIEy8I1cHJWu89fDgY3kS3+sh/TRO8eby97w9PvxN7OLjKcFAXVsDV96hgvqoBH5ADw7I"
    "BDeWQojwycjbbW6qjb+9XMSZfYDolSHVM2CU/UUt1Fo1Kwh+5llASIJUFWZ5SEhmoWxlnp"
    "DrHlpUx4CCdHbdL+YlqZL/jx8xCbekr0M5Ff2LCPVRre/y2TEeKTcSRMkC1NZ19ZEyB+tI"
    "v4ERSrUUxVjIm1LmOx+Hg4MabPyiybkEzr6B/F82z0F7bKLc21TBWQo1Ktg7kUls2KYaS0"
    "kjcC7SttWx7A2kK3JZ2p96C8kSoE6hrtycVvGHSFiVqJ5q0EoLsPXfYrqSK8IRHAdx++Jn"
    "7BSl+6jUCFHzlCraVuVvOpK15pW1Fxp+xmx1YAYotpbSxzN7AEqtZhdDnBKrBXOA9vUSIM"
    "85BvHhqS29zUPdtzSOYJlkQl2xcsaW5wJBkSE408TPpkkBwTnRCGua7zXEPQO30zbWb8E4"
    "LeX+GkZwl6L7H1xGaO/VKqWqIiLgih7wy1dzegJaEuL9e/ZiBnT/WPL7FI+Js9Brp7vLnJ"
    "Fv4W9b0OjH4PrFmb8JY6C5i9GXShzg/UpTdYj42VhZtRt498JsDC7UYOIFQE7U1aCRFQTv"
    "ZBpJuGbh/6unkfgi4fqq04OfpTISA96E9thchzhRezgd+LsVq9f9vuZDP4gWiNvKEm+IoN"
    "hRtZReyI/Dhv30olyW22tb0NwEJ7aYbGBoRyPhyasl+BvFYCvG1A0EzgAukEUXMWXMFOsc"
    "uRzZ4Q2Qu6WrETnn6KuH6KDAed8gtM/KRP18hYrqiVKAxSyU3HRFxiiyFsJqfzu7N7CLLC"
    "2Tn6SF0iWipwUZGaJ3onBE0QKH12V8g0nrG4wD/MiWdpDRGAT3jMngf8LSQSc3JH24OtSO"
    "t4hMW3SGtI9Ci04zQwhgQe53Tom+l8hNK4tfE5QmnRrP7Gmvb78pC/19dXnP6fqikHF2TR"
    "lVf6WiQTZG4DxnTHb/kOimyHLZzZty+66WLEhlkyg0eohyF1kauTBjG+XVn0ydKXXHl9td"
    "EpRwOT2bmf2XLOpLkg00n5/sbUWTupMVd04zEZfep++/aH98iw0TNeORe+esyGZ6exOecn"
    "dDTBusXVYfYk7PaGbqI5tbgCbxDXKUVD3kUSapmSXAkvaHf7MGUKeESodep08STaZjXgAQ"
    "pJUrPLRCGBfjHtnt96dlhqnN4ONnA2qMEGBht437sENnD7bWAevk21f/3Y7l7bN4glF1tV"
    "4ffQKmN3gFbQRw2LON5ayGrF+ZdX1la3wfEQUFNATQE1BdQUUFNkaso9J1lciS6lEj0ldD"
    "aLouKVlxCVaDP76X/F7Cvn8FbrFnrBlsGeexaQPwLKyYL9FE4ACXgn6NVwFr5/HXn+dWoh"
    "j0/GfiF1fNaJxDtf5u3GhG9JS90xprpprtGpjiw8XbPNb0OeeaUuG3uhk5lw11P2j20ggD"
    "3CGjkUvS4ofuHPodviKl+WbXVn56jvjMmrbji2cOTz0wvBwGED0FcS/D59KogyfDS2NueG"
    "tezwZ+Yi7F2cz/kJ8fPZr2RXez8uLRrwu19c2NsCvduBunhUdfFo5V/qtgGX7f5nb4vjSu"
    "iW2RqGbaUr09RPVpjMOGJqgJ/c9+6u+3c/XSBffkyuBncf+8Pb3vVFsIfwLe6X3rD/sc8P"
    "BtvnmAx7Hx9H/JCF59wjHt93gaNTt7emvYr/DE+NWc7s/rAkhHPqHM4JFBLF2sdRKTDxZI"
    "0B/bdAtTp/Qg5CZklwPd1ZDdiIDCxZCaomnYqEFzVcY1KwXPcXQg9ZgeDw2e3wiX1q5C6f"
    "5NYA0O6HNrIh7gd2+2EqANxHu00J9XFkE9/wlPoFss23AHBvQkO1E+DYN0e5PESpnuBQCq"
    "3MFRzNsN3vC05k9+73Bg8IRtOFTp5wOMvwG9v3tZ6je2obvOUW8of1PLN/BExLSv5AuoWR"
    "SR3uOdUd5J1BH/sfB+cJb3D5t9sTdg/6yVt4fpg/FTjX/FwVnGu23JU6dW6uB81dorkHL0"
    "Ae32ogW2c39kmvO7y7QFi3yJiMuIv1AvESqcJn+ktvOOpxn+kLtmzMjzw88qst7Lj8+t5v"
    "9/0hu8DbVMake/3z4+jhAumzP13bGZPb3vCnntZnEiL8pBkkODZ4fAgOUpdd+XEw/Njrs2"
    "Nzas2xkcjzPo5/1sK6LdMb0uMXW4n2lTl9+yELvm8/pAPMz8XK19eS9Ny8OFx4zc7VFuw8"
    "92qtmYpbVZ6NbEfgfvvdOTbSXSHis28e4jsQ5j74lOLp+tyRuRH21k7fyIGiAj1rIZGkLl"
    "C3N1ALDM2i3iVgaJbK0MzStrRMx1yiWpvEOyer6LbXRWcHQgId7PelyULa3HjKdGK/Youz"
    "CXW0Ge7bJbZt9luQg5crky2Vc5+WyDmKm+oI4XJ2SDdN+spPokB25a22GH2zmhuPiT6dip"
    "oKf/DCCYZj/+EVHrORd8IWrM81FkRSnyvKAQwGyeL8C56RLzkgUx419yY0Ewl0d+TgRMXq"
    "7IeqjZVXdzplIU6/7tVV75476sRewR17P/euHrhj7088Zf++7N5doIlOxuRj/+ahN2S3NU"
    "wnud8djTY5M5R6moUkWtPyqTDjxlsEzEYRHxAFVJOCAC5YjmA51qrxC8x6hZ1fwF8A/oIG"
    "+AuOnNHZ9VL/TiReguBUZ5dzwE8dLKHiBBi5x6y77VfazGrdBte3rkRg8RaT+K8CtMH1dT"
    "Zia+MxEOhIwd3vLwhk6wz0SXfEzlwg3baxMyY3/e5l/6b/8O8LZBr6xDANZz0mvX89ikP4"
    "L1f8m5OH7h598hBxsSAL9e5GHlsIExvXw5dg2Br7ehgvkhm8pNTEOknZ1MNysdmbMMGypi"
    "/YlaqN5l8OBjcRJfyyH+Ml3j3eXvYY9gJ6dpHhaRpJg3ilW1g1Ky4iA/HpvTqyh1cBOnJI"
    "HWsWwFl15MjKUo6pFd26rnVwR/MwDHJoE62fqWsR3bxhI9Xn+3g4SmUaW33Cvr8Otda/6K"
    "ar+4+csLskV3V2mWBGcL32EghkDM3e0heG0bf6C5u5J14O3nZ4QBONPj8ifWpR26soM10w"
    "gC68WjbaHBP0v9BfzppXjOdn2Yw6QjSZMlHC+GAo1stQZBOlgKp/NYQm4prYZu1L9uQd2T"
    "oRsdagWknSTijK/OyqqcBbgWIgb/wGkVB/VXyZkYlIzsKA4AfK/sioJY+8MRo1BVkV5O26"
    "y6IdH6Sp+Mpdan5n5PxO7eRP70ql1E4lP/Hvfkc6LfDf+P88lCgFWZLFbrjpOgRfGmvFLo"
    "9hmdY5nYsvaxzktGTNlAmuPzBHJoN2cYSNNmOOzBIvlZZkcH3rsg3f/vBDhvXIrkpdkOKc"
    "rPHoZtPOCnJMrM6++tq8/NsPojrQwFZNgTkZewJ6WTr0zSQaZaGXQa5fhSXFNpgVEE9pd3"
    "GmxPJSrh4EwYLjBgvCkKVb4AGi+w3wzSxmSdma4YnhINH71ePrn6Nr9ukhNrsCeZuYjdhq"
    "QhbmjdltNHUdtNStJ4Pw/KbR58cOmrIJfqLWuuPVi0e8jD0voESwmQwVVHNLaF7bUBeBWB"
    "zq/vGIGPjH8/nHvbdRHfyoHKCfD33w3Jwoe278LV/F3A2JtK/+TvFUvZVuOURG/d/RTmQr"
    "0j6Ei/cmgPexTO+jn7agZrJHhSBBSKYr+Aq4oi8kKgWekCSwXrxL1QgJS7VpvVasg0HLgJ"
    "JWddXUmxbCucNdigN2xoGe0jjZo2F7RlaXaXizTCHYSFSIAvDNTjVvKrRRzSkDuFIqmDKw"
    "2chgNdsUCmODyfSyAkC9Cg3VTmRj6mgGeKGtRUFtLY5dPe9WJ+4O2mP4dGdX0GVuEFEndy"
    "kE1PpadIlftJ2BLXpJrNEzXnuF4/xx0Sn/uZjMzv0D59EbnV2gmcVr9AohXq+OtzDuIB77"
    "ZsccyjMrkjGYim48JiaePWGLnTfX6HWB2X0J5QGZzW1Ex2UGr0VfsI0MB50u9WdsfTtdYH"
    "Z76wxyQWqYC1JfV/Ux9sHWsAwrc6KW4ulLIS/8PBrcpZjtgUB8WRpTB/0PMg27wZq6DFgO"
    "BR95Q7YK8Dy97f4Wh/rqZnApwAmxqPgAl/FCDNRhXwXlmGFEDDxW+XOaal45s8RG5PeD0Q"
    "PvLu6pHEE9Ta/fOK+oiWvScBxaT+fYq+rEDg0w2UkP9daclqd7UUwQAntZPvdAwk5HH0jY"
    "aXMOJOyT9CAN9HhvX1y3nqhWoCRDdkGV2QXQWbuyztpHCvY2FOEMsd7jBCDusWXQqK86eq"
    "azK+wwNanN1s1KXJo52cOTQktKnAV7IOr7/pf6Gk0wEjXQkUFstiSRIanylGcAcN3Xy3Uv"
    "pk7JDR0ItK74wi4gA6P0x1ST9MeEQeq9kjns0bAgmKONMke9qVO2RmNiLdLsS8sIDiADnX"
    "Kfyh5bXMr5wGVqPSPsOCaeDXg7cZnuEzm/UwOyvSs10Zk8O+FCXI5eFwwjxNu0zam1RBae"
    "YuOFjywa9vGBl7xtn+USpvJg3cKzC+Stgw6yKVd8vHEM2798hpxXYyplWpR7xzE5dV4p7x"
    "SGbcTA5IwOXkzTZrh6Ih3EL2AD2wE5Q3cQZS/IwdyKY/SRr5lCUbK2pi8Fm1I5uhqVg/Bq"
    "7vDqHOco1hkSAuhzQw8Bnq9Ro2bfKbUvylagTe9aWWo0Q6sABXq0UViGbhb+ct1AzqpKb9"
    "dWrVyHW/jTasbErsigSPNr1SrH8IsRnQttk6ufoqJLoO5uDpp4zrRN1+mgV8NZMDWYKZ+v"
    "uo3mTEGZyVyMRQ0LFWBq/Z1P13kt9r2QlYhN/wJsBFpTeqS4qPMXB4uiUGo1IWNirWMkFV"
    "/F4Ri2cM0cVEWv3cBZouW1glMGaM0uAbbwV4F74OlUxj4mCPjnw5+6Vu4tKCkLs1B8okPK"
    "8i89ueGYKVRZNJi36RrM24QGQ6gsqW9Hu1oqTeprvnJYCl0d/Frg16q7X+vIHeqj6O/0av"
    "nTk8mpxSOf2XxaAxKK0IaCssLjZGEG69TggVf9iWFrc/+T5fml7KQj68CxgDZXr0DsEQqN"
    "5kmurEz9KD5Lkr8Y4u8KEIdlQA3JoobwoKc2t+hSHlNNye8JCx1Yw6FmPiu1Eg4CCEfim9"
    "6DnSPzTn9VyInIkiaS/hW+TjGp1pjOhblIl7ozXWCVD35IAuBMJEAa8zm2MLMRJI6G9PTH"
    "qBTACg7MernO5pjtonk89zYgfxjy+MtKFCJRRz8uCTOQbwY8ynMOEmFEEEqv1Ln0CjBF01"
    "+69jJFoRQIVKtoDSFuR2gD8v1D36uia7tDKZCmNhpNUpwb9mlOw73UXqNdd2Y4N/TpRBJe"
    "25zr7Iqs6fwqzaRP2YJq6XAAQbvG36POjlgYL9mtGqkJy7QuUlM8m5i9UdImA+kAbyXaF2"
    "wsHl/21TCctYeRAsgxsfYh/f3bDEh//zYVaX5KirRi+kFYCLaLvct5gudMV00inF77fCtx"
    "UPHzeqqyMlxLqX3O+19IWqOmw74RANTzo/5i6CqbiX95hduIvjKq2UmKZ+EYKxVovatbt0"
    "G/y0K8eZfOu3nX8GLVleof7XVQc5tHzTUdkmiR+7Qszrdryz6+4LWLeO1CS6pWhcD6M7xc"
    "UQeT6XqIp9SSVkJNXtTZ5Zoytpdrlri+BB/V7yf2lHr23zNen/wHfFZN8Flt5ixz8lgg0M"
    "LcseINUP4mKIDrX95CaL97+yGLSv72Q7pOzs/Fcscw+6W2oy10W6l0b1yuhXgXv5TT8kzT"
    "SYppaaZfb6JedPHaK3YHJe9UWAaa8x3gKmmW3QnMqPyGZ8JOOo5af2/RJfWnItnYYHNypx"
    "q/Ci6rWYT5a1HVy0uiZHOtor8E17eu80DxYTbVeHz1sfgGq4TP7HfJwd3fYTWQrTPQJx8f"
    "b260Ye/68eqhP7hjg7IhNAvPXEEqGJP73vCqd/egDT5+5P1XrSnPq6fz+ZhcPv5bu9N+Yu"
    "PeXqCJu9aIxjZbbTkmt73by95Qux/2r3oXaImXE2xpK0tSJD3LpL59kyUX9k16KuybrHp+"
    "fRvnzix97ihGQE6uh92PDxdIyPKJFE10te79/XDwS/dm001XY59ji77o5ph453gbXe+YvL"
    "XumLCh+AEmj3M12i1+Sp0F06EW1MyRbpMQhXybfPk2TatY3y70LbzCMlvvklIT6yTN2g6E"
    "YrBPmFRZuG+OVGtlXw4GNxEr7rIfA/XukX+3Tr8T+w67yHBSsA59B7WJJGyeXpYyIdia5V"
    "6Y14irEn85EqdyKqohCYAzkQFsYayIZ1gEAE0UXvD0Wcr9R2q7bUwStlyFLdcvqSTR2tN9"
    "yWGZ6n3JJ/+Yu0RYUcw6MkzHIPY5v98/FfX42nqYTToViTqaMVOalrgcTE3hU8NsVMuxc/"
    "j+I4Lto5w1xNMfgLSTY8as7zwzHBKD+a3z/EJR3jKr4dnuZGk4+QKkcVkoEVLn9yhwZeaY"
    "6JgozHOd59lzT2sW1m21/MmEIOygWXZQIJiko98ugkkks2E1yznrUUmY9brMumRz9Z9e8g"
    "1VrbiUFITsFolzi/3yJ5pSdSm9mlVUCoBNbyQMhcLKqO26MYNU4ZVIAsB7k96C9z0JtHLi"
    "21VoqGZhnLlkVXRzhHpghYKbsR5Y2m4BAO8BWLJBZoA4pGwBwnsQTiqmB9S0Y4OZhhfUOr"
    "C03YYn390O2UBTKG0WogUnHLwsCq4+G6tNOFWSqBFeY7tyNmJrMUP6hhZ/I/Z34PqV93Gn"
    "vHVWMAiydfaCsmPisOiQdYF0NDPsKScM+u3iiegMb+EpZmMlm3EVNywULaw1EzI99wQSJM"
    "osV9gw0m9LVju44dvrkM3ihhefLTWnS1ikTe9bYf6srfaihGtcDLDd78oSa7EAG3UQjNMw"
    "eLNaqeF3Vt6vV7qAC0A2krDdUnTjb26Kk/DI6fTCtN1lngW2bxa7bGNz7zfIHpj9M/r8aD"
    "PbaGs7TekLtmx0SpjtdIEw+8eaX9RhdpQwmAK361kHvRrOQhzzaO9IJICiV2Y6YWQ4yLC5"
    "/ZU02Kq7rbTCV+Qdsp/dw6p8fS0WXml1A8TsqVsXEbEWhZaq7qAGGlF50dNnVzFouhEAPP"
    "drmKALFagLSbVN/nE8HNuRN0pLUd2+s7XSLa/EpnLLFEbvRyZ0y+gFO3VLY7miluPvU9rS"
    "E8moYnZ9X7wvheicaX0mftKnazQ3TPyNjbxx0QLrM64BOhRdWfrMxMj7qR1kYddmQ8x9TZ"
    "DgL46QTWqWpd9NqlAGVWAEwqBMHlOZhEAAVErKXynpfjjgVZJGF9wu5fWR7DEZPQyuPl8g"
    "26HT56Du0SgoecTPP97f3/TFMdvlIVFxdHDfu9MGw2txnK4w0YSfx47vWFkmsvg+EN60qC"
    "Vab0XqkczLb9uaZF6I8KS/C+2N8ECiRdtmPS3RImHFHsco6AtF/mc6OZEYBNuTWYyBP+kE"
    "Cri2S3cG9a4l6h23VlUNobAMJMdmSY7FZEpnvu8kK8phmdahXPxCrnsVVwnU0wWePuOZIu"
    "InV596V5/7dz9dIDEAA31MxDHtY7d/wyuxiuPaXGfv6cw/tzksirg+3t2JASyXECF/zfSX"
    "CzSjBI9JMEogPxzcsH9rl12++VnUNDlNnukY9djAlluvZFb7NCQC9mnh9qlDHd3ULPqq0j"
    "olKgRVBuPhQfqsimhIAuBMVsf1alergpqQA2iTlRnFR0YV2bgYABsH1jOm1ZFNyAG0iRrD"
    "ujNdaLbxfyVmUHqZ4YhQdaC+fdMUWLFlUQmtd4fJEwi0zt6BkkvgE45clz8SMDeIYS9yTX"
    "tMFArY1cf1n5znkKWdY6qT0jDbdZ5tKE1UYeUcKO1SdGmXLGUxQo3YY9R9hRIPXuRx2wO+"
    "YXpJpkoYcgMvB0psr2kRROVHu/1llRrw3i67vTHv0GLfT3wdEIycBSeh6gR5AyD/zeMpTb"
    "xxBXvqDjKId5g7j0UQ8e/CH88hQC6ZUWxzGuoSEfyKbc5EtWxJDYzS7walMWqd0JMe1Wcb"
    "D1NQVPyhGwFIQpE5QIhjOGsPlASouyK/EbE68yRyukOKb3vrY6a6f0TE2rSGK04NxF/YI6"
    "jEYDcCEIEtPAL7J52oGZFbgTa9AmWZj396tMcD7cYIhbJhAGe1HrfrSp4/eExm61A4YtIU"
    "fc9y2q/l+5ZasczW34Ml5qtXB6WJgfYM2nNztt0o50Wymnc11PQEKuyjeRzfdoFtNPN0x4"
    "G2OCoxWr5bqOjFwfWgFheuFgdEGMVdJSwGPXoVNhcwQ8AMATMk1Qzpus5ihG07pdx2+HRn"
    "lymisws127tSId5g0ieDoFMdOfQZE3bl0jDXZxfIcGykT6dsPO+Mjaa6Za3FcWOGTscntj"
    "Ebn5x1xBELz9mOu/AH4TUw/DXE7iSPPFRw3zEZk54+XWyuWtIXbKM/tpf8wSt6T9ai5Leo"
    "EKejJ5fNKJ6hx3vOB0A6mbH/2a+87ofOQxzRW/6dx06oOcPWmESfZcX+jgmPpehPOv+lok"
    "YI/33oVbd58hhTOHicxcIrU1/j2Rn72wsTFdEU9Lpg55E/nefohj5R1xFPI8rcjQnDSNQl"
    "98I0TEZ30NK1HYTZNcEyYH9x0B/euJzt88ffY9iKYif++UCKP9sKvVLrWcSGnDGhbOtAp3"
    "y5s8HPbTx1LcNZn7O1JeJEePpsiyJ63gywPYHNl3ggk+oz2y/FZ5rYOjtHXcTMHV5vz3sB"
    "ecX1qSjBt9DtMcFfVobFDp4S6uO4NASIvLQKu2iq88czTBNNMHrRTbYi2OjkrIx4U7ryK/"
    "045VR8j2swl+KNz5MuKge6CSmiOcH+kAHrD6lQf0ikP7ElT5Ww3Uq0EN0S8svmEvttp8Hg"
    "S4CtoGArbD/NCvZCVAjSGuKg6rMZU0ZScmLlkIZEWuffKb7IFRDw06FvLwHf1/dzzXtcFk"
    "jZdSZle1aJnWOeo5LVvN9VGhBtmuWtmaz+Nocl4V1uwiznCXnFJVunGhXPx/OKIqn5/yMy"
    "JeWxNK8IV6gGoK2KaEgC8NwXUHHtQpoQFZYQdITv+d5QSmhB7S8J773PBUB6uxmolaBG9r"
    "06hahueKzmo26YroVPJDGqyPnOriCViPqIilQu/6Z3skSpPor6U2il2/YrtWZe5MhGK2yh"
    "U74O+cN00NQ0MHGQ77g4uxBRh5VFue5gGy+Yxxv0NQ94bOIYjj6fn/OwWTJCVcE9eXTqM1"
    "45IrTBx7O9mIluYUQoCuI7DqXolI/rRaG8GA+h7AQ2TS/xRl/plnN2jh4MPgiXxys6XYzJ"
    "0jBNw8Zs4c1sZFPxeDzU5a7YT3C824m78NiWPymIPeKa/VKTB61G/7oRETLqLNC9p4jxQz"
    "wMxf5rODsK3AcoiTn2vUlAYGwEgTE8dVmV47BMC+MJJXTIbYhTtsEQhz8zGRXlsAgEEuKG"
    "h6nbjl9OUlvKUpN3bNFJ2dbgW3GO1cSkokQa+24bpvI8yKRhJrLPRMJwPI5KPvJJOCPsOC"
    "ndmuKX7FTMA1KPZntXH7FQ+zOW1OPYwRHxLm8dG6eo72G6nveim65EyUsnpW8EqmelH8e7"
    "XQr/HFp4pL8BzYwWSwIPdWrhMeJOh9u5Lv1IBOd2fx34VZpPaIL2HY3ydO/6ArCvvoUl29"
    "AD/pLWbnYj0QoTdNcG0/vtYffev9lfbgZ3PwWXxz8I8fIUHAjV1KOQFLAJFdiEwua0HbzK"
    "YaoGYmAb5awE4q3ZPJyZiCSwKeqj1CTZFMB8TH/tmqnLZmpCWDkBoX1q2UG2wT6ywoDgB8"
    "r+KJaqUK9JKIyqUJyhdbXQCcFm1wvdnkjMrdgVnV1G19S7VvMjwVlzOl0L2Qu64nFbHutd"
    "6tYzdlamzlP4+AFxkgey2TFnTq3lhVfV0Ysce3PrBbr9B+hsrvQuRMbs7EyS1FnhjcGOrJ"
    "cdGcyTit82LNM6523x+Wf171Lf2PQdtgVrikGHkEgr/CCx1fs2S3Yquyp9/b5NZKhyyNL8"
    "TbuBbpnPqYJqQ16SvyYy6JXQjsm1bvMoBe1XPFlQ+qwOd0KwdXiXspNMdBtrrmWqQB2WaR"
    "3Kpaxq23gimnpZgZhY67AuoWMxs4uk3pQdIG9FWgdw8fqdYTMb2jFeJPrz7opvYbkKAy+B"
    "2dLYuMvKtRdavlBXXBRgV4HdNLWpa9mybovpId2YWK4NpUEhljLCuhzCXFGQiCCEuiDUBa"
    "GumoW6gKzXslkvgKwXKuvMIGCqq+Ng68BWbddspBsxUAOXQlosLvqR9B3+mhf1OQyue3+w"
    "AR+rtYhxZdh22K86FC020IiP01ak7IWxWmLiaByyQ9Ea+YNx1NoK2FJfrYI0jwOQenZvvY"
    "HaitOKmsbUOHhFOXT6fM+HWrcJqDJJ66HvoYRHEf1a7udQxL/T+3kUXcS3Ei9H3ktbFKn4"
    "dO5gco7EhF4gXnOZaR6C70BXmCDvFh6LwedtdJD97J79HQVb1IU4G/zrJDYDVd13TPhtoE"
    "1n/Sm1Ta6mzMZm67WxjvlnV43luBWA7usS92Sg/6fhup8rpKUiDHGPZNzjL0fCaUldvP7V"
    "sHIlBZTZx3W5clQKSYRFWpNCUlxDZMuSxSh2tEIOBFr32v/w5k2G955dlfrii3OxLxez9d"
    "2U2jI94i4TvPDoZ2wjXSHaXI1VRPxkcN+7uxAK8JgMe/c33X/373668DuqsCngR0eDm196"
    "1/ygTc0XL6h4fNXCe0RtwwLPuKvExWBnSXYy9Lrp5KriGxGFaFx9HPTJuEzwOuea54gozH"
    "Od5xmirulbZzPjbxB1/RpnPS3qGmOtc8VGzecSFYKGobt0oslaDdukIHgHkvBGYo9SgHe5"
    "xGXSLUL5GBX5EjtKckaUS48nE3cbtqlkTZeO7qf7i7tH1m8BQCsG32u26rOiLHvr92Md2o"
    "8LQLqwBgW1RDj57Yrgyx4D3T3e3ByrpH6UvySJcCcITvuD3BKCVaY4dzTJXrcRwx/bvOvu"
    "qZ+hxvsUc6ryWUfUkBeUJL9nL2L66HQh+vh65e/90TqiSjw/cmXpMxPLAt2V3HhM/OIBDp"
    "rgKQP5HD2Gag1sxZLFBryC/sYML1fUwWS6Rs9YlPP3njPobS2tfx9Jb49MDF+OUAm/NupD"
    "Z0eEvR51DY6tyZXsC0++HTnQjgi3EPbio8O7YkQppsoR4kJtWNfqSEtEWxf4LL7XHH7hGr"
    "VqQfywVGviaRUXezQcLIM9vZL4RuCgSuL1NE1kMJZSSNyhjm5qc1nNiV0LPiIGrqa8ax44"
    "LOXWn2BmrvGCLSn3PnVtR4Vas50X56umrjWVIbpD69uKtG7hFq+DQLw6HfpmRi4hXv01zj"
    "rEq4/3kUr3A6WiusP702SVtqwW1xAXLT0uSoO4zYEAZ01wr9kCzgpr+MWtV4BukzIvC86F"
    "8+kzBOaiefz7g3L3oSrYKJLP6YWkbMwmmS0b9Mr+XydOPAa2CYHxBFEvXHaOeswwWiORkY"
    "eE0ysRkqvmtmMycZcrG7HfbFhM9WGj/h3pXtrrlC5XriNaYWP0l8vuYThrnu7qJcUyFUjc"
    "w8JTtnDs4KH4vaaU3QfPzsWV3qjsMcz1mDxZ9NXu8P7XOkHU5LE9717sn4Q9kYW46KtlOG"
    "xwdoR32WY/ID20F9o9/Xw0COfVyEWzo91VxQmddfvWFa2ohd5gtWUdE2yNn6ZiF+R2q1OD"
    "PyoH6B+EvlqWbVQITBWJi7J5uYsrTGZ+DRyl9MXPF4g+j8l97+5aJC764/C0xYdhkMvoWF"
    "4q43Wve32BeCGTuN52nPA2JEUXvPBF20HlqFJUqnUe+lJCSwR/cTR/Mebw2UrEIYmwPn7a"
    "pHseEwapm7MZZUQU5rnO8+wrV3nKMIcEYY7rPMcQakv/ckKoDUJtEBeqX1zoOBGMIWYPPz"
    "VMQxQnHbrkRBLJSF7UyRLRsCJiWVuTEoxWum3zDBruuY8Ogv6kkwv0yuteCnf+cqVbeNYJ"
    "HbGYgBM95JozRKgj6UZa7r2gAWm9GpCy7cjKpxVEJUErqItWkIV2NTeIkVPjj4mCzl8f5S"
    "85z+yXPj3J2BTpbrGQSIU+sQn2llMT05XsZ9fWpgs8fcaKIdKIGPh1kwENOuWKwBc1XKNS"
    "AKuUJZhnxSYFAdwUcFUXbVwMgJVmDanEzLYCAGaSf+LohqmUeBgSOSj1MJ9+8I+5S6bCAJ"
    "24hukYxD7n9/tnWTpDFRmJCXfScbwdkbpBEkdHvK7Qfh+HpKfQfh/HwwIzS0Anti7mWTcR"
    "dZ0J/cL9EMGAwikRrTZiXyBOQHQwWxlrj0IpDn+DRp/69/e9a+3TYPB5hAxBuEx4Oyq565"
    "gEQ31jh+/W8SmXyKFRNujpVLcsA1vo/+OXT5/Zw7JZW06wdcbvx+cdk9m5j7d9vnnS8zGJ"
    "xVi5s4Y9pY4sbOprtGT/c/Rn7Ll26Cs6ZbNBkcF+pIl1G7OrDRMHpFKDF5ZBc9N4Wjhn2W"
    "idwdQTmuB2/h7imMQjwf8B4mctiZ9QYiSDSVlCiZHQa6QAeEyshVCXkHfqbbUqMIdEWghx"
    "8Q6S4BumuJpjYi2EutraRO3igCa5n9eDu94FmlGCgfPZegsWmIhfVyQDOL5VcXyBC9j+tw"
    "mKraS/Ye2N+gMDtG2zDgxQKLbScEiBVKugfECxFSi2Eg3ePbu3+mrl/cZk6G57tpMpcPfs"
    "aktPICsz2bXQ6POjCP56HQX0bRjLJbxkSDiy9Y0trjZmEt7xISNlqDZywnCMHIu3xj6oFM"
    "nXEo4qjYfc1B7nDfYVG7bG49AvWBJgpdTEOklZ0mG5GNITJlgW1MFyr9a2vxwMbiKa/mU/"
    "FkW9e7y97A1PvxPQs4sMJxJcBau7vfZXFqsb7K+S2MFQk+pgPMH4OqbxxbXSw+EdeaO0FN"
    "PtS1unDNERzzEYCKbgiczuCp3uZDG86PbaTMmgnLnHm7B5xSH5KE+YsxRPGVwdZNKpSNY8"
    "YxaT7qAlfcFedUn9RTfEgthUiOyEeIxJk6ysO42JGO7cw5czls4ZRuZa88f3aJPe3Tj3Mc"
    "SZPEcPIimVkxkd1yI2f0JOU3Sox1l8pdZzGZmmwDnk56DYZDM+7JHQuf+SqoEakwJkwaBT"
    "grpdBl1dcjX4Z/OemsZ0nap3+Kcz6R1eruSKSxhZEzU+MY1g6U4XXAugrhX61Hs6go6CQt"
    "g82cDGpnnOK2GLn+JVw/b15G94JWux7HgVa65ovBrOgv3V14sjukgldx0TXtDaMtgv5pUr"
    "5tTy9JrR58fzja7D3mJ+3hsYixrdnjtscwWaY+zX2PYfKruTGpzQxyyGsdAtrE1WKrpHSK"
    "S6b+R3b9j/1RrkEKj6HDtrbeLO57JQYzqycTkgwaZqdmJLSmKbns2ZlIR+kvn7SQKxqm16"
    "IBCrvh7Hfs02L/DrV/yZaLRfv2aLt9lu/RtmxXlMNolxvT3Z2WVa8za6XsJzRnu6S7ziAS"
    "IvX9QTYLYotm12mifvUzSh7tPCQacTd82uYsap8KefdXxW1OvCYGaxxTtM2Q56xusOmlt0"
    "6R8f4plho6mpG8sk56raW0vtX/92/Ly4Cf+LP6DGBpQUEeAd0LeXQ+GAejrxN5OZlcW1EW"
    "ghd+vDmwzcrQ9vUrlb/FRURwq/Igogx8RyQV2zL04sc/fthyypu28/pOfu8nMxNz/fwhRJ"
    "iWGZYlb0cTeVCMrvsqznd+nr+V1iPav1gjqkCVTtdoqvOiZV6RpupisiC8eQ60RqNnNIAl"
    "6jmmR3tR1TX9dXdO5EhADX/R6ekEl1oAuCm7yj7WgNgzmzLyKywva7dwIDtDhw+/6ILQU4"
    "9K2pX0ZiU0FNTUmsgQ8t2DNSvGihLWWPH81/NbN50tIhhqYj9eJZOIZjSrLOdpSCCwRa6B"
    "z6+orAJZbyiT1d4Jlr4mDmM1eBG1196l0/3vSuL9BmjDG56f/Su0B8BxmT3t01P4vZ3WtS"
    "C040zrHzdtyx28sVaIhBLuEGJC1ytt7yTHFIrH0OmDbNb436ZtXMId+mWRZfjXyvMcxwI2"
    "a4We5yoO4V4y9fWcYUa8z4tOiLbubVlJOj1LfC6Ak/d9frCWV4TJLVk7v398PBL/ys94O4"
    "Hj3s/dy7euDHLPynaOtZDw3aA36Gp0a+7VkmD9t0nbdpb8a8Vcj+o9sy//aOEkFy8fq+rj"
    "l9CaUUBA4+dJO1WuQmIQfsXEjOrQ7Z6CavunhTpGEJy8K6pqkaK4/IwPLNEtTlgBUQF3u0"
    "Wx0WiyysSFxsyJSQYf/q4US6/xYR0A0N1VJ0Y9+dDPhulYDq1m7N9tus4Cb0pZRKs7s+cg"
    "DyHpBTvuvKRX3jHX+TwF/6ch8/D7G52RjSuSBtIywkODMFYNROvsx/K+JjCNh2czICZLPx"
    "MrTNtGYrW8YrNtP5NsnoHP1hU3P2B6LEXKMnUcnLWVg86UhUz3hy2c/HM/R4z50QXHTTap"
    "XdxnbQSncWcZdUeXcak1M+CPr/0F/OGv3jf/P/MCgcTbfZbtIJ7oVsxzBNRFeYnHmlRzgR"
    "YqLb+Ft+nXcvpD+xFcAG5hVHuNLCHj5TlhRUCTk2e2Vu6vZC8z4kcyzRHHdlmUmE22T+VJ"
    "J1Fp4KSq08kxASa01ZkYqxj2x+CttMQq5N6784pwo1lfwp/uWtWczFuQGxpYncUs00loYk"
    "VJTuAkxKAryJdDOT2liWab2rg8BWqML2AZsjje0fwHdOC/OqtzLEd264YTFYxJCYVBGuUM"
    "n3YDwh0etoiV5Qnz93IZ9tMABcqDV1DN7ra155f+hK87RCZzu73IEr7zrNcjNmaZ100UR3"
    "vEK+trtamQa2kD+KjU7H7js8+zB230++x+zPtz/+jf/97XdnF2hl0RXXG3mdIkowmhuEv3"
    "nItbHVYUMYM/S6wATphHLPWcBjsyV1j47yCJCFVi8/HptxjbP7ktBy9mCKTRiS2cUYbO4m"
    "JMOS+8Rjqp1DHd1U97xFxNqk41XsfGteip9PND5Rm4aTJFH5vtu/vhB77Zhcde+uejci/W"
    "/Kf6kZpBAql43KVDVqR9GoOGkyIFHnYCfHRIGYXGdiMuSPpL9i7c0f2byiqrTSpCAwStNr"
    "mAHjvHwnEhD0SiXohV54wHdfne3E5ngALc8gL9SYyrpiqHiVRr57oO+N1h7sy3UtudZ0od"
    "vptbSjF3R2Opj8S1VqaqejAz6YmvlguI4lN2NTHDCBQOuK6n6fxQb9Pt0G/T5hgzbPSTCz"
    "9Lmj6iK4HnY/PlwgITsmo8fL2/6DSFq23cmSt5ydZc1uZtK9OzaUjQkb6Wpw97E/vBXOBU"
    "rmhrXkV9x3hw/97s3Nv7Vh76rXF2OudMsxdNPkcfYpNvzRg7PbY1c3g5EYTvAfinNfvM1S"
    "j/ltej3mt4l6zAQ76s69kFBrOAYV+/Ve9By4h4QA93y4N8ud3S7s/R3Z0iyqVhUwIdi+fP"
    "7CN/agWomt8V4QhiVjko2W7Fu2x4UVH6HC3pflLv7v3/74frPc+T92LfDRLdMEkiuaUFlU"
    "MX0hB9e3b/2WUY8idxUQqP+RC2/8ZSW0Y+VgeULwwIh5PV0rGQPmEChKX8PtDRRtTNA8hS"
    "JjshAIrnMgeG5YtqMdEPaXDgBzXuc5z1+BDmrPNWeWuTcwz/a9FYP5rfP8bpy7eXSzmCzM"
    "dK1nWvjd80xzWBDmuM5z7K5mOe2sqCTYWTWe9kR9IWCMlUjHy1tDE6pnZgA3ZvapYpwmDl"
    "BDrd0KE719mpxitndUCpDNkPLtQ5ZEWT0vOTRUw0DOnJwcXWBQDrZgfKEcbM3Y5lAINjO8"
    "WUvA7tTVAOU9KKeppwcQ+02DHMrqj9DPb9h4LdqjY1SJKWZDHwjX0BulrSAdK1OkMWBVli"
    "oiXsV96SLB+5o1ZUTbbBjF5o38frISiQhQkPfYSSR/OZIP8a5yeGBtptjx7Hc5eSsbJ2Xb"
    "BHHVfHT9i8ZB0iYrhaUdk6qQk/v9m6bUevSqYXoZOWq7RkSsNWT/goHdtolUAnYrBsAmKh"
    "hTxdZlFByqUJP0SA7qlSSbV9knkkgPbxjGWb0jmzcVapHWphap7zLRCnAz+X6TtjmYKnAH"
    "sOcaYcfxHi/NHRC6qJPBHcCu430n+PUZK5VeLdjP/vaV9+zZjoFW1DSm646o/2nRV7TCFn"
    "rGa3RqY4w4CpjMzrfXn3vXnyWrkBY//AHVLdgtkos9PZXKv7x1RRjev8uQP/X+XWr6FD+1"
    "21nxopuuJIvq59HgLi272xeIM9KMqYP+B5mG3UQ1ZAfMHAo+8oZ2FsB7etv9LY781c3gUo"
    "AT4pPxAS7jng2gBX4ltMCEcpr+1S/zSxYETSTfr1A8JYMTOxzDydZmj41lvGBrvak8smk2"
    "pwdfmqC33SkHnF3gUGQ7dPqMdCL+wbvWmXj2xC4RBa1fLZ6JRiRfsSpuuMP7PjUNUX4cz8"
    "EJf1QnfKA3q5Vzikq1Tp0ovqZTaL0rwByVygVzzQgI5ahtoZYUDB//cx4zAHc1tgpJVdjZ"
    "KljfjW1sBdWmoNrU14Q71Icptz6Mp4RqMhpverWSmNhX3d0DipWkL+BmWstZipVAoLHIQO"
    "NmP1FN6UoKQjIXxB3LjzvKMzZCq7EAhNvNdk++ucfluUMAMq/bNo2JHEM0u/u2LBYy+DyP"
    "SzzW9OkUr9Qpb2Gx1pjRwCWsO7BQO3VHD8APGXwR7KodXQA/xH0RQKivictNNPxVs8PCIm"
    "CBSXnJXKlR9hmEhNq0oIt1HDCNUd1psBECXIH5XbUHxtqyWg50ErQv37gjcxRs3tb97G9/"
    "1yzaxdUyx0Ac5ei3JoOvC0j2BZDsE1pXAZBeBuM0S+PKimlY01ROXSjTG7apESVxhYXrR6"
    "X7wYISTOD6apfra8qmWsV/EFwPFL+Y0yBJ8RP/VYA2uL46j0xl4Jbik2F3dNgmpKniHJdr"
    "nQeseBZlANmKAZUL641g68Auft/AS90wVUDeCLQO3FL2DX02s7Cd0k9XjnBIpHUYl8LdW+"
    "nrJWeqO9ha2tpMX0vgTvctSoWr891835QokGFrbHM1XlTp7RE5ILhnJ7gDnzJ9bbeLT6mQ"
    "fRhKNuHOuCJrWjZwHaSyfSKfB4vO3Omh9SwDz8W9N1qbwKrCGRRUuNzhEwoVwdzvGtLCBT"
    "j3Z7h2USD4jY18UXQ6dt/N/zYZuz/gv71jf/7w7j378/vZd2P3x7+9/3C2SUjlZRXuBx20"
    "5C43vEk9vR+wwUSs3fYyUtmxv1ydOIZjsEPhyl+R7NdjPsyY8JOEOmiNneDmM3QqKxKhrz"
    "nq9o502nBleX8snpUJSbXH9LKFJkLB6ohKtdAtVLztHECm2uI4LvdVZw3NXHUAwzLlg1fl"
    "3qCGXQrbO70szEYAysIcUBamOZnHrWPkNSf5uHXQO9TRTXXwI2IAf2748ZeVoKirz0BcEi"
    "Yh9yTYju64Kc78HnGXCWZKlBq4kS5LvS5AVTm57T5cfepdXwQG5ph86t2wfy7YTxuT+26f"
    "/X2lG+zvV927q97NDb92yn+waSaN3WyBl0xxlx1hl7hmvqBsHC/tQEk/istVryad/GPuki"
    "mfCzRxDdNhJv85v98/y4rPVK08WdjEXoqbejZJXBLCY1nCYxBHSEe/XXEEaG5cVRaLHzS2"
    "XMW+sElBgBeaF5SdGiS+m3lqisQFYbFCG2NoY1wHZ2cJbYyhGk5p1XA2+2gBCLe9Gk78m5"
    "OhxW5IqypiCXujDd0sXbgbCnNSD4U+3EXim7UP93EztAIu0w5STojulIGUE6ZaZSHljD4/"
    "In3DhkE2Nk0buTZ7YOwgXsrCY7SgU/xlaroz3urkl+7DWQexTWKGuNNBcF2WBjGW7tKvFu"
    "+zXtbJsvNV3HAvTwZavx6bIJOztApUVSkmiMJfJVHxXJWqnxSsbhZ+rPVaD23fBvE7WKs1"
    "OE7IVdgHtiHQGjb7vuE5tixZfbF9ORAR0QrTIDZHGpsHASVYwGFVX2TBYVWBwwq6m1bf3b"
    "RMA7SLmS69OJHYnf6Zzi5zU99eA7VBmrRXdnYYZS/Ysg01QkhIpIX5CqVwQfhLpYCwf3kL"
    "0f3uzZsspLM3b9JZZ/xcsnIFJhKaTTrjLCQCnHxFWplC2mzxH7P//v/XjgWP"
)
