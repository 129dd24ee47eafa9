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
CREATE TABLE IF NOT EXISTS "hr_courses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "duration_minutes" INT NOT NULL,
    "pass_score" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "hr_employees" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* ACTIVE: active\nLEFT: left */,
    "phone" VARCHAR(255),
    "phone_index" VARCHAR(64),
    "address" TEXT,
    "hired_on" DATE NOT NULL,
    "contract_start" DATE,
    "contract_end" DATE,
    "left_on" DATE,
    "candidate_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT UNIQUE REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_hr_employee_phone_i_392a82" ON "hr_employees" ("phone_index");
CREATE TABLE IF NOT EXISTS "hr_certificates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* CHILDCARE: childcare\nMATERNITY_CARE: maternity_care\nHEALTH: health */,
    "number" VARCHAR(64) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_hr_certific_expires_9f7276" ON "hr_certificates" ("expires_on");
CREATE TABLE IF NOT EXISTS "hr_certificate_notices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "threshold_days" INT NOT NULL,
    "expires_on" DATE NOT NULL,
    "location_id" INT NOT NULL,
    "recipients" JSON NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "certificate_id" INT NOT NULL REFERENCES "hr_certificates" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_certific_certifi_836d76" UNIQUE ("certificate_id", "threshold_days", "expires_on")
) /* One expiry notice: at most one per certificate, threshold (30 or 7 days) and expiry date (a renewed */;
CREATE TABLE IF NOT EXISTS "hr_job_postings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "headcount" INT NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* OPEN: open\nCLOSED: closed */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_candidates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(255) NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "stage" VARCHAR(12) NOT NULL /* APPLIED: applied\nSCREENING: screening\nINTERVIEW: interview\nOFFER: offer\nHIRED: hired\nREJECTED: rejected */,
    "source" VARCHAR(32) NOT NULL,
    "note" TEXT NOT NULL,
    "employee_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "posting_id" INT NOT NULL REFERENCES "hr_job_postings" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_hr_candidat_posting_2bab81" UNIQUE ("posting_id", "phone_index")
);
CREATE TABLE IF NOT EXISTS "hr_interviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scheduled_at" TIMESTAMP NOT NULL,
    "place" VARCHAR(128) NOT NULL,
    "interviewer_ids" JSON NOT NULL,
    "result" VARCHAR(8) NOT NULL /* PENDING: pending\nPASSED: passed\nFAILED: failed */,
    "feedback" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "hr_offers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "monthly_salary_fen" BIGINT NOT NULL,
    "start_on" DATE NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nACCEPTED: accepted\nDECLINED: declined */,
    "decided_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "hr_performance_reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "orders" INT NOT NULL,
    "sales_fen" BIGINT NOT NULL,
    "commission_fen" BIGINT NOT NULL,
    "rate_bp" INT NOT NULL,
    "score" INT NOT NULL,
    "comments" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "reviewer_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_hr_performa_employe_53ef42" UNIQUE ("employee_id", "period")
) /* A month's review of one employee, with the sales and commission figures of that month as they were when */;
CREATE TABLE IF NOT EXISTS "hr_position_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* Position history: one row per position held at one store; the open one has no ends_on. */;
CREATE TABLE IF NOT EXISTS "hr_store_transfers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "effective_on" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "trainer" VARCHAR(64) NOT NULL,
    "capacity" INT,
    "created_at" TIMESTAMP NOT NULL,
    "course_id" INT NOT NULL REFERENCES "hr_courses" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attended" INT,
    "score" INT,
    "passed" INT,
    "note" VARCHAR(255) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "hr_training_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_training_session_a004e0" UNIQUE ("session_id", "employee_id")
) /* One employee in one session: enrolled (attended null), then attended or not, with the score and result. */;
CREATE TABLE IF NOT EXISTS "open_clients" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "scopes" JSON NOT NULL,
    "rate_limit_per_min" INT NOT NULL,
    "secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_expires_at" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nREVOKED: revoked */,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A partner application. Secrets are random 256-bit strings shown once; only their SHA-256 is kept (a hash */;
CREATE TABLE IF NOT EXISTS "open_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSON NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
) /* An access token issued to a client (client credentials grant): only its SHA-256 is stored. */;
CREATE INDEX IF NOT EXISTS "idx_open_tokens_expires_24dd7c" ON "open_tokens" ("expires_at");
CREATE TABLE IF NOT EXISTS "open_webhook_subscriptions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "events" JSON NOT NULL,
    "secret" TEXT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
) /* Where a client wants events posted. The signing secret is sealed at rest (backend.fieldcrypt): it must be */;
CREATE TABLE IF NOT EXISTS "open_webhook_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(40) NOT NULL,
    "event_type" VARCHAR(32) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDELIVERED: delivered\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_status_code" INT,
    "last_error" VARCHAR(255) NOT NULL,
    "delivered_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "subscription_id" INT NOT NULL REFERENCES "open_webhook_subscriptions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_open_webhoo_subscri_d1da7f" UNIQUE ("subscription_id", "event_id")
) /* The outbox of webhook deliveries: one row per (event, subscription), written in the transaction of the */;
CREATE INDEX IF NOT EXISTS "idx_open_webhoo_status_ac2bda" ON "open_webhook_deliveries" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "open_webhook_attempts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attempt" INT NOT NULL,
    "status_code" INT,
    "error" VARCHAR(255) NOT NULL,
    "duration_ms" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "delivery_id" BIGINT NOT NULL REFERENCES "open_webhook_deliveries" ("id") ON DELETE CASCADE
) /* The delivery log: each attempt to post a delivery, with the answer or the error. */;
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
    "eJzsfW132za27l/B8pfa66q+aZqmGc/cs5ZsK40a2/JIdtu51SyWkiCLNQWqfLGjc8/89w"
    "uApMQXUCIokiKRfdaZNBGxQekBCO6XZ+/9/06W1gybzvmV57jWcmiZ+OQC/b8Toi/ZXwRX"
    "O+hEX62219gHrj7hcidTPk6z6UB+QZ84rq1PXXptrpsOph/NsDO1jZVrWIRJdBEbjD79E8"
    "3w3CDYQacTffqMyezcwVPPNtz1OZ/u7ALpaKI7GM2NL3jGxTrIXWC0wvbScBw6oYOsOf9o"
    "qru6aT15GBkuesZ4xb/NzJrSr2OQpzpvPCanOnK8iYPdcBCfjE3zjdNBqZvqnruwbOO/dQ"
    "bRWQfpZEa/wIxOjJyptcIXfA6Ks42p+Ktu44XlOfT704Fj4uj0K6PpQieELg77Fkt9jegS"
    "IIugU+KZJv05phl8leXZOQPGI8ZfHtZc6wnTD20Kz+//ph8bZIa/0IUM/rl61uYGNmexDW"
    "LM2AT8c81dr/hnfeJ+5AMZ5hNtapnekmwHr9b0B5LNaIO47NMnTLCtu5hN79oe2yrs2wY7"
    "K9w9/jfdDvG/YkSGLqbumWzDMWn/C2w/O9G0u8GDNuo9aNpJajOGEpFtEnw0pUtMNzL9qg"
    "7/9U/sK3z79rt3P7778P37dx/oEP41N5/8+B//1ltgfEEOz93DyX/4dbqm/giO8RbUKX2y"
    "0rBeLXRbjGs4PoEs/cpJZEMcmwvtUv+imZg8uQv6z+/f7sDxl+7w6lN3ePr92zN2Q4seNP"
    "4pdBdcecsvMai30PL/SkAbji8H2vCDLbbbY7F2cN+/ywHu+3eZ4LJLcXDZwcYPfzHCPeIt"
    "Ocp9+q10MsUptGMTNBnyk9Gnwf19b3iBnIW1oi+CMbm66Q0/XyAKk/08JqOHwbCn3Xbvuj"
    "/xUey41pY60Z/Y2PtHhuGIXVl5Nj2tHfbpx/5d9+6qR7+hQRg8Y/Lpn1r3+rZ/d4EWf2n6"
    "bGmQMbnp/9KjX+vmhkmbxgvWHGzSmybfcHm2wNs3ObbA2zeZW4Bdim+ByDsxvQl+Hg3uxI"
    "9ZQiyx9DODvr/+h/5YJ/WqKGsLnPxj7pEpW1008QzTNYhzzu73XycVPYs7gGcwsZmXjvOX"
    "GQX89Lb7W3Itrm4Glxwyy3GfbD4Ln+AysTD+DjRmUssSEzpoUYJ3SFNOwrrR36hpsiuQEo"
    "RVKL4KoVosswBRGcC+OPaGo1ErhL6u0uBfWvSNr5MMmyEql1iACRWs6oUQKr31Qn85GNzE"
    "oL/sPyQAf7y97A1Pv+PrQAcZrm9zBUZFZLPbmEGi6W4a8Wt6xTWWOGPLxySTmz4QPQ//0h"
    "ylLL8eTH/gbEDMdbDOOxbkoX/bGz10b+9jq3LdfeixK2/5p+vEp6fvEw/JZhL0a//hE2L/"
    "RP93cNdLPjebcQ//94R9J91zLY1Yr1T1i9hh4acharFV91azgqsel4RVb8qqhxhFlp1/e+"
    "aSmT9H/AfsA+ZNoirDTItdiWwPamgIXn+XgdjHz0NscseTYA8EvsBHB+cxxJr5utt+GoXR"
    "emtl4Zi+tHy7TH7CzbpZcG92pwCqG2uqB1805VLdXOvscqiawah83tRsNMDDBx6+pkALHr"
    "72evie6e8q6twLZZsM9Mmv3WHv0+Bx1LvYhlYCb17gxSviZ/vufY6F+C6pQGwXgl2KLwTV"
    "Daj6IHiVZ2/0iEh9S3BSlf8s4cj84Yc8nswffsh2ZbJrcYxNoRKNp8ZSN8UQm2Ll2Rc5D0"
    "RbqzyJoL3uXfVvuzenf+u8T1ikIejvUj5ik95KEldfAnDdievKNiwWQpbQ16Ii+7W2sg6F"
    "7968abTeBl6rWr1WhSxZqmTM54dbslEzrBkqyOEmbeJMmGKNuagPNPvv2UQ3bXZ17waK6n"
    "bT5wMxGrE5VN1J+uxPz3GXmBy6kzhK3c1squK1tF5wWWjdBnOpihV/+Fz9GZcBFptHVaDo"
    "FeLMse1olicwTmSwegimUh8qgwBSu5Cy7NnBUYEBm0NR1SAgWWWxmmRguqFTjfyZVNpNVQ"
    "ZReLxJEEAJ41DZwZNNsAsCJ8oETtiaynr4ozLKBVDK9/HPDGdl6mtNFuakXJP9/I0Be6U7"
    "zit9AWsL3VnIoJ0SVBDuSrz6h/DTgZreZmo6XTKpA20jUGi5G6bp1vBkveKptdTY21ak+m"
    "TjnJQrBW6lX9EUsYXuatYKE2mo44KA9T6sIQRUM3HZtZ4x0V6o7RZYyTlNqJRcfQHNtoQz"
    "gROeDXU72cF5OOGRrHxNyimRFiz0SDVNEyrhoUqFrIVop6H+SHVt44l8xuuUoSF2GMYrL7"
    "QL6Cx3If3Y1l83HjPBNqM40F+P/TfEkO7/Yf+Kwp6HFxBjTAM3YJdfe0qxetZsqn3boqRE"
    "Gbiu2FRDPpOqaDkLY35wMJfNoSpARyQItOTgawI/oI1QQYASApSHoSUVoIyy56y5IdLjQk"
    "gHBD9Y9I88z6k+n99v51NwGy7nemlI3fpzKYgSXq5Ma41L2VS9yFyKQFWAHbArzTKpx+9m"
    "C2gV5lv+zu/A5g1vcvJvoBIckUoQLoOcTyQhVZ+PsfFIx0kacqhGJADR/T6m8CQ50LmUM5"
    "W/aeDm9StFNlXMoXTVHV11r3sncR068pI4EFYF/UZJaBOnoBjebHddlXzBqCtKVMo27qnK"
    "1gd4gpGW8pE1h0t4aTx9LTrA396+/f77H9+++f79hx/e/fjjDx/ebA7U9KVdJ+tl/yd2uH"
    "aikZj9moLyWe+MxsMIPIPHhwsUZBbIRt7zBN6z4+6psDt/8IqFKmOS9YQq63wmWhKZDEHa"
    "GZqEFHtIsW8TrjPDP+a1pYRxExeCEHraYHw13IVBNFsnT7I0q6RoMaZVw/Cth2jlWJ49lW"
    "LEbiVqrCDDVPSq9nHFVXo88oJtg04nUt937eq4YI3swc0nrd3V9KZzw14WUx0TsiUoj+05"
    "WVqnPM7wzFth7RkLKt7sSFOKSUE+WOIQSxOgtw/FZC3JH0xLgvaTPrGOF4hQHFiIQ0Acog"
    "HO8hbEIRp2EJQRhqDfAd093tycZL7M6tu5LYVX8P7OgPg4oR6fTisI8mx4tvvCO1tS7/5W"
    "hQOCkTNdUPXRxDPEJVkbPYt9zCZDS7ycYBvpLv8s3JvolFkKDtJtjHRWUxaF1oPjd9+LtS"
    "Ws6iY7CSlsLDerXN12HWb7ADPlmMyUcD3SpmuGSROM32WuKhXnYOZnqr9VuHeFwGXb/DFB"
    "BRPbVLL4MZkVWeKIGCxwoxc4TDOV9jQk5cAcbpKfoWmPDDgamogoOBrUdzS0FdpdnoZtgr"
    "L4VQZ+hn1+huTbu1lehmjmlsjZkMjs2udzCJLKGsYmBaP9QKM9zOuiuq1MODIhplxnnvIb"
    "fC0MG2uyLpKY0IF+kmaesjn9JFNrGXRa19hP1CYrqYCuSBhsrbRFQCzR/tzRhc4Sbs32P/"
    "+VVBpsgL3V+ndZytqS0a72WWZhCnPFdtlRF6E0q6xkVXWEXdf/3mJVNbyeQ1V1/KFHVFUl"
    "yV3A6trN6spWX1900xO8sX4eDe7EUG8EktqUMXXR/yAzX6uohvoDRDAzKGJ+9BDe09vub0"
    "nkr24Gl0kHOZvgMvkmg37tmU9AOysyCuIcsv3aK/dm3FmuMTeyq2akB+V4WZDI+JyUiocF"
    "RlExlns4sb6gU/ZbMZmdL7Hj6E90l5zHZj+7QDr6FV9ZS+SPwMi1fIJEB73ahutiggyC6N"
    "sGTTzHIEHf2xjVos6bjwlvR8QKAtMb6WSGKIjGC7bxDE3W/lB61yfb8ui1P61JFmkj8d78"
    "nWHvevzHEfzFpaeBi5crd8PhgGziFmUTZ+g0LcggboxzCHICRIlNbz/kyWx6+yE7tYldE9"
    "rggnpz2TpjVAbUxgPUxpW+Ni1dcIxkYx8RAegPgH77wk2fLvvLQWyla/T0rag2E1j8MlUh"
    "7nt31/27ny5QID8mo97dwwVyMHHH5GO3f9O7ZvczTD9NUfZYynMoZR9JqQMpUH0ES5Op2E"
    "RFoFtAyoedUChTuO42UAXikE/ZHKM0Tb4zdcfVsG1bAodutu4Ul4L4RZ74hUFedNOYaZsO"
    "lXlf4inB+l/lJ/+Ye8S3YyeeYboGcc7Z/f6rqvWo/QVPX29FeORbMTjmmnzMQROc7KOvnS"
    "7XPE1wwNGu2qo33NF+aetEWIHSv9DZ5VCfsCFAEGwfqaKzw+8r208ZWlZnKNR+MFviMY81"
    "dJh500N7rtz7s7RWjTuwP4bkQXhF4Xmy7LXoLNxc23kcTv1RRhWc6d9PVrodtM7hXw5Sn7"
    "/eQ/LYiljFlZwcyxZov5l7NhwOntGkZ9Q/MuQYqDEZoEzvTfnbHssH5k5F3zHtQjgvwzS2"
    "tQ7onTldGOaMTnWYdqQe3vFnv2YVsmkvqaPokPe2McU3zKstUCK3F3dqkSs2TGOu6pzstC"
    "7iItybjui8JlVAGdVLR9OFTgim4OibCjwdZNloYrmLv3M219KiMs4KTxlvDPmN4P2JXpnD"
    "PBkurfpe4AsANbcxJ0jlBUv9J0YG34hIIYgb9iJLhDDf5IlgvskOYKbK4PtByLltCcrg73"
    "amxyUhUNYc33k6ZOKvlStIZ86zxq4onxlWuFErbDiary4IlNld5eljcjVWpw9VgNYWp4dS"
    "z/U4D6CKbkm1bXI084scJy5eHmwXB7Zcn87VQt32uNYxB22XhRyimsdK1jbLWXrEZXMPfl"
    "4+exB0Oao16q/HXOj425EWFhNTqYpdLQliSfj9R04qopCUU2kNSovV0ONFDtatAOCZI0wT"
    "O8sP1LVintyW4Zw7WJN8aveXamRvyMPBHfmzKArr9qltUjPqMMwj1Mk2EaBd2tg22ARUwF"
    "admbsUrildaSn3dDBeOSpg+QngEFmpNu07+s1SMD/gL1k9cONiCqSJ7fID9357iDkMU2lJ"
    "GzfwzeDup3B4Mlcpkd76hLWlQbSlRdyFVJJrShAciGkzgaNEn55i8MYEAd40vHPLXnqmrl"
    "ElVdTiORPdlByAKzBxF9icU5NizkrcrmU2r0ASAE4DDHGyups4Q46mYtl6eXI0edqbnLMu"
    "KgInl+BBCsi4ku2U4lLgB93vB52EWZ0Heuk22aHt2rd53XTR5zVPE5UIl7y+NICmbd284C"
    "Ye2wMyAZxnUYkrmUC+Wt7mSsP3DCpREVYfwR1lV4NFAsdwq14iHXAMg2P4uI7h93kY4XRU"
    "tmP4fYoTzhJQZPANxyvgCq46oWGi27IHQ0SklIQGpY8G+isFfoZscMPxNW7dsfcOz9/Xs4"
    "FLrssJ7LKjsstcurTynb4SUvXh/933b1pTBcAga4NoBj0NDN3MKAmcsbnTolUdJqmDurWv"
    "QdN61RzXmj5r7sLGzsIy5ZIohNI17uy27OuJ7k4XGjMpn7GoU8SuiEdKFqIe+aMeEGaCMF"
    "NjlBV1w0wBqVKWbB8VUkkfrY4ZviG4HkwLV61YSidFCo/urgMc95xXzk0nSMQTe/JTms6h"
    "SF2ySVRFiGvMh4aC2ByqAqTP/vQcd4nJoRWhOErdzWyq4rW0XnBZaN0Gc6mKlWXPWL+sw7"
    "OqB2wi1Q5yqZBsvNFtRm2AENKwe/V+YPvkhe4/y17/Ep1VDerGfyTD2Nuz64rq60NMf5y4"
    "Xpt4YGd3h1HmuNmetfTbUj3H9kVzl3PjsyCDMOPNweh1YdE/mTMfsemQ4bAWoI4xw0FDTj"
    "JDut+Rk/179PnxGwexdjdo5dnTBZuCyV0gOgE71hxEeM2bRGG3Gu46Jv5NmCwzlthn7oJ+"
    "A3of1zDRp3+iU8daYotgZLFAP51aJ3QGBy31Z2yfsZJzNp+MzrppgMonPedQUzVp+nwGte"
    "QayBkIngKNCAo1ZXug41LAH9gbJGx637+0n7+0tn/d+/vh4BfW7C84JmZjMuz93Lt6YJ/Z"
    "+E88dXGhFoDfvc9FRNjBQ0gu01/umhnPri5x0sRkwLUjcJSyV5dIY8q3+bfSTSbTnFx3b7"
    "s/9S7QTF9SDWdMer/d94f/ukD4y8qw12NyMxiNLpBpsXbeHwePd6z5JXtPj8nVYDikT0N/"
    "cHdBX862jXl/tDEZdW/vb+iMjr5cmXTG0afB8OFj9+aGfrSwbJd+bXNMBg+fesML/8XcjI"
    "eIag9yXKlgvHJcnkq6//kxMrnXdVRGOZTf5WGcvMumnLxLcU78R1Zj8RdxZEeMckJsV1in"
    "tXaeCGMWlRFwonwrS5q5kxJV6ZVaM3vHxnNsY/pSLbgWYnmFMqVqXo8ZnlJLvUjEOC4JdX"
    "GbXBfXN2m0XVpv1uOWEFTuXV2JRhRx7MmpRSlB5fAu35EBpJds6NUlvYSvn4lkKnBKTiHd"
    "oTT3yPHKejfuCSrd8cTd1AU2rkASti6UR/0qCtE3DeS8NLhdlejFBQKgNGrh0qhiQKPHZg"
    "nIPjq4hf2T8iIreMfEIKbfA9093tycZKhiAPAegFPaZwa82dTYKgs3+MxPAcNlQwnNZrRE"
    "qKf5OhFygjD9NzItF1lzxLgco8+P5+wPh/E5XKTbmBE/EJ/72yAJBy30F8xH84/Rq+Eu6K"
    "ggqiXuRFjhvYQNIYJTfBPkgHYQxySUtCc+VRudpPwI1fYhk45SCUS/5khVS2J9dZ4QcgCC"
    "QzD7FFDXIQiGf6WGPximJRimuUrVQYYSZChBhlJD824kLeohdrD9ogffNWVXRy93dlnX9n"
    "Zgw0ok7iLrKGag1kLN2ZUXMfdBTK3BLv7GVqZGKgFP9Gsrn4BhJtrpu1EW7vX20zXKr3r0"
    "lytwE+9KZQANPSPUydI82C28pais0c7skKhYfdi2pWBU01OjBKfBtl6STIZI9+qh/0vvAv"
    "nSLO/jbvR4y5Kgwg3CEqNuet2RnxhlsozPhiRGcX8Xdgp4eeKStTBXG+Isa5JPJxdxFVx5"
    "2c+Xuq68bZ0IOY9eSg4IUqKXGys9IOcpjYiAJpbDVxq63w71lirmxusk/aWRfZWDyrN9vE"
    "vAVqaETMNOhLzwpo5Daa90la4xf3OL+oSEu35P+ZScXJMBQQteg4T+z3ej4RmaW3ZIAumg"
    "kKXHh/DA/znSX3SDLz/6P3Sgxmf4diPfQQS/YBv9A71JE07quOEu1kmUosknB/rJUeknwW"
    "rK6DFbCTDO0wx6/5GQwDMqAoAmAfVWs4I2VlwSbKym2FgC01pcKlSyN2VEBMwASJuCrJ5W"
    "4QnknvqyTiBNSgZa+TSpSZiQcCC4qtW6TiIbfWUfwElL0k+Ks4gSjBdFYAe+lQRWlTuVIp"
    "S+LPdSnPWXv05vbp8TRrb1ilbYDjKHXMubLvDs77wGLr3khGlIQcodchYsAylW/wOdMicQ"
    "G/Sn5dlENxH93F6fiVxOld8PquQ2y6vU/BIzx2rUVj4jDGqwlrejoQYr1GCFGqz7sZWsOM"
    "a6QBRoShsTU8Y1Xn9Ny7YQs9v6BgZOdqWcbKDZZUPfzhBQHpodhIAgBNQeZCEEVC6ensPI"
    "YTKARiSAWAuV8nKBXF0ICGKWJccsIaZWWkwtec6WgKradfEir5ZGVcSLB+GyoknRKN2+WF"
    "IsOigXSZoudPKEWSBHR/y+9NsuJ9j2gzyOt3SQxUjC4VUmh//ydJM3RgxJxVFa8u5IUkX3"
    "2x9J+j3mHgks+X9DWYJGliV4NkTc5nxO/FC20S78Ye+q179/YPmvU0w/Zi543wHP3O/D3s"
    "Pj8I5ddD2bjEn3+ufH0cNt744KbENtY/LrsP/Q0wYfP16gV9twsWbN52PyMOzejT72htrg"
    "8YFtHp04c3oSWp4buda/i1wyWAjgYXD1+aH7mX0J9uS5+jP/JqPekGXzBk/bJnV3k7k7Jv"
    "3b+8GQ3slYrizbbUZgIDgopCNsKTll/Nelc+WlsU0LArgy8cssVJVto1O+yx/ihVXGCyFm"
    "BTEriFnVF7Oq1S6AkBWErCBkdXxkIWRVMp5QugTCgE0EFGrBZMJbUS0YiP5BxmKrwtUQXY"
    "XoKkRXBdFVFrw4yYqs8oudvVFVNqxhddG/luhjZQlum4WVzG9LypXjSjsu1BV7KltY79ha"
    "+TkrMoHcwX3v7gIxyTEZPV7e9h8eWFljx5ssDddltY7vByP+EfNasX9fde+uejc3vCAy++"
    "2m2ZTqxxAdqTI60i7fMuRDlONc3hwEBdY9KVtLVfFjKJtNX+gQk50r7Z/vBZY5Jghr3OQ1"
    "piaDbb1Eey3nVNDTguDmTPuNp/SXP1m2JLYJKQBWAGygQchu25QcgAuxTsh+asL7tAJ3cn"
    "iQloDvVWSqdp0OeeFNvHXywLs5TMG5vA/c5Hsnw8WcoZsBvnvwTauj0j78yLFsEFxGXULm"
    "X72hcyl0Jldfl3AD2q5oR4hqjoiHtlnNcsMev29vwSYPQu3QSqIBMZG1w7q5yLXQjAuB8i"
    "qyuSyPsHeYHLAJKbC30sC+6LbBXt6a7ziTAFcgCSlIaXih6tuxqr4BFR0I043Hc6MqypOm"
    "I2KAbU6eb6gyl8H1DedqGcxSfN/IHosZtVfd0VX3ugeUXyj40wBQD2qiUaVX4SEoCnEicC"
    "hsrnV2+RLCshJAnlTLUbApFyLHnUyIAXWS/27FqJNBBxAcLr9EIZx/PvZ8guRmjjHp3t8P"
    "B7+wD0NPNSs883PvKhj4J57ycaNP/ft7zrdcGKuVP+qq1//FHzXFxgswLr9exuUmyiHPyU"
    "qIAiuryays4OEvwrCMScIqN3mVw/O8wDInRGGdm7zOwJPPfmeqy5OHhuGqrbrgYU+1tQQ+"
    "daWu+rltLbVi9FSRKLjshRUbA91CdgunBWELi+ANnAIF8E1JAsCCcF5gAsnCm5IDcNPg0j"
    "dfseM3LQiH7/54aeylVUIQ6ivIEhC953OE+SL7E3DOg3P6gc6BcvQVVgLManPaBe97yBoo"
    "FeHcWQNi/QLw3Ue0SKpUOeCNWBGA794TImlxHTfrJaRTQNKLPD0lK+cliel+mkpVGS/AVT"
    "kiV0Uu6QLSWLJNWIqNFh6ccpDGxJTJCCgN2GNw/Rv24gaqf7Px3DYIk/JdxaUA2f2OKzdC"
    "rD1QhY9ydFsGcm5fSnyDActfeZZ/w95brSf59774fVhPBBbU5lpnl/Vk2TP6AOJgbM7Gs2"
    "Pv/ffv3469D7O3P6JT9lMwmZ3zqZzzzVxnF4guNOv2OkcWwSG3FzE7DT1ZiMmhU52g4W2X"
    "DuCNYy3beDKIbiI+2RlvEMtbDMYa0dZ8/zGx8crUp7w3r38FzS2bXrSYkYhGnx87bNZnOj"
    "n9NwXMcDZtbTtopRsz9Gq4C34HvxcoHcm/2zeI59vy+wTf7+9jwsatbGOK0cyY0wMS04eP"
    "zclnmqz9FrsLa8Ua8QZfPP4N6T/nHn2mZsnfldVk93d/I7Crgf9Ve8ZrqOhwVOM33MmSiR"
    "oJMUjU4L97V6IGeBnKSyqGlJd0ygud4YGnrTjYdU1xEkzyJXecRJapjWeGK181Ii6n0qNR"
    "c+UIgl/pi9nVTfk1SInCMhRehtA0pdtafiEEwsq4TWteh1CPlV+EpCSsQNEVgE7mVbfb3h"
    "pcUjDHxAph3TB/TEK7efshj3rz9kO2fsOuQfcOtfNTICvpa1z1PFlJkerDS7ycyMa/ssQh"
    "YpvWEhY6mZkFsg9ScgCu2CaUDonHhVQyBUvD1Y99SKEaFQFMszFlRYWLALuVA3SFxtgmyi"
    "ObRJcULAdfBeIvEXSXuiSqGwFAcx81ZhNfPJBqMAjnadlRkJdrEH3D7GfEbI/NsqDtB3Op"
    "De/2PZODJROoUiUgrDb1KK5ySnXSCSysEiC+3UzULqMhL8hZVmmOHKOtsVUCzmqnGKXsUu"
    "kMozTtK6ZopFdgQPCDRf/Iif+Q84iGvhO4dcpG7lSvjYaVK812o+QeDG9hNaMdsKbMgTy0"
    "xoOoij6gAp7iBuk9JMVKmhkxphTBJpsaf3GxTXSTAQK8t2Py3nwdTY70FpUBxlsiDpZmvE"
    "X2fRGiVkS8qhhvCWif3A9GF2hlOWNy27/r3w8HPw27txdoaRBjZVtPtr4ck/tPg7seHUV/"
    "BB6Th+7gsjugd9etiW6Nyc/XF+jPGR11Tf+ymtG/XQ8e/9W/u0Azy1sbZEw+P3b7o0+Dxw"
    "v07OmGs7C8Mfm1R3GnX+vT4P4CvWKKlqsxvu6Y3PR/oTczjRcf06PzvaKHnsTTlhBTL/b8"
    "/l0OpN+/y0SaXWoXMzL1vJ2sMJkxxGQfut7ddf/uJ/q4+PL04en22dOjG5z4+Eu/9yujPb"
    "4Y+HVMujc3g6suZ0LqJq+swuiR9/2rz/4cxvSZz5GuEH7dYw/TkH1GFQb6RNm8Rvjg9v6m"
    "x+ebWssV02gyKoez7/LwOLzzSZg+Kb8ZD6XjTQpSAJOSQHoqRnqaGQ5v4Ce/AklJWIFiK8"
    "Afc/q1CjwDCUlYgYIU2GJHEJw/JWDP3pXy0EelAHkgHLdzBVb6mvullpjiJ2WVpCWVIyCX"
    "r2wyDdtbCba6ZZlYJxlIb4QSCE+oVFUQbz6pt/HC5WBww2beEB4v+4k9fPd4e9mjsHPU6S"
    "DDzTxceCEdW+MfSOzslKByG7t8g3uDGXftFEJ7I6kc3BUlMgS46bOZjR2Bs+MBf9ldRT0m"
    "qwDqu9jUvd8eYudKiO3pbfc3DvuGTH0zuPspHB5Zi6ubwSU0Iqtxg0+8Nd2hNl7q9rMMyk"
    "k5QDsP2jxEWSRnIyZYT8pGrbGhdmZs5MnT4RZsgQXfikFPsOYk5KTXFzr8fQ2rvAm8FMmy"
    "TMjCSjd6pcNgWpGVTsjCSjd5pSGDVjV9TLDsuzJoi6bOQlpnVrpRsY5SZbSTUhzYIsnekO"
    "G9B1SHvaslQY3JAKh7c+QgCSbcQXv469mZL+LMgOP0OGspuPL9zbav+xIAVjuxKKUZ5Wm9"
    "xY9RgHZf5fPo2+aAjlCxYtiJoLhEV6ho/e2WWTRZiAs5kgfCxNN/roO5VMUKv+BygOq9YH"
    "VRYlnZZYCkWAp7wrZxHP3gs4nDdOtPpSpSARusDKTu/alURcrPxSgDqCGfSV2cGMPzQJyG"
    "fBK1IdKC2qSlQHVAins7EGOpRwcjdWAxgDYgxULAJZzoo2AalWBKF5vYkbgvaDBizbMxDQ"
    "snlGrxtMTEjCsUNqY6hTY1LUfAsZOH657PdxVOpwhiRcpCbMy/rPIQUftwXy+rmF26v5fV"
    "gHWG0l/ob932SqLTfMM6OE0xHddBusO7MbEh9OamgWfIcFN9p8Ihf0zdL+ebL/HH2cVJAt"
    "AabjkmOpW3lhb7lXQ2RK+s6L0sG60stoQdvyEV645FNxg2/UZXSyaPDILmmJyjX23DdTEV"
    "Yt2ndBdtSoZkNZE6pGjGrswaxepm1JJPk11d49kgUlk14fj6SKtVLkHV/XPoqSQDbjheOU"
    "Zw+fkc/JySwXYjoOLOraI3gn/+y2c+xuVUKtxbd+ojfzdLBNi3Aspkm5ZGWPBVHkneUlQG"
    "CAtQMv0IJBAolJwv3Lu/UHJ2sFfKX1LEovXjdFnm7CaKt7cv8yZuuN+QHfESUWhhOK5lry"
    "8QlbXXiPeiM9gYbuIRi98B0Zm4Zfi6sNDM4MYlu/y6oIZfyl4tdWawGxutjGTbjXPbWmq7"
    "qpiJFyEhppyhU74N6VoFYI4JAch7QYZE6SpTd6HLXjb67cwWyZO9C8ZB+QaX58hCGpEACx"
    "asrdqsreSuLQFUtfnKkQe1hO4SJRuwnyxzNvQ4vGIbdjOgs9+MXdCxmk0HS8RkKXxz48mz"
    "uVHJJkBsglQI1OeunV1QI9OPojKDc6m70wV2ELVXVw6LZ/qj/EgmKxaRtnGrv+WYdBGLpf"
    "mRV2Ih23pFhoOs+bwKw/hrsYor60KQHSfdX6673JhpFTCffOr/9En7pXvz2LtAC+Npob3o"
    "pofpJr2+HvZGI23YH32mW9yvxqXZhvM8Jh/7w9GDNhhe94b0axq242r8ARiTy8d/9YbasH"
    "fbHVKpZL2j45t7mDBwRf6jXWUOI1JQ51CizqG7oJuGH/ry5YOTosoEtmqOJT7j9St9OAVO"
    "pJ9Hg7sMqkdEJml6G1MX/Q8yjer4pSf/mHuEe4/pAWKYrkGcc3a//6rKEbIDY4ZR7GFIFe"
    "dL1uHrxM1pNkGyOB/U0Mh+RtrpFQkx2lVDI1w72RoaKTmw5vda81vMwPrcZ30mt1fzbFCe"
    "x5dlf4ZJfvtsz01SYbmt48A0O6JpxprMypbQjsqoSAh8/yaXzfRmh9H0Jmk1/eUKztHM3R"
    "uMBje+yI1PDFdjdH0sbxKlZVWCGDo7fWWGqWkQ9iot1FwoLQuPQuGFoOe1FpTVlTvlo1LK"
    "PAWlHfUMoGg/QQlco2IAbJrQ/eTIHxlRKWUwrfmkAGJHBfUUqT0iV0xxIwB4Aq/jOLwOug"
    "dLwHTkz6IootvnNKNyYrZHLVoVxMH2Cy8gcHBpkM1M6jgzBRVUNGYblFJG5cYgbQyhSNVQ"
    "KQOtsJCKanhV7tcOC69lubYjhdn2ebej5eDy8aoCCWTNN/ylbxykz11sf+voJnYQC8HrMz"
    "TB7ivGhNeIcBYWNfhsnsnD6lWwRKA0MYpPwuc4ExOsarr3mPzBZtF09w9GsGKpR36VDea8"
    "R44xwz55BfF7Ge4FnVOfz9HconcJ70e/WPB1O/5tg68RDOICFsE5qVu/bxUS3aMPk62FFK"
    "Hgm578G9KeGpn2lFiuImywxBRNjj6cjD4N7u8ZvSvY72Myeuh+/Bg8IsmnOk9kIk+hguwy"
    "BakiBRNrJghK7Oi9F4xvMuoFYz4/vMkT86GjMtHl19qcugN990rJ3AlfQpIrHhGD7k3NoS"
    "Cl1xc6okAtjFZgai91OUS3ArBFIXsQvMzN8KF0DvIyQxuknLBmt0ESN5KBtMxS0jITL6wS"
    "EJWt391SaLcv6+aRjcMeD1lO2UgPiH1O2WjnCWAdt+pd39nhCVzSZbCkSuduJRT0PpWfpA"
    "n1R4/M88FfXGwT3dRsLGgIkL3Pk3KFdnvynXbcs6TiYsZPFIdXXcqRHRFRrghV+WeJ5bka"
    "vd0Ma8SSQTkppxzU5e/ldkUM6j3G1Q0ZgPcTvEsNMSsPqQR8rO5uLbHgqydDBS0Ds8zubU"
    "fBfVZ3pIvhfiZUNyzdtKDflHN6fPEL9LpYo1NG+OH1qralnWZnnQ0FyR/LOUIzPDUcVrJi"
    "00+HHvmOJaiiXP0tx+SPJbafmOryB3qyLW/l+LdkVCb6OZ3JQowByNoLWYTVpbKn2ESnDg"
    "XeL9rTQfzvQdmfDh8V9gM/gzJVDfRK7CoVvJ+aVH3N4BTWJ4vtcuevVtW7ub7gT86YDHs3"
    "ve6oR/9t05NedzD97Kp7d9W7uWEfTtkPNYOyTcc3RPxnU6oMT0QEqvDE1OEyqvCER6ScI2"
    "8rU9+DUo9B+P3bHFv++7eZW55dSuRYBy8oTbbIdkpQOesbqm2DAR4bV9wAZw/LrNCqxyWB"
    "uddk5l64VrLVw1JywOYBBh/4sBrjWOkcxJDaPt0lQKs2nSd1EDaKehLtAS5wgSVahGe7wK"
    "K9ySVcYJ47sb6wQuTUbGai3NX0K6Yauovu9TXypw38Vixrb2tdI4+wsuZoaRDj25VtPdn6"
    "Mhh4yufifz/rIMcSusLqufWYRHP36AzUskBsXt6WbI2W9GHZdro2/DzB4EasszZvcha2NH"
    "MwcdFkHfjjuLcY/WlNwC3WQLdY++K/LWYzNN0HKTD3V5jMGGRyiJ/c9+6u+3c/XaBAfkyu"
    "qeJ/gWYWwWPysdvnLsi5bhT0P5acLKnTY225kmopHBVRpl5SaRYDwV9cLYCogOUtEK/F/K"
    "7zZFfJ+jZ1x9WwbVsCE2ZX4/moFPgw8/gw6aKxryyB8lZCOYTLd8mDizgbenVdxNBwQrVV"
    "F7y1UjWeGuHVbL1xmfJpyjiI9vo/BwQ/WPSPqr2fR12Givh7BzncAoKewNe2pe5lu9kiHM"
    "H9DrZbahOu0ZPF/Ejsy3POFyNUudR2DJxaIScs3WOQ3+jsHF3pzqLjF72aId6jjXPCFvSP"
    "b208ZeNTlmaNtx6TMNsNOd50iulI3eVdD/+OdBRcY2W9LO9pEfXv/W/UNQ3uiXMCZxoVDZ"
    "xrK9t6Mdh3Y83j6SdsiPU6JqeM7Ga9ht7DC/RHwqD6A83ol6RjHaTbOMthd7Zh1VEr/Yne"
    "hg6z+RdhJzH9GqximO853HwT3hvSXjrg7Gugs89fW0lPX0youY0aG2NCQHbekbPz2pF/2t"
    "qMMZ91KXeChBLKwVuJj4e9zakd88J03QKV/IXiyrioaz5MbPyCCdVhVrotCg/sIicnBIGi"
    "HPMLlEFRbno8LU1VDnR/LE3sTwfURo9XV73eNYujbWYtI7RW/hsDkrghiVuVJG4froJtuQ"
    "TC8F4u9l4OHQ5aYJ6K/AXZG18sDdt/7/Z3vMmSccCKxEqSskCob05wJB0TA0oMUGKAEgOU"
    "mOa7S4KQQzHWRkIW3klNfqaAnZP9nLWTpwHsnK9x1fOwc8InVjahMyUHCZ2Q0FkHpgGHQw"
    "7VuBBsVeh0AWnHR9COS047hmL3ZRa7FxyyZe3YSLF6NcGNv19yALxVn0rAWO2M+ZSm2aiM"
    "eZ+mG54emTzeyPGyj86r2f7YnLTeh0hCue48O5xby7iiS0665XRbnq/Oc9R9jq3LWK8L3U"
    "Es/ZzuLpuxTFklxhVj6CYZuCeJ5azhlmOSwOLsAlHcbOtlS+jl9SbDFPkF3UDfOPQjMrNe"
    "O4gii0Omrd+g119AG/iyDeTLNp1fIvDjBvtSnmAy7P3zkdrsfrnIYI4x6d7fDwe/sA/DXc"
    "7qSv7cuwoG/omn4b2OzoIAYmLVnnburwk3QhroS8sysU4ygoNJ2QTkEypcFeabT+r1r18O"
    "Bjcxb9tlP8FruHu8vezRbc4XgQ4yfN0hbQVDqUgoFdkQ9bilPmcoFQlRxFRkoUi/5yxx8D"
    "amX1ssBdIsEMRJyQG4EMQB93hjXWFy7vHUCVoCwqq3MM566+Rw6W4PU3Dp7kE59d5pmEuX"
    "BYRuDIJPhP7czdXObmcuG6eZdCB03lXLX/mXK3jEM1ENRoMeIEz7dFxr+izp44pI1ejdCn"
    "dwa51bU2rgySdTRaWUyTaoOYsq0NtcvCxkR2zl4BBpAHVJRTx3GGfHYdk0DeQDaTZCA237"
    "eJdl+/aDuRQFN3UexjAe9kYPw/7Vw3Hthp1UkMQzsNd6kKOCdAka3nYvkJvgZ7Ciafp8Hs"
    "aWO+jJsmYOmlqszSYja5wGGhWybPRqU3yRNZ+fdQI+x5OFHT5O2ES0+juC+dMs84cdcZK1"
    "zTYSUNgsERRNFzYDNkw+Ngz77KrX/8X/bIqNYNzHx7tr/zO/imPy0ALWjJpcgoAxKG3gxu"
    "XAxC1m4gKTI3tB1GVyQM6oaqsuoHbsyhkFZgcwO1oLLjA7gNnRLM8WMDuA2dFqlA9ndkQL"
    "jDuO/oQFrpDLQPLj5yE2df5bdp8ct/5U6uAusHwPxGnbb0RBhDYsnEPwifJ+FHkN/UcqHr"
    "LFE3+Z0if9SZAiE0IadhTaD2wvMpciW08ycDRaGCueHy+IGW2udXaFi5xgFDDN1Aq1hOsq"
    "GW9JiEHQZW/QZarbtiHSo7NBjogo56AvH2B2Ij3TLyC5kxNiygFdQeloVlOhWOHomCS4ZJ"
    "viks3jiIcyfhX6CU1rynVYOWgTUuAtBA8seGCbY6R1DvLAhg93CcDeRKZSFNvEUZjB2oT6"
    "aEeqj1aqnyx0WHzVnrKCDqCsnMMkpvsdQZB3qKA3CPIOy9I7p9ZTgY6fUSngCRbjCdJdqf"
    "nJDaLSZrs2c0xMGfhL29IT3Z0u5EypqAgcE5C3WTO6G11FCtuEFCC73wXgRGKIB5pS0XBk"
    "y0DOa08lNhikcVblatmbxpl6vZWA72U4j6LYRt/pjcqOvdRNtjI94trrE4GNG7ve2WXjBv"
    "S9iS+g0UfVNnLauicDwouFkyfsVyj35/rG8auEz7590U2PpajyqdEpVfbP0lmvRScR2NO/"
    "n2wJnM+Gz7+y8fzk34cY2rtsGMVs7Vqsl2yLnO5NdkXWkIyJqaTB1GxMhk9MkUTZULY+So"
    "E8/CcPg/vHe/pgWStvNSb33X9doJW+DrNcwxzXMele//w4erhA+uxPz3HH5LY3/Kmn9e8u"
    "6NlkP2HNIOFng8eH8EPLc5NHWx7KAuTGVsoI+e7thzz4vv2QDTC7dvw4a7N6HpdfuWwut2"
    "HnhXdrw+JSVROYllQ5sjKOdTG4Wwn1ToPSD9vjkVmato9Ld8D69og+d+nBKa0TCsVBNyys"
    "GwIjrsr4GVR7+ApJpkWS/Q/P8G/cAlfrrK8/obdpAOd1dWan8R7b13ml23iIlww/+xqbxg"
    "sW+zyF4zq7fJ9TKqHZgQj7xUxGzvtJZ0DhDLxzo8XdmYY5o3/j/2Cnbwc5mLhId5COfsVX"
    "rHuj403YbBOMgsxc1olxSY8Y3o4xw01a5d32+FP5XYLtEXp7ZnQ8xQLcqw3S2bLdq9EVzK"
    "u+RUTgdSPlMxUD2gY/aWOM6+B4EerEGaGAjcQuXbgcqOs8QHYgy1TZZHYgXq5M+tuEz/qO"
    "7MC4mIJbtIL8wIaXF01t0pMVJjOGmBzgJ/e9u+v+3U8XKJAfk1H4iRP55IH/0x2Tj93+Da"
    "sbOtcNk1USHX3u39+zD5xnnhfZjFiJ7rJN7woWMPOVGBUB3mTyfbh0nuQOnY0AOPP3nzam"
    "7rgatm1LKrU+LqWcU7+S8rfsECuS9L0Vg3aqzam5mXa+gcs1++lS1+UKBXZVW3XBw54qVw"
    "aO9rI0PXC0V+po3/Dhj+RnZ86+E5FjnV/o5GARc3+h7UfbIVW2Vc92Z4fnmP83BWu2xRGO"
    "V9CFVH4tLwqHsKZINrxbCeWMuTxszWyuZoqpOTFsdzHTBYne2T7kqMzX7EUGEyl7z7ZTWQ"
    "ZWCijLDQG4/cqy5a34T05ry/6VnerylI/J24gS+cPRgn4zNFlznocPzDn6w8F//UG/HPuX"
    "E82eC27BcurY+DC4h079LXDWQa8LY7pAS/0ZO6zlZDIiU9d9x2SF7W99eWQaS8NFFA/8ra"
    "PPdxBTwnn5Abp5CuiXOoyNAqbCgabClG52GV02HK9cVeW3b/JEJd5kByXepGMSf0ls2GB0"
    "fa/j7xq9Y9scsveI5+BwhXNH7B/vHkcs4O5Lj0nwL/733m/3/SH7J/6yMuymRONfdNOgr3"
    "DbEpR+2G1xxCUVtDhaYmHkir35e84pYFjGJetZ5oYY6K1bZUiSLfvFxY7uIqFLp0xXDHAS"
    "KntiHMuzp1LK81aiRkfw1NSNZT3e4PJVDHBqZkMPTk1wasq8j3bSzDNx3c0y/3qR3eEujv"
    "q6DnQY+87Jh8iELYM6r+M4sc1y1MQDp7wCqaLx7Z3pnY8+APu89Fq4laAAfBvtJ2C1HCVV"
    "Ifq1JDBOiCnHb6kkWUH5wn3d28EjSy3Tl5bHksuu+6Mr/5OZ4UzZZ81wYPvfT75aUVxOma"
    "yymmsUhXtBm6wk3pYJqRrjZW/o/zX61RlRnuhzswFKenuLpGGTF9vk7sLGzsKi0tLLkBKF"
    "NSi2Bn60caavZfKG40JQBi0L1kaEfxuGdEtcsbmiHP5auYK+1XnW2BU1roYVbtQKu5arm9"
    "pfHv2PjF84LqXMu6m049FwHA/PtI25k9cblBADYJPArrCtBS5NTj+VAFckCoy7VH1TFjHm"
    "PzStr1qWiXWSEXKNyiVgnVDBqnANnZz1nvOXg8FN7Ii/7Cc00bvH28ve8PQ7frbTQYaboa"
    "AajqZPXeNFFvCYHACeH3AojwzlkYGzoWqtjqY9X+1cdIHtkCrVMaWL8GTZsqdoXArO0L2M"
    "khCxNMjyjJLIVO3COC/dIbG9pAkP0eSoTdpfQisLBD9+HmJTz4h+pvILW/ayysL7P1UyQg"
    "IyjoAJsqXp7CtrAsQPtYgfYbEayVTFhJhyGYvlx8OJMX2WZtlEZJSjf5TPs9Ff6C63Nc82"
    "ZUCOSykHcyUsmxXFSGonbwTUK21bHcDaQncEnan3oLyRKgXqBp3J5R8Y1goTuRLNWwlAdx"
    "+69FdakvBGRADfffia+AVLvek2AjW+5IhlL3Wznldd+UrbyuJ3ym92bAUgtpjVxrJwA0ug"
    "ah1Gl+OsAmeFi/AWBcKwDsXWoSW5zW09s32HZJFgSVxSvWBJe4Mj6ZAYb+RhWk8GKbDQKW"
    "FY6yavNQS9sw/TdsY/Iej9FS56nqD3EttPdOXoL7VkS1QkBSH0naP27ga0NNTV5fo3DOT8"
    "qf7JLRYLf9Ovge4eb27yhb95fa8Do98De6YS3kJnAbU3wy7UxYG69Cfr0bnycDOa9pLPBV"
    "i03cgBhIqwvYmSEAHlZB9EumnozqGPm/8i6LKpVMXJ1Z9KAelBf1IVIt8VXs4Bfs/nUvr8"
    "drzJZvID0Rr5U03wFZ0Kt7KK2BH5cf65lUmS2xxrexuARc7SHI0NiMX4cGhKfwXyWwmwtg"
    "FhM4ELpBNkmbNwBL1EhyOHfkPkLKzVil7w9VPE9FNkuOiUDTDxkz5dI2O5suxUYZBabjom"
    "fIjDp3ConM7uTu/ByQpn5+ij5RHeUoGJ8tQ83jshbIJgWc/eCpnGM+YDgo8Z8SyrIQLwCY"
    "/Z84A9hURgTu5oe7AVUY5HWH6LtJZEjyInTgtjSOBxzoa+nc5HKI3bGJ8jlBbN629saL8v"
    "H/l7fX3F6P+ZmnI4II+uvNLXPJkgdxswqjt+y05Q5Lh048y+fdFNDyM6zZIaPFw9jKiLTJ"
    "00iPHtyraebH3JlNdXB50yNDCZnQeZLedUmglSnZSdb1SdddIac003HpPRp+63b394jwwH"
    "PeOVexGox3R6ehmbc3ZBRxOs20wdpt+E3t7QTTS3bKbAG8RzK9GQd5GEFFOSa+EF7W4fJk"
    "0Bjwkpp06XT6JtVwMeoJCkNbtcFBLoF6P2+jazw1Lr9HawgfNBDTYw2MD7niWwgdW3gVn4"
    "NtP+DWK7e23fMJZcblWF3yO7jN4BWkEfNSzi+nshrxUXDK+trW6L4yGgpoCaAmoKqCmgpo"
    "jUlHtGsrjiXUoFekrkah5FxS8vwSvR5vbT/4rpW85lrdZt9IJtg37vWUj+CCknC/pTGAEk"
    "5J2gV8NdBP515PvXLRv5fDL6Cy03YJ0IvPNV3m5M2JG01F1jqpvmGp3qyMbTNT38NuSZV8"
    "ujcy90MuPueov+YxsIoF9hjVwLvS4s/MK+h+7wUYEsPerOzlHfHZNX3XAd7shnlxecgUMn"
    "sF5J+Pv0KSfKsNno3pwb9rLDvjMToc/ifM4u8J9PfyUd7f+4rGjA70FxYf8I9G8H6uJR1c"
    "WjlX9p2gFctfufPi2uJ6Bb5msYtpWuTVM/WWEyY4jJAX5y37u77t/9dIEC+TG5Gtx97A9v"
    "e9cX4RnCjrhfesP+xz77MDw+x2TY+/g4Yh/ZeM484slzFzg6TXtq1FX8Z3hqzApm90clIZ"
    "zT5HBOqJBI1j6OS4GJJ2oMGDwFstX5U3IQMkuD6+vOcsDGZGDLClA1rSlPeJHDNSEF23V/"
    "IfSIFQgOn90On8SrRuzySR8NAO1+aGMH4n5gty+mEsB9dFRKqE8im3qHZ9QvEB2+JYB7E5"
    "lKTYAT7xzp8hCVeoIjKbQiV3A8w3a/LziV3bvfGzwgGE0XOnnC0SzDb5zA13qO7i3HYC23"
    "UDCt75n9I2RaWuQPpNsYmZbLPKe6i/wr6GP/4+A85Q2u/nZ7wu5hP3kbzw/zpwLnml2rg3"
    "NNt7tUp87NeNDcBZp7+AAU8a2Gsk12Y5/0usO7C4R1m4zJiLlYLxArkcp9pr/0hqMe85m+"
    "YNvB7JOHRzbaxq7Hxvd+u+8P6QD/UBmT7vXPj6OHC6TP/vQcd0xue8OfelqfSvDwk2aQ8L"
    "PB40P4oeXRkR8Hw4+9Pv1sbtlzbKTyvI/jn7Wx7oj0huz4xVZCvTKnbz/kwffth2yA2bVE"
    "+fpGkp7bF4eL7tm53IadF96tDVNx68qzEZ0IzG+/O8dGeCrEfPbtQ3wHwswHn1E8XZ+7Ij"
    "fC3trpGzlQVKBnLSSSNAVqdQO1wNAs61kChmalDM08bUurdMylqrUJvHOiim57XXROKMTR"
    "wUFfmjykzY2nTCfOK7YZm1BHm+m+XWLHob8FuXi5MulWOQ9oiYyjuKmOEC1nh3TTtF7ZRR"
    "TKrvzdlqBv1nPjMdGnU15T4Q9WOMFwnT/8wmMO8i84nPW5xpxIGnBFGYDhJHmcf+F3ZFsO"
    "yJRHzb2JrEQK3R05OHGxJvuhGmPlNZ1OWYrTr3t11btnjjp+VjDH3s+9qwfm2PsTT+m/L7"
    "t3F2iikzH52L956A3pbQ3TTZ93R6NNzgypnmYRCWVaPpVm3PibgNoo/AUigWpaEMAFyxEs"
    "x0Y1foFVr7HzC/gLwF/QAn/BkTM6u37q34nASxBe6uxyDgSpgxVUnAAj95h1t4NKm3mt23"
    "C8ciUCy7eY+H8loA3HN9mIbYzHgKMjBHe/vyCUbTLQJ90RvXKBdMfB7pjc9LuX/Zv+w78u"
    "kGnoE8M03PWY9P75yD/Cf3n834w8dPcYkIeIhzlZqHc38tlCmDi4Gb4Ew9Ho28N4EazgpW"
    "WZWCcZh3pULrF6EypY1fKFp1K90fzLweAmpoRf9hO8xLvH28sexZ5DTwcZvqaRNohXuo1l"
    "s+JiMhCf3qsj+3iVoCNH1LF2AZxXR47tLOmYWtmt65SDO56HYZBDm2j9bHk20c0bOlNz3o"
    "+Ho1SlsXXpzah9cyKwtYIrnV2m1twgnHs14WNzRl9/XWwrtqClvvYJxcgirBlTWPfFICyf"
    "wSLuYltMPrjbeXC3s3RCRLlTC+Of0XShYEYtNDX4pBALPaqZmFyTvDZNUq7JKndjDEd/w0"
    "ugvBFQEN5d+zZE98dMcH9MYqsv+X6cC7WGHelScTmVfMa1ZE5BlObrjtIcrxZD4xa55Fh3"
    "+FTIUtBTcmDi7zXxj5PU3rQdXEZW+9bQF+/lEhBWuyZD6vFtVNGAXuBtFhjAva0jer8FHH"
    "itc/dCRtaKrTVrFByI+in8vul6ytxOHfRKv7PTQZ7LvOgGds7Pz8866Bmv8czP5GdVVG08"
    "xQZj9Oquq08XrBosNXnZW1FUP7amG4/J6wIzq9tvvxyg5FetpWDa1gt2eDflpAEe4phpgY"
    "NxDcZ1Mw7Aqo3rMOkzbXmIQQ7HH5hEmgPmOre0XBIpGM1HNppZm9MlPawtqUyEuJSKp0Oe"
    "riDfZXcF+S7VFYRChqXO4I2AcqUnyudsLPHSknJrBuOVg/btDz/kwJaOygSXX2tXDk2FJc"
    "nvB6MHVmc81JL9zBq/8jjLrSlYerz00wWKUBfQRxru6kznIfh7TitSxyghCAdfnoMPsn2y"
    "0W9nRCFPtg+UXoFq7+0El1UNFeO6y5aOSimEas2GNMQhIVTWwGiOfKhs+xqDUNm+mvvJN3"
    "6O8uVQHb7S6vA4rBd+ILIBNXlTflxNhKOv/gPo8n5AcRkWdCpOCA9CuN3NfAqdzJXSwtPA"
    "ZQfI4+jmDpVriVXOU7bLmeqE4FkYemYdQQ3yYhlTP4hNNiHt0/vrjx30833vJzbm/u4nHr"
    "5ecfI3aznKIpwTnQ7cRLNZU8k0obyeW0KYu1lh7rlhYtmc2KiMggGsavxhFnFZflV2imyG"
    "ZyQhpyDeFVQuM/5bAHLmWREOBxNSYJw7C/3tD+9ltuxWAjZrjs3KjmaR14no9jqT/SJqUz"
    "JZuz4pr2UA7/If3QwuY65viuNl/647/Nfpbfe3s5j/+2Zw91M4PurWvvzXQ68L0QmITpyE"
    "2riUIhkXgleEMNvBtPQikYm0oEJO9KqcuJGiIQc6aiKs75bt4NxOmtjDu7//ZGRDgotxb7"
    "JD8uFtVLZDn7xQu8my17/opqcHIKT8OoJRnV2OHSMcr72EAjk9OrfWC0X9W/2FboUnjKb0"
    "1cbKl6PR50ekT23LcbjrZLqgkF8gNjtmHF30v9Ff7hoZ/lW6R1wumnbfVDA/+Gqa5auhCy"
    "WBajAaChEn1ZXN3peL9cfElEG15lC/8+zJqYhbgXIgb/0BkdIMZV6vsYVIr8KA4AeL/pFT"
    "vxn5c7RqCfJqN9t9lye4d5CmEouXCnSUZDw1Wzv50x8p1cg5GzlhTSCH3mKKN+7o4J+Htk"
    "WBnsjlHrjZOoQftiZSKR9RGeVKzH6fJ6Hg++yEgu/TCQWQzCidzAhZSJVmIcUP7dyBnLiY"
    "gtGc8h/+7QtRHmjoTZUBczpoBgGcbOjVDeBAekl9YQbgMpfOZc7DB4XSwBmgV8oBjUKWbY"
    "GHiO43wDermIfpOcMTg5MtdeR35ztH1/TVQxw6AvmHmIPobkI2Xlm266Cp56Klbj8ZhHUz"
    "HX1+7KApXeAny153guJGrDzRdMHonKaI6VnHLUuOHoCLoC4XAd8c8v7xmBj4x4v5x/2nUR"
    "78uBygXwx98NycSHtugiNfxtyNiBQydhumJlZdHG2l2y4RNfrbVQBpI6IewlADqV3ex7Ai"
    "opTJHhcC2qVIVwgUcElfSFwKPCGNqQXR0P361RSDUHxX1029URDOXazs4yTPN+3MKDF7Xq"
    "BClIBv/sZybYU2rjnlAFdIBZMGNh8ZrGGHQmlsMJFeVgKoV5Gp1EQ2oY7mgPc4RYxaCm++"
    "GkbHydC41Ym3g/YYvdzJU2xjyQWkyI+sSYQ++9Nz/CYR7F5B64fJetPJIdW4IX6jsws0s/"
    "W56wtZxG/90Anq3iLXYpkV6RhMTTceExPPnrBNr5trlLNTxVJ/xva30wWmt7ehPUUTc0Ga"
    "66o+xjmoDMuwNidqJZ6+DPLCz6PBXYbZHgokt6UxddH/INNwWqypi4BlULCZN2SrEM9NPY"
    "MI1FeCagZsgssE7K7l0reCdMwwJgYeq+I5TVDjv+Qa/+X3F4Ia//JnVZPYoSEmUOO/Qa97"
    "IGFnow8k7Kw1BxL2SXaQBmr8qxfXbSaqNSjJkF0AldIbDy9USm9ArPc4AYh7bBtW3Fcdv9"
    "LZFXaYmpZD982KD82d7OFLoaVF3AX9Qlbg+1/qazThhbPpRYM4dEsiQ1DlqcgE4Lpvluue"
    "L52UGzoUUK74wi4gQ6P0x0yT9MeUQeo/kgXs0aggmKOtMkf9pZO2RhNiCmn2lWUEh5CBTr"
    "lPZU9srkYVxhxh1zXxbGDPuC6Q0n1i13dqQI4/UrPY0PyECz4cvS4oRmhl6u7cspd+z5EX"
    "NjPSkT8xa5eCbI9QlQfrNp5dIH8fdJBjMcXHn8dwguEz5L4aUyHToto7jsmp+2oh1hXDQR"
    "RMxuhgxTQdiqsv0kFsAJ3YCckZuoss+oAczK3g08udfFERqKm3V1vTl5xNKR1djctBeLVw"
    "eHWOCxTrjAgB9IWhhwDP16hR0/eU3BtlK6DSs1aVGk3RKkGBHm0UlqGnchPW7d5qlOtwC3"
    "9WzZjEiByKNBsrVzmGDWat+Zi2ydRPXtElVHc3H5p4TrVNz+347fheF1T5fNUdNKcKykzk"
    "YixrWqgA0+j3fLbOa9P3hahEbPYbYCOgTOmR8qLOX1zMi0LJ1YRMiCnHSCq/isMxbOGGOa"
    "jK3ruhs0QragVnTKDMKQG28FeBe+jplMY+IQj4F8Pf8uzCR1BaFlah/ESHjO1feXLDMVOo"
    "8mgwb7M1mLcpDYZYoqS+bHjD8coph5XQ1cGvBX6tpvu1Nl0pj+3WYujv9GoFy5PLqcUin/"
    "l8WgMSidBGgrLc42RjCuvUYIFX/Yli6zD/k+37pZy0I+vAuYA216xA7BEKjRZJrqxN/Sg/"
    "S5I9GPzvEhBHZUANyaOGsKCnNretpTimmpHfExU6sIZDw3xWciUcOBCuwDe9BztX5J3+qp"
    "DjkSWNJ/1LvJ0SUsqYzqW5SJe6O11gmRd+RALgTCVAGvM5tjG1EQSOhuz0x7gUwAoOzGa5"
    "zuaYnqJFPPcOIH8Y8vjLihcikUc/KQkrUGwFfMpzARJhTBBKrzS59AowRbMfOnWZolAKBK"
    "pVKEOI2xHagHz/yPuq7NruUAqkrY1G0xTnlr2as3CvtNdo15sZ7o31dCIIr22udXZF1nQ2"
    "SjOtp3xBtWw4gKDd4PdRZ0csjJXslo3URGWUi9SUzyamT5SwyUA2wFsJ9YKN5eNL3xqGu/"
    "YxkgA5IaYe0t+/zYH0928zkWaXhEhLph9EheC42LudJ3hOddU0wtm1z7cSBxU/b6YqK8K1"
    "ktrnrP+FoDVqNuwbAUC9OOovhi5zmATDazxG9JVRz0lSPgvHWMlA649W7oB+l4d48y6bd/"
    "Ou5cWqa9U/1HVQM5tHzjUdkVDIfVoV59tzRC9f8NrFvHaRLdWoQmD9GV6uLBeT6XqIp5Yt"
    "rISaHtTZ5ZoytsM1m4+vwEf1+4kztXz77xmvT/4NPqs2+Kw2a5Y7eSwUUDB3rHwDlD0JEu"
    "AGwxWE9ru3H/Ko5G8/ZOvk7FoidwzTX+q42kJ3pEr3JuUUxLv8rZyVZ5pNUsxKM/16E/Xi"
    "m9dZ0TtIeaeiMtCc7wBXSbvsTmBGFTc8U3bScdT6e9taWsFSpBsbbC7uVONX4bCGRZi/Fl"
    "W9uiRKutYy+ks4XrnOA+WH2WTj8fXH4lusEj7T3yUGd3+H1VC2yUCffHy8udGGvevHq4f+"
    "4I5OSqfQbDzzOKlgTO57w6ve3YM2+PiR9V+1pyyv3prPx+Ty8V/anfYTnff2Ak28tUY0et"
    "hqyzG57d1e9oba/bB/1btAS7ycYFtb2YIi6XkW9e2bPLmwb7JTYd/k1fOb2zh3ZutzVzIC"
    "cnI97H58uEBcli0kb6Krde/vh4NfujebbroafR3b1otujol/jbXR9T8Tt9YdEzoV+4DK40"
    "KNdstfUndBdaiFZRZIt0mJQr5NsXybtlWsVwt9G6+wyNa7tCwT6yTL2g6FErBPqFRVuG8+"
    "qdfKvhwMbmJW3GU/AerdI3tvnX7Hzx06yHAzsI68B7WJIGyeXZYyJajMdi/Na8RUib9cgV"
    "M5E9WIBMCZygC2MZbEMyoCgKYKL/j6rMX8R3KnbUISjlyJIzcoqSTQ2rN9yVGZ+n3JJ/+Y"
    "e4RbUdQ6MkzXIM45u99/SerxjfUwm9aUJ+poxkxqWZJysDSlLw21UW3XKeD7jwmqRzlria"
    "c/BGknx4xa30VWOCIG69vk9YWivFVWw3O8ydJwiwVIk7JQIqTJz1Hoyiyw0AlRWOcmr7Pv"
    "ntZsrDty+ZMpQThB85ygQDDJRl8tgkkss2E1K7jqcUlY9aasuuBwDb694B0qW3EpLQjZLQ"
    "LnFv3lT1ZG1aXsalZxKQA2u5EwFAqrorbrxgyShVcgCQDvTXoLn/c00NKJb1eRqdqFce6S"
    "VfHDEeqBlQpuznpgWacFALwHYMEBmQPiiLIFCO9BOK2YHlDTjk5mGn5Q68DSdhuefHc7ZQ"
    "tNoaxViBeccPGyLLj6dC6VcKolUSO6x3blbCT2Yo70DS35ROzvwPUr6+NusdZZ4STI0ekD"
    "Sj/jH/MOWRdIRzPDmTLCYNAunvDO8DaeYjpXuhlXedNC0cJGMyGzc08gQaLKcoUtI/0qst"
    "vBDa+uQzaPG56/tuScLlERlZ630vxZW+1FCtekGGC735XF92IJNuognKdl8Oa1UqPPrLhf"
    "r3ADl4BsLGFbUXSTT26Gk/DI6fTctN1lnoW2bx67bGNz7zfIHqj9M/r86FDbaGs7Ta0XbD"
    "volFDb6QJh+o81G9ShdhQ3mEK361kHvRrugn/m094RTwBFr9R0wshwkeEw+yttsNV3W2GF"
    "r9gz5Dx7h1X5+losvMrqBvDVk7cuYmIKhZbq7qAGGlF10dNnTzJouhEAPPdrmKALlagLCb"
    "VN9nI8HNuRP4uiqG6f2Ubpllf8ULmlCqP/I1O6ZXzATt3SWK4s2w3OKW3pi+RUMbuBLz6Q"
    "Qtacan0mftKnazQ3TPyNg/x50QLrM6YBuha6svWZiZH/UzvIxp5Dp5gHmiDBX1wum9YsK7"
    "+bUKEMq8BwhEGZPKYyCYEAqJRUvFLS/XDAqiSNLphdyuojOWMyehhcfb5AjmtNn8O6R6Ow"
    "5BG7/nh/f9PnnzkeC4nyTwf3vTttMLzmn1srTDTu53GSJ1aehSy/D4S/LHKJ1luRZiTzst"
    "sqk8wLEZ7sZ0HdCA8kWqi26lmJFikr9jhGQZ8r8j9bkxOBQbC9mMcY+NOaQAFXtXRnUO8U"
    "Ue+YtSprCEVlIDk2T3IsJlNrFvhO8qIclVEO5fI3ctOruAqgni7w9BnPJBE/ufrUu/rcv/"
    "vpAvEJKOhjwj/TPnb7N6wSK/9cm+v0OZ0F1zYf8yKuj3d3fALbI4TLX1P95QLNLILHJJwl"
    "lB8Obui/tcsuO/xsyzQZTZ7qGM04wJZbr2Re+zQiAvZp6fapa7m6qdnWq0zrlLgQVBlMhg"
    "etZ1lEIxIAZ7o6rl+7WhbUlBxAm67MyF8yssgmxQDYJLC+MS2PbEoOoE3VGNbd6UJzjP8W"
    "mEHZZYZjQvWB+vZNW2DFtm0JaL07TJ5QQDl7B0ougU84Nq54JGBuEMNZFFr2hCgUsGuO6z"
    "+9zhFLu8BSp6VhtZu82lCaqMbKOVDapezSLnnKYkQasSeo+xIlHvzI47YHfMv0klyVMMQG"
    "XgGU6FmjEETVR7uDbZUZ8N5uu70x78hm3098HRCM3AUjoeoE+ROg4MljKU2scQX91h1kEP"
    "9j5jzmQcS/c388gwB5ZGZhh9FQl4jgV+wwJqrtCGpgVH43KI3R6ISe7Kg+PXiogiLjD90I"
    "QBKKyAFCXMNd+6CkQN0V+Y2JNZknUdAdUn7b2wAz2fMjJqbSHq45NRB/oV9BJga7EYAIbO"
    "kR2D+tiZwRuRVQ6RGoynz806c9Hmg3xiiULQM4r/W43Vfi/MFjMluH3BGTpej7ltN+LT+w"
    "1Mpltv4ebrFAvTooTQy0Z9Ce23Psxjkvgt28q6GmL1BjH83j+LZLbKNZpDsOtMWRidGy00"
    "JGLw7Hg1pculocEmEkT5WoGPTolThcwAwBMwTMkEwzpOu5ixF2nIxy29HLnV2miE4Hao4/"
    "UiLeYFpPBkGnOnKtZ0zoyKVhrs8ukOE6SJ9O6Xz+FQdNddte88+NGTodnzjGbHxy1uGf2H"
    "hOT9xFMAmrgRHsIXonceShhvuOyZj09OliM2ppvWAH/bEd8ger6D1Z85LfvEKcjp48uqJ4"
    "hh7vGR8A6WRG/+e8srofOgtxxG/5dxY7scwZtsck/l1W9O+YsFiK/qSzX8prhLDfh151hy"
    "WPUYWDxVlsvDL1NZ6d0b+9UFEeTUGvC3odBct5jm6sJ8tz+bfhZe7GhGLE65L7YRoqo7to"
    "6TkuwnRMuA3oX1z0hz8vY/v88fcEtrzYSXA9lGLfbYVeLfuZx4bcMbHo0YFO2Xank587eO"
    "rZhrs+p3uLx4nw9NnhRfT8FaBnAl0v/oVMS585QSk+08T22TnqImrusHp7/gPIKq5PeQm+"
    "he6MCf6yMmz64SmxAhyXBgeRlVahg6Y6+3qGaaIJRi+6SXcEnZ2cVRFvylZ+hS+ngorvcQ"
    "3mSrzxRdJFxUC3IUW0INgfcmD9IRPqD6n0J7rlLSlstxIKoltBftlcYL/tNBgCCbAVJGyF"
    "7atZwl6IC0FaQxJUfTajykhGTqwY0oiIcv6d8otcAQE/G3p1CfiBvl9o3ZOyQMpuMinbt0"
    "qcAuscl6zn+a7TgFBplbdmsvzTHJWEZ7kNq1wk5JWUVE41Kp+P5xdFkvP/x2QqymNpXxGu"
    "SA1ARxbRiATguS+g4jmlNCEqLSHoCO/zvaGUyIbaXxLef55LgPR2M5GSoMbOvSaFqG5YrO"
    "ajbpiejU8EMarY9c6uIBWP+vCKVB57p3fyRKk+8vpTaKU7zqtlz/zIkYNW2EanbB+yL9NB"
    "U9PAxEWB4+LsgkcdVrbFdAfHeMEs3qCvWcBjE8dw9fn8nIXN0hGqGu7JolOf8crloQ02n+"
    "PHTHQbI2KhML7jWhY6ZfP6USg/xkMsegGbpp94o6902z07Rw8Gm4TJ45U1XYzJ0jBNw8F0"
    "480c5Fj867FQl7eiP8H1b8fvwmJbwaIg+hXX9JeaLGg1+ucNj5BZ7gLd+4oY+4iFoeh/DX"
    "dHgfsQJb7GgTcJCIytIDBGly6vchyVUTCeUEGH3JY4ZVsMcfQ1k1NRjopAICFpeJi64wbl"
    "JLWlKDV5xxGdllUG35pzrCamxUuk0fe2YUqvg0gaViL/SqQMx+Oo5KOAhDPCrpvRrSk5ZK"
    "diHpJ6NMcffcRC7c9YUI9jB0fEH64cG6es92G2nveim55AycsmpW8E6melH8e7XQn/HFp4"
    "ZD8B7YwWCwIPTWrhMWJOh9u5LnxJhNd2vx3YKC0gNEH7jlZ5une9Aehb38aCY+gBf8lqN7"
    "uRUMIE3XXA9H572H32b86Xm8HdT+Hw5AshWZ6CASGbehSRAjahBJuQ25yOi1cFTNVQDGyj"
    "gpVA/D1bhDMTkwQ2RXOUmjSbApiP2Y9dO3XZXE0IaycgqKeWHWQb7CMrDAh+sOgf5VIVmr"
    "UIpVEVyjO0rhY6Idjs+qHbE4G5lRjR2WV0Tf2xWhAJzpvT6dnIWVgrFrdlsd6lbj9jd2Xq"
    "LIWPfcAvskA2/cydW/bywq/q6EeO/bX1A93BF+hsRvoDkTE7OxMkddZ4Y7Ajm2VHhusk47"
    "eNyijnvC0//6z5Xepbm75Dj2BNMugQEVHCD5LYvW/zZKfSUdn7920qQ5VBluVv2g20Yj6n"
    "GqoN+Un+Gs+gl0I7Iafc4VEJ2q94srCsZ3m4U4LK4V3JSTLRHax5tikDdVRGOZQr2dWO8U"
    "Q0+bICCTHlsK6gYzG1i4TelB0gb0WUA7h8/c5wqA3tGi8C/Xl3xbeoXI2Bl9BsaW3cZeU5"
    "C61YqCspCrDLwG6a2tSzHVG3xeyQbkKs0IHSohBLFWFdBmGhKEhMEEJdEOqCUFfDQl1A1l"
    "Ns1Usg60XKOlMIqOrqutg+sFXbNZ3phk/Uwq2QFYuLvyQDh7/mR30Og+s+mGzA5lIWMaYM"
    "Oy79VYeiRScasXlURcpZGKslJq7GIDsUrVEwGUNNVcCW+moVpnkcgNSzd+tPpCpOK8s0ps"
    "bBO8q1ps/3bKq1SkBVSVqPvA8FPIr423I/hyL5nt7Po+gidpT4OfJ+2iJPxbfmLibniC/o"
    "BWI1l6nmwfkO1goT5N/CZzEEvI0Ocp69s7+j8Ii64FfDf50kVqCu+44Juw206Ww+pbbN1Z"
    "Tp3HS/ttYx/+zJsRy3AtB9XeCeDPX/LFz3c4W0TIQh7pGOe/zlCjgtmZs3GA07V1BAmb5c"
    "lytXppBEVESZFJLyGiLbtihGsaMVciig3GP/w5s3OZ57OirzwefXEm8uaut7GbVlesRbpn"
    "jh8dfYRrpGtJkaK4n4yeC+d3fBFeAxGfbub7r/6t/9dBF0VKFLwD4dDW5+6V2zDx3LfPGD"
    "isdXLfyvqG1Y4DlPlaQYnCzpToZ+N51CVXxjohCNa46DPh2XCR/nQuscE4V1bvI6Q9Q1++"
    "hsZ/wNoq5f46pnRV0TrHWm2Mj5XOJC0DB0l040WcthmxYE70Aa3ljsUQjwLpe4SFohlI9R"
    "kS91oqRXRLr0eDpxt2WHSt506fh5ur+4e2z/lgC0ZPC9Ybs+L8qip34/1pHzuASkS2tQ0E"
    "iE0++uGL70a6C7x5ubY5XUj/OXBBHuFMFpf5BbQLDKFeeOJ9nrDqL4Y4d13T0NMtRYn2JG"
    "VT7r8BrynJIU9OxFVB+dLngfX7/8fTBbh1eJZ59c2frMxKJAdy03HpOgeICLJnhKQT5Hj5"
    "FaA1uxdLEBv6C/McPLleViMl2jZ8zL+fvfM+xtLax/H0tvjy0M245QCb8x6kNnR4S9GXUN"
    "jq3JVewLTz8dBdCOCSsIe/nR4V0xogxT5QhxIRX2tTzSAlHlAp/l95rDL0yjli2IH5VSJp"
    "5Wc7FHw8Ui2LMriW8EDqok3kzTRARjJYXEXcvVTW0uqjmxa8PHxMDVVHTPA4el2voT1Mw1"
    "XrAt5N5n7u24kDLHeXm+asuzpyJEd2h9WxHlNm75OgjEq7Ohb2fkEuLVX+OqQ7z6eC+pbD"
    "9QJqo7vD9tVmmranENcdHK46JWGLc5EOC8Ce4N28B5YY0+uM0K0G1S5kXBuWg+fY7AXDyP"
    "f39Q7j5SBRvF8jn9kJSD6SLTbYNe6f/rxE3GwDYhMJYg6ofLzlGPGkZrxDPyEHd6pUJy9d"
    "x2TCbecuUg+psNm6o+dNa/I91Pe51ay5Xn8lbYGP3l0XsY7pqlu/pJsVQF4vew8ZRuHCf8"
    "UuxeU4veB8/O+Uh/Vvo1zPWYPNnWq9Nh/a91giyTxfb8e9F/EvqNbMREX23DpZPTT1iXbf"
    "oDskN7kdMzyEeDcF6DXDQ72l3VnNDZtHdd2Ypa5AmW29YJQWX8NDW7ILdHnRz8cTlA/yD0"
    "5bJs40JgqghclO3LXVxhMgtq4EilL36+QNbzmNz37q554mIwD0tbfBiGuYyu7acyXve61x"
    "eIFTJJ6m3HCW9DUnTJG5+3HZSOKsWllPPQVxJaIviLqwWbsYDPViAOSYTN8dOm3fOYUEi9"
    "gs0oY6Kwzk1e50C5KlKGOSIIa9zkNYZQW/abE0JtEGqDuFDz4kLHiWAMMf3yU8M0eHHSoU"
    "dOBJGM9KBOnoiGHRPL25qUYLTSHYdl0DDPfXwS9Kc1uUCvrO4ld+cvV7qNZ53IJzYVcOMf"
    "eeYMEcsVdCOt9l7QgLRZDUjpcWQX0wrikqAVNEUryEO7mhvEKKjxJ0RB52+O8pdeZ/pLn5"
    "5EbIpst1hEpEaf2AT726mN6UrOs+do0wWePmPJEGlMDPy66YCGNWWKwBc5XONSAKuQJVhk"
    "x6YFAdwMcGU3bVIMgBVmDcnEzLYCAGaaf+LqhimVeBgROSj1sJh+8I+5R6bcAJ14hukaxD"
    "ln9/uvqnSGOjISU+6k43g7YnWDBI6OZF2h/T4OQU+h/T6OhwWmloBOHJ2vs24iy3Mn1hfm"
    "hwgn5E6JeLUR5wIxAqKL6c5Y+xRK/vE3aPSpf3/fu9Y+DQafR8jghMuUt6OWu45JONU3Tv"
    "RunYByiVwrzgY9neq2bWAb/S82fPpMvyxdteUE22fsfmzdMZmdB3g755tvej4miRgrc9bQ"
    "b6kjG5v6Gi3p/1z9GfuuHesVndLVsJBBf6SJdQfT0YaJQ1KpwQrLoLlpPC3cs3y0znDpiZ"
    "Xidv4e4ZgkI8H/BuJnI4mfUGIkh0lZQYmRyGMkAXhCTEGoK8g79Y9aGZgjIgpCXL6DJHyH"
    "Se7mhJiCUNdbm0gtDmia+3k9uOtdoJlFMHA+lbdggYn4dUUygONbF8cXuIDqP01QbCX7CV"
    "M36g8MUNVWHRigUGyl5ZACqVZC+YBiK1BsJR68e/Zu9dXK/43p0N32aidX4O7Z05a+QF5m"
    "smej0edHHvz1Owro2zCWR1jJkGhk6xuHjzZmAt7xITPlqDZyQnGMfZZsjX1QKZKvJRxVGQ"
    "+5rT3OW+wrNhyNxaFfsCDAalkm1knGlo7KJZCeUMGqoA63e722/eVgcBPT9C/7iSjq3ePt"
    "ZW94+h2Hng4y3FhwFaxude2vPFY32F8VsYOhJtXBeILxdUzji2mlh8M78mdRFNPtQ9ukDN"
    "ERyzEYcKbgicjuilzu5DG8rO3YXMmgjLnHmrD5xSHZLE+YsRRPKVwdZFpTnqx5Ri0m3UVL"
    "6wX71SX1F93gG2JTIbIT4TGmTbKq7jQmfLpzH1/GWDqnGJlrLZjfp036d2Pcxwhn8hw98K"
    "RURmZ0PZs47BsymqJr+ZzFV8t+riLTFDiH7BoUm2zHiz0WOg8eUjlQE1KALBh0UlCrZdA1"
    "JVeDvTbvLdOYrjP1juByLr3Dz5VcMQkjb6LGJ6oRLL3pgmkBlmdHXvW+jqCjsBA2SzZwsG"
    "mes0rY/Kf41bADPfkbVsmabztWxZopGq+Gu6B/DfTimC5Sy13HhBW0tg36i1nlirll+3rN"
    "6PPj+UbXoU8xu+5PjHmNbt8dthmB5hgHNbaDL5XfSQ1O6GMWw1joNtYmKxndIyJS3zvyuz"
    "f0/xoNcgRUfY7dtTbx5nNRqDEb2aQckGAzNTt+JKWxzc7mTEtCP8ni/SSBWKWaHgjEqq/H"
    "sd+wwwv8+jW/Jlrt12/Y5m23W/+GWnE+k01gXG8vdnaZ1qyNrp/wnNOe7hK/eADPy+f1BK"
    "gtih2HXmbJ+xaaWN7TwkWnE29NR1HjlPvTzzoBK+p1YVCz2GYdphwXPeN1B81taxl8PsQz"
    "w0FTUzeWac5VvbcW2r/B7dh1fhP2l2BCjU4oKCLAOqBvh0PhgGY68TeLmZfFtRFQkLv14U"
    "0O7taHN5ncLXYpriNFHxEJkBNihaBu2Bsnkbn79kOe1N23H7Jzd9m1hJufHWGSpMSoTDk7"
    "+riHSgzld3n287vs/fwutZ/lekEd0gSqcSfFVx2TqnUPt9MVkYdjyHQiOZs5IgGPUUOyu1"
    "THNND1JZ07MSHAdb+HJ2JSHeiCYCbvaDtby2DO7YuI7bD97p3QAC0P3H4wo6IAR941zctI"
    "bCuomSmJDfChhWdGhhctcqTs8aMFj2Y+T1o2xNB0pFk8C9dwTUHW2Y5ScKGAgs6hr68IXG"
    "ornzjTBZ55Jg5XPncVuNHVp971403v+gJt5hiTm/4vvQvETpAx6d1ds6uY3r0hteB44xyn"
    "aMcdR12uQEsMcgE3IG2R0/1WZIkjYuo5YFRa3wb1zWqYQ16lVeZvjWKPMaxwK1a4Xe5yoO"
    "6V4y9f2cYUa9T4tK0X3SyqKadnaW6F0RN27a7X48rwmKSrJ3fv74eDX9hV/wcxPXrY+7l3"
    "9cA+s/GfvK1nMzRoH/gZnhrFjmeRPBzTTT6m/RXzdyH9j+6I/Ns7SgSJxZv7uBb0JVRSED"
    "h80U3WcpGblBywcyE5tz5k44e87ObNkIYtLArrmqZsrDwmA9s3T1CXAVZCXOzRUTosFttY"
    "sbjYkCohw/7Vw4nw/C0joBuZSlF0E++dHPhulYD69m7Dztu84Kb0pYxKs7tecgDyHpAz3u"
    "vSRX2THX/TwF8Gch8/D7G5ORiyuSCqERZSnJkSMFKTL/OfmvgYHLbdnIwQ2Xy8DG2zrPnK"
    "lrGKzdZ8m2R0jv5wLHP2B7KIuUZPvJKXu7BZ0hGvnvHk0Z+PZ+jxnjkhmOim1Sq9jeOile"
    "4uki6p6u40JqdsEvS/0F/uGv3j/7D/UChcTXfoadIJ74Uc1zBNZK0wOfNLjzAixER38Lds"
    "nH8vpD/RHUAnZhVHmNJCv3yuLCmoEnJs9src1J2F5r9I5ligOe7KMhMIq2T+1JJ1Fl0Ky7"
    "KLLEJETJmyIjVjHzv8JI6ZlJxK+788p4plSvlTguHKbOby3IDY1nhuqWYaS0MQKsp2AaYl"
    "Ad5UuplpOViUab2rg8BWqMb2AZtPWts/gJ2cNmZVb0WI7zxwo2KwiSExqSZcoZLvwXhCot"
    "fREr2gPn/hQj7bYAC4UBvqGLzX16zy/tAT5mlFrnZ2uQNX/jjN9nJmaZ100UR3/UK+jrda"
    "mQa2UTCLg07H3js8+zD23k++x/TPtz/+jf397XdnF2hlWyumN7I6RRbBaG4Q9uQhz8F2h0"
    "5hzNDrAhOkE4t5zkIemyOoe3SUrwBZaM3y49EV1xi7Lw0tYw9m2IQRmV2MwfYeQiIsmU88"
    "odq5lqub8p63mJhKOl7Nzrf2pfgFROMTuWU4SROV77v96wt+1o7JVffuqnfD0/+m7JeaYQ"
    "qhdNmoXFWjdhSNSpImQxJ1AXZyQhSIyU0mJkP+SPYjpm7+yOYRlaWVpgWBUZpdwwwY59U7"
    "kYCgVylBL/LAA7776mynDscDaHkGebGMqagrhoxXaRS4B/r+bOpgX61rybOnC93JrqUdH9"
    "DZ6WAKhsrU1M5GB3wwDfPBMB1LbMZmOGBCAeWK6n6fxwb9PtsG/T5lg7bPSTCz9bkr6yK4"
    "HnY/PlwgLjsmo8fL2/4DT1p2vMmStZyd5c1uptK9OzqVgwmd6Wpw97E/vOXOBYvMDXvJRt"
    "x3hw/97s3Nv7Rh76rX53OudNs1dNNkcfYpNoLZw6vbz65uBiM+Hec/lOe+eJunHvPb7HrM"
    "b1P1mAl25Z17ESFlOAY1+/Ve9AK4R4QA92K4t8udrRb2wYlsa7YlVxUwJahePn/pB3tYrc"
    "TRWC8IwxYxyUZL+i7b48JKzlBj78tqN//3b398v9nu7B+7NvjolmoC6R1NLFFUMXsjh+PV"
    "279V1KMoXAUE6n8Uwht/WXHtWDpYnhI8MGLeTNdKzoA5BIqy97C6gaKNCVqkUGRCFgLBTQ"
    "4Ezw3bcbUDwv7CCWDNm7zmxSvQQe259qwy8wYWOb63YrC+TV7fjXO3iG6WkIWVbvRKc797"
    "kWWOCsIaN3mNvdWsoJ0VlwQ7q8HLnqovBIyxCul4RWtoQvXMHOAmzD5ZjLPEAWqotVtjon"
    "dAk5PM9o5LAbI5Ur4DyNIoy+clR6ZqGci5k5PjGwzKwZaML5SDbRjbHArB5oY3bwnYnboa"
    "oLwH5Sz19ABiv2mQQ1n9Mfr5DZ1PoTM6QZWYYjr1gXAN/VlUBelYmSKtAau2VBH+KO5LFw"
    "mf17wpI9rmwCg3b+T3kxVPRICCvMdOIvnLFbyId5XDA2szw46nv8stWtk4LasSxHXz0fUv"
    "GgNJm6wktnZCqkZO7vdv2lLr0a+G6WfkyJ0aMTFlyP4lA7ttEykF7FYMgE1VMLYkW5dZ4F"
    "CFmqRHclCvBNm80j6RVHp4yzDO6x3ZPKlQi7QxtUgDl4lWgpsp8Juo5mCqwR1Av9cIu67/"
    "9bLcAZFBnRzuADqO9Z1g43NWKr1a0J/97Svr2bOdA60s05iuO7z+p229ohW20TNeo1MHY8"
    "RQwGR2vh1/7o8/S1chLX/6A6pb0FukN3t2KlUwXLkiDO/f5cifev8uM32KXdrtrHjRTU+Q"
    "RfXzaHCXld0dCCQZacbURf+DTMNpoxqyA2YGBZt5QzsL4T297f6WRP7qZnDJwYnwydgEl0"
    "nPBtACvxJaYEo5zX7rV/kmC4MmgvdXJJ6Sw4kdjeHka7NH5zJesL3eVB7ZNJvTwzdN2Nvu"
    "lAFOB7gWclxr+ox0wv/ButaZePZEh/CC1q82y0QjgrdYHTfc4X2fmgYvP47n4IQ/qhM+1J"
    "vlyjnFpZRTJ8qv6RTZ7xIwx6UKwdwwAkI1alukJQXFJ3idJwzAXY2tIlI1drYK93drG1tB"
    "tSmoNvU14Q71YaqtD+MroZqIxptdrSQh9lV394BiJdkbuJ3Wcp5iJRBoLDPQuDlPZFO60o"
    "KQzAVxx+rjjuKMjchuLAFhtdnu6Sf3uDx3CEAWddtmMZETiOZ331bFQgaf53GJx5o+neKV"
    "POUtKqaMGQ1cwqYDC7VTd/QA/JDDF0FH7egC+CHpiwBCfUNcbrzhr5wdFhUBC0zIS2ZKjb"
    "TPICKk0oYu13FANUZ5p8FGCHAF5nfdHhh7y2o50EmgXr5xR+Qo2Dyt+9nfwalZtotLMcdA"
    "EuX4uyaHrwtI9iWQ7FNaVwmQXobztEvjyotpVNOUTl2o0hu2qRElcIVF60dl+8HCEkzg+l"
    "LL9TWlSy3jPwjHA8Uv4TRIU/z4fyWgDcfX55GpDdxKfDL0ji49hDRZnJNyynnAymdRhpCt"
    "KFCFsN4IKgd2+ecGXuqGKQPyRkA5cCs5N/TZzMZORj9dMcIREeUwroS7t9LXS8ZUd7G9dL"
    "SZvhbAne1bFArX57v5vi1RIMPR6OFqvMjS22NyQHDPT3AHPmX23laLTymRfRhJNmHOuDJr"
    "WrZwH2SyfWKvB9uaedND61mGnot7fzaVwKrDGRRWuNzhE4oUwdzvGtKiBTj3Z7h2USj4jY"
    "MCUXQ69t7N/zYZez/gv72jf/7w7j398/vZd2Pvx7+9/3C2SUhlZRXuBx20ZC43vEk9vR/Q"
    "yXis3fEzUulnf3k6cQ3XoB9FK3/Fsl+P+WXGhF0klovW2A1vPkOnoiIR+pqh7uxIp41Wlg"
    "/mYlmZkFR7TC9bZCEkrI64lIJuofJt5xAy2RbHSbmvOmto5skDGJWpHrw6zwY57DLY3tll"
    "YTYCUBbmgLIw7ck8Vo6R157kY+Wgdy1XN+XBj4kB/IXhx19WnKIuvwJJSViEwovguLrrZT"
    "jze8RbppgpcWrgRroq9boEVeXktvtw9al3fREamGPyqXdD/7mgP21M7rt9+veVbtC/X3Xv"
    "rno3N2zslP1g00wbu/kCL7niLjvCLknNfGHRefy0Ayn9KClXv5p08o+5R6ZsLdDEM0yXmv"
    "zn7H7/VVV8pm7lycYm9lPc5LNJkpIQHssTHoM4Qjb6asURoLlxXVksQdDY9iT7wqYFAV5o"
    "XlB1ahB/bxapKZIUhM0KbYyhjXETnJ0VtDGGajiVVcPZnKMlIKx6NZzkOydHi92IVlXGFv"
    "ZnG3p5unC3FOa0Hgp9uMvEN28f7uNmaIVcph2knAjdKQcpJ0q1ykPKGX1+RPqGDYMcbJoO"
    "8hz6hbGLWCkLn9GCTvGXqenNWKuTX7oPZx1ED4kZYk4HznVZGsRYesugWnzAelmny87Xcc"
    "O9PBlo/XpsgkzB0ipQVaWcIAp7lHjFc1mqflqwvlX4sdF7PXJ8GyToYC3X4DglV2Mf2JZA"
    "azj0/Ybn2LZF9cX25UDERGtMg9h80to8CCjBAg6r5iILDqsaHFbQ3bT+7qZVGqBdE9tCs9"
    "O/0NllbForR9PZMInmZnz8BbX8KGAzg7MrTp/p0qH/xdpkniEKocMakLloafEUC2oC6ohq"
    "mR1qIhKX5VjoyKYveOQubMt7WvD0Crq15nNkee7E+iLucVbTfYU2J7vPib9z/FtrQf9NOn"
    "3KAP2df0o/41L/lrJHd9lMipmktVhK2YZruKR5GTPheMjmyNMkLfmc5EU5Jagg3H97nwPu"
    "vyXpLlu42aVE3ocuAHlHyocugvbrSpVhLwKZjRmOV3A/lv/4m9aUZwDLWUUJKeBHCCvTGi"
    "vWSVKKiRuXAh5uzJdSBg93iR2HKufpNXnAX7J8hFsRJY6UXWzP3m8PuyHfkD1vBnc/hcOT"
    "65Dq4GfMjR3HzM78sbSwQqdNzSEIoERnL4halGiJ0ipVOjxYpRFvxSglAqfH9mJnl+Njwo"
    "cxykb1dVF/Z8lKdrDRwR3QTHdA07PRBFoV3byEASu3LifDx7u7/t1PFyiQH5PB5wtkPY/J"
    "x26fJ6DNdaNg9lmeon/ZJf9SBf9mhm7iqeC9km2nRUSU0KsS2X15XAffZbsOvku5DuaGnB"
    "0cjlcuXeyHN29yYEtHZYLLryXCg8Z/Y22ydoV9BHec7XE5Zbpo1Z1lz0suSXggtgLKQF6e"
    "68F6dTRegEBuK8fllMG1biPL8iSdPluJZjh82G3VcfgYjp/RL7UkcalmLItSfjhs25aAIZ"
    "LthdsIKKDO1O2Bm3m270BbyrxiE1LKvA/KY5RtfQUpVHe70+KSCrrTWuI+CzHZWVJgbhDD"
    "WRRa54RoCQvdMD9229e5IX7SK53MDB7MF/hJtxc7u/ykC1ubhiMr8JT+zvEOnFi81YjG9x"
    "wk9Rw1qQcaIFXYkke6Fc8RWvDUBm81PUwiB4kszlsxBdEufzNTnVPEe8gdNambAcFedaaB"
    "w8XPHTTp3t/f9FlsJJAfk9HVsNfzAyl0JMZ+KIWerb3hL/3erxeILgG2Xwz8OiaDjx97ww"
    "tkzefYHpNP/SGbaWHYbJ5h7+fe1QP7wMZ/8tqSRQIv5Zf9cyzPnkqdU1sJBazpynsMWqIy"
    "3dmeinC8AtDW7ajAy5VprTGWYyMmpBTiB5XmqgDmTzbUajF/oqvurWYFVz0uCavelFUXOD"
    "LSjZ98O122lmBUCNJc96e5RtwhB+Zi/mxN7reTtQzl3KWXYhtMOi0z2n4mUNYP7GzWD+dR"
    "CPTYOcBtmANBGrA5VAKoUi8utgOyutiPG7nc2efJ3Y6tnvUKHts6PbbZ2az73TBtyGw9uf"
    "rUv7m+6g57F2i6MMzZVLfxmNxSzWh413/4l+ZfWtIvahPDXWv+9U+97s3DJ9ZvQTepIZ9v"
    "qSpmXNL1mIjqWOxwr28kFLD+q/ZIGo7jURtD1A5hRxe5qNCBebENM/rl0mLxl5VBjQZJ+O"
    "JSX3MXOXCJZD/47TSOwSXyNa56HpcIdAWp0Ld8PKd9456gaj1OIWQluJx6kalaBnJeh1Ni"
    "g+0vrAZ1vmus8x0vDzAVZl1J+KkivpU7Pp9CG7sun1UA3G7P1RbdvP4rLbLA+crWcRtljX"
    "y5i0iZOIxW2EaRuTusQBx2WP9CdPr9G2TZ6EdWR8454/XKg4mYToZOdWTT/fCaJm3Ucc8x"
    "icyAnrDrIIP+z3olwS2ds3P0sMDI34zItl6R4fCyd08eXeS/87/6te/4xalu2wb2R/z6/9"
    "u72t7GbST8V4h8uSzgBunLboH0cICbeNtc0ySXpNsD6oOrWPRat7LoE+XNBrj770dSL6Yk"
    "SiZtS5bo+bLrWBpKHr7OMzPP4EuyQAlNSTUz3jSPP2a/IqOVlmxDCOo8JERY7hrdrMiSIJ"
    "yr1EWFewCddBh7OhxrWNf0BrRhR5GuCLRhQBvWgT4A2rCOTYqeYqZalZQlE84MNC0Jwk6/"
    "GdwrWGc7wk+FWJOeqVobhiqNNDXKd6CkTrIKqRpPia8MNoEo4jaI/7HLuJ+yvi6rtY5n3d"
    "3jIfKwqm04UyfyIjOKtEzAihN6Mc9Mh+KP3VWTaVam+ZPerKTnaluoIGZBbNThKFy8YKUk"
    "qdPgcVmLtncie9cXNpelQ+mETtlJy0C3eSHQqqp6IDu2eJ8VSt1UOnAt12LdwHQ77G3ZQD"
    "DWq8e2Xca6AXeNlCuOKWVq29Hd/sSVylT9GLfWw7FwEGd7FnWjsAnliJxaqzCNawG70C67"
    "MItXCoiJCVMQAytxo5UIlElNUiYR6qmtwxo2H0kGlKxH5dO3Cgjrw7wRl8/l0/WH0QWKpc"
    "fBzej90wXy8UzsHgcuedAyO1jXXJFWk4NtVvbhdsT9ryfMzmCmiGJBqUb0JBEbRnPbcJ5g"
    "FDOMP5Nljjr6jAkLo2ciaJRNVFiWPOYM0kwbWJWRrqFFrMxGPyod8rOI4TyWRI5ZcxlZsW"
    "F0SUHMorAuYHsDDBhSm6HXjVKbIRS/qVV0RXFoplVJYi/bUu/x7pp4x3QEltVrHOx4IzXV"
    "szGrG+lYmK870OcVmcW2dwLaGWNayMbZA9HgPQ5nJFzwMfyAbSYcTHH8XfWVNPOApyR0bV"
    "UWuxLQ3QkaHyO2Wj4lbVmsKy+tn7x70IJ946ocs5A/xZT1dhfgJ8L+0dxht2SzOOj5RXdr"
    "lQ5tOiwWOwWArDlnFREgOULa2hCQPAUuxID06kw8QDWl7adz7K787WoKFmQtNOP7a7aX0Z"
    "ql75jVbMkELIiebyFTIVsjxepulE2vEIWU+noX6BYp9ewSf3/lDNgcxLKWbnE6LHHgJsdQ"
    "kyiW+9Htlag+lciPg/vh4yOvI8XTBzg50Pvh9Q3/e+Z4fpmg6ACxLTOMXX7kKXdPdUiALG"
    "PBGtV2SAA4baqHej/he3DaHGOv6zhtDun77lw3N+T8Bq7fFkgr5NLUO3pxcmWuezaGtQkr"
    "ChMYSGk7RUrbZO6XVORLgf3lS4DVgn//Js+TpJgWwH92wX/AXwG5SX1XckiqhrAGqEO6P5"
    "pPHn++u7/nNcLpnCyXvEr45c3o4ZcLxJQTfhoHj093D6PJr8Pb4U/iLu6gncTbArv3/jeu"
    "uUd+ZbkKp3OH8m/fX98Oby9H7A29gGtmHPz8j8nw6tfr2ws0/w8zLBZeMA5urj+M2Gvd3H"
    "Bp3/uMJxT7frylGyfsnOvk65xXp+ucFzt+zqy1KVkFCkO2cmPIybRnzXzd6f0B2HYOjsX1"
    "MMGSLHFgCkzf3Y/YAsMl+SJ2JyDpqU9oJyBowEOr9d5PZAzw0GPsdS08FDC75k4RkCEAIe"
    "0dhOv0QtoBCz14ga4MtN41X8BCgL9RurC72UyAsiW0OL4w2AAUk1kaXg4Qca+2mEENRLwg"
    "QTT3XyfU8Z3wdTLDit2mrjCGWt6m3b3l4hiCScKQAUCWOWomjx7iLHuLARxeXo7unzjk4k"
    "yneBnxOMCr0eXN9S3/zsVT3ws6AcSwV/HcrUzyvOQeTPJunsZ6aIGXgReA26pnVz+BF60i"
    "PxCIBoFofVEuBKJBIFovlNvpQLQyHYECYVByFtSiDcu1xESiTdhc8XuIhE36F4piMURmou"
    "x2Smw9QC9eNBeFrpnRiqmosj0li4UnuOfRzPu4YhsiF4vmom43aw05ojT2K3rBIUYv88Q3"
    "Klf9bum544C3kDzihV1+Cb0owgE65d3JjIEzNllmszNJf2+qa3hjiSWeSXjEhVLdB8Vjkk"
    "4oKbYmoiyT6HKY05bxZHXKTE3P7ytNz++LpicJXSVDRuWwXQu0dyTtSykesYqZI4Y5MWu0"
    "2nYJ3WzfMO+Asiz0wna9wLUzeV4arCeShDVK39+CYlgs7QB10jp/ssgvEZi3XVJodaSnLA"
    "NhnpByvcfRbS/mmVVMMjKIClKwhKn2V5yxppjssXkpQDs3op0yCrAjEieXnevZ6NWF4woz"
    "dzPUmQ5IADo3aLYwc7sFc+ZZRFUYZ4lntB7gTG6fzD2e0/Wqh26mD0GJ1IXAGEPygpY4RM"
    "vsKvtNyInERZEx9oMAHnlqhvhu7lAUEIQDl05IcFYCM5t7DASAdQxwhCTW5pNYRYAW3Saq"
    "i0JYF9tx4/XDRHmSyDEXxWFWFzWb22sJCwCAFooKgs1frX17bX6IxWnQ7AdABVL3+qBZQF"
    "QOhahAZqSJeiEz8miD8/LlXBSgVaneSy1mFZMP5UrNQC5gr/asQQ0UhGczPI04D5ShrV2Q"
    "O2qsAixusLjB4h6Axd39nQAs7uY1OwvJYrKd2a0SBR0rdMxWje00XBYE/QK2cWBsIzftAe"
    "DQ0bFqpdRAOaTpD3rW0XN5vQQs6XiwpEK9WwWYVK6IW4smpWV4J6G4XzO/807KqUReHGdE"
    "schnuUA4CInvYxedOjwp0mWf+K94M+BxSQHKviQhCkgkp2TyXAKRkhlXgiuHRLX4XGWqZv"
    "Isfj3bgSFX85B4WdqrZdX+SIiPnUCtXlmsoORnJtfb5U2ZR3V3d5MDGH68LuZR/Pbrj6OH"
    "068FssBu8uLF7tDZQR1T8b5NprhQpOHAXQvBsNUetmy5NyrBkt4PWLAOFgz03tXa7ycWnO"
    "qojt4b4MrGUnDjQ6aZYvNCoNfNEJp0lt/RIE5Nrsd1iz1Tta5xnB9lm3E0gClNtKsFUx4W"
    "d0iHeA3wIM0CPeQhGVQQyWKXZZ6kzpifCnOCFh4K+3sILEcEiBQf8y6WxKCDO93B4mep0q"
    "ZrCpiuRawzoPefljh1ls7UixSOmRqm3rUIAGvVJL0QnGYLIKEVnEZWITXlvJZlwGgGwmtI"
    "BeuvZmuwnnie7wGFuMwa6pmCtcMf5BVRI7IEgndMtAuRO52O3JEzSLJomIJz1qA4XjkUx5"
    "Jh3WyFvCUOLn0Pi6eVy+Strw7qAEZOfzSZihu1OeuXThix/kGsVd+LJ+oZesRsXEUUOSFG"
    "oRO4ZIG+efvuq2cvQrH2KKJz8sJjkab4B/av/8qDirwQPf48/IrdijyKPuFlhE4dzsU0Py"
    "movrUHjwMyQ+yj93H+FVNLSJaviIqHoABjV7BEUZ+8oF+u3r85Q8NZxF8JhSQSbyRCpZac"
    "HoysaCpII8/3ETuXz1mL/NUxRSv2yR8Hf6b3TuJ7J/jL0mPHfWZc/YlOeWMfWYdgFHOnsw"
    "c+4M/kE3Yv+HtE7FPAf4BH6Qq7IjgLf8bh6/pKiGcril0gtOog9htPPOWxtho3ygntBzk6"
    "rJJzyNF35xrI0XfnlcgRv1SIanEWZlEtyf0WsoV9fa6jXXZXpXrFtVKw21JVH/fvj3e3le"
    "FuiUQROvKmEfov8j3amHF28tfZKpiKhfp55fmRF9Az/ry/NQWM1iicayiHGpWInYsczoM8"
    "HMQbKBI7C9p231t4Ea9LM1l4CpujnvO9JNye6fzuvDcE8PFmnZ5UdBeXgpiFa8z+of/iAc"
    "lU51Xy4HUxVv36bGrqMqhvCeqjdtm52cNSxY4g+TCcdifDy6frDyNelZhLj4OH0Ye7X3hJ"
    "4jC2uYo2qdaZ653OkavYvdKJ611xUiYvs8UkzEvCpOvypAPvbPUEs9c7C0kCtvW6TpIAeI"
    "9b9HGCp+gQniKBR+/oKOJOjSfeTg9Xr0ofUe6gvXrOGt9RV7/j5zkhnx6lFm3SWtOetXiY"
    "VTjWsjG4wa+2HvMabrWAWR1TTGnmuREOnYggB8WIPzpN/mfT0uVuJNYQ9w0F0ZuL2K3lRV"
    "R2agkGTLfMDtDsozb7mP44kYz/fxl5nOpqhVrmdGqlPmi1a0oMDWOoLS9lnXOqgWor4Dzp"
    "kvNke3xz73hmR7fiHppbZStbgvMK+0sdp4QktR2pxFZdmn3TW1oJQLKqt5d+YhpaeQbVsS"
    "3VeEZNaAsEbFcGEO0ByMjHC/ZMydp4hjy8upQ2nhjrwyjCi6UynrNwx2Cj7fkSC0ycWELT"
    "Cn2aY8Ta80QIoU8+XiDsTOcoaYSbiHyVYHZiepNED+cE9AWHnDaO/4XDkIRl27OJB+w5qh"
    "FszLZsTGc9mjU3CEkCtgdVVJLwtTOFuUb0c3kpcCIoWOf5amOChGQC1kUZNUKO5q7COONn"
    "oQBDKgduQaq9JaEvUYpgelWr2l7TKz07KY2vuuNNQdCmLbaFo06NnZYqdg+WWmIJXEkt9q"
    "xHdM21wmjsoMGWdUK1xSb3k6bJlvxuDxsYbWQVPZMviMxQ0gpat3Ih+L9D8sJzyNAp/syM"
    "4AGSfc1vmJUVepzrmbOFc+tK1M1zYqifNcq+UppyzT92HDyvqBdwb2XSAl8ssYueXxHvSx"
    "y4Z0leID1LXoKeJW8xcVc4th9DHPF3EglyXIzMZmeI/wLRKPJc5NFxIFjOWTeyN0/S6FLD"
    "NGY9X/oOM0gpYR+nmD+AIjckS36F7Za0hhC94IYXT+XjusiK/ocULhvgL1Fqv4OrtLtmbN"
    "aZJubB533n8B16m204iy9WmNCRsZpTKQsV/e03Gor+9ptKRfNLRbr1V584isFc7ZKWRNr3"
    "SR/G5dmI97mHeRbs3OJyFZr1wMn96Pbq+vanC5TIj4Or0c31h9EDT7ZINm/s8m+H4gunI6"
    "kXMppuBlkCQKEEKIpnnJJe61EKhThktXQ58sJ3aDTZDqVWiQJUrWBL43oyxqvzUgBaa4HW"
    "6Ua1xcpVlIVlq8vLFuDo1fPMXhwdkvFs63WdZDwZqzMsLlOWtMmF0liFmQI4uh8HiaWZT4"
    "NiqZnymDN1lJTM24lPPioAZfPsMylczRL1N5p4phq51Z6l4gDX9C6Vcgw3O5h+n2Ne+DVN"
    "DntxmJJixwlNvDGxL4WyecqUmpIe8rww7PBKs07ES8ZG6DT12AiFTMPXJU8o8yK0WLGrz2"
    "UfU2tPHgd8QxOuIR6EyNuLIxNTJyTwJ3aQP3EV+iY2bnK7hW6At1rEfm9riP3elon94nlm"
    "4ghYS0Bu2v69A2JtK3fHE/5SWewwlbBiyNfZGKN/PtUrPDMxbu5uf0pvL/ZCXuEenaxppA"
    "zyxHJyLWaKpSs7JIqBvd0RextQlmPsdR2UBdIDTyA9sFtQyk7pgSWvkKeiddgCQ7Ew0LdR"
    "EGXIVD+dnyhwk+TKoA4qcdb3QIndPq2CgxqYgAfqKrHlaqhAErHCdmrBG84nlYGGk9st1G"
    "4jVRbYEyPlXl6NxkgiEJZpCLyUDlVt5pn87/96536x"
)
