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
CREATE TABLE IF NOT EXISTS "ops_alerts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "condition_key" VARCHAR(96) NOT NULL,
    "day" DATE NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "location_id" INT,
    "recipients" JSON NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_ops_alerts_kind_6a4264" UNIQUE ("kind", "condition_key", "day")
) /* One alert: a condition (kind + key) raised at most once a day, sent to a role through the staff outbox. */;
CREATE INDEX IF NOT EXISTS "idx_ops_alerts_day_de3621" ON "ops_alerts" ("day", "kind");
CREATE TABLE IF NOT EXISTS "backup_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* RUNNING: running\nOK: ok\nFAILED: failed */,
    "dialect" VARCHAR(16) NOT NULL,
    "file" VARCHAR(500) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "tables" INT NOT NULL,
    "rows_total" BIGINT NOT NULL,
    "counts" JSON NOT NULL,
    "mismatches" JSON NOT NULL,
    "error" TEXT NOT NULL,
    "duration_ms" INT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_backup_runs_started_9b607f" ON "backup_runs" ("started_at");
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
    "eJztfW132za27l/B8pfa66q+iZumGc/cs5ZsK4kb2/JIdtu51SyWkiCLNQWqfLGjc8/89w"
    "uApMQXUCIokiKRfdaZNBGxQekBCO6XZ+/9/44W1hSbzuml57jWYmCZ+Ogc/b8joi/YXwRX"
    "O+hIXy4319gHrj7mckcTPk6z6UB+QR87rq1PXHptppsOph9NsTOxjaVrWIRJdBEbjD7/E0"
    "3xzCDYQcdjffKMyfTUwRPPNtzVKZ/u5BzpaKw7GM2Mr3jKxTrInWO0xPbCcBw6oYOsGf9o"
    "oru6aT15GBkuesZ4yb/N1JrQr2OQpzpvPCLHOnK8sYPdcBCfjE3zndNBqZvqnju3bOO/dQ"
    "bRSQfpZEq/wJROjJyJtcTnfA6Ks42p+Ktu47nlOfT704Ej4uj0K6PJXCeELg77Fgt9hegS"
    "IIugY+KZJv05phl8lcXJKQPGI8ZfHtZc6wnTD20Kz+//ph8bZIq/0oUM/rl81mYGNqexDW"
    "JM2QT8c81dLfln18T9yAcyzMfaxDK9BdkMXq7oDyTr0QZx2adPmGBbdzGb3rU9tlXYtw12"
    "Vrh7/G+6GeJ/xYgMXUzdM9mGY9L+F9h8dqRpd/0Hbdh70LSj1GYMJSLbJPhoQpeYbmT6VR"
    "3+65/YV/j+7O27n959+OH9uw90CP+a609++o9/6w0wviCH5+7h6D/8Ol1TfwTHeAPqhD5Z"
    "aVgv57otxjUcn0CWfuUksiGOzYV2oX/VTEye3Dn95w9nW3D8pTu4/NwdHP9wdsJuaNGDxj"
    "+F7oIrZ/wSg3oDLf+vBLTh+HKgDT/YYLs5FmsH9/27HOC+f5cJLrsUB5cdbPzwFyPcI96C"
    "o3xNv5VOJjiFdmyCJkN+NPzcv7/vDc6RM7eW9EUwIpc3vcGXc0Rhsp9HZPjQH/S02+5d9x"
    "MfxY5rbaET/YmNvX9kGA7ZlaVn09PaYZ9+vL7r3l326Dc0CINnRD7/U+te3V7fnaP5X5o+"
    "XRhkRG6uf+nRr3Vzw6RN4wVrDjbpTZNvuDxb4OxNji1w9iZzC7BL8S0QeSemN8HPw/6d+D"
    "FLiCWWfmrQ99f/0B/rpF4VZW2Bo3/MPDJhq4vGnmG6BnFO2f3+66iiZ3EL8AwmNvPCcf4y"
    "o4Af33Z/S67F5U3/gkNmOe6TzWfhE1wkFsbfgcZUalliQnstSvAOacpJWDf6azVNdgVSgr"
    "AKxVchVItlFiAqA9gXx95wNGqF0NdVGvwLi77xdZJhM0TlEgswpoJVvRBCpbde6C/6/ZsY"
    "9BfXDwnAH28veoPjt3wd6CDD9W2uwKiIbHYbM0g03U0jfkWvuMYCZ2z5mGRy0weip+Ffmq"
    "OU5deD6Q+c9om5CtZ5y4I8XN/2hg/d2/vYqlx1H3rsyhn/dJX49Ph94iFZT4J+vX74jNg/"
    "0f/t3/WSz8163MP/PWLfSfdcSyPWK1X9InZY+GmIWmzVveW04KrHJWHVm7LqIUaRZeffnr"
    "lkZs8R/wH7gHmTqMow1WJXItuDGhqC199FIPbxywCb3PEk2AOBL/DRwXkMsWa+7jafRmG0"
    "zqwsHNOXFmeL5CfcrJsG92Z3CqC6sSZ68EVTLtX1tc42h6oZjMrnTc1GAzx84OFrCrTg4W"
    "uvh++Z/q6izr1QtslAH/3aHfQ+9x+HvfNNaCXw5gVevCJ+trfvcyzE26QCsVkIdim+EFQ3"
    "oOqD4FWevdEjIvUtwVFV/rOEI/PHH/N4Mn/8MduVya7FMTaFSjSeGAvdFENsipVnX+Q0EG"
    "2t8iSC9qp3eX3bvTn+W+d9wiINQX+X8hGb9FaSuPoSgOtWXJe2YbEQsoS+FhXZrbWVdSi8"
    "ffOm0XobeK1q9VoVsmSpkjGb7W/JRs2wZqgg+5u0iTNhgjXmot7T7L9nE9202dW9HSiq20"
    "2e98RoyOZQdSfp0z89x11gsu9O4ih117OpitfCesFloXUbzKUqVvzhc/VnXAZYbB5VgaJX"
    "iDPDtqNZnsA4kcHqIZhKfagMAkhtQ8qyp3tHBfpsDkVVg4BklcVqkoHphk419GdSaTdVGU"
    "Th8SZBACWMQ2UHT9bBLgicKBM4YWsq6+GPyigXQCnfxz81nKWprzRZmJNyTfbzNwbspe44"
    "r/QFrM11Zy6DdkpQQbgr8ervw08Hanqbqel0yaQOtLVAoeVumKZbw5P1iifWQmNvW5Hqk4"
    "1zUq4UuJV+RVPE5rqrWUtMpKGOCwLWu7CGEFDNxGXXesZEe6G2W2Al5zShUnL1BTTbEs4E"
    "Tng21O1kB+fhhEey8jUpp0RasNAj1TRNqISHKhWyFqKdhvoj1bWNJ/IFr1KGhthhGK+80C"
    "6gs9yF9GNbf117zATbjOJAfz323xADuv8H15cU9jy8gBhjGrgB2/zaE4rVs2ZT7dsWJSXK"
    "wHXJphrwmVRFy5kbs72DuWwOVQE6IEGgJQdfE/gBbYQKApQQoNwPLakAZZQ9Z80MkR4XQt"
    "on+MGif+R5TvXZ7H4zn4LbcDHTS0Pq1p9LEZQKhLy35Q4mldPtIXCtwiTC3/kd2LzhTY7+"
    "DfHxA8bHw2WQM/QTUvU5zhqPdJx5IIdqRAIQ3e04CU+SPT0mOfPTmwZuXmdJZFPFvCSX3e"
    "Fl96p3FFcMIy+JPWFV0BmShDZxCorhzfZBVUmCi/pXRPVZ4+6XbH2AZ81oKcdPcwhyF8bT"
    "t6ID/O3s7Icffjp788P7Dz++++mnHz+8WR+o6UvbTtaL60/scO1Ewwu7NQXlU7kZN4WxUv"
    "qPD+cooMvLhpPzRJOzg8mpWDJ/8IrF32KS9cTf6nwmWhJuC0HaGm+DvHHIG28TrlPDP+a1"
    "hYRxExeCuHDaYHw13LlBNFsnT7LcoaRoMfpQw/Cthz3kWJ49kaJ5biRqLIvCVPSq9nHFpW"
    "c88oJtg04nUt+37eq4YI2UuPUnrd3V9KYzw14UUx0TsiUoj+05WVqnPE7x1Fti7RkLyrhs"
    "yb2JSUGSU+IQS7N6Nw/FeCVJiktLgvaTPrEOF4hQHFiIQ0AcogHO8hbEIRp2EJQRhqDfAd"
    "093twcZb7M6tu5LYVX8P7OgPgwoR6fIyoI8qzJo7vCOxum6u7+e32CkTOZU/XRxFPEJVlv"
    "OIt9zCZDC7wYYxvpLv8s3JvomFkKDtJtjHRWKBWF1oPjt5SL9dqr6iZbCSlsLDerXN12HW"
    "b7ADPlkMyUcD3SpmuGSROM32auKhXnYOZnqmlTuHeFwGXb/DFBBbO1VLL4MZkWWeKIGCxw"
    "oxc4zJ2U9jQk5cAcbpKfoWmPDDgamogoOBrUdzS0FdptnoZN1q34VQZ+hl1+huTbu1lehm"
    "g6ksjZkEhX2uVzCDKlGsYmBaN9T6MdL5amtcKY6rYy4ciEmHLtZsrvWjU3bKzJukhiQnv6"
    "SZp5yub0k0ysRdA+XGM/URsvpQK6ImGwtdIWAbFE+3NLazVLuDXb//xXUj6vAfZW699lKW"
    "tLRrvaZZmFKcwV22UHXYTSrLKSVdUhdl3/e4tV1fB6DlXV8YceUFWVJHcBq2s7qytbfX3R"
    "TU/wxmL96cVQrwWS2pQxcdH/IDNf/6OG+gNEMDMoYn70EN7j2+5vSeQvb/oXSQc5m+Ai+S"
    "aDJuSZT0A7ywwK4hyyTcgr92bcWa4xM7KrZqQH5XhZkMj4nJSKhzlGUTGWezi2vqJj9lsx"
    "mZ4usOPoT3SXnMZmPzlHOvoVX1oL5I/AyLV8gkQHvdqG62KCDILo2waNPccgQTPXGNWizp"
    "uPCO+xw6rc0hvpZIooiMYLtvEUjVf+UHrXJ9vy6LU/rXEWaSPx3vydYe96/McR/NWlp4GL"
    "F0t3zeGAbOIWZRNn6DQtyCBujHMIcgJEiU1nH/JkNp19yE5tYteENrigiFq2zhiVAbVxD7"
    "Vxqa9MSxccI9nYR0QA+j2g37xw06fL7nIQG+kaPX1Lqs0EFr9MVYj73t3V9d2ncxTIj8iw"
    "d/dwjhxM3BH52L2+6V2x+xmmn6YoeyzlOZSyj6TUgRSoPoKlyVRsoiJQAj/lw04olClctx"
    "uoAnHIp2yOUZom35m642rYti2BQzdbd4pLQfwiT/zCIC+6aUy1ddvFvC/xlGD9r/Kjf8w8"
    "4tuxY88wXYM4p+x+/1XVetT+gqevtyI88o0YHHNNPuags0v20ddOl2uezi7gaFdt1RvuaL"
    "+wdSKsQOlf6GxzqI/ZECAIto9U0dni95VtEgx9mDMUaj+YLfGYx7oUTL3Jvo1E7v1ZWqvG"
    "1duV/pLC82TZK9FZuL629Tic+KOMKjjTvx8tdTvoB8O/HKQ+f7uH5KEVsYorOTmWLdB+M/"
    "dsOBw8o0nPqH9kyDFQYzJAmd6Z8rc5lvfMnYq+Y9qFcF6GaWxr7dEQcjI3zCmdaj/tSD28"
    "489+zSpk015SB9Eh721jgm+YV1ugRG4ubtUil2yYxlzVOdlpXcRFuDcd0XlNqoAyqpeOJn"
    "OdEEzB0dcVeDrIstHYcud/52yuhUVlnCWeMN4Y8rub+xO9Mod5Mlxa9b3AFwBqbmNOkMoL"
    "lvpPjAy+EZFCEDfsRZYIYb7JE8F8kx3ATJXB94OQM9sSlMHf7kyPS0KgrDm+83TIxF8rV5"
    "DOnGeNXVE+M6xwo1bYcDRfXRAos9vK08fkaqxOH6oArS1OD6We63EeQBXdkmrb5GjmFzlO"
    "XLzY2y4ObLlrOlcLddvDWscctG0WcohqHitZWy9n6RGX9T34efnsQdDloNaovx4zoeNvS1"
    "pYTEylKna1JIgl4fcfOamIQlJOpTUoLVZDjxc5WDcCgGeOME3sLN9T14p5cluGc+5gTfKp"
    "3V2qkb0h9wd36M+iKKybp7ZJzajDMI9QJ1tHgLZpY5tgE1ABW3VmblO4JnSlpdzTwXjlqI"
    "DlJ4BDZKXatO/oN0vB/IC/ZvXAjYspkCa2zQ/c++0h5jBMpSWt3cA3/btP4fBkrlIivfUJ"
    "awuDaAuLuHOpJNeUIDgQ02YCR4k+PcXgjQkCvGl4Z5a98Exdo0qqqMVzJropOQBXYOLOsT"
    "mjJsWMlbhdyWxegSQAnAYY4mR1N3GGHE3FsvXy5GjytDc5Z11UBE4uwYMUkHEl2ynFpcAP"
    "utsPOg6zOvf00q2zQ9u1b/O66aLPa54mKhEueX1pAE3bunnBTTy2e2QCOM+iElcygXy1vM"
    "2Vhu8ZVKIirD6CW8quBosEjuFWvUQ64BgGx/BhHcPv8zDC6ahsx/D7FCecJaDI4BuOV8AV"
    "XHVCw1i3ZQ+GiEgpCQ1KHw30Vwr8DNnghuNr3Loj7x2eva9nA5dclxPYZQdll7l0aeU7fS"
    "Wk6sP/7Q9vWlMFwCArg2gGPQ0M3cwoCZyxudOiVR0mqYO6ta9B03rVHNeaPGvu3MbO3DLl"
    "kiiE0jXu7Lbs67HuTuYaMymfsahTxLaIR0oWoh75ox4QZoIwU2OUFXXDTAGpUpZsHxVSSR"
    "+tjhm+JrjuTQtXrVhKJ0UKj+6uPRz3nFfOTSdIxBN78lOazr5IXbBJVEWIa8z7hoLYHKoC"
    "pE//9Bx3gcm+FaE4St31bKritbBecFlo3QZzqYqVZU9Zv6z9s6r7bCLVDnKpkGy80W1GbY"
    "AQ0rB79W5gr8kL3X+WvfolOqsa1I3/SIaxN2fXJdXXB5j+OHG9NvHAzvYOo8xxszlr6bel"
    "eo7ti+Yu58ZnQQZhxpuD0evcon8yZz5i0yHDYS1AHWOKg4acZIp0vyMn+/fwy+N3DmLtbt"
    "DSsydzNgWTO0d0AnasOYjwmjeJwm413HVE/JswWWYssc/cOf0G9D6uYaLP/0THjrXAFsHI"
    "YoF+OrVO6AwOWujP2D5hJedsPhmddd0AlU96yqGmatLk+QRqyTWQMxA8BRoRFGrK9kDHpY"
    "A/sDNI2PS+f2k/f2lt/7r394P+L6zZX3BMTEdk0Pu5d/nAPrPxn3ji4kItAN++z0VE2MJD"
    "SC7TX+6KGc+uLnHSxGTAtSNwlLJXl0hjyrf5N9JNJtMcXXVvu59652iqL6iGMyK93+6vB/"
    "86R/jr0rBXI3LTHw7PkWmxdt4f+493rPkle0+PyGV/MKBPw3X/7py+nG0b8/5oIzLs3t7f"
    "0BkdfbE06YzDz/3Bw8fuzQ39aG7ZLv3a5oj0Hz73Buf+i7kZDxHVHuS4UsF45bg8lXT/82"
    "Nkcq/rqIxyKL/Lwzh5l005eZfinPiPrMbiL+LIjhjlhNi2sE5r7TwRxiwqI+BE+VaWNHMn"
    "JarSK7Vm9o6NZ9jG9KVacC3E8gplStW8HlM8oZZ6kYhxXBLq4ja5Lq5v0mjbtN6sxy0hqN"
    "y7uhKNKOLYk1OLUoLK4V2+IwNIL9nQq0t6CV8/Y8lU4JScQrpDae6Rw5X1btwTVLrjibup"
    "C2xcgSRsXSiP+k0Uom8ayHlpcNsq0YsLBEBp1MKlUcWARo/NEpB9dHAL+yflRVbwjolBTL"
    "8Hunu8uTnKUMUA4B0Ap7TPDHizqbFVFm7wmZ8ChsuaEprNaIlQT/N1IuQEYfpvZFousmaI"
    "cTmGXx5P2R8O43O4SLcxI34gPvf3QRIOmusvmI/mH6NXw53TUUFUS9yJsMJ7CRtCBKf4Os"
    "gB7SAOSShpT3yqNjpJ+RGqzUMmHaUSiH7LkaqWxPrqPCHkAASHYPYpoK5DEAz/Sg1/MExL"
    "MExzlaqDDCXIUIIMpYbm3Uha1APsYPtFD75ryq6OXu5ss67tzcCGlUjcRtZRzECthZqzLS"
    "9i5oOYWoNt/I2NTI1UAp7o11Y+AcNMtNO3oyzc6+2na5Rf9egvV+Am3pbKABp6RqiTpXmw"
    "W3gLUVmjrdkhUbH6sG1Lwaimp0YJToNNvSSZDJHu5cP1L71z5EuzvI+74eMtS4IKNwhLjL"
    "rpdYd+YpTJMj4bkhjF/V3YKeDliUvWwlxtiLOsST6dXMRVcOVlP1/quvI2dSLkPHopOSBI"
    "iV5urPSAnKc0IgKaWA5faeh+29dbqpgbr5P0l0b2VQ4qz+bxLgFbmRIyDTsR8sKbOg6lvd"
    "JVusb8zS3qExLu+h3lU3JyTfoEzXkNEvo/342Gp2hm2SEJpINClh4fwgP/p0h/0Q2+/Oj/"
    "0IEan+H7tXwHEfyCbfQP9CZNOKnjhttYJ1GKJp8c6CcHpZ8Eqymjx2wkwDhPM+j9R0ICz6"
    "gIAJoE1FtOC9pYcUmwsZpiYwlMa3GpUMnelBERMAMgbQqyelqFJ5B76ss6gTQpGWjl06TG"
    "YULCnuCqVus6iWz0lb0HJy1JPynOIkowXhSBHfhWElhV7lSKUPqy3Etx1l/+Or25fU4Y2d"
    "YrWmI7yBxyLW8yx9O/8xq49JITpiEFKXfImbMMpFj9D3TMnEBs0J+WZxPdRPRze3UicjlV"
    "fj+oktssr1LzS8wcqlFb+YwwqMFa3o6GGqxQgxVqsO7GVrLiGOsCUaApbUxMGdd4/TUt20"
    "LMbusbGDjZlXKygWaXDX07Q0B5aHYQAoIQUHuQhRBQuXh6DiOHyQAakQBiLVTKywVydSEg"
    "iFmWHLOEmFppMbXkOVsCqmrXxYu8WhpVES8ehMuKJkWjdLtiSbHooFwkaTLXyRNmgRwd8f"
    "vSb7sYY9sP8jjewkEWIwmHV5kc/svTTd4YMSQVR2nJ2yNJFd1vdyTp95h7JLDk/w1lCRpZ"
    "luDZEHGb8znxQ9lGu/AHvcve9f0Dy3+dYPoxc8H7Dnjmfh/0Hh4Hd+yi69lkRLpXPz8OH2"
    "57d1RgE2obkV8H1w89rf/x4zl6tQ0Xa9ZsNiIPg+7d8GNvoPUfH9jm0Ykzoyeh5bmRa9d3"
    "kUsGCwE89C+/PHS/sC/BnjxXf+bfZNgbsGze4Glbp+6uM3dH5Pr2vj+gdzIWS8t2mxEYCA"
    "4K6QhbSk4Z/3XpXHlpbNOCAK5M/DILVWXb6JTv8od4YZXxQohZQcwKYlb1xaxqtQsgZAUh"
    "KwhZHR5ZCFmVjCeULoEwYBMBhVowmfBWVAsGon+QsdiqcDVEVyG6CtFVQXSVBS+OsiKr/G"
    "JnZ1SVDWtYXfRvJfpYWYLbemEl89uScuW40g4LdcWeyhbWO7aWfs6KTCC3f9+7O0dMckSG"
    "jxe31w8PrKyx440XhuuyWsf3/SH/iHmt2L8vu3eXvZsbXhCZ/XbTbEr1Y4iOVBkdaZdvGf"
    "IhynEurw+CAuuelK2lqvghlM2mL3SIydaV9s/3AsscE4Q1bvIaU5PBtl6ivZZzKuhpQXBz"
    "pv3GE/rLnyxbEtuEFAArADbQIGS3bUoOwIVYJ2Q/NeF9WoE7OTxIS8D3MjJVu06HvPAm3j"
    "p54F0fpuBc3gVu8r2T4WLO0M0A3x34ptVRaR9+5Fg2CC6jLiHzr97QuRQ6k6uvS7gGbVu0"
    "I0Q1R8RDW69muWGP3ze3YJMHoXZoJdGAmMjKYd1c5FpoxoVAeRXZXJZH2DtMDtiEFNhbaW"
    "BfdNtgL2/Nd5xJgCuQhBSkNLxQ9e1QVd+Aig6E6cbjuVYV5UnTETHANifPN1SZy+D6hnO1"
    "DGYpvm9kj8WM2svu8LJ71QPKLxT8aQCoezXRqNKr8BAUhTgSOBTW1zrbfAlhWQkgT6rlKF"
    "iXC5HjTibEgDrJf7di1MmgAwgOl1+iEM4/H3s+QXI9x4h07+8H/V/Yh6GnmhWe+bl3GQz8"
    "E0/4uOHn6/t7zrecG8ulP+qyd/2LP2qCjRdgXH67jMt1lEOek5UQBVZWk1lZwcNfhGEZk4"
    "RVbvIqh+d5gWVOiMI6N3mdgSef/c5UlycPDcNVW3XBw55qawl86kpd9TPbWmjF6KkiUXDZ"
    "Cys2BrqF7BZOC8IWFsEbOAUK4JuSBIAF4bzABJKFNyUH4KbBpW++YsdvWhAO393x0thLq4"
    "Qg1DeQJSB6z+cI80X2J+CcB+f0A50D5egrrASY1ea0C973kDVQKsK5swbE+gXgu4tokVSp"
    "csAbsSIA350nRNLiOmzWS0ingKQXeXpKVs5LEtPdNJWqMl6Aq3JAropc0gWksWSbsBQbLT"
    "w45SCNiSmTEVAasIfg+jfsxQ1U/2bjuWkQJuW7iksBsrsdV26EWLunCh/l6LYM5Ny+lPgG"
    "A5a/8iz/hr23Wk/y7331+7AeCSyo9bXONuvJsqf0AcTB2JyNZ0fe+x/en428D9Ozn9Ax+y"
    "mYTE/5VM7peq6Tc0QXmnV7nSGL4JDbi5idhp4sxOTQsU7Q4LZLB/DGsZZtPBlENxGf7IQ3"
    "iOUtBmONaGu+/4jYeGnqE96b17+CZpZNL1rMSETDL48dNusznZz+mwJmOOu2th201I0pej"
    "XcOb+D3wuUjuTf7TvE8235fYLv9/cRYeOWtjHBaGrM6AGJ6cPH5uQzjVd+i925tWSNeIMv"
    "Hv+G9J8zjz5T0+Tvymqy+7u/EdjVwP+qPeMVVHQ4qPEb7mTJRI2EGCRq8N+9LVEDvAzlJR"
    "VDyks65YXO8MDTVhzsuqY4CSb5kjtMIsvExlPDla8aEZdT6dGouXIEwa/0xezqpvwapERh"
    "GQovQ2ia0m0tvxACYWXcpjWvQ6jHyi9CUhJWoOgKQCfzqtttbwwuKZhjYoWwbpg/JqHdnH"
    "3Io96cfcjWb9g16N6hdn4KZCV9i6ueJyspUn14gRdj2fhXljhEbNNawlwnU7NA9kFKDsAV"
    "24TSIfG4kEqmYGm4+rEPKVSjIoBpNqasqHARYDdygK7QGFtHeWST6JKC5eCrQPwlgu5Cl0"
    "R1LQBo7qLGrOOLe1IN+uE8LTsK8nINom+Y3YyYzbFZFrTXwVxqw7t5z+RgyQSqVAkIq009"
    "iqucUp10AgurBIhv1xO1y2jIC3KWVZojx2hjbJWAs9opRim7VDrDKE37iika6RXoE/xg0T"
    "9y4j/gPKKB7wRunbKRO9VrrWHlSrNdK7l7w1tYzWgHrClzIA+tcS+qog+ogKe4RnoHSbGS"
    "ZkaMKUWwyabGX11sE91kgADv7ZC8N19HkyO9RWWA8ZaIg6UZb5F9X4SoFRGvKsZbAtpH9/"
    "3hOVpazojcXt9d3w/6nwbd23O0MIixtK0nW1+MyP3n/l2PjqI/Ao/IQ7d/0e3Tu+vWWLdG"
    "5Oerc/TnlI66on9ZTunfrvqP/7q+O0dTy1sZZES+PHavh5/7j+fo2dMNZ255I/Jrj+JOv9"
    "bn/v05esUULVdjfN0Rubn+hd7MNF58TA/O94oeehJPW0JMvdjz+3c5kH7/LhNpdqldzMjU"
    "83a0xGTKEJN96Hp3V9d3n+jj4svTh6d7zZ4e3eDEx1+ue78y2uOLgV9HpHtz07/sciakbv"
    "LKKoweeX99+cWfw5g88znSFcKveuxhGrDPqMJAnyib1wjv397f9Ph8E2uxZBpNRuVw9l0e"
    "Hgd3PgnTJ+U346F0vHFBCmBSEkhPxUhPU8PhDfzkVyApCStQbAX4Y06/VoFnICEJK1CQAl"
    "vsCILzpwTs2btSHvqoFCAPhON2rsBSX3G/1AJT/KSskrSkcgTk8pVNpmF7S8FWtywT6yQD"
    "6bVQAuExlaoK4vUn9TZeuOj3b9jMa8LjxXViD9893l70KOwcdTrIcDMPF15Ix9b4BxI7Oy"
    "Wo3MYu3+BeY8ZdO4XQXksqB3dFiQwBbvp0amNH4Ox4wF+3V1GPySqA+jY2de+3h9i5EmJ7"
    "fNv9jcO+JlPf9O8+hcMja3F507+ARmQ1bvCxt6I71MYL3X6WQTkpB2jnQZuHKIvkbMQE60"
    "nZqDU21M6MjTx5OtyCLbDgGzHoCdachJz0+kKHv29hldeBlyJZlglZWOlGr3QYTCuy0glZ"
    "WOkmrzRk0KqmjwmWfVsGbdHUWUjrzEo3KtZRqox2UooDWyTZGzK8d4DqsHe1JKgxGQB1Z4"
    "4cJMGEO2gHfz0780WcGXCYHmctBVe+v9nmdV8CwGonFqU0ozytt/gxCtDuqnwefdvs0REq"
    "Vgw7ERSX6AoVrb/dMosmC3EhR3JPmHj6z1Uwl6pY4RdcDlC9F6wuSiwruwyQFEthT9g2jq"
    "PvfTZxmG79qVRFKmCDlYHUvT+Vqkj5uRhlADXgM6mLE2N47onTgE+iNkRaUJu0FKj2SHFv"
    "B2Is9WhvpPYsBtAGpFgIuIQTfRhMoxJM6WITWxL3BQ1GrFk2pmHhhFItnpaYmHGFwsZUp9"
    "AmpuUIOHbycN3z+S7D6RRBrEhZiLX5l1UeImof7uplFbNLd/ey6rPOUPoL/a2bXkl0mu9Y"
    "B6cJpuM6SHd4NyY2hN7cNPAUGW6q71Q45I+J+/V0/SX+ODk/SgBawy1HRKfy1sJiv5LOhu"
    "iVJb2XZaOlxZaw4zekYt2x6AbDpt/oasHkkUHQDJNT9KttuC6mQqz7lO6idcmQrCZS+xTN"
    "2JZZo1jdjFryabKrazwbRCqrJhxfH2m1yiWoun8OPZVkwA3HK8cILj+fg59TMtiuBVTcuV"
    "X0RvDPf/nMx7icSoV760595O9miQD7RkCZbNPSCAu+yiPJW4rKAGEBSqYfgAQChZLzhXt3"
    "F0rODvZK+UuKWLR+nC7LnF1H8Xb2ZV7HDXcbskNeIgrNDce17NU5orL2CvFedAYbw008Yv"
    "E7IDoTtwxf5xaaGty4ZJdf59TwS9mrpc4MdmOjlZFsu3FmWwttWxUz8SIkxJQzdMq3IV2r"
    "AMwxIQB5J8iQKF1l6i502ctGv53ZInmyd8E4KN/g8hxZSCMSYMGCtVWbtZXctSWAqjZfOf"
    "KgltBdomQD9rNlTgceh1dsw64HdHabsXM6VrPpYImYLIVvZjx5Njcq2QSITZAKgfrctZNz"
    "amT6UVRmcC50dzLHDqL26tJh8Ux/lB/JZMUi0jZu9bcckS5isTQ/8kosZFuvyHCQNZtVYR"
    "h/K1ZxZV0IsuOku8t1lxszrQLmo8/Xnz5rv3RvHnvnaG48zbUX3fQw3aRXV4PecKgNrodf"
    "6Bb3q3FptuE8j8jH68HwQesPrnoD+jUN23E1/gCMyMXjv3oDbdC77Q6oVLLe0eHNPUwYuC"
    "L/0bYyhxEpqHMoUefQndNNww99+fLBSVFlAls1xxKf8eqVPpwCJ9LPw/5dBtUjIpM0vY2J"
    "i/4HmUZ1/NKjf8w8wr3H9AAxTNcgzim7339V5QjZgjHDKPYwpIrzJevwdeLmNJsgWZwPam"
    "hkPyPt9IqEGG2roRGunWwNjZQcWPM7rfkNZmB97rI+k9ureTYoz+PLsj/DJL9dtuc6qbDc"
    "1nFgmh3QNGNNZmVLaEdlVCQEvn+Ty2Z6s8VoepO0mv5yBedo5u4NRoMbX+TGJ4arMbo+lj"
    "eJ0rIqQQydnb4xw9Q0CHuVFmoulJaFR6HwQtDzWgvK6sqd8lEpZZ6C0o56BlC0n6AErlEx"
    "ADZN6H5y5I+MqJQymNZ8UgCxo4J6itQekSumuBYAPIHXcRheB92DJWA69GdRFNHNc5pROT"
    "HboxatCuJg+4UXENi7NMh6JnWcmYIKKhqzDUopo3JjkDaGUKRqqJSBVlhIRTW8Kvdrh4XX"
    "slzbkcJsu7zb0XJw+XhVgQSyZmv+0ncO0mcutr93dBM7iIXg9SkaY/cVY8JrRDhzixp8Ns"
    "/kYfUqWCJQmhjFJ+FznIgJVjXde0T+YLNouvsHI1ix1CO/ygZz3iPHmGKfvIL4vQz3nM6p"
    "z2ZoZtG7hPejXyz4uh3/tsHXCAZxAYvgnNSt3zcKie7Rh8nWQopQ8E2P/g1pT41Me0osVx"
    "E2WGKKJkcfjoaf+/f3jN4V7PcRGT50P34MHpHkU50nMpGnUEF2mYJUkYKxNRUEJbb03gvG"
    "Nxn1gjGfH9/kifnQUZno8mttTt2BvnulZO6ELyHJFY+IQfem5lCQ0usLHVGgFkYrMLUXuh"
    "yiGwHYopA9CF7mZvhQOnt5maENUk5Ys9sgiRvJQFpmKWmZiRdWCYjK1u9uKbSbl3XzyMZh"
    "j4csp2ykB8Qup2y08wSwjlv1ru9s8QQu6DJYUqVzNxIKep/KT9KE+qMH5vngry62iW5qNh"
    "Y0BMje50m5Qrs9+U477FlScTHjJ4rDqy7lyI6IKFeEqvyzxPJcjd5uijViyaCclFMO6vL3"
    "crsiBvUe4+qGDMD7Cd6lhpiV+1QCPlR3t5ZY8NWToYKWgVlm96aj4C6rO9LFcDcTqhuWbp"
    "rTb8o5Pb74OXqdr9AxI/zwelWb0k7Tk86aguSP5RyhKZ4YDitZse6nQ498xxJUUa7+liPy"
    "xwLbT0x1+QM92Za3dPxbMioT/ZzOZCHGAGTthSzC6lLZE2yiY4cC7xft6SD+96DsT4ePCv"
    "uBn0CZqgZ6JbaVCt5NTaq+ZnAK66P5ZrnzV6vq3Vyd8ydnRAa9m1532KP/tulJrzuYfnbZ"
    "vbvs3dywDyfsh5pB2abDGyL+sylVhiciAlV4YupwGVV4wiNSzpG3kanvQanHIPzhLMeW/+"
    "Esc8uzS4kc6+AFpckW2U4JKmd9Q7VtMMBj44ob4OxhmRZa9bgkMPeazNwL10q2elhKDtg8"
    "wOADH1ZjHCudvRhSm6e7BGjVpvOkDsJGUU+iPcAFLrBEi/BsF1i0N7mEC8xzx9ZXVoicms"
    "1MlLuafsVUQ3fRvb5C/rSB34pl7W2sa+QRVtYcLQxifL+0rSdbXwQDj/lc/O8nHeRYQldY"
    "PbcekWjuHp2BWhaIzcvbkq3Qgj4sm07Xhp8nGNyIddbmTc7ClmYOJi4arwJ/HPcWoz+tMb"
    "jFGugWa1/8t8Vshqb7IAXm/hKTKYNMDvGj+97d1fXdp3MUyI/IFVX8z9HUInhEPnavuQty"
    "phsF/Y8lJ0vq9FhbLKVaCkdFlKmXVJrFQPBXVwsgKmB5C8RrMb/rPNlVsr5N3XE1bNuWwI"
    "TZ1ng+KgU+zDw+TLpo7CtLoLyRUA7h8l3y4CLOhl5dFzE0nFBt1QVvrVSNp0Z4NVtvXKZ8"
    "mjIOop3+zz7BDxb9o2rv50GXoSL+3l4Ot4CgJ/C1bah72W62CEdwt4PtltqEK/RkMT8S+/"
    "Kc88UIVS61HQOnVsgJS/cY5Dc6OUWXujPv+EWvpoj3aOOcsDn943sbT9j4lKVZ461HJMx2"
    "Q443mWA6Und518O/Ix0F11hZL8t7mkf9e/8bdU2De+KcwJlGRQPn2tK2Xgz23VjzePoJG2"
    "K9jsgxI7tZr6H38Bz9kTCo/kBT+iXpWAfpNs5y2J2sWXXUSn+it6HDbP5F2ElMvwarGOZ7"
    "DtffhPeGtBcOOPsa6Ozz11bS0xcTam6jxsaYEJCdd+DsvHbkn7Y2Y8xnXcqdIKGEcvBW4u"
    "Nhb3Nqx7wwXbdAJX+huDIu6poPExu/YEJ1mKVui8ID28jJCUGgKMf8AmVQlJseT0tTlQPd"
    "H0sT+9MBteHj5WWvd8XiaOtZywitlf/GgCRuSOJWJYnbh6tgWy6BMLyXi72XQ4eDFpinIn"
    "9B9sYXS8P237n9HW+8YBywIrGSpCwQ6psTHEnHxIASA5QYoMQAJab57pIg5FCMtZGQhXdS"
    "k58pYOdkP2ft5GkAO+dbXPU87JzwiZVN6EzJQUInJHTWgWnA4ZBDNS4EWxU6XUDa8QG045"
    "LTjqHYfZnF7gWHbFk7NlKsXk1w4++XHABv1KcSMFY7Yz6laTYqY96n6YanRyaPN3K87KLz"
    "arY/Niet9yGSUK47zw7n1jKu6IKTbjndluer8xx1n2PrMtbrXHcQSz+nu8tmLFNWiXHJGL"
    "pJBu5RYjlruOWIJLA4OUcUN9t62RB6eb3JMEV+TjfQdw79iEyt1w6iyOKQaes36PUX0Aa+"
    "bAP5sk3nlwj8uMG+lCeYDHr/fKQ2u18uMphjRLr394P+L+zDcJezupI/9y6DgX/iSXivg7"
    "MggJhYtaed+2vCjZAG+sKyTKyTjOBgUjYB+ZgKV4X5+pN6/esX/f5NzNt2cZ3gNdw93l70"
    "6Dbni0AHGb7ukLaCoVQklIpsiHrcUp8zlIqEKGIqslCk33OWOHgb068tlgJpFgjipOQAXA"
    "jigHu8sa4wOfd46gQtAWHVWxhnvXVyuHQ3hym4dHegnHrvNMylywJCNwbBR0J/7vpqZ7sz"
    "l43TTDoQOu+q5a/8yxU84pmoBqNBDxCmfTquNXmW9HFFpGr0boU7uLXOrQk18OSTqaJSym"
    "Qb1JxFFehtLl4UsiM2cnCINIC6pCKeW4yzw7BsmgbynjQboYG2ebzLsn2vg7kUBTd1HsYw"
    "HvSGD4Pry4fD2g1bqSCJZ2Cn9SBHBekSNLjtniM3wc9gRdP02SyMLXfQk2VNHTSxWJtNRt"
    "Y4DjQqZNno1ab4Ims2O+kEfI4nCzt8nLCJaPV3BPOnWeYPO+Ika5utJaCwWSIomi5sBmyY"
    "fGwY9tll7/oX/7MJNoJxHx/vrvzP/CqOyUMLWDNqcgkCxqC0gRuXAxO3mIkLTI7sBVGXyQ"
    "E5o6qtuoDasS1nFJgdwOxoLbjA7ABmR7M8W8DsAGZHq1Hen9kRLTDuOPoTFrhCLgLJj18G"
    "2NT5b9l+ctz6U6mDu8Dy3ROnTb8RBRFas3D2wSfK+1HkNfQfqXjIBk/8dUKf9CdBikwIad"
    "hRaDewvchcimw9ycDRcG4seX68IGa0vtbZFi5yglHANFMr1BKuq2S8JSEGQZedQZeJbtuG"
    "SI/OBjkiopyDvnyA2Yn0TL+A5E5OiCkHdAWlo1lNhWKFo2OS4JJtiks2jyMeyvhV6Cc0rQ"
    "nXYeWgTUiBtxA8sOCBbY6R1tnLAxs+3CUAexOZSlFsE0dhBmsT6qMdqD5aqX6y0GHxTXvK"
    "CjqAsnIOk5judgRB3qGC3iDIOyxL75xYTwU6fkalgCdYjCdId6XmJzeISptt28wxMWXgL2"
    "1Lj3V3MpczpaIicExA3mbN6K51FSlsE1KA7G4XgBOJIe5pSkXDkS0DOa89ldhgkMZZlatl"
    "Zxpn6vVWAr4X4TyKYht9pzcqO/ZCN9nK9Ihrr44ENm7semebjRvQ98a+gEYfVdvIaese9Q"
    "kvFk6esF+h3J/rO8evEj79/kU3PZaiyqdGx1TZP0lnvRadRGBP/360IXA+Gz7/ysazo3/v"
    "Y2hvs2EUs7VrsV6yLXK6N9kVWUMyJqaSBlOzMRk+MUUSZUPZ+igF8vAfPfTvH+/pg2Utve"
    "WI3Hf/dY6W+irMcg1zXEeke/Xz4/DhHOnTPz3HHZHb3uBTT7u+O6dnk/2ENYOEn/UfH8IP"
    "Lc9NHm15KAuQG1spI+Tt2Yc8+J59yAaYXTt8nLVZPY/Lr1w2k9uws8K7tWFxqaoJTAuqHF"
    "kZx7oY3I2EeqdB6Yft4cgsTdvHpTtgfXtEn7n04JTWCYXioBsW1g2BEVdl/AyqPXyDJNMi"
    "yf77Z/g3boGrddbXn9DbNIDzujqz03gP7eu81G08wAuGn32FTeMFi32ewnGdbb7PCZXQ7E"
    "CE/WImI+f9pDOgcAbeudHi7kzDnNK/8X+w07eDHExcpDtIR7/iS9a90fHGbLYxRkFmLuvE"
    "uKBHDG/HmOEmrfJuO/yp/C7B9gi9PVM6nmIB7tUG6WzZ7tXoCuZV3yIi8LqR8pmKAW2Dn7"
    "QxxnVwvAh14oxQwFpimy5cDtR1HiBbkGWqbDI7EC+WJv1twmd9S3ZgXEzBLVpBfmDDy4um"
    "NunREpMpQ0wO8KP73t3V9d2ncxTIj8gw/MSJfPLA/+mOyMfu9Q2rGzrTDZNVEh1+ub6/Zx"
    "84zzwvshmxEt1lm94VLGDmKzEqArzJ5Ptw4TzJHTprAXDm7z5tTN1xNWzbllRqfVxKOad+"
    "JeVv2SFWJOl7IwbtVJtTczPtfAOXa/bTpa7LFQrsqrbqgoc9Va4MHO1laXrgaK/U0b7mwx"
    "/Iz86cfUcixzq/0MnBIub+QtuPtkOqbKue7c4WzzH/bwrWbIsjHK+gC6n8Wl4UDmFNkWx4"
    "NxLKGXN52JrZXM0UU3Ns2O58qgsSvbN9yFGZb9mLDCZS9p5tp7IMrBRQlhsCcPuVZctb8p"
    "+c1pb9K1vV5Qkfk7cRJfKHozn9Zmi84jwPH5hT9IeD//qDfjn2LyeaPRfcguXUsfFhcA8d"
    "+1vgpINe58Zkjhb6M3ZYy8lkRKau+47IEtvf+/LINBaGiyge+HtHn20hpoTz8gN0/RTQL7"
    "UfGwVMhT1NhQnd7DK6bDheuarKZ2/yRCXeZAcl3qRjEn9JbNhgdH2v47eN3rFtDtl7xHNw"
    "uMK5I/aPd49DFnD3pUck+Bf/e++3++sB+yf+ujTspkTjX3TToK9w2xKUfthuccQlFbQ4Wm"
    "Jh5Iq9+XvOKWBYxiXrWeaGGOitW2VIki37xcWO7iKhS6dMVwxwEip7YhzLsydSyvNGokZH"
    "8MTUjUU93uDyVQxwamZDD05NcGrKvI+20swzcd3OMv92kd3iLo76uvZ0GPvOyYfIhC2DOq"
    "/jOLHNctTEA6e8Aqmi8e2d6Z2PPgC7vPRauJWgAHwb7SdgtRwkVSH6tSQwTogpx2+pJFlB"
    "+cJ93dv+I0st0xeWx5LLrq6Hl/4nU8OZsM+a4cD2v598taK4nDJZZTXXKAr3gjZeSrwtE1"
    "I1xsve0P9r9KszojzR52YNlPT2FknDJi+2yd25jZ25RaWllyElCmtQbA38aONUX8nkDceF"
    "oAxaFqyNCP82DOmWuGJzRTn8tXIFfavzrLEralwNK9yoFXYtVze1vzz6Hxm/cFxKmXdTac"
    "ej4TgenmprcyevNyghBsAmgV1iWwtcmpx+KgGuSBQYd6n6pixizH9oWl+1LBPrJCPkGpVL"
    "wDqmglXhGjo56z3nL/r9m9gRf3Gd0ETvHm8veoPjt/xsp4MMN0NBNRxNn7jGiyzgMTkAPD"
    "/gUB4ZyiMDZ0PVWh1Ne77auegC2yFVqmNCF+HJsmVP0bgUnKE7GSUhYmmQ5RklkanahXFe"
    "ukNie0kTHqLJUeu0v4RWFgh+/DLApp4R/UzlF7bsZZWF93+qZIQEZBwBE2RD09lV1gSIH2"
    "oRP8JiNZKpigkx5TIWy4+HE2PyLM2yicgoR/8on2ejv9BdbmuebcqAHJdSDuZKWDZLipHU"
    "Tl4LqFfatjqAtbnuCDpT70B5LVUK1A06k8s/MKwlJnIlmjcSgO4udOmvtCThjYgAvrvwNf"
    "ELlnrTrQVqfMkRy17oZj2vuvKVtqXF75Tf7NgIQGwxq41l4QaWQNXajy7HWQXOEhfhLQqE"
    "YR2KrUNLcpvbemb7DskiwZK4pHrBkvYGR9IhMd7Iw7SeDFJgoVPCsNZNXmsIemcfpu2Mf0"
    "LQ+xtc9DxB7wW2n+jK0V9qyZaoSApC6DtH7d01aGmoq8v1bxjI+VP9k1ssFv6mXwPdPd7c"
    "5At/8/pee0a/+/ZUJbyFzgJqb4ZdqIsDdeFP1qNz5eFmNO0lnwuwaLuRPQgVYXsTJSECys"
    "kuiHTT0J19Hzf/RdBlU6mKk6s/lQLSg/6kKkS+K7ycA/yez6X0+e144/Xke6I19Kca40s6"
    "FW5lFbED8uP8cyuTJLc+1nY2AIucpTkaGxCL8eHQhP4K5LcSYG0DwmYC50gnyDKn4Qh6iQ"
    "5HDv2GyJlbyyW94OuniOmnyHDRMRtg4id9skLGYmnZqcIgtdx0RPgQh0/hUDmd3Z3eg5MV"
    "Tk7RR8sjvKUCE+Wpebx3QtgEwbKevSUyjWfMBwQfM+JZVkME4BMesucBewqJwJzc0vZgI6"
    "Icj7D8FmktiR5FTpwWxpDA45wNfTudj1AatzE+Rygtmtff2NB+Xz7y9/rqktH/MzXlcEAe"
    "XXmpr3gyQe42YFR3/J6doMhx6caZfv+imx5GdJoFNXi4ehhRF5k6aRDj+6VtPdn6gimvrw"
    "46ZmhgMj0NMltOqTQTpDopO9+oOuukNeaabjwiw8/d789+fI8MBz3jpXseqMd0enoZmzN2"
    "QUdjrNtMHabfhN7e0E00s2ymwBvEcyvRkLeRhBRTkmvhBW1vHyZNAY8JKadOl0+ibVcDHq"
    "CQpDW7XBQS6Bej9vo2s8NS6/R2sIHzQQ02MNjAu54lsIHVt4FZ+DbT/g1iuztt3zCWXG5V"
    "hd8ju4zeAVpBHzQs4vp7Ia8VFwyvra1ui+MhoKaAmgJqCqgpoKaI1JR7RrK45F1KBXpK5G"
    "oeRcUvL8Er0eb20/+K6VvOZa3WbfSCbYN+72lI/ggpJ3P6UxgBJOSdoFfDnQf+deT71y0b"
    "+Xwy+gstN2CdCLzzVd5uRNiRtNBdY6Kb5god68jGkxU9/NbkmVfLo3PPdTLl7nqL/mMTCK"
    "BfYYVcC73OLfzCvofu8FGBLD3qTk7RtTsir7rhOtyRzy7POQOHTmC9kvD36RNOlGGz0b05"
    "M+xFh31nJkKfxdmMXeA/n/5KOtr/cVnRgN+D4sL+EejfDtTFg6qLByv/0rQDuGr3P31aXE"
    "9At8zXMGwjXZumfrTEZMoQkwP86L53d3V99+kcBfIjctm/+3g9uO1dnYdnCDvifukNrj9e"
    "sw/D43NEBr2Pj0P2kY1nzCOePHeBo9O0p0ZdxX+KJ8a0YHZ/VBLCOU0O54QKiWTt47gUmH"
    "iixoDBUyBbnT8lByGzNLi+7iwHbEwGtqwAVdOa8IQXOVwTUrBddxdCj1iB4PDZ7vBJvGrE"
    "Lp/00QDQ7oY2diDuBnbzYioB3EdHpYT6JLKpd3hG/QLR4VsCuDeRqdQEOPHOkS4PUaknOJ"
    "JCK3IFxzNsd/uCU9m9u73BfYLRZK6TJxzNMvzOCXytp+jecgzWcgsF0/qe2T9CpqVF/kC6"
    "jZFpucxzqrvIv4I+Xn/sn6a8wdXfbkfYPewnb+PZfv5U4Fyza3Vwrul2l+rUuR4PmrtAcw"
    "8fgCK+1VC2yW7so153cHeOsG6TERkyF+s5YiVSuc/0l95g2GM+0xdsO5h98vDIRtvY9dj4"
    "3m/31wM6wD9URqR79fPj8OEc6dM/Pccdkdve4FNPu6YSPPykGST8rP/4EH5oeXTkx/7gY+"
    "+afjaz7Bk2Unneh/HP2lh3RHpDdvxiI6FemdOzD3nwPfuQDTC7lihf30jSc/vicNE9O5Pb"
    "sLPCu7VhKm5deTaiE4H57bfn2AhPhZjPvn2Ib0GY+eAziqfrM1fkRthZO30tB4oK9KyFRJ"
    "KmQK1uoBYYmmU9S8DQrJShmadtaZWOuVS1NoF3TlTRbaeLzgmFODo46EuTh7S59pTpxHnF"
    "NmMT6mg93fcL7Dj0tyAXL5Ym3SqnAS2RcRTX1RGi5eyQbprWK7uIQtmlv9sS9M16bjwi+m"
    "TCayr8wQonGK7zh194zEH+BYezPleYE0kDrigDMJwkj/Mv/I5sywGZ8qC5N5GVSKG7JQcn"
    "LtZkP1RjrLym0ylLcfp1Ly9798xRx88K5tj7uXf5wBx7f+IJ/fdF9+4cjXUyIh+vbx56A3"
    "pbw3TT593BaJNTQ6qnWURCmZZPpRk3/iagNgp/gUigmhYEcMFyBMuxUY1fYNVr7PwC/gLw"
    "F7TAX3DgjM6un/p3JPAShJc625wDQepgBRUnwMg9ZN3toNJmXus2HK9cicDyLSb+Xwlow/"
    "FNNmIb4zHg6AjB3e0vCGWbDPRRd0ivnCPdcbA7IjfX3Yvrm+uHf50j09DHhmm4qxHp/fOR"
    "f4T/8vi/GXno7jEgDxEPc7JQ727os4UwcXAzfAmGo9G3h/EiWMELyzKxTjIO9ahcYvXGVL"
    "Cq5QtPpXqj+Rf9/k1MCb+4TvAS7x5vL3oUew49HWT4mkbaIF7qNpbNiovJQHx6p47s41WC"
    "jhxRx9oFcF4dObazpGNqZbeuUw7ueB6GQfZtovWz5dlEN2/oTM15P+6PUpXG1oU3pfbNkc"
    "DWCq50tplaM4Nw7tWYj80Zff11vqnYghb6yicUI4uwZkxh3ReDsHwGi7jzTTH54G6nwd1O"
    "0gkR5U4tjH9G04WCGbXQ1OCTQiz0oGZick3y2jRJuSar3I0xHP0NL4HyWkBBeLft2xDdnz"
    "LB/SmJrb7g+3Em1Bq2pEvF5VTyGdeSOQVRmm87SnO4WgyNW+SSY93hUyFLQU/JgYm/08Q/"
    "TFJ703ZwGVntG0NfvJdLQFjtmgypx7dRRQN6gbdZYAD3No7o3RZw4LXO3QsZWUu21qxRcC"
    "Dqp/D7pusxczt10Cv9zk4HeS7zohvYOT09PemgZ7zCUz+Tn1VRtfEEG4zRq7uuPpmzarDU"
    "5GVvRVH92JpuPCKvc8ysbr/9coCSX7WWgmlbL9jh3ZSTBniIY6YFDsY1GNfNOACrNq7DpM"
    "+05SEGORy/ZxJpDpjr3NJySaRgNB/YaGZtThf0sLakMhHiUiqeDnm6grzN7gryNtUVhEKG"
    "pc7gtYBypSfK52ws8MKScmsG45WD9uzHH3NgS0dlgsuvtSuHpsKS5Pf94QOrMx5qyX5mjV"
    "95nOXWFCw9XvrpAkWoC+gjDXd1pvMQ/D2nFaljlBCEgy/PwQfZPtnotzOikCfbB0qvQLX3"
    "doLLqoaKcd1mS0elFEK1ZkMa4pAQKmtgNEc+VLZ5jUGobFfN/eQbP0f5cqgOX2l1eBzWC9"
    "8T2YCavC4/ribC0Vf/HnR5P6C4CAs6FSeEByHc7no+hU7mSmnhaeCyA+RxdHOHyrXEKucp"
    "2+VMdELwNAw9s46gBnmxjIkfxCbrkPbx/dXHDvr5vveJjbm/+8TD10tO/mYtR1mEc6zTge"
    "toNmsqmSaU13NLCHM3K8w9M0wsmxMblVEwgFWNP8wiLsuvyk6RzfCMJOQUxLuCymXGfwtA"
    "zjwrwuFgQgqMc2eun/34XmbLbiRgs+bYrOxoFnmdiG6vMtkvojYl45Xrk/JaBvA2/9FN/y"
    "Lm+qY4XlzfdQf/Or7t/nYS83/f9O8+heOjbu2Lfz30uhCdgOjEUaiNSymScSF4RQizHUxL"
    "LxKZSAsq5ESvyokbKRqyp6Mmwvpu2Q7O7aSJPby7+09GNiS4GHcmOyQf3kZlO1yTF2o3Wf"
    "bqF9309ACElF9HMKqzzbFjhOO1l1Agp0fn1nqhqH+vv9Ct8ITRhL7aWPlyNPzyiPSJbTkO"
    "d51M5hTyc8Rmx4yji/43+stdIcO/SveIy0XT7psK5gdfTbN8NXShJFANRkMh4qS6st77cr"
    "H+mJgyqNYc6neePTkVcSNQDuStPyBSmqHM6zW2EOlV6BP8YNE/cuo3Q3+OVi1BXu1ms+/y"
    "BPf20lRi8VKBjpKMp2ZrJ3/6I6UaOWcjJ6wJ5NBbTPDaHR38c9+2KNATudwDN1uH8MPWRC"
    "rlIyqjXInZH/IkFPyQnVDwQzqhAJIZpZMZIQup0iyk+KGdO5ATF1MwmlP+w795IcoDDb2p"
    "MmBOB80ggJMNvboBHEgvqS/MAFzm0rnMefigUBo4A/RKOaBRyLIt8BDR3Qb4ehXzMD2neG"
    "xwsqWO/O58p+iKvnqIQ0cg/xBzEN1NyMZLy3YdNPFctNDtJ4OwbqbDL48dNKEL/GTZq05Q"
    "3IiVJ5rMGZ3TFDE967hlydEDcBHU5SLgm0PePx4TA/94Mf+4/zTKgx+XA/SLoQ+emyNpz0"
    "1w5MuYuxGRQsZuw9TEqoujLXXbJaJGf9sKIK1F1EMYaiC1y/sYVkSUMtnjQkC7FOkKgQIu"
    "6QuJS4EnpDG1IBq6X7+ZYhCK7+q6qTcKwrmNlX2Y5PmmnRklZs8LVIgS8M3fWK6t0MY1px"
    "zgCqlg0sDmI4M17FAojQ0m0stKAPUyMpWayCbU0RzwHqaIUUvhzVfD6DAZGrc68bbQHqOX"
    "O3mKbSy4gBT5kTWJ0Kd/eo7fJILdK2j9MF6tOzmkGjfEb3Ryjqa2PnN9IYv4rR86Qd1b5F"
    "ossyIdg6npxiNi4ukTtul1c4VydqpY6M/Y/n4yx/T2NrSnaGIuSHNd1Yc4B5VhGdbmRK3E"
    "05dBXvh52L/LMNtDgeS2NCYu+h9kGk6LNXURsAwKNvOabBXiua5nEIH6UlDNgE1wkYDdtV"
    "z6VpCOGcbEwGNVPKcJavyXXOO//P5CUONf/qxqEjs0xARq/DfodQ8k7Gz0gYSdteZAwj7K"
    "DtJAjX/14rrNRLUGJRmyC6BSeuPhhUrpDYj1HiYAcY9tw4r7quNXOtvCDhPTcui+WfKhuZ"
    "M9fCm0sIg7p1/ICnz/C32FxrxwNr1oEIduSWQIqjwVmQBc981y3fOlk3JDhwLKFV/YBmRo"
    "lP6UaZL+lDJI/UeygD0aFQRztFXmqL900tZoQkwhzb6yjOAQMtApd6nsic3VqMKYQ+y6Jp"
    "727SnXBVK6T+z6Vg3I8UdqFhuan3DBh6PXOcUILU3dnVn2wu858sJmRjryJ2btUpDtEary"
    "YN3G03Pk74MOciym+PjzGE4wfIrcV2MiZFpUe8cROXZfLcS6YjiIgskYHayYpkNx9UU6iA"
    "2gEzshOUN3kUUfkL25FXx6uZMvKgI19XZqa/qCsymlo6txOQivFg6vznCBYp0RIYC+MPQQ"
    "4PkWNWr6npJ7o2wEVHrWqlKjKVolKNDDtcIy8FRuwrrZW41yHW7gz6oZkxiRQ5FmY+Uqx7"
    "DBrDUf0zaZ+skruoTq7vpDE8+otum5Hb8d3+ucKp+vuoNmVEGZilyMZU0LFWAa/Z7P1nlt"
    "+r4QlYjNfgOsBZQpPVJe1Pmri3lRKLmakAkx5RhJ5VdxOIQt3DAHVdl7N3SWaEWt4IwJlD"
    "klwBb+JnAPPZ3S2CcEAf9i+FueXfgISsvCKpSf6JCx/StPbjhkClUeDeYsW4M5S2kwxBIl"
    "9WXDG45XTjmshK4Ofi3wazXdr7XuSnlotxZDf6tXK1ieXE4tFvnM59Pqk0iENhKU5R4nG1"
    "NYJwYLvOpPFFuH+Z9s3y/lpB1Ze84FtLlmBWIPUGi0SHJlbepH+VmS7MHgf5eAOCoDakge"
    "NYQFPbWZbS3EMdWM/J6o0J41HBrms5Ir4cCBcAW+6R3YuSLv9DeFHI8saTzpX+LtlJBSxn"
    "QuzUW60N3JHMu88CMSAGcqAdKYzbCNqY0gcDRkpz/GpQBWcGA2y3U2w/QULeK5dwD5/ZDH"
    "X5e8EIk8+klJWIFiK+BTnguQCGOCUHqlyaVXgCma/dCpyxSFUiBQrUIZQtyW0Abk+0feV2"
    "XXdodSIG1tNJqmOLfs1ZyFe6W9Rrve1HBvrKcjQXhtfa2zLbKms1GaaT3lC6plwwEE7Qa/"
    "jzpbYmGsZLdspCYqo1ykpnw2MX2ihE0GsgHeSKgXbCwfX/rWMNyVj5EEyAkx9ZD+4SwH0j"
    "+cZSLNLgmRlkw/iArBcbFzO4/xjOqqaYSza59vJPYqft5MVVaEayW1z1n/C0Fr1GzY1wKA"
    "enHUXwxd5jAJhtd4jOhLo56TpHwWjrGUgdYfrdwB/S4P8eZdNu/mXcuLVdeqf6jroGY2j5"
    "xrOiKhkPu0Ks6354hevuC1i3ntIluqUYXArqd4sbRcTCarAZ5YtrASanpQZ5trytgM12w+"
    "vgIf1e9HzsTy7b9nvDr6N/is2uCzWq9Z7uSxUEDB3LHyDVD2JEiAGwxXENq3Zx/yqORnH7"
    "J1cnYtkTuG6S91XG2uO1Kle5NyCuJd/lbOyjPNJilmpZl+u4l68c3rLOkdpLxTURlozreH"
    "q6Rddicwo4obnik76TBq/b1tLaxgKdKNDdYXt6rxy3BYwyLM34qqXl0SJV1rGf0lHK9c54"
    "Hyw2yy8fj6Y/EtVgmf6e8Sg7u7w2oo22Sgjz4+3txog97V4+XDdf+OTkqn0Gw89TipYETu"
    "e4PL3t2D1v/4kfVftScsr96azUbk4vFf2p32ic57e47G3kojGj1stcWI3PZuL3oD7X5wfd"
    "k7Rwu8GGNbW9qCIul5FvXsTZ5c2DfZqbBv8ur5zW2cO7X1mSsZATm6GnQ/PpwjLssWkjfR"
    "1br394P+L92bdTddjb6ObetFN0fEv8ba6PqfiVvrjgidin1A5XGhRrvlL6k7pzrU3DILpN"
    "ukRCHfpli+Tdsq1quFvo2XWGTrXViWiXWSZW2HQgnYx1SqKtzXn9RrZV/0+zcxK+7iOgHq"
    "3SN7bx2/5ecOHWS4GVhH3oPaWBA2zy5LmRJUZruX5jViqsRfrsCpnIlqRALgTGUA2xhL4h"
    "kVAUBThRd8fdZi/iO50zYhCUeuxJEblFQSaO3ZvuSoTP2+5KN/zDzCrShqHRmmaxDnlN3v"
    "vyT1+MZ6mE1rwhN1NGMqtSxJOVia0peG2qi26xTw/ccE1aOctcTTH4K0lWNGre8iKxwRg/"
    "Vt8vpCUd4qq+E53nhhuMUCpElZKBHS5OcodGUWWOiEKKxzk9fZd09rNtYdufzJlCCcoHlO"
    "UCCYZKOvFsEkltmwnBZc9bgkrHpTVl1wuAbfXvAOla24lBaE7BaBc4v+8icro+pSdjWruB"
    "QAm91IGAqFVVHbdW0GycIrkASAdya9hc97GmjpxLfLyFTtwjh3yar44Qj1wEoFN2c9sKzT"
    "AgDeAbDggMwBcUTZAoR3IJxWTPeoaUcnMw0/qLVnabs1T767mbKFplDWKsQLTrh4URZc13"
    "QulXCqJVEjuse25Wwk9mKO9A0t+UTs7sD1K+vjbrHWWeEkyNHpA0o/4x/zDlnnSEdTw5kw"
    "wmDQLp7wzvA2nmA6V7oZV3nTQtHCRjMhs3NPIEGiynKFLSP9KrLbwQ2vrkM2jxuev7bknC"
    "5REZWet9L8WRvtRQrXpBhgu9uVxfdiCTZqP5ynZfDmtVKjz6y4X69wA5eAbCxhW1F0k09u"
    "hpPwwOn03LTdZp6Ftm8eu2xtc+82yB6o/TP88uhQ22hjO02sF2w76JhQ2+kcYfqPFRvUoX"
    "YUN5hCt+tJB70a7px/5tPeEU8ARa/UdMLIcJHhMPsrbbDVd1thha/YM+Q8e/tV+fpWLLzK"
    "6gbw1ZO3LmJiCoWW6u6gBhpRddHTZ08yaLoWADx3a5igC5WoCwm1TfZy3B/boT+Loqhunt"
    "lG6ZaX/FC5pQqj/yNTumV8wFbd0lgsLdsNzilt4YvkVDG7gS8+kELWjGp9Jn7SJys0M0z8"
    "nYP8edEc61OmAboWurT1qYmR/1M7yMaeQ6eYBZogwV9dLpvWLCu/m1ChDKvAcIRBmTykMg"
    "mBAKiUVLxS0v2gz6okDc+ZXcrqIzkjMnzoX345R45rTZ7DukfDsOQRu/54f39zzT9zPBYS"
    "5Z/273t3Wn9wxT+3lpho3M/jJE+sPAtZfh8If1nkEq03Is1I5mW3VSaZFyI82c+CuhEeSL"
    "RQbdWzEi1SVuxhjIJrrsj/bI2PBAbB5mIeY+BPawwFXNXSnUG9U0S9Y9aqrCEUlYHk2DzJ"
    "sZhMrGngO8mLclRGOZTL38hNr+IqgHoyx5NnPJVE/Ojyc+/yy/Xdp3PEJ6Cgjwj/TPvYvb"
    "5hlVj559pMp8/pNLi2/pgXcX28u+MT2B4hXP6K6i/naGoRPCLhLKH8oH9D/61ddNnhZ1um"
    "yWjyVMdoxgG22Hgl89qnERGwT0u3T13L1U3Ntl5lWqfEhaDKYDI8aD3LIhqRADjT1XH92t"
    "WyoKbkANp0ZUb+kpFFNikGwCaB9Y1peWRTcgBtqsaw7k7mmmP8t8AMyi4zHBOqD9SzN22B"
    "Fdu2JaD1bjF5QgHl7B0ouQQ+4di44pGAmUEMZ15o2ROiUMCuOa7/9DpHLO0CS52WhtVu8m"
    "pDaaIaK+dAaZeyS7vkKYsRacSeoO5LlHjwI4+bHvAt00tyVcIQG3gFUKJnjUIQVR/tDrZV"
    "ZsB7s+12xrwjm3038bVPMHLnjISqE+RPgIInj6U0scYV9Ft3kEH8j5nzmAcR/8798QwC5J"
    "GphR1GQ10ggl+xw5iotiOogVH53aA0RqMTerKj+vTgoQqKjD90LQBJKCIHCHENd+WDkgJ1"
    "W+Q3JtZknkRBd0j5bW8DzGTPj5iYSnu45tRA/JV+BZkY7FoAIrClR2D/tMZyRuRGQKVHoC"
    "rz8U+f9rin3RijULYM4LzW42ZfifMHD8lsHXBHTJai71tOu7X8wFIrl9n6e7jFAvVqrzQx"
    "0J5Be27PsRvnvAh287aGmr5AjX00D+PbLrGNZpHuONAWRyZGy04LGb04HA9qcelqcUiEkT"
    "xVomLQo1ficAEzBMwQMEMyzZCu586H2HEyym1HL3e2mSI6Hag5/kiJeINpPRkEHevItZ4x"
    "oSMXhrk6OUeG6yB9MqHz+VccNNFte8U/N6boeHTkGNPR0UmHf2LjGT1x58EkrAZGsIfonc"
    "SRhxruOyIj0tMn8/WohfWCHfTHZsgfrKL3eMVLfvMKcTp68uiK4il6vGd8AKSTKf2f88rq"
    "fugsxBG/5d9Z7MQyp9gekfh3WdK/Y8JiKfqTzn4prxHCfh961R2WPEYVDhZnsfHS1Fd4ek"
    "L/9kJFeTQFvc7pdRQs5ym6sZ4sz+Xfhpe5GxGKEa9L7odpqIzuooXnuAjTMeE2oH9x0R/+"
    "vIzt88ffE9jyYifB9VCKfbclerXsZx4bckfEokcHOmbbnU5+6uCJZxvu6pTuLR4nwpNnhx"
    "fR81eAngl0vfgXMi196gSl+EwT2yenqIuoucPq7fkPIKu4PuEl+Oa6MyL469Kw6YfHxApw"
    "XBgcRFZahQ6a6OzrGaaJxhi96CbdEXR2clJFvClb+RW+nAoqvoc1mCvxxhdJFxUD3YYU0Y"
    "Jgf8iB9YdMqD+k0p/olreksN1IKIhuBfllM4H9ttVgCCTAVpCwFTavZgl7IS4EaQ1JUPXp"
    "lCojGTmxYkgjIsr5d8ovcgUE/Gzo1SXgB/p+oXVPygIpu8mkbN8qcQqsc1yynue7TgNCpV"
    "XemMnyT3NUEp7lNqxykZBXUlI51ah8Pp5fFEnO/x+TqSiPpX1FuCI1AB1ZRCMSgOeugIrn"
    "lNKEqLSEoAO8z3eGUiIbandJeP95LgHS2/VESoIaO/eaFKK6YbGaj7phejY+EsSoYtc724"
    "JUPOrDK1J57J3eyROl+sjrT6Gl7jivlj31I0cOWmIbHbN9yL5MB01MAxMXBY6Lk3MedVja"
    "FtMdHOMFs3iDvmIBj3Ucw9Vns1MWNktHqGq4J4tOfcFLl4c22HyOHzPRbYyIhcL4jmtZ6J"
    "jN60eh/BgPsegFbJp+4o2+1G335BQ9GGwSJo+X1mQ+IgvDNA0H0403dZBj8a/HQl3ekv4E"
    "178dvwuLbQWLguhXXNFfarKg1fCfNzxCZrlzdO8rYuwjFoai/zXcLQXuQ5T4GgfeJCAwto"
    "LAGF26vMpxVEbBeEIFHXJb4pRtMcTR10xORTkqAoGEpOFh6o4blJPUFqLU5C1HdFpWGXxr"
    "zrEamxYvkUbf24YpvQ4iaViJ/CuRMhwPo5IPAxLOELtuRrem5JCtinlI6tEcf/QBC7U/Y0"
    "E9ji0cEX+4cmycst6H2Xrei256AiUvm5S+FqiflX4Y73Yl/HNo4ZH9BLQzWiwIPDSphceQ"
    "OR1uZ7rwJRFe2/52YKO0gNAE7Tta5ene9gagb30bC46hB/w1q93sWkIJE3TbAdP77WH72b"
    "8+X276d5/C4ckXQrI8BQNCNvUoIgVsQgk2Ibc5HRcvC5iqoRjYRgUrgfh7tghnJiYJbIrm"
    "KDVpNgUwH7Mfu3bqsrmaENZOQFBPLdvLNthFVugT/GDRP8qlKjRrEUqjKpRnaF3OdUKw2f"
    "VDt0cCcysxorPN6Jr4Y7UgEpw3p9OzkTO3lixuy2K9C91+xu7S1FkKH/uAX2SBbPqZO7Ps"
    "xblf1dGPHPtr6we6gy/QWY/0ByJjenIiSOqs8cZgRzbLjgzXScZvG5VRznlbfv5Z87vUtz"
    "Z9hx7BmmTQISKihB8ksXvP8mSn0lHZ+/cslaHKIMvyN20HWjGfUw3Vhvwkf41n0EuhnZBT"
    "7vCoBO1XPJ5b1rM83ClB5fCu5CQZ6w7WPNuUgToqoxzKlexqx3gimnxZgYSYclhX0LGY2k"
    "VCb8oWkDciygFcvn5nONSGdo0Xgf68veJbVK7GwEtotrQ27rL0nLlWLNSVFAXYZWA3TW3i"
    "2Y6o22J2SDchVuhAaVGIpYqwLoOwUBQkJgihLgh1QairYaEuIOsptuolkPUiZZ0pBFR1dV"
    "1s79mq7YrOdMMnauFWyIrFxV+SgcNf86M++8F1H0zWZ3MpixhThh2X/qp90aITDdk8qiLl"
    "zI3lAhNXY5Dti9YwmIyhpipgC325DNM89kDq2bv1J1IVp6VlGhNj7x3lWpPnezbVSiWgqi"
    "StR96HAh5F/G25m0ORfE/v5lF0ETtK/Bx5P22Rp+JbMxeTU8QX9ByxmstU8+B8B2uJCfJv"
    "4bMYAt5GBznP3snfUXhEnfOr4b+OEitQ131HhN0G2nQ2n1Lb5mrKdG66X1vrmH/25FiOGw"
    "Hovi5wT4b6fxauu7lCWibCEPdIxz3+cgWclszNG4yGnSsooExfroulK1NIIiqiTApJeQ2R"
    "bVsUo9jSCjkUUO6x//HNmxzPPR2V+eDza4k3F7X1vYzaMj3iLVK88PhrbC1dI9pMjZVE/K"
    "h/37s75wrwiAx69zfdf13ffToPOqrQJWCfDvs3v/Su2IeOZb74QcXDqxb+V9TWLPCcp0pS"
    "DE6WdCdDv5tOoSq+MVGIxjXHQZ+Oy4SPc6F1jonCOjd5nSHqmn10tjP+BlHXb3HVs6KuCd"
    "Y6U2zkfC5xIWgYuk0nGq/ksE0LgncgDW8s9igEeJtLXCStEMqHqMiXOlHSKyJdejyduNuy"
    "QyVvunT8PN1d3D22f0sAWjL43rBdnxdl0VO/G+vIeVwC0qU1KGgkwul3Vwxf+jXQ3ePNza"
    "FK6sf5S4IId4rgtDvILSBY5Ypzx5PsdQdR/LHDuu4eBxlqrE8xoyqfdHgNeU5JCnr2IqqP"
    "Tua8j69f/j6YrcOrxLNPLm19amJRoLuWG49IUDzARWM8oSCfosdIrYGNWLrYgF/Q35jixd"
    "JyMZms0DPm5fz97xn2thbWv4+lt8cWhm1HqITfGPWhsyXC3oy6BofW5Cr2haefjgJox4QV"
    "hL386PC2GFGGqXKAuJAK+1oeaYGocoHP8nvN4RemUcsWxI9KKRNPq7nYo+FiEezZlcTXAn"
    "tVEm+maSKCsZJC4q7l6qY2E9Wc2LbhY2Lgaiq654HDUm39CWrmGi/YFnLvM/d2XEiZ47w8"
    "X7Xl2RMRolu0vo2Ichu3fB0E4tXZ0Lczcgnx6m9x1SFefbiXVLYfKBPVLd6fNqu0VbW4hr"
    "ho5XFRK4zb7Alw3gT3hm3gvLBGH9xmBejWKfOi4Fw0nz5HYC6ex787KHcfqYKNYvmcfkjK"
    "wXSR6bZBr/T/deImY2DrEBhLEPXDZaeoRw2jFeIZeYg7vVIhuXpuOyJjb7F0EP3Nhk1VHz"
    "rr35Hup71OrMXSc3krbIz+8ug9DHfF0l39pFiqAvF72HhCN44Tfil2r4lF74Onp3ykPyv9"
    "GuZqRJ5s69XpsP7XOkGWyWJ7/r3oPwn9RjZioq+24dLJ6Sesyzb9AdmhvcjpGeSjQTivQS"
    "6aLe2uak7obNq7rmxFLfIEy23rhKAyfpqaXZCbo04O/rgcoL8X+nJZtnEhMFUELsr25S4u"
    "MZkGNXCk0he/nCPreUTue3dXPHExmIelLT4MwlxG1/ZTGa963atzxAqZJPW2w4S3ISm65I"
    "3P2w5KR5XiUsp56CsJLRH81dWCzVjAZysQhyTC5vhp0+55TCikXsFmlDFRWOcmr3OgXBUp"
    "wxwRhDVu8hpDqC37zQmhNgi1QVyoeXGhw0QwBph++YlhGrw46cAjR4JIRnpQJ09Ew46J5W"
    "1NSjBa6o7DMmiY5z4+CfrTGp+jV1b3krvzF0vdxtNO5BObCrjxjzxziojlCrqRVnsvaEDa"
    "rAak9Diyi2kFcUnQCpqiFeShXc0MYhTU+BOioPM3R/lLrzP9pU9PIjZFtlssIlKjT2yM/e"
    "3UxnQl59lztMkcT56xZIg0JgZ+3XRAw5owReCrHK5xKYBVyBIssmPTggBuBriymzYpBsAK"
    "s4ZkYmYbAQAzzT9xdcOUSjyMiOyVelhMP/jHzCMTboCOPcN0DeKcsvv9V1U6Qx0ZiSl30m"
    "G8HbG6QQJHR7Ku0G4fh6Cn0G4fx8McU0tAJ47O11k3keW5Y+sr80OEE3KnRLzaiHOOGAHR"
    "xXRnrHwKJf/4OzT8fH1/37vSPvf7X4bI4ITLlLejlruOSDjVd070bp2AcolcK84GPZ7otm"
    "1gG/0vNnzyTL8sXbXFGNsn7H5s3TGZngZ4O6frb3o6IokYK3PW0G+pIxub+got6P9c/Rn7"
    "rh3rFR3T1bCQQX+kiXUH09GGiUNSqcEKy6CZaTzN3ZN8tM5w6YmV4nb+HuGYJCPB/wbiZy"
    "OJn1BiJIdJWUGJkchjJAF4QkxBqCvIO/WPWhmYIyIKQly+gyR8h0nu5oSYglDXW5tILQ5o"
    "mvt51b/rnaOpRTBwPpW3YIGJ+G1FMoDjWxfHF7iA6j9NUGwl+wlTN+oPDFDVVh0YoFBspe"
    "WQAqlWQvmAYitQbCUevHv2bvXl0v+N6dDd5monV+Du2dMWvkBeZrJno+GXRx789TsK6Jsw"
    "lkdYyZBoZOs7h482pgLe8T4z5ag2ckRxjH2WbI29VymSbyUcVRkPua09zlvsKzYcjcWhX7"
    "AgwGpZJtZJxpaOyiWQHlPBqqAOt3u9tv1Fv38T0/QvrhNR1LvH24ve4Pgth54OMtxYcBWs"
    "bnXtrzxWN9hfFbGDoSbV3niC8XVI44tppfvDO/RnURTTzUPbpAzRIcsx6HOm4JHI7opc7u"
    "QxvKzN2FzJoIy5x5qw+cUh2SxPmLEUjylcHWRaE56seUItJt1FC+sF+9Ul9Rfd4BtiXSGy"
    "E+Expk2yqu40Iny6Ux9fxlg6pRiZKy2Y36dN+ndj3McIZ/IUPfCkVEZmdD2bOOwbMpqia/"
    "mcxVfLfq4i0xQ4h+waFJtsx4s9FjoPHlI5UBNSgCwYdFJQq2XQNSVXg7027y3TmKwy9Y7g"
    "ci69w8+VXDIJI2+ixmeqESy8yZxpAZZnR171vo6go7AQNks2cLBpnrJK2Pyn+NWwAz35O1"
    "bJmm87VsWaKRqvhjunfw304pguUstdR4QVtLYN+otZ5YqZZft6zfDL4+la16FPMbvuT4x5"
    "jW7fHbYegWYYBzW2gy+V30kNTuhDFsOY6zbWxksZ3SMiUt878u0b+n+NBjkCqj7D7kobe7"
    "OZKNSYjWxSDkiwmZodP5LS2GZnc6YloZ9k8X6SQKxSTQ8EYtW349hv2OEFfv2aXxOt9us3"
    "bPO2261/Q604n8kmMK43FzvbTGvWRtdPeM5pT3eJXzyA5+XzegLUFsWOQy+z5H0LjS3vae"
    "6i47G3oqOoccr96SedgBX1OjeoWWyzDlOOi57xqoNmtrUIPh/gqeGgiakbizTnqt5bC+3f"
    "4HbsOr8J+0swoUYnFBQRYB3QN8OhcEAznfjrxczL4loLKMjd+vAmB3frw5tM7ha7FNeRoo"
    "+IBMgJsUJQN+yNk8jcPfuQJ3X37EN27i67lnDzsyNMkpQYlSlnRx/2UImh/C7Pfn6XvZ/f"
    "pfazXC+ofZpANe6k+KZjUrXu4Xa6IvJwDJlOJGczRyTgMWpIdpfqmAa6vqRzJyYEuO728E"
    "RMqj1dEMzkHW5maxnMuX0RsR22270TGqDlgXsdzKgowJF3TfMyEtsKamZKYgN8aOGZkeFF"
    "ixwpO/xowaOZz5OWDTE0HWkWz8I1XFOQdbalFFwooKBz6NsrApfaykfOZI6nnonDlc9dBW"
    "54+bl39XjTuzpH6zlG5Ob6l945YifIiPTurthVTO/ekFpwvHGOU7TjjqMuV6AlBrmAG5C2"
    "yOl+K7LEETH1HDAqrW+D+mY1zCGv0irzt0axxxhWuBUr3C53OVD3yvGXL21jgjVqfNrWi2"
    "4W1ZTTszS3wugRu3bX63FleETS1ZO79/eD/i/sqv+DmB496P3cu3xgn9n4T97WsxkatA/8"
    "FE+MYsezSB6O6SYf0/6K+buQ/kd3RP7tLSWCxOLNfVwL+hIqKQgcvujGK7nITUoO2LmQnF"
    "sfsvFDXnbzZkjDFhaFdU1TNlYek4HtmyeoywArIS726CgdFottrFhcbECVkMH15cOR8Pwt"
    "I6AbmUpRdBPvnRz4bpSA+vZuw87bvOCm9KWMSrPbXnIA8g6QM97r0kV9kx1/08BfBHIfvw"
    "ywuT4YsrkgqhEWUpyZEjBSky/zn5r4GBy27ZyMENl8vAxtvaz5ypaxis3WbJNkdIr+cCxz"
    "+geyiLlCT7ySlzu3WdIRr57x5NGfj6fo8Z45IZjoutUqvY3joqXuzpMuqeruNCLHbBL0v9"
    "Bf7gr94/+w/1AoXE136GnSCe+FHNcwTWQtMTnxS48wIsRYd/D3bJx/L6Q/0R1AJ2YVR5jS"
    "Qr98riwpqBJyaPbKzNSduea/SGZYoDluyzITCKtk/tSSdRZdCsuyiyxCREyZsiI1Yx87/C"
    "SOmZScSvu/PKeKZUr5U4Lhymzm8tyA2NZ4bqlmGgtDECrKdgGmJQHeVLqZaTlYlGm9rYPA"
    "RqjG9gHrT1rbP4CdnDZmVW9FiG89cKNisIkhMakmXKGS7954QqLXwRK9oD5/4UI+m2AAuF"
    "Ab6hi811es8v7AE+ZpRa52trkDl/44zfZyZmkdddFYd/1Cvo63XJoGtlEwi4OOR947PP0w"
    "8t6Pf8D0z7Of/sb+fvb25BwtbWvJ9EZWp8giGM0Mwp485DnY7tApjCl6nWOCdGIxz1nIY3"
    "MEdY8O8hUgC61Zfjy64hpj96WhZezBDJswIrONMdjeQ0iEJfOJJ1Q713J1U97zFhNTScer"
    "2fnWvhS/gGh8JLcMR2mi8n33+uqcn7Ujctm9u+zd8PS/CfulZphCKF02KlfVqC1Fo5KkyZ"
    "BEXYCdnBAFYnKTicmQP5L9iKmbP7J+RGVppWlBYJRm1zADxnn1TiQg6FVK0Is88IDvrjrb"
    "qcNxD1qeQV4sYyLqiiHjVRoG7oFrfzZ1sK/WteTZk7nuZNfSjg/obHUwBUNlampnowM+mI"
    "b5YJiOJTZjMxwwoYByRXV/yGOD/pBtg/6QskHb5ySY2vrMlXURXA26Hx/OEZcdkeHjxe31"
    "A09adrzxgrWcnebNbqbSvTs6lYMJnemyf/fxenDLnQsWmRn2go247w4errs3N//SBr3L3j"
    "Wfc6nbrqGbJouzT7ARzB5e3Xx2edMf8uk4/6E898VZnnrMZ9n1mM9S9ZgJduWdexEhZTgG"
    "Nfv1XvQCuEeEAPdiuLfLna0W9sGJbGu2JVcVMCWoXj5/6Qd7WK3E0VgvCMMWMcmGC/ou2+"
    "HCSs5QY+/Lajf/D2c/vV9vd/aPbRt8eEs1gfSOJpYoqpi9kcPx6u3fKupRFK4CAvU/CuGN"
    "vy65diwdLE8J7hkxb6ZrJWfAHAJF2XtY3UDR2gQtUigyIQuB4CYHgmeG7bjaHmF/4QSw5k"
    "1e8+IV6KD2XHtWmXkDixzfGzFY3yav79q5W0Q3S8jCSjd6pbnfvcgyRwVhjZu8xt5yWtDO"
    "ikuCndXgZU/VFwLGWIV0vKI1NKF6Zg5wE2afLMZZ4gA11NqtMdE7oMlJZnvHpQDZHCnfAW"
    "RplOXzkiNTtQzk3MnJ8Q0G5WBLxhfKwTaMbQ6FYHPDm7cE7FZdDVDegXKWeroHsd80yL6s"
    "/hj9/IbOp9AZnaBKTDCdek+4Bv4sqoJ0qEyR1oBVW6oIfxR3pYuEz2velBFtfWCUmzfy+9"
    "GSJyJAQd5DJ5H85QpexNvK4YG1mWHH09/lFq1snJZVCeK6+ej6V42BpI2XEls7IVUjJ/eH"
    "N22p9ehXw/QzcuROjZiYMmT/koHdtImUAnYjBsCmKhhbkq3LLHCoQk3SAzmol4JsXmmfSC"
    "o9vGUY5/WOrJ9UqEXamFqkgctEK8HNFPhNVHMw1eAOoN9riF3X/3pZ7oDIoE4OdwAdx/pO"
    "sPE5K5VezunP/v6V9ezZzIGWlmlMVh1e/9O2XtES2+gZr9CxgzFiKGAyPd2MP/XHn6SrkJ"
    "Y//R7VLegt0ps9O5UqGK5cEYb373LkT71/l5k+xS5td1a86KYnyKL6edi/y8ruDgSSjDRj"
    "4qL/QabhtFEN2QIzg4LNvKadhfAe33Z/SyJ/edO/4OBE+GRsgoukZwNogd8ILTClnGa/9a"
    "t8k4VBE8H7KxJPyeHEjsZw8rXZo3MZL9herSuPrJvN6eGbJuxtd8wApwNcCzmuNXlGOuH/"
    "YF3rTDx9okN4QetXm2WiEcFbrI4bbvG+T0yDlx/HM3DCH9QJH+rNcuWc4lLKqRPl13SK7H"
    "cJmONShWBuGAGhGrUt0pKC4hO8zhMG4LbGVhGpGjtbhfu7tY2toNoUVJv6lnCH+jDV1ofx"
    "lVBNROPNrlaSEPumu3tAsZLsDdxOazlPsRIINJYZaFyfJ7IpXWlBSOaCuGP1cUdxxkZkN5"
    "aAsNps9/STe1ieOwQgi7pts5jICUTzu2+rYiGDz/OwxGNNn0zwUp7yFhVTxowGLmHTgYXa"
    "qVt6AH7I4Yugo7Z0AfyQ9EUAob4hLjfe8FfODouKgAUm5CUzpUbaZxARUmlDl+s4oBqjvN"
    "NgLQS4AvO7bg+MvWG17OkkUC/fuCNyFKyf1t3s7+DULNvFpZhjIIly/F2Tw9cFJPsSSPYp"
    "rasESC/CedqlceXFNKppSqcuVOkNW9eIErjCovWjsv1gYQkmcH2p5fqa0KWW8R+E44Hil3"
    "AapCl+/L8S0Ibj6/PI1AZuJT4ZekeXHkKaLM5JOeU8YOWzKEPIlhSoQlivBZUDu/xzAy90"
    "w5QBeS2gHLiVnBv6dGpjJ6OfrhjhiIhyGFfC3VvqqwVjqrvYXjjaVF8J4M72LQqF6/Pd/N"
    "CWKJDhaPRwNV5k6e0xOSC45ye4A58ye2+rxaeUyD6MJJswZ1yZNS1buA8y2T6x14NtTb3J"
    "vvUsQ8/FvT+bSmDV4QwKK1xu8QlFimDudg1p0QKcuzNcuygU/M5BgSg6HnnvZn8bj7wf8d"
    "/e0T9/fPee/vnD9O3I++lv7z+crBNSWVmF+34HLZjLDa9TT+/7dDIea3f8jFT62V+eTlzD"
    "NehH0cpfsezXQ36ZEWEXieWiFXbDm0/RsahIhL5iqDtb0mmjleWDuVhWJiTVHtLLFlkICa"
    "sjLqWgW6h82zmETLbFcVLum84amnryAEZlqgevzrNBDrsMtnd2WZi1AJSF2aMsTHsyj5Vj"
    "5LUn+Vg56F3L1U158GNiAH9h+PHXJaeoy69AUhIWofAiOK7uehnO/B7xFilmSpwauJauSr"
    "0uQVU5uu0+XH7uXZ2HBuaIfO7d0H/O6U8bkfvuNf37Ujfo3y+7d5e9mxs2dsJ+sGmmjd18"
    "gZdccZctYZekZj636Dx+2oGUfpSUq19NOvrHzCMTthZo7BmmS03+U3a//6oqPlO38mRjE/"
    "spbvLZJElJCI/lCY9BHCEbfbXiCNDcuK4sliBobHuSfWHTggAvNC+oOjWIvzeL1BRJCsJm"
    "hTbG0Ma4Cc7OCtoYQzWcyqrhrM/REhBWvRpO8p2To8VuRKsqYwv7sw28PF24WwpzWg+FPt"
    "xl4pu3D/dhM7RCLtMWUk6E7pSDlBOlWuUh5Qy/PCJ9zYZBDjZNB3kO/cLYRayUhc9oQcf4"
    "68T0pqzVyS/dh5MOoofEFDGnA+e6LAxiLLxFUC0+YL2s0mXn67jhTp4MtH49NEGmYGkVqK"
    "pSThCFPUq84rksVT8tWN8q/NTovR45vg0SdLCWa3CckquxD2xLoDUc+n7DM2zbovpiu3Ig"
    "YqI1pkGsP2ltHgSUYAGHVXORBYdVDQ4r6G5af3fTKg3QroltodnpX+hsMzatpaPpbJhEcz"
    "M+/pxafhSwqcHZFcfPdOnQ/2JtMk8QhdBhDchctLB4igU1AXVEtcwONRGJy3IsdGTTFzxy"
    "57blPc15egXdWrMZsjx3bH0V9zir6b5Cm5Pd58jfOf6ttaD/Jp0+ZYD+zj+ln3Gpf0vZo9"
    "tsJsVM0lospWzDNVzSvIyZcDxkc+RpkpZ8TvKinBJUEO6/vc8B99+SdJcN3OxSIu9DF4C8"
    "JeVDF0H7baXKsBeBzMYMxyu4H8t//E1rwjOA5ayihBTwI4SVaY0l6yQpxcSNSwEPN+ZLKY"
    "OHu8COQ5Xz9Jo84K9ZPsKNiBJHyja2Z++3h+2Qr8meN/27T+Hw5DqkOvgZM2PLMbM1fywt"
    "rNBpU3MIAijR2QuiFiVaorRKlQ4PVmnEWzJKicDpsbnY2eb4GPNhjLJRfV3U31mykh1sdH"
    "AHNNMd0PRsNIFWRTcvYcDKrcvR4PHu7vru0zkK5Eek/+UcWc8j8rF7zRPQZrpRMPssT9G/"
    "7JJ/qYJ/U0M38UTwXsm20yIiSuhViey+PK6Dt9mug7cp18HMkLODw/HKpYv9+OZNDmzpqE"
    "xw+bVEeND4b6yNV66wj+CWsz0up0wXrbqz7HnJJQkPxEZAGcjLcz1Yr47GCxDIbeW4nDK4"
    "1m1kWZ6k02cj0QyHD7utOg4fw/Ez+qWWJC7VjGVRyg+HbdsSMESyvXBrAQXUmbo9cFPP9h"
    "1oC5lXbEJKmfdBeYyyja8ghep2d1pcUkF3WkvcZyEmW0sKzAxiOPNC65wQLWGhG+bHbvs6"
    "N8RP2sW2MZkfiZhh/pXONg+pvhkDTaPq2vlVZ+u8YNsx5CoFRUQUdKhVUiSIPVQSCAfDFU"
    "T3bS6f2tstPrW3aZ8a60yEieCtuc0WXotAsVZJ++qgL7P//H9AYKYD"
)
