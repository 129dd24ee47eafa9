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
CREATE TABLE IF NOT EXISTS "finance_budgets" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_finance_bud_locatio_e06089" UNIQUE ("location_id", "account_code", "month")
) /* What a store may spend on an account in a month (backend.finance.budgets). */;
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
CREATE TABLE IF NOT EXISTS "finance_expenses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "pay_method" VARCHAR(12) NOT NULL,
    "payee" VARCHAR(64) NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* An operating expense of a store (rent, wages, utilities...), keyed with its receipts attached and posted */;
CREATE INDEX IF NOT EXISTS "idx_finance_exp_date_c6ccad" ON "finance_expenses" ("date");
CREATE INDEX IF NOT EXISTS "idx_finance_exp_status_c278e0" ON "finance_expenses" ("status");
CREATE TABLE IF NOT EXISTS "finance_expense_attachments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "data" BLOB NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expense_id" INT NOT NULL REFERENCES "finance_expenses" ("id") ON DELETE CASCADE,
    "uploaded_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A scanned receipt or invoice of an expense (PDF, JPEG or PNG), kept in the database with its hash. */;
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
    "eJztfWt32zbW7l/B8pfa66g+qZOmGc+cWUu2lUaNbHkku5dTzWIpCbJYU6DKix29Z+a/Hw"
    "C8iBdQIiiSIpn9rnfSRMQGpQcguC/P3vv/nayMOdat82vHso3VyNDxySX6fydEXbG/CK52"
    "0Im6Xm+vsQ9sdcrlTmZ8nGLSgfyCOrVsU53Z9NpC1S1MP5pja2Zqa1szCJPoIjYYffoXmu"
    "OFRrCFTqfq7BmT+bmFZ46p2ZtzPt3ZJVLRVLUwWmhf8JyLdZC9xGiNzZVmWXRCCxkL/tFM"
    "tVXdeHIw0mz0jPGaf5u5MaNfRyNPVd54Qk5VZDlTC9v+ID4Zm+Ybq4MSN1Ude2mY2v+oDK"
    "KzDlLJnH6BOZ0YWTNjjS/5HBRnE1PxV9XES8Ox6PenAyfEUulXRrOlSghdHPYtVuoG0SVA"
    "BkGnxNF1+nN03fsqq7NzBoxDtL8crNjGE6YfmhSe3/9NP9bIHH+hC+n9c/2sLDSszyMbRJ"
    "uzCfjnir1Z88/6xP7IBzLMp8rM0J0V2Q5eb+gPJMFojdjs0ydMsKnamE1vmw7bKuzbejvL"
    "3z3uN90Ocb9iSIYupurobMMxafcLbD87UZS74YMy7j0oykliM/oSoW3ifTSjS0w3Mv2qFv"
    "/1T+wrfHvx3bsf3n14+/7dBzqEf83gkx/+6956C4wryOG5ezj5L79O19QdwTHegjqjT1YS"
    "1uulaopx9cfHkKVfOY6sj2N9oV2pXxQdkyd7Sf/59mIHjj93R9efuqPTtxdn7IYGPWjcU+"
    "jOu3LBLzGot9Dy/0pA648vBlr/gy2222OxcnDfv8sA7vt3qeCyS1Fw2cHGD38xwj3irDjK"
    "ffqtVDLDCbQjE9QZ8pPxp+H9fW90iaylsaYvggm5HvRGny8Rhcl8npDxw3DUU267d90f+S"
    "h2XCsrlahPbOz9I8NwzK6sHZOe1hb79GP/rnt33aPfUCMMngn59C+le3Pbv7tEy78Udb7S"
    "yIQM+j/36NcaDJi0rr1gxcI6vWn8DZdlC1y8ybAFLt6kbgF2KboFQu/E5Cb4aTy8Ez9mMb"
    "HY0s81+v76D/2xVuJVUdQWOPnHwiEztrpo6mi6rRHrnN3vnyclPYs7gGcwsZlXlvWXHgb8"
    "9Lb7a3wtrgfDKw6ZYdlPJp+FT3AVWxh3B2pzqWWJCB20KN47pC4nYdXoB2qa7AokBGEV8q"
    "+CrxbLLEBYBrDPj71mKdQKoa+rJPhXBn3jqyTFZgjLxRZgSgXLeiH4Sm+10F8Nh4MI9Ff9"
    "hxjgj7dXvdHpd3wd6CDNdm0uz6gIbXYTM0gU1U4ifkOv2NoKp2z5iGR803ui5/5f6qOUZd"
    "eD6Q+cD4m+8dZ5x4I89G9744fu7X1kVW66Dz125YJ/uol9evo+9pAEk6Bf+g+fEPsn+r/D"
    "u178uQnGPfzfE/adVMc2FGK8UtUvZIf5n/qoRVbdWc9zrnpUEla9LqvuYxRadv7tmUtm8R"
    "zyH7APmDeJqgxzJXIltD2ooSF4/V15Yh8/j7DOHU+CPeD5Ah8tnMUQq+frbvtpGEbjwkjD"
    "MXlpdbGKf8LNurl3b3YnD6qBMVO9L5pwqQbXOrscqro3Kps3NR0N8PCBh68u0IKHr7kevm"
    "f6u/I693zZOgN98kt31Ps0fBz3LrehFc+b53nx8vjZvnufYSG+iysQ24Vgl6ILQXUDqj4I"
    "XuXpGz0kUt0SnJTlP4s5Mr//Posn8/vv012Z7FoUY12oROOZtlJ1McS6WHl2Rc490cYqTy"
    "Job3rX/dvu4PRvnfcxi9QH/V3CR6zTW0ni6koArjtxXZuawULIEvpaWGS/1lbUofDdmze1"
    "1tvAa1Wp1yqXJUuVjMXicEs2bIbVQwU53KSNnQkzrDAX9YFm/z2baNBkV/duoKhuN3s+EK"
    "Mxm6OtO0md/+lY9gqTQ3cSR6kbzNZWvFbGCy4KrVtvrrZixR8+W33GRYDF5mkrUPQKsRbY"
    "tBTDERgnMlg9eFO1HyqNAFK7kDLM+cFRgSGbo6WqgUeySmM1ycA0oFON3ZnatJvKDKLweJ"
    "MggOLHodKDJ0GwCwInrQmcsDWV9fCHZVoXQCnexz/XrLWubhRZmONydfbz1wbstWpZr/QF"
    "rCxVaymDdkKwhXCX4tU/hJ8O1PQmU9PpkkkdaIFAruWumaZbwZP1imfGSmFvW5Hqk45zXK"
    "4QuFv9iqaILVVbMdaYSEMdFQSs92ENIaCKicu28YyJ8kJtN89KzmhCJeSqC2g2JZwJnPB0"
    "qJvJDs7CCQ9l5StSTomkYK5Hqm6aUAEPVSJkLUQ7CfVHqmtrT+Qz3iQMDbHDMFp5oVlAp7"
    "kL6cem+hp4zATbjOJAfz123xAjuv9H/WsKexZeQIQxDdyAXX7tGcXqWTGp9m2KkhJl4Lpm"
    "U434TG1Fy1pqi4ODuWyOtgJ0RIJAQw6+OvADmggVBCghQHkYWlIByjB7zlhoIj3Oh3RI8I"
    "NB/8jynKqLxf12vhZuw9VCLQypW3eulqCUI+S9K3cwrpzuDoErJSYR/s7vwOb1b3Lyb4iP"
    "HzE+7i+DnKEfk6rOcVZ7pKPMAzlUQxKA6H7HiX+SHOgxyZifXjdwszpLQpsq4iW57o6vuz"
    "e9k6hiGHpJHAhrC50hcWhjp6AY3nQfVJkkuLB/RVSfNep+SdcHeNaMknD81Icgd6U9fS06"
    "wN8uLt6+/eHizdv3H75/98MP3394ExyoyUu7Ttar/o/scO2Ewwv7NYXWp3IzbgpjpQwfHy"
    "6RR5eXDSdniSanB5MTsWT+4OWLv0Ukq4m/VflMNCTc5oO0M94GeeOQN94kXOeae8wrKwnj"
    "JioEceGkwfiq2UuNKKZKnmS5Q3HRfPShmuFbDXvIMhxzJkXz3EpUWBaFqehl7eOSS8845A"
    "WbGp1OpL7v2tVRwQopccEnjd3V9KYLzVzlUx1jsgUoj805WRqnPM7x3Flj5RkLyrjsyL2J"
    "SEGSU+wQS7J6tw/FdCNJiktKgvaTPLGOF4hoObAQh4A4RA2c5Q2IQ9TsICgiDEG/A7p7HA"
    "xOUl9m1e3chsIreH+nQHycUI/LERUEeQLy6L7wzpapur//3pBgZM2WVH3U8RxxSdYbzmAf"
    "s8nQCq+m2ESqzT/z9yY6ZZaChVQTI5UVSkW+9WC5LeUivfbKuslOQgoby80qWzVti9k+wE"
    "w5JjPFX4+k6Zpi0njjd5mrrYpzMPMz0bTJ37tC4NJt/ohgC7O12mTxYzLPs8QhMVjgWi+w"
    "nzsp7WmIy4E5XCc/Q90eGXA01BFRcDS039HQVGh3eRq2WbfiVxn4Gfb5GeJv73p5GcLpSC"
    "JnQyxdaZ/PwcuUqhmbFIz2A412vFrrxgZjqtvKhCNjYq1rN1N816qlZmJF1kUSETrQT1LP"
    "Uzajn2RmrLz24Qr7icp0LRXQFQmDrZW0CIgh2p87WqsZwq3Z/Oe/lPJ5NbC3Gv8uS1hbMt"
    "rVPsvMT2Eu2S476iIUZpUVrKqOsW2731usqvrXM6iqljv0iKqqJLkLWF27WV3p6uuLqjuC"
    "NxbrTy+GOhCIa1PazEb/QXq2/kc19QeIYGZQRPzoPrynt91f48hfD4ZXcQc5m+Aq/iaDJu"
    "SpT0AzywwK4hyyTchL92bcGba20NKrZiQHZXhZkND4jJSKhyVGYTGWezg1vqBT9lsxmZ+v"
    "sGWpT3SXnEdmP7tEKvoFXxsr5I7AyDZcgkQHvZqabWOCNILo2wZNHUsjXjPXCNWiyptPCO"
    "+xw6rc0hupZI4oiNoLNvEcTTfuUHrXJ9Nw6LU/jWkaaSP23vydYW87/McR/MWmp4GNV2s7"
    "4HBANnGDsolTdJoGZBDXxjkEOQGixKaLD1kymy4+pKc2sWtCG1xQRC1dZwzLgNp4gNq4Vj"
    "e6oQqOkXTsQyIA/QHQb1+4ydNlfzmIrXSFnr411WY8i1+mKsR97+6mf/fjJfLkJ2Tcu3u4"
    "RBYm9oR87PYHvRt2P0130xRlj6Ush1L6kZQ4kDzVR7A0qYpNWARK4Cd82DGFMoHrbgNVIA"
    "75lPUxSpPkO121bAWbpiFw6KbrTlEpiF9kiV9o5EXVtbkStF3M+hJPCFb/Kj/5x8Ihrh07"
    "dTTd1oh1zu73z7LWo/IXPH295eGRb8XgmKvzMQedXdKPvma6XLN0dgFHe9tWveaO9itTJc"
    "IKlO6Fzi6H+pQNAYJg80gVnR1+X9kmwdCHOUWhdoPZEo95pEvB3Jkd2kjk3p2lsWpctV3p"
    "ryk8T4a5EZ2FwbWdx+HMHaWVwZn+/WStml4/GP7lIPX56z0kj62IlVzJyTJMgfabumf94e"
    "AZjXtG3SNDjoEakQHK9N6Uv+2xfGDuVPgd0yyEszJMI1vrgIaQs6Wmz+lUh2lH7cM7+uxX"
    "rELW7SV1FB3y3tRmeMC82gIlcntxpxa5ZsMU5qrOyE7rIi7CvemIzqtTBZRRvVQ0W6qEYA"
    "qOGlTg6SDDRFPDXv6ds7lWBpWx1njGeGPI7W7uTvTKHObxcGnZ9wJfAKi5tTlBSi9Y6j4x"
    "MviGRHJBXLMXWSyE+SZLBPNNegAzUQbfDUIuTENQBn+3Mz0qCYGy+vjOkyETd61sQTpzlj"
    "W2RfnMsMK1WmHNUlx1QaDM7ipPH5GrsDq9rwI0tjg9lHquxnkAVXQLqm2ToZlf6Dix8epg"
    "u9iz5fp0rgbqtse1jjlouyxkH9UsVrISLGfhEZfgHvy8fHYg6HJUa9Rdj4XQ8bcjLSwi1q"
    "YqdpUkiMXhdx85qYhCXK5Na1BYrIYeL3KwbgUAzwxhmshZfqCuFfHkNgznzMGa+FO7v1Qj"
    "e0MeDu7YnaWlsG6f2jo1o/bDPEKdLIgA7dLGtsEmoAI26szcpXDN6EpLuae98a2jAhafAA"
    "6RlXLTvsPfLAHzA/6S1gM3KtaCNLFdfuDerw8Rh2EiLSlwAw+Gdz/6w+O5SrH01iesrDSi"
    "rAxiL6WSXBOC4EBMmgkcJfr05IM3IgjwJuFdGObK0VWFKqmiFs+p6CbkAFyBibvE+oKaFA"
    "tW4nYjs3kFkgBwEmCIk1XdxBlyNFuWrZclR5Onvck568IicHIJHiSPjCvZTikqBX7Q/X7Q"
    "qZ/VeaCXLsgObda+zeqmCz+vWZqohLjk1aUB1G3rZgU39tgekAlgPYtKXMkE8tvlbS41fM"
    "+gEhVhdRHcUXbVWyRwDDfqJdIBxzA4ho/rGH6fhRFOR6U7ht8nOOEsAUUGX398C1zBZSc0"
    "TFVT9mAIiRSS0NDqo4H+SoGfIR1cf3yFW3fivMOL99Vs4ILrcgK77KjsMpsurXynr5hUdf"
    "h/9/ZNY6oAaGSjEUWjp4Gm6iklgVM2d1K0rMMkcVA39jWoG6+KZRuzZ8VemthaGrpcEoVQ"
    "usKd3ZR9PVXt2VJhJuUzFnWK2BXxSMhC1CN71APCTBBmqo2y0t4wk0eqlCXbh4XapI+Wxw"
    "wPCK4H08LbViylkyCFh3fXAY57zivnphMk4ok9+QlN51CkrtgkbUWIa8yHhoLYHG0FSJ3/"
    "6Vj2CpNDK0JxlLrBbG3Fa2W84KLQuvXmaitWhjln/bIOz6oesonadpBLhWSjjW5TagP4kP"
    "rdq/cD2ycvdP8Z5ubn8KztoG78VzKMvT27rqm+PsL0x4nrtYkHdnZ3GGWOm+1ZS78t1XNM"
    "VzRzOTc+C9IIM94sjF6XBv2TOfMRmw5pFmsBamlz7DXkJHOkuh052b/Hnx+/sRBrd4PWjj"
    "lbsimY3CWiE7BjzUKE17yJFXar4K4T4t6EyTJjiX1mL+k3oPexNR19+hc6tYwVNghGBgv0"
    "06lVQmew0Ep9xuYZKzln8snorEEDVD7pOYeaqkmz5zOoJVdDzoD3FChEUKgp3QMdlQL+wN"
    "4gYd37/iX9/IW1/eve34+GP7Nmf94xMZ+QUe+n3vUD+8zEf+KZjXO1APzufSYiwg4eQnyZ"
    "/rI3zHi2VYmTJiIDrh2Bo5S9ukQaU7bNv5WuM5nm5KZ72/2xd4nm6opqOBPS+/W+P/rtEu"
    "Eva83cTMhgOB5fIt1g7bw/Dh/vWPNL9p6ekOvhaESfhv7w7pK+nE0T8/5oEzLu3t4P6IyW"
    "ulrrdMbxp+Ho4WN3MKAfLQ3Tpl9bn5Dhw6fe6NJ9MdfjIaLagxxXyhvfOi5PKd3/3BiZ3O"
    "s6LNM6lN9lYZy8S6ecvEtwTtxHVmHxF3FkR4xyTGxXWKexdp4IYxaVEXCiXCtLmrmTEG3T"
    "K7Vi9o6JF9jE9KWacy3E8i3KlKp4PeZ4Ri31PBHjqCTUxa1zXVzXpFF2ab1pj1tMsHXv6l"
    "I0opBjT04tSgi2Du/iHRlAekmHvr2kF//1M5VMBU7ItUh3KMw9cryy3rV7ggp3PHE3dY6N"
    "K5CErQvlUb+KQvR1AzkrDW5XJXpxgQAojZq7NKoY0PCxWQCyjxZuYP+krMgK3jERiOn3QH"
    "ePg8FJiioGAO8BOKF9psCbTo0ts3CDy/wUMFwCSmg6oyVEPc3WiZAThOm/kW7YyFggxuUY"
    "f348Z39YjM9hI9XEjPiB+Nzfekk4aKm+YD6af4xeNXtJR3lRLXEnwhLvJWwI4Z3iQZAD2k"
    "Eck1DSnPhUZXSS4iNU24dMOkolEP2aI1UNifVVeULIAQgOwfRToL0OQTD8SzX8wTAtwDDN"
    "VKoOMpQgQwkylGqadyNpUY+whc0X1fuuCbs6fLmzy7o2twNrViJxF1mnZQZqJdScXXkRCx"
    "fExBrs4m9sZSqkEvBEv6byCRhmop2+G2XhXm8+XaP4qkd/2QI38a5UBtDQU0KdLM2D3cJZ"
    "icoa7cwOCYtVh21TCkbVPTVKcBps6yXJZIh0rx/6P/cukSvN8j7uxo+3LAnK3yAsMWrQ64"
    "7dxCidZXzWJDGK+7uwlcPLE5WshLlaE2dZnXw6mYir4MpLf77a68rb1omQ8+gl5IAgJXq5"
    "sdIDcp7SkAhoYhl8pb777VBvacvceJ24vzS0rzJQebaPdwHYypSQqdmJkBXexHEo7ZUu0z"
    "Xmbm5RnxB/1+8pn5KRazIkaMlrkND/uW40PEcLw/RJIB3ks/T4EB74P0fqi6rx5Uf/hw5U"
    "+AzfBvIdRPALNtE/0Jsk4aSKG+5inYQpmnxyoJ8clX7iraaMHrOVAOM8yaB3HwkJPMMiAG"
    "gcUGc9z2ljRSXBxqqLjSUwrcWlQiV7U4ZEwAyAtCnI6mkUnkDuqS7rBNKkZKCVT5Oa+gkJ"
    "B4LbtlrXcWTDr+wDOGlx+kl+FlGM8dIS2IFvJYFV6U6lEKUvzb0UZf1lr9Ob2eeEkWm8oj"
    "U2vcwh23BmSzz/O6+BSy9ZfhqSl3KHrCXLQIrU/0CnzAnEBv1pOCZRdUQ/NzdnIpdT6feD"
    "Krn18irVv8TMsRq1Fc8Igxqsxe1oqMEKNVihBut+bCUrjrEuEDma0kbEWuMar76mZVOI2U"
    "19AwMnu1RONtDs0qFvZggoC80OQkAQAmoOshACKhZPx2LkMBlAQxJArIVKeZlALi8EBDHL"
    "gmOWEFMrLKYWP2cLQLXddfFCr5ZaVcSLBuHSoknhKN2+WFIkOigXSZotVfKEWSBHRfy+9N"
    "uupth0gzyWs7KQwUjC/lUmh/9yVJ03RvRJxWFa8u5IUkn32x9J+j3iHvEs+X9DWYJaliV4"
    "1kTc5mxOfF+21i78Ue+6179/YPmvM0w/Zi541wHP3O+j3sPj6I5dtB2TTEj35qfH8cNt74"
    "4KbENtE/LLqP/QU4YfP16iV1OzsWIsFhPyMOrejT/2Rsrw8YFtHpVYC3oSGo4duta/C13S"
    "WAjgYXj9+aH7mX0J9uTZ6jP/JuPeiGXzek9bkLobZO5OSP/2fjiid9JWa8O06xEY8A4K6Q"
    "hbQq41/uvCufLS2CYFAVyZ+GUaqq1to1O8yx/ihWXGCyFmBTEriFlVF7Oq1C6AkBWErCBk"
    "dXxkIWRVMJ5QugTCgHUEFGrBpMJbUi0YiP5BxmKjwtUQXYXoKkRXBdFVFrw4SYus8oudvV"
    "FVNqxmddG/luhjaQluwcJK5rfF5YpxpR0X6pI9lQ2sd2ys3ZwVmUDu8L53d4mY5ISMH69u"
    "+w8PrKyx5UxXmm2zWsf3wzH/iHmt2L+vu3fXvcGAF0Rmv13X61L9GKIjZUZHmuVbhnyIYp"
    "zLwUGQY93jspVUFT+Gsln3hfYx2bnS7vmeY5kjgrDGdV5jajKYxku413JGBT0pCG7OpN94"
    "Rn/5k2FKYhuTAmAFwHoahOy2TcgBuBDrhOynOrxPS3An+wdpAfheh6Zq1umQFd7YWycLvM"
    "FhCs7lfeDG3zspLuYU3Qzw3YNvUh2V9uGHjmWN4CLqEjL/6oDO1aIzufy6hAFou6IdPqoZ"
    "Ih5KsJrFhj1+396CTe6F2qGVRA1iIhuLdXORa6EZFQLlVWRzGQ5h7zA5YGNSYG8lgX1RTY"
    "29vBXXcSYBrkASUpCS8ELVt2NVfQMqOhCma49noCrKk6ZDYoBtRp6vrzIXwfX152oYzFJ8"
    "39Aeixi1193xdfemB5RfKPhTA1APaqJRplfhwSsKcSJwKATXOrt8CX5ZCSBPtstREJQLke"
    "NOxsSAOsl/d8uok14HEOwvv0QhnH899lyCZDDHhHTv70fDn9mHvqeaFZ75qXftDfwTz/i4"
    "8af+/T3nWy619doddd3r/+yOmmHtBRiXXy/jMohyyHOyYqLAyqozK8t7+PMwLCOSsMp1Xm"
    "X/PM+xzDFRWOc6rzPw5NPfme3lyUPD8LatuuBhT7S1BD51qa76hWmslHz0VJEouOyFFRs9"
    "3UJ2CycFYQuL4PWcAjnwTUgCwIJwnmcCycKbkANwk+DSN1++4zcpCIfv/nhp5KVVQBDqK8"
    "gSEL3nM4T5QvsTcM6Cc/KBzoBy+BVWAMzt5rQL3veQNVAowpmzBsT6BeC7j2gRV6kywBuy"
    "IgDfvSdE3OI6btaLT6eApBd5ekpazksc0/00lbIyXoCrckSuilzSBaSxpJuwFBvFPzjlII"
    "2ItSYjoDBgj8H1r9mLG6j+9cZz2yBMyncVlQJk9zuu7BCx9kAVPszRbRjImX0p0Q0GLP/W"
    "s/xr9t5qPMm/98Xtw3oisKCCa51d1pNhzukDiL2xGRvPTpz3b99fTJwP84sf0Cn7KZjMz/"
    "lU1nkw19klogvNur0ukEGwz+1FzE5DTwZicuhUJWh026UDeONYw9SeNKLqiE92xhvE8haD"
    "kUa0Fd9/Qky81tUZ783rXkELw6QXDWYkovHnxw6b9ZlOTv9NAdOsoK1tB61VbY5eNXvJ7+"
    "D2AqUj+Xf7BvF8W34f7/v9fULYuLWpzTCaawt6QGL68LE5+UzTjdtid2msWSNe74tHvyH9"
    "58Khz9Q8/rvSmuz+7m4EdtXzvyrPeAMVHY5q/Po7WTJRIyYGiRr8d+9K1AAvQ3FJxZDykk"
    "x5oTM88LQVC9u2Lk6Cib/kjpPIMjPxXLPlq0ZE5dr0aFRcOYLgV/pitlVdfg0SorAMuZfB"
    "N03ptpZfCIFwa9ymFa+Dr8fKL0JcElYg7wpAJ/Oy221vDS4pmCNiubCumT8mpt1cfMii3l"
    "x8SNdv2DXo3tHu/BTISvoaVz1LVlKo+vAKr6ay8a80cYjYJrWEpUrmeo7sg4QcgCu2CaVD"
    "4lGhNpmCheHqxj6kUA2LAKbpmLKiwnmA3coBuiJjbKVKJs8FAsXg2YJ4S9jwCmJmsimJcU"
    "FAdx81JogvHkg1GPrzNOwoyMo1CL9h9jNitsdmUdD2vbnaDe/2PZOBJeOpUgUg3G7qUVTl"
    "lOqk41lYBUB8G0zULKMhK8hpVmmGHKOtsVUAzu1OMUrYpdIZRknaV0SNS67AkOAHg/6REf"
    "8R5xGNXCdw45SNzKlegf6aKc02UMsOhje3mtEMWBMKbBZa40FURRdQAU8xQHoPSbGUZkaM"
    "KUWwzqbGX2xsElVngADv7Zi8N1dHkyO9hWWA8RaLgyUZb6F9n4eoFRIvK8ZbANon98PxJV"
    "ob1oTc9u/696Phj6Pu7SVaaURbm8aTqa4m5P7T8K5HR9EfgSfkoTu86g7p3VVjqhoT8tPN"
    "JfpzTkfd0L+s5/RvN8PH3/p3l2huOBuNTMjnx25//Gn4eImeHVWzloYzIb/0KO70a30a3l"
    "+iV0zRshXG152QQf9nejNde3ExPTrfK3zoSTxtMbH2xZ7fv8uA9Pt3qUizS81iRiaet5M1"
    "JnOGmOxD17u76d/9SB8XV54+PN0+e3pUjRMff+73fmG0xxcNv05IdzAYXnc5E1LVeWUVRo"
    "+8719/dufQZs98jmSF8Jsee5hG7DOqMNAnyuQ1woe394Men29mrNZMo0mpHM6+y8Pj6M4l"
    "Ybqk/Ho8lJYzzUkBjEsC6Skf6WmuWbyBn/wKxCVhBfKtAH/M6dfK8QzEJGEFclJg8x1BcP"
    "4UgD17V8pDH5YC5IFw3MwVWKsb7pdaYYqflFWSlGwdAbl4ZZNp2M5asNUNQ8cqSUE6EIoh"
    "PKVSZUEcfFJt44Wr4XDAZg4Ij1f92B6+e7y96lHYOep0kGanHi68kI6p8A8kdnZCsHUbu3"
    "iDO8CMu3ZyoR1Itg7ukhIZPNzU+dzElsDZ8YC/7K6iHpFtAeq72NS9Xx8i54qP7elt91cO"
    "e0CmHgzvfvSHh9biejC8gkZkFW7wqbOhO9TEK9V8lkE5LgdoZ0Gbhyjz5GxEBKtJ2ag0Nt"
    "TMjI0seTrcgs2x4Fsx6AlWn4Sc5PpCh7+vYZWDwEueLMuYLKx0rVfaD6blWemYLKx0nVca"
    "Mmjbpo8Jln1XBm3e1FlI60xLP8rXUaqIdlItBzZPsjdkeO8B1WLvaklQIzIA6t4cOUiC8X"
    "fQHv56euaLODPgOD3OGgqufH+z7eu+AIDbnViU0IyytN7ixyhAu6/yefhtc0BHqEgx7FhQ"
    "XKIrVLj+dsMsmjTEhRzJA2Hi6T833lxtxQq/4GKA6r3g9qLEsrKLAKllKewx28ay1IPPJg"
    "7TrTtVW5Hy2GBFIHXvTtVWpNxcjCKAGvGZ2osTY3geiNOIT9JuiBSvNmkhUB2Q4t4MxFjq"
    "0cFIHVgMoAlIsRBwASf62JumTTAli03sSNwXNBgxFumY+oUTCrV4GmJiRhUKE1OdQpnphi"
    "Xg2MnDdc/nu/anawliecpCBOZfWnmIsH24r5dVxC7d38tqyDpDqS/0t257JdFpvmEdnGaY"
    "jusg1eLdmNgQenNdw3Ok2Ym+U/6QP2b2l/PgS/xxdnkSA7SCW06ISuWNlcF+JZ0N0Strei"
    "/DRGuDLWHHbUjFumPRDYZ1t9HViskjjaAFJufoF1OzbUyFWPcp1UZByZC0JlKHFM3YlVnT"
    "sroZleTTpFfXeNaIVFaNP7460mqZS1B2/xx6KsmA649vHSO4+HwOfk7JYBsItHHnltEbwT"
    "3/5TMfo3JtKtxbdeojfzdLBNi3Aq3JNi2MsOCqPJK8pbAMEBagZPoRSCBQKDlbuHd/oeT0"
    "YK+UvySPRevG6dLM2SCKt7cvcxA33G/IjnmJKLTULNswN5eIypobxHvRaWwMN/GIwe+A6E"
    "zcMnxdGmiuceOSXX5dUsMvYa8WOjPYjbVWRtLtxoVprJRdVczEixATa52hU7wNaRs5YI4I"
    "Ach7QYZE6TJTd6HLXjr6zcwWyZK9C8ZB8QaXY8lCGpIACxasrcqsrfiuLQDUdvOVQw9qAd"
    "0lCjZgPxn6fORweMU2bDCgs9+MXdKxikkHS8RkKXwL7ckxuVHJJkBsgkQI1OWunV1SI9ON"
    "ojKDc6XasyW2ELVX1xaLZ7qj3EgmKxaRtHHLv+WEdBGLpbmRV2Ig03hFmoWMxaIMw/hrsY"
    "pL60KQHifdX6672JhpGTCffOr/+En5uTt47F2ipfa0VF5U3cF0k97cjHrjsTLqjz/TLe5W"
    "41JMzXqekI/90fhBGY5ueiP6NTXTshX+AEzI1eNvvZEy6t12R1QqXu/o+OYeJgxckf9oV5"
    "nDkBTUOZSoc2gv6abhh758+eC4aGsCWxXHEp/x5pU+nAIn0k/j4V0K1SMkEze9tZmN/oN0"
    "rTx+6ck/Fg7h3mN6gGi6rRHrnN3vn2U5QnZgzDCKPAyJ4nzxOnydqDnNJogX54MaGunPSD"
    "O9Ij5Gu2po+GsnW0MjIQfW/F5rfosZWJ/7rM/49qqfDcrz+NLsTz/Jb5/tGSQVFts6Dkyz"
    "I5pmrMmsbAntsEwbCYHv32Symd7sMJrexK2mv2zBOZq6e73R4MYXufGJZiuMro/lTaKkbJ"
    "sghs5OX5lhqmuEvUpzNRdKysKjkHsh6HmteGV15U75sFRrnoLCjnoGULifoASuYTEANkno"
    "frLkj4ywVGswrfikAGJHCfUUqT0iV0wxEAA8gddxHF4H3YMFYDp2Z2kpotvnNKVyYrpHLV"
    "wVxMLmCy8gcHBpkGCm9jgzBRVUFGYbFFJGZaCRJoZQpGqoFIGWX0ilbXiV7tf2C6+lubZD"
    "hdn2ebfD5eCy8ao8CWQsAv7SNxZSFzY2v7VUHVuIheDVOZpi+xVjwmtEWEuDGnwmz+Rh9S"
    "pYIlCSGMUn4XOciQlWFd17Qv5gsyiq/QcjWLHUI7fKBnPeI0ubY5e8gvi9NPuSzqkuFmhh"
    "0Lv496NfzPu6Hfe23tfwBnEBg+CM1K3ftwqJ6tCHyVR8ipD3TU/+DWlPtUx7ii1XHjZYbI"
    "o6Rx9Oxp+G9/eM3uXt9wkZP3Q/fvQekfhTnSUykaVQQXqZgkSRgqkxFwQldvTe88bXGfWc"
    "MZ/v32SJ+dBRqejya01O3YG+e4Vk7vgvIckVD4lB96b6UJCS6wsdUaAWRiMwNVeqHKJbAd"
    "iikD0IXuZ6+FA6B3mZoQ1SRljT2yCJG8lAWmYhaZmxF1YBiMrW724otNuXdf3Ixn6PhzSn"
    "bKgHxD6nbLjzBLCOG/Wu7+zwBK7oMhhSpXO3Ei30PhWfpAn1R4/M88FfbGwSVVdMLGgIkL"
    "7P43K5dnv8nXbcs6TkYsZPFIdXVcqRHRJpXRGq4s8Sw7EVers5Voghg3JcrnVQF7+XmxUx"
    "qPYYb2/IALyf4F2qiVl5SCXgY3V3a4gFXz4ZymsZmGZ2bzsK7rO6Q10M9zOhun7ppiX9pp"
    "zT44pfotflBp0ywg+vV7Ut7TQ/6wQUJHcs5wjN8UyzWMmKoJ8OPfItQ1BFufxbTsgfK2w+"
    "MdXlD/RkGs7acm/JqEz0czqTgRgDkLUXMgirS2XOsI5OLQq8W7Sng/jfvbI/HT7K7wd+Bm"
    "WqauiV2FUqeD81qfyawQmsT5bb5c5erao3uLnkT86EjHqDXnfco/826UmvWph+dt29u+4N"
    "BuzDGfuhule26fiGiPtsSpXhCYlAFZ6IOlxEFR7/iJRz5G1lqntQqjEI315k2PJvL1K3PL"
    "sUy7H2XlCKbJHthGDrrG+otg0GeGRcfgOcPSzzXKselQTmXp2Ze/5ayVYPS8gBmwcYfODD"
    "qo1jpXMQQ2r7dBcAbbvpPImDsFbUk3APcIELLNYiPN0FFu5NLuECc+yp8YUVIqdmMxPlrq"
    "ZfMNXQbXSvbpA7ree3Yll7W+saOYSVNUcrjWjfrk3jyVRX3sBTPhf/+1kHWYbQFVbNrSck"
    "nLtHZ6CWBWLz8rZkG7SiD8u207Xm5gl6N2KdtXmTM7+lmYWJjaYbzx/HvcXoT2MKbrEaus"
    "WaF/9tMJuh7j5Igbm/xmTOIJND/OS+d3fTv/vxEnnyE3JDFf9LNDcInpCP3T53QS5ULaf/"
    "seBkSZUea6u1VEvhsEhr6iUVZjEQ/MVWPIhyWN4C8UrM7ypP9jZZ37pq2Qo2TUNgwuxqPB"
    "+WAh9mFh8mXTT2lSVQ3kq0DuHiXfLgIk6Hvr0uYmg40bZVF7y1EjWeauHVbLxxmfBpyjiI"
    "9vo/hwQ/GPSPsr2fR12Gkvh7BzncPIKewNe2pe6lu9lCHMH9DrZbahNu0JPB/Ejsy3POFy"
    "NU2dR29JxaPics2WOQ3+jsHF2r1rLjFr2aI96jjXPClvSPb008Y+MTlmaFt54QP9sNWc5s"
    "hulI1eZdD/+OVORdY2W9DOdpGfbv/W/U1TXuibM8ZxoV9Zxra9N40dh3Y83j6SdsiPE6Ia"
    "eM7Ga8+t7DS/RHzKD6A83pl6RjLaSaOM1hdxaw6qiV/kRvQ4eZ/Iuwk5h+DVYxzPUcBt+E"
    "94Y0VxY4+2ro7HPXVtLTFxGqb6PG2pgQkJ135Oy8ZuSfNjZjzGVdyp0gvkTr4C3Fx8Pe5t"
    "SOeWG6bo5K/kLx1rioKz5MTPyCCdVh1qopCg/sIifHBIGiHPELFEFRrns8LUlV9nR/LE3s"
    "TwbUxo/X173eDYujBbMWEVor/o0BSdyQxN2WJG4XrpxtuQTC8F7O9172HQ6KZ56K/AXpG1"
    "8sDdt/7/a3nOmKccDyxEriskCor09wJBkTA0oMUGKAEgOUmPq7S7yQQz7WRkwW3kl1fqaA"
    "nZP+nDWTpwHsnK9x1bOwc/wnVjahMyEHCZ2Q0FkFph6HQw7VqBBsVeh0AWnHR9COC047hm"
    "L3RRa7FxyyRe3YULH6doIbfb9kAHirPhWAcbsz5hOaZq0y5l2arn96pPJ4Q8fLPjqvYrpj"
    "M9J6H0IJ5ar1bHFuLeOKrjjpltNteb46z1F3ObY2Y70uVQux9HO6u0zGMmWVGNeMoRtn4J"
    "7ElrOCW05IDIuzS0RxM42XLaGX15v0U+SXdAN9Y9GPyNx47SCKLPaZtm6DXncBTeDL1pAv"
    "W3d+icCP6+1LeYLJqPevR2qzu+UivTkmpHt/Pxr+zD70dzmrK/lT79ob+Cee+fc6OgsCiI"
    "lle9q5v8bfCEmgrwxDxypJCQ7GZWOQT6lwWZgHn1TrX78aDgcRb9tVP8ZruHu8verRbc4X"
    "gQ7SXN0haQVDqUgoFVkT9bihPmcoFQlRxERkIU+/5zRx8DYmX1ssBVLPEcRJyAG4EMQB93"
    "htXWFy7vHECVoAwm1vYZz21sng0t0epuDS3YNy4r1TM5cuCwgNNIJPhP7c4GpntzOXjVN0"
    "OhA677bLX/mXLXjEU1H1RoMeIEz7tGxj9izp4wpJVejd8ndwY51bM2rgySdThaVak21QcR"
    "aVp7fZeJXLjtjKwSFSA+pSG/HcYZwdh2VTN5APpNkIDbTt412U7dv35mopuInzMILxqDd+"
    "GPWvH45rN+ykgsSegb3WgxwVpEvQ6LZ7iewYP4MVTVMXCz+23EFPhjG30MxgbTYZWePU06"
    "iQYaJXk+KLjMXirOPxOZ4MbPFxwiai5d8RzJ96mT/siJOsbRZIQGGzWFA0WdgM2DDZ2DDs"
    "s+te/2f3sxnWvHEfH+9u3M/cKo7xQwtYM+3kEniMQWkDNyoHJm4+ExeYHOkL0l4mB+SMtm"
    "3VBdSOXTmjwOwAZkdjwQVmBzA76uXZAmYHMDsajfLhzI5wgXHLUp+wwBVy5Ul+/DzCusp/"
    "y+6T49adqj24CyzfA3Ha9htpIUIBC+cQfMK8n5a8hv4rFQ/Z4om/zOiT/iRIkfEh9TsK7Q"
    "e2F5qrJVtPMnA0Xmprnh8viBkF1zq7wkWWNwqYZu0KtfjrKhlviYlB0GVv0GWmmqYm0qPT"
    "QQ6JtM5BXzzA7ER6pl9AcifHxFoHdAmlo1lNhXyFoyOS4JKti0s2iyMeyviV6CfUjRnXYe"
    "WgjUmBtxA8sOCBrY+R1jnIA+s/3AUAOwhN1VJsY0dhCmsT6qMdqT5aoX4y32HxVXvKcjqA"
    "0nIO45judwRB3mELvUGQd1iU3jkznnJ0/AxLAU8wH0+Q7krFTW4QlTbbtZkjYq2Bv7AtPV"
    "Xt2VLOlAqLwDEBeZsVoxvoKlLYxqQA2f0uACsUQzzQlAqHIxsGclZ7KrbBII2zLFfL3jTO"
    "xOutAHyv/Hlaim34nV6r7NgrVWcr0yO2uTkR2LiR651dNq5H35u6Agp9VE0to617MiS8WD"
    "h5wm6Fcneubyy3Svj82xdVd1iKKp8anVJl/yyZ9Zp3EoE9/fvJlsD5rLn8KxMvTv59iKG9"
    "y4Zpma1difWSbpHTvcmuyBqSEbE2aTAVG5P+E5MnUdaXrY5SIA//ycPw/vGePljG2llPyH"
    "33t0u0Vjd+lquf4zoh3ZufHscPl0id/+lY9oTc9kY/9pT+3SU9m8wnrGjE/2z4+OB/aDh2"
    "/GjLQlmA3NhSGSHfXXzIgu/Fh3SA2bXjx1nr1fO4+MplC7kNu8i9W2sWlyqbwLSiypGRcq"
    "yLwd1KtO80KPywPR6ZpW77uHAHrGuPqAubHpzSOqFQHHTD3LohMOLKjJ9BtYevkGSaJ9n/"
    "8Az/2i1wuc766hN66wZwVldnehrvsX2d16qJR3jF8DNvsK69YLHPUzius8v3OaMSiumJsF"
    "/MZOS8n3QG5M/AOzca3J2p6XP6N/4Pdvp2kIWJjVQLqegXfM26N1rOlM02xcjLzGWdGFf0"
    "iOHtGFPcpGXebY8/ld/F2x6+t2dOx1MswL1aI50t3b0aXsGs6ltIBF43Uj5TMaBN8JPWxr"
    "j2jhehTpwSCggkdunCxUBd5QGyA1mmysazA/FqrdPfJnzWd2QHRsVauEVLyA+seXnRxCY9"
    "WWMyZ4jJAX5y37u76d/9eIk8+QkZ+59YoU8e+D/tCfnY7Q9Y3dCFqumskuj4c//+nn1gPf"
    "O8yHrESlSbbXpbsICpr8SwCPAm4+/DlfUkd+gEAuDM33/a6KplK9g0DanU+qhU65z6pZS/"
    "ZYdYnqTvrRi0U61Pzc2k8w1crulPV3tdrlBgt22rLnjYE+XKwNFelKYHjvZSHe0BH/5Ifn"
    "bm7DsROdb5hU4GFjH3F5putB1SZRv1bHd2eI75fxOwplsc/vgWupCKr+VF4RDWFEmHdyvR"
    "OmMuC1sznauZYGpONdNezlVBone6Dzks8zV7kcFESt+zzVSWgZUCynJNAG6+smw4a/6Tk9"
    "qye2WnujzjY7I2okTucLSk3wxNN5zn4QJzjv6w8F9/0C/H/mWFs+e8W7CcOjbeD+6hU3cL"
    "nHXQ61KbLdFKfcYWazkZj8hUdd8JWWPzW1ce6dpKsxHFA39rqYsdxBR/Xn6ABk8B/VKHsV"
    "HAVDjQVJjRzS6jy/rjW1dV+eJNlqjEm/SgxJtkTOIviQ3rja7udfxdrXdsk0P2DnEs7K9w"
    "5oj9493jmAXcXekJ8f7F/9779b4/Yv/EX9aaWZdo/Iuqa/QVbhqC0g+7LY6oZAstjoZYGJ"
    "lib+6es3IYllHJapa5JgZ641YZkmSLfnGxoztP6NIq0hUDnITSnhjLcMyZlPK8lajQETzT"
    "VW1VjTe4eBUDnJrp0INTE5yaMu+jnTTzVFx3s8y/XmR3uIvDvq4DHcauc/IhNGHDoM7qOI"
    "5tsww18cAp34JU0ej2TvXOhx+AfV56xd9KUAC+ifYTsFqOkqoQ/loSGMfEWsdvKSVZofWF"
    "+7q3w0eWWqauDIcll930x9fuJ3PNmrHP6uHAdr+ffLWiqFxrssoqrlHk7wVlupZ4W8akKo"
    "yXvaH/V+tXZ0h5os9NAJT09hZJwybPt8ntpYmtpUGlpZchIQprkG8N3GjjXN3I5A1HhaAM"
    "WhqstQj/1gzphrhiM0U53LWyBX2rs6yxLWpcDStcqxW2DVvVlb8c+h8Zv3BUqjXvpsKOR8"
    "2yHDxXAnMnqzcoJgbAxoFdY1PxXJqcfioBrkgUGHeJ+qYsYsx/aFJfNQwdqyQl5BqWi8E6"
    "pYJl4eo7Oas956+Gw0HkiL/qxzTRu8fbq97o9Dt+ttNBmp2ioGqWos5s7UUW8IgcAJ4dcC"
    "iPDOWRgbPR1loddXu+mrnoAtshUapjRhfhyTBlT9GoFJyhexklPmJJkOUZJaGpmoVxVrpD"
    "bHtJEx7CyVFB2l9MK/MEP34eYV1NiX4m8gsb9rJKw/u/ZTJCPDKOgAmypensK2sCxI92ET"
    "/8YjWSqYoxsdZlLBYfDyfa7FmaZROSaR39o3iejfpCd7mpOKYuA3JUqnUwl8KyWVOMpHZy"
    "INC+0rblAawsVUvQmXoPyoFUIVDX6Ewu/sAw1pjIlWjeSgC6+9Clv9KQhDckAvjuw1fHL1"
    "jqTRcIVPiSI4a5UvVqXnXFK21rg98pu9mxFYDYYloby9wNLIGqdRhdjrMKrDXOw1sUCMM6"
    "5FuHhuQ2N/XMdh2SeYIlUcn2BUuaGxxJhsR4Iw/deNJIjoVOCMNa13mtIeidfpg2M/4JQe"
    "+vcNGzBL1X2HyiK0d/qSFboiIuCKHvDLV3A9CSUJeX618zkLOn+se3WCT8Tb8GunscDLKF"
    "v3l9rwOj30Nz3ia8hc4Cam/6XajzA3XlTtajc2XhZtTtJZ8JsHC7kQMIFX57k1ZCBJSTfR"
    "CpuqZahz5u7ougy6ZqK062+lQISA/qU1shcl3hxRzg93yuVp/fljMNJj8QrbE71RRf06lw"
    "I6uIHZEf555bqSS54Fjb2wAsdJZmaGxADMaHQzP6K5DbSoC1DfCbCVwilSBDn/sj6CU6HF"
    "n0GyJraazX9IKrnyKmnyLNRqdsgI6f1NkGaau1YSYKg1Ry0wnhQyw+hUXlVHZ3eg9OVjg7"
    "Rx8Nh/CWCkyUp+bx3gl+EwTDeHbWSNeeMR/gfcyIZ2kNEYBPeMyeB+wpJAJzckfbg61I63"
    "iExbdIa0j0KHTiNDCGBB7ndOib6XyE0ri18TlCadGs/saa9vtykb9XN9eM/p+qKfsDsujK"
    "a3XDkwkytwGjuuO37ARFlk03zvzbF1V3MKLTrKjBw9XDkLrI1EmNaN+uTePJVFdMeX210C"
    "lDA5P5uZfZck6lmSDVSdn5RtVZK6kxV3TjCRl/6n578f17pFnoGa/tS089ptPTy1hfsAsq"
    "mmLVZOow/Sb09pqqo4VhMgVeI45dioa8iyTUMiW5El7Q7vZh0hTwiFDr1OniSbTNasADFJ"
    "KkZpeJQgL9Ytq9vvXssNQ4vR1s4GxQgw0MNvC+Zwls4PbbwCx8m2r/erHdvbavH0sutqrC"
    "76FdRu8AraCPGhax3b2Q1YrzhlfWVrfB8RBQU0BNATUF1BRQU0Rqyj0jWVzzLqUCPSV0NY"
    "ui4paX4JVoM/vpf8H0LWezVusmesGmRr/33Cd/+JSTJf0pjADi807Qq2YvPf86cv3rholc"
    "Phn9hYbtsU4E3vkybzch7EhaqbY2U3V9g05VZOLZhh5+AXnm1XDo3EuVzLm73qD/2AYC6F"
    "fYINtAr0sDv7DvoVp8lCdLj7qzc9S3J+RV1WyLO/LZ5SVn4NAJjFfi/z51xokybDa6Nxea"
    "ueqw78xE6LO4WLAL/OfTX0lHuz8uLRrwu1dc2D0C3duBunhUdfFo5V/qdgCX7f6nT4vtCO"
    "iW2RqGbaUr09RP1pjMGWJygJ/c9+5u+nc/XiJPfkKuh3cf+6Pb3s2lf4awI+7n3qj/sc8+"
    "9I/PCRn1Pj6O2UcmXjCPePzcBY5O3Z6a9ir+czzT5jmz+8OSEM6pczjHV0gkax9HpcDEEz"
    "UG9J4C2er8CTkImSXBdXVnOWAjMrBlBajqxownvMjhGpOC7bq/EHrICgSHz26HT+xVI3b5"
    "JI8GgHY/tJEDcT+w2xdTAeA+Wm1KqI8jm3iHp9QvEB2+BYA7CE3VToBj7xzp8hCleoJDKb"
    "QiV3A0w3a/LziR3bvfGzwkGM2WKnnC4SzDbyzP13qO7g1LYy23kDet65n9w2daGuQPpJoY"
    "6YbNPKeqjdwr6GP/4/A84Q0u/3Z7wu5+P3kTLw7zpwLnml2rgnNNt7tUp85gPGjuAs3dfw"
    "Dy+FZ92Tq7sU963dHdJcKqSSZkzFysl4iVSOU+0597o3GP+UxfsGlh9snDIxttYtth43u/"
    "3vdHdIB7qExI9+anx/HDJVLnfzqWPSG3vdGPPaVPJXj4SdGI/9nw8cH/0HDoyI/D0cden3"
    "62MMwF1hJ53sfxz5pYtUR6Q3r8YivRvjKnFx+y4HvxIR1gdi1Wvr6WpOfmxeHCe3Yht2EX"
    "uXdrzVTcqvJsRCcC89vvzrERngoRn33zEN+BMPPBpxRPVxe2yI2wt3Z6IAeKCvSshUSSuk"
    "Dd3kAtMDSLepaAoVkqQzNL29IyHXOJam0C75yootteF53lC3F0sNeXJgtpM/CUqcR6xSZj"
    "E6oomO7bFbYs+luQjVdrnW6Vc4+WyDiKQXWEcDk7pOq68couIl927e62GH2zmhtPiDqb8Z"
    "oKf7DCCZpt/eEWHrOQe8HirM8N5kRSjyvKAPQnyeL8878j23JApjxq7k1oJRLo7sjBiYrV"
    "2Q9VGyuv7nTKQpx+3evr3j1z1PGzgjn2fupdPzDH3p94Rv991b27RFOVTMjH/uChN6K31X"
    "Q7ed4djTY516R6moUkWtPyqTDjxt0E1EbhLxAJVJOCAC5YjmA51qrxC6x6hZ1fwF8A/oIG"
    "+AuOnNHZdVP/TgReAv9SZ5dzwEsdLKHiBBi5x6y77VXazGrd+uNbVyKweIuJ/1cCWn98nY"
    "3Y2ngMODpCcPf7C3zZOgN90h3TK5dItSxsT8ig373qD/oPv10iXVOnmq7Zmwnp/euRf4T/"
    "cvi/GXno7tEjDxEHc7JQ727ssoUwsXA9fAmapdC3h/YiWMErw9CxSlIO9bBcbPWmVLCs5f"
    "NPpWqj+VfD4SCihF/1Y7zEu8fbqx7FnkNPB2muppE0iNeqiWWz4iIyEJ/eqyO7eBWgI4fU"
    "sWYBnFVHjuws6Zha0a3rWgd3NA9DI4c20frJcEyi6gM6U33ej4ejVKaxdeXMqX1zIrC1vC"
    "udXabWQiOcezXlYzNGX39Zbiu2oJW6cQnFyCCsGZNf90UjLJ/BIPZyW0zeu9u5d7ezZEJE"
    "sVML45/hdCFvRsU3NfikEAs9qpkYX5OsNk1crs4qd20MR3fDS6AcCLQQ3l371kf3h1Rwf4"
    "hjq674flwItYYd6VJRuTb5jCvJnIIozdcdpTleLYbaLXLBsW7/qZCloCfkwMTfa+IfJ6m9"
    "bju4iKz2raEv3ssFINzumgyJx7dWRQN6nrdZYAD3to7o/Raw57XO3AsZGWu21qxRsCfqpv"
    "C7puspczt10Cv9zlYHOTbzomvYOj8/P+ugZ7zBczeTn1VRNfEMa4zRq9q2OluyarDU5GVv"
    "RVH92IpuPCGvS8ysbrf9soeSW7WWgmkaL9ji3ZTjBriPY6oFDsY1GNf1OADLNq79pM+k5S"
    "EG2R9/YBJpBpir3NJySaRgNB/ZaGZtTlf0sDakMhGiUm08HbJ0BfkuvSvId4muIBQyLHUG"
    "BwKtKz1RPGdjhVeGlFvTG986aC++/z4DtnRUKrj8WrNyaEosSX4/HD+wOuO+luxm1riVx1"
    "luTc7S44WfLlCEOoc+UnNXZzIPwd1zSp46RjFBOPiyHHyQ7ZOOfjMjClmyfaD0ClR7bya4"
    "rGqoGNddtnRYqkWoVmxIQxwSQmU1jObIh8q2rzEIle2ruR9/42coXw7V4UutDo/9euEHIu"
    "tRk4Py4+1EOPzqP4Au7wYUV35Bp/yEcC+E2w3ma9HJXCotPAlceoA8im7mULkSW+UsZbus"
    "mUoInvuhZ9YRVCMvhjZzg9gkCGmf3t987KCf7ns/sjH3dz/y8PWak79Zy1EW4ZyqdGAQzW"
    "ZNJZOE8mpuCWHueoW5F5qOZXNiwzItDGCV4w8ziM3yq9JTZFM8IzG5FuJdQuUy7X8EIKee"
    "Ff5wMCEFxrm1VC++fy+zZbcSsFkzbFZ2NIu8TkQ1N6nsF1GbkunGdkl5DQN4l/9oMLyKuL"
    "4pjlf9u+7ot9Pb7q9nEf/3YHj3oz8+7Na++u2h14XoBEQnTnxtXEqRjArBK0KY7aAbap7I"
    "RFKwRU70spy4oaIhBzpqQqzvhu3gzE6ayMO7v/9kaEOCi3FvskP84a1VtkOfvFC7yTA3P6"
    "u6o3ogJPw6glGdXY4dzR+vvPgCGT06t8YLRf1b9YVuhSeMZvTVxsqXo/HnR6TOTMOyuOtk"
    "tqSQXyI2O2YcXfS/0V/2BmnuVbpHbC6adN+UMD/4aurlq6ELJYGqNxoKEcfVlWDvy8X6I2"
    "KtQbXiUL/17MipiFuBYiBv/AGR0AxlXq+RhUiuwpDgB4P+kVG/GbtzNGoJsmo3232XJbh3"
    "kKYSiZcKdJR4PDVdO/nTHSnVyDkdOWFNIIveYoYDd7T3z0PbokBP5GIP3HQdwg1bE6mUj7"
    "BM60rMvs2SUPA2PaHgbTKhAJIZpZMZIQup1Cyk6KGdOZATFWthNKf4h3/7QpQHGnpTpcCc"
    "DJpBACcd+vYGcCC9pLowA3CZC+cyZ+GDQmngFNBL5YCGIUu3wH1E9xvgwSpmYXrO8VTjZE"
    "sVud35ztENffUQi45A7iFmIbqbkInXhmlbaObYaKWaTxph3UzHnx87aEYX+MkwNx2vuBEr"
    "TzRbMjqnLmJ6VnHLgqMH4CKoykXAN4e8fzwiBv7xfP5x92mUBz8qB+jnQx88NyfSnhvvyJ"
    "cxd0MiuYzdmqmJZRdHW6umTUSN/nYVQApE2ocw1EBqlvfRr4goZbJHhYB2KdIVPAVc0hcS"
    "lQJPSG1qQdR0v341xSBavqurpt60EM5drOzjJM/X7cwoMHteoEIUgG/2xnJNhTaqOWUAV0"
    "gFkwY2GxmsZodCYWwwkV5WAKjXoanaiWxMHc0A73GKGDUU3mw1jI6ToXGrEmcH7TF8uZOl"
    "2MaKC0iRH1mTCHX+p2O5TSLYvbzWD9NN0Mkh0bgheqOzSzQ31YXtChnEbf3Q8ereIttgmR"
    "XJGExFN54QHc+fsEmv6xuUsVPFSn3G5rezJaa3N6E9RR1zQerrqj7GOdgalmFlTtRSPH0p"
    "5IWfxsO7FLPdF4hvS21mo/8gXbMarKmLgGVQsJkDspWPZ1DPIAT1taCaAZvgKga7bdj0rS"
    "AdM4yIgccqf04T1PgvuMZ/8f2FoMa//FlVJ3aojwnU+K/R6x5I2OnoAwk7bc2BhH2SHqSB"
    "Gv/ti+vWE9UKlGTILoBK6bWHFyql1yDWe5wAxD02NSPqq45e6ewKO8x0w6L7Zs2HZk72cK"
    "XQyiD2kn4hw/P9r9QNmvLC2fSiRiy6JZEmqPKUZwJw3dfLdc+XTsoN7Qu0rvjCLiB9o/SH"
    "VJP0h4RB6j6SOezRsCCYo40yR92lk7ZGY2It0uxLywj2IQOdcp/KHttctSqMOca2reP50J"
    "xzXSCh+0Su79SALHekYrCh2QkXfDh6XVKM0FpX7YVhrtyeIy9sZqQid2LWLgWZDqEqD1ZN"
    "PL9E7j7oIMtgio87j2Z5w+fIftVmQqZFuXeckFP71UCsK4aFKJiM0cGKaVoUV1ekg9gAOr"
    "HlkzNUGxn0ATmYW8Gnlzv5wiJQU2+vtqauOJtSOroalYPwau7w6gLnKNYZEgLoc0MPAZ6v"
    "UaOm7ym5N8pWoE3PWllqNEWrAAV6HCgsI6fNTVi3e6tWrsMt/Gk1Y2IjMijSbKxc5Rg2mL"
    "XmY9omUz95RRdf3Q0+1PGCapuO3XHb8b0uqfL5qlpoQRWUucjFWNS0UAGm1u/5dJ3XpO8L"
    "UYnY9DdAINCa0iPFRZ2/2JgXhZKrCRkTax0jqfgqDsewhWvmoCp67/rOEiWvFZwyQWtOCb"
    "CFvwrcfU+nNPYxQcA/H/6GY+Y+gpKysArFJzqkbP/SkxuOmUKVRYO5SNdgLhIaDDFESX3p"
    "8PrjW6cclkJXB78W+LXq7tcKulIe263F0N/p1fKWJ5NTi0U+s/m0hiQUoQ0FZbnHycQU1p"
    "nGAq/qE8XWYv4n0/VLWUlH1oFzAW2uXoHYIxQazZNcWZn6UXyWJHsw+N8lIA7LgBqSRQ1h"
    "QU9lYRorcUw1Jb8nLHRgDYea+azkSjhwIGyBb3oPdrbIO/1VIccjSwpP+pd4O8WkWmM6F+"
    "YiXan2bIllXvghCYAzkQCpLRbYxNRGEDga0tMfo1IAKzgw6+U6W2B6iubx3FuA/GHI4y9r"
    "XohEHv24JKxAvhVwKc85SIQRQSi9UufSK8AUTX/o2ssUhVIgUK2iNYS4HaENyPcPva+Kru"
    "0OpUCa2mg0SXFu2Ks5DfdSe412nblmD4ynE0F4LbjW2RVZU9koRTeesgXV0uEAgnaN30ed"
    "HbEwVrJbNlITlmldpKZ4NjF9ooRNBtIB3kq0L9hYPL70raHZGxcjCZBjYu1D+u1FBqTfXq"
    "QizS4JkZZMPwgLwXGxdztP8YLqqkmE02ufbyUOKn5eT1VWhGsptc9Z/wtBa9R02AMBQD0/"
    "6i+aKnOYeMMrPEbUtVbNSVI8C0dby0Drjm7dAf0uC/HmXTrv5l3Di1VXqn+010HNbB4513"
    "RIokXu07I4344levmC1y7itQttqVoVAuvP8Wpt2JjMNiM8M0xhJdTkoM4u15S2Ha6YfHwJ"
    "PqrfT6yZ4dp/z3hz8m/wWTXBZxWsWebkMV+ghbljxRug7EmQANcb3kJov7v4kEUlv/iQrp"
    "Oza7HcMUx/qWUrS9WSKt0bl2sh3sVv5bQ803SSYlqa6debqBfdvNaa3kHKOxWWgeZ8B7hK"
    "mmV3AjMqv+GZsJOOo9bfm8bK8JYi2dgguLhTjV/7w2oWYf5aVPXykijpWsvoL/741nUeKD"
    "7MJhuPrz4W32CV8Jn+LjG4+zus+rJ1Bvrk4+NgoIx6N4/XD/3hHZ2UTqGYeO5wUsGE3PdG"
    "1727B2X48SPrv2rOWF69sVhMyNXjb8qd8iOd9/YSTZ2NQhR62CqrCbnt3V71Rsr9qH/du0"
    "QrvJpiU1mbgiLpWRb14k2WXNg36amwb7Lq+fVtnDs31YUtGQE5uRl1Pz5cIi7LFpI30VW6"
    "9/ej4c/dQdBNV6GvY9N4UfUJca+xNrruZ+LWuhNCp2IfUHmcq9Fu8UtqL6kOtTT0HOk2CV"
    "HIt8mXb9O0ivXtQt/Eayyy9a4MQ8cqSbO2faEY7FMqVRbuwSfVWtlXw+EgYsVd9WOg3j2y"
    "99bpd/zcoYM0OwXr0HtQmQrC5ullKROCrdnuhXmNmCrxly1wKqeiGpIAOBMZwCbGkniGRQ"
    "DQROEFV581mP9I7rSNScKRK3HkeiWVBFp7ui85LFO9L/nkHwuHcCuKWkeabmvEOmf3+6ek"
    "Hl9bD7NuzHiijqLNpZYlLgdLU/jSUBvVtK0cvv+IYPsoZw3x9Psg7eSYUes7zwqHxGB967"
    "y+UJS3zGp4ljNdaXa+AGlcFkqE1Pk58l2ZORY6JgrrXOd1dt3TiolVSy5/MiEIJ2iWExQI"
    "Junot4tgEslsWM9zrnpUEla9LqsuOFy9by94h8pWXEoKQnaLwLlFf/mTkVJ1Kb2aVVQKgE"
    "1vJAyFwsqo7RqYQbLwCiQB4L1Jb/7zngRaOvHtOjRVszDOXLIqejhCPbBCwc1YDyzttACA"
    "9wAsOCAzQBxStgDhPQgnFdMDatrRyXTNDWodWNou4Ml3t1M20BRKW4VowQkbr4qCq0/nah"
    "NOlSRqhPfYrpyN2F7MkL6hxJ+I/R24fmF93A3WOsufBFkqfUDpZ/xj3iHrEqlorlkzRhj0"
    "2sUT3hnexDNM50o24ypuWihaWGsmZHruCSRIlFmusGGk35bsdnDDt9chm8UNz19bck6XsE"
    "ibnrfC/Flb7UUK17gYYLvflcX3YgE26tCfp2HwZrVSw8+suF+vcAMXgGwkYbul6Maf3BQn"
    "4ZHT6blpu8s8823fLHZZYHPvN8geqP0z/vxoUdtoazvNjBdsWuiUUNvpEmH6jw0b1KF2FD"
    "eYfLfrWQe9avaSf+bS3hFPAEWv1HTCSLORZjH7K2mwVXdbYYWvyDNkPTuHVfn6Wiy80uoG"
    "8NWTty4iYi0KLVXdQQ00ovKip8+OZNA0EAA892uYoAsVqAsJtU32cjwc27E7S0tR3T6ztd"
    "Itr/mhcksVRvdHJnTL6ICduqW2Whum7Z1TysoVyahidj1fvCeFjAXV+nT8pM42aKHp+BsL"
    "ufOiJVbnTAO0DXRtqnMdI/endpCJHYtOsfA0QYK/2Fw2qVmWfjehQulXgeEIgzJ5TGUSAg"
    "FQKSl/paT70ZBVSRpfMruU1UeyJmT8MLz+fIks25g9+3WPxn7JI3b98f5+0OefWQ4LifJP"
    "h/e9O2U4uuGfG2tMFO7nseInVpaFLL4PhLssconWW5F6JPOy27YmmRciPOnPQnsjPJBo0b"
    "ZVT0u0SFixxzEK+lyR/8mYnggMgu3FLMbAn8YUCri2S3cG9a4l6h2zVmUNobAMJMdmSY7F"
    "ZGbMPd9JVpTDMq1DufiNXPcqrgKoZ0s8e8ZzScRPrj/1rj/37368RHwCCvqE8M+Uj93+gF"
    "Vi5Z8rC5U+p3PvWvAxL+L6eHfHJzAdQrj8DdVfLtHcIHhC/Fl8+dFwQP+tXHXZ4Wcaus5o"
    "8lTHqMcBttp6JbPapyERsE8Lt09tw1Z1xTReZVqnRIWgymA8PGg8yyIakgA4k9Vx3drVsq"
    "Am5ADaZGVG/pKRRTYuBsDGgXWNaXlkE3IAbaLGsGrPloql/Y/ADEovMxwRqg7UizdNgRWb"
    "piGg9e4weXyB1tk7UHIJfMKRcfkjAQuNaNYy17LHRKGAXX1c/8l1DlnaOZY6KQ2rXefVht"
    "JEFVbOgdIuRZd2yVIWI9SIPUbdlyjx4EYetz3gG6aXZKqEITbwcqBEz5oWQVR+tNvbVqkB"
    "7+222xvzDm32/cTXIcHIXjISqkqQOwHynjyW0sQaV9Bv3UEacT9mzmMeRPw798czCJBD5g"
    "a2GA11hQh+xRZjopqWoAZG6XeD0hi1TuhJj+rTg4cqKDL+0EAAklBEDhBia/bGBSUB6q7I"
    "b0SszjyJnO6Q4tveepjJnh8RsTbt4YpTA/EX+hVkYrCBAERgC4/A/mlM5YzIrUCbHoGyzM"
    "c/XdrjgXZjhELZMICzWo/bfSXOHzwms3XEHTFpir5rOe3X8j1LrVhm6+/+FvPUq4PSxEB7"
    "Bu25OcdulPMi2M27Gmq6AhX20TyOb7vANpp5uuNAWxyZGC07LWT0Yn88qMWFq8U+EUbyVA"
    "mLQY9eicMFzBAwQ8AMSTVDuo69HGPLSim3Hb7c2WWKqHSgYrkjJeINuvGkEXSqItt4xoSO"
    "XGn65uwSabaF1NmMzudesdBMNc0N/1ybo9PJiaXNJydnHf6JiRf0xF16k7AaGN4eoncSRx"
    "4quO+ETEhPnS2DUSvjBVvoj+2QP1hF7+mGl/zmFeJU9OTQFcVz9HjP+ABIJXP6P+uV1f1Q"
    "WYgjesu/s9iJoc+xOSHR77Kmf8eExVLUJ5X9Ul4jhP0+9KpaLHmMKhwszmLita5u8PyM/u"
    "2FivJoCnpd0uvIW85zNDCeDMfm34aXuZsQihGvS+6GaaiMaqOVY9kI0zH+NqB/sdEf7ryM"
    "7fPH32PY8mIn3nVfin23NXo1zGceG7InxKBHBzpl251Ofm7hmWNq9uac7i0eJ8KzZ4sX0X"
    "NXgJ4JdL34F9INdW55pfh0HZtn56iLqLnD6u25DyCruD7jJfiWqjUh+MtaM+mHp8TwcFxp"
    "HERWWoUOmqns62m6jqYYvag63RF0dnJWRrwpXfkVvpxyKr7HNZhL8cbnSRcVA92EFNGcYH"
    "/IgPWHVKg/JNKf6JY3pLDdSrQQ3RLyyxYC+22nweBJgK0gYStsX80S9kJUCNIa4qCq8zlV"
    "RlJyYsWQhkRa598pvsgVEPDToW8vAd/T93Ote1wWSNl1JmW7VomVY52jktU831UaEG1a5a"
    "2ZLP80hyXhWW7CKucJecUlW6caFc/Hc4siyfn/IzIl5bE0rwhXqAagJYtoSALw3BdQcaxC"
    "mhAVlhB0hPf53lBKaEPtLwnvPs8FQHobTNRKUCPnXp1CVAMWq/moarpj4hNBjCpyvbMrSM"
    "WjPrwilcPe6Z0sUaqPvP4UWquW9WqYczdyZKE1NtEp24fsy3TQTNcwsZHnuDi75FGHtWkw"
    "3cHSXjCLN6gbFvAI4hi2ulics7BZMkJVwT1ZdOozXts8tMHms9yYiWpiRAzkx3dsw0CnbF"
    "43CuXGeIhBL2BddxNv1LVq2mfn6EFjkzB5vDZmywlZabquWZhuvLmFLIN/PRbqctb0J9ju"
    "7fhdWGzLWxREv+KG/lKdBa3G/xrwCJlhL9G9q4ixj1gYiv5Xs3cUuPdR4mvseZOAwNgIAm"
    "N46bIqx2GZFsYTSuiQ2xCnbIMhDr9mMirKYREIJMQND121bK+cpLISpSbvOKKTsq3Bt+Ic"
    "q6lu8BJp9L2t6dLrIJKGlci+EgnD8Tgq+dgj4Yyxbad0a4oP2amY+6QexXJHH7FQ+zMW1O"
    "PYwRFxh7eOjVPU+zBdz3tRdUeg5KWT0gOB6lnpx/Ful8I/hxYe6U9AM6PFgsBDnVp4jJnT"
    "4XahCl8S/rXdbwc2SvEITdC+o1Ge7l1vAPrWN7HgGHrAX9LazQYSrTBBdx0wvV8fdp/9wf"
    "kyGN796A+PvxDi5SkYELKpRyEpYBNKsAm5zWnZeJ3DVPXFwDbKWQnE3bN5ODMRSWBT1Eep"
    "SbIpgPmY/tg1U5fN1ISwcgJC+9Syg2yDfWSFIcEPBv2jWKpCvRahMKpCcYbW9VIlBOtdN3"
    "R7IjC3YiM6u4yumTtW8SLBWXM6HRNZS2PN4rYs1rtSzWdsr3WVpfCxD/hFFsimn9kLw1xd"
    "ulUd3cixu7ZuoNv7Ap1gpDsQafOzM0FSZ4U3BjuyXnakv04yftuwTOuct8Xnn9W/S31j03"
    "foEaxIBh1CIq3wg8R270WW7FQ6Kn3/XiQyVBlkaf6m3UC3zOdUQbUhN8lf4Rn0UmjH5Fp3"
    "eJSC9iueLg3jWR7uhGDr8C7lJJmqFlYcU5eBOizTOpRL2dWW9kQU+bICMbHWYV1Cx2JqFw"
    "m9KTtA3oq0DuDi9TvNoja0rb0I9OfdFd/CchUGXnyzpbFxl7VjLZV8oa64KMAuA7uuKzPH"
    "tETdFtNDujGxXAdKg0IsZYR1GYS5oiARQQh1QagLQl01C3UBWa9lq14AWS9U1plCQFVX28"
    "bmga3abuhMAz5RA7dCWiwu+pL0HP6KG/U5DK57b7Ihm6u1iDFl2LLprzoULTrRmM3TVqSs"
    "pbZeYWIrDLJD0Rp7kzHU2grYSl2v/TSPA5B6dm7didqK09rQtZl28I6yjdnzPZtq0yagyi"
    "Sth96HAh5F9G25n0MRf0/v51F0ETtK3Bx5N22Rp+IbCxuTc8QX9BKxmstU8+B8B2ONCXJv"
    "4bIYPN5GB1nPztnfkX9EXfKr/r9OYitQ1X0nhN0G2nTWn1Lb5GrKdG66XxvrmH925FiOWw"
    "Hovi5wT/r6fxqu+7lCSirCEPdIxj3+sgWcltTN642GnSsooExfrqu1LVNIIizSmhSS4hoi"
    "m6YoRrGjFbIv0LrH/vs3bzI893RU6oPPr8XeXNTWd1Jqy/SIs0rwwqOvsUC6QrSZGiuJ+M"
    "nwvnd3yRXgCRn17gfd3/p3P156HVXoErBPx8PBz70b9qFl6C9uUPH4qoX7FZWABZ7xVImL"
    "wcmS7GTodtPJVcU3IgrRuPo46JNxGf9xzrXOEVFY5zqvM0Rd04/OZsbfIOr6Na56WtQ1xl"
    "pnio2czyUqBA1Dd+lE040ctklB8A4k4Y3EHoUA73KJi6RbhPIxKvIlTpTkikiXHk8m7jbs"
    "UMmaLh09T/cXd4/s3wKAlgy+12zXZ0VZ9NTvxzp0HheAdGENCmqJcPLdFcGXfg109zgYHK"
    "ukfpS/JIhwJwhO+4PcAoJVpjh3NMletRDFH1us6+6pl6HG+hQzqvJZh9eQ55Qkr2cvovro"
    "bMn7+Lrl773ZOrxKPPvk2lTnOhYFuiu58YR4xQNsNMUzCvI5egzVGtiKJYsNuAX9tTlerQ"
    "0bk9kGPWNezt/9nn5va2H9+0h6e2Rh2HaESvi1UR86OyLs9ahrcGxNrmRfePLpyIF2RLiF"
    "sBcfHd4VI0oxVY4QF2rDvpZHWiDausBn8b3m8AvTqGUL4oelWhNPq7jYo2ZjEezplcQDgY"
    "MqidfTNBHBWEohcduwVV1ZiGpO7NrwETFwNeXd88BhKbf+BDVztRdsCrn3qXs7KtSa47w4"
    "X7XhmDMRoju0vq1I6zZu8ToIxKvToW9m5BLi1V/jqkO8+ngvqXQ/UCqqO7w/TVZpy2pxDX"
    "HR0uOihh+3ORDgrAnuNdvAWWENP7j1CtAFKfOi4Fw4nz5DYC6ax78/KHcfqoKNIvmcbkjK"
    "wnSR6bZBr/T/VWLHY2BBCIwliLrhsnPUo4bRBvGMPMSdXomQXDW3nZCps1pbiP5mzaSqD5"
    "3170h1015nxmrt2LwVNkZ/OfQemr1h6a5uUixVgfg9TDyjG8fyvxS718yg98Hzcz7SnZV+"
    "DX0zIU+m8Wp1WP9rlSBDZ7E99170n4R+IxMx0VdTs+nk9BPWZZv+gPTQXuj09PLRIJxXIx"
    "fNjnZXFSd01u1dV7SiFnqC5bZ1TLA1fpqKXZDbo04O/qgcoH8Q+nJZtlEhMFUELsrm5S6u"
    "MZl7NXCk0hc/XyLjeULue3c3PHHRm4elLT6M/FxG23RTGW963ZtLxAqZxPW244S3ISm64I"
    "3P2w5KR5WiUq3z0JcSWiL4i614mzGHz1YgDkmE9fHTJt3zmFBInZzNKCOisM51XmdPucpT"
    "hjkkCGtc5zWGUFv6mxNCbRBqg7hQ/eJCx4lgjDD98jNN13hx0pFDTgSRjOSgTpaIhhkRy9"
    "qalGC0Vi2LZdAwz310EvSnMb1Er6zuJXfnr9aqieed0CcmFbCjHzn6HBHDFnQjLfde0IC0"
    "Xg1I6XFk5tMKopKgFdRFK8hCu1poRMup8cdEQeevj/KXXGf6S5+eRGyKdLdYSKRCn9gUu9"
    "upielK1rNjKbMlnj1jyRBpRAz8usmAhjFjisAXOVyjUgCrkCWYZ8cmBQHcFHBlN21cDIAV"
    "Zg3JxMy2AgBmkn9iq5oulXgYEjko9TCffvCPhUNm3ACdOppua8Q6Z/f7Z1k6QxUZiQl30n"
    "G8HZG6QQJHR7yu0H4fh6Cn0H4fx8MSU0tAJZbK11nVkeHYU+ML80P4E3KnRLTaiHWJGAHR"
    "xnRnbFwKJf/4GzT+1L+/790on4bDz2OkccJlwttRyV0nxJ/qGyt8t45HuUS2EWWDns5U09"
    "Swif4XGz57pl+Wrtpqis0zdj+27pjMzz28rfPgm55PSCzGypw19FuqyMS6ukEr+j9bfcau"
    "a8d4Rad0NQyk0R+pY9XCdLSmY59UqrHCMmiha09L+ywbrdNfemIkuJ2/hzgm8Ujwv4H4WU"
    "viJ5QYyWBSllBiJPQYSQAeE2sh1CXknbpHrQzMIZEWQly8g8R/h0nu5phYC6GutjZRuzig"
    "Se7nzfCud4nmBsHA+Wy9BQtMxK8rkgEc36o4vsAFbP/TBMVW0p+w9kb9gQHatlUHBigUW2"
    "k4pECqlVA+oNgKFFuJBu+enVt1vXZ/YzJ0t73ayRS4e3aUlSuQlZnsmGj8+ZEHf92OAuo2"
    "jOUQVjIkHNn6xuKjtbmAd3zITBmqjZxQHCOfxVtjH1SK5GsJR5XGQ25qj/MG+4o1S2Fx6B"
    "csCLAaho5VkrKlw3IxpKdUsCyo/e1erW1/NRwOIpr+VT8WRb17vL3qjU6/49DTQZodCa6C"
    "1d1e+yuL1Q32V0nsYKhJdTCeYHwd0/hiWunh8I7dWVqK6fahrVOG6JjlGAw5U/BEZHeFLn"
    "eyGF7GdmymZFDG3GNN2NzikGyWJ8xYiqcUrg7SjRlP1jyjFpNqo5Xxgt3qkuqLqvENEVSI"
    "7IR4jEmTrKw7TQif7tzFlzGWzilG+kbx5ndpk+7dGPcxxJk8Rw88KZWRGW3HJBb7hoymaB"
    "suZ/HVMJ/LyDQFziG7BsUmm/Fij4TOvYdUDtSYFCALBp0U1O0y6OqSq8Fem/eGrs02qXqH"
    "dzmT3uHmSq6ZhJY1UeMT1QhWzmzJtADDMUOveldHUJFfCJslG1hY189ZJWz+U9xq2J6e/A"
    "2rZM23HatizRSNV81e0r96enFEF6nkrhPCClqbGv3FrHLFwjBdvWb8+fE80HXoU8yuuxNj"
    "XqPbdYcFI9ACY6/GtvelsjupwQl9zGIYS9XEynQto3uERKp7R373hv5frUEOgaousL1Rps"
    "5iIQo1piMblwMSbKpmx4+kJLbp2ZxJSegnmb+fJBCr2qYHArHq63Hs1+zwAr9+xa+JRvv1"
    "a7Z5m+3WH1ArzmWyCYzr7cXOLtOatdF1E54z2tNd4hYP4Hn5vJ4AtUWxZdHLLHnfQFPDeV"
    "ra6HTqbOgoapxyf/pZx2NFvS41ahabrMOUZaNnvOmghWmsvM9HeK5ZaKar2irJuar21kL7"
    "17sdu85vwv7iTajQCQVFBFgH9O1wKBxQTyd+sJhZWVyBQAu5Wx/eZOBufXiTyt1il6I6Uv"
    "gRkQA5JpYL6pq9cWKZuxcfsqTuXnxIz91l12JufnaESZISwzLF7OjjHioRlN9l2c/v0vfz"
    "u8R+lusFdUgTqNqdFF91TKrSPdxMV0QWjiHTieRs5pAEPEY1ye5qO6aeri/p3IkIAa77PT"
    "whk+pAFwQzecfb2RoGc2ZfRGSH7Xfv+AZoceD2vRlbCnDoXVO/jMSmgpqaklgDH5p/ZqR4"
    "0UJHyh4/mvdoZvOkpUMMTUfqxbOwNVsXZJ3tKAXnC7TQOfT1FYFLbOUTa7bEc0fH/spnrg"
    "I3vv7Uu3kc9G4uUTDHhAz6P/cuETtBJqR3d8OuYnr3mtSC441zrLwdd6z2cgUaYpALuAFJ"
    "i5zutzxLHBJrnwOmTetbo75ZNXPIt2mV+Vsj32MMK9yIFW6Wuxyoe8X4y9emNsMKNT5N40"
    "XV82rKyVnqW2H0hF276/W4MjwhyerJ3fv70fBndtX9QUyPHvV+6l0/sM9M/Cdv61kPDdoF"
    "fo5nWr7jWSQPx3Sdj2l3xdxdSP+jWiL/9o4SQWLx+j6uOX0JpRQE9l90041c5CYhB+xcSM"
    "6tDtnoIS+7eVOkYQuLwrq6Lhsrj8jA9s0S1GWAFRAXe7RaHRaLbKxIXGxElZBR//rhRHj+"
    "FhHQDU3VUnRj750M+G6VgOr2bs3O26zgJvSllEqzu15yAPIekFPe69JFfeMdf5PAX3lyHz"
    "+PsB4cDOlckLYRFhKcmQIwaidf5r8V8TE4bLs5GT6y2XgZSrCs2cqWsYrNxmKbZHSO/rAM"
    "ff4HMoi+QU+8kpe9NFnSEa+e8eTQn4/n6PGeOSGYaNBqld7GstFatZdxl1R5d5qQUzYJ+l"
    "/oL3uD/vF/2H8oFLaiWvQ06fj3Qpat6Toy1picuaVHGBFiqlr4WzbOvRdSn+gOoBOziiNM"
    "aaFfPlOWFFQJOTZ7ZaGr1lJxXyQLLNAcd2WZCYTbZP5UknUWXgrDMPMsQkisNWVFKsY+cv"
    "hJHDMJuTbt/+KcKoYu5U/xhrdmMxfnBsSmwnNLFV1baYJQUboLMCkJ8CbSzXTDwqJM610d"
    "BLZCFbYPCD5pbP8AdnKamFW9FSG+88ANi8EmhsSkinCFSr4H4wmJXkdL9IL6/LkL+WyDAe"
    "BCralj8F7dsMr7I0eYpxW62tnlDly74xTTyZilddJFU9V2C/laznqta9hE3iwWOp047/D8"
    "w8R5P32L6Z8XP/yN/f3iu7NLtDaNNdMbWZ0ig2C00Ah78pBjYbNDp9Dm6HWJCVKJwTxnPo"
    "/NEtQ9OspXgCy0evnx6IorjN2XhJaxB1NswpDMLsZgcw8hEZbMJx5T7WzDVnV5z1tErE06"
    "XsXOt+al+HlE4xO5ZThJEpXvu/2bS37WTsh19+66N+DpfzP2S3U/hVC6bFSmqlE7ikbFSZ"
    "M+iToHOzkmCsTkOhOTIX8k/RFrb/5I8IjK0kqTgsAoTa9hBozz8p1IQNArlaAXeuAB3311"
    "thOH4wG0PI28GNpM1BVDxqs09twDfXe29mBfrmvJMWdL1UqvpR0d0NnpYPKGytTUTkcHfD"
    "A188EwHUtsxqY4YHyB1hXVfZvFBn2bboO+TdigzXMSzE11Ycu6CG5G3Y8Pl4jLTsj48eq2"
    "/8CTli1numItZ+dZs5updO+OTmVhQme6Ht597I9uuXPBIAvNXLER993RQ787GPymjHrXvT"
    "6fc62atqbqOouzz7Dmze5f3X52PRiO+XSc/1Cc++IiSz3mi/R6zBeJeswE2/LOvZBQazgG"
    "Ffv1XtQcuIeEAPd8uDfLnd0u7L0T2VRMQ64qYEKwffn8hR/sfrUSS2G9IDRTxCQbr+i7bI"
    "8LKz5Dhb0vy938by9+eB9sd/aPXRt8fEs1geSOJoYoqpi+kf3x7du/ZdSjyF0FBOp/5MIb"
    "f1lz7Vg6WJ4QPDBiXk/XSsaAOQSK0vdwewNFgQmap1BkTBYCwXUOBC8007KVA8L+wglgze"
    "u85vkr0EHtueasMvMG5jm+t2KwvnVe38C5m0c3i8nCStd6pbnfPc8yhwVhjeu8xs56ntPO"
    "ikqCnVXjZU/UFwLGWIl0vLw1NKF6ZgZwY2afLMZp4gA11NqtMNHbo8lJZntHpQDZDCnfHm"
    "RJlOXzkkNTNQzkzMnJ0Q0G5WALxhfKwdaMbQ6FYDPDm7UE7E5dDVDeg3KaenoAsV/XyKGs"
    "/gj9fEDna9EZHaNKzDCd+kC4Ru4sbQXpWJkijQGrslQR/ijuSxfxn9esKSNKcGAUmzfy+8"
    "maJyJAQd5jJ5H8ZQtexLvK4YG1mWLH099l561snJRtE8RV89HVLwoDSZmuJbZ2TKpCTu7b"
    "N02p9ehWw3QzcuROjYhYa8j+BQO7bRMpBexWDIBNVDA2JFuXGeBQhZqkR3JQrwXZvNI+kU"
    "R6eMMwzuodCZ5UqEVam1qknstEKcDN5PlN2uZgqsAdQL/XGNu2+/XS3AGhQZ0M7gA6jvWd"
    "YOMzViq9XtKf/e0r69mznQOtDV2bbTq8/qdpvKI1NtEz3qBTC2PEUMBkfr4df+6OP0tWIS"
    "1++gOqW9BbJDd7eiqVN7x1RRjev8uQP/X+XWr6FLu021nxouqOIIvqp/HwLi272xOIM9K0"
    "mY3+g3TNaqIasgNmBgWbOaCd+fCe3nZ/jSN/PRhecXBCfDI2wVXcswG0wK+EFphQTtPf+m"
    "W+yfygieD9FYqnZHBih2M42drs0bm0F2xugsojQbM51X/T+L3tThngdIBtIMs2Zs9IJfwf"
    "rGudjudPdAgvaP1qskw0IniLVXHDHd73ma7x8uN4AU74ozrhfb1ZrpxTVKp16kTxNZ1C+1"
    "0C5qhULphrRkAoR20LtaSg+Hiv85gBuKuxVUiqws5W/v5ubGMrqDYF1aa+JtyhPky59WFc"
    "JVQR0XjTq5XExL7q7h5QrCR9AzfTWs5SrAQCjUUGGoPzRDalKykIyVwQdyw/7ijO2Ajtxg"
    "IQbjfbPfnkHpfnDgHIvG7bNCZyDNHs7tuyWMjg8zwu8VhRZzO8lqe8hcVaY0YDl7DuwELt"
    "1B09AD9k8EXQUTu6AH6I+yKAUF8Tlxtv+Ctnh4VFwAIT8pKZUiPtMwgJtWlDF+s4oBqjvN"
    "MgEAJcgfldtQfG3LJaDnQStC/fuCNyFARP6372t3dqFu3iapljII5y9F2TwdcFJPsCSPYJ"
    "rasASK/8eZqlcWXFNKxpSqculOkNC2pECVxh4fpR6X4wvwQTuL7a5fqa0aWW8R/444HiF3"
    "MaJCl+/L8S0Prjq/PIVAZuKT4ZekebHkKKLM5xudZ5wIpnUfqQrSlQubAOBFsHdvHnBl6p"
    "mi4DciDQOnBLOTfU+dzEVko/XTHCIZHWYVwKd2+tblaMqW5jc2Upc3UjgDvdtygUrs5387"
    "YpUSDNUujhqr3I0tsjckBwz05wBz5l+t5uF59SIvswlGzCnHFF1rRs4D5IZftEXg+mMXdm"
    "h9az9D0X9+5sbQKrCmeQX+Fyh08oVARzv2tICRfg3J/h2kW+4DcW8kTR6cR5t/jbdOJ8j/"
    "/2jv75/bv39M+38+8mzg9/e//hLEhIZWUV7ocdtGIuNxyknt4P6WQ81m65Gan0s78cldia"
    "rdGPwpW/Itmvx/wyE8IuEsNGG2z7N5+jU1GRCHXDULd2pNOGK8t7c7GsTEiqPaaXLbQQEl"
    "ZHVKqFbqHibWcfMtkWx3G5rzpraO7IAxiWKR+8Ks8GOexS2N7pZWECASgLc0BZmOZkHreO"
    "kdec5OPWQW8btqrLgx8RA/hzw4+/rDlFXX4F4pKwCLkXwbJV20lx5veIs0owU6LUwEC6LP"
    "W6AFXl5Lb7cP2pd3PpG5gT8qk3oP9c0p82IffdPv37WtXo36+7d9e9wYCNnbEfrOtJYzdb"
    "4CVT3GVH2CWumS8NOo+bdiClH8XlqleTTv6xcMiMrQWaOppuU5P/nN3vn2XFZ6pWnkysYz"
    "fFTT6bJC4J4bEs4TGII6Sj3644AjQ3riqLxQsam45kX9ikIMALzQvKTg3i7808NUXigrBZ"
    "oY0xtDGug7OzhDbGUA2ntGo4wTlaAMJtr4YTf+dkaLEb0qqK2MLubCMnSxfuhsKc1EOhD3"
    "eR+Gbtw33cDC2fy7SDlBOiO2Ug5YSpVllIOePPj0gN2DDIwrpuIceiXxjbiJWycBkt6BR/"
    "menOnLU6+bn7cNZB9JCYI+Z04FyXlUa0lbPyqsV7rJdNsux8FTfcy5OB1q/HJsjkLK0CVV"
    "WKCaKwR4lXPJel6icFq1uFH2q910PHt0a8DtZyDY4TchX2gW0ItJpF3294gU1TVF9sXw5E"
    "RLTCNIjgk8bmQUAJFnBY1RdZcFhV4LCC7qbVdzct0wDtYqpLL08Edqd3pbPL3FS3Y6A2SJ"
    "POys4Oo+wFm5YmRwgJibQwX6EULgh7qCQQ9oa3EN3v3rzJQjp78yaddcauJStXYCKg2aQz"
    "zkIiwMmXpJVJpM0W/zL77/8HPiOT0A=="
)
