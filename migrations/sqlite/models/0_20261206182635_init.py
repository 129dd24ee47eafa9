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
    "eJzsfftz4zay7r+C8i+x6yq+E2cymfXuPVWyrUmUsS2vZGd3b7TFUBJkMaZAhQ97dO7Z//"
    "0C4EN8gBJBURSJ6a1zJjMiGpQ+gGA/vu7+fydLa4ZN5/zac1xrObRMfHKJ/t8J0ZfsL4Kr"
    "HXSir1aba+wDV59wuZMpH6fZdCC/oE8c19anLr02100H049m2Jnaxso1LMIkuogNRj//Hc"
    "3w3CDYQacTffqCyezcwVPPNtz1OZ/u7BLpaKI7GM2NL3jGxTrIXWC0wvbScBw6oYOsOf9o"
    "qru6aT17GBkuesF4xb/NzJrSr2OQ5zpvPCanOnK8iYPdcBCfjE3zjdNBmZvqnruwbOO/dQ"
    "bRWQfpZEa/wIxOjJyptcKXfA6Ks42p+Jtu44XlOfT704Fj4uj0K6PpQieELg77Fkt9jegS"
    "IIugU+KZJv05phl8leXZOQPGI8afHtZc6xnTD20Kz2//ph8bZIa/0IUM/rl60eYGNmeJDW"
    "LM2AT8c81dr/hnfeJ+4gMZ5hNtapnekmwGr9b0B5JotEFc9ukzJtjWXcymd22PbRX2bYOd"
    "Fe4e/5tuhvhfMSZDF1P3TLbhmLT/BTafnWja/eBRG/UeNe0ksxlDidg2CT6a0iWmG5l+VY"
    "f/+mf2Fb69+O79j+8/fv/h/Uc6hH/N6JMf/+PfegOML8jhuX88+Q+/TtfUH8Ex3oA6pU9W"
    "FtbrhW6LcQ3Hp5ClXzmNbIhjc6Fd6l80E5Nnd0H/+f3FFhx/7Q6vf+4OT7+/OGM3tOhB45"
    "9C98GVC36JQb2Blv9XAtpwfDXQhh9ssN0ci7WD++F9AXA/vM8Fl11KgssONn74ixHuEW/J"
    "Ue7Tb6WTKc6gnZigyZCfjH4ePDz0hpfIWVgr+iIYk+vb3vDzJaIw2S9jMnocDHvaXfe++x"
    "MfxY5rbakT/ZmNfXhiGI7YlZVn09PaYZ9+6t9376979BsahMEzJj//Xeve3PXvL9HiT02f"
    "LQ0yJrf9X3v0a93eMmnTeMWag0160/QbrsgWuHhXYAtcvMvdAuxScgvE3onZTfDLaHAvfs"
    "xSYqmlnxn0/fU/9Mc6mVdFVVvg5G9zj0zZ6qKJZ5iuQZxzdr//OjnQs7gFeAYTm3npOH+a"
    "ccBP77r/TK/F9e3gikNmOe6zzWfhE1ylFsbfgcZMalkSQnstSvAOacpJWDf6kZomuwIZQV"
    "iF8qsQqsUyCxCXAezLY284GrVC6OsqC/6VRd/4OsmxGeJyqQWYUMFDvRBCpbde6K8Gg9sE"
    "9Ff9xxTgT3dXveHpd3wd6CDD9W2uwKiIbXYbM0g03c0ifkOvuMYS52z5hGR60wei5+Ffmq"
    "OUFdeD6Q+cDYi5DtZ5y4I89u96o8fu3UNiVW66jz125YJ/uk59evoh9ZBEk6B/9B9/Ruyf"
    "6P8O7nvp5yYa9/h/T9h30j3X0oj1RlW/mB0Wfhqillh1bzUruepJSVj1pqx6iFFs2fm3Zy"
    "6Z+UvMf8A+YN4kqjLMtMSV2Paghobg9XcViH36PMQmdzwJ9kDgC3xycBFDrJmvu82ncRit"
    "CysPx+yl5cUy/Qk362bBvdmdAqhurakefNGMSzW61tnmUDWDUcW8qflogIcPPHxNgRY8fO"
    "318L3Q31XWuRfKNhnok390h72fB0+j3uUmtBJ48wIvXhk/23cfCizEd2kFYrMQ7FJyIahu"
    "QNUHwas8f6PHROpbgpND+c9Sjswffijiyfzhh3xXJruWxNgUKtF4aix1UwyxKVaefZHzQL"
    "S1ypMI2pvedf+ue3v6l86HlEUagv4+4yM26a0kcfUlANetuK5sw2IhZAl9LS6yW2ur6lD4"
    "7t27Rutt4LWq1WtVypKlSsZ8vr8lGzfDmqGC7G/Sps6EKdaYi3pPs/+BTXTbZlf3dqCobj"
    "d92ROjEZtD1Z2kz/7wHHeJyb47iaPUjWZTFa+l9YqrQusumEtVrPjD5+ovuAqw2DyqAkWv"
    "EGeObUezPIFxIoPVYzCV+lAZBJDahpRlz/aOCgzYHIqqBgHJKo/VJAPTLZ1q5M+k0m46ZB"
    "CFx5sEAZQwDpUfPImCXRA4USZwwtZU1sMfl1EugFK9j39mOCtTX2uyMKflmuznbwzYK91x"
    "3ugLWFvozkIG7YyggnAfxKu/Dz8dqOltpqbTJZM60CKBUsvdME23hifrDU+tpcbetiLVJx"
    "/ntFwlcCv9iqaILXRXs1aYSEOdFASsd2ENIaCaicuu9YKJ9kptt8BKLmhCZeTqC2i2JZwJ"
    "nPB8qNvJDi7CCY9l5WtSTomsYKlHqmmaUAUPVSZkLUQ7C/Unqmsbz+QzXmcMDbHDMFl5oV"
    "1A57kL6ce2/hZ5zATbjOJAfz323xBDuv+H/WsKexFeQIIxDdyAbX7tKcXqRbOp9m2LkhJl"
    "4LpmUw35TKqi5SyM+d7BXDaHqgAdkSDQkoOvCfyANkIFAUoIUO6HllSAMs6es+aGSI8LIR"
    "0Q/GjRP4o8p/p8/rCZT8FtuJzrlSF158+lIEp4uTKtNa5kU/VicykCVQl2wLY0y7Qev50t"
    "oB0w3/I3fgc2b3iTk38DleCIVIJwGeR8Iimp+nyMjUc6SdKQQzUmAYju9jGFJ8mezqWCqf"
    "xNA7eoXym2qRIOpevu6Lp70ztJ6tCxl8SesCroN0pDmzoFxfDmu+sOyReMu6JEpWyTnqp8"
    "fYAnGGkZH1lzuIRXxvPXogP85eLi++9/vHj3/YePP7z/8ccfPr6LDtTspW0n61X/J3a4du"
    "KRmN2agvJZ74zGwwg8g6fHSxRkFshG3osE3vPj7pmwO3/wyoUqE5L1hCrrfCZaEpkMQdoa"
    "moQUe0ixbxOuM8M/5rWlhHGTFIIQetZgfDPchUE0WyfPsjSrtGg5plXD8K2HaOVYnj2VYs"
    "RuJGqsIMNU9EPt4wNX6fHIK7YNOp1Ifd+2q5OCNbIHo09au6vpTeeGvSynOqZkK1Ae23Oy"
    "tE55nOGZt8LaCxZUvNmSppSQgnyw1CGWJUBvHorJWpI/mJUE7Sd7Yh0vEKE4sBCHgDhEA5"
    "zlLYhDNOwgqCIMQb8Dun+6vT3JfZnVt3NbCq/g/Z0D8XFCPT6dVhDkiXi2u8I7G1Lv7laF"
    "A4KRM11Q9dHEM8QlWRs9i33MJkNLvJxgG+ku/yzcm+iUWQoO0m2MdFZTFoXWg+N330u0JT"
    "zUTbYSUthYbla5uu06zPYBZsoxmSnhemRN1xyTJhi/zVxVKs7BzM9Mf6tw7wqBy7f5E4IK"
    "JrapZPFjMiuzxDExWOBGL3CYZirtaUjLgTncJD9D0x4ZcDQ0EVFwNKjvaGgrtNs8DZsEZf"
    "GrDPwMu/wM6bd3s7wM8cwtkbMhldm1y+cQJJU1jE0KRvueRnuY10V1W5lwZEpMuc481Tf4"
    "Whg21mRdJAmhPf0kzTxlC/pJptYy6LSusZ+oTVZSAV2RMNhaWYuAWKL9uaULnSXcmu1//g"
    "9SabAB9lbr32UZa0tGu9plmYUpzAe2y466CJVZZRWrqiPsuv73Fquq4fUCqqrjDz2iqipJ"
    "7gJW13ZWV776+qqbnuCN9ctocC+GOhJIa1PG1EX/g8xiraIa6g8QwcygSPjRQ3hP77r/TC"
    "N/fTu4SjvI2QRX6TcZ9GvPfQLaWZFREOeQ7dd+cG/GveUacyO/akZ2UIGXBYmNL0ipeFxg"
    "FBdjuYcT6ws6Zb8Vk9n5EjuO/kx3yXli9rNLpKN/4GtrifwRGLmWT5DooDfbcF1MkEEQfd"
    "ugiecYJOh7m6Ba1HnzMeHtiFhBYHojncwQBdF4xTaeocnaH0rv+mxbHr32hzXJI22k3pu/"
    "Mexdj/84gr+49DRw8XLlRhwOyCZuUTZxjk7TggzixjiHICdAlNh08bFIZtPFx/zUJnZNaI"
    "ML6s3l64xxGVAb91AbV/ratHTBMZKPfUwEoN8D+s0LN3u67C4HsZGu0dO3otpMYPHLVIV4"
    "6N3f9O9/ukSB/JiMevePl8jBxB2TT93+be+G3c8w/TRF2WOpyKGUfyRlDqRA9REsTa5iEx"
    "eBbgEZH3ZKoczgut1AFYhDPmVzjNIs+c7UHVfDtm0JHLr5ulNSCuIXReIXBnnVTWOmRR0q"
    "i77EM4L1v8pP/jb3iG/HTjzDdA3inLP7/deh1qP2Fzx9vZXhkW/E4Jhr8jEHTXDyj752ul"
    "yLNMEBR7tqq95wR/uVrRNhBUr/QmebQ33ChgBBsH2kis4Wv69sP2VoWZ2jUPvBbInHPNHQ"
    "YeZN9+258uDP0lo1bs/+GJIH4TWF59my16KzMLq29Tic+qOMQ3CmfztZ6XbQOod/OUh9/n"
    "oPyWMrYgeu5ORYtkD7zd2z4XDwjKY9o/6RIcdATcgAZXpnyt/mWN4zdyr+jmkXwkUZpomt"
    "tUfvzOnCMGd0qv20I/XwTj77NauQTXtJHUWHfLCNKb5lXm2BErm5uFWLXLFhGnNVF2SndR"
    "EX4d50ROc1qQLKqF46mi50QjAFR48q8HSQZaOJ5S7+ytlcS4vKOCs8Zbwx5DeC9yd6Yw7z"
    "dLj00PcCXwCouY05QQ5esNR/YmTwjYmUgrhhL7JUCPNdkQjmu/wAZqYMvh+EnNuWoAz+dm"
    "d6UhICZc3xnWdDJv5auYJ05iJr7IrymWGFG7XChqP56oJAmd1Wnj4hV2N1+lAFaG1xeij1"
    "XI/zAKroVlTbpkAzv9hx4uLl3nZxYMv16Vwt1G2Pax1z0LZZyCGqRaxkLVrOyiMu0T34ef"
    "niQdDlqNaovx5zoeNvS1pYQkylKna1JIil4fcfOamIQlpOpTWoLFZDjxc5WDcCgGeBME3i"
    "LN9T10p4cluGc+FgTfqp3V2qkb0h9wd35M+iKKybp7ZJzajDMI9QJ4siQNu0sU2wCaiArT"
    "oztylcU7rSUu7pYLxyVMDqE8AhsnLYtO/4N8vA/Ii/5PXATYopkCa2zQ/c++djwmGYSUuK"
    "3MC3g/ufwuHpXKVUeusz1pYG0ZYWcRdSSa4ZQXAgZs0EjhJ9esrBmxAEeLPwzi176Zm6Rp"
    "VUUYvnXHQzcgCuwMRdYHNOTYo5K3G7ltm8AkkAOAswxMnqbuIMOZqKZesVydHkaW9yzrq4"
    "CJxcggcpIONKtlNKSoEfdLcfdBJmde7ppYuyQ9u1b4u66eLPa5EmKjEueX1pAE3bukXBTT"
    "22e2QCOC+iElcygXy1vM0HDd8zqERFWH0Et5RdDRYJHMOteol0wDEMjuHjOoY/FGGE01H5"
    "juEPGU44S0CRwTccr4Ar+NAJDRPdlj0YYiKVJDQofTTQXynwM+SDG46vceuOvfd4/qGeDV"
    "xxXU5glx2VXebSpZXv9JWSqg//775/15oqAAZZG0Qz6Glg6GZOSeCczZ0VPdRhkjmoW/sa"
    "NK03zXGt6YvmLmzsLCxTLolCKF3jzm7Lvp7o7nShMZPyBYs6RWyLeGRkIepRPOoBYSYIMz"
    "VGWVE3zBSQKmXJ9nEhlfTRwzHDI4Lr3rRw1YqldDKk8Pju2sNxz3nl3HSCRDyxJz+j6eyL"
    "1BWbRFWEuMa8byiIzaEqQPrsD89xl5jsWxGKo9SNZlMVr6X1iqtC6y6YS1WsLHvG+mXtn1"
    "U9YBOpdpBLhWSTjW5zagOEkIbdq3cD2yevdP9Z9vrX+KxqUDf+IxnG3pxd11RfH2L648T1"
    "2sQDO9s7jDLHzeaspd+W6jm2L1q4nBufBRmEGW8ORm8Li/7JnPmITYcMh7UAdYwZDhpykh"
    "nS/Y6c7N+jz0/fOIi1u0Erz54u2BRM7hLRCdix5iDCa96kCrvVcNcx8W/CZJmxxD5zF/Qb"
    "0Pu4hol+/js6dawltghGFgv006l1Qmdw0FJ/wfYZKzln88norFEDVD7pOYeaqknTlzOoJd"
    "dAzkDwFGhEUKgp3wOdlAL+wM4gYdP7/mX9/JW1/es+PAwHv7Jmf8ExMRuTYe+X3vUj+8zG"
    "f+Cpi0u1APzuQyEiwhYeQnqZ/nTXzHh2dYmTJiEDrh2Bo5S9ukQaU7HNv5FuMpnm5KZ71/"
    "2pd4lm+pJqOGPS++dDf/ivS4S/rAx7PSa3g9HoEpkWa+f9afB0z5pfsvf0mFwPhkP6NPQH"
    "95f05WzbmPdHG5NR9+7hls7o6MuVSWcc/TwYPn7q3t7SjxaW7dKvbY7J4NOn2/59Txt12V"
    "hrPjcNgjVHZxKDx597w0v/pd2MB4xqFnI8qmC8cjyfg3QG9ONncq/yuIxyKL8vwkZ5n09H"
    "eZ/ho/iPs8ZiM+KojxjllNi2kE9rbUARxixiI+BL+RaYNKsnI6rS67ZmZo+N59jG9IVbci"
    "3E8gplUdW8HjM8pVZ8mWhyUhJq5ja5Zq5v7mjbNOK8xy0lqNy7+iAaUczpJ6cWZQSVw7t6"
    "JwcQYvKhV5cQE75+JpJpwhk5hXSHylwnxyv53bgnqHKnFHdhl9i4AknYulA69asoUt80kI"
    "tS5LZVqRcXD4CyqaXLpooBjR+bFSD75OAW9lYqiqzgHZOAmH4PdP90e3uSo4oBwDsAzmif"
    "OfDm02YPWdTBZ4UK2C8RXTSf7RKjpRbrUsjJw/TfyLRcZM0R43mMPj+dsz8cxvVwkW5jRg"
    "pBfO5vgwQdtNBfMR/NP0Zvhrugo4KIl7hL4QHvJWwWEZziUZADWkUck2zSnvhUbVST6iNU"
    "m4dMOkolEP2aI1UtifXVeULIAQgOwfxTQF2HIBj+BzX8wTCtwDAtVMYOspcgewmylxqaky"
    "NpUQ+xg+1XPfiuGbs6frmzzbq2NwMbVj5xG1lHMQO1FmrOtpyJuQ9iZg228Tc2MjVSCXgS"
    "YFv5BAwz0U7fjrJwr7efrlF9RaQ/XYGbeFuaA2joOaFOlgLCbuEtRSWPtmaOxMXqw7Ytxa"
    "SanjYlOA02tZRkske614/9X3uXyJdmOSH3o6c7liAVbhCWNHXb6478pCmTZYM2JGmK+7uw"
    "U8LLk5SshbnaEGdZk3w6hYir4MrLf77UdeVtakjIefQyckCQEr3cWFkCOU9pTAQ0sQK+0t"
    "D9tq+3VDE3XiftL43tqwJUns3jXQG2MuVlGnYiFIU3cxxKe6UP6RrzN7eoh0i463eUVinI"
    "NRkQtOD1Sej/+240PENzyw5JIB0UsvT4EB74P0f6q27w5Uf/hw7U+AzfRvIdRPArttHf0L"
    "ss4aSOG25jncQpmnxyoJ8clX4SrKaMHrORAOM8y6D3HwkJPOMiAGgaUG81K2ljJSXBxmqK"
    "jSUwrcVlRCX7VsZEwAyAtCnI6mkVnkDuqS/rBNKkZKCVT5OahAkJe4KrWh3sNLLxV/YenL"
    "Q0/aQ8iyjFeFEEduBbSWB1cKdSjNKX515Ksv6K1/At7HPCyLbe0ArbQeaQa3nTBZ79ldfH"
    "pZecMA0pSLlDzoJlICXqf6BT5gRig/6wPJvoJqKf2+szkcvp4PeDCrrN8io1v8TMsZq4Vc"
    "8Ig/qs1e1oqM8K9VmhPmut1chY94gSzWwTYsq4zeuvd9kW0nZb387A1z4oXxsoePnQtzM8"
    "VISCB+EhCA+1B1kID1WLp+cw4pgMoDEJIN1CFb1CIB8uPATxzIrjmRBvqyzelj5nK0BV7Z"
    "p5sVdLo6rl8UDSjUF/O17R9Vmf5AWb4mM6u6NNs2i4UbSe3hNhbREdy5z5xex4U0bLenHQ"
    "zJjxsna8kN3bAhN+jfkB0ZvuIBtPGUt8hk51NLU84mLbv7jUZzh0G3KasrOmWzCT+lffnc"
    "dEn7u8CSSbZOl3o3TQG7axf3sKJqa3sfHZOXqM34l9HXofg6A5XUA/IhZ5Sv0RtjGjS4wm"
    "a3pDeqMoQoJOfTdzwoHaSUbNzujtWU1An5POw3BvTJTgZ51lVZ6jwYr+eL+pJb+3S59v5G"
    "8re0yozWaZQRdL/ycGgCCL/ZWuPHHm9NNUh8vELskN0f124liePcWRPyn4p/84sdckcMOP"
    "GcVjUSK2eyUDS6EIGC85afFRNoUksAk5QDcHXX56ym7ZUAZQFaAKIZqTo4Voms+kUChYk1"
    "JHikKdEmtyyL9pUMuFxhJCCsL83UWRysd0VD574SJT+9hPtJU7POIycG7s3MzWdOrZdqkw"
    "ZEpUwThkS+KOISbby/g2vPZSltVorXz9S4YWNnjo3V8iJskKLI0Gt7/6BZa4K6AhBZb4t/"
    "G4412WnyUQVe6MOwhVK9wBJY65lCg0ZG3yKQekmvynTF1SDRBADlgUwj/85LsqpgWBvgD8"
    "GqCDNDgeDHSQQ6Aq2VQxOjUrAFZt+kL2DdM8FkOUZpxHYYjnIe/iLyTyn+VyZacLnTyz6D"
    "/SEb8v/bbLCbaDoL23dJD1yiPk/lUmh//0dBMxLkBYNi1eeG17ruyB7rc7V/a3RJJHkI/w"
    "b6nYOzReqDYglB+kfzFE1duKOaRC2Sa70ukhf93rPzwyB9QU049ZkqGfYsjSBYe9x6fhPb"
    "voejYZk+7NL0+jx7vePRXYhMDG5B/D/mNPG3z6dInebMPFmjWfj8njsHs/+tQbaoOnx8uI"
    "zaJZnhu71r+PXTJYkuPj4PrzY/cz+xLsyXP1F/5NRr0hq1cePG1RcfKoNvmY9O8eBkN6J2"
    "O5CgLOx/ekBQeFdA5xRk6ZEG/l1QClsc0KArgyGdp5qNafld3amBZkPR/WlQ6Zt5B5Wx+8"
    "X3vmba12gboxAki8hcTb9iALgYGK8YTmLJDM3ERAt0SvoNtNwQiLXLcbCFpBTeZWRVkhR7"
    "wYspAj/pXliLPgxUleZJVf7OyMqrJhDev8/rVEHw+W/BstrGTqSFquGlfacaE+dC5Uw7MK"
    "BF7LfdMKRk9Xd/3HR5ZX4HiTpeG6rIjCw2DEP2JeK/bv6+79de/2lrd8Zr/dNJuSfgDRkU"
    "NGR9rlWwYCejXO5eggKLHuaVlIMGlygol/vpdY5oQgrHGT15iaDLZVJukhKwhuzqzfeEp/"
    "+bNlS2KbkgJgBcAGGoTsts3IAbgQ64SknSa8Tw/gTg4P0grwvY5N1a7ToSi8qbdOEXijwx"
    "Scy7vATb93clzMOboZ4LsD36w6Ku3Djx3LBsFVdF5k/tVbOpdCZ/LhOy9GoG2LdoSoFoh4"
    "aNFqVhv2+G1zCzZ5EGr3A5hQEPWoMZG14+Kl9qcrODbzKVAJIVBeRTYXL7E8kwQ2JQX2lq"
    "hyp22wl7fmO84kwBVIQgoSFEY9dh4sUNGBMN0iPCNVUZ40HRMDbAvyfEOVuQqubzhXy2CW"
    "4vvG9ljCqL3ujq67Nz2g/B6U8guU1GKgFqCkHoc/+RgUhTgROBSia51tvoSwrASQJ9VyFE"
    "TlQuS4kykxoE7y360YddLGdHBoU8sVwvn7U88nSEZzjEn34WE44AWaQ081KzzzS+86GPgH"
    "nvJxo5/7Dw+cb7kwVit/1HWvH5R2nmLjFRiXXy/jMopyyHOyUqLAymoyKyt4+MswLBOSsM"
    "pNXuXwPC9VqD0hCuvc5HUGnnz+O1Ndnry3mpVc9aQkrHpTVl3wsAffHvjUNbnq57a11MrR"
    "U0Wi4LIXVmwMdAv5PghpQdjCIngDp0AJfDOSALAgnBeYQLLwZuQA3Cy49M1X7vjNCsLhuz"
    "temnhpVRCE+gqyBETv+QJhvtj+BJyL4Jx9oAs1/di8wiqAWW1Ou+B9D1kDlSJcOGtArF8A"
    "vruIFmmVqgC8MSsC8N15QqQtruNmvYR0Ckh6kaen5OW8pDHdTVM5VMYLcFWOyFWRS7qANJ"
    "Z8E5Zio4UHpxykCTFlMgIqA/YYXP+GvbiB6t9sPDcNwqR8V0kpQHa348qNEWv3VOHjHN2W"
    "gVzYl5LcYMDyV57l37D3VutJ/r0vfh/WE4EFFV3rbLOeLHtGH0AcjC3YeHbsffj+w8XY+z"
    "i7+BGdsp+CyeycT+WcR3OdXSK60Kzb6xxZBIfcXsTsNPRsISaHTnWChnddOoA3jrVs49kg"
    "uon4ZGe8QSxvMZhoRFvz/cfExitTn/LevP4VNLdsetFiRiIafX7qsFlf6OT03xQww4na2n"
    "bQSjdm6M1wF/wOfi9QOpJ/t28Qz7fl9wm+31/HhI1b2cYUo5kxpwckpg8fm5PPNFn7LXYX"
    "1oo14g2+ePIb0n/OPfpMzdK/K6/J7m/+RmBXA/+r9oLXUNHhqMZvuJMlEzVSYpCowX/3tk"
    "QN8DJUl1QMKS/ZlBc6wyNPW3Gw65riJJj0S+44iSxTG88MV75qRFJOpUej5soRBL/RF7Or"
    "m/JrkBGFZSi9DKFpSre1/EIIhJVxm9a8DqEeK78IaUlYgbIrAJ3MD91ue2NwScGcECuFdc"
    "P8MSnt5uJjEfXm4mO+fsOuQfcOtfNTICvpa1z1IllJserDS7ycyMa/8sQhYpvVEhY6mZkl"
    "sg8ycgCu2CaUDoknhVQyBSvD1Y99SKEaFwFM8zFlRYXLALuRA3SFxlgU5ZFNoksLVoOvAv"
    "GXGLpLXRLVSADQ3EWNieKLe1INBuE8LTsKinIN4m+Y3YyYzbFZFbT9YC614d28ZwqwZAJV"
    "qgKE1aYeJVVOqU46gYVVAcR30UTtMhqKgpxnlRbIMdoYWxXgrHaKUcYulc4wytK+EopGdg"
    "UGBD9a9I+C+A85j2joO4Fbp2wUTvWKNKxCabaRkrs3vKXVjHbAmjEHitAa96IqDuZzRrwb"
    "6Ry2DFsxfrmzlbDoD9QcOrIgXbGL/G4sNmJCaKnPMHpbGPSvjBrnGqaJ3nRGE+Qzd1jFUa"
    "YmzOggTJDhImdN98oswzQMBM7O0ZO/+qk1qu3GYxKQAtmU3zioP8PLleViMl1/S0/0S7Sw"
    "3vArIwvO6YeM8ziLPqJ7ZerZNt0J5vps870cejuHfQX9me6jDvub4TAiZPANLUZJZPMwib"
    "lhO3Qkcd7ohJz7SLfXGs/y2IbAKjwiq1AyzLhPeLFhwB4+uhjGZBe6I6DV747lhnL1Bc5r"
    "w/vD+wJwf3ifiza7lHI1TvnBVSaqlxJVMKzX3jBeNnpLFfFnauew1RAvtHiRU2LbFlmtBW"
    "aLlu5t7WMhW6c8JQZ8niJ8Hmdh2a7G0zsk1JeUlDJ0tcq887rJmAprzSJmUBMiRQa0LBPr"
    "RIxuVjgF8IRKHwrh6JN6j4GrweA2ccRf9VNsv/unu6seVXL47qaDDN/8E8WdnBW9rwD1X0"
    "aD+zydZiOTPnuNqYv+B5lGOc9Fc09ehkYC8vCgOL3r/jN9hlzfDq7Sr0s2wVVeZdImFExv"
    "2mK0lL5UhLRG72i/SFKWYiLApMmeY+WKeEIFz2ZyaRTcrFsC6FCn80TCwy1fpJOfnRAY2x"
    "V+jL1hCoQc62Z9tBTVXNLHsQtM+LiL4jXhguwoLXGAgny/nbD8doK5vYa/uNgmusnAg2oF"
    "x4wr+HtYrlRBXEa5CEP1dQpi+z6L8O70+pj4oTx5FaB98jAYXSJqS43JXf++/zAc/DTs3l"
    "2ipUGMlW092/pyTB5+pjYXHUV/BB6Tx+7gqjugd9etiW6NyS83l+iPGR11Q/+ymtG/3Qye"
    "/tW/v0Qzy1sbZEw+P3X7o58HT5foxdMNZ2F5Y/KPHsWdfq2fBw+X6A1TtFyNVVkZk9v+r/"
    "RmJrWk0yHeQpGmyrP044eexNOWElMvY7D6GFPT61lknreTFSYzhpjsQ9e7v+nf/0QfF1+e"
    "PjzdPnt6dIOXq/i13/sHK1bxauC3Mene3g6uu7x+hW5yVZsVtXjoX3/25zCmL3yObF/Xmx"
    "57mIbsM6ow0CfK5p1dB3cPtz0+39Rarpj2k9PvlX2Xx6fhvV86wy+l1IyH0vEmJQs3pCWV"
    "8f3XnKo+MxzOt5FfgbQkrEC5FeCPOf1aJZ6BlCSsQMnCJeWOIDh/KsCevSvloY9LAfJQJq"
    "adK7DS15xNvMQUPymrJCupHM2kemWTadjeSrDVt5EgNkJAfpAiP/Aguq3xDyR2dkZQuY1d"
    "vcEdYcZdO6XQjiSVg/tA5acC3PTZzMaOwNnxiL9s732bkFUA9W0kkt4/HxPnSobhE3FIbg"
    "f3P4XD07SfVIEPSVom8DFlNvjEW9MdauOlLorv5qOclgO0i6DNE8vKcNUSgvUw1WqNDalL"
    "VOMWbIkF34hVsNwNC0y0ZHkL5V+E/SzllzgpCavc5FWOAi9lamOmZGGlG73SYTCtzEqnZG"
    "Glm7zSUPdUNX1MsOzb6p6WLXgKrOzmpRAoDmyZEr1Ql3cHqA57V0uCmpABUHcmZkDpsnAH"
    "7WC559crE2dkHCfjpaXglkh4iV73FQCseNZLWjMqkPriH6MA7a5+tfG3jXSVvWyzREH86i"
    "oQ/fR5iM3oGBCDHe+a2jKLJg9xIUdyT5h4+s9NMJeqWOFXXA1QvVesLkqslm4VIClWeDhl"
    "2ziOvvfZxGG686dSFamADVYFUg/+VKoi5ediVAHUkM+kLk6M4bknTkM+idoQaUEVwkqg2q"
    "MwcTsQY6lHeyO1ZwnnNiDFQsAVnOijYBqVYJJK3Be0hbfm+ZiG5a4rtXhaYmImFQobU51C"
    "m5qWqHyZPFwPfL7rcDpFECtTFiIy//LKQ8Ttwx1lIrSEXbq7pDddKuTor/S3IovwGtR8mm"
    "9Y7ekppuM6SHfQyjambAi9uWngGStinS6lHQ75fep+OY++xO9nlycpQGu45ZjoVN5aWuxX"
    "0tlY9fAVvZdlo5XFlrCD3gx3Qed0EN1g2OQFuPUlk0cGQXNMztE/bMNlRb79At0uigq9H6"
    "IY97bMGsXqZtSST7OlardBpLJqwvEKVpKuPptmSk8lGXDD8coxgqvP5+DnlAy2kYCKO/cQ"
    "Nef9818+8zEpp1JRw7pTH/m7WSLAvhFQJtu0MsKCr/JI8pbiMkBYaEZxzoaeDdDe8rjh3t"
    "3tLY9Y6NCP0+WZs1EUb5ctu4kb7jZkR7xEFFoYjmvZ60vEejKtKXI6cQw2hpt4xOJ3QHQm"
    "bhm+LSw0M7hxyS6zblHnGXu10pnBbmy0MpJvN85ta6ltq2ImXoSUmHKGTvU2pGuVgDkhBC"
    "DvBBkSpQ+Zuhuy3EpkBSUkIVukKdkiRbJ3wTio3uDyHFlIYxJgwYK1VZu1ld61FYCqNl85"
    "9qBW0BO8YgP2Z8ucDT0Or9iGjQZ0dpuxCzpWs73CbZZZgJTCNzeePZsblWwCxCbIhEB97t"
    "rZJTUy/SgqMziXujtdYAdRe3XlsHimP8qPZLJiEVkb9/C3HJMuYrE0P/JKLGRbb6zFsTWf"
    "Q3fjBnYhyI+T7i7XXW3M9BAwn/zc/+ln7dfu7VPvEi2M54X2qpus/3f35mbYG420YX/0mW"
    "5xvxqXZhvOy5h86g9Hj9pgeNMbXvqtujX+AIzJ1dO/ekNt2LvrDqlUut7R8c09TBi4Iv/R"
    "tjKHMSmocyhR59Bd0E3DD3358sFpUWUCWzXHEl/w+o0+nAInUn6jzbhM/Y02T/429wj3Ht"
    "MDxDBdgzjn7H7/dShHyBaMD9J+E2po5D8j7fSKhBhtq6ERrp1sDY2MHFjzO635DWZgfe6y"
    "PtPbq3k2KM/jy7M/wyS/XbZnlFRYbes4MM2OaJo5L550Ce24jIqEwA/vCtlM77YYTe/SVt"
    "OfruAczd29wWhw44vc+MRwNUbXx/ImUVZWJYihs9NXZpiaBmGv0lLNhbKy8CiUXgh6XmtB"
    "WV25Uz4upcxTUNlRzwCK9xOUwDUuBsBmCd3PjvyREZdSBtOaTwogdhygniK1R+SKKUYCgC"
    "fwOo7D66B7sAJMR/4siiK6eU5zKifme9TiVUEcbL/yAgJ7lwaJZlLHmSmooKIx26CSMiq3"
    "BmljCEWqhkoVaIWFVFTD6+B+7bDwWp5rO1aYbZd3O14OrhivKpBA1jziL33jIH3uYvtbRz"
    "exg1gIXp+hCXbfMCa8RoSzsKjBZ/NMHlavgiUCZYlRfBI+x5mYYFXTvcfkdzaLpru/M4IV"
    "Sz3yq2ww5z1yjBn2ySuI38twL+mc+nyO5ha9S3g/+sWCr9vxbxt8jWAQF7AILkjd+m2jkO"
    "gefZhsLaQIBd/05N+Q9tTItKfUcpVhg6WmaHL04WT08+DhgdG7gv0+JqPH7qdPwSOSfqqL"
    "RCaKFCrIL1OQKVIwsWaCoMSW3nvB+CajXjLm88O7IjEfOioXXX6tzak70Hevksyd8CUkue"
    "IxMeje1BwKUnZ9oSMK1MJoBab2UpdDdCMAWxSyB8HL3AwfSmcvLzO0QSoIa34bJHEjGUjL"
    "rCQtM/XCqgBR2frdLYV287JuHtk47PGQ55SN9YDY5ZSNd54A1nGr3vWdLZ7AJV0GS6p07k"
    "ZCQe9T9UmaUH/0yDwf/MXFNtFNzcaChgD5+zwtV2q3p99pxz1LDlzM+Jni8KZLObJjIsoV"
    "oar+LLE8V6O3m2GNWDIop+WUg7r6vdyuiEG9x7i6IQPwfoJ3qSFm5T6VgI/V3a0lFvzhyV"
    "BBy8A8s3vTUXCX1R3rYribCdUNSzct6DflnB5f/BK9LdbolBF+eL2qTWmn2VknoiD5YzlH"
    "aIanhsNKVkT9dOiR71iCKsqHv+WY/L7E9jNTXX5Hz7blrRz/lozKRD+nM1mIMQBZeyGLsL"
    "pU9hSb6NShwPtFezqI/z0o+9Pho8J+4GdQpqqBXoltpYJ3U5MOXzM4g/XJYrPcxatV9W5v"
    "LvmTMybD3m2vO+rRf9v0pNcdTD+77t5f925v2YdT9kPNoGzT8Q0R/9mUKsMTE4EqPAl1uI"
    "oqPOERKefI28jU96DUYxB+f1Fgy39/kbvl2aVUjnXwgtJki2xnBJWzvqHaNhjgiXHlDXD2"
    "sMxKrXpSEph7TWbuhWslWz0sIwdsHmDwgQ+rMY6Vzl4Mqc3TXQG0atN5Mgdho6gn8R7gAh"
    "dYqkV4vgss3ptcwgXmuRPrCytETs1mJspdTf/AVEN30YO+Rv60gd+KZe1trGvkEVbWHC0N"
    "Yny7sq1nW18GA0/5XPzvZx3kWEJXWD23HpN47h6dgVoWiM3L25Kt0ZI+LJtO14afJxjciH"
    "XW5k3OwpZmDiYumqwDfxz3FqM/rAm4xRroFmtf/LfFbIam+yAF5v4KkxmDTA7xk4fe/U3/"
    "/qdLFMiPyQ1V/C/RzCJ4TD51+9wFOdeNkv7HipMldXqsLVdSLYXjIsrUS6rMYiD4i6sFEJ"
    "WwvAXitZjfdZ7sKlnfpu64GrZtS2DCbGs8H5cCH2YRHyZdNPaVJVDeSCiHcPUueXAR50Ov"
    "rosYGk6otuqCt1amxlMjvJqtNy4zPk0ZB9FO/+eA4EeL/nFo7+dRl+FA/L29HG4BQU/ga9"
    "tQ9/LdbDGO4G4H2x21Cdfo2WJ+JPblOeeLEapcajsGTq2QE5btMchvdHaOrnVn0fGLXs0Q"
    "79HGOWEL+se3Np6y8RlLs8Zbj0mY7YYcbzrFdKTu8q6Hf0U6Cq6xsl6W97yI+/f+N+qaBv"
    "fEOYEzjYoGzrWVbb0a7Lux5vH0EzbEehuTU0Z2s95C7+El+j1lUP2OZvRL0rEO0m2c57A7"
    "i1h11Ep/prehw2z+RdhJTL8Gqxjmew6jb8J7Q9pLB5x9DXT2+Wsr6elLCDW3UWNjTAjIzj"
    "tydl478k9bmzHmsy7lTpBQQjl4D+LjYW9zase8Ml23RCV/obgyLuqaDxMbv2JCdZiVbovC"
    "A9vIySlBoCgn/AJVUJSbHk/LUpUD3R9LE/uzAbXR0/V1r3fD4mjRrFWE1qp/Y0ASNyRxq5"
    "LE7cNVsi2XQBjey+Xey6HDQQvMU5G/IH/ji6Vh++/c/o43WTIOWJlYSVoWCPXNCY5kY2JA"
    "iQFKDFBigBLTfHdJEHIox9pIycI7qcnPFLBz8p+zdvI0gJ3zNa56EXZO+MTKJnRm5CChEx"
    "I668A04HDIoZoUgq0KnS4g7fgI2nHFacdQ7L7KYveCQ7aqHRsrVq8muMn3SwGAN+pTBRir"
    "nTGf0TQblTHv03TD0yOXxxs7XnbReTXbH1uQ1vsYSyjXnReHc2sZV3TJSbecbsvz1XmOus"
    "+xdRnrdaE7iKWf091lM5Ypq8S4YgzdNAP3JLWcNdxyTFJYnF0iipttvW4IvbzeZJgiv6Ab"
    "6BuHfkRm1lsHUWRxyLT1G/T6C2gDX7aBfNmm80sEftxgX8oTTIa9vz9Rm90vFxnMMSbdh4"
    "fh4Ff2YbjLWV3JX3rXwcA/8DS819FZEEBMPLSnnftrwo2QBfrKskysk5zgYFo2BfmECh8K"
    "8+iTev3rV4PBbcLbdtVP8Rrun+6uenSb80Wggwxfd8hawVAqEkpFNkQ9bqnPGUpFQhQxE1"
    "ko0+85Txy8jdnXFkuBNEsEcTJyAC4EccA93lhXmJx7PHOCVoCw6i2M8946BVy6m8MUXLo7"
    "UM68dxrm0mUBoVuD4BOhPze62tnuzGXjNJMOhM67avkr/3QFj3guqsFo0AOEaZ+Oa01fJH"
    "1cMakavVvhDm6tc2tKDTz5ZKq4lDLZBjVnUQV6m4uXpeyIjRwcIg2gLqmI5xbj7Dgsm6aB"
    "vCfNRmigbR7vqmzffjCXouBmzsMExsPe6HHYv348rt2wlQqSegZ2Wg9yVJAuQcO77iVyU/"
    "wMVjRNn8/D2HIHPVvWzEFTi7XZZGSN00CjQpaN3myKL7Lm87NOwOd4trDDxwmbiB7+jmD+"
    "NMv8YUecZG2zSAIKm6WCotnCZsCGKcaGYZ9d9/q/+p9NsRGM+/R0f+N/5ldxTB9awJpRk0"
    "sQMAalDdykHJi45UxcYHLkL4i6TA7IGVVt1QXUjm05o8DsAGZHa8EFZgcwO5rl2QJmBzA7"
    "Wo3y/syOeIFxx9GfscAVchVIfvo8xKbOf8v2k+POn0od3AWW7544bfqNKIhQxMLZB58470"
    "eR19B/pOIhGzzxlyl90p8FKTIhpGFHod3A9mJzKbL1JANHo4Wx4vnxgphRdK2zLVzkBKOA"
    "aaZWqCVcV8l4S0oMgi47gy5T3bYNkR6dD3JMRDkHffUAsxPphX4ByZ2cElMO6AOUjmY1Fc"
    "oVjk5Igku2KS7ZIo54KON3QD+haU25DisHbUoKvIXggQUPbHOMtM5eHtjw4a4A2NvYVIpi"
    "mzoKc1ibUB/tSPXRKvWThQ6Lr9pTVtIBlJdzmMZ0tyMI8g4V9AZB3mFVeufUei7R8TMuBT"
    "zBcjxBuis1P7lBVNps22ZOiCkDf2VbeqK704WcKRUXgWMC8jZrRjfSVaSwTUkBsrtdAE4s"
    "hrinKRUPR7YM5KL2VGqDQRrnoVwtO9M4M6+3CvC9CudRFNv4O71R2bFXuslWpkdce30isH"
    "ET1zvbbNyAvjfxBTT6qNpGQVv3ZEB4sXDyjP0K5f5c3zh+lfDZt6+66bEUVT41OqXK/lk2"
    "67XsJAJ7+reTDYHzxfD5Vzaen/x7H0N7mw2jmK1di/WSb5HTvcmuyBqSCTGVNJiajcnwiS"
    "mTKBvK1kcpkIf/5HHw8PRAHyxr5a3G5KH7r0u00tdhlmuY4zom3ZtfnkaPl0if/eE57pjc"
    "9YY/9bT+/SU9m+xnrBkk/Gzw9Bh+aHlu+mgrQlmA3NiDMkK+u/hYBN+Lj/kAs2vHj7M2q+"
    "dx9ZXL5nIbdl56tzYsLnVoAtOSKkdWzrEuBncjod5pUPlhezwyS9P2ceUOWN8e0ecuPTil"
    "dUKhOOiGpXVDYMQdMn4G1R6+QpJpmWT//TP8G7fAh3XW15/Q2zSAi7o689N4j+3rvNZtPM"
    "RLhp99g03jFYt9nsJxnW2+zymV0OxAhP1iJiPn/aQzoHAG3rnR4u5Mw5zRv/F/sNO3gxxM"
    "XKQ7SEf/wNese6PjTdhsE4yCzFzWiXFJjxjejjHHTXrIu+3wp/K7BNsj9PbM6HiKBbhXG6"
    "Sz5btX4ytYVH2LicDrRspnKga0DX7SxhjXwfEi1IlzQgGRxDZduBqo6zxAtiDLVNl0diBe"
    "rkz624TP+pbswKSYglv0APmBDS8vmtmkJytMZgwxOcBPHnr3N/37ny5RID8mo/ATJ/bJI/"
    "+nOyafuv1bVjd0rhsmqyQ6+tx/eGAfOC88L7IZsRLdZZveFSxg7isxLgK8yfT7cOk8yx06"
    "kQA483efNqbuuBq2bUsqtT4ppZxT/yDlb9khVibpeyMG7VSbU3Mz63wDl2v+06WuyxUK7K"
    "q26oKHPVOuDBztVWl64Gg/qKM94sMfyc/OnH0nIsc6v9ApwCLm/kLbj7ZDqmyrnu3OFs8x"
    "/28G1nyLIxyvoAup+lpeFA5hTZF8eDcSyhlzRdia+VzNDFNzYtjuYqYLEr3zfchxma/Ziw"
    "wmUv6ebaeyDKwUUJYbAnD7lWXLW/GfnNWW/Stb1eUpH1O0ESXyh6MF/WZosuY8Dx+Yc/S7"
    "g//8nX459i8nnj0X3ILl1LHxYXAPnfpb4KyD3hbGdIGW+gt2WMvJdESmrvuOyQrb3/ryyD"
    "SWhosoHvhbR59vIaaE8/IDNHoK6Jfaj40CpsKepsKUbnYZXTYcr1xV5Yt3RaIS7/KDEu+y"
    "MYk/JTZsMLq+1/F3jd6xbQ7Ze8RzcLjChSP2T/dPIxZw96XHJPgX/3vvnw/9Ifsn/rIy7K"
    "ZE419106CvcNsSlH7YbnEkJRW0OFpiYRSKvfl7zilhWCYl61nmhhjorVtlSJKt+sXFju4y"
    "oUunSlcMcBIO9sQ4lmdPpZTnjUSNjuCpqRvLerzB1asY4NTMhx6cmuDUlHkfbaWZ5+K6nW"
    "X+9SK7xV0c93Xt6TD2nZOPsQlbBnVRx3FqmxWoiQdOeQVSRZPbO9c7H38AdnnptXArQQH4"
    "NtpPwGo5SqpC/GtJYJwSU47fcpBkBeUL93XvBk8stUxfWh5LLrvpj679T2aGM2WfNcOB7X"
    "8/+WpFSTllsspqrlEU7gVtspJ4W6akaoyXvaP/a/SrM6Y80ecmAkp6e4ukYZOX2+TuwsbO"
    "wqLS0suQEYU1KLcGfrRxpq9l8oaTQlAGLQ/WRoR/G4Z0S1yxhaIc/lq5gr7VRdbYFTWuhh"
    "Vu1Aq7lqub2p8e/Y+MXzgppcy7qbLj0XAcD8+0yNwp6g1KiQGwaWBX2NYClyann0qAKxIF"
    "xl2mvimLGPMfmtVXLcvEOskJucblUrBOqOChcA2dnPWe81eDwW3iiL/qpzTR+6e7q97w9D"
    "t+ttNBhpujoBqOpk9d41UW8IQcAF4ccCiPDOWRgbOhaq2Opj1f7Vx0ge2QKdUxpYvwbNmy"
    "p2hSCs7QnYySELEsyPKMkthU7cK4KN0htb2kCQ/x5Kgo7S+llQWCnz4PsannRD8z+YUte1"
    "nl4f2fQzJCAjKOgAmyoensKmsCxA+1iB9hsRrJVMWUmHIZi9XHw4kxfZFm2cRklKN/VM+z"
    "0V/pLrc1zzZlQE5KKQfzQVg2K4qR1E6OBNQrbXs4gLWF7gg6U+9AOZKqBOoGncnVHxjWCh"
    "O5Es0bCUB3F7r0V1qS8MZEAN9d+Jr4FUu96SKBGl9yxLKXulnPq656pW1l8TsVNzs2AhBb"
    "zGtjWbqBJVC19qPLcVaBs8JleIsCYViHcuvQktzmtp7ZvkOyTLAkKalesKS9wZFsSIw38j"
    "CtZ4OUWOiMMKx1k9cagt75h2k7458Q9P4KF71I0HuJ7We6cvSXWrIlKtKCEPouUHs3Ai0L"
    "9eFy/RsGcvFU//QWS4S/6ddA90+3t8XC37y+157R74E9UwlvobOA2pthF+ryQF35k/XoXE"
    "W4GU17yRcCLN5uZA9CRdjeREmIgHKyCyLdNHRn38fNfxF02VSq4uTqz5WA9Kg/qwqR7wqv"
    "5gB/4HMpfX473iSafE+0Rv5UE3xNp8KtrCJ2RH6cf27lkuSiY21nA7DYWVqgsQGxGB8OTe"
    "mvQH4rAdY2IGwmcIl0gixzFo6gl+hw5NBviJyFtVrRC75+iph+igwXnbIBJn7Wp2tkLFeW"
    "nSkMUstNx4QPcfgUDpXT2d3pPThZ4ewcfbI8wlsqMFGemsd7J4RNECzrxVsh03jBfEDwMS"
    "Oe5TVEAD7hMXsesKeQCMzJLW0PNiLK8Qirb5HWkuhR7MRpYQwJPM750LfT+QilcRvjc4TS"
    "okX9jQ3t9+Uj/6Cvrxn9P1dTDgcU0ZVX+ponExRuA0Z1x2/ZCYocl26c2bevuulhRKdZUo"
    "OHq4cxdZGpkwYxvl3Z1rOtL5ny+uagU4YGJrPzILPlnEozQaqTsvONqrNOVmOu6cZjMvq5"
    "++3FDx+Q4aAXvHIvA/WYTk8vY3POLuhognWbqcP0m9DbG7qJ5pbNFHiDeO5BNORtJCHFlO"
    "RaeEHb24dJU8ATQsqp09WTaNvVgAcoJFnNrhCFBPrFqL2+zeyw1Dq9PemQXlHdhOoVZR6c"
    "jDA8Pk1+fMDfkf9Ygb8D/B27zk3wd6jv72Ch+lxfRxDH3+nnCHkD1VbQ+C22y+gdoO33UU"
    "Ngrr8XilrswfDaWii3OPYFagqoKaCmgJoCaopITXlghJpr3pFWoKfErhZRVPxSIrzqcOGY"
    "zD8wfcu5yHOwjV6xbdDvPQuJPiG9aEF/CiP7hBwj9Ga4iyCWgvxYimUjnztIf6HlBgwjQS"
    "TmkLcbE3YkLXXXmOqmuUanOrLxdE0Pv4go9WZ5dO6FTmY8NGPRf2yCPvQrrJFrobeFhV/Z"
    "99AdPiqQpUfd2Tnqu2Pyphuuw4M27PKCs63oBNYbCX+fPuWkKDYb3Ztzw1522HdmIvRZnM"
    "/ZBf7z6a+ko/0flxf5+S0oJO0fgf7tQF08qrp4tFI/TTuADx3qoU+L6wmotcWaw22ka9PU"
    "T1aYzBhicoCfPPTub/r3P12iQH5Mrgf3n/rDu97NZXiGsCPu196w/6nPPgyPzzEZ9j49jd"
    "hHNp6z6Ef63AU+VtOeGnUV/xmeGuXCD0lJiD00OvYQKCSSda6TUmDiiZpABk+BbCeGjByE"
    "R7Pg+rqzHLAJGdiyAlRNa8qTm+RwTUnBdt1d9D5mBYLDZ7vDJ/WqEbt8skcDQLsb2sSBuB"
    "vYzYupAnCfHJWKJ6SRzbzDc2pViA7fCsC9jU2lJsCpd450KZCDeoJj6dIiV3Aym3q3LziT"
    "yb3bGzwgGE0XOnnG8YzSb5zA13qOHizHYO3VUDCt75n9PWTVWuR3pNsYmZbLPKe6i/wr6F"
    "P/0+A84w0+/O12hN1f6HZl/7XxfD9/KvDr2bU6+PV0u0t1ZY3Gg+Yu0NzDB6CMbzWUbbIb"
    "+6TXHd5fIqzbZExGzMV6iVg5XO4z/bU3HPWYz/SVsV7ZJ49PbLSNXY+N7/3zoT+kA/xDZU"
    "y6N788jR4vkT77w3PcMbnrDX/qaX0qwcNPmkHCzwZPj+GHlkdHfhoMP/X69LO5Zc+xkcnp"
    "P45/1sa6I9Ib8uMXGwn1StpefCyC78XHfIDZtVSrgkYS3NsXh4vv2bnchp2X3q0NU3Hryq"
    "kSnQjMb789n0p4KiR89u1DfAvCzAefUyhfn7siN8LOOvmRHCgq0J8Y+hM3BWp1A7XA0Kzq"
    "WQKG5kEZmkVa1B7SMZepzCfwzomq9+100TmhEEcHBz2IipA2I0+ZTpw3bDM2oY6i6b5dYs"
    "ehvwW5eLky6VY5D2iJjKMYVcKIly5Eumlab+wiCmVX/m5L0TfrufGY6NMpr5/xOyuSYbjO"
    "736ROQf5FxzO+lxjTiQNuKIMwHCSIs6/8DuyLQdkyqPm3sRWIoPulhycpFiT/VCNsfKaTq"
    "esxOnXvb7uPTBHHT8rmGPvl971I3Ps/YGn9N9X3ftLNNHJmHzq3z72hvS2hulmz7uj0SZn"
    "hlT/upiEMu29KjNu/E1AbRT+ApFANSsI4ILlCJZjo5r8wKrX2OUH/AXgL2iBv+DIGZ1dP/"
    "XvROAlCC91tjkHgtTBA1ScACP3mDXWg6qqRa3bcLxy5SCrt5j4fyWgDcc32YhtjMeAoyME"
    "d7e/IJRtMtAn3RG9col0x8HumNz2u1f92/7jvy6RaegTwzTc9Zj0/v7EP8J/evzfjDx0/x"
    "SQh4iHOVmodz/y2UKYOLgZvgTD0ejbw3gVrOCVZZlYJzmHelwutXoTKnio5QtPpXqj+VeD"
    "wW1CCb/qp3iJ9093Vz2KPYeeDjJ8TSNrEK90G8tmxSVkID69U0f28apAR46pY+0CuKiOnN"
    "hZ0jG1qtsUKgd3Mg/DIPs2TPvF8myim7d0pua8H/dH6ZDG1pU3o/bNicDWCq50tplac4Nw"
    "7tWEjy0Yff3HYlOxBS31tU8oRhZhjbfCui8GYfkMFnEXm8YBwd3Og7udZRMiqp1aGP+Mpw"
    "sFM2qhqcEnhVjoUc3E9JoUtWnSck1WuRtjOPobXgLlSEBBeLft2xDdH3PB/TGNrb7k+3Eu"
    "1Bq2pEsl5VTyGdeSOQVRmq87SnO8WgyNW+SKY93hUyFLQc/IgYm/08Q/TlJ703ZwFVntG0"
    "NfvJcrQFjtmgyZx7dRRQN6gbdZYAD3No7o3RZw4LUu3PcaWSu21qwpdCDqp/D7puspczt1"
    "0Bv9zk4HeS7zohvYOT8/P+ugF7zGMz+Tn1VRtfEUG4zRq7uuPl2warDU5GVvRVH92JpuPC"
    "ZvC8ysbr/VdoCSX7WWgmlbr9jhnbPTBniIY64FDsY1GNfNOAAPbVyHSZ9Zy0MMcjh+zyTS"
    "AjDXuaXlkkjBaD6y0cxa2i7pYW1JZSIkpVQ8HYp0BfkuvyvId5muIBQyLHUGRwLKlZ6onr"
    "OxxEtLyq0ZjFcO2osffiiALR2VCy6/1q4cmgOWJH8YjB5ZnfFQS/Yza/zK4yy3pmTp8cpP"
    "FyhCXUIfabirM5uH4O85rUwdo5QgHHxFDj7I9slHv50RhSLZPlB6Baq9txNcVjVUjOs2Wz"
    "oupRCqNRvSEIeEUFkDoznyobLNawxCZbtq7qff+AXKl0N1+INWh8dhvfA9kQ2oyVH5cTUR"
    "jr/696DL+wHFZVjQqTwhPAjhdqP5FDqZD0oLzwKXHyBPols4VK6lVrlI2S5nqhOCZ2HomX"
    "UENcirZUz9IDaJQtqnDzefOuiXh95PbMzD/U88fL3i5G/WcpRFOCc6HRhFs1lTySyhvJ5b"
    "Qpi7WWHuuWFi2ZzYuIyCAazD+MMs4rL8qvwU2RzPSEpOQbwPULnM+G8ByLlnRTgcTEiBce"
    "4s9IsfPshs2Y0EbNYCm5UdzSKvE9HtdS77RdSmZLJ2fVJeywDe5j+6HVwlXN8Ux6v+fXf4"
    "r9O77j/PEv7v28H9T+H4uFv76l+PvS5EJyA6cRJq41KKZFIIXhHCbAfT0stEJrKCCjnRD+"
    "XEjRUN2dNRE2N9t2wHF3bSJB7e3f0nYxsSXIw7kx3SD2+jsh365JXaTZa9/lU3PT0AIePX"
    "EYzqbHPsGOF47TUUKOjRubNeKerf6q90KzxjNKWvNla+HI0+PyF9aluOw10n0wWF/BKx2T"
    "Hj6KL/jf5018jwr9I94nLRrPvmAPODr6ZZvhq6UBKoBqOhEHFaXYn2vlysPyGmDKo1h/qd"
    "F09ORdwIVAN56w+IjGYo83pNLER2FQYEP1r0j4L6zcifo1VLUFS72ey7IsG9vTSVRLxUoK"
    "Ok46n52skf/kipRs75yAlrAjn0FlMcuaODf+7bFgV6Ild74ObrEH7YmkilfMRllCsx+32R"
    "hILv8xMKvs8mFEAyo3QyI2QhHTQLKXloFw7kJMUUjOZU//BvXojyQENvqhyYs0EzCODkQ6"
    "9uAAfSS+oLMwCXuXIucxE+KJQGzgH9oBzQOGT5FniI6G4DPFrFIkzPGZ4YnGypI7873zm6"
    "oa8e4tARyD/EHER3E7LxyrJdB009Fy11+9kgrJvp6PNTB03pAj9b9roTFDdi5YmmC0bnNE"
    "VMzzpuWXH0AFwEdbkI+OaQ948nxMA/Xs4/7j+N8uAn5QD9cuiD5+ZE2nMTHPky5m5MpJSx"
    "2zA18dDF0Va67RJRo79tBZAiEfUQhhpI7fI+hhURpUz2pBDQLkW6QqCAS/pCklLgCWlMLY"
    "iG7tevphiE4ru6buqNgnBuY2UfJ3m+aWdGhdnzAhWiAnyLN5ZrK7RJzakAuEIqmDSwxchg"
    "DTsUKmODifSyCkC9jk2lJrIpdbQAvMcpYtRSeIvVMDpOhsadTrwttMf45U6RYhtLLiBFfm"
    "RNIvTZH57jN4lg9wpaP0zWUSeHTOOG5I3OLtHM1ueuL2QRv/VDJ6h7i1yLZVZkYzA13XhM"
    "TDx7xja9bq5RwU4VS/0F299OF5je3ob2FE3MBWmuq/oY56AyLMPanKgH8fTlkBd+GQ3uc8"
    "z2UCC9LY2pi/4HmYbTYk1dBCyDgs0cka1CPKN6BjGorwXVDNgEVynYXculbwXpmGFCDDxW"
    "5XOaoMZ/xTX+q+8vBDX+5c+qJrFDQ0ygxn+DXvdAws5HH0jYeWsOJOyT/CAN1PhXL67bTF"
    "RrUJIhuwAqpTceXqiU3oBY73ECEA/YNqykrzp5pbMt7DA1LYfumxUfWjjZw5dCS4u4C/qF"
    "rMD3v9TXaMILZ9OLBnHolkSGoMpTmQnAdd8s1z1fOik3dCigXPGFbUCGRumPuSbpjxmD1H"
    "8kS9ijcUEwR1tljvpLJ22NpsQU0uwPlhEcQgY65S6VPbW5GlUYc4Rd18SzgT3jukBG90lc"
    "36oBOf5IzWJDixMu+HD0tqAYoZWpu3PLXvo9R17ZzEhH/sSsXQqyPUJVHqzbeHaJ/H3QQY"
    "7FFB9/HsMJhs+Q+2ZMhUyLw95xTE7dNwuxrhgOomAyRgcrpulQXH2RDmID6MROSM7QXWTR"
    "B2RvbgWfXu7ki4tATb2d2pq+5GxK6ehqUg7Cq6XDq3NcolhnTAigLw09BHi+Ro2avqfk3i"
    "gbAZWetUOp0RStChToUaSwDD2Vm7Bu9lajXIcb+PNqxqRGFFCk2Vi5yjFsMGvNx7RNpn7y"
    "ii6huht9aOI51TY9t+O343tbUOXzTXfQnCooM5GLsappoQJMo9/z+TqvTd8XohKx+W+ASE"
    "CZ0iPVRZ2/uJgXhZKrCZkSU46RVH0Vh2PYwg1zUFW9d0NniVbWCs6ZQJlTAmzhrwL30NMp"
    "jX1KEPAvh7/l2aWPoKwsrEL1iQ452//gyQ3HTKEqosFc5GswFxkNhliipL58eMPxyimHB6"
    "Grg18L/FpN92tFXSmP7dZi6G/1agXLU8ipxSKfxXxaAxKL0MaCstzjZGMK69RggVf9mWLr"
    "MP+T7fulnKwja8+5gDbXrEDsEQqNlkmurE39qD5Lkj0Y/O8SEMdlQA0pooawoKc2t62lOK"
    "aak98TF9qzhkPDfFZyJRw4EK7AN70DO1fknf6qkOORJY0n/Uu8nVJSypjOlblIl7o7XWCZ"
    "F35MAuDMJEAa8zm2MbURBI6G/PTHpBTACg7MZrnO5pieomU89w4gvx/y+MuKFyKRRz8tCS"
    "tQbgV8ynMJEmFCEEqvNLn0CjBF8x86dZmiUAoEqlUoQ4jbEtqAfP/Y+6rq2u5QCqStjUaz"
    "FOeWvZrzcD9or9GuNzPcW+v5RBBei651tkXWdDZKM63nYkG1fDiAoN3g91FnSyyMleyWjd"
    "TEZZSL1FTPJqZPlLDJQD7AGwn1go3V40vfGoa79jGSADklph7S318UQPr7i1yk2SUh0pLp"
    "B3EhOC52bucJnlNdNYtwfu3zjcRexc+bqcqKcD1I7XPW/0LQGjUf9kgAUC+P+quhyxwmwf"
    "AajxF9ZdRzklTPwjFWMtD6o5U7oN8XId68z+fdvG95sepa9Q91HdTM5pFzTcckFHKfHorz"
    "7Tmily947RJeu9iWalQhsP4ML1eWi8l0PcRTyxZWQs0O6mxzTRmb4ZrNxx/AR/XbiTO1fP"
    "vvBa9P/g0+qzb4rKI1K5w8FgoomDtWvQHKngQJcIPhCkL73cXHIir5xcd8nZxdS+WOYfpL"
    "HVdb6I5U6d60nIJ4V7+V8/JM80mKeWmmX2+iXnLzOit6BynvVFwGmvPt4Sppl90JzKjyhm"
    "fGTjqOWv9gW0srWIpsY4Po4lY1fhUOa1iE+WtR1Q+XREnXWkZ/Cccr13mg+jCbbDy+/lh8"
    "i1XCF/q7xODu7rAayjYZ6JNPT7e32rB383T92B/c00npFJqNZx4nFYzJQ2943bt/1AafPr"
    "H+q/aU5dVb8/mYXD39S7vXfqLz3l2iibfWiEYPW205Jne9u6veUHsY9q97l2iJlxNsaytb"
    "UCS9yKJevCuSC/suPxX2XVE9v7mNc2e2PnclIyAnN8Pup8dLxGXZQvImulr34WE4+LV7G3"
    "XT1ejr2LZedXNM/Gusja7/mbi17pjQqdgHVB6XarRb/ZK6C6pDLSyzRLpNRhTybcrl27St"
    "Yr1a6Nt4hUW23pVlmVgnedZ2KJSCfUKlDoV79Em9VvbVYHCbsOKu+ilQ75/Ye+v0O37u0E"
    "GGm4N17D2oTQRh8/yylBlBZbZ7ZV4jpkr86QqcyrmoxiQAzkwGsI2xJJ5xEQA0U3jB12ct"
    "5j+SO21TknDkShy5QUklgdae70uOy9TvSz7529wj3Iqi1pFhugZxztn9/ktSj2+sh9m0pj"
    "xRRzNmUsuSloOlqXxpqI1qu04J339CUD3KWUs8/SFIWzlm1Pous8IxMVjfJq8vFOU9ZDU8"
    "x5ssDbdcgDQtCyVCmvwcha7MEgudEoV1bvI6++5pzca6I5c/mRGEE7TICQoEk3z01SKYJD"
    "IbVrOSq56UhFVvyqoLDtfg2wveobIVl7KCkN0icG7RX/5s5VRdyq9mlZQCYPMbCUOhsEPU"
    "do3MIFl4BZIA8M6kt/B5zwItnfh2HZuqXRgXLlmVPByhHlil4BasB5Z3WgDAOwAWHJAFII"
    "4pW4DwDoSziukeNe3oZKbhB7X2LG0X8eS7mylbaArlrUKy4ISLl1XB1adzqYRTLYka8T22"
    "LWcjtRcLpG9o6Sdidweuf7A+7hZrnRVOghydPqD0M/4x75B1iXQ0M5wpIwwG7eIJ7wxv4y"
    "mmc2WbcVU3LRQtbDQTMj/3BBIkDlmusGWkX0V2O7jh1XXIFnHD89eWnNMlLqLS81aZP2uj"
    "vUjhmhYDbHe7svherMBGHYTztAzeolZq/JkV9+sVbuAKkE0kbCuKbvrJzXESHjmdnpu228"
    "yz0PYtYpdFNvdug+yR2j+jz08OtY02ttPUesW2g04JtZ0uEab/WLNBHWpHcYMpdLueddCb"
    "4S74Zz7tHfEEUPRGTSeMDBcZDrO/sgZbfbcVVvhKPEPOi7dfla+vxcI7WN0Avnry1kVCTK"
    "HQUt0d1EAjOlz09MWTDJpGAoDnbg0TdKEKdSGhtslejvtjO/JnURTVzTPbKN3ymh8qd1Rh"
    "9H9kRrdMDtiqWxrLlWW7wTmlLX2RgipmN/DFB1LImlOtz8TP+nSN5oaJv3GQPy9aYH3GNE"
    "DXQte2PjMx8n9qB9nYc+gU80ATJPiLy2WzmuXB7yZUKMMqMBxhUCaPqUxCIAAqJZWvlPQw"
    "HLAqSaNLZpey+kjOmIweB9efL5HjWtOXsO7RKCx5xK4/PTzc9vlnjsdCovzTwUPvXhsMb/"
    "jn1goTjft5nPSJVWQhq+8D4S+LXKL1RqQZybzstsok80KEJ/9ZUDfCA4kWqq16XqJFxoo9"
    "jlHQ54r8L9bkRGAQbC4WMQb+sCZQwFUt3RnUO0XUO2atyhpCcRlIji2SHIvJ1JoFvpOiKM"
    "dllEO5+o3c9CquAqinCzx9wTNJxE+uf+5df+7f/3SJ+AQU9DHhn2mfuv1bVomVf67Ndfqc"
    "zoJr0ce8iOvT/T2fwPYI4fI3VH+5RDOL4DEJZwnlh4Nb+m/tqssOP9syTUaTpzpGMw6w5c"
    "YrWdQ+jYmAfVq5feparm5qtvUm0zolKQRVBtPhQetFFtGYBMCZrY7r166WBTUjB9BmKzPy"
    "l4wssmkxADYNrG9MyyObkQNoMzWGdXe60BzjvwVmUH6Z4YRQfaBevGsLrNi2LQGtd4vJEw"
    "ooZ+9AySXwCSfGlY8EzA1iOItSy54ShQJ2zXH9Z9c5ZmmXWOqsNKx2k1cbShPVWDkHSrtU"
    "XdqlSFmMWCP2FHVfosSDH3nc9IBvmV5SqBKG2MArgRI9axSC6PDR7mBb5Qa8N9tuZ8w7tt"
    "l3E18HBCN3wUioOkH+BCh48lhKE2tcQb91BxnE/5g5j3kQ8a/cH88gQB6ZWdhhNNQlIvgN"
    "O4yJajuCGhgHvxuUxmh0Qk9+VJ8ePFRBkfGHRgKQhCJygBDXcNc+KBlQt0V+E2JN5kmUdI"
    "dU3/Y2wEz2/EiIqbSHa04NxF/oV5CJwUYCEIGtPAL7hzWRMyI3Aio9AocyH//waY972o0J"
    "CmXLAC5qPW72lTh/8JjM1iF3xOQp+r7ltFvLDyy1apmtv4VbLFCv9koTA+0ZtOf2HLtJzo"
    "tgN29rqOkL1NhH8zi+7QrbaJbpjgNtcWRitOy0kNGLw/GgFleuFodEGMlTJS4GPXolDhcw"
    "Q8AMATMkv6Kbbuumic0bfX0iqucWu9zZWs0tGKjN9LVEvGHiOQbBjoOomF/7wvbIJS9jER"
    "TBwF/Y1vjGQXPj2aPnKlphGznYf0XoDvJWpqXPWKRAJzNWUo0E5TG+yeQ2Hf6OYxLKvLHS"
    "bqbuuGhqLSk4eBYVgVvm1+WgX4VdC78jAxPKcxw1xTCxFBl4Gfslh5eZktvGe2nvoSfClB"
    "FZ0k3Z+YMlo4BuJEAFrVwFDU+kMpTNpCiwuZrM5greRTLPXUwEHrzKHzz6epezRTYCYIvs"
    "tkUC7WlPWyRUeYeeyqUVNztL1hqJeZWM+ZyquRTNfTsmhVZGNKFCyB+2bVIWuW1WXALfIs"
    "ZccoWLFE/03yDMsmKdjLiRRaiRZEz9Atjum4WctcMqfrPuRjo9LqlNhtcWNaV4cyOPfMNq"
    "HJp06eltg9LZhktH24Zpfjuz3kjGrqvlrmNyyob6ZTM6XGz0+YmKLa1XvMR0F4SFv/1SHP"
    "SKiWfP1Hak12yD2oQTvKB7MzIWgy99lm8OBrZDYHuyv77gPQ1CCMTVFYiLrVrRsEZMREG6"
    "VfVVF9jTIAFvMFxBaKuvnEl/NzZlwI0ElIvIfffhXaGN+27Lzn2XwZc7OLRX3fQErMxtp3"
    "RaUqFUm9q7lLEXcZk1SEvCGpRdA6p7ikLT28CPRJQpIVA35kyn1UJNujAnICEF3qHqvUNA"
    "gzl0AbwvK5Per5TnOy0Lru8mu76p5Sznad0IgKdVmFkR7n7Z1HCBpELa0qFc2cJoc2lXds"
    "DeaNkeLurK3jy6u/sDxXdjBQCrnXYveHSlE+/rcH6zSM0Wr3cQyCng7rY9IsFdcly6Xb5x"
    "UCjOvMgxz7GDXZd1HfK5RZFv2WFZy9gOnNN66Lmess7jDqMXcee0nxc9y3i6a7rvmCysN0"
    "SBXyO2S/DUc41XOtjEus286zznGjn0WfnWms8RwXjmHCLp+mtxVR+MvtTCesRBNWBJM+Mk"
    "W0141P/pvnejDT59uuRblZ5jdLOmH6njeK5t/KdnMB5NSJcsSghIy9WnrX7f6EcgtuV1Ez"
    "tadO7J92nNmQC8TeW8TbxRQQzOP12B5pW/GGJpZRajwuqhJgdoj42fO4UyaNfdqthi99/g"
    "KbHvRaLKLENlm55YrlzzxGA8uEuhsitUdhW7TjeqcomFzwiDm7zJbnIbs1QnmSjgRgIigJ"
    "VHAKH86gF1BdOa6rFe8gWhTUlBcEhk4W0OfdmdKxKFzbszPBTuygpCGLexqVq2j4vGMVLP"
    "cCKGMaTv0GH/+vEk5yCGIFFFtZlzDwxAeAfCojNyjwLYYo9zqXQdpcLKB83T6XruYoQdx/"
    "+umVBl/HJnW6iSavMLzfFHSoQqTevZIOhUR671ggkduTTM9dkljxfq0ykrh8CvOGiq2/aa"
    "f27M0OmYbr7Z+OSswz+x8Zwqr4tgEhYBDJae3klc4LmG+47JmPT06SIaxdJxHPT7ZsjvLB"
    "dosuaZQTxKqqNnj64onqGnB2aG8ToOOnHesE2/FqsknbzlX1mJasucYXtMkt9lRf+OCStZ"
    "rT/r7Jfa2HMw+33oTXdYpNbErGw1nW9l6ms8O6N/e6WifgD1bUGvo2A5z9Gt9Wx5Lv82+B"
    "Xb6zGhGLH4bFANm8roLlp6joswHRNuAxbxRb/78zKXy+9/TWHrV7nwr4dS7Lut0Jtlv/CQ"
    "rzsmFj1i0Snb7nTycxbztQ13fU73Fi/HjacvDvtdhr8C9FGm68W/EKuG4f+eKTsW7LNz1E"
    "W29YYMB/mH1Azxyan0QnfGBH9ZsRgWOiVWgOPS4CDO6Z3ooKnOvp5hmmiC0atuGjxJi+Qm"
    "Su0TYc73FQqV0ZKewuPGmA9S9LhMV+6ctJwWdOIuCfbHAlh/zIX6Y6bLLN3ylhS2GwkF0T"
    "1AG9+5KBdhW122QAJKskmUZNu8miU8BUkhCIWlQdVnM6qM5FB9xJDGRJQLiFWfEQnRsHzo"
    "1Y2GBfp+qXVPy0IsrMmxMN8qccqlBsUk63m+6zQgVFrljZks/zTHJeFZbsMql0mpTEsqpx"
    "pV3/bIL3gjF/lLyBwo5Nc+Jv8GU8+RRTQmAXjuiqB6QcioKZGnI7zPdwaeYhtqd2ad/zxX"
    "AOldNJGSoCbOvSZVAr9lsZpPumF6Nj4RxKgS1zvbglQ86qPN/aEFo1RsYjxDK91x3ix75k"
    "eO/NLbp2wfsi/TQVPTwMRFgePizE9xW9kW0x0clqFGv4tf1juKY7j6fH7OwmbZCFUN92TR"
    "qc945fLQBpvP8WMmuo0RsVAY33EtC/Hqcn4Uyo/xEItewKbp9zfVV7rtnp2jR4NNwuTxyp"
    "ouxmRpmKbhYLrxZg5yLP71WKjLW9Gf4Pq3C7P8ULAoiH7FNf2lLL0Tjf5+yyNklrtAD74i"
    "xj5iYSj6X8PF+QXqQpT4GgfeJChP16BchPwoTXzpiirHcRkF4wnV+wzb4pRtMcTx10xBRT"
    "kuAoGEDE9Wd1z+8qZW8FLEFNpWmy4jqwy+NaeOTUxryvwQ9L1tmNLrIJKGlSi+EhnD8Tgq"
    "+Sgg4Yz8kg4irTw9ZKtiHpJ6tLBGRCHdPH999uDiHLN0a4PYOFW9D/P1vJzqlvkZPnlFLW"
    "tI8DmOd/sgqTzealYyWpyUhGhxgwMPEW24Ce8K5nS4m+vCl0R4bfvbgY3SAkLTcd4KUAPo"
    "EDWA8NTGgmPoEX/Jy8qKJJQwQbcdML1/Pm4/+6Pz5XZw/1M4PP1CSBVLJAwI2Q6vMSlgE0"
    "qwCbnN6bh4VcJUDcXANipnpQZ7tgxnJiEJbIrmKDVZNgUwH/Mfu3bqskWYj/UTENRTy/ay"
    "DXaRFQYEP1r0j2qpCs1ahMqoCtUZWtcLnRBsdv3Q7YnA3EqN6Gwzuqb+WC2IBBfN6fRs5C"
    "ysFYvbsljvUrdfsLsydZbCxz7gF1kgm37mzi17eRk0LuORY39t/UB38AU60Uh/IDJmZ2eC"
    "pM4abwx2ZLPsyHCdZPy2cRnlnLfV55/JBuTrD8a3Nn2HHsGaZNAhJqKEHyS1ey+KZKfSUf"
    "n79yKTocogy/M3bQdaMZ9TDeUZ/SR/jWfQS6GdklPu8DgI2m94srCsF3m4M4LK4X2Qk2Si"
    "O1jzbKkelHEZ5VA+yK5mtYU0+bICKTHlsK5es2N2kdCbsgXkjYhyAFev3xkOtaFZlxLJsE"
    "tCrsbAS2i2tDbusvKchVYu1JUWBdhlYDdNberZjiVwCeaHdFNipQ6UFoVYDhHWZRCWioIk"
    "BCHUBaEuCHU1LNQFZD3FVr0Csl68R7k+o6qr62J7z8qpN3SmWz5RC7dCXiwu+ZIMHP6aH/"
    "XZD66HYLIBm0tZxJgyzDrtiXKYpNCiE43YPKoi5SyM1RITV2OQ7YvWKJiMoaYqYEt9tQrT"
    "PPZA6sW78ydSFaeVZRpTY+8dxVrVPbCpoCx2QS5F7H0o4FEk35a7ORTp9/RuHkUXsaPEz5"
    "H30xZ5Kr41dzE5R3xBLxGruUw1D853sFaYIP8WPosh4G10kPPinf0VhUfUJb8a/usktQJ1"
    "3XdM2G0OQaaAPH12rY48/eZXU/Z7dLbWMf/iSbasiQSgUY3APRnq/3m47uYKabkIQ9wjG/"
    "eQa6e7T/tcxXeuTl+uy5UrU0giLqJMCkllgGLbFsUo8g+ASEC5x/6Hd+8KPPd0VO6Dz6+l"
    "G2vrrpdTW6ZHvGWGF558jUXSNaLN1FhJxE8GD737S64Aj8mw93Db/Vf//qfLoKMKXQL26W"
    "hw+2vvhn3oWOarH1Q8vmrhf0UtYoEXPFXSYnCypE+WsJtOqSq+CVGIxjXHQZ+Ny4SPc6l1"
    "TojCOjd5nSHqmn90tjP+BlHXr3HV86KuKdY6U2zkfC5JIWjCvE0nkm3BnBUE74Cgx3U89i"
    "gEeJtLXCStEMrHqMiXOVGyKyJdejybuNuyQ6VounTyPN1d3D2xfysAWjL43rBdXxRl0VO/"
    "G+vYeVwB0mq3xs6+u6QbYx8yvJ3kLwki3BmC0+4gt4BgVSjOnUyy1x1E8ccO67p7GmSosT"
    "7FjKp81uE15DklKejZi6g+Ol3wPr5++ftgtg6vEs8+ubb1mYlFge5abjwmQfEAF03wlIJ8"
    "jp5itQY2YtliA35Bf2OGlyvLxWS6Ri+Yl/P3v2fY21pY/z6R3p5YGLYdoRJ+Y9SHzpYIez"
    "PqGhxbkzuwLzz7dJRAOyGsIOzVR4e3xYhyTJUjxIVU2NfySAtElQt8Vt9rDr8yjVq2IH5c"
    "Spl4Ws3FHg0Xi2DPryQeCexVSbyZpokIxoMUEnctVze1uajmxLYNnxADV1PZPQ8clsPWn6"
    "BmrvGKbSH3PndvJ4WUOc6r81Vbnj0VIbpF69uIKLdxq9dBIF6dD307I5cQr/4aVx3i1cd7"
    "SeX7gXJR3eL9abNKe6gW1xAXPXhc1ArjNnsCXDTBvWEbuCis8Qe3WQG6KGVeFJyL59MXCM"
    "wl8/h3B+UeYlWwUSKf0w9JOZguMt026I3+n07cdAwsCoGxBFE/XHaOetQwWiOekYe40ysT"
    "kqvntmMy8ZYrB9HfbNhU9aGz/hXpftrr1FquPJe3wsboT4/ew3DXLN3VT4qlKhC/h42ndO"
    "M44Zdi95pa9D54ds5H+rPSr2Gux+TZtt6cDut/rRNkmSy259+L/pPQb2QjJvpmGy6dnH7C"
    "umzTH5Af2oudnkE+GoTzGuSi2dLuquaEzqa966pW1GJPsNy2Tgkq46ep2QW5Oerk4E/KAf"
    "p7oS+XZZsUAlNF4KJsX+7iCpNZUANHKn3x8yWyXsbkoXd/wxMXg3lY2uLjMMxldG0/lfGm"
    "1725RKyQSVpvO054G5KiK974vO2gdFQpKaWch/4goSWCv7hasBlL+GwF4pBE2Bw/bdY9jw"
    "mF1CvZjDIhCuvc5HUOlKsyZZhjgrDGTV5jCLXlvzkh1AahNogLNS8udJwIxhDTLz81TIMX"
    "Jx165EQQycgO6hSJaNgJsaKtSQlGK91xWAYN89wnJ0F/WJNL9MbqXnJ3/nKl23jWiX1iUw"
    "E3+ZFnzhCxXEE30sPeCxqQNqsBKT2O7HJaQVIStIKmaAVFaFdzgxglNf6UKOj8zVH+sutM"
    "f+nzs4hNke8Wi4nU6BObYH87tTFdyXnxHG26wNMXLBkiTYiBXzcb0LCmTBH4IodrUgpgFb"
    "IEy+zYrCCAmwOu7KZNiwGwwqwhmZjZRgDAzPJPXN0wpRIPYyJ7pR6W0w/+NvfIlBugE88w"
    "XYM45+x+/3UonaGOjMSMO+k43o5E3SCBoyNdV2i3j0PQU2i3j+NxgakloBNH5+usm8jy3I"
    "n1hfkhwgm5UyJZbcS5RIyA6GK6M9Y+hZJ//A0a/dx/eOjdaD8PBp9HyOCEy4y3o5a7jkk4"
    "1TdO/G6dgHKJXCvJBj2d6rZtYBv9LzZ8+kK/LF215QTbZ+x+bN0xmZ0HeDvn0Tc9H5NUjJ"
    "U5a+i31JGNTX2NlvT/Xf0F+64d6w2d0tWwkEF/pIl1B9PRholDUqnBCsuguWk8L9yzYrTO"
    "cOmJleF2/hbjmKQjwf8G4mcjiZ9QYqSASXmAEiOxx0gC8JSYglAfIO/UP2plYI6JKAhx9Q"
    "6S8B0muZtTYgpCXW9tIrU4oFnu583gvneJZhbBwPlU3oIFJuLXFckAjm9dHF/gAqr/NEGx"
    "lfwnTN2oPzBAVVt1YIBCsZWWQwqkWgnlA4qtQLGVZPDuxbvTVyv/N2ZDd5urnUKBuxdPW/"
    "oCRZnJno1Gn5948NfvKKBvwlgeYSVD4pGtbxw+2pgJeMf7zFSg2sgJxTHxWbo19l6lSL6W"
    "cNTBeMht7XHeYl+x4WgsDv2KBQFWyzKxTnK2dFwuhfSECh4K6nC712vbXw0GtwlN/6qfiq"
    "LeP91d9Yan33Ho6SDDTQRXwepW1/4qYnWD/XUgdjDUpNobTzC+jml8Ma10f3hH/iyKYrp5"
    "aJuUITpiOQYDzhQ8EdldscudIoaXtRlbKBmUMfdYEza/OCSb5RkzluIphauDTGvKkzXPqM"
    "Wku2hpvWK/uqT+qht8Q0QVIjsxHmPWJDvUncaET3fu48sYS+cUI3OtBfP7tEn/boz7GONM"
    "nqNHnpTKyIyuZxOHfUNGU3Qtn7P4Ztkvh8g0Bc4huwbFJtvxYk+EzoOHVA7UlBQgCwadFN"
    "RqGXRNydVgr80HyzSm61y9I7hcSO/wcyVXTMIomqjxM9UIlt50wbQAy7Njr3pfR9BRWAib"
    "JRs42DTPWSVs/lP8atiBnvwNq2TNtx2rYs0UjTfDXdC/BnpxQhep5a5jwgpa2wb9xaxyxd"
    "yyfb1m9PnpPNJ16FPMrvsTY16j23eHRSPQHOOgxnbwpYo7qcEJfcxiGAvdxtpkJaN7xETq"
    "e0d+947+r9Egx0DV59hdaxNvPheFGvORTcsBCTZXs+NHUhbb/GzOrCT0kyzfTxKIVarpgU"
    "Cs+noc+w07vMCvX/NrotV+/YZt3na79W+pFecz2QTG9eZiZ5tpzdro+gnPBe3pLvGLB/C8"
    "fF5PgNqi2HHoZZa8b6GJ5T0vXHQ68dZ0FDVOuT/9rBOwot4WBjWLbdZhynHRC1530Ny2ls"
    "HnQzwzHDQ1dWOZ5VzVe2uh/Rvcjl3nN2F/CSbU6ISCIgKsA/pmOBQOaKYTP1rMoiyuSEBB"
    "7tbHdwW4Wx/f5XK32KWkjhR/RCRATomVgrphb5xU5u7FxyKpuxcf83N32bWUm58dYZKkxL"
    "hMNTv6uIdKAuX3Rfbz+/z9/D6zn+V6Qe3TBKpxJ8VXHZOqdQ+30xVRhGPIdCI5mzkmAY9R"
    "Q7K7VMc00PUlnTsJIcB1t4cnZlLt6YJgJu9oM1vLYC7si0jssN3undAArQ7cfjCjogDH3j"
    "XNy0hsK6i5KYkN8KGFZ0aOFy12pOzwowWPZjFPWj7E0HSkWTwL13BNQdbZllJwoYCCzqGv"
    "rwhcZiufONMFnnkmDle+cBW40fXPvZun297NJYrmGJPb/q+9S8ROkDHp3d+wq5jevSG14H"
    "jjHKdsxx1HXa5ASwxyATcga5HT/VZmiWNi6jlgVFrfBvXNaphDXqVV5m+Nco8xrHArVrhd"
    "7nKg7lXjL1/ZxhRr1Pi0rVfdLKspZ2dpboXRE3btvtfjyvCYZKsndx8ehoNf2VX/BzE9et"
    "j7pXf9yD6z8R+8rWczNGgf+BmeGuWOZ5E8HNNNPqb9FfN3If2P7oj821tKBInFm/u4lvQl"
    "HKQgcPiim6zlIjcZOWDnQnJufcgmD3nZzZsjDVtYFNY1TdlYeUIGtm+RoC4DrIK42JOjdF"
    "gssbEScbEhVUKG/evHE+H5W0VANzaVouim3jsF8N0oAfXt3Yadt0XBzehLOZVmt73kAOQd"
    "IOe816WL+qY7/maBvwrkPn0eYjM6GPK5IKoRFjKcmQowUpMv85+a+Bgctu2cjBDZYrwMLV"
    "rWYmXLWMVma75JMjpHvzuWOfsdWcRco2deyctd2CzpiFfPePboz8cz9PTAnBBMNGq1Sm/j"
    "uGilu4u0S+pwdxqTUzYJ+l/oT3eN/vZ/2H8oFK6mO/Q06YT3Qo5rmCayVpic+aVHGBFioj"
    "v4WzbOvxfSn+kOoBOziiNMaaFfvlCWFFQJOTZ7ZW7qzkLzXyRzLNAct2WZCYRVMn9qyTqL"
    "L4Vl2WUWISamTFmRmrFPHH4Sx0xGTqX9X51TxTKl/CnBcGU2c3VuQGxrPLdUM42lIQgV5b"
    "sAs5IAbybdzLQcLMq03tZBYCNUY/uA6JPW9g9gJ6eNWdVbEeJbD9y4GGxiSEyqCVeo5Ls3"
    "npDodbREL6jPX7qQzyYYAC7UhjoGH/Q1q7w/9IR5WrGrnW3uwJU/TrO9gllaJ1000V2/kK"
    "/jrVamgW0UzOKg07H3Hs8+jr0Pk+8x/fPix7+wv198d3aJVra1Ynojq1NkEYzmBmFPHvIc"
    "bHfoFMYMvS0wQTqxmOcs5LE5grpHR/kKkIXWLD8eXXGNsfuy0DL2YI5NGJPZxhhs7yEkwp"
    "L5xFOqnWu5uinveUuIqaTj1ex8a1+KX0A0PpFbhpMsUfmh27+55GftmFx37697tzz9b8p+"
    "qRmmEEqXjSpUNWpL0ag0aTIkUZdgJ6dEgZjcZGIy5I/kP2Lq5o9Ej6gsrTQrCIzS/BpmwD"
    "g/vBMJCHoHJejFHnjAd1ed7czhuActzyCvljEVdcWQ8SqNAvdA359NHewP61ry7OlCd/Jr"
    "aScHdLY6mIKhMjW189EBH0zDfDBMxxKbsTkOmFBAuaK63xexQb/Pt0G/z9ig7XMSzGx97s"
    "q6CG6G3U+Pl4jLjsno6equ/8iTlh1vsmQtZ2dFs5updO+eTuVgQme6Htx/6g/vuHPBInPD"
    "XrIRD93hY797e/svbdi77vX5nCvddg3dNFmcfYqNYPbw6uaz69vBiE/H+Q/VuS8uitRjvs"
    "ivx3yRqcdMsCvv3IsJKcMxqNmv96qXwD0mBLiXw71d7my1sA9OZFuzLbmqgBlB9fL5Kz/Y"
    "w2oljsZ6QRi2iEk2WtJ32Q4XVnqGGntfHnbzf3/x44dou7N/bNvgozuqCWR3NLFEUcX8jR"
    "yOV2//HqIeRekqIFD/oxTe+MuKa8fSwfKM4J4R82a6VgoGzCFQlL+H1Q0URSZomUKRKVkI"
    "BDc5EDw3bMfV9gj7CyeANW/ympevQAe159qzyswbWOb43ojB+jZ5fSPnbhndLCULK93ole"
    "Z+9zLLHBeENW7yGnurWUk7KykJdlaDlz1TXwgYYwek45WtoQnVMwuAmzL7ZDHOEweoodZu"
    "jYneAU1OMts7KQXIFkj5DiDLoiyflxybqmUgF05OTm4wKAdbMb5QDrZhbHMoBFsY3qIlYL"
    "fqaoDyDpTz1NM9iP2mQfZl9Sfo57d0PoXO6BRVYorp1HvCNfRnURWkY2WKtAas2lJF+KO4"
    "K10kfF6Lpoxo0YFRbd7IbycrnogABXmPnUTypyt4EW8rhwfWZo4dT3+XW7aycVZWJYjr5q"
    "PrXzQGkjZZSWztlFSNnNzv37Wl1qNfDdPPyJE7NRJiypD9KwZ20yZSCtiNGACbqWBsSbYu"
    "s8ChCjVJj+SgXgmyeaV9Ipn08JZhXNQ7Ej2pUIu0MbVIA5eJVoGbKfCbqOZgqsEdQL/XCL"
    "uu//Xy3AGxQZ0C7gA6jvWdYOMLViq9XtCf/e0b69mzmQOtLNOYrju8/qdtvaEVttELXqNT"
    "B2PEUMBkdr4Zf+6PP8tWIa1++j2qW9BbZDd7fipVMFy5Igwf3hfIn/rwPjd9il3a7qx41U"
    "1PkEX1y2hwn5fdHQikGWnG1EX/g0zDaaMasgVmBgWbOaKdhfCe3nX/mUb++nZwxcGJ8cnY"
    "BFdpzwbQAr8SWmBGOc1/6x/yTRYGTQTvr1g8pYATOx7DKdZmj85lvGJ7HVUeiZrN6eGbJu"
    "xtd8oApwNcCzmuNX1BOuH/YF3rTDx7pkN4Qes3m2WiEcFbrI4bbvG+T02Dlx/Hc3DCH9UJ"
    "H+rNcuWcklLKqRPV13SK7XcJmJNSpWBuGAHhMGpbrCUFxSd4nacMwG2NrWJSNXa2Cvd3ax"
    "tbQbUpqDb1NeEO9WEOWx/GV0I1EY03v1pJSuyr7u4BxUryN3A7reUixUog0FhloDE6T2RT"
    "urKCkMwFccfDxx3FGRux3VgBwmqz3bNP7nF57hCALOu2zWMipxAt7r49FAsZfJ7HJR5r+n"
    "SKV/KUt7iYMmY0cAmbDizUTt3SA/BjAV8EHbWlC+DHtC8CCPUNcbnxhr9ydlhcBCwwIS+Z"
    "KTXSPoOYkEobulrHAdUY5Z0GkRDgCszvuj0w9obVsqeTQL18447IURA9rbvZ38GpWbWLSz"
    "HHQBrl5LumgK8LSPYVkOwzWlcFkF6F87RL4yqKaVzTlE5dOKQ3LKoRJXCFxetH5fvBwhJM"
    "4PpSy/U1pUst4z8IxwPFL+U0yFL8+H8loA3H1+eRqQ3cg/hk6B1deghpsjin5ZTzgFXPog"
    "whW1GgSmEdCSoHdvXnBl7qhikDciSgHLgHOTf02czGTk4/XTHCMRHlMD4Id2+lr5eMqe5i"
    "e+loM30tgDvftygUrs93831bokCGo9HD1XiVpbcn5IDgXpzgDnzK/L2tFp9SIvswlmzCnH"
    "FV1rRs4T7IZfskXg+2NfOm+9azDD0XD/5sKoFVhzMorHC5xScUK4K52zWkxQtw7s5w7aJQ"
    "8BsHBaLodOy9n/9lMvZ+wH95T//84f0H+uf3s+/G3o9/+fDxLEpIZWUVHgad/9/e1Ta3jS"
    "Ppv4Lyl3PqNC5nZpOp1WxtlcZWYk0c22drMrsVbWlpEYqwoUgtQcbx1d1/XwAkJfBVgCRS"
    "JNwfdtYR0aDUeO2nu59GSw654XXq6d0t60z42mmUkco++3douQEJCPtIZv5KZb8e88tMXP"
    "7Q9QL0jIPk5TY6LSKJsJ651mlFOq3MLB/3xbMyIan2mCibNBAaVkdaykBY6PC2c6Iy3RLH"
    "WbkXnTVkh/oKlGXqV16Te4Oe7kqivctpYdYCQAuzBy1MdzKPjYvI607ysXGqD7zAcvSVnx"
    "ID9e+sfvx9JULU9UcgKwmDsPMg0MAKwhIwf+iGy1xkSjo0cC1d1/X6AFeVk4+D8cXV8LKf"
    "GJgT92p4zf65YD9t4t4NRuzvlUXY3xeDm4vh9TVvO+M/2HHyxq6a40XJ71LhdsnezBce6y"
    "dKO9C6H2Xlmr8mnfxlHrozPhboMSROwEz+M/6+v9bln2n68uRjB0cpbvrZJFlJcI+puMfA"
    "j1CufbP8CFDcuKkslthp7IeadWHzgqBeKF5Qd2qQODd34RTJCsJkhTLGUMa4DWBnDWWMgQ"
    "2nNjac9T56AA2bzoaTPXMUSuxKt6pDTOGot/tQpQp3R9Wcv4dCHe5D6le1DvdxM7SSWKaK"
    "oBwp3EkhKEcOtVIJynn48Duy1tEwiGLHoSik7AvjAHEqiyiiBZ3i7zMntHmpk0+D8aseYp"
    "uEjTjoIGJdlsQly3AZs8XHUS/Pedr5Jl64NU4GSr8eO0BmR2oVYFU5jBOFLyXBeK4bqp8X"
    "bG4Ufm71XJe2b+LGFaz1Chzn5BqsA9sR1RLKzjc8x75fxC+2LQciJdpgGsT6k87mQQAFCw"
    "BW7dUsAFYNAFZQ3bT56qZ1GqADB/uFZmf0oFdlbHorOrV4M43iZqJ9n1l+TGE2EdEVp1/Z"
    "0KH/5mUyXyGmQsoLkAVo6YkUC2YCWojdMnvMRHQDnmNhIZ8d8ChY+F74ZSHSK9jUms+RFw"
    "aP3vfiGmcNvbfQ5uTvOYlmTvTqaVx/k3WfM0A/i0/ZZ0LqH1r2aJXNZJhJ2oilVG64JkOq"
    "GjGTtIdsDpUiadl1oqrlnKCB6v7zWwV1/zkb7rJRN3+UyfuwCpRckfJhFan2ZaXK8INAZ2"
    "Im7Q2cj4df/o43ExnAelZRRgriIwqZacmKV5LUisRNS0EcbgpLOUQc7hJTyi7n+TEZ4+9l"
    "GOFGxIgtpSrac/i3cbXK18Ge17c375Pm2XHIVfAjc1KxzVTmj+WFDdptGnZBQEh0+YCYFR"
    "KtQa1SJ+DBmUbCFQ8pKQA9Ng97VcDHo2jGQzbq50X9zJOV/HiiAxzQTjig7dloBbcqNnld"
    "rli9cTm5//3mZnTzvo9i+Yl7+6GPvK8T991gJBLQ5hbZMftMhfSvnPIvR/hnE8vBs4Jzpd"
    "xOk0SMuFdlsvtUoIPX5dDB6xx0MCd6dnDS3rh0sTfn5wq6Za1KlSueZdyD5H/x9PE5KKwj"
    "WLG3p+WMqaLVdJa9oFzSQCA2Asao/HDQg/dEp4KAQG8qp+WM0WvTRpYXaoI+G4l2AD78te"
    "YAPoRGGf1aQ5KWasewGIXDYd/3CiJEylG4tYAB15mmETg79CMAbalzxGakjDkPDhdRtsEK"
    "clqthtPSkgbCaR2BzxKdVFIKzIlL6GKncc6IHmCgW4Zjd32cW4KTXliuTYQzvwAn3TzsVe"
    "GkC386S1rWgJR+FvqOQSxRamQq5hwk9Rw1qQcKINVYkke7FM8RSvA0pt56aphIG4munjdi"
    "Bmr78JOZ3TmL4h6UvSZNR0Dwo84hOBl8ZafJ4O7uesR9I7H8xH24uB8OI0cKa4lx5Ephe+"
    "vw/tNo+EcfsSHA/jeCnybu7bt3w/s+8uZz7E/cq9E972lBfN7P/fC34cWYf+DjfwluyV0c"
    "L4en/aNe6M+09qmNhAHWdO01Br0imu5ypCJpb4BqmwYq8HLleM8Y60UjZqQMig86GFQBkT"
    "/lqjYr8kce9XBl7zjqaUkY9baMegGQkS/8FNnpulyCshCkuW5Pc5XgkD1zMX/zHu82nXVM"
    "y8rUS6kJpp2WKZefiS/re1Y2GyX9GKT01D4gbJg9lXTL+zBJQbWiuNiPg9WLcVzpcW8bkr"
    "tpW3/UKyC2TSK25dms22GYLmS2nlxcja4vLwb3wz6aLYhjzywfT9yP7GZ0fzMa/30aPVqy"
    "L+q7JHieRs+vhoPr8RWvt2A5zJBXG6qaIy7ZeDwW8VhUwOtrCQOs/7oRSUJpyGyMonIIFV"
    "XkZKE982JbZvTrpcXi7yvCjAZN9aWlXnIVOYBEyhd+N41jgERe4qirQCJQFaRGbPl4oH3r"
    "VlC9iFOisgNATkOpq44pWRVwykyw7cRqwPPdIM93mh5gVph1pYFTSdjKjejPoIndFGYVK6"
    "4audpoVxW/mkoDrEZbJ2yUZxTJ9SWaOIxW2EdS3z1OEIcpr1+ITn86R56PfuY8cvSV4CuP"
    "O+J3MnRqIZ/Nh6d80EYT75y4Ug/oCw4oIux/3pMbv5K+OkPjBUbRZES+94QIFbR3X0I2yL"
    "+IPyPuO/FwZvk+wVGLP/CFt0QxTUk5M94sjT+uf8WaVlqyDSGo85gQYX5oVLMic4Jwryou"
    "KtwB6KTF2NPxWMPapjegDXsR6YpAGwa0YS0YA6ANa9mi6ChmqlRJWTLh9EDTnCCc9NvBvY"
    "x1tif8lIk16ZiqlWGo3EwrRvmOlNTphT4txlOiJ71tIIpoBvE/Zhn3MzbWebVW8azbB7xE"
    "Hle1NWfqBCTQo0hbCxhxQ8/mmalQ/LFWFZlmeZo/6Zvl9FxuC2XEDIiNOh6FC3HDQpI6BR"
    "6XjWhzN7K3XWFzWVmUTumM3bQ0dJsWAq0WVQ9k1xbyrUCp20oHbuQarBuYHIedLRsIxnr5"
    "3DbLWNfgrpFyxTGlTG17utvHXKlM1Q9Rbx2cC0dxtq+jbgpsQjkip9IqTOJawC40yy5cxy"
    "u5no4JkxEDK3GrlQiUSXVSJnmUFFuHFWw+kgwoWY3Kp2sVEDaXeS0un4vx6NOwjyLpiXs9"
    "fDfuIwfPxelx5JIHDbODtc0VaTQ52HZlH+9EPPx+wuwMZooUbCjliJ4kYsJsbhrOE4ximv"
    "FnssyLjj5jwsLomQoaZR0V5iVfcgbpWhu4KCNdQYu4MBv9RemQ30U017Ek8pI1tyYr1owu"
    "yYgZFNYFbG+AAUNqM4y6VmozhOLXtYuGFPt6WpUkDnIsdR7vroh3TGZgXr3awY7XUlcdm7"
    "OqkY6Z9boHfV6WWWx3J6CZMaaZbJwDEA3eYX/u+Us+h++xyYSDCY6/r77ibu7xzPNtU5XF"
    "nrh0f4LGh4DtluO4L4N1RZL6yfsHLZg3r/IxC+lbTF5vty4ee+w/iifsjmwWR72/qB6t0q"
    "VNhcVirwCQDedsQQRIipC2MgQkTYELMSCduhP3UEVp+9kC26GzW03BjKyBZnx3zfY8WrNy"
    "LL2aLWsBA6LnG8hUWO+RYnfXyqYvEIWU+moX6A4p9ewR//6FK2B7EMtGusHlsMKuHV9Dda"
    "JY7oY3l6L6VCw/ce8GDw+8jhRPH+DkQO8Go2v+77lFnDxB0RFiW+YY2/zKkx+e8pAAWcaA"
    "ParpkABw2pRP9W7C9+C0eYmjruK0Oabvu3XDXJPzG7h+GyCtkEtT7+nFSZW57tgcViasyC"
    "xgIKVtFSltnblfUpGvAuwvXQKsEvz7l/c4jYtpAfxnFvwH/BWQm9R1Jfte2RRWAHW89s/m"
    "k4er27s7XiOcLrzVilcJv7ge3n/oI6Yc/+vEfRjf3g+nHwc3g/eiFXfQTqNjgbW9+51r7o"
    "E/WYX+bGFR/um70c3g5mLIviFxuWYm7tX/TAeXH0c3fbT4NzMslsSduNejT0P2ta6vubRD"
    "vuEpxY4THenaCTvnKvk65+XpOufZgV8wa23mhW6BIVt6MKRkmrNmXrf6fAC2naNjcR1MsP"
    "RW2NUFpm/vhmyD4ZJ8E7sVkPTM8WgrIGjAQ8v13k1kDPDQlzjqSngoYHb13SIgQwBC2lsI"
    "16mFtAMWevQCXWvQet98AQMB/lrpwm7ncwHK5tDi6EFvC1DszZPwcoCIO3XE9Cog4qXnBg"
    "vneUotx/Kfp3NccNpUFcYoljfpdG+4OIZgktBkAJBlXjSTRwdxloPFAA4uLoZ3Yw65WLMZ"
    "XgU8DvByeHE9uuGf2XjmELcVQAz7KsTeySRPSx7AJG/nbayDFngeeAG4rXx1dRN4USryA4"
    "FoEIjWFeVCIBoEonVCua0ORMvTERQgDIWcBZVow2ojMZVoE7ZX/B4gYZP+F0WRGPLmoux2"
    "QmzdQ08kWIhC18xoxVRU2Z55yyUR3PNoTr6E7EDkYsFC1O1mvSFLlMZ+Rk/Yx+hpEftG5a"
    "rfDb134vIe4lc8scdPPgkC7KJTPpzMGDhji2U+P5P096q8hjeWWOKZBPFsKNV9VDwmHoSc"
    "YisiytYSbQ5z2jGerEqZien5c6np+XPW9PR8u5Aho3TabgSau5J2pRSP2MX0EcOUmDFabb"
    "qE7vrc0B+AvCyMwm6jwLUzfVxp7CeShDFKP9yGolks7Qh10lp/s0hvEZj3nVNoeaSnLANh"
    "npByfcDZbS7mua6YpGUQZaRgCys6X/GaNUXnjE1LAdq5Fe2UUYA9kTi57FzHZq8qHJdZud"
    "uhzmRCAtC5RbOZldsumDPNIlqEceZ4RqsBzrj5dEF4TtezGrqZvATFUn2BMfreE1phH63W"
    "T9lvQlYgHoqMsV8E8MhTM8RnC4si10PYtenUc89yYGZ9r4EAsJYBjpDEWn8SqwjQortEdV"
    "EI62InbrR/6ChPEnnJRXGY1UX11vZGwgAAoIGigmDzl2vfXJsfYnFqNPsBUIHUvS5oFhCV"
    "YyEqkBmpo17IjHyxwXnpci4FoFWu3kslZhWRD6VKzUAuYKfOrF4FFITnczwLOA+Upq2dkX"
    "vRWAVY3GBxg8XdA4u7/ScBWNz1a3bue8vpbmZ3kSjouEDHbNfYTcN5QdAvYBtHxjZSyx4A"
    "DhUdF+2UCiiHtPxBzyp6zu+XgCW9HCwpU++2AEzKV8StRJOSMrxTX7RXzO+8lXIqEYnijC"
    "gW+Sx9hF3fcxxso1OLJ0Xa7C/+K171eFySi9Yfej5yvUBOyeS5BCIlM6oElw+JavC9hama"
    "8bv48/UJDLmax8TLklHNq/ZXz3Ow5RarVxbLKPmRyXV2eyvMo7q9vU4BDL+OsnkUv3/8dX"
    "h/+logC6wRiTa7Y2cHtUzFhzaZokKRmhN3IwTTVnnasu1eqwRL0h6wYBUsGOi9y7XfTSw4"
    "0VEVvTfAlbWl4EaXTD3FpoVAr9shNOkuv6dBnJhcD5seO6ZqVeM4Pcu242gAU+poVwmmPC"
    "7ukEzxCuBBWgVqyEM8qSCSxSzLPE6d0b8VpgQNvBR29xKYjwgQKT76QyyJwQC3eoDFzypK"
    "m64oYLoRMc6APnxa4sxaWTMSFDhmKph6NyIArJWT9EJwmimAhFJwmhf6VJfzWpYBoxkIry"
    "EVrLuarcB6onV+ABTiYt1RxxSsHP4g74gKkSUQvKOjXYjcaXXkjpxBso6GyThnNYrj5UNx"
    "DJnW9VbIW2H3wiFYvC1fJm/ztFcFMHL6o+lMNFTmrF9ZfsDGB7FeHRIt1DP0gNm8CiiyfI"
    "x8y7W9JfrxzdsfHkmAIu1RRBfeE49FmuFf2H+dZx5URHz0cDX4gTVFhKKveBWgU4tzMS1O"
    "Mqpv7MUT15sj9if5sviBqcX3Vs+IipcgF2NbsERRx3tCHy7fvTpDg3nAvxLyvUB8IxEqte"
    "L0YF5IE0EaEMdB7F6+YD3yr44pCtlfzsT9Z9J2GrWd4u8rwq77zLj6JzrlnX1hA4JRxJ3O"
    "XniPv3lfsd3n3yNgf7n8BxBKQ2yL4Cz8DfvPmyc+nocU20Bo1ULsN1p4hdfactwoJXQY5O"
    "i4Sk4hR386V0CO/nReihzxR5moFmupF9UStzeQLez1uYp2WatS9YpnuWC3VVF93N8ebm9K"
    "w91iiSx0RGYB+j/kEFqbcXbyl3nozsRG/RgSJyAuPePv+2tdwGiFwrmGUqhRjtg5y+HcS8"
    "NBvIMssbOgbXfIkgS8Ls10SQpsjmrO95xwc6bz2/POEMBHh3VyU1HdXDJiBu4xh4f+sxck"
    "XZ2XyYPXRVv1m7uprsuguieoj9pm52YHSxVbguRDc9mdDC7Go09DXpWYS0/c++Gn2w+8JL"
    "Ef2VxZm1TpzvVW5cqVHV7pxvU2uyjjL7PDIkxLwqJr86ID72z5AjPXOwtJAqaNukqSAHiP"
    "G/RxgqfoGJ4igUfv6SjiTo0x76eDu1epjyh10Q4f153vqas/8OPC874+SD2apLW6PWvRNC"
    "txrK3n4Ba/2mbOK7jVXGZ1zDCla8+NcOgEHrJQhPij0/j/2bK0uRuJdcR9Q27wqh+5tUhA"
    "ZaeWYMC08+wA9b5qu4/p84lk/P9Dy+NUVSvUMKdTI/VBy11TYmpoQ21pKeOcUzVUWwHnSZ"
    "ucJ7vjmwfHM1t6FHfQ3Mpb2RKclzlfqjglJKndSCV2GtL1J52llQAkq/x46SamoZRnUB7b"
    "Uo5nVIS2QMB2aQDRAYCMdLxgx5SsjGfI06tNaeOxsT4IArxcFcZzZlr0ttqeT5HA1IokFK"
    "3Q8QIj1h8RIYSO96WPsDVboLgTbiLyXYLZiUkjiR7OcukT9jltHP8X9n3Pz9uedbzgwFGN"
    "YGM2ZWNam9mseEBIEnA8FEUlCV87U5itRT+XlgInQgHrPN9tdJCQtYBxUUa1kKPZoR9l/C"
    "wLwJDSiZuRam5L6EqUIphe5ao21/RK7k6FxlfV9SYjaNIR28BVp8JOSxR7AEsttgQupR47"
    "NiKq5lpmNrbQYFsPQrnFJo+ToskW/26CNYw2Lwweve/Im6O4F7TppS/4v33vieeQoVP8jR"
    "nBPST7ml8xK8snnOuZs4Vz60rUzbMiqJ91yj4qNOXqf+3EfQwpcbm3Mu6Bb5bYRo/PiI8l"
    "du2zOC+QnsVfgp7F32JqhziyH30c8O8kEuS4mDefnyH+C0SniNiI0IkrWM7ZMLJvHqfRJY"
    "ZpxHq+cixmkFKP/TnD/AUU2b634k/YaUkrCNEzbnjxVj6vs6zon6VwWRd/DxL7HVyl7TVj"
    "14OpYx58O3QO37GP2Zqz+CKFCR1pqzmRMlDRP/2ooOiffixVNH+UpVt/djyrYDKXu6Qlke"
    "Z90sdxedbife5gngW7t9hchXojcHI3vLkc3bzvo1h+4l4Or0efhvc82SI+vLHNPx2ID6yW"
    "pF7IaLoeZAkARSFAkb3j5PRajVIUiENWS5sjLxyLBtPdUOoiUYCqC9jSuJ608eq0FIDWSq"
    "B1clDtsHNlZWHbavO2BTh6+TozF0eHZDzTRl0lGU/G6jSLy+QlTXKh1FZhJgOOHsZBYmjm"
    "Uy9baiY/53QdJTnzdup4XwoAZf3sMylczRD115p4VjRzyz1L2Qmu6F3K5RhudzD9scC88G"
    "uSHPZkMSVFjhMae2MiXwpl65QpNSE95Hlh2OKVZq2Al4wN0GnisREKmfnPK55QRgK0DNnT"
    "x7yPqbE3T1x+oAnXEA9C5P1FkYmJExL4E1vInxj6jo6NGzc30A3wRonY700Fsd+bPLFftM"
    "50HAEbCchNO7x3QOxt+eEY4++lxQ4TCSOmfJWNMfzbuFrhaxPj+vbmfdI8OwpphRM63dBI"
    "aeSJpeQazBRLdnZIFAN7uyX2NqAsL3HUVVAWSA88gfTAdkEpe6UH5rxCpIjWYQcMxcBA31"
    "pBlAFT/WxxUoCbxE96VVCJtWkDJXa7tAv2KmACHqhbiC2XQwWSiBG2UwPecL6oNDQcNzdQ"
    "u7VUWWBvDArP8nI0RhKBsExN4CV3qWoyz+T//wMV3hFW"
)
