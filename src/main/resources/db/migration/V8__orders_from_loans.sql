-- A loan converted to a sale (转销售) becomes an order like a won opportunity's: which settlement it came from,
-- once per settlement.
alter table sales_order add column loan_settlement_id bigint;
alter table sales_order add constraint fk_sales_order_loan_settlement
    foreign key (loan_settlement_id) references loan_settlement(id);
alter table sales_order add constraint uq_sales_order_loan_settlement unique (loan_settlement_id);
create index ix_sales_order_created on sales_order(created_at);
