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
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other */,
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
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other */,
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
CREATE TABLE IF NOT EXISTS "stock_discrepancies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty_sold" INT NOT NULL,
    "qty_available" INT NOT NULL,
    "qty_short" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(128) NOT NULL,
    "order_no" VARCHAR(32) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nRESOLVED: resolved */,
    "resolution_note" VARCHAR(255) NOT NULL,
    "resolved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "resolved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_discr_source__aca0f4" UNIQUE ("source_type", "source_id", "sku_id")
) /* Units sold that the books did not have when the sale was recorded (a counter sale made offline and synced */;
CREATE INDEX IF NOT EXISTS "idx_stock_discr_status_0fe39b" ON "stock_discrepancies" ("status");
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
    "source" VARCHAR(16) NOT NULL,
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
CREATE TABLE IF NOT EXISTS "offline_sales" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "request_hash" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "ledger_date" DATE NOT NULL,
    "ledger_note" VARCHAR(255) NOT NULL,
    "short_units" INT NOT NULL,
    "already_online" INT NOT NULL,
    "response" JSON NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "clerk_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE RESTRICT
) /* A counter sale made while the till was offline, recorded when it synced (backend.orders.offline). Unique */;
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
    "superseded_at" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "ar_customers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "payment_terms_days" INT NOT NULL,
    "credit_limit_fen" BIGINT NOT NULL,
    "contact" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A customer buying on account (企业团购、批发、机构客户): its invoices are receivables (backend.finance.receivables). */;
CREATE TABLE IF NOT EXISTS "bank_statements" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "bank" VARCHAR(8) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "bank_account_no" VARCHAR(40) NOT NULL,
    "date_from" DATE,
    "date_to" DATE,
    "lines_total" INT NOT NULL,
    "lines_new" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One imported bank statement file (backend.finance.bank_statements) for a bank or cash ledger account. */;
CREATE INDEX IF NOT EXISTS "idx_bank_statem_account_917ea9" ON "bank_statements" ("account_code");
CREATE TABLE IF NOT EXISTS "bank_statement_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "fingerprint" VARCHAR(80) NOT NULL,
    "row_no" INT NOT NULL,
    "txn_date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "balance_fen" BIGINT,
    "counterparty" VARCHAR(128) NOT NULL,
    "summary" VARCHAR(255) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "matched_line_id" BIGINT UNIQUE,
    "matched_auto" INT NOT NULL,
    "matched_at" TIMESTAMP,
    "matched_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "statement_id" INT NOT NULL REFERENCES "bank_statements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_bank_statem_account_3e8687" UNIQUE ("account_code", "fingerprint")
) /* A transaction of a statement. `fingerprint` (the bank's serial number, else a hash of the line) is unique */;
CREATE INDEX IF NOT EXISTS "idx_bank_statem_txn_dat_577937" ON "bank_statement_lines" ("txn_date");
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
CREATE TABLE IF NOT EXISTS "ar_invoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "revenue_account" VARCHAR(16) NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "received_fen" BIGINT NOT NULL,
    "written_off_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* OPEN: open\nSETTLED: settled */,
    "memo" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* A sale on account (应收单): Dr 1122 (partner = the customer) \/ Cr revenue and output VAT when entered. */;
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_date_6fdc9e" ON "ar_invoices" ("date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_due_dat_4e033c" ON "ar_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_status_9bd678" ON "ar_invoices" ("status");
CREATE TABLE IF NOT EXISTS "ar_receipts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "applied_fen" BIGINT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* Money received from a customer (Dr the bank or cash account \/ Cr 1122). What is not applied to its */;
CREATE INDEX IF NOT EXISTS "idx_ar_receipts_date_fdb6ce" ON "ar_receipts" ("date");
CREATE TABLE IF NOT EXISTS "ar_allocations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT,
    "receipt_id" INT NOT NULL REFERENCES "ar_receipts" ("id") ON DELETE RESTRICT
) /* Part of a receipt applied to an invoice. */;
CREATE TABLE IF NOT EXISTS "ar_write_offs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT
) /* A bad debt written off an invoice (坏账核销): Dr bad-debt expense \/ Cr 1122 once another user approves. */;
CREATE INDEX IF NOT EXISTS "idx_ar_write_of_status_68724b" ON "ar_write_offs" ("status");
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
CREATE TABLE IF NOT EXISTS "ledger_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "partner" VARCHAR(64) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_days_date_046a08" UNIQUE ("date", "account_id", "location_id", "channel", "partner")
) /* Daily totals of the journal lines per account, store, channel and partner (0 \/ "" where a line has none), */;
CREATE TABLE IF NOT EXISTS "ledger_sku_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "sku_id" INT NOT NULL,
    "category_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_sku__date_b31b0e" UNIQUE ("date", "account_id", "sku_id", "category_id", "location_id", "channel")
) /* Daily totals of the sales and cost-of-sales lines per SKU, category, store and channel: gross margin by */;
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
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history */,
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
CREATE TABLE IF NOT EXISTS "parallel_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running\nSIGNED_OFF: signed_off */,
    "required_days" INT NOT NULL,
    "sales_tolerance_fen" BIGINT NOT NULL,
    "stock_tolerance_qty" INT NOT NULL,
    "balance_tolerance_fen" BIGINT NOT NULL,
    "points_tolerance" INT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "signed_off_at" TIMESTAMP,
    "report" JSON NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "signed_off_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One store's parallel run, with its settings: the tolerances under which a figure counts as agreeing and */;
CREATE TABLE IF NOT EXISTS "parallel_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "business_day" DATE NOT NULL,
    "legacy" JSON NOT NULL,
    "compared_at" TIMESTAMP,
    "figures" JSON NOT NULL,
    "run_id" INT NOT NULL REFERENCES "parallel_runs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_parallel_da_run_id_336f08" UNIQUE ("run_id", "business_day")
) /* One business day of a run: the legacy export's figures per section as uploaded, and when Cradle's */;
CREATE TABLE IF NOT EXISTS "parallel_differences" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "section" VARCHAR(16) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "label" VARCHAR(160) NOT NULL,
    "legacy_value" BIGINT,
    "cradle_value" BIGINT,
    "delta" BIGINT NOT NULL,
    "drill_down" JSON NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "explained_at" TIMESTAMP,
    "day_id" INT NOT NULL REFERENCES "parallel_days" ("id") ON DELETE CASCADE,
    "explained_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_parallel_di_day_id_776dfd" UNIQUE ("day_id", "section", "key")
) /* A figure of one day on which the two systems disagree beyond the run's tolerance, with its drill-down */;
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
CREATE TABLE IF NOT EXISTS "einvoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* BLUE: blue\nRED: red */,
    "dedupe_key" VARCHAR(48) NOT NULL UNIQUE,
    "request_key" VARCHAR(128) NOT NULL,
    "serial_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nISSUED: issued\nFAILED: failed */,
    "buyer_type" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual\nCOMPANY: company */,
    "buyer_name" VARCHAR(100) NOT NULL,
    "buyer_tax_no" VARCHAR(20) NOT NULL,
    "buyer_email" VARCHAR(100) NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "tax_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "lines" JSON NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL,
    "issued_at" TIMESTAMP,
    "pdf_url" VARCHAR(500) NOT NULL,
    "confirm_uuid" VARCHAR(64) NOT NULL,
    "confirm_no" VARCHAR(64) NOT NULL,
    "confirm_state" VARCHAR(4) NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "member_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "original_id" BIGINT REFERENCES "einvoices" ("id") ON DELETE RESTRICT,
    "refund_id" INT REFERENCES "refunds" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_einvoices_status_805acf" ON "einvoices" ("status");
CREATE INDEX IF NOT EXISTS "idx_einvoices_invoice_c039b3" ON "einvoices" ("invoice_no");
CREATE INDEX IF NOT EXISTS "idx_einvoices_next_at_6687b2" ON "einvoices" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "crm_consent_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "granted" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import */,
    "detail" VARCHAR(255) NOT NULL,
    "user_id" INT,
    "ip" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* One consent change (PIPL: when, how, from where, by whom). Append-only. */;
CREATE INDEX IF NOT EXISTS "idx_crm_consent_created_e9b118" ON "crm_consent_events" ("created_at");
CREATE TABLE IF NOT EXISTS "crm_consents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "granted" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import */,
    "changed_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_consent_member__d0ef1e" UNIQUE ("member_id", "channel")
) /* Whether a member agreed to marketing on one channel, now. Every change writes a ConsentEvent too. */;
CREATE TABLE IF NOT EXISTS "crm_member_emails" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(512) NOT NULL,
    "email_hash" VARCHAR(64) NOT NULL UNIQUE,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL UNIQUE REFERENCES "members" ("id") ON DELETE CASCADE
) /* A member's e-mail address, sealed at rest (backend.fieldcrypt) with a blind index for lookups. */;
CREATE TABLE IF NOT EXISTS "crm_segments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "rule" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A saved rule (backend.crm.segments.SegmentRule as JSON) choosing members; evaluated when used. */;
CREATE TABLE IF NOT EXISTS "crm_campaigns" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nSENDING: sending\nDONE: done\nREJECTED: rejected\nCANCELLED: cancelled */,
    "sms_template_code" VARCHAR(64) NOT NULL,
    "template_params" JSON NOT NULL,
    "email_subject" VARCHAR(128) NOT NULL,
    "email_body" TEXT NOT NULL,
    "scheduled_at" TIMESTAMP NOT NULL,
    "recipients" INT NOT NULL,
    "submitted_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "segment_id" INT NOT NULL REFERENCES "crm_segments" ("id") ON DELETE RESTRICT,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_status_444669" ON "crm_campaigns" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_schedul_fa5752" ON "crm_campaigns" ("scheduled_at");
CREATE TABLE IF NOT EXISTS "crm_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "kind" VARCHAR(16) NOT NULL /* MARKETING: marketing\nTRANSACTIONAL: transactional */,
    "dedupe_key" VARCHAR(64) UNIQUE,
    "template_code" VARCHAR(64) NOT NULL,
    "params" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nDELIVERED: delivered\nUNDELIVERED: undelivered\nFAILED: failed\nSKIPPED: skipped */,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "deferrals" INT NOT NULL,
    "counted_at" TIMESTAMP,
    "provider_id" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP,
    "reported_at" TIMESTAMP,
    "report_code" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "campaign_id" INT REFERENCES "crm_campaigns" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_deliver_campaig_610b91" UNIQUE ("campaign_id", "member_id")
) /* One message to one member: a campaign's (unique per campaign and member) or a transactional one (unique */;
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_status_70fab2" ON "crm_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_next_at_0eec84" ON "crm_deliveries" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_counted_bdaf10" ON "crm_deliveries" ("counted_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_provide_f7c414" ON "crm_deliveries" ("provider_id");
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
    "eJzsvWt32zi2JvxXsPzhLXu9Kp/ESaVy3GfOWrKtJK7Ylluyq7qn1ItFiZDFMgWoeLGjmd"
    "P/fQDwIl5AiZAoimT2rDnVMckNUg9AcF+evff/PZpTA1vO6aXnuHQ+oBY+Okf/94joc/4P"
    "ydkOOtIXi9U5fsDVx0LuaCKu02x2oTihjx3X1icuOzfVLQezQwZ2Jra5cE1KuEQX8YvRl7"
    "8jA09Ngh10PNYnz5gYpw6eeLbpLk/FcCfnSEdj3cFoan7DhhDrIHeG0QLbc9Nx2IAOolNx"
    "aKK7ukWfPIxMFz1jvBBPY9AJexyTPFV54xE51pHjjR3shheJwfgwPzgdlLmp7rkzapv/R+"
    "cQnXSQTgz2AAYbGDkTusDnYgyGs42Z+Ktu4xn1HPb87MIRcXT2yGgy0wlhk8OfYq4vEZsC"
    "RAk6Jp5lsZ9jWcGjzE9OOTAeMf/ysObSJ8wO2gye3//FDpvEwN/YRAZ/Lp61qYktI7FATI"
    "MPII5r7nIhjl0T95O4kGM+1ibU8uZkdfFiyX4gia42icuPPmGCbd3FfHjX9vhS4U8brKxw"
    "9fhPurrEf8SYDJtM3bP4guPS/gOsjh1p2l3/QRv2HjTtKLMYQ4nYMgkOTdgUs4XMHtURv/"
    "6JP8KPZ2/f//z+47sP7z+yS8RjRkd+/rd/6xUwvqCA5+7h6N/iPJtT/wqB8QrUCXuzsrBe"
    "znRbjmt4fQpZ9shpZEMc6wvtXP+mWZg8uTP257uzNTj+2h1cfukOjt+dnfAbUrbR+LvQXX"
    "DmTJziUK+gFf+rAG14fTnQhgdW2K62xcrB/fC+ALgf3ueCy08lweUbm9j85Qj3iDcXKF+z"
    "p9LJBGfQTgxQZ8iPhl/69/e9wTlyZnTBPgQjcnnTG3w9Rwwm+3lEhg/9QU+77d51P4ur+H"
    "atzXWiP/Fr7x85hkN+ZuHZbLd2+NFP13fdu8see0KTcHhG5Mvfte7V7fXdOZr9penG3CQj"
    "cnP9a4891s0Nl7bMF6w52GI3TX/hiiyBszcFlsDZm9wlwE8ll0Dsm5hdBL8M+3fy1ywllp"
    "p6w2Tfr/9hP9bJfCrKWgJH/zX1yITPLhp7puWaxDnl9/vvoz29i2uA5zDxkeeO85cVB/z4"
    "tvuP9Fxc3vQvBGTUcZ9sMYoY4CI1Mf4KNA2laUkI7TQpwTekLjth1ehHaprqDGQEYRa2n4"
    "VQLVaZgLgMYL899qajMSuEfa6y4F9Q9sXXSY7NEJdLTcCYCe7rgxAqvdVCf9Hv3ySgv7h+"
    "SAH+eHvRGxy/FfPALjJd3+YKjIrYYrcxh0TT3SziV+yMa85xzpJPSKYXfSB6Gv6jPkpZcT"
    "2Y/UCjT6xlMM9rJuTh+rY3fOje3idm5ar70ONnzsTRZero8YfUSxINgn67fviC+J/of/fv"
    "eun3Jrru4X8f8WfSPZdqhL4y1S9mh4VHQ9QSs+4tjC1nPSkJs16XWQ8xik27eHrukpk+x/"
    "wH/AD3JjGVwdASZ2LLgxkaks/fRSD26esAW8LxJFkDgS/w0cFFDLF6fu5WR+Mw0jOah2P2"
    "1Pxsnj4izDojuDe/UwDVDZ3owYNmXKrRuc46h6oVXFXMm5qPBnj4wMNXF2jBw9dcD98z+1"
    "3bOvdC2ToDffRbd9D70n8c9s5XoZXAmxd48bbxs739UGAi3qYViNVE8FPJiWC6AVMfJJ/y"
    "/IUeE6luCo725T9LOTJ/+qmIJ/Onn/JdmfxcEmNLqkTjiTnXLTnEllx59kVOA9HGKk8yaK"
    "96l9e33Zvj/+x8SFmkIejvMz5ii91KEVdfAnBdi+vCNikPISvoa3GRzVpbWZvC2zdvaq23"
    "gdeqUq/VVpYsUzKm090t2bgZVg8VZHeTNrUnTLDGXdQ7mv33fKCbJru61wPFdLvJ844YDf"
    "kYbV1JuvGn57hzTHZdSQKlbjRaW/Ga0xdcFlq3wVhtxUq8fK7+jMsAi4/TVqDYGeJMse1o"
    "1JMYJypYPQRDtR8qkwBS65CitrFzVKDPx2ipahCQrPJYTSow3bChhv5IbVpN+wyiiHiTJI"
    "ASxqHygydRsAsCJ60JnPA5VfXwx2VaF0Ap38dvmM7C0peaKsxpuTr7+WsD9kJ3nFf2AdZm"
    "ujNTQTsj2EK49+LV34WfDtT0JlPT2ZQpbWiRwFbTXTNNt4I36xVP6FzjX1uZ6pOPc1quFL"
    "hb/YlmiM10V6MLTJShTgoC1puwhhBQxcRllz5jor0w2y2wkguaUBm56gKaTQlnAic8H+pm"
    "soOLcMJjWfmaklMiK7jVK1U3TaiElyoTspainYX6E9O1zSfyFS8zhobcYZisvNAsoPPche"
    "ywrb9GHjPJMmM4sF+P/S/EgK3/wfUlg70ILyDBmAZuwDq/9oRh9azZTPu2ZUmJKnBd8qEG"
    "YqS2ouXMzOnOwVw+RlsBOiBBoCEbXx34AU2ECgKUEKDcDS2lAGWcPUenpkyPCyHtE/xA2X"
    "+KvKf6dHq/Gq+Fy3A+1UtD6tYfq4Uo4fnCoktcyqLqxcZqCVRbsAPWpVmm9fj1bAFtj/mW"
    "v4s78HHDmxz9C6gEB6QShNOg5hNJSVXnY6w90kmShhqqMQlAdLOPKdxJdnQuFUzlrxu4Rf"
    "1KsUWVcChddoeX3aveUVKHjn0kdoS1hX6jNLSpXVAOb767bp98wbgrSlbKNumpytcHRIKR"
    "lvGR1YdLeGE+fS86wH+enb179/PZm3cfPv70/ueff/r4JtpQs6fW7awX15/55tqJR2I2aw"
    "qtz3rnNB5O4Ok/PpyjILNANfJeJPCeH3fPhN3Fi7ddqDIhWU2ossp3oiGRyRCktaFJSLGH"
    "FPsm4WqY/javzRWMm6QQhNCzBuOr6c5Motk6eVKlWaVFt2Na1QzfaohWDvXsiRIjdiVRYQ"
    "UZrqLvax3vuUqPR16wbbLhZOr7ulWdFKyQPRgdaeyqZjedmvZ8O9UxJVuC8ticnaVxyqOB"
    "DW+BtWcsqXizJk0pIQX5YKlNLEuAXr0U46UifzArCdpPdsc6XCCi5cBCHALiEDVwljcgDl"
    "GzjaCMMAR7BnT3eHNzlPsxq27lNhReyfc7B+LDhHp8Oq0kyBPxbDeFd1ak3s2tCvsEI2cy"
    "Y+qjhQ0kJHkbPcoP88HQHM/H2Ea6K46FaxMdc0vBQbqNkc5ryqLQenD87nuJtoT7uslaQg"
    "q/VphVrm67Drd9gJlySGZKOB9Z0zXHpAmuX2eutirOwc3PTH+rcO1Kgcu3+ROCLUxsa5PF"
    "j4mxzRTHxGCCaz3BYZqpsqchLQfmcJ38DHV7ZcDRUEdEwdHQfkdDU6Fd52lYJSjLP2XgZ9"
    "jkZ0h/vevlZYhnbsmcDanMrk0+hyCprGZsUjDadzTaw7wuptuqhCNTYq3rzFN+g6+ZaWNN"
    "1UWSENrRT1LPXbagn2RC50GndY3/RG28UAroyoTB1spaBITK1ueaLnRUujSb//7vpdJgDe"
    "ytxn/LMtaWina1yTILU5j3bJcddBJKs8pKVlWH2HX955arquH5Aqqq4196QFVVkdwFrK71"
    "rK589fVFtzzJF+uXYf9ODnUkkNamzImL/gdZxVpF1dQfIIOZQ5Hwo4fwHt92/5FG/vKmf5"
    "F2kPMBLtJfMujXnvsGNLMioyTOodqvfe/ejDvqmlMzv2pG9qICHwsSu74gpeJhhlFcjOce"
    "juk3dMx/KybG6Rw7jv7EVslpYvSTc6Sj3/AlnSP/Coxc6hMkOujVNl0XE2QSxL42aOw5Jg"
    "n63iaoFlXefEREOyJeEJjdSCcGYiCaL9jGBhov/UvZXZ9s6rFzf9JxHmkj9d38nWPveuLH"
    "EfzNZbuBi+cLN+JwQDZxg7KJc3SaBmQQ18Y5BDkBssSms49FMpvOPuanNvFzUhtcUm8uX2"
    "eMy4DauIPauNCXFtUl20g+9jERgH4H6Fcf3OzusrkcxEq6Qk/fgmkzgcWvUhXivnd3dX33"
    "+RwF8iMy7N09nCMHE3dEPnWvb3pX/H6m5acpqm5LRTal/C0psyEFqo9kanIVm7gIdAvI+L"
    "BTCmUG1/UGqkQc8inrY5RmyXeW7rgatm0qcejm605JKYhfFIlfmORFt0xDizpUFv2IZwSr"
    "/5Qf/dfUI74dO/ZMyzWJc8rv99/7mo/KP/Ds87YNj3wlBttcnbc5aIKTv/U10+VapAkOON"
    "rbNus1d7Rf2DqRVqD0T3TWOdTH/BIgCDaPVNFZ4/dV7acMLatzFGo/mK3wmicaOhjeZNee"
    "K/f+KI1V43bsj6G4EV4yeJ6ovZTthdG5tdvhxL/K3Adn+vejhW4HrXPEw0Hq8/e7SR5aEd"
    "tzJSeH2hLtN3fNhpeDZzTtGfW3DDUGakIGKNMbU/5W2/KOuVPxb0yzEC7KME0srR16Z05m"
    "pmWwoXbTjtqHd/Ldr1iFrNtH6iA65L1tTvAN92pLlMjVybVa5IJfpnFXdUF2WhcJEeFNR2"
    "xciymgnOqlo8lMJwQzcPSoAk8HURuNqTv7m2BzzSmTcRZ4wnljyG8E7w/0yh3m6XDpvu8F"
    "vgBQc2uzg+y9YKn/xqjgGxPZCuKafchSIcw3RSKYb/IDmJky+H4QcmpTSRn89c70pCQEyu"
    "rjO8+GTPy5ciXpzEXm2JXlM8MM12qGTUfz1QWJMruuPH1CrsLq9KEK0Nji9FDquRrnAVTR"
    "Lam2TYFmfrHtxMXzne3iwJa7ZmM1ULc9rHUsQFtnIYeoFrGStWg6S4+4RPcQ++WzB0GXg1"
    "qj/nxMpY6/NWlhCbE2VbGrJEEsDb//yilFFNJybZqD0mI1bHtRg3UlAHgWCNMk9vIdda2E"
    "J7dhOBcO1qTf2s2lGvkXcndwh/4oLYV19dbWqRl1GOaR6mRRBGidNrYKNgEVsFF75jqFa8"
    "JmWsk9HVzfOipg+QngEFnZb9p3/MkyMD/gb3k9cJNiLUgTW+cH7v3jIeEwzKQlRW7gm/7d"
    "5/DydK5SKr31CWtzk2hzStyZUpJrRhAciFkzQaDE3p7t4E0IArxZeKfUnnuWrjElVdbiOR"
    "fdjByAKzFxZ9iaMpNiykvcLlUWr0QSAM4CDHGyqps4Q45my7L1iuRoirQ3NWddXAR2LsmL"
    "FJBxFdspJaXAD7rZDzoOszp39NJF2aHNWrdF3XTx97VIE5UYl7y6NIC6Ld2i4KZe2x0yAZ"
    "xnWYkrlUB+u7zNew3fc6hkRVh9BNeUXQ0mCRzDjfqIdMAxDI7hwzqGPxRhhLOr8h3DHzKc"
    "cJ6AooJveH0LXMH7TmgY67bqxhATKSWhodVbA/uVEj9DPrjh9RUu3ZH3Hk8/VLOAS67LCe"
    "yyg7LLXDa16p2+UlLV4f/23ZvGVAEwydIkmsl2A1O3ckoC5yzurOi+NpPMRt3Yz6BFXzXH"
    "pZNnzZ3Z2JlRSy2JQipd4cpuyroe6+5kpnGT8hnLOkWsi3hkZCHqUTzqAWEmCDPVRllpb5"
    "gpIFWqku3jQm3SR/fHDI8IrjvTwttWLKWTIYXHV9cOjnvBKxemEyTiyT35GU1nV6Qu+CBt"
    "RUhozLuGgvgYbQVIN/70HHeOya4VoQRK3Wi0tuI1py+4LLRug7HaihW1Dd4va/es6j4fqG"
    "0buVJINtnoNqc2QAhp2L16M7DX5IWtP2ovf42P2g7qxr8Vw9irveuS6esDzH6cvF6b/MLO"
    "+g6j3HGz2mvZ0zI9x/ZFC5dzE6Mgk3DjzcHodUbZf7kzH/HhkOnwFqCOaeCgIScxkO535O"
    "R/D78+/uAg3u4GLTx7MuNDcLlzxAbg25qDiKh5kyrsVsFdR8S/CZflxhI/5s7YE7D7uKaF"
    "vvwdHTt0jinBiPJAPxtaJ2wEB831Z2yf8JJzthiMjRo1QBWDngqomZo0eT6BWnI15AwEb4"
    "FGJIWa8j3QSSngD2wMEta971/Wz19a27/u/f2g/ytv9hdsE8aIDHq/9C4f+DEb/4knLt6q"
    "BeDbD4WICGt4COlp+stdcuPZ1RV2moQMuHYkjlL+6ZJpTMUW/0q6zmSao6vubfdz7xwZ+p"
    "xpOCPS+8f99eCf5wh/W5j2ckRu+sPhObIob+f9qf94x5tf8u/0iFz2BwP2Nlz3787Zx9m2"
    "seiPNiLD7u39DRvR0ecLi404/NIfPHzq3tywQzNqu+yxrRHpf/p0c33X04Zdfi2dTi2TYM"
    "3RuUT/4UtvcO5/tOvxgjHNQo1HFVzfOp7PXjoD+vEztU95XKZ1KL8vwkZ5n09HeZ/ho/iv"
    "s8ZjM/KojxzllNi6kE9jbUAZxjxiI+FL+RaYMqsnI9qmz23FzB4bT7GN2Qd3y7mQy7coi6"
    "ri+TDwhFnx20STk5JQM7fONXN9c0dbpxHnvW4pwdZ9q/eiEcWcfmpqUUawdXiX7+QAQkw+"
    "9O0lxISfn7FimnBGrkW6Q2muk8OV/K7dG1S6U0q4sLdYuBJJWLpQOvW7KFJfN5CLUuTWVa"
    "mXFw+Asqlbl02VAxrfNktA9tHBDeytVBRZyTcmATF7DnT3eHNzlKOKAcAbAM5onznw5tNm"
    "91nUwWeFStgvEV00n+0So6UW61IoyMPsb2RRF9Ep4jyP4dfHU/4fh3M9XKTbmJNCkBj7xy"
    "BBB830FyyuFofRq+nO2FVBxEvepXCP95I2iwh28SjIAa0iDkk2aU58qjKqSfkRqtVLphyl"
    "koh+z5GqhsT6qtwh1AAEh2D+LtBehyAY/ns1/MEwLcEwLVTGDrKXIHsJspdqmpOjaFEPsI"
    "PtFz141oxdHT/dWWdd26sLa1Y+cR1Zp2UGaiXUnHU5E1MfxMwcrONvrGQqpBKIJMCm8gk4"
    "ZrKVvh5l6VpvPl2j/IpIf7kSN/G6NAfQ0HNCnTwFhN/Cm8tKHq3NHImLVYdtU4pJ1T1tSr"
    "IbrGopqWSPdC8frn/tnSNfmueE3A0fb3mCVLhAeNLUTa879JOmLJ4NWpOkKeHvws4WXp6k"
    "ZCXM1Zo4y+rk0ylEXAVXXv771V5X3qqGhJpHLyMHBCnZx42XJVDzlMZEQBMr4CsN3W+7ek"
    "tb5sbrpP2lsXVVgMqzer1LwFalvEzNdoSi8Ga2Q2Wv9D5dY/7ilvUQCVf9htIqBbkmfYJm"
    "oj4J+z/fjYYNNKV2SALpoJClJy4Rgf9TpL/opph+9L/YhZoY4cdIvoMIfsE2+i/0Jks4qe"
    "KG61gncYqmGBzoJwelnwSzqaLHrCTAOM8y6P1XQgHPuAgAmgbUWxhb2lhJSbCx6mJjSUxr"
    "eRlRxb6VMREwAyBtCrJ6GoUnkHuqyzqBNCkVaNXTpMZhQsKO4LatDnYa2fgnewdOWpp+sj"
    "2LKMV4aQnswLdSwGrvTqUYpS/PvZRk/RWv4VvY54SRTV/RAttB5pBLvckMG38T9XHZKSdM"
    "QwpS7pAz4xlIifof6Jg7gfhFf1LPJrqF2HF7eSJzOe39flBBt15epfqXmDlUE7fyGWFQn7"
    "W8FQ31WaE+K9RnrbQaGe8esUUz24RYa9zm1de7bAppu6lfZ+Br75WvDRS8fOibGR4qQsGD"
    "8BCEh5qDLISHysXTczhxTAXQmASQbqGKXiGQ9xcegnhmyfFMiLeVFm9L77MloNrumnmxT0"
    "utquWJQNKVyX47XrD5WR7lBZvi13Q2R5uM6HKzaD29R8LbIjrUMvxidqIpI6XPDjJMQ5S1"
    "E4XsXmeYiHPcD4hedQfZeMJZ4gY61tGEesTFtn9yrhs4dBsKmrKzZEswk/pX3Z1HRJ+6og"
    "kkH2Tud6N00Cu2sX97BiZmt7HxySl6iN+JPw67j0nQlE2gHxGLPKX+FbZpsClG4yW7IbtR"
    "FCFBx76bOeFA7SSjZifs9rwmoM9JF2G4Vy5K8JPOsypPUX/Bfrzf1FLc22XvN/KXlT0izG"
    "ajVtDF0v+JASCI8n+ymSfOlB1NdbhMrJLcEN3vRw717AmO/EnBn/7rxD+TwA0/ZBSPR4n4"
    "6lUMLIUiYLzkpMVH2RSKwCbkAN0cdMXuqbpkQxlAVYIqhGiODhaiqT+TokXBmpQ6UhTqlF"
    "idQ/51g1otNJYQaiHMb8+KVD5mV+WzF84ytY/9RFu1zSMuA/vGxsVMJxPPtrcKQ6ZEWxiH"
    "bEjcMcRkfRnfmtdeyrIa6cLXv1RoYf373t054pK8wNKwf/OrX2BJuAJqUmBJPI0nHO+q/C"
    "yJaOv2uL1QtcIVsMU2lxKFhqx13uWAVJP/lrWXVAMEkD0WhfA3P/WuimlBoC8AvwboIDWO"
    "BwMdZB+oKjZVjHbNEoBtN30h+4WpH4shSjPOozDE85A38RcS+c9qubKTmU6eePQf6Ujclz"
    "3tfIztIGjvzR1EX0SE3D/L5fBfnm4hzgUIy6bFC6+tz5Xd0/0258r+nkjyCPIR/qUUe4fG"
    "C+UGhPKD9M+mrHpbMYdUKFtnVzrb5C971/cP3AE1wewwTzL0Uwx5uuCg9/A4uOMnXc8mI9"
    "K9+uVx+HDbu2MCqxDYiPw2uH7oaf1Pn87Rq226WKPT6Yg8DLp3w0+9gdZ/fDiP2Cwa9dzY"
    "ueu72CmTJzk+9C+/PnS/8ofgb56rP4snGfYGvF558LZFxcmj2uQjcn173x+wO5nzRRBwPr"
    "wnLdgolHOIM3KtCfGWXg1QGdusIICrkqGdh2r1WdmNjWlB1vN+XemQeQuZt9XB+71n3lZq"
    "F7Q3RgCJt5B42xxkITBQMp7QnAWSmesI6JroFXS7KRhhUet2A0ErqMncqCgr5IgXQxZyxL"
    "+zHHEevDjKi6yKk52NUVV+Wc06v38v0ce9Jf9GE6uYOpKWK8eVdlio950LVfOsAonXcte0"
    "guHjxe31wwPPK3C88dx0XV5E4b4/FIe414r/fdm9u+zd3IiWz/y3W1Zd0g8gOrLP6EizfM"
    "tAQC/HuRxtBFvMe1oWEkzqnGDi7+9bTHNCEOa4znPMTAabbpP0kBUEN2fWbzxhv/yJ2orY"
    "pqQAWAmwgQahumwzcgAuxDohaacO39M9uJPDjbQEfC9jQzVrdygKb+qrUwTeaDMF5/ImcN"
    "PfnRwXc45uBvhuwDerjir78GPbsklwGZ0XuX/1ho3Voj15/50XI9DWRTtCVAtEPLRoNssN"
    "e/y+ugUfPAi1+wFMKIh60JjI0nHxXPvLlWyb+RSohBAorzKbS5RYNhSBTUmBvSWr3Gmb/O"
    "Ot+Y4zBXAlkpCCBIVRD50HC1R0IEw3CM9IVVQnTcfEANuCPN9QZS6D6xuO1TCYlfi+sTWW"
    "MGovu8PL7lUPKL97pfwCJbUYqAUoqYfhTz4ERSGOJA6F6FxnnS8hLCsB5Ml2OQqiciFq3M"
    "mUGFAnxe9uGXXSxuzi0KZWK4Tz98eeT5CMxhiR7v39oC8KNIeeal545pfeZXDhn3girht+"
    "ub6/F3zLmblY+Fdd9q6D0s4TbL4A4/L7ZVxGUQ51TlZKFFhZdWZlBS//NgzLhCTMcp1nOd"
    "zPtyrUnhCFea7zPANPPv+b2V6evLcwtpz1pCTMel1mXfKyB08PfOqKXPVTm8617eipMlFw"
    "2UsrNga6hXofhLQgLGEZvIFTYAt8M5IAsCScF5hAqvBm5ADcLLjsy7fd9psVhM13c7w08d"
    "EqIQj1HWQJyL7zBcJ8sfUJOBfBOftCF2r6sfqElQBzuzntku89ZA2UinDhrAG5fgH4biJa"
    "pFWqAvDGrAjAd+MOkba4Dpv1EtIpIOlFnZ6Sl/OSxnQzTWVfGS/AVTkgV0Ut6QLSWPJNWI"
    "aNFm6capAmxFqTEVAasIfg+tfsww1U/3rjuWoQpuS7SkoBspsdV26MWLujCh/n6DYM5MK+"
    "lOQCA5Z/61n+NftuNZ7k3/vm92E9klhQ0bnOOuuJ2gZ7AXFwbcHGsyPvw7sPZyPvo3H2Mz"
    "rmPwUT41QM5ZxGY52cIzbRvNvrFFGCQ24v4nYaeqKIy6FjnaDBbZddIBrHUtt8MoluITHY"
    "iWgQK1oMJhrRVnz/EbHxwtInojevfwZNqc1OUm4kouHXxw4f9ZkNzv5mgJlO1Na2gxa6aa"
    "BX052JO/i9QNmV4tl+QCLfVtwneL6/jQi/bmGbE4wMc8o2SMxePj6mGGm89FvszuiCN+IN"
    "Hjz5hOzPqcfeKSP9u/Ka7P7uLwR+NvC/as94CRUdDmr8hitZMVEjJQaJGuJ3r0vUAC9DeU"
    "nFkPKSTXlhIzyItBUHu64lT4JJf+QOk8gysbFhuupVI5JybXo1Kq4cQfAr+zC7uqU+BxlR"
    "mIatpyE0TdmyVp8IiXBr3KYVz0Oox6pPQloSZmDbGYBO5vtut70yuJRgTohthXXN/DEp7e"
    "bsYxH15uxjvn7Dz0H3jnbnp0BW0vc460WykmLVh+d4PlaNf+WJQ8Q2qyXMdGJYW2QfZOQA"
    "XLlNqBwSTwq1yRQsDVc/9qGEalwEMM3HlBcV3gbYlRygKzXGoiiPahJdWrAcfFsQf4mhO9"
    "cVUY0EAM1N1Jgovrgj1aAfjtOwraAo1yD+hdnMiFltm2VBex2M1W54V9+ZAiyZQJUqAeF2"
    "U4+SKqdSJ53AwioB4ttooGYZDUVBzrNKC+QYrYytEnBud4pRxi5VzjDK0r4SikZ2BvoEP1"
    "D2n4L4DwSPaOA7gRunbBRO9Yo0rEJptpGSuzO8W6sZzYA1Yw4UoTXuRFXsT6eceDfUBWwZ"
    "tmL8dGctYdG/UHPYlQXpil3kd2OxERdCc93A6HVmsn9yapxrWhZ61TlNUIzc4RVHuZpgsI"
    "swQaaLnCVbK0aGaRgInJyiR3/2U3NU2Y1HJCAF8iF/cNC1gecL6mIyWf7IdvRzNKOv+IWT"
    "BafsIOc8GtEhtlYmnm2zlWAtT1bP5bDbOfwR9Ce2jjr8X6bDiZDBE1JOSeTjcImpaTvsSu"
    "K8sgEF95EtryU28tiGwCo8IKtQMcy4S3ixZsDuP7oYxmRnuiOh1W+O5YZy1QXOK8P7w/sC"
    "cH94n4s2P5VyNU7ExrVNVC8l2sKwXnPDeNnoLVPEn5idw2dDPtHySU6JrZvkdk0wn7R0b2"
    "sfC9U65Skx4PMU4fM4M2q7mkjvUFBfUlKtoauV5p3XLc5UWGqUWEFNiBQZkFIL60SOblY4"
    "BfCYSe8L4ehItdvARb9/k9jiL65TbL+7x9uLHlNyxOpmF5m++SeLOzkLdl8J6r8M+3d5Os"
    "1KJr33mhMX/Q+yzO08F/XdeTkaCcjDjeL4tvuP9B5yedO/SH8u+QAXeZVJ61AwvW6T0VD6"
    "UhHSGruj/axIWYqJAJMmu49tV8QTKnjWk0vTwsW6JoAOdTqPFDzc6kU6xd4JgbFN4cfYF6"
    "ZAyLFq1kdDUc0lfRy6wISPuyxeE07IhtISeyjI9/sRz28nWNhr+JuLbaJbHDyoVnDIuIK/"
    "htVKFcRlWhdhKL9OQWzdZxHenF4fE9+XJ68EtI/u+8NzxGypEbm9vru+H/Q/D7q352huEn"
    "Nh0ydbn4/I/Rdmc7Gr2I/AI/LQ7V90++zuOh3rdER+uTpHfxrsqiv2j4XB/nXVf/zn9d05"
    "Mqi3NMmIfH3sXg+/9B/P0bOnm86MeiPyW4/hzh7rS//+HL1ihpar8SorI3Jz/Su7mcUs6X"
    "SIt1CkqfQs/fimp/C2pcTalzFYfoyp7vUsMu/b0QITgyOm+tL17q6u7z6z18WXZy9P95q/"
    "PbopylX8et37jRereDHx64h0b276l11Rv0K3hKrNi1rcX19+9ccwJ89ijGxf16sef5kG/B"
    "hTGNgbZYvOrv3b+5ueGG9C5wuu/eT0e+XP8vA4uPNLZ/illOrxUjreeMvCDWnJ1vj+K05V"
    "N0xH8G3UZyAtCTOw3QyI15w91hbvQEoSZmDLwiXbbUGw/5SAPf9WqkMflwLkoUxMM2dgoS"
    "8Fm3iOGX5KVklWsnU0k/KVTa5hewvJUl9HglgJAflBifwggui2Jg4orOyMYOsWdvkGd4SZ"
    "cO1shXYk2Tq491R+KsBNNwwbOxJnxwP+tr73bUK2BaivI5H0/vGQ2FcyDJ+IQ3LTv/scXp"
    "6m/aQKfCjSMoGPqbLAx96SrVAbz3VZfDcf5bQcoF2I/Uo9e6K0mlcSrUN4D4ofz9vbhgqY"
    "EKyGCFhp6K29PEDhINhiwldiJUx3zeI+DZneQuktYbtQ9SlOSsIs13mWo7jWNqVHU7Iw07"
    "We6TBWuc1Mp2Rhpus801BWtm36mGTa15WV3baeLJDe65eh0XJgt6mADGWPN4Dq8G+1IqgJ"
    "GQB1Y94LVIYLV9CGJIL8cnDyhJfDJBQ1FNwt8omiz30JALc8qSitGRXILPK3UYB2Uzvg+N"
    "dGuYhhthelJDx4EYh++jrAVrQNyMGON6VtmEWTh7iUgrojTCK76ioYq61Y4RdcDlC9F9xe"
    "lHip4jJAalld55Rt4zj6znuTgOnWH6qtSAVkuzKQuveHaitSfqpLGUANxEjtxYkTaHfEaS"
    "AGaTdEWlDksRSodqj73AzEeGbXzkjtWCG7CUjxEHAJO/owGKZNMCnVRchaOhqd5mMaVhMv"
    "1eJpiImZVChszHQKbWJRWXU4dbjuxXiX4XAtQWybqhuR+ZdXfSNuH26owqEl7NLNFdPZVC"
    "FHf2G/FVEiSnyLYX7gpb0nmF3XQbqDFrY54Zewm1smNniN8HSl8vCSPybut9PoIf44OT9K"
    "AVrBLUdEZ/J0TvmvZKPx4uwLdi9qowXlU9hBr6Y7Y2M6iC0wbIn65vqcyyOToCkmp+g323"
    "R5DXW//rmLojr6+6h1vi5xqWVlSSpJV1pTFN0kSklL4fUtLNRdPmd1wnYlFXDD61tHBy4/"
    "XUbsUyrYRgJtXLn7KOnv7//qiaVJuTbVjKw6s1R8mxUC7CuB1iTzlkZY8FUeRd5SXAYIC/"
    "WofVrTvQG6hx423Lu5e+gB60j6cbo8czaK4m2yZVdxw82G7FBU4EIz03GpvTxHvOXVkiGn"
    "E8fk1wgTj1BxB8RGEpbh64wiwxTGJT/Nm3GdZuzVUkcGu7HWyki+3Ti16VxbVyROPgkpsd"
    "YZOuXbkC7dAuaEEIC8EWTIQ99nZnTIctsiKyghCdkidckWKZK9C8ZB+QaX56hCGpMACxas"
    "rcqsrfSqLQHUdvOVYy9qCS3XSzZgv1DLGHgCXrkNG13Q2WzGzti1mu0V7mLNA6QMvqn55N"
    "nCqOQDID5AJgTqc9dOzpmR6UdRucE5193JDDuI2asLh8cz/av8SCYvFpG1cfd/yxHpIh5L"
    "8yOvhCKbvvIO0nQ6hebRNWzykB8n3VwNvdyY6T5gPvpy/fmL9mv35rF3jmbm00x70S3eXr"
    "17dTXoDYfa4Hr4lS1xv9iZZpvO84h8uh4MH7T+4Ko3OPc7oWviBRiRi8d/9gbaoHfbHTCp"
    "dDmpw5t7mHBwZf6jdVUkY1JQRlKhjKQ7Y4tGbPrq1ZnToq0JbFUcS3zGy1f2ckqcSPl9TO"
    "My1fcxPfqvqUeE95htIKblmsQ55ff77305QtZgvJfuplBDI/8daaZXJMRoXQ2NcO5Ua2hk"
    "5MCa32jNrzAD63OT9ZleXvWzQUUeX579GSb5bbI9o6TCcjvzgWl2QNPMefaUK5THZdpICP"
    "zwppDN9GaN0fQmbTX95Ur20dzVG1wNbnyZG5+Yrsbp+ljdJMrKtgliaJz1nRmmlkn4p3Sr"
    "3k1ZWXgVtp4Itl9rQVldtV0+LtWat6C0rZ4DFG/XqIBrXAyAzRK6nxz1LSMu1RpMK94pgN"
    "ixh3qKzB5RK6YYCQCewOs4DK+DrcESMB36o7QU0dV7mlM5Md+jFq8K4mD7RRQQ2Lk0SDRS"
    "e5yZkgoqGrcNSimjcmOSJoZQlGqolIFWWEilbXjt3a8dFl7Lc23HCrNt8m7Hy8EV41UFEo"
    "hOI/7SDw7Spy62f3R0CzuIh+B1A42x+4oxETUinBllBp8tMnl4vQqeCJQlRolBxBgncoJV"
    "RfcekT/4KJru/sEJVjz1yK+ywZ33yDEN7JNXkLiX6Z6zMfXpFE0pu0t4P/ZgweN2/NsGjx"
    "FcJAQowQWpW7+vFBLdYy+TrYUUoeBJj/4FaU+1THtKTdc2bLDUEHWOPhwNv/Tv7zm9K1jv"
    "IzJ86H76FLwi6be6SGSiSKGC/DIFmSIFY2pIghJrWhsG19cZ9S1jPj+9KRLzYVfloivONT"
    "l1B/rulZK5E36EFGc8Jgbdm+pDQcrOL3REgVoYjcDUnutqiK4EYIlC9iB4mevhQ+ns5GWG"
    "NkgFYc1vgyRvJANpmaWkZaY+WCUgqlq/u6HQrj7W9SMbhz0e8pyysR4Qm5yy8c4TwDpu1L"
    "e+s8YTOGfTQJVK564kWuh9Kj9JE+qPHpjng7+52Ca6pdlY0hAgf52n5bZa7elv2mH3kj0X"
    "M35iOLzqSo7smEjrilCVv5dQz9XY7QysEaqCclqudVCXv5abFTGodhtvb8gAvJ/gXaqJWb"
    "lLJeBDdXdriAW/fzJU0DIwz+xedRTcZHXHuhhuZkJ1w9JNM/akgtPji5+j19kSHXPCj6hX"
    "tSrtZJx0IgqSf63gCBl4Yjq8ZEXUT4dt+Q6VVFHe/y1H5I85tp+46vIHerKpt3D8W3IqEz"
    "vORqKIMwB5eyFKeF0qe4ItdOww4P2iPR0k/h2U/emIq8J+4CdQpqqGXol1pYI3U5P2XzM4"
    "g/XRbDXdxatV9W6uzsWbMyKD3k2vO+yxv2220+sOZscuu3eXvZsbfnDCf6gVlG06vCHiv5"
    "tKZXhiIlCFJ6EOl1GFJ9wi1Rx5K5nqXpRqDMJ3ZwWW/Luz3CXPT6VyrIMPlKZaZDsj2Drr"
    "G6ptgwGeuG57A5y/LMZWs56UBOZenZl74VypVg/LyAGbBxh84MOqjWOlsxNDavV2lwBtu+"
    "k8mY2wVtSTeA9wiQss1SI83wUW702u4ALz3DH9xguRM7OZiwpX02+YaeguuteXyB828Fvx"
    "rL2VdY08wsuao7lJzB8XNn2y9Xlw4bEYS/z7pIMcKnWFVXPrEYnn7rERmGWB+LiiLdkSzd"
    "nLsup0bfp5gsGNeGdt0eQsbGnmYOKi8TLwxwlvMfqTjsEtVkO3WPPivw1mM9TdBykx9xeY"
    "GBwyNcSP7nt3V9d3n89RID8iV0zxP0cGJXhEPnWvhQtyqptb+h9LTpbU2bY2Xyi1FI6LtK"
    "ZeUmkWA8HfXC2AaAvLWyJeifld5c7eJuvb0h1Xw7ZNJSbMusbzcSnwYRbxYbJJ44+sgPJK"
    "onUIl++SBxdxPvTtdRFDw4m2zbrkq5Wp8VQLr2bjjcuMT1PFQbTR/9kn+IGy/+zb+3nQad"
    "gTf28nh1tA0JP42lbUvXw3W4wjuNnBdstswiV6otyPxB9ecL44ocpltmPg1Ao5Ydkeg+JG"
    "J6foUndmHb/olYFEjzbBCZux//xo4wm/PmNpVnjrEQmz3ZDjTSaYXam7ouvh35COgnO8rB"
    "f1nmZx/95/oK5lCk+cEzjTmGjgXFvY9MXkz8abx7Mj/BL6OiLHnOxGX0Pv4Tn6I2VQ/YEM"
    "9pDsWgfpNs5z2J1ErDpmpT+x27DLbPEgfCdmj8Erhvmew+hJRG9Ie+6As6+Gzj5/bhU9fQ"
    "mh+jZqrI0JAdl5B87Oa0b+aWMzxnzWpdoOEkq0Dt69+Hj415zZMS9c192ikr9UvDUu6oo3"
    "Exu/YMJ0mIVuy8ID68jJKUGgKCf8AmVQlOseT8tSlQPdHysT+7MBteHj5WWvd8XjaNGoZY"
    "TWyv9iQBI3JHG3JYnbh2vLtlwSYfgub/ddDh0OWmCeyvwF+QtfLg3Lf+Pyd7zxnHPAtomV"
    "pGWBUF+f4Eg2JgaUGKDEACUGKDH1d5cEIYftWBspWfgm1fmdAnZO/nvWTJ4GsHO+x1kvws"
    "4J31jVhM6MHCR0QkJnFZgGHA41VJNCsFSh0wWkHR9AOy457RiK3ZdZ7F6yyZa1YmPF6tsJ"
    "bvL7UgDglfpUAsbtzpjPaJq1ypj3abrh7pHL441tL5vovJrtX1uQ1vsQSyjXnWdHcGs5V3"
    "QuSLeCbivy1UWOus+xdTnrdaY7iKefs9Vlc5Ypr8S44AzdNAP3KDWdFdxyRFJYnJwjhptN"
    "X1aEXlFvMkyRn7EF9IPDDhGDvnYQQxaHTFu/Qa8/gTbwZWvIl607v0Tixw3WpTrBZND7+y"
    "Oz2f1ykcEYI9K9vx/0f+UHw1XO60r+0rsMLvwTT8J7HZwFAcTEfXvahb8mXAhZoC8otbBO"
    "coKDadkU5GMmvC/MoyPV+tcv+v2bhLft4jrFa7h7vL3osWUuJoFdZPq6Q9YKhlKRUCqyJu"
    "pxQ33OUCoSooiZyMI2/Z7zxMHbmP1s8RRIa4sgTkYOwIUgDrjHa+sKU3OPZ3bQEhBuewvj"
    "vK9OAZfuajMFl+4GlDPfnZq5dHlA6MYk+Ejqz43OdtY7c/l1msUuhM677fJX/uVKXvFcVI"
    "OrQQ+Qpn06Lp08K/q4YlIVerfCFdxY59aEGXjqyVRxqdZkG1ScRRXobS6eb2VHrORgE6kB"
    "damNeK4xzg7DsqkbyDvSbKQG2ur1Lsv2vQ7Gaim4mf0wgfGgN3wYXF8+HNZuWEsFSb0DG6"
    "0HNSpIl6DBbfccuSl+Bi+apk+nYWy5g54oNRw0obzNJidrHAcaFaI2erUZvohOpyedgM/x"
    "RLEjrpM2Ed3/HcH8qZf5w7c4xdpmkQQUNksFRbOFzYANU4wNw49d9q5/9Y9NsBlc9+nx7s"
    "o/5ldxTG9awJppJ5cgYAwqG7hJOTBxtzNxgcmRPyHtZXJAzmjbZl1C7ViXMwrMDmB2NBZc"
    "YHYAs6Neni1gdgCzo9Eo787siBcYdxz9CUtcIReB5KevA2zp4res3zlu/aHag7vE8t0Rp1"
    "W/kRYiFLFwdsEnzvtpyWfo30rxkBWe+NuEvelPkhSZENKwo9BmYHuxsVqy9BQDR8OZuRD5"
    "8ZKYUXSusy5c5ARXAdOsXaGWcF4V4y0pMQi6bAy6THTbNmV6dD7IMZHWOejLB5jvSM/sAR"
    "RXckqsdUDvoXQ0r6mwXeHohCS4ZOviki3iiIcyfnv0E1p0InRYNWhTUuAtBA8seGDrY6R1"
    "dvLAhi93CcDexIZqKbaprTCHtQn10Q5UH61UP1nosPiuPWVbOoDycg7TmG52BEHeYQu9QZ"
    "B3WJbeOaFPW3T8jEsBT3A7niBblZqf3CArbbZuMSfEWgN/aUt6rLuTmZopFReBbQLyNitG"
    "N9JVlLBNSQGym10ATiyGuKMpFQ9HNgzkovZUaoFBGue+XC0b0zgzn7cS8L0Ix2kptvFveq"
    "2yYy90i89Mj7j28khi4ybOd9bZuAF9b+wLaOxVtc2Ctu5Rn4hi4eQJ+xXK/bF+cPwq4caP"
    "L7rl8RRVMTQ6Zsr+STbrddtBJPb070crAuez6fOvbDw9+tcuhvY6G6ZltnYl1ku+Rc7WJj"
    "+jakgmxNqkwVRsTIZvzDaJsqFsdZQCdfiPHvr3j/fsxaILbzEi991/nqOFvgyzXMMc1xHp"
    "Xv3yOHw4R7rxp+e4I3LbG3zuadd352xvsp+wZpLwWP/xITxIPTe9tRWhLEBu7F4ZIW/PPh"
    "bB9+xjPsD83OHjrPXqeVx+5bKp2oKdbr1aaxaX2jeBac6UI5qzrcvBXUm0bzcofbM9HJml"
    "buu4dAesb4/oU5dtnMo6oVQcdMOtdUNgxO0zfgbVHr5Dkuk2yf67Z/jXboL366yvPqG3bg"
    "AXdXXmp/Ee2td5qdt4gOccP/sKW+YLlvs8pdd11vk+J0xCswMR/ou5jJr3k42AwhFE50Yq"
    "3JmmZbB/iT/47ttBDiYu0h2ko9/wJe/e6HhjPtoYoyAzl3dinLMtRrRjzHGT7vNuG/yp4i"
    "7B8gi9PQa7nmEB7tUa6Wz57tX4DBZV32Ii8LlR8pnKAW2Cn7Q2xnWwvUh14pxQQCSxThcu"
    "B+oqN5A1yHJVNp0diOcLi/026bu+JjswKdbCJbqH/MCalxfNLNKjBSYGR0wN8KP73t3V9d"
    "3ncxTIj8gwPOLEjjyIP90R+dS9vuF1Q6e6afFKosOv1/f3/IDzLPIi6xEr0V2+6F3JBOZ+"
    "EuMiwJtMfw/nzpPaphMJgDN/825j6Y6rYdumSqn1SanWOfX3Uv6Wb2LbJH2vxKCdan1qbm"
    "adb+ByzX+72utyhQK7bZt1ycueKVcGjvayND1wtO/V0R7x4Q/kZ+fOviOZY12c6BRgEQt/"
    "oe1H2yFVtlHvdmeN51j8bwbWfIsjvL6FLqTya3kxOKQ1RfLhXUm0zpgrwtbM52pmmJpj03"
    "Znhi5J9M73IcdlvmcvMphI+Wu2mcoysFJAWa4JwM1Xlqm3ED85qy37Z9aqyxNxTdFGlMi/"
    "HM3Yk6HxUvA8fGBO0R8O/usP9nD8LyeePRfcgufU8evD4B469pfASQe9zszJDM31Z+zwlp"
    "PpiExV9x2RBbZ/9OWRZc5NFzE88I+OPl1DTAnHFRto9Bawh9qNjQKmwo6mwoQtdhVdNry+"
    "dVWVz94UiUq8yQ9KvMnGJP5SWLDB1dV9jt/WesU2OWTvEc/B4QwXjtg/3j0OecDdlx6R4C"
    "/x794/7q8H/E/8bWHadYnGv+iWyT7hNpWUflhvcSQlW2hxNMTCKBR789ecs4VhmZSsZppr"
    "YqA3bpYhSbbsDxffurcJXTplumKAk7C3N8ahnj1RUp5XEhU6gieWbs6r8QaXr2KAUzMfen"
    "BqglNT5Xu0lmaei+t6lvn3i+wad3Hc17Wjw9h3Tj7EBmwY1EUdx6llVqAmHjjlW5Aqmlze"
    "ud75+AuwyUuvhUsJCsA30X4CVstBUhXij6WAcUqsdfyWvSQrtL5wX/e2/8hTy/Q59Xhy2d"
    "X18NI/YpjOhB+rhwPbfz71akVJudZklVVcoyhcC9p4ofC1TElVGC97w/5frT+dMeWJvTcR"
    "UMrLWyYNi3y7Re7ObOzMKJNWnoaMKMzBdnPgRxsNfamSN5wUgjJoebDWIvxbM6Qb4ootFO"
    "Xw58qV9K0uMseurHE1zHCtZtilrm5pf3nsf1T8wkmp1nybStseTcfxsKFF5k5Rb1BKDIBN"
    "A7vAtha4NAX9VAFcmSgw7jL1TXnEWPzQrL5KqYV1khNyjculYB0zwX3hGjo5q93nL/r9m8"
    "QWf3Gd0kTvHm8veoPjt2JvZxeZbo6CajqaPnHNF1XAE3IAeHHAoTwylEcGzkZba3XU7f1q"
    "5qRLbIdMqY4Jm4Qnaqvuokkp2EM3MkpCxLIgqzNKYkM1C+OidIfU8lImPMSTo6K0v5RWFg"
    "h++jrAlp4T/czkFzbsY5WH97/3yQgJyDgSJsiKprOprAkQP9pF/AiL1SimKqbEWpexWH48"
    "nJiTZ2WWTUymdfSP8nk2+gtb5bbm2ZYKyEmp1sG8F5bNgmGktJIjgfaVtt0fwNpMdySdqT"
    "egHEmVAnWN9uTyNwy6wEStRPNKAtDdhC77lVQR3pgI4LsJXwu/YKUvXSRQ4UeOUHuuW9V8"
    "6spX2hZU3Km42bESgNhiXhvLrRtYAlVrN7qcYBU4C7wNb1EiDPOw3Tw0JLe5qXu275DcJl"
    "iSlGxfsKS5wZFsSEw08rDok0m2mOiMMMx1necagt75m2kz458Q9P4OJ71I0HuO7Sc2c+yX"
    "UtUSFWlBCH0XqL0bgZaFen+5/jUDuXiqf3qJJcLf7DHQ3ePNTbHwt6jvtWP0u28bbcJb6i"
    "xg9mbYhXp7oC78wXpsrCLcjLp95AsBFm83sgOhImxv0kqIgHKyCSLdMnVn19fN/xB0+VBt"
    "xcnVn0oB6UF/aitEviu8nA38XozV6v3b8cbR4DuiNfSHGuNLNhRuZBWxA/Lj/H0rlyQXbW"
    "sbG4DF9tICjQ0I5Xw4NGG/AvmtBHjbgLCZwDnSCaKWEV7BTrHLkcOeEDkzuliwE75+irh+"
    "ikwXHfMLLPykT5bInC+onSkMUslNR0Rc4oghHCan87uzewiywskp+kQ9IloqcFGRmid6J4"
    "RNECh99hbIMp+xuCA4zIlneQ0RgE94yJ4H/C0kEnNyTduDlUjreITlt0hrSPQotuM0MIYE"
    "Hud86JvpfITSuLXxOUJp0aL+xpr2+/KRv9eXl5z+n6sphxcU0ZUX+lIkExRuA8Z0xx/5Do"
    "ocly0c48cX3fIwYsPMmcEj1MOYusjVSZOYPy5s+mTrc668vjromKOBiXEaZLacMmkuyHRS"
    "vr8xddbJaswV3XhEhl+6P5799AGZDnrGC/c8UI/Z8Ow0tqb8hI7GWLe5OsyehN3e1C00pT"
    "ZX4E3iuXvRkNeRhFqmJFfCC1rfPkyZAp4Qap06XT6JtlkNeIBCktXsClFIoF9Mu+e3nh2W"
    "Gqe3Jx3SC6abML1imxcnIwyvT51fH/B35L9W4O8Af8emfRP8He33d/BQfa6vI4jjb/RzhL"
    "yBcito/B5bZewO0Pb7oCEw118LRS324PLKWig3OPYFagqoKaCmgJoCaopMTbnnhJpL0ZFW"
    "oqfEzhZRVPxSIqLqcOGYzG+YfeVc5DnYRi/YNtlzGyHRJ6QXzdhP4WSfkGOEXk13FsRSkB"
    "9LoTbyuYPsF1I3YBhJIjH7vN2I8C1prrvmRLesJTrWkY0nS7b5RUSpV+qxsWc6MURohrI/"
    "VkEf9ghL5FL0OqP4hT+H7oirAlm21Z2comt3RF5103VE0Iafngm2FRuAvpLw9+kTQYrio7"
    "G1OTXteYc/Mxdh7+J0yk+In89+Jbva/3F5kZ/fg0LS/hbo3w7UxYOqiwcr9VO3DXjfoR72"
    "triehFpbrDncSroyTf1ogYnBEVMD/Oi+d3d1fff5HAXyI3LZv/t0PbjtXZ2Hewjf4n7tDa"
    "4/XfOD4fY5IoPep8chP2TjKY9+pPdd4GPV7a1pr+Jv4Im5XfghKQmxh1rHHgKFRLHOdVIK"
    "TDxZE8jgLVDtxJCRg/BoFlxfd1YDNiEDS1aCqkUnIrlJDdeUFCzXzUXvY1YgOHzWO3xSnx"
    "q5yye7NQC0m6FNbIibgV19mEoA99FpU/GENLKZb3hOrQrZ5lsCuDexodoJcOqbo1wKZK+e"
    "4Fi6tMwVnMym3uwLzmRyb/YG9wlGk5lOnnA8o/QHJ/C1nqJ76pi8vRoKhvU9s3+ErFpK/k"
    "C6jZFFXe451V3kn0Gfrj/1TzPe4P3fbkPY/ZktV/6/Np7u5k8Ffj0/VwW/ni13pa6s0fWg"
    "uUs09/AF2Ma3GsrW2Y191OsO7s4R1m0yIkPuYj1HvByu8Jn+2hsMe9xn+sJZr/zIwyO/2s"
    "aux6/v/eP+esAu8DeVEele/fI4fDhHuvGn57gjctsbfO5p10xChJ80k4TH+o8P4UHqsSs/"
    "9Qefetfs2JTaU2xmcvoP45+1se7I9Ib8+MVKon0lbc8+FsH37GM+wPxcqlVBLQnuzYvDxd"
    "fsVG3BTrderTVTcavKqZLtCNxvvz6fSrorJHz2zUN8DcLcB59TKF+fujI3wsY6+ZEcKCrQ"
    "nxj6E9cF6vYGaoGhWda7BAzNvTI0i7So3adjLlOZT+Kdk1Xv2+iic0IhgQ4OehAVIW1Gnj"
    "KdOK/Y5mxCHUXD/TjHjsN+C3LxfGGxpXIa0BI5RzGqhBEvXYh0y6Kv/CQKZRf+akvRN6u5"
    "8Yjok4mon/EHL5Jhus4ffpE5B/knHMH6XGJBJA24ohzAcJAizr/wGfmSAzLlQXNvYjORQX"
    "dNDk5SrM5+qNpYeXWnU5bi9OteXvbuuaNO7BXcsfdL7/KBO/b+xBP290X37hyNdTIin65v"
    "HnoDdlvTcrP73cFok4ap1L8uJtGa9l6lGTf+ImA2iviAKKCaFQRwwXIEy7FWTX5g1ivs8g"
    "P+AvAXNMBfcOCMzq6f+nck8RKEpzrrnANB6uAeKk6AkXvIGutBVdWi1m14fevKQZZvMYn/"
    "VYA2vL7ORmxtPAYCHSm4m/0FoWydgT7qDtmZc6Q7DnZH5Oa6e3F9c/3wz3NkmfrYtEx3OS"
    "K9vz+KQ/gvT/zNyUN3jwF5iHhYkIV6d0OfLYSJg+vhSzAdjX09zBfJDF5QamGd5GzqcbnU"
    "7I2Z4L6mL9yVqo3mX/T7Nwkl/OI6xUu8e7y96DHsBfTsItPXNLIG8UK3sWpWXEIG4tMbdW"
    "QfrxJ05Jg61iyAi+rIiZWlHFMru01h6+BO5mGYZNeGab9Qzya6dcNGqs/3cXeU9mps2V0r"
    "yoCRWVzx8521Zhfv/RVeWjAQe6/brp+6YOMJZscRG9/iFW14XJQgk7xQc4KzmQ8qgmDI1c"
    "uQ0+d8F9Om0u1wTR5IUq5NzrBKUkIg6NBe93ORoAMwQPcYxwu+N2rIJoXatKGVmK4gvu5q"
    "uCaFANfNFmGAWBkmoT1YjdUwkItahcn1lWMWSnaHUuC9Xo3VUniT22IBeFdfqBIQbneBhM"
    "zHvFYZ/F370nNcOhdGmsQUjc52Nhiik+DCwnzgUACNvSVv1ExJVIH0eOS9n755y/6L3+oj"
    "76cP+GzkfTTOjJH37g0//uHs5/9kx98Zb6MjP7/T+X8/vmfHx/oZv+bdzyfnvIldaJo6Iv"
    "NebCUv/MljDfKmJuFr9DR28iRrAjfhoUfkmlONeets0y8Fu2CGO/EbbvNxV1cj4f/pIN0R"
    "hGhhzXOedCjMftxCX4pxwaqvoVUP4dm9NQA4bHi2RtCWH5wNOphqLrbnjmboSxXasFy4On"
    "vjXYNYrobpapY5N7fw+8mkW8Mkrtr1R4nLVSGljToSaV3RivI3FPCt5kMPvtW8OQff6lFh"
    "XxVY+xVa+xkf1o4R+jb6r2QO651hap8Xdc80hnBdSR1HsUW31m8UX+RF3EaObuGU2+Un/J"
    "/vR96Hn9594O6Vn346OUdXNnr79uwMHYfOj/8lXCGh++YE/Qe6tEMmJOKtdajnLjwX/dp9"
    "QK8zTHj5Rsy0YJkT6BCPAL6XevleQo85oSqKfVKqdc6C8v0wYRWurFYvBzi8fseqXgU2+C"
    "pRXoOqpKqXwfYJZdxiMt8zdsF2rOmTnNTrdXX7MqJ1ziGoTSaMy4bncGjjhcJ3KiUFjAOJ"
    "54ngLVx/MaE2gVqx0+9F3wL6mBBAvzX0LnV1Sx38hBjAvzX8fngZG+ozkJaEgMN2M/Bqm6"
    "6LiUanU/VJkAjDPGw3D3WvW5VtA0oX/oyrpKL273t354hLjgi75uGG9/R0sOtaeLuenkVs"
    "yLf5NuTbjA05x3MlIz28vnWht7OffiqALbsqF1xxDqJvEH2D6Ns+uRuBi1gR2qRUm1TY0p"
    "DlPZnkK3adThSXatF6rVgdgo6bFQXrY4ztnVMf4vTvhu0dhSP2yX2zQPIDtC9UgHdd+0I5"
    "vDjsF7gjtkFpgqj9YDvxjX+cIHGn1I2hRCpPqkzDLjSVZHGIlmzKGQcW5h6onbH6jY/Un0"
    "7bhNR+OT0hCUrK6YkxpNZyeuKMrM2cnltK8BKF3l80tekc6atMq+MrWxBnxjp5RtRGE92Z"
    "RdQbwaHhNJuTU/Qb76Zq+m0WYqVJgirjCQ7P/m85IlH+FjvvkfAsH6oTXctbAYiGFNHFdC"
    "ru7PAUrPB5gABUQwJQmJGsRgBKSgEBKOVfBAJQGSQWqPZzYFdHsL1vMQNJQYi8bYm//6nW"
    "VBNk03LA3yrUknmKbUxktTbWNrldCbUu0AY5bhBlgyhbLRV6iLLtH1mIslWr+kAw6IDBII"
    "hWqOAL0QqIVjR/19izDz6KWkid8PGYxlovfDKMUiS3dqwbyMBjFwUsYMSEY6W9RaLrz++n"
    "oqzZh5H34eO7jyPvP39688ZPd2XiPwrxoJ/IylWOKHsz2UiUu655/2Obu8Bt+hJUFksl2B"
    "7sOcDJXi8nO3gyD+xJq6/7/RAfgsJJpLojYwetc4eFEi10Oe6Fdt685Ar2KTI4aGqYH933"
    "7q6u7z6fo0B+RO77wweeZMGdTdgIW4XzI36z8LrkXRh4Yhpb+SyTkiX4LOup09fdRRlist"
    "ZH6a85bZs9LyXYujAA5NtAJKDAawaRgAP7q8PPjSq4GTkAF4IBdbLeoEVOJRk30GvkCHqN"
    "1ALbokEA+dcP4N0Ab+aDXwBeiA+qIFwgPpgfwNpnVOZCJ89Dl+HN2w8cSQIzyQs662IzPK"
    "1Ac8JrC0Zn+gQjc76gNptyPzEhGgFNTQtn28KkbnOCptRGejKpwcLGEw+C+MTHbCymsrtC"
    "5KVmkZeaU2gPl+NQPoOWvxsqGIfXtzBW8LEAth9zof2YRpZvUaqtfOIy4JIsFIuZ6Wc/fV"
    "DBeCXRwjVcPvtbfFPDnVUt4Uwi2rpF/f5NAcDfv8kFnJ/Khr01nhWqGvuOhHYMgNdTfS8Y"
    "/xZAuJJlugE7V7Y8vyvkRENGTZQiVdBpU1KtyRorzQftA0TwqzKogQxAKukvB2FICENCGB"
    "Kabh3ea1gm913s+5JgpQLrPeEKvGHjNXATOwj1PQvcJkdriG5RZ6sWTW8RPjy7gDjsGnaA"
    "F2bRV87PU/THlMGH7QVD0f0DHYflYn5wEHvVTN1iv20+xnYHsQfCTHTGHZ9BdRf+ECd+XR"
    "gx26kZqe7OI7JY+WE7yKGBs5e3No/K0Kw8vvoTWwmIfS5ExZsZu+oU3eruZOaXvdFdNGff"
    "G0QJRn/64QpxQ3bzEeHDhSV0eLMrPXlJSnx1T342z0P8u8RNGUFz9K9dHMjryAkt8yFXQk"
    "porqf5gJ6k8l3N8fdDAeuUWAuh/ljEh/Qx34f0MeNDsplmLfPV5W4rKwEg3cj6unwjym3N"
    "4jJQEQryqA7GxBvrFjfQ1GcgJdgiu7niGRDKAvuG6bYrMajzP31pudZFT96eFQm6sqvWpP"
    "5kAq+ON5/rMt7TmpjgSqR1GO8l7AqFtyoIvc5981b4DZRZ7BLhUjbw78ZqzM4Dd09LJoFS"
    "C+tk/SyEoqkpGDPZfS376Ei1GuBFv3+TiChcXKcAvnu8veixXV28Cewi092Eu3KcJykJSZ"
    "x1TuIM50o1rpORa5F+WprhunI+K2GbFmuT9bWvmJkTJ2DvGDLLELobBnXR4Fl6nRXIyFm9"
    "9hCa3IBuZodUDk3uNeDmGU9Yns7gn+msC60FlH9tLK4tGFUTLRN4PIutEzTXl8jhhS0QJb"
    "zAUxgg4lEmNKfEnUkSDPy7nWSTFcodWhpvihczSwcgxKC7RZ2+l5DTd5u20Kpgkr/gFVCO"
    "BFoI77p1G6L7cy64P6exBY/9gR0O3sLYkuCYlASCY40t4UzrscM1Ka3dJJdsBYdvhaqLIS"
    "MHLoaNZvBhGpTWbQUXNdHUO5Su1iTYvxvAzby+tbJ/e36B4COJARye6hSxgINCw0WJpQTR"
    "BZ9rTrMMaxQHLE9uuh7bmLMxX9kzOx3kuaZluiZ2Tk9PTzroGS+xgV5NZr+aroPCVotId1"
    "1dEDE5udIvDZkxkKu68Yi8zjCJ6iwHKCXrLbNBsgZ4iGOuBQ7GNRjX9dgA921c17fyMtDc"
    "mrA8D2I0L/SlNmebNZVsv/n7Q1KqjbtD6bWVGWRYaQ+OBIDzkwJXwvnBc6UaC+H1rYMWKr"
    "cLaKFyO1RubyHpByq3Q+X2mrxWDY0oQMkEqNzeXnChcvvRwQxpiENCqKyG0Rz1UBlUsYHi"
    "7fWAF4q317p4e8yLLwKKUWn0lOqhUIcpCOF2o/FatDPvtQ5TFrj8AHkS3cKhci01y0XKMT"
    "kTnRBshKFnXk4+7AhMRX/gMKR9fH/1qYN+ue995tfc330W4euFIH/zOkQ8wjnW2YVRNJvX"
    "SJJ1Iq7ilhDmrleYuzlFwysLYO3HH0aJy9OOBFAKWKflWoh3+TEtx/w/EpDzkw+Dy8GElC"
    "V0Qr37/S5WvjXLvE5Et5e57BddAu946fqkvIYBvM5/dNO/SLi+GY4X13fdwT+Pb7v/OEn4"
    "v2/6d5/D6+Nu7Yt/PvS6EJ2A6MRRqI0rKZJJIfhESLMdLKpvE5nICrbIib4vJy5ecbV3dN"
    "TEWN8NW8GFnTSJlzfhprnsDi+7V710rkO0IMHFuDHZIf3y1irb4Zq8MLuJ2stfdcvTAxAy"
    "fh3JVZ11jh0zvF57CQUKenRu6QtD/Uf9hS2FJ4wmvPgzr0c9/PqI9IlNHUe4TiYzBvk54q"
    "OLOojoP9Bf7pIXseZn2RpxhWjWfbOH8cFXUy9fzV+yYo65qP4lLeG4R42lKd1corWvFutP"
    "iLUG1YpD/c6zp1gYKhIoB/LGbxAZzVDl85qYiOws9Al+oOw/BfWboT9Go6agcKGoaN0VCe"
    "7tpKkk4qUSHSUdT83XToImExqPTZoFEzTzkZPWBHLYLSY4ckcHfzKkoAFFjTbcfB3CD1ur"
    "tdWMy5Tj0j3sRCQcuu+KJBS8y08oeJdNKIBkRuVkRshC2msWUnLTLhzISYq1MJpT/su/+i"
    "CqAy390rUB5vKDZhDAyYe+vQEcSC+Bjpw19ITXrCNnYC9CL05lEzyvC2cK0c0GuFLjTQOP"
    "TUG21BFbSYbpnqIr9ukhDu+H6W9iDmKrCdmYt6t00MRz0Vy3n0yCxkvu4O+gCZvgJ2ovO0"
    "FxI16eaDLjdE5LxvSs4pYlRw/ARVCVi0AsDnX/eEIM/ONbNu4Sb6M6+Ek5QH879MFzc6Ts"
    "uQm2fBVzNyaylbFbMzVx38XReDc+4uvPRRGOibQPYaiB1CzvY1gRUclkTwoB7VKmKwQKuK"
    "IvJCkFnpDa1IKo6Xr9bopBtHxVV029aSGc61jZh0mer9ueUWL2vESFKAHf7mqklkKb1JwK"
    "gCulgikDW4wMVrNNoTQ2mEwvKwHUy9hQ7UQ2pY4WgPcwRYwaCm+xGkaHydC4wcYTtq90Ke"
    "lxdbKzLuBiics0Q18WDLdc6aa1RC512Wle1YJnPQRRGySiNiJpIthDg9BGJ4xr+F0ffN8K"
    "On6D/gONjkZH6HWGefxDyPNKF4hQgk86mbhLhfceEVGPY7wU5XcFIXQZVufgR9gT/eCwFa"
    "MTh8HFoz6Z9hSON5/rnEZ6coru/7+bDrvaZA861i1+uhP+Y0ScGcb8cXUL8yHZGB30a/eh"
    "g9i0894b/MHDhpQzk/+qJeIcBf4wDmZP5bj8LwYIfsHsHP8p+U0pQ59q8jOXWudxD2PgCg"
    "N+ao3MvTXBp9q64A+xvxf0wYOHbT8mc8MKUzYlAesAIaM6O91bETGqM8B7qNkCFAmgSHw3"
    "6O+Ucli2vTh89taajMH5TgGrkXt1drMcfZtHMN+YUfUjnf7oH1lZc5uocufoSeTmR+S6Ql"
    "bjHu47IqJSALuCGY2hYMxOO0W3fOmx/8MGu88zRpGJrmqsrbxpKe9PjhUHpltttoIOmG5g"
    "ujXBxjh4oYEaqAYtYJq0GlZwL4B7oYnuBbB+q1a6wPr97q3fW514a4rExE93irQmmAsBpV"
    "IxR12CdONPT4QPkR9TfMZLLEzGsO99Jo6YvNHJOTJsfer6QpRg5DnY7gRdQpmZy63NjA1c"
    "1Y1HxHcNsPPM5n6dYXZfQrk9G92GSyEGr01fmKltuuh4rj9j+8fJDLPb2ydQOa+GlfPANG"
    "1lTZbKUk72kheRk+r9y7B/l6P5hwLpZWlOXPQ/yDKdJlr+a4DlUPCRo9IUIZ5R9fcY1JeS"
    "2u98gIsU7MKTqq5AJcTa5HKpugIkdEQvuSP6Huw76IiuvFfVqZZOiAl0RK/R5x5KVuWjDy"
    "Wr8uYcSlYd5Xt6oSN6+7Jg64nqIfyMUIsN+krXDV7oK12DzNjDBCDusW3SpK86eaazLuww"
    "sajD1s1CXFq4NJ4vheaUuDP2QDTw/c/1JRqLNsPspEkctiSRKemJs80A4Lqvl+teTJ2SGz"
    "oUaF2p+nVAhkbpz7km6c8Zg9R/JbewR+OCYI42yhz1p07ZGk2JtUiz31v95BAy0Ck3qeyp"
    "xVWrNoJD7LoWNvq2IXSBjO6TOL9WA3L8KzXKLy1OuBCXo9cZwwgtLN2dUnuObDzB5gsfGe"
    "nIH3jONBtke4SpPFi3sXGO/HXQQQ7lio8/jukElxvIfTUnUqbFfu84IsfuK0VTk+crMDA5"
    "o8NPaZhjX6SD+AVsYCckZ+guouwF2ZlbIYZX2/niItCBbKO2ps8FMV05upqUg/Dq1uHVKd"
    "6itWFMCKDfhZoJAZ7vTqNm3ym1L8pKoE3v2r7UaIZWCQr0MFJYBl6Rak91A7moKr1aW7Vy"
    "Ha7gz+uwkbqigCLNr1XrsyFKJAUJtFz9FP0vQnU3OmjhKdM2PbeDXk13xtRgpny+6g6aMg"
    "XFkLkYyxoW+mXU+jufr/Pa7Hsha6iZ/wWIBFqTh1Fe1Pmbi0ULHbUOeimx1jGSyi9hcghb"
    "uGYOqrLXbugs0ba1gnMGaM0uAbbwd4F76OlUxj4lCPhvhz/17K23oKwszEL5iQ45y3/vyQ"
    "2HTKEqosGc5WswZxkNhlBZUl8+vOH1rVMO90JXB78W+LXq7te67A4vu1e9w7u1OPprvVrB"
    "9BRyavHIZzGfVp/EIrSxoKzwONmYwToxeeBVf9J5lW3EPu6+X8rJOrJ2HAtoc/UKxNazCM"
    "7huHPlZ0nyF0P8WwHiuAyoIUXUEB701KY2nctjqjn5PXGhHWs41MxnpVbCQQDhSnzTG7Bz"
    "Zd7p7wo5EVnSRNK/wtcpJdUa07k0F+lcdyczrPLBj0kAnJkESHM6xTZmNoLE0ZCf/piUAl"
    "jBgVkv19kUs110G8+9A8jvhjz+thCFSNTRT0vCDGw3Az7leQsSYUIQSq/UufQKMEXzX7r2"
    "MkWhFAhUq2gNIW5NaAPy/WPfq7I7YUMpkNJLgeQHjzbW6rwIxD59HWAraiW8KVYXUpwb9m"
    "nOw/3f+4yxdT3DdG/o05EkvBad66yLrOn8Ks2iT8WCavlwAEG7xt+jzppYGC/ZrRqpicu0"
    "LlJTPpvYbyKtAvBKon3BxvLxZV8N0136GCmAnBJrH9Lvzgog/e4sF2l+Soq0YvpBXAi2i4"
    "3LeYynTFfNIpxf+3wlsVPx83qqsjJc91L7nPe/kLQFzoc9EgDUt0f9xdRVNpPg8gq3EX1h"
    "VrOTlM/CMRcq0PpXt26Dfl+EePM+n3fzvuHFqivVP9rroOY2j5prOibRIvfpvjjfniP7+I"
    "LXLuG1iy2pWhUCuzbwfEFdTCbLAZ5QW1oJNXtRZ51rylxdrtni+j34qH4/cibUt/+e8RKa"
    "aTfDZxXNWeHksVCghblj5Rug/E1QADe4vIXQvj37WEQlP/uYr5Pzc6ncMcx+qeNqM91RKt"
    "2blmsh3uUv5bw803ySYl6a6febqJdcvM6C3UHJOxWXgeZ8O7hKmmV3AjNqe8MzYycdRq2/"
    "t+mcBlORbWwQnVyrxi/Cy2oWYf5eVPX9JVGyuVbRX8LrW9d5oPwwm2o8vvpYfINVwmf2u+"
    "Tgbu6wGsrWGeijT483N9qgd/V4+XDdv2ODsiE0GxueIBWMyH1vcNm7e9D6nz7x/qv2hOfV"
    "0+l0RC4e/6ndaZ/ZuLfnaOwtNaKxzVabj8ht7/aiN9DuB9eXvXM0x/MxtrWFLSmSXmRSz9"
    "4UyYV9k58K+6aonl/fxrmGrU9dxQjI0dWg++nhHAlZPpGiia7Wvb8f9H/t3kTddDX2Obbp"
    "i26NiH+Ot9H1j8lb644IG4ofYPJ4q0a75U+pO2M61IxaW6TbZEQh32a7fJumVaxvF/o2Xm"
    "CZrXdBqYV1kmdth0Ip2MdMal+4R0eqtbIv+v2bhBV3cZ0C9e6Rf7eO34p9h11kujlYx76D"
    "2lgSNs8vS5kRbM1yL81rxFWJv1yJUzkX1ZgEwJnJALYxVsQzLgKAZgov+Pos5f4jtd02JQ"
    "lbrsKWG5RUkmjt+b7kuEz1vuSj/5p6RFhRzDoyLdckzim/338r6vG19TBbdCISdTTTUJqW"
    "tBxMTelTw2xU23W28P0nBNtHOWuIpz8EaS3HjFnf28xwTAzmt87zC0V591kNz/HGc9PdLk"
    "CaloUSIXV+j0JX5hYTnRKFea7zPPvuac3GuqOWP5kRhB20yA4KBJN89NtFMElkNiyMLWc9"
    "KQmzXpdZl2yuwdNLvqGqFZeygpDdInFusV/+RHOqLuVXs0pKAbD5jYShUNg+artGZpAqvB"
    "JJAHhj0lv4vmeBVk58u4wN1SyMC5esSm6OUA+sVHAL1gPL2y0A4A0ASzbIAhDHlC1AeAPC"
    "WcV0h5p2bDDL9INaO5a2i3jy3dWQDTSF8mYhWXDCxfOy4LpmY7UJp0oSNeJrbF3ORmotFk"
    "jf0NJvxOYOXL/xPu6Ut84KB0GOzl5QdkwcFh2yzpGODNOZcMJg0C6eiM7wNp5gNla2GVd5"
    "w0LRwlozIfNzTyBBYp/lChtG+m3Jagc3fHsdskXc8OKzpeZ0iYu06X0rzZ+10l6UcE2LAb"
    "abXVliLZZgo/bDcRoGb1ErNf7Oyvv1ShdwCcgmErZbim76zc1xEh44nV6YtuvMs9D2LWKX"
    "RTb3ZoPsgdk/w6+PDrONVrbThL5g20HHhNlO5wizP5b8og6zo4TBFLpdTzro1XRn4phPe0"
    "ciARS9MtMJI9NFpsPtr6zBVt1tpRW+Eu+Q8+ztVuXre7Hw9lY3QMyeunWREGtRaKnqDmqg"
    "Ee0vevrsKQZNIwHAc7OGCbpQibqQVNvkH8fdsR36o7QU1dU7Wyvd8lJsKrdMYfR/ZEa3TF"
    "6wVrc05wtqu8E+pc19kYIqZjfwxQdSiE6Z1mfhJ32yRFPTwj84yB8XzbBucA3QpejS1g0L"
    "I/+ndpCNPYcNMQ00QYK/uUI2q1nu/W5ShTKsAiMQBmXykMokBAKgUtL2lZLuB31eJWl4zu"
    "1SXh/JGZHhQ//y6zlyXDp5DuseDcOSR/z84/39zbU45ng8JCqO9u97d1p/cCWO0wUmmvDz"
    "8Ou7N72h9uWajTv4J5PRLexoM5ON73O1Dt8lwp80tTTslUg9Un35bVuT6gvxn/x3ob3xH0"
    "jDaNus56VhZGzcw5gM10LN/4WOjyTmwupkEVPhTzqG8q7t0qxB+fsulD9u6aoaUXEZSKwt"
    "kliLyYQagd+lKMpxmdahXP5CrnsFWAnUkxmePGNDEfGjyy+9y6/Xd5/PkRiAgT4i4pj2qX"
    "t9w6u4iuPaVGfvqRGciw6LArCPd3diANsjRMhfMe3mHBmU4BEJRwnlB/0b9rd20eVbo00t"
    "i1PsmQZSjw1svvJoFrVeYyJgvZZuvbrU1S3Npq8qbVeSQlChMB1apM+qiMYkAM5sZV2/7r"
    "UqqBk5gDZb1VF8ZFSRTYsBsGlgfVNbHdmMHECbqU+su5OZ5pj/R2IG5ZcoTghVB+rZm6bA"
    "im2bSijBa0yeUKB19g6UawKPceK67eMEU5OYzmyraU+JQvG7+gQGsvMcs7S3mOqsNMx2nW"
    "cbyhpVWHUHysKUXRamSEmNWBP3FO1foTyEH5dc9Y9vmF5SqIqG3MDbAiW217QIov3HwoNl"
    "lRsOXy27jRHx2GLfTJrtE4zcGSew6gT5A6DgzePpULzpBXvqDjKJf5g7j0WI8W/CH88hQB"
    "4xKHY4hXWOCH7FDmex2o6kfsbe7wZlNWqdDJQf82cbD1NQVPyhkQAksMgcIMQ13aUPSgbU"
    "dZHfhFidWRRbukPKb5kbYKa6fyTE2rSGK04rxN/YI6jEYCMBiMCWHoH9k47VjMiVQJtegX"
    "2Zj3/6pMgd7cYEwbJhABe1HlfrSp57eEje60A4YvIUfd9y2qzlB5ZaubzX38MlFqhXO6WY"
    "gfYM2nNztt0k50Wymtc14/QFKuzBeRjfdoktOLfprAMtdVRitHy3UNGLw+tBLS5dLQ6JMI"
    "q7SlwM+vsqbC5ghoAZAmZIfjU43dYtC1tX+vJIVgsudrqzthJccKFm6EuFeMPYc0yCHQcx"
    "Mb9uhu2Rc1ECIyiggb/xpfGDg6bmk8f2VbTANnKw/4nQHeQtLKobPFKgE4OXYyNBaY0fHG"
    "nMYa93HJFQ5pWXhbN0x0UTOmfgYCMqIDfPr+nBHoWfC5+RgwmlPQ6agJiYigy8nP2Sw8tM"
    "ya3jvTR305Nhyoks6Ybu4sVSUUBXEqCClq6ChjvSNpTNpCiwuerM5gq+RSrvXUwEXrzSXz"
    "z2eVezRVYCYItstkUC7WlHWyRUeQdem8syrlaWqjUS8yqZ0ylTcxmau3ZbCq2MaMAWIb/f"
    "lktZ5NZZcQl8ixhzyRkuUnjR/4Jwy4p3QRJGFmFGkjnxi2e7rxQ5S4dXC+edkXS2XTKbDC"
    "8pM6VEYySP/MDrI1ps6tltg7Lbpsuutk3L+tGgryRj11Vy1xE55pf6RTU6Qmz49ZGJzekL"
    "nmO2CsKi4X6hDnbGwsYTsx3ZOdtkNuEYz9jajIzF4KFP8s3BwHYIbE/+z2e8o0EIgbiqAn"
    "GxWSsa1oiJtJBuVX7VBf42KMAbXN5CaMuvusl+N7ZUwI0EWheRe/vhTaGF+2bNyn2TwVc4"
    "OLQX3fIkrMx1u3RaskWpNpV3OOMf4m3mIC0Jc7DtHDDdUxaaXgd+JNKaEgJVY851Wi3UpA"
    "tzAhJS4B0q3zsENJh9F8D7trDY/bbyfKdlwfVdZ9c3s5zVPK0rAfC0SjMrwtWvmhoukWyR"
    "trQvV7Y02ry1KztgbzRsDRd1Za9e3c29heKrsQSA2512L3l1lRPvq3B+80jNGq93EMgp4O"
    "62PaLAXeL1k7kbNxTnXuSY59jBrss7Fvncosi37PCsZWwHzmk99FxPeNdyh9OLhHPaz4s2"
    "Mp7uiu47IjP6ihjwS8RXCZ54rvnCLrawbnPvusi5Rg57V36k0ykiGBvOPpKuvxdX9d7oSw"
    "2sRxxUA1Y0M46y1YSH15/velda/9Onc7FU2T7GFmv6lTqM59rGf3km59GEdMmihIC0XHXa"
    "6rtavwKxJS/K20f7nnqP15wBwNu0nbdJtDGIwfmXK9G88idDLt2aySixeqglANph4ecO0R"
    "q0q25zTPn9V3gqrHuZaGumobRFT6ir1ngxuB7cpVDZFSq7yl2nK1V5i4nPCIObvM5uchvz"
    "VCeVKOBKAiKApUcAofzqHnUFi070WB/6gtCmpCA4JLPwVpu+6sqVicLi3RgeCldlCSGMm9"
    "hQDVvHReMYqXc4EcMYsG/o4Pry4ShnI4YgUUm1mXM3DEB4A8KyPXKHAthyj/NW6TqtCivv"
    "NU+n67mzIXYc/1kzocr46c66UCXT5mea41+pEKq06JNJ0LGOXPqMCbtyblrLk3MRL9QnE1"
    "4OQZxx0ES37aU4bhroeMQWnzE6OumIIzaeMuV1FgzCI4DB1LM7yQs8V3DfERmRnj6ZRVfx"
    "dBwH/bG65A+eCzReiswgESXV0ZPHZhQb6PGem2GijoNOnFdss8filaSTt/wbL1FNLQPbI5"
    "J8lgX7Nya8ZLX+pPNfamPPwfz3oVfd4ZFaC/Oy1Wy8haUvsXHC/vXCRP0A6uuMnUfBdJ6i"
    "G/pEPVc8DX7B9nJEGEY8PhtUw2YyuovmnuMizK4JlwGP+KI//HG5y+WPv6Ww9atc+OdDKf"
    "5sC/RK7WcR8nVHhLItFh3z5c4GP+UxX9t0l6dsbYly3Hjy7PDfZfozwF5lNl/igXg1DP/3"
    "TPi2YJ+coi6y6SsyHeRvUgYSgzPpme6MCP624DEsdExogOPcFCBO2Z3YRROdP55pWWiM0Y"
    "tumSJJi+QmSu0SYc73FUqV0S09hYeNMe+l6PE2Pbtz0nIa0Kd7S7A/FsD6Yy7UHzNdZtmS"
    "p0rYriRaiO4e2vhOZbkI6+qyBRJQkk2hJNvq06zgKUgKQSgsDapuGEwZyaH6yCGNibQuIF"
    "Z+RiREw/Khb280LND3t5r3tCzEwuocC/OtEme71KCYZDXvd5UGRJtmeWUmq7/NcUl4l5sw"
    "y9ukVKYlW6cald/2yC94oxb5S8jsKeTXPCb/ClPPUUU0JgF4boqgekHIqC6RpwN8zzcGnm"
    "ILanNmnf8+lwDpbTRQK0FN7Ht1qgR+w2M1n3TT8mx8JIlRJc531gWpRNRHm/qXFoxS8YGx"
    "gRa647xS2/AjR37p7WO+DvnDdNDEMjFxUeC4OPFT3BY25bqDwzPU2LP4Zb2jOIarT6enPG"
    "yWjVBVcE8enfqKF64IbfDxHD9motsYEYrC+I5LKRLV5fwolB/jIZSdwJbl9zfVF7rtnpyi"
    "B5MPwuXxgk5mIzI3Lct0MFt4hoMcKh6Ph7q8BfsJrn+7MMsPBZOC2CMu2S/l6Z1o+PcbES"
    "Gj7gzd+4oYP8TDUOx/TRfnF6gLURJzHHiToDxdjXIR8qM08akrqhzHZVoYTyjfZ9gUp2yD"
    "IY5/ZgoqynERCCRkeLK644qPN7OC5zKm0LradBnZ1uBbcerY2KIT7odg323TUp4HmTTMRP"
    "GZyBiOh1HJhwEJZ+iXdJBp5elL1irmIalHC2tEFNLN8+dnBy7OIUu31oiNU9b3MF/Py6lu"
    "mZ/hk1fUsoIEn8N4t/eSyuMtjC2jxUlJiBbXOPAQ0Ybr8K3gTofbqS79SITn1n8d+FVaQG"
    "g6zFcBagDtowYQnthYsg094G95WVmRRCtM0HUbTO8fD+v3/mh/uenffQ4vT38QUsUSCQdC"
    "tcNrTArYhApsQmFzOi5ebGGqhmJgG21npQZrdhvOTEIS2BT1UWqybApgPua/ds3UZYswH6"
    "snILRPLdvJNthEVugT/EDZf8qlKtRrEkqjKpRnaF3OdEKw1fVDt0cScyt1RWed0TXxr9WC"
    "SHDRnE7PRs6MLnjclsd657r9jN2FpfMUPn5AnOSBbHbMnVJ7fh40LhORY39u/UB38ACd6E"
    "r/QmQaJyeSpM4Kbwx2ZL3syHCeVPy2cZnWOW/Lzz9TDchXH4xvbPoO24I1xaBDTKQVfpDU"
    "6j0rkp3Krspfv2eZDFUOWZ6/aT3QLfM5VVCe0U/y10QGvRLaKbnWbR57QfsVj2eUPqvDnR"
    "FsHd572UnGuoM1z1bqQRmXaR3Ke1nVvLaQpl5WICXWOqzL1+y4XST1pqwBeSXSOoDL1+9M"
    "h9nQvEuJYtglIVdh4CU0Wxobd1l4zkzbLtSVFgXYVWC3LG3i2Q6VuATzQ7opsa02lAaFWP"
    "YR1uUQbhUFSQhCqAtCXRDqqlmoC8h6LZv1Esh68R7lusFUV9fF9o6VU6/YSDdioAYuhbxY"
    "XPIjGTj8NT/qsxtc98FgfT5WaxHjyjDvtCfLYVJCiw005OO0FSlnZi7mmLgah2xXtIbBYB"
    "y1tgI21xeLMM1jB6SevVt/oLbitKCWOTF3XlG8Vd09HwrKYhfkUsS+hxIeRfJruZlDkf5O"
    "b+ZRdBHfSvwceT9tUaTi06mLySkSE3qOeM1lpnkIvgNdYIL8W/gshoC30UHOs3fyNxRuUe"
    "fibPjXUWoGqrrviPDb7INMAXn6/FwVefr1r6bs9+hsrGP+2VNsWRMJQKMaiXsy1P/zcN3M"
    "FdJyEYa4RzbuodZOd5f2uS1fuTr7uM4XrkohibhIa1JISgMU27YsRpG/AUQCrXvtf3rzps"
    "B7z67KffHFuXRjbd31cmrL9Ig3z/DCk5+xSLpCtLkaq4j4Uf++d3cuFOARGfTub7r/vL77"
    "fB50VGFTwI8O+ze/9q74QYdaL35Q8fCqhf+IWsQCL7irpMVgZ0nvLGE3na2q+CZEIRpXHw"
    "d9Ni4Tvs5bzXNCFOa5zvMMUdf8rbOZ8TeIun6Ps54XdU2x1rlio+ZzSQpBE+Z1OpFqC+as"
    "IHgHJD2u47FHKcDrXOIy6RahfIiKfJkdJTsjyqXHs4m7DdtUiqZLJ/fTzcXdE+u3BKAVg+"
    "81W/VFUZa99Zuxju3HJSDd7tbY2W+XcmPsfYa3k/wlSYQ7Q3DaHOSWEKwKxbmTSfa6gxj+"
    "2OFdd4+DDDXep5hTlU86ooa8oCQFPXsR00cnM9HH1y9/H4zWEVXi+ZFLWzcsLAt0V3LjEQ"
    "mKB7hojCcM5FP0GKs1sBLLFhvwC/qbBp4vqIvJZImesSjn7z9n2NtaWv8+kd6emBi+HKES"
    "fm3Uh86aCHs96hocWpPbsy88+3ZsgXZCuIWwlx8dXhcjyjFVDhAXasO6VkdaItq6wGf5ve"
    "bwC9eoVQvix6VaE0+ruNij6WIZ7PmVxCOBnSqJ19M0kcG4l0LiLnV1S5vKak6sW/AJMXA1"
    "bbvmgcOy3/oTzMw1X7At5d7nru2kUGu28/J81dSzJzJE12h9K5HWLdzydRCIV+dD38zIJc"
    "Srv8dZh3j14T5S+X6gXFTXeH+arNLuq8U1xEX3HhelYdxmR4CLJrjXbAEXhTX+4tYrQBel"
    "zMuCc/F8+gKBuWQe/+ag3H2sCjZK5HP6ISkHs0lmywa9sv+vEzcdA4tCYDxB1A+XnaIeM4"
    "yWSGTkIeH0yoTkqrntiIy9+cJB7DebNlN92Kh/Q7qf9jqh84XnilbYGP3lsXuY7pKnu/pJ"
    "sUwFEvew8YQtHCd8KH6vCWX3wcapuNIflT2GtRyRJ5u+Oh3e/1oniFo8tuffi/1J2BPZiI"
    "u+2qbLBmdHeJdt9gPyQ3ux3TPIR4NwXo1cNGvaXVWc0Fm3b13ZilrsDVZb1inB1vhpKnZB"
    "rrY6NfiTcoD+TuirZdkmhcBUkbgom5e7uMDECGrgKKUvfj1H9HlE7nt3VyJxMRiHpy0+DM"
    "JcRtf2Uxmvet2rc8QLmaT1tsOEtyEpuuSFL9oOKkeVklKt89DvJbRE8DdXCxbjFj5biTgk"
    "EdbHT5t1z2PCIPW2bEaZEIV5rvM8B8rVNmWYY4Iwx3WeYwi15X85IdQGoTaIC9UvLnSYCM"
    "YAs4efmJYpipMOPHIkiWRkL+oUiWjYCbGirUkJRgvdcXgGDffcJwdBf9LxOXrldS+FO3++"
    "0G1sdGJHbCbgJg95loEIdSXdSPd7L2hAWq8GpGw7srfTCpKSoBXURSsoQruamsTcUuNPiY"
    "LOXx/lLzvP7Jc+PcnYFPlusZhIhT6xMfaXUxPTlZxnz9EmMzx5xooh0oQY+HWzAQ064YrA"
    "NzVck1IAq5QluM2KzQoCuDngqi7atBgAK80aUomZrQQAzCz/xNVNSynxMCayU+rhdvrBf0"
    "09MhEG6NgzLdckzim/33/vS2eoIiMx4046jLcjUTdI4uhI1xXa7OOQ9BTa7ON4mGFmCejE"
    "0cU86xainjum37gfIhxQOCWS1Uacc8QJiC5mK2PpUyjF4R/Q8Mv1/X3vSvvS738dIlMQLj"
    "PejkruOiLhUD848bt1AsolcmmSDXo80W3bxDb6//nlk2f2sGzW5mNsn/D78XnHxDgN8HZO"
    "oyc9HZFUjJU7a9hT6sjGlr5Ec/Z/rv6MfdcOfUXHbDYoMtmPtLDuYHa1aeGQVGrywjJoap"
    "lPM/ekGK0znHpCM9zO32Mck3Qk+F9A/Kwl8RNKjBQwKfdQYiT2GikAnhJrIdR7yDv1t1oV"
    "mGMiLYS4fAdJ+A1TXM0psRZCXW1tonZxQLPcz6v+Xe8cGZRg4Hy23oIFJuL3FckAjm9VHF"
    "/gArb/bYJiK/lvWHuj/sAAbdusAwMUiq00HFIg1SooH1BsBYqtJIN3z96tvlj4vzEbulud"
    "7RQK3D172twXKMpM9mw0/Poogr9+RwF9FcbyCC8ZEo9s/eCIq01DwjveZaQC1UaOGI6JY+"
    "nW2DuVIvlewlF74yE3tcd5g33FpqPxOPQLlgRYKbWwTnKWdFwuhfSYCe4L6nC5V2vbX/T7"
    "NwlN/+I6FUW9e7y96A2O3wro2UWmmwiugtXdXvuriNUN9tee2MFQk2pnPMH4OqTxxbXS3e"
    "Ed+qO0FNPVS1unDNEhzzHoC6bgkczuip3uFDG86OraQsmgnLnHm7D5xSH5KE+YsxSPGVwd"
    "ZNGJSNY8YRaT7qI5fcF+dUn9RTfFgogqRHZiPMasSbavO42IGO7Ux5czlk4ZRtZSC8b3aZ"
    "P+3Tj3McaZPEUPIimVkxldzyYOf0JOU3Spz1l8pfbzPjJNgXPIz0GxyWZ82BOh8+AlVQM1"
    "JQXIgkGnBHW7DLq65Grwz+Y9tczJMlfvCE4X0jv8XMkFlzCLJmp8YRrB3JvMuBZAPTv2qf"
    "d1BB2FhbB5soGDLeuUV8IWP8Wvhh3oyT/wStZi2fEq1lzReDXdGftnoBcndJFK7joivKC1"
    "bbJfzCtXTKnt6zXDr4+nka7D3mJ+3h8YixrdvjssugJNMQ5qbAcPVdxJDU7oQxbDmOk21s"
    "YLFd0jJlLdN/LtG/b/ag1yDFR9it2lNvamU1moMR/ZtByQYHM1O7ElZbHNz+bMSkI/ye37"
    "SQKxqm16IBCrvh/Hfs02L/DrV/yZaLRfv2aLt9lu/RtmxflMNolxvTrZWWda8za6fsJzQX"
    "u6S/ziASIvX9QTYLYodhx2mifvUzSm3tPMRcdjb8muYsap8KefdAJW1OvMZGaxzTtMOS56"
    "xssOmtp0HhwfYMN00MTSzXmWc1XtraX2b3A7fl7chP8jGFBjA0qKCPAO6KvLoXBAPZ340W"
    "QWZXFFAi3kbn18U4C79fFNLneLn0rqSPFXRAHklNhWUNfsi5PK3D37WCR19+xjfu4uP5dy"
    "8/MtTJGUGJcpZ0UfdlNJoPy+yHp+n7+e32fWs1ovqF2aQNVup/iuY1KVruFmuiKKcAy5Tq"
    "RmM8ck4DWqSXZX2zENdH1F505C6P+1d63NjdvI9q+g/CV2reKaVyaJd+9WaWRNRhn5cWXN"
    "ZFPRFpcWoREzFKnlwx7f2v3vFwAf4lsARVIk3B8ysUU2KB+AAPrgdDfgup/hiblUB1IQ1O"
    "W927XWM5i5uYjECNtP74QOaH3gToIWJQU4ttZ0LyKxr6AWhiR2gEML54wCFi02pezh0YJX"
    "k49JK4YYio50S2fh6q6RE3VWkgouNJCQHHp+SeAyQ/nEWa6x5hk47HnuLHB3ow/jy0/T8e"
    "UFitpYmNPJ5/EFojPIwhxfX9KrmDy9I7ngWOEcp2rFHUderUBPHPIcbUDWIyfjrUoXx8zk"
    "I2Bk6t8O1c3qGCEvUy+zVaPaaww93Ise7hddDtK9evjyra0vsUKcT9t6UI2qO+VsK93NMH"
    "pCr12Px2wzvDCz2ZOHt7ezm8/0qv8H0X30bPzreDSnn9n4T1bWsxs7aB94DS/1atNznj1M"
    "012epv0e80ch+Z/q5PHbJSmC8s27+7pW5BIaSQgcLnT3T2InNxk7UOdCcG57yCYnedHBW2"
    "ANQzjvWNcwRM/KEzYwfHkOdSlgNZyLfXKkPhZLDKzEudiMbEJmk9H8JHf+reNAN9aUpOim"
    "1h0OfHebgPbGbsfmW15wM/ulgkyzZYscgLwH5IJ1XTipb7ribxb4d4Hd+48zbEQTQ7EWRD"
    "bBQkYzUwNGcupl/tuSHoPBVq7JCJHl02UoUbfypS2jGZut1S7I6Bz9y7EM7V/IMo0n9IVl"
    "8nLXNg06Ytkzvnjkz8ca+nRLSQhqGpVaJY9xXLRV3XWakmruSQvzlDaC/oL+7T6hv/0P/R"
    "+BwlVUh8wmg/BZyHF1w0DWFptnfuoRKoS4Vx38Pb3PfxZSv5ARQBqmGUfopoV8ea4oKcgS"
    "cmz1yspQnbXiLyQrnLNzLIsyyzGWyf1pJeos3hWWZVfphJiZNGlFWsY+MfkJTDMZO5nGf3"
    "2kimUI8SnB7dIM5vpoQGwrLLZUMfSNnnNUVEwBZi0B3ky4mWE5OC/SuqyCwM6oxfIB0Se9"
    "rR9AZ04b06y3eYiXTrhxMxjEEJjUEq6QyfdgPCHQ62iBXpCfv3Iin91hAFCoHSUGb9Unmn"
    "l/5uXGacWuDsrowK1/n2J7nFFaJ0N0r7p+Il/H224NHdsoaMVBpwvvDdZ+Wnhv719j8u+r"
    "H3+mP796eXaBtra1pftGmqfIMjFa6SZ985DnYHtAmtA19LjGJlJNizJnoY7Nycl7dJSvAF"
    "Fo3eLxSI8rVN2XhZaqBwt8wphNmWKwv5NQHpaUE09t7VzLVQ1x5i1hJtMer2XyrX8hfoHQ"
    "+ESsG06yQuXb4eTygs21C3M0vB6Npyz8b0n/UiMMIRROG8WVNaokaVRaNBmKqCuok1OmIE"
    "zusjAZ4keKXzF540eiV1RUVpo1BEVpcQ4zUJw3TyKBQK9RgV7shQd89+XZzkyOB8jydPPB"
    "0pd5VTFEWKW7gB6Y+K3Jg32z1JJnL9eqU5xLO3nDoJRgCm4VyaldjA5wMB3jYOgeK9+NLS"
    "BgQgPpkuq+5vFBXxf7oK8zPmj/SALNVleuKEVwORu+n18gZrsw7z69u5rMWdCy491vaMlZ"
    "jTe6mViPr0lTDjZJS6Ob6/eT2RUjFyxzpdsbesftcDafDKfT35XZeDSesDa3qu3qqmHQc/"
    "Yl1oPWw6u7z0bTmzvWHNM/1EdfvOLJx/yqOB/zq0w+ZhO74uRezEgajUHLvN6DWgH3mBHg"
    "Xg33ftHZcmEfzMi2YltiWQEzhvLF89c+sYfZShyF1oLQ7Twl2d2GrGV7KKx0Cy3Wvmx28L"
    "9+9ePbaLjTX8oG+N0V2QlkR7Rp5Z0qFg/k8H75xm8T+SgqZwGB/B+V8Mbftmx3LHxYnjE8"
    "8MS8m9QK54E5HBQVj2F5D4oiF7RKosiULRwEd/kgeKXbjqsccOyf2wD0eZf7vHoGOsg915"
    "9epmxglel7Zwb92+X+jcjdKnuzlC30dKd7mvHuVbo5bgh93OU+9rZaRT8raQl+Voe7PZNf"
    "CBRjDcrxqubQhOyZHOCm3D5RjIvMAWrItdtioHcgkxOM9k5aAbIcId8BZFmUxeOSY031DG"
    "Tu4OTkAIN0sDXjC+lgO6Y2h0Sw3PDypoAt3asByntQLtqeHiDsN3TzUFV/Qn4+Je1JNEen"
    "pBJLTJo+EK6Z34qsIB0rUqQ3YLUWKsJexX3hIuH7yhsyokQTRr1xI3+cbFkgAiTkPXYQyb"
    "/dnIW4LB0eeJsFfjz5u9yqmY2ztjJB3LYeXf2mUJCU+63A0E5ZtajJff2iL7ke/WyYfkSO"
    "2KyRMJNG7F8zsLsykULA7swA2EwGY0uwdJkFhCrkJD0SQb3NieYV5kQy4eE9w5iXHYneVM"
    "hF2plcpAFlotRAMwW8iWwEUwt0APled9h1/a9XRAfEbhpw0AHkPlp3gt7Pmal0tCZ/9veP"
    "tGbPrg20tQx9+TRg+T9t6xFtsY2+4id06mCMKArY1M5395/7959ls5DW3/wB2S3II7KDvT"
    "iUKrhduiQMb99wxE+9fVMYPkUvlZMVD6rh5URR/Xp3c10U3R0YpBVp+tJF/0GG7vRxG1IC"
    "M4WCthzJzkJ4T6+G/0gjP5revGPgxPRktIF3aWYDZIHPRBaY2ZwWr/pNrmThoUnO+hU7T+"
    "EgseNnOHxl9khb+gO2n6LMI1GxOTVcacLadqcUcHKDayHHtZZfkWqyX2jVOgNrX8gtLKH1"
    "o00j0cycVayNB5aw70tDZ+nH8QpI+KOS8OG+WSydU9JKuu1E/TmdYuNdAOakVSWYOyZAaG"
    "bbFitJQfAJlvOUA1hW2Cpm1WJlq3B897awFWSbgmxTzwl3yA/TbH4YfxOq5Ml4i7OVpMye"
    "dXUPSFZSPID76S3zJCuBg8Y6Dxqj+UQ0pCtrCMFccO7Y/LljfsRGbDTWgLDcavfsm3tcnT"
    "scQFalbYuUyClE+enbplTIwHkeV3isqMsl3opL3uJm0rjRoCXsOrCQO7WkBuBPHFwEuauk"
    "CuBPaS4CBPUdodxYwV8xPyxuAh5Yri6ZbmqEOYOYkUwDul7igOwYxUmDyAhwBeV32wyMvV"
    "O1HEgSyBdvPMgjCqK3db/6O5g166a4JCMG0ign1xoOrgtE9jWI7DO7rhogfRe2068dFy+m"
    "8Z2mcOhCk2xYlCMqhwqL548q5sHCFExAfclFfS1JV4vwB+H9IPFLkQZZiR/7vwC04f3tMT"
    "KtgdsIJ0Oe6JJJSBHFOW0nHQNWv4oyhGxLgKqEdWQoHdj1zxt4o+qGCMiRgXTgNjJvqJpm"
    "Y6egnm4+wjET6TBuRLu3VZ82VKnuYnvjKJr6lAN3MbeYa9wed/O6L6dAuqOQyVV/EJW3J+"
    "xA4M4vcAc9ZfHYlktPKRB9GAs2oWRcnTktezgOCtU+ieXBtjRveWg+y5C5uPVbkwmsNsig"
    "MMNlCScUS4K5nxpS4gk490e4DlFo+J2DAlN0uvDerH6+X3g/4J/fkH9/ePOW/Ptae7nwfv"
    "z57U9nUUAqTatwezNAG0q54Sj09PaGNMbO2h0/IpV89m9PNV3d1clH8cxfiejXY36ZhUkv"
    "mpaLnrAbPlxDp3lJItQnirpTEk4bzywftEWjMiGo9pgsW6wjBLyOpJWEtFD9vnMImWiJ47"
    "Tds44a0jxxAOM2zYPX5twghl2B2rs4LUxkAGlhDkgL05/IY+kUef0JPpYOetdyVUMc/IQZ"
    "wF8ZfvxtyyTq4j2QtoROqNwJjqu6XgGZPza9TUaZkpQGRtZNba9r2KqcXA3now/jy4vQwV"
    "yYH8ZT8uua/GkL83Y4IT9vVZ38PBpej8bTKb13Sf9gw8g6u3wHL1znLiXHLumd+doi7fhh"
    "B0L7o7Rd+9ukk7+tPHNJ+wLde7rhEpf/nD7v702dz7S9ebKxgf0QN/FokrQlHI/xHI/BOU"
    "Ix+nKdI0Bx47aiWIJDY9sTrAubNQR4oXhB06FBbN2sklMkbQiDFcoYQxnjLpCdDZQxhmw4"
    "jWXDiebRGhCWPRtOes3hKLEb21XVMYT91mYeTxXunsKc3YdCHe468eWtw33cCK1Qy1Qiyo"
    "nJnThEOXGpFY8o5+7jJ6RGahjkYMNwkOeQL4xdRFNZ+IoWdIq/LQ1Po6VOPg/nZwNEJgkN"
    "UdKBaV02uqlvvE2QLT5QvTxl08638cC9Ohko/XpsgUzF1CqQVaWeQxT6KrGM56JS/axhe7"
    "3wY6fHemz61s2ggrVYgeOMXYt1YHsCre6Q9Q2vsG3n5RfbFwORMG0xDCL6pLdxEJCCBQir"
    "7iILhFULhBVUN22/ummTDujQwHau2+lfGJQ5m9bWUVR6m0BxM3b/BfH8CGCaztQVp19J16"
    "G/0DKZZ4hA6NACZC7aWCzEgriAKiK7zAFxEU2XxlioyCYLPHLXtuV9WbPwCjK0Vitkee69"
    "9S2/xllLz831OelzTvyR4z9aCepvkuYzDugf7FPyGbP6p5A/WuYzSeaStuIpFTuuYZfyKm"
    "bC+yGag6dIWvo94UU5Yygh3D+/5YD757TcZQc3vZSK+1BzQC4J+VDzoH1eoTJ0IRAZmOH9"
    "Eo7H+l9/w1qyCGAxryhlBfqI3My0+pZWkhRS4iatQIeb4FLq0OFusOOQzXm2T+b4WxFHuD"
    "ORYkopU3uO/zEvhzwSe05vrn8Jb0/3Q6aCn77SS6aZ0vixrLFEs03LRxAgiS7uELkk0QKp"
    "VZokPGimEW9LJSU5pMfu4qCM+Lhnt1HJRvN5Uf+gwUp2MNCBDugmHdD1aLScXRUZvCYFVq"
    "xfTmafrq8n179coMB+Yd58vEDW14X5fjhhAWgrVa8YfcaT9K845V8m4Z+mqwZe5qwrxX5a"
    "zESKfVUquo+HOnhZTB28zFAHK13MDw7vly5c7IcXLziwJXcVgsuupY4H9f/Dyv2Tm1tHsG"
    "RuT9pJU0Wr7Sh7lnJJgIHYGUgDeX3Ug/XoKCwBgdhQTtpJg2vbTpblCZI+O4tuED70sfIQ"
    "PrrjR/QLdUnSqhvdIhUPh23bylGIFLNwkYEE25m2GTjNs30CbSOyxKaspFkP6lOU7biCDK"
    "rldFrSUkI6rSf0WYhJaUqBlW7qzrpSP6dMa+jojvHYfe/njvCkI9XUdHaYn8OT7i4OynjS"
    "ta0swzsbYEr/YHgHJBYrNaKwMQdBPUcN6oECSA2W5BEuxXOEEjytwdtMDZPYRCKK885MQr"
    "TrH8xkz5mne+A+NWlbAUGXOkPHYedzH5oMb2+nE3o2EtgvzLvRbDz2D1LInRj7Rylkbh3P"
    "Pk/Gv10g0gXYftDx48K8ef9+PLtA1mqF7YX5YTKjLa11m7YzG/86Hs3pBzb+k+WWrHLwUn"
    "/aP8fy7KXQPLWzkMCbbrzGoJWXpruYqQjvlwDatokKvNka1hPGYmrElJVE+qDaqApQ/hRD"
    "LZfyJ97r3lar2OtJS+j1rvR6DpGRLfzk++miuQTjRhDmuj/MNUaHHBiL+at1f7trrGcoc6"
    "deSgww4bDMePmZYLN+YGWzSdiORKAn5gHmwxwI0g1tQyaAGmVxsR2I1fN53NjlwT4md3dv"
    "86pXYGzbZGyLo1n30zB9iGw9GX2YTC9Hw9n4Ai3XuqEtVRsvzCuyM5pdT+a/K/6lDfmitq"
    "m7T4p//cN4OJ1/oPUWVIM48nxd1bDikvTHfV4eixJ6PbKQwPtvmpHUHccjPkZeOYSSKnJx"
    "owPjYjvm9IuFxeJvW504DYLwJa2ecxU5oESKX/x+OsdAiTzHXuehRKAqSIPc8vFI+869Qc"
    "0yTiFkNVBO41hTPQOZl3BKDbD9idUgz3eLeb6T6QGWuVFXAjxVjFu5Zu1JNLDb4qwC4MqZ"
    "qx26vPyVEutgvrR1zEd5Qr7dRSxNHEZbbKNY2wOaIA47tH4hOn39Alk2+pHmkXPOWL7yoC"
    "G6J0OnKrLJeHjMijbaeObCjLWAvmDXQTr5z3o0g0c6Z+dovsbIH4zIth6R7rC0d1880sl/"
    "ZT/6ue/YxaVq2zr27/gNj6wNCtKUFGfGWyb5x+iviNJKx3xDEHUekyLMdg1vVGTGEPZV+U"
    "WFe0CddJh7Ol7WsK7hBmnDnkW4IqQNg7RhHegDSBvWsZeip5wpVyXlmAsnRppmDGGl30/u"
    "pbyzA+mnlNakZ1Bz01CZkZbP8h0pqNPybCefT/GvDPaRKOw20P/I5dwvSV9nYS3Ls67VuI"
    "k8LrQNR+q4uiuWIi0ykGKHno4z40nxR+4qiTTLpvmLfbMMzsW+UMpMAm3U8VK46KaXm6SO"
    "I4/LzrS9HdnbvmRz2aqOozhLstMSwDZpBKjmVQ8k2xb9IQfUfaUDd3Yt1g0Ml8Pelg0EZ7"
    "14bMvlrAvkronFimPHIbAdeNw+p6ASqO/81no4Fo5y2B6pbnJ8wrgip9QrDHUt4BfK5RdG"
    "eiXTEnFhUmbgJe71EiFlUpMpkyxHz/cOS7L5xGwAZL5UPn2rgLDbzAvl8hnNJ5/HF8i3Xp"
    "jT8fv5BTLwiq0eRy550HJ2sK4dRUqdHGw/2MdbEeufT4ifQVyRnAmlmNGLmcgwmtum81hG"
    "MUH9WdzmWavPiDFzehSWRlkEwqzlc44gjdDAeRHpHCji3Gj0Z4Uh3YsIvscxk+eMXJSsWF"
    "BdkjKTSNYF2d6AA4bQZuh1odBmkOI3NYt6DrbFUI1Z1LIs9Z7vLtE7hiMwC6+w2HEaa6pn"
    "Y5ZX6Zh6Xw9In5fOLFb9EFBOjWkqGqeGRIO32F5Z9oaO4RmWOeFgyOMfilfQzAwvLVuTFS"
    "xyxXQOT9B455LZch60JTFWelg/+XDRgnzjKqtZSO5isrjdmHhukX84V9iK2SyOun/hXVpj"
    "mzaeLBYHCUB2OWdzFCCJhLSlEpBkClzQgPRqTzxAJaXtl2useUa1moIpWwnd+P667Vm2Zm"
    "uoYjVbIgMJ1PMtRCpEcySb3YWi6XNMIaS+/Ai0Qkg9uUS/f+4bsF/EsrNu8XXYYlMLtqEi"
    "Kpbb8fUlqz4V2C/M2+HdHa0jRcMHaHKg98PJlP6+UnUjm6DoCNqWFcYa3fJku6dYEhC3kW"
    "COalsSAIc2xUO9n/Q9HNo8x17nObQ55tl357q5ocNvyPXbQtKKeGnqA09xEmWuezaGuRNW"
    "pF5gSErbqaS0TcZ+xYp85XB/yRJgpeTfn9a9EhTTAvpPLvoP8ldAbFLfQbatoiHMQepY3R"
    "/NJ3cfbm5vaY1wZ21tt7RK+Gg6nn28QAQc++vCvJvfzMbK1fB6+Au7ix7QKv6yQO69/USR"
    "u6NXtp69XKsO/fT95Hp4PRqTb6ibFJmF+eF/leHl1eT6Aq3/TRyLjW4uzOnk85h8remUWh"
    "v6A1YcbBj+ki4csPOCJ17nRXG4zot0x6+Jt7a0PDPHkS1cGBI27XkzLzu9PkC2naNzcT0M"
    "sLS22BQlpm9ux2SCoZZ0ErthlPTSsJxOUNDAhxbj3k9mDPjQ59jrXHwocHbN7SIgQgAk7R"
    "2k6/gk7cCFHr1AV0RaHxovICHB32i6sJvVipGyGbbYvzDYQxRbq1BeDhRxr5aYQQlFvLFM"
    "d208KY5qqPaTssI5q01ZYYx8e5lW95aLY7BMEoIZAOI2zzqTRw95lto0gMPRaHw7p5SLul"
    "zirUt1gJfj0XRyTT/T8NLQzU4QMeSr6FollzxpWYNL3s3dWA898CzxAnRb8dvVT+KFq8gP"
    "CNFAiNYXcEGIBkK0XoDbaSFaNh1BDsOQm7OglG3Y7iyUWNqE/RW/h4j5pN85yDdD1oqV3Q"
    "4TWw/Qo+6uWaFr4rRih1XZXlqbjc5yz6OV/sUjCyI1c9esbjdpDamsNPYTesQ2Ro/r4Gw0"
    "XvW7pecuTNpC8IhHcvnR1l0Xm+iUdidxBs7Jy7JancfwOyuu4Y1jWeKJhW5pUKr7qHxM0A"
    "kZYEsUZZFFl2VOFfVkZWCGruePha7nj2nX07K13AwZhcN2Z9DelrQvpXjYLCbOGCbMpEG1"
    "7RK60boh3gFZW+iFar1A0VHutwLzScxCGtDrm1AEi6UdoU5a53cWySkC07YzgBYrPeM2IP"
    "OEkOsaR7e8nGdUMUnIIUpZwRSWt77iKGuKyBqbtAK2cy/bGWcBDmTi4mXnejZ6eem41Ju7"
    "n+oMByQQnXuQTb253aI5k1lE8zjOTJ7RcoIzuF1Z6zSm64mP3QwfggKrC8Yx2tYj2mIbba"
    "Or5G9CqssusoixvzLikYZmsM/WqoNMC2FTcxTLPM+Qmc09BgRgHSMcIYi1+SBWJtByqqi6"
    "HJB1kRXXnz9EwIuZPOeiOMTrcsTe7Z2FBARAC0UFwecvRl9enx+0OA26/UCoQOheH5AFRu"
    "VYjApERorAC5GRz1aclyznkkNaZeq9lHJWfvKhRKkZiAXs1Zo1KKGC8GqFly7NAyXoa6fs"
    "njVXAR43eNzgcQ/A4+7+SgAed/PIrmxro1Rzu/NMAeMcjMmsUQ3hrCHgC9zGkbmNxGsPBA"
    "cPxnkzJQfLEXv9AWcenLPzJXBJz4dLStW7zSGTshVxS9mksAyvYrP7OeM7b2IxlUj3dUYO"
    "ZvEsFwibtmUYWEOnKg2K1MhP9K84G1BdkomiDy0bmZYbD8mksQQsJNOvBJeVRLX43NxQze"
    "BZ9Hq0AkOs5jH5srBXs9C+sywDq2Y+vHGzFMj3xK6301tuHNXNzTRBMLybpOMoPl29G89O"
    "XzJmgdyk+5PdsaODOgZx3S6TXyhScODujGDYcg9bMt0LlWAJ7wcumIcLhvTexej3kwsOMS"
    "pL7w10ZWMhuP4mUwzYpBHgup9Ci+3lD3SIQ5frbtdiz6DmdY6To2w/jwY0pQi6XDTlcXmH"
    "cIiXEA+xt4CPeQgGFShZ5PLMg9AZ8V1hwlDCTWF/N4FZRQAL8RHv4pgZdHCnO5j9WXlh0y"
    "UFTHcm0jnQ9YclLtWtutTdnIOZkky9OxMg1oqT9II4TRZCgkucZnm2I5rzOm4DTjMkvIZQ"
    "sP4iW8L1+O95DSzEKGqoZwBzyx/iMyKHsgTEOyLognKn08qdeARJpIZJHc4KFMfLSnEkGd"
    "bNVsjbYnNk6Jg9LVsmb3d1UEYw0vRHypLdyJ2zfqvaLukfRFo1dP9FPUd3mIwr10GqjZGt"
    "mpq1Qa9+ePv9ve4iHz0HOWvrkWqRlviv5F/jiYqKdBvdfRh+T25FuoO+4q2LTlWai2l9ko"
    "K+tQcvTGuFyI/6l/X3BBbb2j4hhz0EmRhrLEuUY1iP6OPl+7NzNFy59Csh23LZN2JSqS1N"
    "D2Z5TmjouLphILIvX5MW6VfHDvLIT8bC/Fd4r+Lfq+BvW51s94lz9S90Shv7QjoEIz93On"
    "ngDD9YX7F2Qb+HS34y6R+gO46HNSbOwg/YftpdsfHKc7AGCa06yP36L17utraYN0oY1cMc"
    "HRfkBHP05gUHc/TmRSFzRC+lVC3qRkzVEtwvYbawly940CV3FcLLrmXEbtu8+ri/3t1cF8"
    "rdAos0daQvXfQfZOhOY87Zyd9WnrlkE/W9pxuubjrn9Hl/b4oYLQGcIpRgjTKJndM5nAdJ"
    "Oog2kE7szNK2G/pGd2ldGmWj5/gc5TnfM8btuc5vX/QmAby/WIc7Fd7JJWUm4RxTP/Wf3i"
    "CJYl5kD6cuwtDv9qaiRwblLUF91C4fbvawVLHKknwIvnYnw9F88nlMqxJT64U5G3+++UhL"
    "Etu+z5X2Sbn2XG95tlzp7o3tuN6mX8rgy1R4CZOW8NJ1+aWD09niF0ze01kIEpCt13mCBO"
    "D0uMUzTjgpOsZJEeOjDzwooocac9pOD2evwjOixEbbu48aPxCr3/D92rK+3sValAm1pk/W"
    "/GFWcLAWjcE952q7Mc9xrGYSr2OJHSc6uWEHOq6FVOQz/ug0+D95LTV6jEQaomdDpnt24R"
    "9r6a4TP9RiGTC1bHaAZh+1/4zpj5OY8/9PoROnslqhkh06tVIftPhoig0NYaotaSXd4VQD"
    "1Vbg8KRLhyfV+c3a+cyOLsU9dLeyXnaMzkutL2U5JWJW1ZJKVOrS6JPeppUAJqt4eeknp8"
    "EVZ1CsbSnmM0qkLSDYLhQQ1UBkJPWCPQOZm8+ID68uhY0HzvrQdfFmm6vnTN0x2Ot7PvoG"
    "iupbcHqh8zVGpD2dSQgN68sFwupyjYJGqItIZwniJ4Y3xdLDqabziG2aNo7+hm3bsrO+Zx"
    "MPqFnVCD5mWz6muhvNnAtEzAKWhzxVEjtrJ4BpQunnklZwiJCTdZ7ONiJMSGQgncqokeRo"
    "mmf7ET+bHDKkcOCmrNqbEvqiUgTXqxhqeV2vcO+U63yVbW9ShjItsS1sdUr8tBDYGjy1wB"
    "O4jLXYsx7hdddSo7GDDlvUCcUeW7yfOF224O/WsYDTZnnuvfUNWSsUtIJ2rVyw/N+29Uhj"
    "yNApfiBO8ADFz5rPiJdl6zTXM80WTr0rVjdP9al+0ij5KNeVa/6xC/Pec3STnlYGLdDJEm"
    "vo/gnRvsSmdh7EBTrnwZdwzoNvoWge9v1HG7v0O7EAOWpmrVbniP4FrFGka0h3FibLck66"
    "kXzzIIwudEz9rOdbQyUOqWORH5eYPsBBmm1t6RWyWjolCdFTx/DsqXRcp7Oi/xGTy5r4mx"
    "v673BU2l03NupMEffgoe4YvmMvsw1H8fmAMYyEYQ6tJAT69SsOoF+/KgSaXkqnW38yLDVn"
    "MBcfScdM2j+TPs6RZyOnzz2MsyD7Fo1CKNYDJ7fj68vJ9S8XKLBfmJfj6eTzeEaDLYLFG2"
    "v00yH7QO1I6EWcTRejLIGgyCUo0nucDK7lLEWOOUS1dFl5YaiOq1RjqfNMgarOyZZGcRLm"
    "q5NWQFpzkdbhQlVh5krbwrTV5WkLePTi90xeHh2C8WTrdZ5gvDhXJ1hcJmsp0xFKYxVmUu"
    "RoPQckkkY+DdKlZrJjTvSgJOPeKob1JYdQFo8+i8nVJIG/0cCzvJFbfLKUHuCcp0uZGMP9"
    "B0y/rTEt/BoGhz2qBCT/4MQJTmP8sxSHvKcE1DDpIY0LwyqtNKu6tGSsi07DExsGyNJ+2t"
    "KAMt1FG49cvc+eMbX25IVJFzR2NERFiLQ9X5kYHkJC/sQO5k/0bEPExw1ul/AY4AeuxH4/"
    "lCT2+yGb2M9/z0QOAnYWEJtW/+kAm9uy3THH3wqLHYYWUgz5Mh9j/I95OeCRizG9uf4lvD"
    "3dC0nAdUfZpZESiBNL2LUYKRbO7BAoBv52R/xtYFmeY6/zsCwQHngC4YHdolIOCg/MnArp"
    "eWkdKnAoEgp9GyVRxhPzwdKX+CSHOYmuDcroEqz7d3Ws0i4IOum1NgSdX8kfn88r7Fdhhb"
    "Zd9rhO3k0/jS/QveGxHLcsv20lgdVPHKTDT4WUw0/Z83TN22LlK86JkyhmdZJW0uUcesMD"
    "8ptilN9kYLYx+SMdVxTnlJl0EpGXr3iQJncV6wVfZbB2yEZANcgmWATphJF0A7p+yXLXdb"
    "MZrOuTzU7u7j7RCdzP4bcw3w8nU/r7StWNTszp994Ttkt0+/v7J9lCp9fVCemez5PLT8Mp"
    "6RHSQw+65qnGwhzdXN0Or3+/QEtrs1XNpyr9Ur+Y2QdWtDxS0qrL3VF1HWiiSFIwiMlzxJ"
    "aCtJ10q+4rHrBfFWP9qgBqvCEzoDjSkZl0QDcyrE3sKiuco9opc1ZjRjKReK04rbEEraRz"
    "haGPGQH01aG3XLI9Fwc/bgbwV4bfoOHgWeiLZQmRAagSEqdDdagSAq5UcFuTtGrP72pnqa"
    "3fw/XduwpHpAlDiDHpzoFo9hx8q60UQUFbzES6/WojkjbyxJVubxTPE6y5nLKTDu36M9uH"
    "kIktDEkrgJkbZspiCvE4GUPpwObBuhjqDNKQArLZaFrIrQC5Fdo+mZJp/7jBm3tsiynqEj"
    "aQTAEkyfKLU0GS/Bx7nUeSbNma6PwZN5GJ0a1t/rRs/YtuqoZwKuKUoURrU8tsuY1XnqmJ"
    "DeuEjUTQ1zasAy1chZLNOZYA8N5ABjbPZlEWj2MI2+nZtMwbwhBfjxIRDDOyOM4mo/lJzt"
    "xQA66zqKF+DVteXBMTIgew4epVA7TxmAU5wU0t9VzjdjeJ1gCx3FXcc1acA+q421g7MK5J"
    "vgHdaDzTSN1sVTKcT3LimaJrg7J4pqW9UZbBnR2LaXouAU2NZUDJz6FaduqTmzgVogqymg"
    "tRYbTEkugGji3XqmniArHD/piAmHmX4T65u7q7QM7GWZjjq+FkeoEiffGRwzL6FzKj2erK"
    "FTzePLmcDd/PLxCzXZhB+IwyvL2d3XymQRpBHI1CFk/beqChGv41GkLjf0aDau7CsBsnyl"
    "Z/cz0mzVomC6D8dTya+1GUf+KlSy1Gw+vReMoicZYUQaNiME796ngyGBV6pEd2abggA3dJ"
    "YFqesXSn2/XPdhFmW9VW8yocFmtXc0y7oWKlj5VGxcqmZZoakb7AIm9ExlC6t6GRsFgftn"
    "tLy3Hfi/OZJa0kQLrtjGbOco01z6h0spm2bedsE8Qg1cQgNl7qWz0/f2PJ2UTcCARVmera"
    "3v2Glius9PqkbEGL3+XXJ9z7V+jolCn0c5f7mTiydsX3OWEJvdzlXl7ppu6sK3VzyhT6uc"
    "v97PMvio1VJ6+SRFlqo5ShBL5FC4p9EMcWo99PmSSIY59jr/OIY6NtrajgLWsIerfiOANR"
    "dDN2AG6O346/bISTTSeNQNxdyoeIDtscSxi4+wul+UMyi7Ow4u1u11LPxjCv6i35+nJoCn"
    "czaQ34yq0ozCw6BXrCorkCAN5f1C89PXJAHNtpAcJ7EM7uSoU1sY2KPsn3J7PXmNbTOskT"
    "fsavD/aKP/27lV15rv01/25MjAI7RNVWXzA6vZ3cTi/Q4xqbA7S2HgdoZVsb+rtNGrh/Ij"
    "9Zm7NzNNxSWc33FvGDWNW8REW/GtuF/PqdDkErEa2C+O+o4r8vtmq6OO8VKCtrFrNqsajZ"
    "cajvGouaOZZnLysnv95Zd3qoX02uJ7ezm19mw6sLtNFNnayuZLxsaOrrT9fz8YymvvbI8L"
    "EX5vCS3H2BVI3ctzDJS6LMxrfT39mroth4azwFL4wynVx/DN4axdDNrwtzcnV7M5tfIH2z"
    "tWy3yqtUfxptDbuCqYZ3FnDOwHPO4DmicfkxC+AVsnOSvhUZrv7d0g3VBoIaenUe1uq+s5"
    "8HIzzHYcdJu9S1vVTDzKcPWA2sxlXUUM8A5iU2EkNLtIhhk5RGVMcwh86I1zgspzKSxRX5"
    "aIwNdhzynZBrIYv9ShEiG1AUBsV+56BTv5/RFtvRx0g1teDuM2TZxIA8zHRUFgihGqyxwC"
    "6X5mjhuQtzV/3srIgU+eNkGYsTDl6lfwJVAlRJV2bB7lIl/SoFSaCwv5Itonhlsavh7CPZ"
    "StEgx6iNhTmfDa/vhqP55OaaRksmpqGuON9HKhmZ9hA7FArfYPyiaMAoBIuKgy0eIwqhoQ"
    "2GhvYvUr624pLZuHfyyZz96i7My/F08nnMygcHu3Ia+f7pOva5Z8auJEtTkrY+Tm5v6QfO"
    "V327rRYfX/+C0smk2R1jc3rC3vBFekHW+Xq5ZfIFsW2rhgiiCRuANCMOZkdnlXjlhCWk7+"
    "/wRET1SHpRAuqSElBJM9lKqdW/va4SHSZtWFj9WdMM1XEV4VI5SSvpYG7kVJxJ+ioELu/M"
    "IJq1ywuCjanGpdKynzKFfu5+PwtTaykz6ebM5y7PaPf4Xl59BoQry9brObNqJlw5PPEWjK"
    "ZNWoF0MMtFgNypLlRL5E5xvcaBgqd4ivh+jVzuaMTkS5uvecoO4RqwBTHZscRkPvJBFNxJ"
    "jqIsecOAM0KOU1T225ppq5AaqLSQSlYurFGhVySeQJbJhFqBAmeAyEJ1jsZU5RbGvT3auo"
    "sd0ko8mo80YmWj5lp5Yq50bPeyhFqig5Rjz0U21lzBBxCEQewcJ+7RJxA81+Wx/pyD5/yF"
    "qRInk7CU0DvvrzcOQTIQJAN+TXW/Zsz2OoVezTjcCpX7NMEfyVYATsdmGLgX3zkIf0/tyE"
    "KjkWnAGSAHqwZxOFQXkd9ddEr/Xmxq5+wPW9pPW/cMPerumjgX92S50RAbAmhl2ciwrK/e"
    "1sl6Nc0/DsrVdct7iXbxvKdckUGXd3AVT7h+eMmjviB3Fe6n2LW8yipr1VkLwxxZSVccsP"
    "6zRDhVKoZe3lOljmxje79EZDaxIrut/RveGxPPLfJP49vdo3ZEU5vdgzawYWLRnM1rLOdo"
    "+cY1SN3JvWd11AeyVbQ9A+/2iaSd87Cd8MkzeofqIBrlc4aWa8tyKG3u4+P8FeEH1fBo77"
    "NUdMhzsJa3Z236cbBn7daeFeoAN6nGJi9JFtziUMfw/vYDHY/D9DUS0ghCONk2ryCEe469"
    "ziWEg8IS7cm2IIU8t2iLM4X8cWj4Ibb15fokx4kJrpT6MOrunn3eSzGu4AV0ywt4ID6bLh"
    "Y3GDOR0BdoJKaNvlQCCAe3S4juyxcveKQWL14Uay3otXQcuenm1o8p9rdiJuByCbpcB7Gc"
    "hy5m//1/F5zkMA=="
)
