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
    "eJzsfW134zay5l/B8ZfYZxVvx93p9Hhm7zmyre522rY8kp1kNprDUBJkMaYAhS926+6d/7"
    "4ASEp8ASWCIimSXXv2ZtoiCpQegGC9PFX1/44WdIpN+/TStR26GFATH52j/3dE9AX/h+Rq"
    "Bx3py+XmGv/A0cdC7mgixmkWGygu6GPbsfSJw67NdNPG7KMptieWsXQMSrhEF/HB6PM/0R"
    "TPDIJtdDzWJ8+YTE9tPHEtw1mdiulOzpGOxrqN0cz4iqdCrIOcOUZLbC0M22YT2ojOxEcT"
    "3dFN+uRiZDjoGeOl+DZTOmFfxyBPVd54RI51ZLtjGzvBIDEZn+Y7u4MSN9VdZ04t4791Dt"
    "FJB+lkyr7AlE2M7Ald4nMxB8PZwkz8VbfwnLo2+/5s4IjYOvvKaDLXCWGLw7/FQl8htgSI"
    "EnRMXNNkP8c0/a+yODnlwLjE+MvFmkOfMPvQYvD8/m/2sUGm+CtbSP/P5bM2M7A5jWwQY8"
    "onEJ9rzmopPrsmzkcxkGM+1ibUdBdkM3i5Yj+QrEcbxOGfPmGCLd3BfHrHcvlW4d/W31nB"
    "7vG+6WaI9xVDMmwxddfkG45Le19g89mRpt31H7Rh70HTjhKbMZAIbRP/owlbYraR2Ve1xa"
    "9/4l/h+7Mf3v307sPb9+8+sCHia64/+ek/3q03wHiCAp67h6P/iOtsTb0RAuMNqBP2ZCVh"
    "vZzrlhzXYHwMWfaV48gGONYX2oX+VTMxeXLm7M+3Z1tw/KU7uPzcHRy/PTvhN6TsoPFOoT"
    "v/ypm4xKHeQCv+VwHaYHwx0AYfbLDdHIuVg/v+XQZw379LBZdfioLLDzZx+MsR7hF3IVC+"
    "Zt9KJxOcQDsyQZ0hPxp+7t/f9wbnyJ7TJXsRjMjlTW/w5RwxmKznERk+9Ac97bZ71/0kRv"
    "HjWlvoRH/iY+8fOYZDfmXpWuy0tvmnH6/vuneXPfYNDcLhGZHP/9S6V7fXd+do/pemTxcG"
    "GZGb61967Gvd3HBp03jBmo1NdtP4Gy7LFjh7k2ELnL1J3QL8UnQLhN6JyU3w87B/J3/MYm"
    "KxpZ8a7P31P+zH2olXRVFb4OgfM5dM+OqisWuYjkHsU36//zoq6VncAjyHic+8sO2/zDDg"
    "x7fd3+JrcXnTvxCQUdt5ssQsYoKL2MJ4O9CYKi1LRGivRfHfIXU5CatGf62mqa5AQhBWIf"
    "8qBGqxygKEZQD7/NgbtsasEPa6SoJ/QdkbXycpNkNYLrYAYyZY1gshUHqrhf6i37+JQH9x"
    "/RAD/PH2ojc4/kGsAxtkOJ7N5RsVoc1uYQ6JpjtJxK/YFcdY4JQtH5GMb3pf9DT4R32Usu"
    "x6MPuB0z4xV/46b1mQh+vb3vChe3sfWZWr7kOPXzkTn65inx6/jz0k60nQr9cPnxH/E/3f"
    "/l0v/tysxz383yP+nXTXoRqhr0z1C9lhwacBapFVd5fTnKselYRVr8uqBxiFll18e+6SmT"
    "2H/Af8A+5NYirDVItcCW0PZmhIXn8XvtjHLwNsCseTZA/4vsBHG2cxxOr5utt8GoaRntE0"
    "HJOXFmeL+CfCrJv69+Z38qG6oRPd/6IJl+r6WmebQ9X0R2XzpqajAR4+8PDVBVrw8DXXw/"
    "fMflde514gW2egj37tDnqf+4/D3vkmtOJ783wvXh4/2w/vMyzED3EFYrMQ/FJ0IZhuwNQH"
    "yas8faOHRKpbgqOy/GcxR+aPP2bxZP74Y7ork1+LYmxKlWg8MRa6KYfYlCvPnsipL9pY5U"
    "kG7VXv8vq2e3P8t877mEUagP4u4SM22a0UcfUkANetuC4tg/IQsoK+FhbZrbUVdSj88OZN"
    "rfU28FpV6rXKZckyJWM229+SDZth9VBB9jdpY2fCBGvcRb2n2X/PJ7ppsqt7O1BMt5s874"
    "nRkM/R1p2kT/90bWeByb47SaDUXc/WVrwW9AUXhdatP1dbsRIPn6M/4yLA4vO0FSh2hdgz"
    "bNkadSXGiQpWD/5U7YfKIIDUNqSoNd07KtDnc7RUNfBJVmmsJhWYbthUQ2+mNu2mMoMoIt"
    "4kCaAEcaj04Mk62AWBk9YETviaqnr4wzKtC6AU7+OfGvbS1FeaKsxxuTr7+WsD9lK37Vf2"
    "Atbmuj1XQTsh2EK4S/Hq78NPB2p6k6npbMmUDrS1QK7lrpmmW8GT9YondKHxt61M9UnHOS"
    "5XCNytfkUzxOa6o9ElJspQRwUB611YQwioYuKyQ58x0V6Y7eZbyRlNqIRcdQHNpoQzgROe"
    "DnUz2cFZOOGhrHxNySmRFMz1SNVNEyrgoUqErKVoJ6H+yHRt44l8wauEoSF3GEYrLzQL6D"
    "R3IfvY0l/XHjPJNmM4sF+PvTfEgO3/wfUlgz0LLyDCmAZuwDa/9oRh9axZTPu2ZEmJKnBd"
    "8qkGYqa2omXPjdnewVw+R1sBOiBBoCEHXx34AU2ECgKUEKDcDy2lAGWYPUdnhkyPCyDtE/"
    "xA2X+yPKf6bHa/ma+F23Ax0wtD6tabq4Uo4cXSpCtcyKbqheZqCVQ52AHb0izjevx2toBW"
    "Yr7l7+IOfN7gJkf/BirBAakEwTKo+URiUtX5GGuPdJSkoYZqSAIQ3e1jCk6SPZ1LGVP56w"
    "ZuVr9SaFNFHEqX3eFl96p3FNWhQy+JPWFtod8oDm3sFJTDm+6uK5MvGHZFyUrZRj1V6fqA"
    "SDDSEj6y+nAJL4ynb0UH+NvZ2du3P529efv+w4/vfvrpxw9v1gdq8tK2k/Xi+hM/XDvhSM"
    "xuTaH1We+cxsMJPP3Hh3PkZxaoRt6zBN7T4+6JsLt48PKFKiOS1YQqq3wmGhKZDEDaGpqE"
    "FHtIsW8SrlPDO+a1hYJxExWCEHrSYHw1nLlBNEsnT6o0q7hoPqZVzfCthmhlU9eaKDFiNx"
    "IVVpDhKnpZ+7jkKj0uecGWwaaTqe/bdnVUsEL24PqTxu5qdtOZYS3yqY4x2QKUx+acLI1T"
    "Hqd46i6x9owlFW+2pClFpCAfLHaIJQnQm4divFLkDyYlQftJnliHC0S0HFiIQ0AcogbO8g"
    "bEIWp2EBQRhmDfAd093twcpb7Mqtu5DYVX8v5OgfgwoR6PTisJ8qx5trvCOxtS7+5WhX2C"
    "kT2ZM/XRxFMkJHkbPco/5pOhBV6MsYV0R3wW7E10zC0FG+kWRjqvKYsC68H2uu9F2hKWdZ"
    "OthBQ+VphVjm45Nrd9gJlySGZKsB5J0zXFpPHHbzNXWxXn4OZnor9VsHelwKXb/BHBFia2"
    "tcnix2SaZ4lDYrDAtV7gIM1U2dMQlwNzuE5+hro9MuBoqCOi4Ghov6OhqdBu8zRsEpTlrz"
    "LwM+zyM8Tf3vXyMoQzt2TOhlhm1y6fg59UVjM2KRjtexrtQV4X021VwpExsdZ15im+wdfc"
    "sLCm6iKJCO3pJ6nnKZvRTzKhC7/TusZ/ojZeKgV0ZcJgayUtAkJl+3NLFzoq3ZrNf/5LqT"
    "RYA3ur8e+yhLWlol3tssyCFOaS7bKDLkJhVlnBquoQO473veWqanA9g6pqe0MPqKoqkruA"
    "1bWd1ZWuvr7opit5Y/087N/JoV4LxLUpY+Kg/0FmtlZRNfUHyGDmUET86AG8x7fd3+LIX9"
    "70L+IOcj7BRfxNBv3aU5+AZlZklMQ5VPu1l+7NuKOOMTPSq2YkB2V4WZDQ+IyUioc5RmEx"
    "nns4pl/RMf+tmExPF9i29Se2S04js5+cIx39ii/pAnkjMHKoR5DooFfLcBxMkEEQe9ugsW"
    "sbxO97G6FaVHnzERHtiHhBYHYjnUwRA9F4wRaeovHKG8ru+mRRl137k47TSBux9+bvHHvH"
    "FT+O4K8OOw0cvFg6aw4HZBM3KJs4RadpQAZxbZxDkBMgS2w6+5Als+nsQ3pqE78mtcEl9e"
    "bSdcawDKiNe6iNS31lUl1yjKRjHxIB6PeAfvPCTZ4uu8tBbKQr9PQtmTbjW/wqVSHue3dX"
    "13efzpEvPyLD3t3DObIxcUbkY/f6pnfF72eYXpqi6rGU5VBKP5ISB5Kv+kiWJlWxCYtAt4"
    "CEDzumUCZw3W6gSsQhn7I+RmmSfGfqtqNhy6ISh2667hSVgvhFlviFQV5005hq6w6VWV/i"
    "CcHqX+VH/5i5xLNjx65hOgaxT/n9/qus9aj8Bc9eb3l45BsxOObqfMxBE5z0o6+ZLtcsTX"
    "DA0d62Va+5o/3C0om0AqV3obPNoT7mQ4Ag2DxSRWeL31e1nzK0rE5RqL1gtsJjHmnoMHUn"
    "+/Zcufdmaawat2d/DMWD8JLB80StlewsXF/behxOvFFGGZzp34+WuuW3zhFfDlKfv91D8t"
    "CKWMmVnGxqSbTf1D0bDAfPaNwz6h0ZagzUiAxQpnem/G2O5T1zp8LvmGYhnJVhGtlae/TO"
    "nMwNc8qm2k87ah/e0We/YhWybi+pg+iQ95YxwTfcqy1RIjcXt2qRSz5M467qjOy0LhIiwp"
    "uO2LwmU0A51UtHk7lOCGbg6OsKPB1ELTSmzvzvgs21oEzGXuIJ540hrxG8N9Erd5jHw6Vl"
    "3wt8AaDm1uYEKb1gqffEqOAbEskFcc1eZLEQ5pssEcw36QHMRBl8Lwg5s6ikDP52Z3pUEg"
    "Jl9fGdJ0Mm3lo5knTmLGvsyPKZYYVrtcKGrXnqgkSZ3VaePiJXYXX6QAVobHF6KPVcjfMA"
    "qugWVNsmQzO/0HHi4MXedrFvy12zuRqo2x7WOhagbbOQA1SzWMnaejkLj7is7yHOy2cXgi"
    "4HtUa99ZhJHX9b0sIiYm2qYldJglgcfu+RU4ooxOXatAaFxWrY8aIG60YA8MwQpomc5Xvq"
    "WhFPbsNwzhysiT+1u0s18jfk/uAOvVlaCuvmqa1TM+ogzCPVydYRoG3a2CbYBFTARp2Z2x"
    "SuCVtpJfe0P751VMDiE8AhslJu2nf4myVgfsBf03rgRsVakCa2zQ/c++0h4jBMpCWt3cA3"
    "/btPwfB4rlIsvfUJawuDaAtKnLlSkmtCEByISTNBoMSennzwRgQB3iS8M2otXFPXmJIqa/"
    "Gcim5CDsCVmLhzbM6YSTHjJW5XKptXIgkAJwGGOFnVTZwhR7Nl2XpZcjRF2puasy4sAieX"
    "5EHyybiK7ZSiUuAH3e0HHQdZnXt66dbZoc3at1nddOHnNUsTlRCXvLo0gLpt3azgxh7bPT"
    "IB7GdZiSuVQH67vM2lhu85VLIirB6CW8qu+osEjuFGvUQ64BgGx/BhHcPvszDC2ah0x/D7"
    "BCecJ6Co4BuMb4EruOyEhrFuqR4MIZFCEhpafTSwXynxM6SDG4yvcOuO3Hd49r6aDVxwXU"
    "5glx2UXeawpVXv9BWTqg7/H96+aUwVAIOsDKIZ7DQwdDOlJHDK5k6KlnWYJA7qxr4GTfqq"
    "2Q6dPGvO3ML2nJpqSRRS6Qp3dlP29Vh3JnONm5TPWNYpYlvEIyELUY/sUQ8IM0GYqTbKSn"
    "vDTD6pUpVsHxZqkz5aHjN8TXDdmxbetmIpnQQpPLy79nDcC165MJ0gEU/uyU9oOvsidcEn"
    "aStCQmPeNxTE52grQPr0T9d2FpjsWxFKoNRdz9ZWvBb0BReF1q0/V1uxotaU98vaP6u6zy"
    "dq20GuFJKNNrpNqQ0QQBp0r94N7DV5YfuPWqtfwrO2g7rxH8Uw9ubsumT6+gCzHyev1yYf"
    "2NneYZQ7bjZnLfu2TM+xPNHM5dzELMgg3HizMXqdU/Zf7sxHfDpk2LwFqG1Msd+Qk0yR7n"
    "Xk5H8Pvzx+ZyPe7gYtXWsy51NwuXPEJuDHmo2IqHkTK+xWwV1HxLsJl+XGEv/MmbNvwO7j"
    "GCb6/E90bNMFpgQjygP9bGqdsBlstNCfsXXCS85ZYjI267oBqpj0VEDN1KTJ8wnUkqshZ8"
    "B/CjQiKdSU7oGOSgF/YGeQsO59/5J+/sLa/nXv7wf9X3izP/+YmI7IoPdz7/KBf2bhP/HE"
    "wblaAP7wPhMRYQsPIb5Mfzkrbjw7usJJE5EB147EUcpfXTKNKdvm30jXmUxzdNW97X7qna"
    "OpvmAazoj0fru/HvzrHOGvS8NajchNfzg8Rybl7bw/9h/vePNL/p4ekcv+YMCehuv+3Tl7"
    "OVsWFv3RRmTYvb2/YTPa+mJpshmHn/uDh4/dmxv20ZxaDvva5oj0P368ub7racMuH0tnM9"
    "MgWLN1LtF/+NwbnHsv7Xo8YEyzUONR+eNbx/MppTOgFz9Te5WHZVqH8rssbJR36XSUdwk+"
    "ivc4azw2I4/6yFGOiW0L+TTWBpRhzCM2Er6UZ4Eps3oSom163VbM7LHwDFuYvXBzroVcvk"
    "VZVBWvxxRPmBWfJ5oclYSauXWumeuZO9o2jTjtcYsJtu5dXYpGFHL6qalFCcHW4V28kwMI"
    "MenQt5cQE7x+xoppwgm5FukOhblODlfyu3ZPUOFOKeHCzrFxJZKwdaF06jdRpL5uIGelyG"
    "2rUi8vHgBlU3OXTZUDGj42C0D20cYN7K2UFVnJOyYCMfse6O7x5uYoRRUDgHcAnNA+U+BN"
    "p82WWdTBY4VK2C9rumg62yVES83WpVCQh9nfyKQOojPEeR7DL4+n/D8253o4SLcwJ4UgMf"
    "f3foIOmusvWIwWH6NXw5mzUX7ES96lsMR7SZtF+Kf4OsgBrSIOSTZpTnyqMqpJ8RGqzUOm"
    "HKWSiH7LkaqGxPqqPCHUAASHYPop0F6HIBj+pRr+YJgWYJhmKmMH2UuQvQTZSzXNyVG0qA"
    "fYxtaL7n/XhF0dvtzZZl1bm4E1K5+4jazTMgO1EmrOtpyJmQdiYg228Tc2MhVSCUQSYFP5"
    "BBwz2U7fjrJ0rzefrlF8RaS/HImbeFuaA2joKaFOngLCb+EuZCWPtmaOhMWqw7YpxaTqnj"
    "YlOQ02tZRUske6lw/Xv/TOkSfNc0Luho+3PEEq2CA8aeqm1x16SVMmzwatSdKU8HdhO4eX"
    "JypZCXO1Js6yOvl0MhFXwZWX/ny115W3qSGh5tFLyAFBSvZy42UJ1DylIRHQxDL4SgP327"
    "7e0pa58Tpxf2loX2Wg8mwe7wKwVSkvU7MTISu8ieNQ2StdpmvM29yyHiLBrt9RWiUj16RP"
    "0FzUJ2H/57nR8BTNqBWQQDooYOmJISLwf4r0F90Qy4/+DxuoiRm+X8t3EMEv2EL/QG+ShJ"
    "MqbriNdRKmaIrJgX5yUPqJv5oqesxGAozzJIPeeyQU8AyLAKBxQN3lNKeNFZUEG6suNpbE"
    "tJaXEVXsWxkSATMA0qYgq6dReAK5p7qsE0iTUoFWPU1qHCQk7Alu2+pgx5ENv7L34KTF6S"
    "f5WUQxxktLYAe+lQJWpTuVQpS+NPdSlPWXvYZvZp8TRhZ9RUts+ZlDDnUnczz9u6iPyy7Z"
    "QRqSn3KH7DnPQIrU/0DH3AnEB/1JXYvoJmKfW6sTmcup9PtBBd16eZXqX2LmUE3cimeEQX"
    "3W4nY01GeF+qxQn7XSamS8e0SOZrYRsda4zauvd9kU0nZT387A1y6Vrw0UvHTomxkeykLB"
    "g/AQhIeagyyEh4rF07U5cUwF0JAEkG6hil4mkMsLD0E8s+B4JsTbCou3xc/ZAlBtd8280K"
    "ulVtXyRCDpymC/HS/Z+qyO0oJN4TGd3dGm6Xq4kbWe3iPhbRFtak69YnaiKSOlzzaaGlNR"
    "1k4UsnudYyKucT8getVtZOEJZ4lP0bGOJtQlDra8iwt9igO3oaAp2yu2BROpf9XdeUT0mS"
    "OaQPJJFl43Shu9Ygt7t2dgYnYbC5+coofwnfjXYfcxCJqxBfQiYmtPqTfCMqZsidF4xW7I"
    "brSOkKBjz80ccaB2olGzE3Z7XhPQ46SLMNwrFyX4SedZlaeov2Q/3mtqKe7tsOcbedvKGh"
    "Fms1HT72Lp/UQfEET5P9nKE3vGPo11uIzsktQQ3e9HNnWtCV77k/w/vceJvyaBG37IKB6P"
    "EvHdqxhYCkTAeElJi19nUygCG5EDdFPQFaen6pYNZABVCaoQojk6WIim/kyKFgVrYupIVq"
    "hjYnUO+dcNarXQWESohTD/cJal8jEblc5eOEvUPvYSbdUOj7AMnBs7NzOdTFzLyhWGjIm2"
    "MA7ZkLhjgMn2Mr41r72UZDXSpad/qdDC+ve9u3PEJXmBpWH/5hevwJJwBdSkwJL4Nq5wvK"
    "vysySirTvjSqFqBTsgxzEXE4WGrHU+5YBUk/6UtZdUAwSQEotCeIefelfFuCDQF4BfA3SQ"
    "GseDgQ5SBqqKTRXXp2YBwLabvpB8w9SPxbBOM06jMITzkHfxFyL5z2q5spO5Tp549B/pSN"
    "yXfdvFGFt+0N5d2Ii+iAi5d5XL4b9c3UScCxCUTQsXXtueK1vS/Xbnyv4eSfLw8xH+rRR7"
    "h8YLxQaE0oP0z4asels2h1QgW2dXOjvkL3vX9w/cATXB7GOeZOilGPJ0wUHv4XFwxy86rk"
    "VGpHv18+Pw4bZ3xwQ2IbAR+XVw/dDT+h8/nqNXy3CwRmezEXkYdO+GH3sDrf/4cL5ms2jU"
    "dULXru9Clwye5PjQv/zy0P3CvwR/8hz9WXyTYW/A65X7T9u6OPm6NvmIXN/e9wfsTsZi6Q"
    "ecD+9J8w8K5RzihFxrQryFVwNUxjYpCOCqZGinoVp9VnZjY1qQ9VyuKx0ybyHztjp4v/XM"
    "20rtgvbGCCDxFhJvm4MsBAYKxhOas0Aycx0B3RK9gm43GSMsat1uIGgFNZkbFWWFHPFsyE"
    "KO+DeWI86DF0dpkVVxsbMzqsqH1azz+7cSfSwt+Xe9sIqpI3G5Ylxph4W67FyommcVSLyW"
    "+6YVDB8vbq8fHnhege2OF4bj8CIK9/2h+Ih7rfjfl927y97NjWj5zH+7adYl/QCiI2VGR5"
    "rlWwYCejHO5fVBkGPd47KQYFLnBBPvfM+xzBFBWOM6rzEzGSyaJ+khKQhuzqTfeMJ++RO1"
    "FLGNSQGwEmB9DUJ12ybkAFyIdULSTh3epyW4k4ODtAB8L0NTNet0yApv7K2TBd71YQrO5V"
    "3gxt87KS7mFN0M8N2Bb1IdVfbhh45lg+AiOi9y/+oNm6tFZ3L5nRfXoG2LdgSoZoh4aOvV"
    "LDbs8fvmFnxyP9TuBTChIOpBYyIr28EL7S9HcmymU6AiQqC8ymwuUWJ5qghsTArsLVnlTs"
    "vgL2/Nc5wpgCuRhBQkKIx66DxYoKIDYbpBeK5VRXXSdEgMsM3I8w1U5iK4vsFcDYNZie8b"
    "2mMRo/ayO7zsXvWA8lsq5RcoqdlAzUBJPQx/8sEvCnEkcSisr3W2+RKCshJAnmyXo2BdLk"
    "SNOxkTA+qk+N0to05amA0ObGq1Qjj/fOx5BMn1HCPSvb8f9EWB5sBTzQvP/Ny79Af+iSdi"
    "3PDz9f294FvOjeXSG3XZu/ZLO0+w8QKMy2+XcbmOcqhzsmKiwMqqMyvLf/jzMCwjkrDKdV"
    "7l4DzPVag9IgrrXOd1Bp58+juzvTx5dznNuepRSVj1uqy65GH3vz3wqSty1c8sutDy0VNl"
    "ouCyl1Zs9HUL9T4IcUHYwjJ4fadADnwTkgCwJJznm0Cq8CbkANwkuOzNl+/4TQrC4bs7Xh"
    "p5aRUQhPoGsgRk7/kMYb7Q/gScs+CcfKAzNf3YvMIKgLndnHbJ+x6yBgpFOHPWgFy/AHx3"
    "ES3iKlUGeENWBOC784SIW1yHzXoJ6BSQ9KJOT0nLeYljupumUlbGC3BVDshVUUu6gDSWdB"
    "OWYaMFB6capBGx1mQEFAbsIbj+NXtxA9W/3nhuGoQp+a6iUoDsbseVEyLW7qnChzm6DQM5"
    "sy8lusGA5d96ln/N3luNJ/n3vnp9WI8kFtT6Wmeb9UStKXsAsT82Y+PZkfv+7fuzkfthev"
    "YTOuY/BZPpqZjKPl3PdXKO2ELzbq8zRAkOuL2I22noiSIuh451gga3XTZANI6llvFkEN1E"
    "YrIT0SBWtBiMNKKt+P4jYuGlqU9Eb17vCppRi12k3EhEwy+PHT7rM5uc/c0AM+x1W9sOWu"
    "rGFL0azlzcwesFykaK7/YdEvm24j7+9/v7iPBxS8uYYDQ1ZuyAxOzh43OKmcYrr8XunC55"
    "I17/i0e/Iftz5rJnahr/XWlNdn/3NgK/6vtftWe8gooOBzV+g52smKgRE4NEDfG7tyVqgJ"
    "ehuKRiSHlJprywGR5E2oqNHceUJ8HEX3KHSWSZWHhqOOpVI6JybXo0Kq4cQfArezE7uqm+"
    "BglRWIbcyxCYpmxbqy+ERLg1btOK1yHQY9UXIS4JK5B3BaCTednttjcGlxLMEbFcWNfMHx"
    "PTbs4+ZFFvzj6k6zf8GnTvaHd+CmQlfYurniUrKVR9eIEXY9X4V5o4RGyTWsJcJ1MzR/ZB"
    "Qg7AlduEyiHxqFCbTMHCcPViH0qohkUA03RMeVHhPMBu5ABdmTG20BWT59YCxeDZgnhL2P"
    "Bax8xUUxLjgoDuLmrMOr64J9WgH8zTsKMgK9cg/IbZzYjZHJtFQXvtz9VueDfvmQwsGV+V"
    "KgDhdlOPoiqnUicd38IqAOLb9UTNMhqygpxmlWbIMdoYWwXg3O4Uo4RdqpxhlKR9RdS45A"
    "r0CX6g7D8Z8R8IHtHAcwI3TtnInOq11l8zpdmu1bK94c2tZjQD1oQCm4XWuBdVsT+bceLd"
    "UBewJdiK4cudrYRFb6Bms5EZ6Ypd5HVjsRAXQgt9itHr3GD/5NQ4xzBN9KpzmqCYucMrjn"
    "I1YcoGYYIMB9krtlemCaahL3Byih691Y+tUWU3HhGfFMin/M5G11O8WFIHk8nqe3ain6M5"
    "fcUvnCw4Yx9yzuN0/RHbKxPXsthOMFcnm+9ls9vZ/CvoT2wfdfi/DJsTIf1vSDklkc/DJW"
    "aGZbORxH5lEwruI9teKzxNYxsCq/CArELFMOM+4cWaAVt+dDGIyc51W0Kr3x3LDeSqC5xX"
    "hvf7dxngfv8uFW1+KeZqnIiDK09ULybawrBec8N4yegtU8SfmJ3DV0O+0PJFjoltW+R2LT"
    "BftHhvaw8L1TrlMTHg82Th89hzajmaSO9QUF9iUq2hqxXmrddNzlRYaZSYfk2IGBmQUhPr"
    "RI5uUjgG8JhJl4Xw+pNqj4GLfv8mcsRfXMfYfnePtxc9puSI3c0GGZ75J4uU2Et2XwnqPw"
    "/7d2k6zUYmfvYaEwf9DzKNfJ6L+p68HI0I5MFBcXzb/S1+hlze9C/ir0s+wUVaZdI6FEyv"
    "22I0lL6UhbTG7mg9K1KWQiLApEmeY/mKeEIFz3pyaVq4WbcE0KFO55GCh1u9SKc4OyEwti"
    "v8GHrDZAg5Vs36aCiqqaSPQxeY8HCXxWuCBdlRWqKEgny/H/H8doKFvYa/OtgiusnBg2oF"
    "h4wreHtYrVRBWKZ1EYbi6xSE9n0S4d3p9SHxsjx5BaB9dN8fniNmS43I7fXd9f2g/2nQvT"
    "1HC4MYS4s+WfpiRO4/M5uLjWI/Ao/IQ7d/0e2zu+t0rNMR+fnqHP05ZaOu2D+WU/avq/7j"
    "v67vztGUuiuDjMiXx+718HP/8Rw9u7phz6k7Ir/2GO7sa33u35+jV8zQcjReZWVEbq5/YT"
    "czmSUdD/FmijQVnqUfPvQUnraYWPsyBouPMdW9nkXieTtaYjLliKk+dL27q+u7T+xx8eTZ"
    "w9O95k+PbohyFb9c937lxSpeDPw6It2bm/5lV9Sv0E2havOiFvfXl1+8OYzJs5gj2df1qs"
    "cfpgH/jCkM7ImyRGfX/u39TU/MN6GLJdd+Uvq98u/y8Di480pneKWU6vFQ2u44Z+GGuGRr"
    "fP8Vp6pPDVvwbdRXIC4JK5BvBcRjzr5WjmcgJgkrkLNwSb4jCM6fArDn70p16MNSgDyUiW"
    "nmCiz1lWATLzDDT8kqSUq2jmZSvLLJNWx3Kdnq20gQGyEgPyiRH0QQ3dLEBwo7OyHYuo1d"
    "vMG9xky4dnKhvZZsHdwllZ/ycdOnUwvbEmfHA/66vfdtRLYFqG8jkfR+e4icKwmGz5pDct"
    "O/+xQMj9N+YgU+FGmZwMdU2eBjd8V2qIUXuiy+m45yXA7QzoK2SCzLw1WLCFbDVKs0NtRe"
    "opqwYHMs+EasgOWuWWCiIcubKf8i6GepvsRRSVjlOq/yOvCSpzZmTBZWutYrHQTT8qx0TB"
    "ZWus4rDXVP26aPSZZ9W93TvAVPgZVdvxSClgObp0Qv1OXdAarN39WKoEZkANSdiRlQuizY"
    "QTtY7un1yuQZGYfJeGkouDkSXtav+wIAbnnWS1wzypD64h2jAO2ufrXht41ylb1ks0RJ/O"
    "rCF/34ZYDN9TEgBzvcNbVhFk0a4lKO5J4wifSfK3+utmKFX3AxQPVecHtR4rV0iwCpZYWH"
    "Y7aNbet7n00CpltvqrYi5bPBikDq3puqrUh5uRhFADUQM7UXJ87w3BOngZik3RBpfhXCQq"
    "DaozBxMxDjqUd7I7VnCecmIMVDwAWc6EN/mjbBpJS4L2kLT2fpmAblrgu1eBpiYkYVCgsz"
    "nUKbmFRWvkwdrnsx32UwXUsQy1MWYm3+pZWHCNuHO8pEaBG7dHdJb7ZUyNZf2G9FlIga1G"
    "Ka73jt6Qlm4zpIt9HSMiZ8CLu5aeApL2IdL6UdDPlj4nw9XX+JP07Oj2KAVnDLEdGZPF1Q"
    "/ivZbLx6+JLdi1poSfkSdtCr4czZnDZiGwybogC3vuDyyCBohskp+tUyHF7k2yvQ7aB1of"
    "cyinFvy6xpWd2MSvJptlTtNohSVk0wvoWVpIvPppmwU0kF3GB86xjBxedziHNKBdu1QBt3"
    "bhk1573zXz3zMSrXpqKGVac+inezQoB9I9CabNPCCAueyqPIWwrLAGGhHsU5a3o2QHvLw4"
    "Z7d7e3PGChQy9Ol2bOrqN4u2zZTdxwtyE7FCWi0NywHWqtzhHvybRiyOnENvgYYeIRKu6A"
    "2EzCMnydUzQ1hHHJL/NuUacJe7XQmcFurLUykm43ziy60LZVMZMvQkysdYZO8TakQ3PAHB"
    "ECkHeCDInSZabuBiy3HFlBEUnIFqlLtkiW7F0wDoo3uFxbFdKQBFiwYG1VZm3Fd20BoLab"
    "rxx6UAvoCV6wAfuZmtOBK+CV27DrAZ3dZuycjdUsN3ObZR4gZfDNjCfXEkYlnwDxCRIhUI"
    "+7dnLOjEwvisoNzoXuTObYRsxeXdo8numN8iKZvFhE0sYt/5Yj0kU8luZFXglFFn3lLY7p"
    "bAbdjWvYhSA9Trq7XHexMdMyYD76fP3ps/ZL9+axd47mxtNce9FN3v+7e3U16A2H2uB6+I"
    "Vtca8al2YZ9vOIfLweDB+0/uCqNzj3WnVr4gEYkYvHf/UG2qB32x0wqXi9o8Obe5hwcGX+"
    "o21lDkNSUOdQoc6hM2ebRhz66uWD46KtCWxVHEt8xqtX9nBKnEjpjTbDMtU32jz6x8wlwn"
    "vMDhDDdAxin/L7/VdZjpAtGJfSfhNqaKQ/I830igQYbauhEaydag2NhBxY8zut+Q1mYH3u"
    "sj7j26t+NqjI40uzP4Mkv1225zqpsNjWcWCaHdA0s59d5RLaYZk2EgLfv8lkM73ZYjS9iV"
    "tNfzmSczR19/qjwY0vc+MTw9E4XR+rm0RJ2TZBDJ2dvjHD1DQIf5Xmai6UlIVHIfdCsPNa"
    "88vqqp3yYanWPAWFHfUcoHA/QQVcw2IAbJLQ/WSrHxlhqdZgWvFJAcSOEuopMntErZjiWg"
    "DwBF7HYXgdbA8WgOnQm6WliG6e05TKieketXBVEBtbL6KAwN6lQdYztceZKamgonHboJAy"
    "KjcGaWIIRamGShFoBYVU2oZX6X7toPBamms7VJhtl3c7XA4uG6/Kl0B0tuYvfWcjfeZg63"
    "tbN7GNeAhen6Ixdl4xJqJGhD2nzOCzRCYPr1fBE4GSxCgxiZjjRE6wqujeI/IHn0XTnT84"
    "wYqnHnlVNrjzHtnGFHvkFSTuZTjnbE59NkMzyu4S3I99Mf/rdrzb+l/DHyQEKMEZqVu/bx"
    "QS3WUPk6UFFCH/mx79G9Keapn2FFuuPGyw2BR1jj4cDT/37+85vcvf7yMyfOh+/Og/IvGn"
    "OktkIkuhgvQyBYkiBWM6lQQltvTe88fXGfWcMZ8f32SJ+bBRqeiKa01O3YG+e4Vk7gQvIc"
    "UVD4lB96b6UJCS6wsdUaAWRiMwtRa6GqIbAdiikD0IXuZ6+FA6e3mZoQ1SRljT2yDJG8lA"
    "WmYhaZmxF1YBiKrW724otJuXdf3IxkGPhzSnbKgHxC6nbLjzBLCOG/Wu72zxBC7YMlCl0r"
    "kbiRZ6n4pP0oT6owfm+eCvDraIbmoWljQESN/ncblcuz3+TjvsWVJyMeMnhsOrruTIDom0"
    "rghV8WcJdR2N3W6KNUJVUI7LtQ7q4vdysyIG1R7j7Q0ZgPcTvEs1MSv3qQR8qO5uDbHgyy"
    "dD+S0D08zuTUfBXVZ3qIvhbiZUNyjdNGffVHB6PPFz9DpfoWNO+BH1qjalnaYnnTUFyRsr"
    "OEJTPDFsXrJi3U+HHfk2lVRRLv+WI/LHAltPXHX5Az1Z1F3a3i05lYl9zmaiiDMAeXshSn"
    "hdKmuCTXRsM+C9oj0dJP7tl/3piFFBP/ATKFNVQ6/EtlLBu6lJ5dcMTmB9NN8sd/ZqVb2b"
    "q3Px5IzIoHfT6w577G+LnfS6jdlnl927y97NDf9wwn+o6ZdtOrwh4j2bSmV4QiJQhSeiDh"
    "dRhSc4ItUceRuZ6h6UagzCt2cZtvzbs9Qtzy/Fcqz9F5SmWmQ7Idg66xuqbYMBHhmX3wDn"
    "D8s016pHJYG5V2fmXrBWqtXDEnLA5gEGH/iwauNY6ezFkNo83QVA2246T+IgrBX1JNwDXO"
    "ICi7UIT3eBhXuTK7jAXGdMv/JC5Mxs5qLC1fQrZhq6g+71FfKm9f1WPGtvY10jl/Cy5mhh"
    "EOP7pUWfLH3hDzwWc4l/n3SQTaWusGpuPSLh3D02A7MsEJ9XtCVboQV7WDadrg0vT9C/Ee"
    "+sLZqcBS3NbEwcNF75/jjhLUZ/0jG4xWroFmte/LfBbIa6+yAl5v4SkymHTA3xo/ve3dX1"
    "3adz5MuPyBVT/M/RlBI8Ih+718IFOdONnP7HgpMldXasLZZKLYXDIq2pl1SYxUDwV0fzIc"
    "pheUvEKzG/qzzZ22R9m7rtaNiyqMSE2dZ4PiwFPswsPky2aPwrK6C8kWgdwsW75MFFnA59"
    "e13E0HCibasueWslajzVwqvZeOMy4dNUcRDt9H/2CX6g7D9lez8Pugwl8ff2crj5BD2Jr2"
    "1D3Ut3s4U4grsdbLfMJlyhJ8r9SPzLC84XJ1Q5zHb0nVoBJyzZY1Dc6OQUXer2vOMVvZoi"
    "0aNNcMLm7D/fW3jCxycszQpvPSJBthuy3ckEs5G6I7oe/h3pyL/Gy3pR92ke9u/9b9Q1De"
    "GJs31nGhP1nWtLi74Y/Lvx5vHsEz6Evo7IMSe70dfAe3iO/ogZVH+gKfuSbKyNdAunOexO"
    "1qw6ZqU/sduwYZb4IvwkZl+DVwzzPIfrbyJ6Q1oLG5x9NXT2eWur6OmLCNW3UWNtTAjIzj"
    "twdl4z8k8bmzHmsS7VTpBAonXwluLj4W9zZse8cF03RyV/qXhrXNQVHyYWfsGE6TBL3ZKF"
    "B7aRk2OCQFGO+AWKoCjXPZ6WpCr7uj9WJvYnA2rDx8vLXu+Kx9HWsxYRWiv+jQFJ3JDE3Z"
    "Ykbg+unG25JMLwXs73Xg4cDppvnsr8BekbXy4N23/n9rfd8YJzwPLESuKyQKivT3AkGRMD"
    "SgxQYoASA5SY+rtL/JBDPtZGTBbeSXV+poCdk/6cNZOnAeycb3HVs7BzgidWNaEzIQcJnZ"
    "DQWQWmPodDDdWoEGxV6HQBaccH0I4LTjuGYvdFFruXHLJF7dhQsfp2ght9v2QAeKM+FYBx"
    "uzPmE5pmrTLmPZpucHqk8nhDx8suOq9meWMz0nofQgnluv1sC24t54ouBOlW0G1FvrrIUf"
    "c4tg5nvc51G/H0c7a7LM4y5ZUYl5yhG2fgHsWWs4JbjkgMi5NzxHCz6MuG0CvqTQYp8nO2"
    "gb6z2UdkSl87iCGLA6at16DXW0AL+LI15MvWnV8i8eP6+1KdYDLo/fOR2exeuUh/jhHp3t"
    "8P+r/wD4NdzutK/ty79Af+iSfBvQ7OggBiYtmeduGvCTZCEugLSk2sk5TgYFw2BvmYCZeF"
    "+fqTav3rF/3+TcTbdnEd4zXcPd5e9Ng2F4vABhme7pC0gqFUJJSKrIl63FCfM5SKhChiIr"
    "KQp99zmjh4G5OvLZ4CaeYI4iTkAFwI4oB7vLauMDX3eOIELQDhtrcwTnvrZHDpbg5TcOnu"
    "QDnx3qmZS5cHhG4Mgo+k/tz11c52Zy4fp5lsIHTebZe/8i9H8oinouqPBj1AmvZpO3TyrO"
    "jjCklV6N0KdnBjnVsTZuCpJ1OFpVqTbVBxFpWvtzl4kcuO2MjBIVID6lIb8dxinB2GZVM3"
    "kPek2UgNtM3jXZTte+3P1VJwE+dhBONBb/gwuL58OKzdsJUKEnsGdloPalSQLkGD2+45cm"
    "L8DF40TZ/NgthyBz1ROrXRhPI2m5yscexrVIha6NVi+CI6m510fD7HE8W2GCdtIlr+HcH8"
    "qZf5w484xdpmawkobBYLiiYLmwEbJhsbhn922bv+xftsgg1/3MfHuyvvM6+KY/zQAtZMO7"
    "kEPmNQ2cCNyoGJm8/EBSZH+oK0l8kBOaNtW3UJtWNbzigwO4DZ0VhwgdkBzI56ebaA2QHM"
    "jkajvD+zI1xg3Lb1JyxxhVz4kh+/DLCpi9+y/eS49aZqD+4Sy3dPnDb9RlqI0JqFsw8+Yd"
    "5PS15D/1GKh2zwxF8n7El/kqTIBJAGHYV2A9sLzdWSracYOBrOjaXIj5fEjNbXOtvCRbY/"
    "Cphm7Qq1BOuqGG+JiUHQZWfQZaJbliHTo9NBDom0zkFfPMD8RHpmX0BxJ8fEWgd0CaWjeU"
    "2FfIWjI5Lgkq2LSzaLIx7K+JXoJzTpROiwatDGpMBbCB5Y8MDWx0jr7OWBDR7uAoC9CU3V"
    "UmxjR2EKaxPqox2oPlqhfrLAYfFNe8pyOoDScg7jmO52BEHeYQu9QZB3WJTeOaFPOTp+hq"
    "WAJ5iPJ8h2peYlN8hKm23bzBGx1sBf2JYe685krmZKhUXgmIC8zYrRXesqStjGpADZ3S4A"
    "OxRD3NOUCocjGwZyVnsqtsEgjbMsV8vONM7E660AfC+CeVqKbfidXqvs2Avd5CvTI461Op"
    "LYuJHrnW02rk/fG3sCGntULSOjrXvUJ6JYOHnCXoVyb67vbK9K+PT7F910eYqqmBodM2X/"
    "JJn1mncSiT39+9GGwPlsePwrC8+O/r2Pob3NhmmZrV2J9ZJukbO9ya+oGpIRsTZpMBUbk8"
    "ETkydRNpCtjlKgDv/RQ//+8Z49WHTpLkfkvvuvc7TUV0GWa5DjOiLdq58fhw/nSJ/+6drO"
    "iNz2Bp962vXdOTubrCesGST4rP/4EHxIXSd+tGWhLEBubKmMkB/OPmTB9+xDOsD82uHjrP"
    "XqeVx85bKZ2oad5d6tNYtLlU1gWjDliKYc63JwNxLtOw0KP2wPR2ap2z4u3AHr2SP6zGEH"
    "p7JOKBUH3TC3bgiMuDLjZ1Dt4RskmeZJ9t8/w792C1yus776hN66AZzV1ZmexntoX+elbu"
    "EBXnD8rCtsGi9Y7vOUjuts831OmIRm+SL8F3MZNe8nmwEFM4jOjVS4Mw1zyv4l/uCnbwfZ"
    "mDhIt5GOfsWXvHuj7Y75bGOM/Mxc3olxwY4Y0Y4xxU1a5t12+FPFXfztEXh7pmw8wwLcqz"
    "XS2dLdq+EVzKq+hUTgdaPkM5UD2gQ/aW2Ma/94kerEKaGAtcQ2XbgYqKs8QLYgy1XZeHYg"
    "XixN9tukz/qW7MCoWAu3aAn5gTUvL5rYpEdLTKYcMTXAj+57d1fXd5/OkS8/IsPgEzv0yY"
    "P40xmRj93rG143dKYbJq8kOvxyfX/PP7CfRV5kPWIlusM3vSNZwNRXYlgEeJPx9+HCflI7"
    "dNYC4MzffdqYuu1o2LKoUmp9VKp1Tv1Syt/yQyxP0vdGDNqp1qfmZtL5Bi7X9KervS5XKL"
    "DbtlWXPOyJcmXgaC9K0wNHe6mO9jUf/kB+du7sO5I51sWFTgYWsfAXWl60HVJlG/Vsd7Z4"
    "jsX/JmBNtziC8S10IRVfy4vBIa0pkg7vRqJ1xlwWtmY6VzPB1BwbljOf6pJE73QfcljmW/"
    "Yig4mUvmebqSwDKwWU5ZoA3HxlmbpL8ZOT2rJ3Zau6PBFjsjaiRN5wNGffDI1XgufhAXOK"
    "/rDxX3+wL8f/ssPZc/4teE4dHx8E99CxtwVOOuh1bkzmaKE/Y5u3nIxHZKq674gssfW9J4"
    "9MY2E4iOGBv7f12RZiSjCvOEDXTwH7UvuxUcBU2NNUmLDNrqLLBuNbV1X57E2WqMSb9KDE"
    "m2RM4i+FDeuPru51/EOtd2yTQ/YucW0crHDmiP3j3eOQB9w96RHx/xL/7v12fz3gf+KvS8"
    "OqSzT+RTcN9gq3qKT0w3aLIyrZQoujIRZGptibt+fsHIZlVLKaZa6Jgd64VYYk2aJfXPzo"
    "zhO6tIt0xQAnobQnxqauNVFSnjcSFTqCJ6ZuLKrxBhevYoBTMx16cGqCU1PlfbSVZp6K63"
    "aW+beL7BZ3cdjXtafD2HNOPoQmbBjUWR3HsW2WoSYeOOVbkCoa3d6p3vnwA7DLS68FWwkK"
    "wDfRfgJWy0FSFcJfSwHjmFjr+C2lJCu0vnBf97b/yFPL9AV1eXLZ1fXw0vtkatgT/lk9HN"
    "je91OvVhSVa01WWcU1ioK9oI2XCm/LmFSF8bI37P/V+tUZUp7Yc7MGSnl7y6Rhk+fb5M7c"
    "wvacMmnlZUiIwhrkWwMv2jjVVyp5w1EhKIOWBmstwr81Q7ohrthMUQ5vrRxJ3+osa+zIGl"
    "fDCtdqhR3q6Kb2l8v+R8UvHJVqzbupsOPRsG0XT7W1uZPVGxQTA2DjwC6xpfkuTUE/VQBX"
    "JgqMu0R9Ux4xFj80qa9SamKdpIRcw3IxWMdMsCxcAydntef8Rb9/EzniL65jmujd4+1Fb3"
    "D8gzjb2SDDSVFQDVvTJ47xogp4RA4Azw44lEeG8sjA2WhrrY66PV/NXHSJ7ZAo1TFhi/BE"
    "LdVTNCoFZ+hORkmAWBJkdUZJaKpmYZyV7hDbXsqEh3By1DrtL6aV+YIfvwywqadEPxP5hQ"
    "17WaXh/Z8yGSE+GUfCBNnQdHaVNQHiR7uIH0GxGsVUxZhY6zIWi4+HE2PyrMyyCcm0jv5R"
    "PM9Gf2G73NJcy1QBOSrVOphLYdksGUZKO3kt0L7StuUBrM11W9KZegfKa6lCoK7RmVz8gU"
    "GXmKiVaN5IALq70GW/kirCGxIBfHfha+IXrPSmWwtU+JIj1FroZjWvuuKVtiUVd8pudmwE"
    "ILaY1sYydwNLoGrtR5cTrAJ7ifPwFiXCsA751qEhuc1NPbM9h2SeYElUsn3BkuYGR5IhMd"
    "HIw6RPBsmx0AlhWOs6rzUEvdMP02bGPyHo/Q0uepag9wJbT2zl2C+lqiUq4oIQ+s5Qe3cN"
    "WhLq8nL9awZy9lT/+BaLhL/Z10B3jzc32cLfor7XntHvvjVtE95SZwGzN4Mu1PmBuvAm67"
    "G5snAz6vaSzwRYuN3IHoSKoL1JKyECyskuiHTT0O19HzfvRdDlU7UVJ0d/KgSkB/2prRB5"
    "rvBiDvB7MVerz2/bHa8n3xOtoTfVGF+yqXAjq4gdkB/nnVupJLn1sbazAVjoLM3Q2IBQzo"
    "dDE/YrkNdKgLcNCJoJnCOdIGpOgxHsEhuObPYNkT2nyyW74OmniOunyHDQMR9g4id9skLG"
    "YkmtRGGQSm46ImKILaawmZzO787uIcgKJ6foI3WJaKnARUVqnuidEDRBoPTZXSLTeMZigP"
    "8xJ56lNUQAPuEhex7wp5BIzMktbQ82Iq3jERbfIq0h0aPQidPAGBJ4nNOhb6bzEUrj1sbn"
    "CKVFs/oba9rvy0P+Xl9dcvp/qqYcDMiiKy/1lUgmyNwGjOmO3/MTFNkO2zjT719008WITb"
    "NgBo9QD0PqIlcnDWJ8v7Tok6UvuPL6aqNjjgYm01M/s+WUSXNBppPy842ps3ZSY67oxiMy"
    "/Nz9/uzH98iw0TNeOue+esymZ5exOeMXdDTGusXVYfZN2O0N3UQzanEF3iCuU4qGvI0k1D"
    "IluRJe0Pb2YcoU8IhQ69Tp4km0zWrAAxSSpGaXiUIC/WLavb717LDUOL0dbOBsUIMNDDbw"
    "rmcJbOD228A8fJtq//qx3Z22bxBLLraqwu+hXcbuAK2gDxoWcby9kNWK84dX1la3wfEQUF"
    "NATQE1BdQUUFNkaso9J1lcii6lEj0ldDWLouKVlxCVaDP76X/F7C3n8FbrFnrBlsG+9zQg"
    "fwSUkzn7KZwAEvBO0KvhzH3/OvL869RCHp+M/ULq+KwTiXe+zNuNCD+SFrpjTHTTXKFjHV"
    "l4smKH35o880pdNvdcJ1Phrqfsj00ggH2FFXIoep1T/MK/h26LUb4sO+pOTtG1MyKvuuHY"
    "wpHPL88FA4dNQF9J8Pv0iSDK8NnY3pwZ1qLDvzMXYc/ibMYviJ/PfiUb7f24tGjA735xYe"
    "8I9G4H6uJB1cWDlX+p2wFctvufPS2OK6FbZmsYtpGuTFM/WmIy5YipAX5037u7ur77dI58"
    "+RG57N99vB7c9q7OgzOEH3G/9AbXH6/5h8HxOSKD3sfHIf/IwjPuEY+fu8DRqdtT017Ff4"
    "onxjRndn9YEsI5dQ7nBAqJYu3jqBSYeLLGgP5ToFqdPyEHIbMkuJ7urAZsRAa2rARVk05E"
    "wosarjEp2K67C6GHrEBw+Gx3+MReNXKXT/JoAGh3Qxs5EHcDu3kxFQDuo92mhPo4sol3eE"
    "r9AtnhWwC4N6Gp2glw7J2jXB6iVE9wKIVW5gqOZtju9gUnsnt3e4P7BKPJXCdPOJxl+J3t"
    "+1pP0T21Dd5yC/nTep7ZPwKmJSV/IN3CyKQO95zqDvKuoI/XH/unCW9w+bfbEXYP+slbeL"
    "afPxU41/xaFZxrtt2VOnWux4PmLtHcgwcgj281kK2zG/uo1x3cnSOsW2REhtzFeo54iVTh"
    "M/2lNxj2uM/0BVs25p88PPLRFnZcPr732/31gA3wDpUR6V79/Dh8OEf69E/Xdkbktjf41N"
    "OumYQIP2kGCT7rPz4EH1KXjfzYH3zsXbPPZtSaYSOR530Y/6yFdVumN6THLzYS7StzevYh"
    "C75nH9IB5tdi5etrSXpuXhwuvGdnaht2lnu31kzFrSrPRnYicL/99hwb6akQ8dk3D/EtCH"
    "MffErxdH3myNwIO2unr+VAUYGetZBIUheo2xuoBYZmUc8SMDRLZWhmaVtapmMuUa1N4p2T"
    "VXTb6aKzAyGBDvb70mQhba49ZTqxX7HF2YQ6Wk/3/QLbNvstyMGLpcm2yqlPS+QcxXV1hH"
    "A5O6SbJn3lF1Egu/R2W4y+Wc2NR0SfTERNhT944QTDsf/wCo/ZyLtgC9bnCgsiqc8V5QAG"
    "k2Rx/gXfkW85IFMeNPcmtBIJdLfk4ETF6uyHqo2VV3c6ZSFOv+7lZe+eO+rEWcEdez/3Lh"
    "+4Y+9PPGF/X3TvztFYJyPy8frmoTdgtzVMJ3neHYw2OTWUepqFJFrT8qkw48bbBMxGES8Q"
    "BVSTggAuWI5gOdaq8QuseoWdX8BfAP6CBvgLDpzR2fVS/44kXoLgUmebc8BPHSyh4gQYuY"
    "esu+1X2sxq3QbjW1cisHiLSfyvArTB+DobsbXxGAh0pODu9hcEsnUG+qg7ZFfOkW7b2BmR"
    "m+vuxfXN9cO/zpFp6GPDNJzViPT++Sg+wn+54m9OHrp79MlDxMWCLNS7G3psIUxsXA9fgm"
    "Fr7O1hvEhW8IJSE+sk5VAPy8VWb8wEy1q+4FSqNpp/0e/fRJTwi+sYL/Hu8faix7AX0LNB"
    "hqdpJA3ipW5h1ay4iAzEp3fqyB5eBejIIXWsWQBn1ZEjO0s5plZ067rWwR3NwzDIvk20fq"
    "auRXTzhs1Un/fj/iiVaWxduFNm3xxJbC3/SmebqTUziOBejcXYjNHXX+ebii1ooa88QjGi"
    "hDdjCuq+GITnM1DizDfF5P27nfp3O0kmRBQ7tTT+GU4X8mfUAlNDTAqx0IOaifE1yWrTxO"
    "XqrHLXxnD0NrwCymuBFsK7bd8G6P6UCu5PcWz1hdiPM6nWsCVdKirXJp9xJZlTEKX5tqM0"
    "h6vFULtFLjjWHTwVqhT0hByY+DtN/MMktddtBxeR1b4x9OV7uQCE212TIfH41qpoQM/3Nk"
    "sM4N7GEb3bAva91pl7ISO65GvNGwX7ol4Kv2e6HnO3Uwe9su9sd5DrcC+6ge3T09OTDnrG"
    "Kzz1Mvl5FVULT7DBGb264+iTOa8Gy0xe/laU1Y+t6MYj8jrH3Or22i/7KHlVaxmYFn3Btu"
    "imHDfAAxxTLXAwrsG4rscBWLZxHSR9Ji0POcjB+D2TSDPAXOWWVksiBaP5wEYzb3O6YIc1"
    "VcpEiEq18XTI0hXkh/SuID8kuoIwyLDSGbwWaF3pieI5Gwu8oEpuTX9866A9+/HHDNiyUa"
    "ngimvNyqEpsST5fX/4wOuMB1qyl1njVR7nuTU5S48XfrpAEeoc+kjNXZ3JPARvz2l56hjF"
    "BOHgy3LwQbZPOvrNjChkyfaB0itQ7b2Z4PKqoXJct9nSYakWoVqxIQ1xSAiV1TCaox4q27"
    "zGIFS2q+Z+/I2foXw5VIcvtTo8DuqF74msT01elx9vJ8LhV/8edHkvoLgICjrlJ4T7Idzu"
    "er4Wncyl0sKTwKUHyKPoZg6Va7FVzlK2y57ohOBpEHrmHUEN8kKNiRfEJuuQ9vH91ccO+v"
    "m+94mPub/7JMLXS0H+5i1HeYRzrLOB62g2byqZJJRXc0sIc9crzD0zTKyaExuWaWEAqxx/"
    "GCUOz69KT5FN8YzE5FqIdwmVy4z/loCcelYEw8GElBjn9lw/+/G9ypbdSMBmzbBZ+dEs8z"
    "oR3Vqlsl9kbUrGK8cj5TUM4G3+o5v+RcT1zXC8uL7rDv51fNv97STi/77p330Kxofd2hf/"
    "euh1IToB0YmjQBtXUiSjQvCKkGY7mFTPE5lICrbIiV6WEzdUNGRPR02I9d2wHZzZSRN5eH"
    "f3nwxtSHAx7kx2iD+8tcp2uCYvzG6i1uoX3XR1H4SEX0cyqrPNsWME47WXQCCjR+eWvjDU"
    "v9df2FZ4wmjCXm28fDkafnlE+sSiti1cJ5M5g/wc8dkx5+ii/43+clbI8K6yPeII0aT7po"
    "T5wVdTL18NWygFVP3RUIg4rq6s975arD8i1hpUKw7128+umoq4ESgG8sYfEAnNUOX1GlmI"
    "5Cr0CX6g7D8Z9ZuhN0ejliCrdrPZd1mCe3tpKpF4qURHicdT07WTP72RSo2c05GT1gSy2S"
    "0meO2O9v/cty0K9EQu9sBN1yG8sDVRSvkIy7SuxOzbLAkFb9MTCt4mEwogmVE5mRGykErN"
    "Qooe2pkDOVGxFkZzin/4Ny9EdaChN1UKzMmgGQRw0qFvbwAH0kuqCzMAl7lwLnMWPiiUBk"
    "4BvVQOaBiydAs8QHS3Ab5exSxMzykeG4JsqSOvO98pumKvHmKzEcg7xGzEdhOy8JJajo0m"
    "roMWuvVkEN7NdPjlsYMmbIGfqLXq+MWNeHmiyZzTOU0Z07OKWxYcPQAXQVUuArE51P3jET"
    "Hwj+fzj3tPozr4UTlAPx/64Lk5Uvbc+Ee+irkbEsll7NZMTSy7ONpStxwia/S3rQDSWqR9"
    "CEMNpGZ5H4OKiEome1QIaJcyXcFXwBV9IVEp8ITUphZETffrN1MMouW7umrqTQvh3MbKPk"
    "zyfN3OjAKz5yUqRAH4Zm8s11Roo5pTBnClVDBlYLORwWp2KBTGBpPpZQWAehmaqp3IxtTR"
    "DPAepohRQ+HNVsPoMBkatzpxt9Aew5c7WYptLISAEvmRN4nQp3+6ttckgt/Lb/0wXq07OS"
    "QaN0RvdHKOppY+czwhSrzWDx2/7i1yKM+sSMZgKrrxiJh4+oQtdt1coYydKhb6M7a+n8wx"
    "u70F7SnqmAtSX1f1Ic7B1rAMK3OiluLpSyEv/Dzs36WY7YFAfFsaEwf9DzINu8GaugxYDg"
    "WfeU22CvBc1zMIQX0pqWbAJ7iIwe5Qh70VlGOGETHwWOXPaYIa/wXX+C++vxDU+Fc/q+rE"
    "Dg0wgRr/NXrdAwk7HX0gYaetOZCwj9KDNFDjv31x3XqiWoGSDNkFUCm99vBCpfQaxHoPE4"
    "C4x5ZBo77q6JXOtrDDxKQ22zdLMTRzsocnhRaUOHP2hajv+1/oKzQWhbPZRYPYbEsiQ1Ll"
    "Kc8E4Lqvl+teLJ2SGzoQaF3xhW1ABkbpT6km6U8Jg9R7JHPYo2FBMEcbZY56S6dsjcbEWq"
    "TZl5YRHEAGOuUulT22uWpVGHOIHcfE0741FbpAQveJXN+qAdneSI3yodkJF2I4ep0zjNDS"
    "1J0ZtRZez5EXPjPSkTcxb5eCLJcwlQfrFp6eI28fdJBNueLjzWPY/vApcl6NiZRpUe4dR+"
    "TYeaWId8WwEQOTMzp4MU2b4eqJdBAfwCa2A3KG7iDKHpC9uRVierWTLywCNfV2amv6QrAp"
    "laOrUTkIr+YOr85wjmKdISGAPjf0EOD5FjVq9p5Se6NsBNr0rJWlRjO0ClCgh2uFZeC2uQ"
    "nrZm/VynW4gT+tZkxsRAZFmo9VqxzDB/PWfFzb5OqnqOgSqLvrD008Y9qm63S8dnyvc6Z8"
    "vuo2mjEFZSpzMRY1LVSAqfV7Pl3ntdj7QlYiNv0NsBZoTemR4qLOXx0sikKp1YSMibWOkV"
    "R8FYdD2MI1c1AVvXcDZ4mW1wpOmaA1pwTYwt8E7oGnUxn7mCDgnw9/6lq5j6CkLKxC8YkO"
    "Kdu/9OSGQ6ZQZdFgztI1mLOEBkOoLKkvHd5gfOuUw1Lo6uDXAr9W3f1a666Uh3ZrcfS3er"
    "X85cnk1OKRz2w+rT4JRWhDQVnhcbIwg3Vi8MCr/sSwtbn/yfL8UnbSkbXnXECbq1cg9gCF"
    "RvMkV1amfhSfJckfDPFvBYjDMqCGZFFDeNBTm1l0IY+ppuT3hIX2rOFQM5+VWgkHAYQj8U"
    "3vwM6Reae/KeREZEkTSf8Kb6eYVGtM58JcpAvdmcyxygs/JAFwJhIgjdkMW5jZCBJHQ3r6"
    "Y1QKYAUHZr1cZzPMTtE8nnsbkN8Pefx1KQqRqKMfl4QVyLcCHuU5B4kwIgilV+pcegWYou"
    "kPXXuZolAKBKpVtIYQtyW0Afn+ofdV0bXdoRRIUxuNJinODXs1p+Feaq/Rrjs1nBv6dCQJ"
    "r62vdbZF1nQ+SjPpU7agWjocQNCu8fuosyUWxkt2q0ZqwjKti9QUzyZmT5S0yUA6wBuJ9g"
    "Ubi8eXvTUMZ+VhpAByTKx9SL89y4D027NUpPklKdKK6QdhITgudm7nMZ4xXTWJcHrt843E"
    "XsXP66nKynAtpfY5738haY2aDvtaAFDPj/qLoascJv7wCo8RfWlUc5IUz8IxlirQeqNbd0"
    "C/y0K8eZfOu3nX8GLVleof7XVQc5tHzTUdkmiR+7Qszrdry16+4LWLeO1CW6pWhcCup3ix"
    "pA4mk9UAT6glrYSaHNTZ5poyNsM1S4wvwUf1+5E9oZ7994xXR/8Gn1UTfFbrNcucPBYItD"
    "B3rHgDlD8JCuD6w1sI7Q9nH7Ko5Gcf0nVyfi2WO4bZL7Udba7bSqV743ItxLv4rZyWZ5pO"
    "UkxLM/12E/Wim9desjsoeafCMtCcbw9XSbPsTmBG5Tc8E3bSYdT6e4suqL8UycYG64tb1f"
    "hlMKxmEeZvRVUvL4mSrbWK/hKMb13ngeLDbKrx+Opj8Q1WCZ/Z75KDu7vDaiBbZ6CPPj7e"
    "3GiD3tXj5cN1/45NyqbQLDx1BalgRO57g8ve3YPW//iR91+1Jjyvns5mI3Lx+C/tTvvE5r"
    "09R2N3pRGNHbbaYkRue7cXvYF2P7i+7J2jBV6MsaUtLUmR9CyLevYmSy7sm/RU2DdZ9fz6"
    "Ns6dWvrMUYyAHF0Nuh8fzpGQ5Qspmuhq3fv7Qf+X7s26m67GXscWfdHNEfGu8Ta63mfy1r"
    "ojwqbiHzB5nKvRbvFL6syZDjWnZo50m4Qo5Nvky7dpWsX6dqFv4SWW2XoXlJpYJ2nWdiAU"
    "g33MpMrCff1JtVb2Rb9/E7HiLq5joN498vfW8Q/i3GGDDCcF69B7UBtLwubpZSkTgq3Z7o"
    "V5jbgq8ZcjcSqnohqSADgTGcAWxop4hkUA0EThBU+fpdx/pHbaxiThyFU4cv2SShKtPd2X"
    "HJap3pd89I+ZS4QVxawjw3QMYp/y+/2Xoh5fWw+zSSciUUczpkrLEpeDpSl8aZiNajl2Dt"
    "9/RLB9lLOGePoDkLZyzJj1nWeFQ2KwvnVeXyjKW2Y1PNsdLwwnX4A0LgslQur8HAWuzBwL"
    "HROFda7zOnvuac3Cuq2WP5kQhBM0ywkKBJN09NtFMIlkNiynOVc9KgmrXpdVlxyu/reXvE"
    "NVKy4lBSG7ReLcYr/8iaZUXUqvZhWVAmDTGwlDobAyaruuzSBVeCWSAPDOpLfgeU8CrZz4"
    "dhmaqlkYZy5ZFT0coR5YoeBmrAeWdloAwDsAlhyQGSAOKVuA8A6Ek4rpHjXt2GSm4QW19i"
    "xtt+bJdzdTNtAUSluFaMEJBy+KguuazdUmnCpJ1AjvsW05G7G9mCF9Q4s/Ebs7cP3K+7hT"
    "3jormATZOntA2WfiY9Eh6xzpaGrYE04Y9NvFE9EZ3sITzOZKNuMqblooWlhrJmR67gkkSJ"
    "RZrrBhpN+W7HZww7fXIZvFDS9eW2pOl7BIm563wvxZG+1FCde4GGC725Ul9mIBNmo/mKdh"
    "8Ga1UsPPrLxfr3QDF4BsJGG7pejGn9wUJ+GB0+mFabvNPAts3yx22drm3m2QPTD7Z/jl0W"
    "a20cZ2mtAXbNnomDDb6Rxh9seKD+owO0oYTIHb9aSDXg1nLj7zaO9IJICiV2Y6YWQ4yLC5"
    "/ZU02Kq7rbTCV+QZsp/d/ap8fSsWXml1A8TqqVsXEbEWhZaq7qAGGlF50dNnVzFouhYAPH"
    "drmKALFagLSbVN/nLcH9uhN0tLUd08s7XSLS/FoXLLFEbvRyZ0y+iArbqlsVhSy/HPKW3h"
    "iWRUMbu+L96XQnTGtD4TP+mTFZoZJv7ORt68aI71KdcAHYouLX1qYuT91A6ysGuzKWa+Jk"
    "jwV0fIJjXL0u8mVSiDKjACYVAmD6lMQiAAKiXlr5R0P+jzKknDc26X8vpI9ogMH/qXX86R"
    "7dDJc1D3aBiUPOLXH+/vb67FZ7bLQ6Li0/59707rD67E53SJiSb8PHb8xMqykMX3gfCWRS"
    "3ReiNSj2ReftvWJPNChCf9WWhvhAcSLdq26mmJFgkr9jBGwbVQ5H+m4yOJQbC5mMUY+JOO"
    "oYBru3RnUO9aot5xa1XVEArLQHJsluRYTCZ06vtOsqIclmkdysVv5LpXcZVAPZnjyTOeKi"
    "J+dPm5d/nl+u7TORITMNBHRHymfexe3/BKrOJzbaaz53TqX1t/LIq4Pt7diQkslxAhf8X0"
    "l3M0pQSPSDBLID/o37C/tYsuP/wsapqcJs90jHocYIuNVzKrfRoSAfu0cPvUoY5uahZ9VW"
    "mdEhWCKoPx8CB9VkU0JAFwJqvjerWrVUFNyAG0ycqM4iWjimxcDICNA+sZ0+rIJuQA2kSN"
    "Yd2ZzDXb+G+JGZReZjgiVB2oZ2+aAiu2LCqh9W4xeQKB1tk7UHIJfMKRcfkjATODGPY817"
    "LHRKGAXX1c/8l1DlnaOZY6KQ2rXefVhtJEFVbOgdIuRZd2yVIWI9SIPUbdVyjx4EUeNz3g"
    "G6aXZKqEITfwcqDEzpoWQVR+tNvfVqkB78222xnzDm323cTXPsHImXMSqk6QNwHynzye0s"
    "QbV7Bv3UEG8T7mzmMRRPy78MdzCJBLphTbnIa6QAS/YpszUS1bUgOj9LtBaYxaJ/SkR/XZ"
    "wcMUFBV/6FoAklBkDhDiGM7KAyUB6rbIb0SszjyJnO6Q4tve+pipnh8RsTbt4YpTA/FX9h"
    "VUYrBrAYjAFh6B/ZOO1YzIjUCbHoGyzMc/PdrjnnZjhELZMICzWo+bfSXPHzwks3UgHDFp"
    "ir5nOe3W8n1LrVhm6+/BFvPVq73SxEB7Bu25OcdulPMi2c3bGmp6AhX20TyMb7vANpp5uu"
    "NAWxyVGC0/LVT04mA8qMWFq8UBEUbxVAmLQY9ehcMFzBAwQ8AMSTVDuq4zH2LbTim3Hb7c"
    "2WaK6GygZnsjFeINJn0yCDrWkUOfMWEjF4a5OjlHhmMjfTJh83lXbDTRLWslPjem6Hh0ZB"
    "vT0dFJR3xi4Rk7cef+JLwGhr+H2J3kkYcK7jsiI9LTJ/P1qAV9wTb6YzPkD17Re7wSJb9F"
    "hTgdPblsRfEUPd5zPgDSyZT9n/3K637oPMQRveXfeeyEmlNsjUj0uyzZvzHhsRT9See/VN"
    "QI4b8Pveo2Tx5jCgePs1h4aeorPD1h/3phoiKagl7n7Dryl/MU3dAn6jri24gydyPCMBJ1"
    "yb0wDZPRHbRwbQdhNibYBuwfDvrDm5ezff74ewxbUezEvx5I8e+2RK/UehaxIWdEKDs60D"
    "Hf7mzyUxtPXMtwVqdsb4k4EZ4826KInrcC7Exg6yW+kEn1qe2X4jNNbJ2coi5i5g6vt+c9"
    "gLzi+kSU4Jvr9ojgr0vDYh8eE+rjuDAEiLy0Chs00fnXM0wTjTF60U22I9js5KSMeFO68i"
    "t9OeVUfA9rMJfijc+TLioHugkpojnB/pAB6w+pUH9IpD+xLU+VsN1ItBDdEvLLZhL7bavB"
    "4EuAraBgK2xezQr2QlQI0hrioOrTKVNGUnJi5ZCGRFrn3ym+yBUQ8NOhby8B39f3c617XB"
    "ZI2XUmZXtWiZ1jnaOS1TzfVRoQbVrljZms/jSHJeFZbsIq5wl5xSVbpxoVz8fziiKp+f8j"
    "MiXlsTSvCFeoBqCtimhIAvDcFVBx7UKaEBWWEHSA9/nOUEpoQ+0uCe89zwVAerueqJWgRs"
    "69OoWobnis5qNumK6FjyQxqsj1zrYglYj6iIpULn+nd7JEqT6K+lNoqdv2K7WmXuTIRkts"
    "oWO+D/mX6aCJaWDiIN9xcXIuog5Li3LdwTZeMI836Cse8FjHMRx9NjvlYbNkhKqCe/Lo1B"
    "e8dERog89nezET3cKIUBTEdxxK0TGf14tCeTEeQtkFbJpe4o2+1C3n5BQ9GHwSLo+XdDIf"
    "kYVhmoaN2cab2sim4uvxUJe7ZD/B8W4n7sJjW/6iIPYVV+yXmjxoNfznjYiQUWeO7j1FjH"
    "/Ew1Dsfw1nS4H7ACWxxr43CQiMjSAwhpcuq3IclmlhPKGEDrkNcco2GOLwayajohwWgUBC"
    "3PAwddvxy0lqC1lq8pYjOinbGnwrzrEam1SUSGPvbcNUXgeZNKxE9pVIGI6HUcmHPglniB"
    "0npVtTfMhWxTwg9Wi2N/qAhdqfsaQexxaOiDe8dWycot6H6Xrei266EiUvnZS+FqielX4Y"
    "73Yp/HNo4ZH+BDQzWiwJPNSphceQOx1uZ7r0JRFc2/524KM0n9AE7Tsa5ene9gZgb30LS4"
    "6hB/w1rd3sWqIVJui2A6b328P2s399vtz07z4Fw+MvhHh5Cg6EaupRSArYhApsQmFz2g5e"
    "5jBVAzGwjXJWAvH2bB7OTEQS2BT1UWqSbApgPqY/ds3UZTM1IaycgNA+tWwv22AXWaFP8A"
    "Nl/ymWqlCvRSiMqlCcoXU51wnBZtcL3R5JzK3YiM42o2vijdX8SHDWnE7XQvacLnnclsd6"
    "F7r1jJ2lqfMUPv6BuMgD2ewzZ0atxblX1dGLHHtr6wW6/S/QWY/0BiJjenIiSeqs8MZgR9"
    "bLjgzWScVvG5ZpnfO2+Pyz+nepb2z6DjuCNcWgQ0ikFX6Q2O49y5Kdykal79+zRIYqhyzN"
    "37Qd6Jb5nCqoNuQl+Wsig14J7Zhc6w6PUtB+xeM5pc/qcCcEW4d3KSfJWLex5lqmCtRhmd"
    "ahXMquto0noqmXFYiJtQ7rEjoWM7tI6k3ZAvJGpHUAF6/fGTazoR3jRaI/b6/4FparMPAS"
    "mC2NjbssXXuu5Qt1xUUBdhXYTVObuJYt67aYHtKNieU6UBoUYikjrMshzBUFiQhCqAtCXR"
    "DqqlmoC8h6LVv1Ash6obLODAKmujoOtvZs1XbFZroREzVwK6TF4qIvSd/hr3lRn/3guvcn"
    "6/O5WosYV4Zth/2qfdFiEw35PG1Fyp4bywUmjsYh2xetoT8ZR62tgC305TJI89gDqWf31p"
    "uorTgtqWlMjL13lEMnz/d8qlWbgCqTtB56H0p4FNG35W4ORfw9vZtH0UX8KPFy5L20RZGK"
    "T2cOJqdILOg54jWXmeYh+A50iQnybuGxGHzeRgfZz+7J31FwRJ2Lq8FfR7EVqOq+I8JvA2"
    "0660+pbXI1ZTY326+Ndcw/u2osx40AdF+XuCcD/T8N191cIS0VYYh7JOMefzkSTkvq5vVH"
    "w86VFFBmL9fF0lEpJBEWaU0KSXENkS1LFqPY0go5EGjdY//jmzcZnns2KvXBF9diby5m67"
    "sptWV6xF0keOHR19haukK0uRqriPhR/753dy4U4BEZ9O5vuv+6vvt07ndUYUvAPx32b37p"
    "XfEPbWq+eEHFw6sW3lfU1izwjKdKXAxOlmQnQ6+bTq4qvhFRiMbVx0GfjMsEj3OudY6Iwj"
    "rXeZ0h6pp+dDYz/gZR129x1dOirjHWOlds1HwuUSFoGLpNJxqv1LBNCoJ3IAlvJPYoBXib"
    "S1wm3SKUD1GRL3GiJFdEufR4MnG3YYdK1nTp6Hm6u7h7ZP8WALRi8L1muz4ryrKnfjfWof"
    "O4AKQLa1BQS4ST764IvuxroLvHm5tDldSP8pckEe4EwWl3kFtCsMoU544m2es2Yvhjm3fd"
    "PfYz1HifYk5VPumIGvKCkuT37EVMH53MRR9fr/y9P1tHVInnn1xa+tTEskB3JTceEb94gI"
    "PGeMJAPkWPoVoDG7FksQGvoL8xxYsldTCZrNAzFuX8ve8Z9LaW1r+PpLdHFoZvR6iEXxv1"
    "obMlwl6PugaH1uRK9oUnn44caEeEWwh78dHhbTGiFFPlAHGhNuxrdaQloq0LfBbfaw6/cI"
    "1atSB+WKo18bSKiz0aDpbBnl5JfC2wVyXxepomMhhLKSTuUEc3tZms5sS2DR8RA1dT3j0P"
    "HJZy608wM9d4wZaUe5+6t6NCrTnOi/NVU9eayBDdovVtRFq3cYvXQSBenQ59MyOXEK/+Fl"
    "cd4tWHe0ml+4FSUd3i/WmySltWi2uIi5YeF6VB3GZPgLMmuNdsA2eFNfzg1itAt06ZlwXn"
    "wvn0GQJz0Tz+3UG5+1AVbBTJ5/RCUjZmi8y2DXpl/18nTjwGtg6B8QRRL1x2inrMMFohkZ"
    "GHhNMrEZKr5rYjMnYXSxux32xYTPVhs/4d6V7a64Qulq4jWmFj9JfL7mE4K57u6iXFMhVI"
    "3MPCE7Zx7OBL8XtNKLsPnp6Kkd6s7GuYqxF5suir3eH9r3WCqMlje9692J+EfSMLcdFXy3"
    "DY5OwT3mWb/YD00F7o9PTz0SCcVyMXzZZ2VxUndNbtXVe0ohZ6gtW2dUywNX6ail2Qm6NO"
    "Df6oHKC/F/pqWbZRITBVJC7K5uUuLjGZ+jVwlNIXv5wj+jwi9727K5G46M/D0xYfBkEuo2"
    "N5qYxXve7VOeKFTOJ622HC25AUXfDGF20HlaNKUanWeehLCS0R/NXR/M2Yw2crEYckwvr4"
    "aZPueUwYpG7OZpQRUVjnOq+zr1zlKcMcEoQ1rvMaQ6gt/c0JoTYItUFcqH5xocNEMAaYff"
    "mJYRqiOOnAJUeSSEZyUCdLRMOKiGVtTUowWuq2zTNouOc+Ogn6k47P0Suveync+YulbuFp"
    "J/SJxQSc6EeuOUWEOpJupOXeCxqQ1qsBKTuOrHxaQVQStIK6aAVZaFczgxg5Nf6YKOj89V"
    "H+kuvMfunTk4xNke4WC4lU6BMbY287NTFdyX52bW0yx5NnrBgijYiBXzcZ0KATrgh8VcM1"
    "KgWwSlmCeXZsUhDATQFXddPGxQBYadaQSsxsIwBgJvknjm6YSomHIZG9Ug/z6Qf/mLlkIg"
    "zQsWuYjkHsU36//ypLZ6giIzHhTjqMtyNSN0ji6IjXFdrt45D0FNrt43iYY2YJ6MTWxTrr"
    "JqKuM6ZfuR8imFA4JaLVRuxzxAmIDmY7Y+VRKMXH36Hh5+v7+96V9rnf/zJEhiBcJrwdld"
    "x1RIKpvrPDd+v4lEvk0Cgb9HiiW5aBLfS/+PDJM/uybNUWY2yd8PvxdcdkeurjbZ+uv+np"
    "iMRirNxZw76ljixs6iu0YP/n6M/Yc+3QV3TMVoMig/1IE+s2ZqMNEwekUoMXlkEz03iaOy"
    "fZaJ3B0hOa4Hb+HuKYxCPB/wbiZy2Jn1BiJINJWUKJkdBjpAB4TKyFUJeQd+odtSowh0Ra"
    "CHHxDpLgHaa4m2NiLYS62tpE7eKAJrmfV/273jmaUoKB89l6CxaYiN9WJAM4vlVxfIEL2P"
    "6nCYqtpD9h7Y36AwO0basODFAottJwSIFUq6B8QLEVKLYSDd49u7f6cun9xmTobnO1kylw"
    "9+xqC08gKzPZtdDwy6MI/nodBfRNGMslvGRIOLL1nS1GG1MJ73ifmTJUGzliOEY+i7fG3q"
    "sUybcSjiqNh9zUHucN9hUbtsbj0C9YEmCl1MQ6SdnSYbkY0mMmWBbUwXav1ra/6PdvIpr+"
    "xXUsinr3eHvRGxz/IKBngwwnElwFq7u99lcWqxvsr5LYwVCTam88wfg6pPHFtdL94R16s7"
    "QU081DW6cM0SHPMegLpuCRzO4KXe5kMbzoZmymZFDO3ONN2LzikHyWJ8xZiscMrg4y6UQk"
    "a54wi0l30IK+YK+6pP6iG2JDrCtEdkI8xqRJVtadRkRMd+rhyxlLpwwjc6X583u0Se9unP"
    "sY4kyeogeRlMrJjI5rEZt/Q05TdKjHWXyl1nMZmabAOeTXoNhkM17skdC5/5CqgRqTAmTB"
    "oFOCul0GXV1yNfhr856axmSVqnf4lzPpHV6u5JJLGFkTNT4zjWDhTuZcC6CuFXrVezqCjo"
    "JC2DzZwMamecorYYuf4lXD9vXk73gla7HteBVrrmi8Gs6c/dPXiyO6SCV3HRFe0Noy2C/m"
    "lStm1PL0muGXx9O1rsOeYn7dmxiLGt2eO2w9As0w9mts+18qu5ManNCHLIYx1y2sjZcquk"
    "dIpLp35A9v2P+rNcghUPUZdlba2J3NZKHGdGTjckCCTdXsxJGUxDY9mzMpCf0k8/eTBGJV"
    "2/RAIFZ9O479mh1e4Nev+DXRaL9+zTZvs936N8yK85hsEuN6c7GzzbTmbXS9hOeM9nSXeM"
    "UDRF6+qCfAbFFs2+wyT96naEzdp7mDjsfuio1ixqnwp590fFbU69xgZrHFO0zZDnrGqw6a"
    "WXThfz7AU8NGE1M3FknOVbW3ltq//u34dXET/g9/Qo1NKCkiwDugb4ZD4YB6OvHXi5mVxb"
    "UWaCF368ObDNytD29SuVv8UlRHCj8iCiDHxHJBXbM3Tixz9+xDltTdsw/pubv8WszNz48w"
    "RVJiWKaYHX3YQyWC8rss+/ld+n5+l9jPar2g9mkCVbuT4puOSVW6h5vpisjCMeQ6kZrNHJ"
    "KAx6gm2V1tx9TX9RWdOxEhwHW3hydkUu3pguAm73AzW8NgzuyLiOyw3e6dwAAtDtxrf8aW"
    "Ahx619QvI7GpoKamJNbAhxacGSletNCRssOP5j+a2Txp6RBD05F68SwcwzElWWdbSsEFAi"
    "10Dn17ReASW/nInszx1DVxsPKZq8ANLz/3rh5velfnaD3HiNxc/9I7R/wEGZHe3RW/itnd"
    "a1ILTjTOsfN23LHbyxVoiEEu4QYkLXK23/IscUisfQ6YNq1vjfpm1cwh36ZVFm+NfI8xrH"
    "AjVrhZ7nKg7hXjL19axgRrzPi06Itu5tWUk7PUt8LoEb921+sJZXhEktWTu/f3g/4v/Kr3"
    "g7gePej93Lt84J9Z+E/R1rMeGrQH/BRPjHzHs0wejuk6H9Peinm7kP2Pbsv821tKBMnF6/"
    "u45vQllFIQOHjRjVdqkZuEHLBzITm3OmSjh7zq5k2Rhi0sC+uapmqsPCID2zdLUJcDVkBc"
    "7NFudVgssrEicbEBU0IG15cPR9Lzt4iAbmiqlqIbe+9kwHejBFS3d2t23mYFN6EvpVSa3f"
    "aSA5B3gJzyXlcu6hvv+JsE/sKX+/hlgM31wZDOBWkbYSHBmSkAo3byZf5TER9DwLadkxEg"
    "m42Xoa2XNVvZMl6xmc42SUan6A+bmtM/ECXmCj2JSl7O3OJJR6J6xpPLfj6eosd77oTgou"
    "tWq+w2toOWujOPu6TKu9OIHPNJ0P9Cfzkr9I//w/+HQeFous1Ok05wL2Q7hmkiusTkxCs9"
    "wokQY93G3/Nx3r2Q/sR2AJuYVxzhSgv78pmypKBKyKHZKzNTt+ea9yKZYYnmuC3LTCLcJv"
    "Onkqyz8FJQauVZhJBYa8qKVIx95PBTOGYScm3a/8U5Vaip5E/xh7dmMxfnBsSWJnJLNdNY"
    "GJJQUboLMCkJ8CbSzUxqY1mm9bYOAhuhCtsHrD9pbP8AfnJamFe9lSG+9cANi8EmhsSkin"
    "CFSr574wmJXgdL9IL6/LkL+WyCAeBCralj8F5f8cr7A1eapxW62tnmDlx64zTLzZilddRF"
    "Y93xCvna7nJpGthC/iw2Oh657/D0w8h9P36L2X/Pfvob//fZDyfnaGnRJdcbeZ0iSjCaGY"
    "Q/eci1sdVhUxhT9DrHBOmEcs9ZwGOzJXWPDvIVIAutXn48tuIaZ/cloeXswRSbMCSzjTHY"
    "3ENIhiX3icdUO4c6uqnueYuItUnHq9j51rwUP59ofKS2DEdJovJ99/rqXJy1I3LZvbvs3Y"
    "j0vwn/pWaQQqhcNipT1agtRaPipMmARJ2DnRwTBWJynYnJkD+S/oi1N39k/Yiq0kqTgsAo"
    "Ta9hBozz8p1IQNArlaAXeuAB3111thOH4x60PIO8UGMi64qh4lUa+u6Ba2+29mBfrmvJtS"
    "Zz3U6vpR0d0NnqYPKHqtTUTkcHfDA188FwHUtuxqY4YAKB1hXVfZvFBn2bboO+TdigzXMS"
    "TC195qi6CK4G3Y8P50jIjsjw8eL2+kEkLdvueMFbzk6zZjcz6d4dm8rGhM102b/7eD24Fc"
    "4FSmaGteAj7ruDh+vuzc2/tEHvsnct5lzqlmPopsnj7BNs+LMHVzefXd70h2I6wX8ozn1x"
    "lqUe81l6PeazRD1mgh11515IqDUcg4r9ei96DtxDQoB7Ptyb5c5uF/b+iWxpFlWrCpgQbF"
    "8+f+EHe1CtxNZ4LwjDkjHJhgv2LtvhworPUGHvy3I3/9uzn96vtzv/Y9sGH94yTSC5owmV"
    "RRXTN3Iwvn37t4x6FLmrgED9j1x4469LoR0rB8sTgntGzOvpWskYMIdAUfoebm+gaG2C5i"
    "kUGZOFQHCdA8Ezw7IdbY+wv3QCWPM6r3n+CnRQe645q8y9gXmO740YrG+d13ft3M2jm8Vk"
    "YaVrvdLC755nmcOCsMZ1XmN3Oc1pZ0Ulwc6q8bIn6gsBY6xEOl7eGppQPTMDuDGzTxXjNH"
    "GAGmrtVpjo7dPkFLO9o1KAbIaUbx+yJMrqecmhqRoGcubk5OgGg3KwBeML5WBrxjaHQrCZ"
    "4c1aAnarrgYo70A5TT3dg9hvGmRfVn+Efn7D5mvRGR2jSkwwm3pPuAbeLG0F6VCZIo0Bq7"
    "JUEfEo7koXCZ7XrCkj2vrAKDZv5PejpUhEgIK8h04i+cuRvIi3lcMDazPFjme/y8lb2Tgp"
    "2yaIq+aj6181DpI2Xips7ZhUhZzct2+aUuvRq4bpZeSonRoRsdaQ/QsGdtMmUgnYjRgAm6"
    "hgTBVbl1FwqEJN0gM5qJeSbF5ln0giPbxhGGf1jqyfVKhFWptapL7LRCvAzeT7TdrmYKrA"
    "HcC+1xA7jvf10twBoUGdDO4ANo73neDjM1YqvZyzn/39K+/Zs5kDLalpTFYdUf/Toq9oiS"
    "30jFfo2MYYcRQwmZ5uxp9640+SVUiLn36P6hbsFsnNnp5K5Q9vXRGG9+8y5E+9f5eaPsUv"
    "bXdWvOimK8mi+nnYv0vL7vYF4ow0Y+Kg/0GmYTdRDdkCM4eCz7ymnQXwHt92f4sjf3nTvx"
    "DghPhkfIKLuGcDaIHfCC0woZymv/XLfJMFQRPJ+ysUT8ngxA7HcLK12WNzGS/YWq0rj6yb"
    "zenBmybobXfMAWcDHIpsh06ekU7EH7xrnYmnT2yIKGj9avFMNCJ5i1Vxwy3e94lpiPLjeA"
    "ZO+IM64QO9Wa2cU1SqdepE8TWdQvtdAeaoVC6Ya0ZAKEdtC7WkYPj4r/OYAbitsVVIqsLO"
    "VsH+bmxjK6g2BdWmviXcoT5MufVhPCVUk9F406uVxMS+6e4eUKwkfQM301rOUqwEAo1FBh"
    "rX54lqSldSEJK5IO5YftxRnrER2o0FINxutnvyyT0szx0CkHndtmlM5Bii2d23ZbGQwed5"
    "WOKxpk8meKlOeQuLtcaMBi5h3YGF2qlbegB+yOCLYKO2dAH8EPdFAKG+Ji430fBXzQ4Li4"
    "AFJuUlc6VG2WcQEmrThi7WccA0RnWnwVoIcAXmd9UeGGvDatnTSdC+fOOOzFGwflp3s7/9"
    "U7NoF1fLHANxlKPvmgy+LiDZF0CyT2hdBUB6EczTLI0rK6ZhTVM5daFMb9i6RpTEFRauH5"
    "XuBwtKMIHrq12urwlbahX/QTAeKH4xp0GS4if+VwHaYHx1HpnKwC3FJ8Pu6LBDSFPFOS7X"
    "Og9Y8SzKALIlAyoX1mvB1oFd/LmBF7phqoC8FmgduKWcG/p0amE7pZ+uHOGQSOswLoW7t9"
    "RXC85Ud7C1sLWpvpLAne5blApX57t525QokGFr7HA1XlTp7RE5ILhnJ7gDnzJ9b7eLT6mQ"
    "fRhKNuHOuCJrWjZwH6SyfSKvB4tO3cm+9SwDz8W9N1ubwKrCGRRUuNziEwoVwdztGtLCBT"
    "h3Z7h2USD4nY18UXQ8ct/N/jYeuT/iv71j//3x3Xv237fTH0buT397/+FknZDKyyrc9zto"
    "wV1ueJ16et9nk4lYu+1lpLLP/nJ14hiOwT4KV/6KZL8e8suMCL9IqINW2AluPkXHsiIR+o"
    "qjbm9Jpw1Xlvfn4lmZkFR7SC9baCEUrI6oVAvdQsXbzgFkqi2O43LfdNbQ1FUHMCxTPnhV"
    "ng1q2KWwvdPLwqwFoCzMHmVhmpN53DpGXnOSj1sHvUMd3VQHPyIG8OeGH39dCoq6+grEJW"
    "ERci+C7eiOm+LM7xF3kWCmRKmBa+my1OsCVJWj2+7D5efe1XlgYI7I594N+3POftqI3Hev"
    "2b+XusH+fdm9u+zd3PCxE/6DTTNp7GYLvGSKu2wJu8Q18zll83hpB0r6UVyuejXp6B8zl0"
    "z4WqCxa5gOM/lP+f3+q6z4TNXKk4VN7KW4qWeTxCUhPJYlPAZxhHT02xVHgObGVWWx+EFj"
    "y1XsC5sUBHiheUHZqUHivZmnpkhcEDYrtDGGNsZ1cHaW0MYYquGUVg1nfY4WgHDbq+HE3z"
    "kZWuyGtKoitrA328DN0oW7oTAn9VDow10kvln7cB82QyvgMm0h5YToThlIOWGqVRZSzvDL"
    "I9LXbBhkY9O0kWuzL4wdxEtZeIwWdIy/Tkx3ylud/NJ9OOkgdkhMEXc6CK7LwiDGwl341e"
    "J91ssqWXa+ihvu5MlA69dDE2RyllaBqirFBFH4oyQqnqtS9ZOC1a3CT7Xe66Hj2yB+B2u1"
    "BscJuQr7wDYEWsNm7zc8w5Ylqy+2KwciIlphGsT6k8bmQUAJFnBY1RdZcFhV4LCC7qbVdz"
    "ct0wDtmtiSmp3ehc42Y5MubU3nwxSam4nx58zyY4BNDcGuOH5mS4f+F2+TeYIYhDZvQOag"
    "BRUpFswE1BHTMjvMRCQOz7HQkcVe8MiZW9R9mov0Cra1ZjNEXWdMv8p7nFV0X6nNye9z5O"
    "0c79aa33+TTZ8wQH8Xn7LPhNS/lezRbTZTy0zSSiyldMM1WNKsjJlgPGRzZGmSFn9OsqKc"
    "EGwh3H97nwHuv8XpLhu4+aVY3ocuAXlLyocug/bbSpXhLwKVjRmMb+F+LP7xN+lEZACrWU"
    "UxKeBHSCvTGkveSVKJiRuVAh5uxJdSBA93gW2bKefJNXnAX9N8hBuRVhwp29ievd8etkO+"
    "Jnve9O8+BcPj65Do4GfMjC3HzNb8saRwi06bikMQQIlOX5B2UaIVSquU6fDglUbcJaeUSJ"
    "wem4udbY6PsRjGKRvl10X9nScrWf5GB3dAPd0B/7+9q21OG0nCf2XKX86pYl3O7iZbxV5d"
    "FWuThI1j+zCb3NVyxcpoCLMRGk4SIb66++83M5JgJI2EBpCQxv0hCUHqkeh57ae7n256Np"
    "riVMUGr8sVq9cvZ8Pfbm8Ht2+7KJIfu3fvu4h+GbtvegORgDazyJ7ZZ2VI//Ip/zKEfzax"
    "HDxV7Cv5dpokYsS5KpXdVwY6eJkPHbzMQAczomcHx/cbly726vKyhG7ZXbnKFddS7kHyHz"
    "x5fAqUdQQL1vaknDFVtOrOsheUSxoIxFbAGJUfD3qga38iCAj0hnJSzhi91m1k0ZUm6LOV"
    "aAbgwx9rDuBD/DCjX6tLklLN6BajcDjseVQRIZKPwm0EDDjO1I3A2SsvBNAWOltsSsqY/e"
    "B4EWVbrCCj1WI4LSlpIJzWEvgs1kkhpcCMuMSf79XPKdEjdHTDcOy293NDcNIry7WJcOYr"
    "cNLtxU4RTjr3JtP4zgqQ0t+FviMQS5QamYgxB0k9J03qgQJIFZbk0S7Fc4ISPLWpt5oaJt"
    "JCoqvnrZiB2j7+YGZnTlXcQ2mvSd0REHyrcwiOO7+006R3f38z4L6RSH7sPlwN+/3QkcLu"
    "xDh0pbC1tT/8OOh/6iLWBdj7SvB67N69edMfdhGdzbA3dt8NhrylOfF4O8P+r/2rEf/Cw3"
    "8Kbsl9HC/Hp/3z6cqbaq1TWwkDrOnKawxSFU13PlIR32+AausGKvBi6dAnjPWiEVNSBsUH"
    "HQ2qgMiffFWbFfkj9/pqae/Z60lJ6PWm9LoCyMgWfgrtdF0uQVkI0lx3p7lKcMiBuZi/0s"
    "f7bWMt03Jp6qXEANNOy5TLz0SH9QMrmw3idgxSemIdEDbMgUq6422YpKBKUVzsRcHqahxX"
    "utzZheRu760+6hUQ2zoR2/xs1t0wTBsyW8+u3g1urq96w34XTefEsaeWh8fuB3YyGt4ORv"
    "+chJcW7EU9lwRPk/D6u37vZvSO11uwHGbIl+uqiiMuWX88qngsCuD1jYQB1n/ViCTx/RWz"
    "MVTlEAqqyMlCB+bFNszo10uLxd+WhBkNmupLSj3nKnIAieRP/HYaxwCJPMdeLwOJQFWQCr"
    "Hl04H2jZtB1SJOscqOADn1paZapuSygFNqgO0mVgOe7xp5vpP0AFNl1pUGTiVhK7eiPYMG"
    "dl2YVaS4YuRqq92y+NVE6uBytHXCRnlCoVxXoonDaIk9JLXd4QRx2Of1C9H5D5eIeugnzi"
    "PnvxB85VFD/EyGzi3ksfGwzgZt1PHMsSu1gD7jwEeE/aFrN3qk/+ICjeYYhYMReXSNiC9o"
    "7z6vWCf/LD6G3Hfi4tTyPILDOz7hK7pAEU1JPjPeNIk/bn7FhlZasg0hqPOUEGG2a8pmRW"
    "YE4VylLircAuikwdjT6VjDmqY3oA17FumKQBsGtGEN6AOgDWvYpGgpZlqqkrJkwumBphlB"
    "2Ol3g3sp6+xA+CkVa9IyVZeGoTIjTY3ynSipk648X42nhFc6u0AUcRvE/5hl3E9ZX2fVWs"
    "Szbh/xEHla1VacqROQQI8ibSNgxAk9nWdWhuKP3VWQaZal+ZPeLKPnfFsoJWZAbNTpKFyI"
    "u1KS1JXgcdmK1ncie90WNpel5fsTf8pOWhq6TQqBVlXVA9mxhXxVKHVX6cCtXI11A+PtsL"
    "VlA8FYzx/bZhnrGtw1Uq449n2mtgPd7SOuVKbqh7C1Fo6FkzjbN1E3CptQjsgptArjuBaw"
    "C82yCzfxSi7VMWFSYmAl7rQSgTKpSsok6hO1dVjA5iPJgJLLUfm0rQLC9jCvxeVzNRp87H"
    "dRKD12b/pvRl3k4JnYPU5c8qBmdrCmuSKNJgfbrezT7YjHX0+YncFMEcWCko/oSSImjOa6"
    "4TzBKKYZfybLPOvoMyYsjJ6JoFHWUWFW8jlnkG60gVUZ6SW0iJXZ6M9Kh/wsojmPJZHnrL"
    "kNWbFmdElKzKCwLmB7AwwYUpuh17VSmyEUv6pVdOVjT0+rksRRtqXW490F8Y7xCMyqVzvY"
    "8UZqqmVjtmykY2q+HkCfl2YW298JaGaMaSob5whEg/fYm1FvwcfwEJtMOBjj+IfqK2pmiK"
    "fUs01VFrvi+ocTND4EbLUcRW0ZrCsS108+PGjBvHGVjVlInmKyertz8Yiyv0rusHuyWZz0"
    "/FJ2a5UObWVYLA4KANlyzioiQBKEtIUhIEkKXIgBadWZuIMKSttP59heOfvVFEzJGmjGt9"
    "dsz6I1S8fSq9myETAger6GTIXNGilWd61seoUopNQXu0D3SKlnl/j7K2fA7iCWrXSN02GJ"
    "XTs6hupEsdz3b69F9alIfuze9x4eeB0pnj7AyYHe9AY3/P8zizhZgqITxLbMMLb5kSfbPf"
    "khAbKMAWtU3SEB4LTJH+rthO/BafMce72M0+aUvu/GdXNFzm/g+q2BtEIuTX2gFydR5rpl"
    "Y7g0YUVqAgMpbaNIaavM/ZKKfCmwv2QJsELw70/6OImKaQH8Zxb8B/wVkJvUdiV7NG8Ilw"
    "B1aPNH89nDu7v7e14j3J/T5ZJXCb+66Q/fdxFTjvdl7D6M7ob9yYfebe+tuIs7aCfhtsDu"
    "vf+Na+6BX1muvOnc8vm3bwa3vdurPntD4nLNjN13f5/0rj8Mbrto/m9mWCyIO3ZvBh/77L"
    "Vubri0Q77iiY8dJ9zStRN2Lsvk61zmp+tcpjt+zqy1KV25CkM2d2NIyNRnzbxs9P4AbDsn"
    "x+JamGBJl9jVBabv7vtsgeGSfBG7E5D01KF+IyBowEPz9d5OZAzw0OfY66XwUMDsqjtFQI"
    "YAhLQ3EK4rF9IOWOjJC3RtQOtD8wUMBPgrpQu7m80EKJtBi8MLnR1AMZ3F4eUAEbdqi+kU"
    "QMQL6gZz52niW47lPU1mWLHbFBXGUMubtLvXXBxDMEloMgDIMs+ayaOFOMvRYgB7V1f9+x"
    "GHXKzpFC8DHgd43b+6Gdzy72w8dYjbCCCGvQqx9zLJk5JHMMmbeRproQWeBV4AbsufXe0E"
    "XkoV+YFANAhEa4tyIRANAtFaodxGB6Jl6QgUCIOSs6AQbVhuJSYSbcLuit89JGzSv/goFE"
    "N0Jspux8TWHbQmwVwUumZGK/ZFle0pXSyI4J5HM/J5xTZELhbMRd1u1hqyRGnsJ7TGHkbr"
    "eeQblat+1/TcsctbiB6xZpfXHgkC7KJz3p3MGLhgk2U2u5D09yK/hjeWWOKZBKE2lOo+KR"
    "4TdUJGsQURZRuJJoc57RlPVqTM2PT8Kdf0/CltelLPVjJk5A7brUB9R9K2lOIRq5g+YpgQ"
    "M0ardZfQ3ewb+h2QlYVe2K8XuHYmj0uN9USSMEbpx1tQNIulnaBOWuNPFsklAvO2MwrNj/"
    "SUZSDME1Kujzi6zcU8NxWTtAyilBQsYar9FW9YU3T22KQUoJ070U4ZBTgQiZPLzrVs9JaF"
    "41IzdzfUGQ9IADp3aDY1c5sFcyZZRFUYZ4ZntBjgjG6fzAnP6Xoqh27GD0GRVFdgjB5doy"
    "X20HJzlf0mZAXiosgY+1kAjzw1Q3w3t3zkUoRd259Q9yIDZlb3GAgAaxjgCEms1SexigAt"
    "f5+oLh/CutiOG64fOsqTRJ5zURxmdfl6c3srYQAAUENRQbD587Vvrs0PsTgVmv0AqEDqXh"
    "s0C4jKqRAVyIzUUS9kRj7b4LxkORcFaJWp91KIWYXkQ4lSM5AL2Ko9q1MABeHZDE8DzgOl"
    "aWun5J41VgEWN1jcYHF3wOJu/k4AFnf1mp15dDHZz+xWiYKOFTpmq8Z+Gs4Kgn4B2zgxtp"
    "GY9gBwlNGxaqUsgXJI0x/0XEbP2fUSsKTngyWl6t0qwKRsRdxCNCkuwzvxxP0l8zvvpJxK"
    "RMI4Ix+LfJYuwq5HHQfb6NziSZE2+8R/xYsOj0ty0eZL6iGXBnJKJs8lECmZYSW4bEhUjc"
    "9VpmpGz+LXNzsw5GqeEi+LezWr2l8odbDlqtUri6WU/MjkWru8KfOo7u5uEgDDL4N0HsVv"
    "H37pD89fCmSB3UTCxe7U2UENU/GxTaawUKTmwN0KwbAtPWzZcq9VgiW+H7DgMlgw0Hvna7"
    "+dWHCsoyJ6b4ArK0vBDQ+ZeopNCoFed0No0ln+QIM4Nrketi22TNVljePkKNuNowFMqaPd"
    "UjDlaXGHeIgXAA/SLCiHPESDCiJZzLLMo9QZ/VNhQtDAQ2F7D4HZiACR4qPfxZIYdHCjO1"
    "j8LFXadEEB062IcQb08dMSp9bSmpJA4ZgpYOrdigCwlk/SC8FppgASpYLT6MrzdTmvZRkw"
    "moHwGlLB2qvZAqwnnOdHQCGuNg21TMGlwx/kFbFEZAkE7+hoFyJ3Gh25I2eQbKJhUs5Zje"
    "J42VAcQ4Z1tRXylti9cggWT8uWydte7RQBjJz+aDIVN5bmrF9aXsD6B7FWHRJO1Av0gNm4"
    "CnxkeRh5lmvTBfr+1evvHkmAQu35yJ/TNY9FmuKf2d/OEw8qIh56eNf7jt2KiI++4GWAzi"
    "3OxTQ/S6m+tgePXTpD7CP5PP+OqcWjyyfki4cgF2NbsET5Dl2j99dvXlyg3izgr4Q8Gog3"
    "EqFSS04PRld+LOgHxHEQO5fPWYv81bGPVuyTM3b/iO+dhPdO8LclYcd9Zlz9gc55Y59Zh2"
    "AUcqezBw7xV/oF213+HgH75PIfQHx/hW0RnIW/Yu9pe8XDs5WPbSC0aiD2G0485bE2HzdK"
    "CB0HOTqtkhPI0Y+XJZCjHy9zkSN+KRXVYi30olqi+w1kC3t5WUa77K5c9YprmWC3pao+7q"
    "8Pd7e54W6RRBo6ItMA/Rc5xK/MODv762zlTsVC/bgiTkBc/4I/729VAaMFCucaSqBGGWLn"
    "NIdzJwkH8QbSxM6Ctt0hCxLwujSTBVHYHMWc7xnh+kzn15etIYAPN+v4pFJ2cUmJGbjGHB"
    "/6Tx+QdHWeJw9eF23Vb8+mui6D4pagPmqTnZstLFVsCZIPzWl31rsaDT72eVViLj12h/2P"
    "d+95SWIvtLnSNmmpM9frMkeudPdKJ67X6UkZvcwekzApCZOuyZMOvLP5E8xc7ywkCZjW62"
    "WSBMB7XKOPEzxFp/AUCTz6QEcRd2qMeDstXL1yfUSJg/bqcdP4gbr6hB/nlH55kFo0SWtV"
    "e9bCYZbjWNuMwR1+te2YL+FWc5nVMcW+v/HcCIdOQJGFQsQfnUf/smlpczcSa4j7htzgRT"
    "d0a5HAl51aggHTzrIDVPuo3T6m388k4/9fWh6nolqhhjmdaqkPmu+aEkNDG2pLShnnnKqg"
    "2go4T5rkPNkf3zw6ntnQrbiF5lbWypbgvNT+UsQpIUntRyqxV5duvmktrQQgWfnbSzsxjV"
    "J5BvmxLfl4RkFoCwRs5wYQHQHISMYLtkzJpfEMeXg1KW08MtZ7QYAXS2U8Z+qOzk7bcx0K"
    "TKxQoqQVOppjxNojIoTQoZ+7CFvTOYoa4SYiXyWYnRjfJNHDWa6/xh6njeP/w55HvaztWc"
    "UDjhzVCDZmXTamtR3NJTcISQK2B1VUkvC1M4XZWvRzSSlwIihY5/lqo4OEbASMizKqhBzN"
    "Xnlhxs9CAYbkDtyUVH1LQluiFMH0yle1uaZXfHZSGl9Fx5uUoElbbA1HnQI7LVbsESy1yB"
    "K4llpsWY+UNddSo7GBBtumE/ItNrmfSpps0e8mWMNoo6vgkX5DdIaiVtC2la7g//bomueQ"
    "oXP8lRnBHST7ml8wK8sjnOuZs4Vz60rUzbNCqJ81yr5SmnLVP3bsPq584nJvZdQCXyyxjR"
    "6fEO9L7NoXUV6gfxG9hH8RvcXEXuHQfvRwwN9JJMhxMTqbXSD+C0SjiNiI+GNXsJyzbmRv"
    "HqXRxYZpyHq+dCxmkPqUfZxi/gAf2R5d8itst/QLCNFTbnjxVD6u06zov0vhsi7+FsT2O7"
    "hKm2vGbjpTxzz4euwcvlNvsxVn8YUKEzrSVnMsZaCif/i+hKJ/+D5X0fxSmm79yaGWYjDn"
    "u6Qlkfp90qdxeVbifW5hngU7t9hchXo9cHbfv70e3L7tokh+7F73bwYf+0OebBFt3tjm3/"
    "bEF1ZDUi9kNF0PsgSAQglQpM84Gb0WoxQKcchqaXLkhWP5wWQ/lFolClC1gi2N60kbr05K"
    "AWhdCrSON6o9Vq60LCxbTV62AEfPn2fm4uiQjGdar5dJxpOxOs3iMllJk1wolVWYSYGjx3"
    "GQGJr51EmXmsmOOV1HSca8nTj0swJQ1s8+k8LVDFF/pYlnqpGb71lKD/CS3qVMjuFuB9On"
    "OeaFX+PksLXFlBQ6TvzIGxP6Unw2T5lSY9JDnheGLV5p1gp4ydgAncceG6GQqfe05AllJE"
    "CLFbv6mPUx1fbkscs3NOEa4kGIvL0wMjF2QgJ/YgP5E1eeo2PjRrcb6AZ4VYrY71UBsd+r"
    "LLFfOM90HAFbCchNO753QKxt2e4Y4W+5xQ5jCSOGfJGN0f/HqFjhGxPj5u72bXx7uheSCi"
    "f+ZEsjpZEnlpCrMVMsXtkhUQzs7YbY24CyPMdeL4OyQHrgGaQHNgtKOSg9MOMVIipahz0w"
    "FAMDfSsFUXpM9dP5mQI3ia50iqASa3sPlNht0yrYKYAJeKCuElvOhwokESNspxq84XxSaW"
    "g4ut1A7VZSZYE9MVDu5flojCQCYZmawEvmUFVnnsn//g+yBW3s"
)
